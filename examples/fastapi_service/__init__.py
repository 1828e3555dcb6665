"""An example FastAPI service that uses katana-client (see README.md here)."""
