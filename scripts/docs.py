#!/usr/bin/env python3
"""Build the API reference (HTML, with pdoc) for the public API and every resource.

Usage, from the repository root (so that the checkout's `katana_client` is documented,
ahead of any installed one):
    python -m scripts.docs [--output DIR]      # default: build/docs; open index.html

Documents `katana_client` (the client and everything it exports), each of its public
subpackages (`auth`, `resilience`, `observability`, `webhooks`, `fastapi`, `testing`,
`mirror`) and `katana_client.generated.resources` with one page per resource
(`client.products`, ...) listing its actions with their parameters, documented from the
spec. The ~500 model and ~220 endpoint modules are left out: the resource pages
name the models, and a page per model would make the build take minutes.

Any warning pdoc gives (an annotation it cannot resolve, a module it cannot import, a
malformed docstring) fails the build, so the reference never silently loses a part.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from katana_client.generated.resources import RESOURCES

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "build" / "docs"
PUBLIC_MODULES = (
    "katana_client",
    "katana_client.auth",
    "katana_client.resilience",
    "katana_client.observability",
    "katana_client.webhooks",
    "katana_client.fastapi",
    "katana_client.testing",
    "katana_client.mirror",
    "katana_client.generated.resources",
)


def modules() -> list[str]:
    """The modules to document: the public ones, then a module per resource."""
    return [*PUBLIC_MODULES, *(module for module, _cls in RESOURCES.values())]


@contextlib.contextmanager
def _lazy_exports_resolved(names: tuple[str, ...]) -> Iterator[None]:
    """Put lazily exported names (`RedisRateLimiter`) into their modules' namespaces.

    pdoc reads a module's `__dict__`, where a name served by a module `__getattr__`
    (imported on first use to keep `import katana_client` cheap) is not. They are taken
    out again afterwards, so that building the docs in a test leaves the package as it was.
    """
    added: list[tuple[ModuleType, str]] = []
    try:
        for name in names:
            module = importlib.import_module(name)
            for export in getattr(module, "__all__", ()):
                if export not in vars(module):
                    setattr(module, export, getattr(module, export))
                    added.append((module, export))
        yield
    finally:
        for module, export in added:
            delattr(module, export)


def build(output: Path) -> list[str]:
    """Write the HTML reference to `output`; return the modules documented.

    Raises:
        RuntimeError: pdoc warned about something; the message lists every warning.
    """
    import pdoc  # noqa: PLC0415 - a dev dependency, needed only here
    import pdoc.render  # noqa: PLC0415

    names = modules()
    pdoc.render.configure(
        docformat="google",
        show_source=False,
        footer_text="katana-client API reference",
    )
    with _lazy_exports_resolved(PUBLIC_MODULES), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pdoc.pdoc(*names, output_directory=output)
    if caught:
        problems = "\n".join(f"  {w.category.__name__}: {w.message}" for w in caught)
        raise RuntimeError(f"pdoc warned while building the reference:\n{problems}")
    return names


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="%(default)s")
    args = parser.parse_args(argv)
    try:
        names = build(args.output)
    except RuntimeError as exc:
        print(f"docs: error: {exc}", file=sys.stderr)
        return 1
    print(f"docs: wrote {len(names)} modules to {args.output}/index.html")
    return 0


if __name__ == "__main__":
    sys.exit(main())
