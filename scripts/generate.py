#!/usr/bin/env python3
"""Regenerate `katana_client/generated/` from Katana's documents, or check it is current.

Usage:
    python scripts/generate.py [--upstream DIR]            # rebuild spec, regenerate
    python scripts/generate.py [--upstream DIR] --check    # exit 1 if either is stale
    python scripts/generate.py --spec FILE [--output DIR]  # generate from a given spec

Steps: `scripts/build_spec.py` writes `openapi/katana-openapi.yaml`; openapi-python-client
(with `generator_config.yaml` and the templates in `openapi/templates/`) turns it into a
package in a temporary folder; ruff formats that package with the repository's settings;
the package then replaces `katana_client/generated/`. With `--check` nothing in the
repository is written: the fresh spec and package are compared with the committed ones.

The generator reads the spec file exactly as committed: forms it needs are written by
the build (`scripts/katana_spec/forms.py`), not patched in memory here. It runs
in-process rather than through its CLI because the endpoint and resource templates
print a plan (`scripts/katana_spec/plan.py`, `models.py`) made from what it parsed and
what openapi-python-client 0.29.1 does not pass on to templates: each operation's
`x-katana-*` metadata and each parameter object's description (it reads only the
schema's). Any warning it reports (an operation or model it could not parse and would
silently leave out) fails the run.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from katana_spec.models import plan_models
from katana_spec.plan import PlanError, ResourcePlan, build_plan, parameter_docs

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "katana-openapi.yaml"
CONFIG = ROOT / "generator_config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
TARGET = ROOT / "katana_client" / "generated"
BUILD_SPEC = ROOT / "scripts" / "build_spec.py"
DEFAULT_UPSTREAM = ROOT.parent / "shared" / "katana-openapi"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
LIST_ITEMS = frozenset({"data", "root"})
# "none": a list operation that takes no page/limit (the whole list in one response).
PAGINATION = frozenset({"query", "body", "none"})
DIFF_LINES_PER_FILE = 20
IGNORED_NAMES = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache"})


class GenerationError(Exception):
    """Generation cannot produce a trustworthy package; the message says why."""


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--upstream",
        type=Path,
        default=DEFAULT_UPSTREAM,
        help="folder with Katana's documents, passed to build_spec.py (default: %(default)s)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if the committed spec or generated package is stale",
    )
    parser.add_argument(
        "--spec",
        type=Path,
        help="generate from this spec instead of running build_spec.py",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=TARGET,
        help="package folder to replace (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    try:
        if args.check:
            return check(args.upstream, args.spec, args.output)
        regenerate(args.upstream, args.spec, args.output)
    except GenerationError as exc:
        print(f"generate: error: {exc}", file=sys.stderr)
        return 1
    return 0


def regenerate(upstream: Path, spec: Path | None, target: Path) -> None:
    """Build the spec (unless `spec` is given), generate, and replace `target`."""
    if spec is None:
        run_build_spec(upstream, SPEC)
        spec = SPEC
    with tempfile.TemporaryDirectory(prefix="katana-generate-") as tmp:
        package = generate_package(spec, Path(tmp))
        replace_tree(package, target)
    print(f"generate: wrote {display_path(target)}")


def check(upstream: Path, spec: Path | None, target: Path) -> int:
    """Regenerate into a temporary folder and compare; 0 if nothing differs, else 1."""
    with tempfile.TemporaryDirectory(prefix="katana-generate-") as tmp:
        workdir = Path(tmp)
        report: list[str] = []
        if spec is None:
            spec = workdir / "katana-openapi.yaml"
            run_build_spec(upstream, spec, quiet=True)
            report += compare_files(spec, SPEC, display_path(SPEC))
        package = generate_package(spec, workdir)
        report += compare_trees(package, target, display_path(target))
    if not report:
        print("generate: spec and generated package are up to date")
        return 0
    print("generate: the committed files are out of date:\n", file=sys.stderr)
    print("\n".join(report), file=sys.stderr)
    print("\nhint: run `python scripts/generate.py` and commit the result", file=sys.stderr)
    return 1


# --- spec ------------------------------------------------------------------------------


def run_build_spec(upstream: Path, output: Path, *, quiet: bool = False) -> None:
    """Run `scripts/build_spec.py`, which owns turning Katana's documents into a spec."""
    command = [sys.executable, str(BUILD_SPEC), str(upstream), "--output", str(output)]
    if quiet:
        command.append("--quiet")
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode != 0:
        raise GenerationError(f"build_spec.py failed (exit {result.returncode})")


def load_spec(path: Path) -> dict[str, Any]:
    """Read the spec with the same YAML loader as openapi-python-client's CLI."""
    from ruamel.yaml import YAML  # noqa: PLC0415 - dev-only dependency

    document = YAML(typ="safe").load(path.read_bytes())
    if not isinstance(document, dict):
        raise GenerationError(f"{path} is not an OpenAPI document")
    return document


def operation_metadata(document: Mapping[str, Any], field_prefix: str) -> dict[str, Any]:
    """Collect each operation's metadata, keyed by the generator's module name for it.

    The plan (`katana_spec.plan`) writes them into each endpoint's `OPERATION`, for the
    resilience and pagination layers. A spec that lacks them is rejected: silently
    defaulting `idempotent` could retry a create.
    """
    from openapi_python_client.strings import PythonIdentifier  # noqa: PLC0415

    metadata: dict[str, Any] = {}
    problems: list[str] = []
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            operation_id = operation.get("operationId")
            if not operation_id:
                problems.append(f"{method.upper()} {path}: no operationId")
                continue
            problems += _contract_problems(operation_id, operation)
            name = str(PythonIdentifier(operation_id, field_prefix))
            if name in metadata:
                problems.append(f"{operation_id}: module name {name} is used twice")
            listing = operation.get("x-katana-list") or {}
            pagination = listing.get("pagination")
            metadata[name] = {
                "operation_id": operation_id,
                "method": method.upper(),
                "path": path,
                "idempotent": operation.get("x-katana-idempotent"),
                "list_items": listing.get("items"),
                "pagination": None if pagination == "none" else pagination,
                "deprecated": bool(operation.get("deprecated")),
                # The model a body is read with where Katana documents none (`model_or_none`).
                "record": operation.get("x-katana-record"),
            }
    if problems:
        raise GenerationError(
            "the spec breaks the generation contract:\n  " + "\n  ".join(problems)
        )
    return metadata


def name_records(operations: Mapping[str, Any], models: Sequence[Any]) -> None:
    """Replace each operation's `record` schema name by the model's class and module."""
    # Schema names are PascalCase already, so a schema keeps its name as a class.
    classes = {str(model.class_info.name): model.class_info for model in models}
    for meta in operations.values():
        if meta["record"] is None:
            continue
        info = classes.get(meta["record"])
        if info is None:
            raise GenerationError(
                f"{meta['operation_id']}: x-katana-record names no schema: {meta['record']}"
            )
        meta["record"] = {"name": str(info.name), "module": str(info.module_name)}


def _contract_problems(operation_id: str, operation: Mapping[str, Any]) -> list[str]:
    problems = []
    if not isinstance(operation.get("x-katana-idempotent"), bool):
        problems.append(f"{operation_id}: x-katana-idempotent must be true or false")
    listing = operation.get("x-katana-list")
    if listing is not None and (
        not isinstance(listing, Mapping)
        or listing.get("items") not in LIST_ITEMS
        or listing.get("pagination") not in PAGINATION
    ):
        problems.append(
            f"{operation_id}: x-katana-list must have items in {sorted(LIST_ITEMS)}"
            f" and pagination in {sorted(PAGINATION)}, got {listing!r}"
        )
    content = (operation.get("requestBody") or {}).get("content") or {}
    if set(content) - {"application/json"}:
        problems.append(f"{operation_id}: only JSON request bodies are supported")
    return problems


# --- generation ------------------------------------------------------------------------


def generate_package(spec: Path, workdir: Path) -> Path:
    """Generate and format the package under `workdir`; return the package folder.

    The package is written to `workdir/katana_client/generated` beside a copy of the
    repository's pyproject.toml, so that ruff applies exactly the settings (line length,
    import sections, per-file ignores) it applies to the committed package.
    """
    from openapi_python_client import Project  # noqa: PLC0415 - dev-only dependency
    from openapi_python_client.config import Config, ConfigFile, MetaType  # noqa: PLC0415
    from openapi_python_client.parser import GeneratorData  # noqa: PLC0415
    from openapi_python_client.parser.errors import GeneratorError  # noqa: PLC0415
    from openapi_python_client.strings import PythonIdentifier  # noqa: PLC0415

    package = workdir / "katana_client" / "generated"
    package.parent.mkdir(parents=True, exist_ok=True)
    pyproject = ROOT / "pyproject.toml"
    if pyproject.exists():
        shutil.copyfile(pyproject, workdir / "pyproject.toml")

    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.NONE,
        spec,
        "utf-8",
        overwrite=True,
        output_path=package,
    )
    document = load_spec(spec)
    operations = operation_metadata(document, config.field_prefix)

    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationError(_format_generator_errors([openapi]))
    name_records(operations, openapi.models)
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    try:
        endpoints, resources = build_plan(
            openapi.endpoint_collections_by_tag,
            operations,
            parameter_docs(document),
            lambda endpoint: str(PythonIdentifier(endpoint.name, config.field_prefix)),
        )
    except PlanError as exc:
        raise GenerationError(str(exc)) from None
    project.env.globals["katana_plan"] = endpoints
    project.env.globals["katana_models"] = plan_models(openapi)
    # The generator prints "Generating <path>"; keep the output to what matters.
    with contextlib.redirect_stdout(io.StringIO()):
        errors = project.build()
    if errors:
        raise GenerationError(_format_generator_errors(errors))
    generated = sum(len(c.endpoints) for c in openapi.endpoint_collections_by_tag.values())
    if generated != len(operations):
        raise GenerationError(
            f"the spec has {len(operations)} operations but {generated} were generated"
        )
    write_resources(project.env, resources, package)
    run_ruff(package, workdir)
    return package


def _format_generator_errors(errors: Any) -> str:
    lines = ["openapi-python-client reported problems (parts would be missing):"]
    for error in errors:
        lines.append(f"  [{error.level.value}] {error.header}")
        if error.detail:
            lines.extend(f"      {line}" for line in str(error.detail).splitlines())
    return "\n".join(lines)


def ruff_executable() -> str:
    """The ruff next to this interpreter (the pinned one in the venv), else on PATH."""
    beside = Path(sys.executable).parent / "ruff"
    if beside.exists():
        return str(beside)
    found = shutil.which("ruff")
    if found is None:
        raise GenerationError("ruff is not installed; install the dev extra")
    return found


def run_ruff(package: Path, workdir: Path) -> None:
    """Fix imports and lint, format, then verify that the package is lint-clean."""
    ruff = ruff_executable()
    target = str(package.relative_to(workdir))
    steps = [
        [ruff, "check", "--no-cache", "--fix", "--exit-zero", "--quiet", target],
        [ruff, "format", "--no-cache", "--quiet", target],
        [ruff, "check", "--no-cache", "--quiet", target],
    ]
    for command in steps:
        result = subprocess.run(command, cwd=workdir, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise GenerationError(
                f"`ruff {' '.join(command[1:])}` failed on the generated code:\n"
                f"{result.stdout}{result.stderr}"
            )


# --- resources -------------------------------------------------------------------------


def write_resources(env: Any, resources: list[ResourcePlan], package: Path) -> None:
    """Render `generated/resources/`: a module per tag, and the mixin `KatanaClient` uses."""
    env.filters["builtin_list"] = lambda text: re.sub(r"\blist\[", "builtins.list[", str(text))
    folder = package / "resources"
    folder.mkdir(parents=True, exist_ok=True)
    template = env.get_template("resource.py.jinja")
    for resource in resources:
        text = template.render(resource=resource)
        (folder / f"{resource.tag}.py").write_text(text, encoding="utf-8")
    init = env.get_template("resource_init.py.jinja").render(resources=resources)
    (folder / "__init__.py").write_text(init, encoding="utf-8")


# --- installing and comparing ----------------------------------------------------------


def replace_tree(source: Path, target: Path) -> None:
    """Replace `target` with a copy of `source`, swapping folders by rename.

    The copy is made beside `target` (same file system) so that the swap is two renames:
    an interrupted run leaves either the old or the new package, never a mix.
    """
    staging = target.with_name(f".{target.name}.new-{os.getpid()}")
    retired = target.with_name(f".{target.name}.old-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(source, staging, ignore=shutil.ignore_patterns(*IGNORED_NAMES))
    try:
        if target.exists():
            target.rename(retired)
        staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(retired, ignore_errors=True)


def _files(root: Path) -> dict[str, Path]:
    if not root.is_dir():
        return {}
    found: dict[str, Path] = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        ignored = IGNORED_NAMES.intersection(relative.parts) or path.suffix == ".pyc"
        if path.is_file() and not ignored:
            found[relative.as_posix()] = path
    return found


def compare_trees(fresh: Path, committed: Path, label: str) -> list[str]:
    """Describe how `committed` differs from `fresh`; an empty list if identical."""
    new, old = _files(fresh), _files(committed)
    added = sorted(new.keys() - old.keys())
    removed = sorted(old.keys() - new.keys())
    both = new.keys() & old.keys()
    changed = sorted(name for name in both if new[name].read_bytes() != old[name].read_bytes())
    if not (added or removed or changed):
        return []
    report = [
        f"{label}: {len(added)} file(s) to add, {len(removed)} to remove, {len(changed)} changed"
    ]
    report += [f"  + {label}/{name}" for name in added]
    report += [f"  - {label}/{name}" for name in removed]
    report += [f"  ~ {label}/{name}" for name in changed]
    for name in changed:
        report += _diff(old[name], new[name], f"{label}/{name}")
    return report


def compare_files(fresh: Path, committed: Path, label: str) -> list[str]:
    """Describe how the `committed` file differs from `fresh`; empty if identical."""
    if committed.exists() and committed.read_bytes() == fresh.read_bytes():
        return []
    if not committed.exists():
        return [f"{label}: missing"]
    return [f"{label}: changed", *_diff(committed, fresh, label)]


def _diff(old: Path, new: Path, label: str) -> list[str]:
    lines = difflib.unified_diff(
        old.read_text(encoding="utf-8", errors="replace").splitlines(),
        new.read_text(encoding="utf-8", errors="replace").splitlines(),
        fromfile=f"committed/{label}",
        tofile=f"regenerated/{label}",
        lineterm="",
    )
    shown = list(_take(lines, DIFF_LINES_PER_FILE + 1))
    if len(shown) > DIFF_LINES_PER_FILE:
        shown = [*shown[:DIFF_LINES_PER_FILE], "    ..."]
    return ["    " + line for line in shown]


def _take(lines: Iterator[str], count: int) -> Iterator[str]:
    for index, line in enumerate(lines):
        if index >= count:
            return
        yield line


def display_path(path: Path) -> str:
    """`path` relative to the repository when it is inside it, for messages."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main())
