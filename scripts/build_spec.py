#!/usr/bin/env python3
"""Build ``openapi/katana-openapi.yaml`` from the folder holding Katana's documents.

Usage: ``python scripts/build_spec.py ../shared/katana-openapi [--output PATH]``.
The output is deterministic: the same inputs give byte-identical output.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from katana_spec.build import BuildError, build_spec, dump

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "upstream",
        nargs="?",
        type=Path,
        default=ROOT.parent / "shared" / "katana-openapi",
        help="folder with live-gateway.yaml and readme-portal.yaml",
    )
    parser.add_argument("--overlay", type=Path, default=ROOT / "openapi" / "overlay.yaml")
    parser.add_argument("--output", type=Path, default=ROOT / "openapi" / "katana-openapi.yaml")
    parser.add_argument("--quiet", action="store_true", help="do not print warnings")
    args = parser.parse_args(argv)
    try:
        spec, warnings = build_spec(args.upstream, args.overlay)
    except BuildError as exc:
        print(f"build_spec: error: {exc}", file=sys.stderr)
        return 1
    if not args.quiet:
        for warning in warnings:
            print(f"build_spec: warning: {warning}", file=sys.stderr)
    text = dump(spec)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    n_ops = sum(1 for item in spec["paths"].values() for _ in item)
    if not args.quiet:
        print(
            f"build_spec: wrote {args.output} ({n_ops} operations, "
            f"{len(spec['components']['schemas'])} schemas)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
