"""OAuth 2.0 for Katana app partners. Public names: `katana_client.auth`."""
