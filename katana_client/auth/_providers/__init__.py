"""Token providers: where the Katana API key comes from. Public names: `katana_client.auth`."""
