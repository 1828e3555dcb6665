"""Endpoint modules of the Katana API, one package per tag (generated; do not edit)."""
