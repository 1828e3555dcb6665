"""What a packager and a forker read: metadata, extras, the lock, CI and its workflows."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement
from upgrade import parse_args

from katana_client.auth._providers._optional import EXTRA_MODULES

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
WORKFLOWS = ROOT / ".github" / "workflows"

# A finder first on sys.meta_path that refuses the named top-level modules, as if they
# were not installed; then the import the user would write.
_BLOCKED_IMPORT = """
import sys
from importlib.abc import MetaPathFinder

BLOCKED = set(sys.argv[1].split(","))

class NotInstalled(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NotInstalled())
try:
    exec(sys.argv[2])
except ModuleNotFoundError as error:
    print(f"{error.name}|{error}")
"""


def _import_without(modules: str, statement: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", _BLOCKED_IMPORT, modules, statement],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


@pytest.mark.slow  # child processes
@pytest.mark.parametrize(
    ("extra", "blocked", "statement"),
    [
        ("testing", "yaml", "from katana_client.testing import FakeKatana"),
        ("testing", "jsonschema,referencing", "import katana_client.testing"),
        ("testing", "uvicorn", "import katana_client.testing"),
        ("fastapi", "fastapi", "from katana_client.fastapi import katana_lifespan"),
        ("fastapi", "starlette", "import katana_client.fastapi"),
    ],
)
def test_a_missing_extra_names_the_pip_install_that_brings_it(
    extra: str, blocked: str, statement: str
) -> None:
    name, _, message = _import_without(blocked, statement).partition("|")
    assert name == blocked.split(",")[0]
    assert f"pip install 'katana-client[{extra}]'" in message
    for module in blocked.split(","):
        assert module in message


@pytest.mark.slow  # a child process
def test_the_core_imports_without_any_extra() -> None:
    blocked = ",".join(module for modules in EXTRA_MODULES.values() for module in modules)
    assert _import_without(blocked, "import katana_client, katana_client.webhooks") == ""


def _extra_requirements(extra: str) -> list[Requirement]:
    return [Requirement(spec) for spec in PROJECT["optional-dependencies"][extra]]


@pytest.mark.parametrize("extra", sorted(EXTRA_MODULES))
def test_the_guard_checks_a_module_of_every_distribution_of_the_extra(extra: str) -> None:
    # What each installed distribution provides, by import name.
    provided: dict[str, set[str]] = {}
    for module, distributions in metadata.packages_distributions().items():
        for distribution in distributions:
            provided.setdefault(_normalize(distribution), set()).add(module)
    for requirement in _extra_requirements(extra):
        modules = provided[_normalize(requirement.name)]
        assert modules & set(EXTRA_MODULES[extra]), (requirement.name, modules)


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_module_the_package_imports_is_a_declared_dependency() -> None:
    # anyio was imported but undeclared once; run time has only `dependencies`.
    runtime = {_normalize(Requirement(spec).name) for spec in PROJECT["dependencies"]}
    assert {"httpx", "attrs", "anyio", "msgspec", "sniffio"} <= runtime
    imported = set()
    for path in (ROOT / "katana_client").rglob("*.py"):
        if "generated" in path.parts:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.match(r"(?:from|import) (anyio|httpx|attrs|msgspec|sniffio)\b", line)
            if match:
                imported.add(match.group(1))
    assert imported <= runtime


def test_floors_that_fixed_bugs_stay() -> None:
    def floor(specs: list[str], name: str) -> str:
        (spec,) = [s for s in specs if Requirement(s).name == name]
        (bound,) = [s.version for s in Requirement(spec).specifier if s.operator == ">="]
        return bound

    # msgspec.DecodeError is a ValueError only from 0.21: earlier, a garbled body
    # escaped as msgspec's own error instead of a typed Katana error.
    assert floor(PROJECT["dependencies"], "msgspec") == "0.21"
    # The fake imports `referencing`, which jsonschema uses from 4.18.
    assert floor(PROJECT["optional-dependencies"]["testing"], "jsonschema") == "4.18"
    # redis 5.0.0 has no `aclose`, with 5.0.1 a limiter whose Redis is down hangs, and
    # before 5.0.8 a cancelled idempotent webhook run keeps its identity in Redis.
    assert floor(PROJECT["optional-dependencies"]["redis"], "redis") == "5.0.8"


def test_development_tools_are_a_dependency_group_not_a_published_extra() -> None:
    assert "dev" not in PROJECT["optional-dependencies"]
    tools = {Requirement(spec).name for spec in PYPROJECT["dependency-groups"]["dev"]}
    assert {"pytest", "ruff", "mypy", "openapi-python-client"} <= tools


def test_the_license_is_declared_and_shipped() -> None:
    assert PROJECT["license"] == "MIT"
    assert PROJECT["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert PROJECT["authors"]


def _tested_pythons() -> list[str]:
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    match = re.search(r'PYTHONS="\$\{KATANA_CI_PYTHONS:-([\d. ]+)\}"', run)
    assert match is not None
    return match.group(1).split()


def test_classifiers_name_every_python_ci_tests_and_no_other() -> None:
    classified = [
        c.rsplit(" :: ", 1)[1]
        for c in PROJECT["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    ]
    assert classified == _tested_pythons() == ["3.11", "3.12", "3.13"]
    assert PROJECT["requires-python"] == f">={classified[0]}"


def _workflow(name: str) -> dict[Any, Any]:
    document = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def _steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    steps = job["steps"]
    assert isinstance(steps, list)
    return steps


def test_the_ci_workflow_runs_ci_run_on_every_tested_python() -> None:
    workflow = _workflow("ci.yml")
    assert set(workflow[True]) >= {"push", "pull_request"}  # YAML 1.1 reads `on` as True
    (job,) = workflow["jobs"].values()
    assert job["strategy"]["matrix"]["python"] == _tested_pythons()
    runs = [step for step in _steps(job) if "run" in step]
    assert [step["run"] for step in runs] == ["bash .ci/run"]
    assert runs[0]["env"]["KATANA_CI_PYTHONS"] == "${{ matrix.python }}"


def test_the_weekly_workflow_gates_on_breaking_changes_and_keeps_the_report() -> None:
    workflow = _workflow("katana-api.yml")
    assert "schedule" in workflow[True]
    (job,) = workflow["jobs"].values()
    steps = _steps(job)
    (command,) = [
        line.strip().removesuffix("\\")
        for step in steps
        for line in step.get("run", "").replace("\\\n", " ").splitlines()
        if "scripts/upgrade.py" in line
    ]
    argv = shlex.split(command)
    assert argv[1] == "scripts/upgrade.py"
    args = parse_args(argv[2:])  # the flags are upgrade.py's own
    assert args.fail_on_breaking
    assert args.dry_run
    (upload,) = [s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact")]
    assert upload["if"] == "always()"
    assert Path(args.markdown).parent.name in upload["with"]["path"]


def test_uv_lock_holds_what_pyproject_asks_for() -> None:
    # `uv sync --locked` (CI) refuses a stale lock; this says so in the fast loop.
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    (own,) = [p for p in lock["package"] if p["name"] == PROJECT["name"]]
    locked = {_requirement_key(r) for r in own["metadata"]["requires-dist"]}
    wanted = {_requirement_key(_lock_form(spec)) for spec in PROJECT["dependencies"]}
    for extra, specs in PROJECT["optional-dependencies"].items():
        wanted |= {_requirement_key(_lock_form(spec, extra)) for spec in specs}
    assert locked == wanted
    locked_dev = {_requirement_key(r) for r in own["metadata"]["requires-dev"]["dev"]}
    wanted_dev = {
        _requirement_key(_lock_form(spec)) for spec in PYPROJECT["dependency-groups"]["dev"]
    }
    assert locked_dev == wanted_dev


def _lock_form(spec: str, extra: str | None = None) -> dict[str, Any]:
    requirement = Requirement(spec)
    entry: dict[str, Any] = {"name": requirement.name}
    if requirement.extras:
        entry["extras"] = sorted(requirement.extras)
    if requirement.specifier:
        entry["specifier"] = str(requirement.specifier)
    if extra is not None:
        entry["marker"] = f"extra == '{extra}'"
    return entry


def _requirement_key(entry: dict[str, Any]) -> tuple[str, ...]:
    specifier = ",".join(sorted(str(entry.get("specifier", "")).split(",")))
    return (
        _normalize(entry["name"]),
        ",".join(entry.get("extras", [])),
        specifier,
        str(entry.get("marker", "")),
    )


def test_pre_commit_runs_the_pinned_ruff() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (ruff,) = [repo for repo in config["repos"] if repo["repo"].endswith("/ruff-pre-commit")]
    pinned = [Requirement(s) for s in PYPROJECT["dependency-groups"]["dev"]]
    (ruff_pin,) = [str(r.specifier) for r in pinned if r.name == "ruff"]
    assert ruff["rev"] == "v" + ruff_pin.removeprefix("==")
    assert {hook["id"] for hook in ruff["hooks"]} == {"ruff-check", "ruff-format"}
    assert {"S", "DTZ"} <= set(PYPROJECT["tool"]["ruff"]["lint"]["select"])
