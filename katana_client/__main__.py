"""The `katana-client` command (`python -m katana_client`).

    katana-client mirror [--database katana.sqlite | postgresql://...] [--resource products ...]

Copies the account of `KATANA_API_KEY` (as `KatanaClient()` reads it) into a database,
and on each later run what changed since. See docs/mirror.md.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import logging
import sys
from collections.abc import Sequence

from katana_client._client import KatanaClient
from katana_client._errors import KatanaError

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="katana-client", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    copy = commands.add_parser(
        "mirror", help="copy the account into a database; each run copies what changed"
    )
    copy.add_argument(
        "--database",
        default="katana.sqlite",
        help="an SQLite file (default katana.sqlite) or a postgresql:// URL",
    )
    copy.add_argument(
        "--resource",
        action="append",
        dest="resources",
        metavar="NAME",
        help="a resource to copy (products, sales_orders, ...); repeat; default: all",
    )
    copy.add_argument(
        "--redis", metavar="URL", help="share the work between workers: leases in Redis"
    )
    copy.add_argument(
        "--overlap", type=float, default=300.0, help="seconds of overlap against clock skew"
    )
    copy.add_argument("--page-size", type=int, default=None, help="records per page")
    copy.add_argument("--base-url", default=None, help="Katana's API URL (default: Katana's)")
    copy.add_argument("--list", action="store_true", help="list the resources and exit")
    return parser


async def _mirror(args: argparse.Namespace) -> int:
    from katana_client.mirror import (  # noqa: PLC0415 (the command's own import cost)
        RedisWatermarkStore,
        feeds,
        mirror,
        open_database,
        progress_for,
    )

    if args.list:
        for each in feeds():
            kind = "changes" if each.incremental else "whole"
            print(f"{each.name}\t{each.operation}\t{kind}")
        return 0
    database = open_database(args.database)
    leases = RedisWatermarkStore(args.redis) if args.redis else None
    progress = progress_for()
    try:
        async with KatanaClient(base_url=args.base_url) as client:
            report = await mirror(
                client,
                database,
                resources=args.resources,
                leases=leases,
                overlap=datetime.timedelta(seconds=args.overlap),
                page_size=args.page_size,
                progress=progress,
            )
    finally:
        progress.close()
        database.close()
        if leases is not None:
            await leases.aclose()
    copied = sum(report.copied.values())
    read = sum(report.read.values())
    print(f"mirrored: {read} records read, {copied} copied", flush=True)
    if report.skipped:
        print(f"skipped (another worker has them): {', '.join(report.skipped)}", flush=True)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status."""
    args = _parser().parse_args(argv)
    # The mirror's own lines on standard error; put back as they were afterwards, so
    # that calling main() from Python leaves the caller's logging alone.
    lines = logging.getLogger("katana_client.mirror")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    level, propagate = lines.level, lines.propagate
    lines.addHandler(handler)
    lines.setLevel(logging.INFO)
    lines.propagate = False
    try:
        return asyncio.run(_mirror(args))
    except KeyError as exc:
        print(f"katana-client: {exc.args[0]}", file=sys.stderr)
        return 2
    except KatanaError as exc:
        print(f"katana-client: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("katana-client: interrupted; the next run resumes here", file=sys.stderr)
        return 130
    finally:
        lines.removeHandler(handler)
        lines.setLevel(level)
        lines.propagate = propagate


if __name__ == "__main__":
    sys.exit(main())
