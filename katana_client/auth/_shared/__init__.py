"""Token stores and caches shared by processes. Public names: `katana_client.auth`."""
