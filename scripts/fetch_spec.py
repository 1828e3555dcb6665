#!/usr/bin/env python3
"""Download Katana's published OpenAPI documents into a folder the spec build reads.

Usage:
    python scripts/fetch_spec.py OUT_DIR [--gateway-url URL] [--portal-url URL]
                                 [--portal-from DIR] [--timeout SECONDS]

What can be fetched, and what cannot:

- ``live-gateway.yaml``: the API gateway serves its own document at
  https://api.katanamrp.com/v1/openapi.json. That is what the API validates (paths,
  parameters, request bodies, enums), so it is what changes first when Katana changes
  the API. It is always downloaded.
- ``readme-portal.yaml``: the document behind Katana's developer portal (descriptions,
  status codes, response examples). The portal embeds it in its reference pages but
  publishes no download URL, so it is downloaded only when ``--portal-url`` gives one
  (an export of the portal's definition, a mirror). Otherwise it is copied from
  ``--portal-from`` (default: the snapshot in ``../shared/katana-openapi``) and the run
  says that it was not refreshed: portal-only changes (a new response field seen only
  in an example) then need that file updated by hand.

Documents are written as the snapshot is: YAML with sorted keys, no line wrapping, so a
new fetch diffs cleanly against the previous one. Nothing is written unless every
document was obtained.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
GATEWAY_URL = "https://api.katanamrp.com/v1/openapi.json"
GATEWAY_FILE = "live-gateway.yaml"
PORTAL_FILE = "readme-portal.yaml"
DEFAULT_SNAPSHOT = ROOT.parent / "shared" / "katana-openapi"
DEFAULT_TIMEOUT = 30.0
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class FetchError(Exception):
    """A document could not be obtained; the message says which and why."""


@dataclass
class Fetched:
    """What a fetch wrote, and what it could not refresh."""

    folder: Path
    notes: list[str] = field(default_factory=list)


def parse_document(content: bytes, source: str) -> dict[str, Any]:
    """Parse a downloaded OpenAPI document (JSON, or YAML as some mirrors serve it)."""
    try:
        data: Any = json.loads(content)
    except ValueError:
        try:
            data = yaml.load(content, Loader=_Loader)  # noqa: S506 (a safe loader, C or Python)
        except yaml.YAMLError as exc:
            raise FetchError(f"{source}: the answer is neither JSON nor YAML ({exc})") from exc
    if not isinstance(data, dict) or "paths" not in data or "openapi" not in data:
        raise FetchError(f"{source}: the answer is not an OpenAPI document (no openapi/paths)")
    return data


def download(url: str, *, timeout: float) -> dict[str, Any]:
    """Download and parse one document; any failure is a :class:`FetchError`."""
    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
    except httpx.TimeoutException as exc:
        raise FetchError(
            f"{url}: no answer within {timeout:g} s ({type(exc).__name__}); "
            "raise --timeout, or work from a saved copy (upgrade.py --upstream DIR)"
        ) from exc
    except httpx.HTTPError as exc:
        reason = str(exc) or type(exc).__name__
        raise FetchError(
            f"cannot reach {url}: {reason}. Are you offline? "
            "Work from a saved copy of Katana's documents with upgrade.py --upstream DIR"
        ) from exc
    if response.status_code != 200:
        raise FetchError(
            f"{url} answered HTTP {response.status_code} {response.reason_phrase}, not the document"
        )
    return parse_document(response.content, url)


def normalize(document: dict[str, Any]) -> str:
    """The document as the snapshot stores it: block YAML, sorted keys, no wrapping.

    The pure-Python emitter is used on purpose: libyaml escapes characters outside the
    Basic Multilingual Plane (the portal's emoji) where the snapshot has them as is.
    """
    text: str = yaml.dump(
        document,
        Dumper=yaml.SafeDumper,
        sort_keys=True,
        allow_unicode=True,
        default_flow_style=False,
        width=2**31 - 1,
    )
    return text


def _write(path: Path, text: str) -> None:
    """Write by rename, so a reader never sees half a document."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        Path(tmp).replace(path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def fetch(
    folder: Path,
    *,
    gateway_url: str = GATEWAY_URL,
    portal_url: str | None = None,
    portal_from: Path | None = DEFAULT_SNAPSHOT,
    timeout: float = DEFAULT_TIMEOUT,
) -> Fetched:
    """Fill ``folder`` with ``live-gateway.yaml`` and ``readme-portal.yaml``."""
    result = Fetched(folder)
    gateway = normalize(download(gateway_url, timeout=timeout))
    portal_text: str | None = None
    portal_source: Path | None = None
    if portal_url:
        portal_text = normalize(download(portal_url, timeout=timeout))
    elif portal_from is not None and (portal_from / PORTAL_FILE).is_file():
        portal_source = portal_from / PORTAL_FILE
        result.notes.append(
            f"{PORTAL_FILE} not fetched: Katana's developer portal publishes no download "
            f"URL for it; copied from {portal_source} (pass --portal-url to refresh it)"
        )
    else:
        found = f" (none in {portal_from})" if portal_from is not None else ""
        raise FetchError(
            f"no portal document{found}: pass --portal-url URL, "
            f"or --portal-from DIR holding a {PORTAL_FILE}"
        )
    folder.mkdir(parents=True, exist_ok=True)
    _write(folder / GATEWAY_FILE, gateway)
    if portal_text is not None:
        _write(folder / PORTAL_FILE, portal_text)
    elif portal_source is not None and portal_source.resolve() != (folder / PORTAL_FILE).resolve():
        shutil.copyfile(portal_source, folder / PORTAL_FILE)
    return result


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The fetch options, shared with ``scripts/upgrade.py``."""
    parser.add_argument(
        "--gateway-url", default=GATEWAY_URL, help="gateway document URL (default: %(default)s)"
    )
    parser.add_argument("--portal-url", help="portal document URL, if you have one")
    parser.add_argument(
        "--portal-from",
        type=Path,
        default=DEFAULT_SNAPSHOT,
        help=f"folder to copy {PORTAL_FILE} from when it is not fetched (default: %(default)s)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        help="seconds to wait for each download (default: %(default)s)",
    )


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder to write the documents into")
    add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        result = fetch(
            args.folder,
            gateway_url=args.gateway_url,
            portal_url=args.portal_url,
            portal_from=args.portal_from,
            timeout=args.timeout,
        )
    except (FetchError, OSError) as exc:
        print(f"fetch_spec: error: {exc}", file=sys.stderr)
        return 1
    for note in result.notes:
        print(f"fetch_spec: note: {note}", file=sys.stderr)
    print(f"fetch_spec: wrote {result.folder / GATEWAY_FILE} and {result.folder / PORTAL_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
