#!/usr/bin/env python3
"""When Katana changes its API: fetch, build, report what changes for callers, regenerate.

Usage:
    python scripts/upgrade.py                      # fetch Katana's documents, all steps
    python scripts/upgrade.py --upstream DIR       # use a folder of documents instead
    python scripts/upgrade.py --dry-run            # report only; write nothing
    python scripts/upgrade.py --dry-run --fail-on-breaking --json report.json   # CI gate

Steps:
1. Katana's documents are downloaded by ``scripts/fetch_spec.py`` into ``--fetch-to``
   (default: a new temporary folder, kept, whose path is printed) or read from
   ``--upstream``.
2. The spec is built from them and ``openapi/overlay.yaml``. Stale overlay entries are
   listed instead of failing the build, and every correction is tried for redundancy.
   The facts reported from live accounts (the overlay's ``reported`` entries) that
   Katana's documents now confirm or contradict are listed too.
3. It is compared with the committed spec (``--base``; a folder of older documents
   works too) and the report is printed as Markdown on stdout (``--markdown`` and
   ``--json`` write copies; progress goes to stderr).
4. Unless ``--dry-run``, if the spec changed and nothing blocks:
   ``scripts/generate.py --upstream DIR`` rewrites ``openapi/katana-openapi.yaml`` and
   ``katana_client/generated/``, then ``./scripts/test`` runs every check with
   ``KATANA_UPSTREAM=DIR`` (``--no-tests`` skips it).

Exit status: 0 done; 2 ``--fail-on-breaking`` found a breaking change (or
``--fail-on-change`` found any change), decided before anything is written; 1 anything
else that needs a maintainer: a failed fetch, build, regeneration or test run, or stale
overlay entries (the strict build that regeneration runs would fail on them).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

import yaml
from fetch_spec import GATEWAY_FILE, PORTAL_FILE, FetchError, add_arguments, fetch
from generate import display_path
from katana_spec.build import BuildError, Overlay, dump, load_yaml
from katana_spec.diff import Report, diff_specs, render_json, render_markdown
from katana_spec.overlay_health import build_checked

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "katana-openapi.yaml"
OVERLAY = ROOT / "openapi" / "overlay.yaml"
GENERATE = ROOT / "scripts" / "generate.py"
TEST_SCRIPT = ROOT / "scripts" / "test"
#: Where CI reads Katana's documents (see scripts/test).
CI_UPSTREAM = ROOT.parent / "shared" / "katana-openapi"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

EXIT_OK, EXIT_ERROR, EXIT_GATE = 0, 1, 2


def log(message: str) -> None:
    """Progress and errors go to stderr, so stdout carries only the report."""
    print(f"upgrade: {message}", file=sys.stderr)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--upstream", type=Path, help="folder with Katana's documents; no fetch")
    source.add_argument("--fetch-to", type=Path, help="folder to fetch Katana's documents into")
    add_arguments(parser)
    parser.add_argument(
        "--base",
        type=Path,
        default=SPEC,
        help="spec to compare with, or a folder of Katana's documents to build it from "
        "(default: the committed spec)",
    )
    parser.add_argument("--overlay", type=Path, default=OVERLAY, help="overlay to build with")
    parser.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    parser.add_argument("--no-tests", action="store_true", help="regenerate but skip the tests")
    parser.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 2 on any breaking change"
    )
    parser.add_argument("--fail-on-change", action="store_true", help="exit 2 on any change")
    parser.add_argument("--markdown", type=Path, help="also write the report here")
    parser.add_argument("--json", type=Path, help="also write the report as JSON here")
    parser.add_argument("--save-spec", type=Path, help="also write the freshly built spec here")
    parser.add_argument(
        "--skip-redundancy-check",
        action="store_true",
        help="do not try overlay corrections for redundancy (saves a few seconds)",
    )
    return parser.parse_args(argv)


def obtain_upstream(args: argparse.Namespace) -> Path:
    """The folder of Katana's documents: given, or freshly fetched."""
    if args.upstream is not None:
        return Path(args.upstream)
    folder = args.fetch_to or Path(tempfile.mkdtemp(prefix="katana-upstream-"))
    log(f"fetching {args.gateway_url}")
    fetched = fetch(
        folder,
        gateway_url=args.gateway_url,
        portal_url=args.portal_url,
        portal_from=args.portal_from,
        timeout=args.timeout,
    )
    for note in fetched.notes:
        log(f"note: {note}")
    log(f"Katana's documents are in {folder}")
    return Path(folder)


def evaluate(
    upstream: Path,
    *,
    base: Path = SPEC,
    overlay: Path = OVERLAY,
    redundancy: bool = True,
    save_spec: Path | None = None,
) -> Report:
    """Build from ``upstream`` and compare with ``base``; the report says what changed."""
    overlay_doc = Overlay.load(overlay)
    gateway, portal = load_yaml(upstream / GATEWAY_FILE), load_yaml(upstream / PORTAL_FILE)
    checked = build_checked(gateway, portal, overlay_doc, redundant=redundancy)
    new_text = dump(checked.spec)
    if save_spec is not None:
        save_spec.parent.mkdir(parents=True, exist_ok=True)
        save_spec.write_text(new_text, encoding="utf-8")
    if base.is_dir():
        old_docs = load_yaml(base / GATEWAY_FILE), load_yaml(base / PORTAL_FILE)
        old_spec = build_checked(*old_docs, overlay_doc, redundant=False).spec
        old_text = dump(old_spec)
        base_label = f"spec built from {display_path(base)}"
    else:
        old_text = base.read_text(encoding="utf-8")
        old_spec = yaml.load(old_text, Loader=_Loader)  # noqa: S506 (a safe loader, C or Python)
        base_label = display_path(base)
    return Report(
        base=base_label,
        target=f"spec built from {display_path(upstream)}",
        changes=diff_specs(old_spec, checked.spec),
        stale=checked.stale,
        redundant=checked.redundant,
        confirmed=checked.confirmed,
        contradicted=checked.contradicted,
        identical=old_text == new_text,
        warnings=checked.warnings,
    )


def publish(report: Report, *, markdown: Path | None, json_path: Path | None) -> None:
    """Print the Markdown report and write the requested copies."""
    text = render_markdown(report)
    sys.stdout.write(text)
    sys.stdout.flush()
    if markdown is not None:
        markdown.write_text(text, encoding="utf-8")
    if json_path is not None:
        json_path.write_text(render_json(report), encoding="utf-8")


def gate(report: Report, *, fail_on_breaking: bool, fail_on_change: bool) -> int | None:
    """The exit status the CI flags ask for, or None to go on."""
    if fail_on_breaking and report.breaking:
        log(f"{len(report.breaking)} breaking change(s) for callers of the SDK")
        return EXIT_GATE
    if fail_on_change and (report.changes or report.identical is False):
        log("the spec built from Katana's documents differs from the committed one")
        return EXIT_GATE
    return None


def run_step(command: list[str], env: Mapping[str, str] | None = None) -> int:
    """Run one step in the repository root; its output goes to stderr, beside the log."""
    try:
        stdout: int | None = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):  # stderr replaced by an in-memory stream
        stdout = None
    return subprocess.run(command, cwd=ROOT, env=env, stdout=stdout, check=False).returncode


def regenerate_and_test(upstream: Path, *, run_tests: bool = True) -> int:
    """Rewrite the spec and the generated package from ``upstream``, then run every check."""
    steps: list[tuple[str, list[str], dict[str, str] | None]] = [
        ("regenerate", [sys.executable, str(GENERATE), "--upstream", str(upstream)], None),
    ]
    if run_tests:
        env = {**os.environ, "KATANA_UPSTREAM": str(upstream)}
        steps.append(("test", [str(TEST_SCRIPT)], env))
    for name, command, env_for_step in steps:
        log(f"{name}: {' '.join(command)}")
        status = run_step(command, env_for_step)
        if status != 0:
            log(f"error: {name} failed (exit {status}); the working tree shows how far it got")
            return EXIT_ERROR
    log("done: review `git diff`, then commit openapi/ and katana_client/generated/")
    if upstream.resolve() != CI_UPSTREAM.resolve():
        log(
            f"CI builds from {display_path(CI_UPSTREAM)}: replace its documents with those in "
            f"{upstream}, or CI's drift check fails"
        )
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit status (see the module docstring)."""
    args = parse_args(argv)
    try:
        upstream = obtain_upstream(args)
        log("building the spec and comparing it with " + display_path(args.base))
        report = evaluate(
            upstream,
            base=args.base,
            overlay=args.overlay,
            redundancy=not args.skip_redundancy_check,
            save_spec=args.save_spec,
        )
        publish(report, markdown=args.markdown, json_path=args.json)
    except (FetchError, BuildError, OSError, yaml.YAMLError) as exc:
        log(f"error: {exc}")
        return EXIT_ERROR
    status = gate(
        report, fail_on_breaking=args.fail_on_breaking, fail_on_change=args.fail_on_change
    )
    if status is not None:
        return status
    if report.stale:
        log("regeneration blocked: remove or update the stale overlay entries listed above")
        return EXIT_ERROR
    if args.dry_run:
        log("dry run: nothing written")
        return EXIT_OK
    if report.identical:
        log("the spec is unchanged: nothing to regenerate")
        return EXIT_OK
    return regenerate_and_test(upstream, run_tests=not args.no_tests)


if __name__ == "__main__":
    sys.exit(main())
