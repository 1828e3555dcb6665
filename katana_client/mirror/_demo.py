"""The mirror step of `./scripts/demo`: `katana-client mirror` twice against the fake.

The first run copies a small account into SQLite; then a product is renamed and a
customer added on the fake, and the second run copies those two records only. Needs
the `testing` extra.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from contextlib import closing
from pathlib import Path

from katana_client.__main__ import main as command

RESOURCES = ("products", "variants", "customers", "sales_orders", "inventory")


def say(text: str = "", indent: int = 0) -> None:
    """Print one line of the demo (flushed)."""
    print(" " * indent + text, flush=True)


def main() -> int:
    """Run the step; the exit status of the first command that failed, else 0."""
    from katana_client.testing import FakeKatana, serve_fake_katana  # noqa: PLC0415 (extra)

    fake = FakeKatana(rate_limit=False)
    fake.state.add_products(300)
    os.environ.setdefault("KATANA_API_KEY", "demo-key-for-the-local-fake")
    say()
    say("6. Mirror the account into SQLite, then copy only what changed")
    with tempfile.TemporaryDirectory() as folder, serve_fake_katana(fake) as server:
        path = Path(folder) / "katana.sqlite"
        argv = ["mirror", "--database", str(path), "--base-url", server.base_url]
        for name in RESOURCES:
            argv += ["--resource", name]
        say(f"$ katana-client {' '.join(argv[:3])} --resource products ...", 3)
        if status := command(argv):
            return status
        fake.state.update("products", 42, {"name": "Lightsaber 42 (renamed)"})
        fake.state.create("customers", {"name": "Han Solo"})
        say("renamed product 42 and added a customer on the fake; run again:", 3)
        if status := command(argv):
            return status
        with closing(sqlite3.connect(path)) as db:
            (name,) = db.execute(
                "SELECT json_extract(data, '$.name') FROM products WHERE id = '42'"
            ).fetchone()
            (count,) = db.execute("SELECT count(*) FROM customers").fetchone()
        say(f"products row 42 now reads {name!r}; customers: {count} rows", 3)
    return 0


if __name__ == "__main__":
    sys.exit(main())
