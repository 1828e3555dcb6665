"""The wheel a user installs: every file of the package, the fake's spec, true metadata;
and the suite tests that wheel, not the checkout, when ./scripts/test built it.

./scripts/test builds the sdist and the wheel from it, installs the wheel and names it
in KATANA_TEST_WHEEL (conftest.py). Without it (the fast loop) the tests that read a
wheel build one with uv.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from email.message import Message
from email.parser import Parser
from importlib import metadata
from pathlib import Path

import pytest
from conftest import PACKAGE, ROOT, WHEEL_ENV
from packaging.requirements import Requirement

import katana_client

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
# Put into the package by pyproject.toml's force-include, for katana_client.testing.
SPEC = "katana_client/testing/katana-openapi.yaml"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[zipfile.ZipFile]:
    named = os.environ.get(WHEEL_ENV)
    if named:
        path = Path(named)
    else:
        uv = shutil.which(
            "uv", path=os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])
        )
        if uv is None:
            pytest.fail("uv not found: ./scripts/test installs it, or pip install uv")
        out = tmp_path_factory.mktemp("dist")
        subprocess.run([uv, "build", "--quiet", "--out-dir", str(out), str(ROOT)], check=True)
        (path,) = out.glob("*.whl")
    with zipfile.ZipFile(path) as archive:
        yield archive


def _package_files(archive: zipfile.ZipFile) -> set[str]:
    return {name for name in archive.namelist() if name.startswith("katana_client/")}


def _dist_info(archive: zipfile.ZipFile) -> str:
    (folder,) = {name.split("/")[0] for name in archive.namelist()} - {"katana_client"}
    assert folder == f"katana_client-{katana_client.__version__}.dist-info"
    return folder


def _metadata(archive: zipfile.ZipFile) -> Message:
    return Parser().parsestr(archive.read(f"{_dist_info(archive)}/METADATA").decode())


@pytest.mark.slow
def test_the_wheel_holds_every_file_of_the_package_and_the_fakes_spec(
    wheel: zipfile.ZipFile,
) -> None:
    tree = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "katana_client").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert "katana_client/py.typed" in tree
    assert _package_files(wheel) == tree | {SPEC}
    assert wheel.read(SPEC) == (ROOT / "openapi" / "katana-openapi.yaml").read_bytes()
    # Beside the package only its metadata: no tests, scripts or spec sources.
    assert {name.split("/")[0] for name in wheel.namelist()} == {
        "katana_client",
        _dist_info(wheel),
    }


@pytest.mark.slow
def test_the_wheels_metadata_is_pyprojects(wheel: zipfile.ZipFile) -> None:
    meta = _metadata(wheel)
    assert meta["Name"] == PROJECT["name"]
    assert meta["Requires-Python"] == PROJECT["requires-python"]
    assert meta["License-Expression"] == PROJECT["license"]
    assert sorted(meta.get_all("Provides-Extra") or []) == sorted(PROJECT["optional-dependencies"])
    wanted = [Requirement(spec) for spec in PROJECT["dependencies"]]
    for extra, specs in PROJECT["optional-dependencies"].items():
        wanted += [Requirement(f'{spec}; extra == "{extra}"') for spec in specs]
    required = [Requirement(spec) for spec in meta.get_all("Requires-Dist") or []]
    assert sorted(map(str, required)) == sorted(map(str, wanted))
    info = _dist_info(wheel)
    assert wheel.read(f"{info}/licenses/LICENSE") == (ROOT / "LICENSE").read_bytes()
    entry_points = wheel.read(f"{info}/entry_points.txt").decode()
    assert "katana-client = katana_client.__main__:main" in entry_points


def test_the_suite_tests_the_wheel_it_names_or_else_the_checkout() -> None:
    named = os.environ.get(WHEEL_ENV)
    if not named:
        assert PACKAGE == ROOT / "katana_client"
        return
    assert PACKAGE != ROOT / "katana_client"
    dist = metadata.distribution("katana-client")
    assert Path(str(dist.locate_file("katana_client"))).resolve() == PACKAGE
    # Installed from that wheel file (PEP 610), not editable, not from the folder.
    origin = json.loads(dist.read_text("direct_url.json") or "{}")
    assert "archive_info" in origin
    assert origin["url"].endswith("/" + Path(named).name)
    installed = {str(file) for file in dist.files or [] if str(file).startswith("katana_client/")}
    with zipfile.ZipFile(named) as archive:
        assert {name for name in installed if "__pycache__" not in name} == _package_files(archive)


@pytest.mark.slow  # a child process
def test_child_interpreters_import_the_katana_client_under_test() -> None:
    # Tests start `python -c` and `python -m uvicorn` processes; in the wheel run they
    # must not find the checkout's package (conftest.py moves the session off it).
    out = subprocess.run(
        [sys.executable, "-c", "import katana_client; print(katana_client.__file__)"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert Path(out.strip()).resolve().parent == PACKAGE
