"""The API reference builds without a warning and lists every resource and action.

Runs `scripts/docs.py` (pdoc) once for the module, into a temporary folder.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

import docs  # scripts/docs.py: pytest puts scripts/ on sys.path (pyproject.toml)
import katana_client
from katana_client.generated.resources import ACTIONS, RESOURCES


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("docs")
    docs.build(output)  # raises on any pdoc warning
    return output


def _ids(page: Path) -> set[str]:
    return set(re.findall(r'id="([^"]+)"', page.read_text(encoding="utf-8")))


@pytest.mark.slow
def test_every_resource_has_a_page_with_every_action(site: Path) -> None:
    for tag, (module, cls) in RESOURCES.items():
        page = site / (module.replace(".", "/") + ".html")
        ids = _ids(page)
        for action in ACTIONS[tag]:
            assert f"{cls}.{action}" in ids, f"{cls}.{action} missing from {page.name}"
            assert f"{cls[: -len('Resource')]}RawResource.{action}" in ids


@pytest.mark.slow
def test_the_client_page_lists_every_resource(site: Path) -> None:
    ids = _ids(site / "katana_client.html")
    assert {f"KatanaClient.{tag}" for tag in RESOURCES} <= ids


@pytest.mark.slow
def test_action_parameters_are_documented_from_the_spec(site: Path) -> None:
    page = html.unescape(
        (site / "katana_client/generated/resources/products.html").read_text(encoding="utf-8")
    )
    # getAllProducts' `include_deleted` description, from openapi/katana-openapi.yaml.
    assert "Soft-deleted data is excluded from result set by default." in page
    assert "getAllProducts" in page


def test_a_pdoc_warning_fails_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "broken_annotations.py").write_text(
        '"""A module pdoc cannot fully document."""\n\n\n'
        'def f(x: "NoSuchType") -> None:  # noqa: F821\n'
        '    """Take an x of a type that does not exist."""\n',
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(docs, "PUBLIC_MODULES", ())
    monkeypatch.setattr(docs, "modules", lambda: ["broken_annotations"])

    with pytest.raises(RuntimeError, match="pdoc warned"):
        docs.build(tmp_path / "site")


@pytest.mark.slow
def test_building_leaves_lazy_exports_lazy(site: Path) -> None:
    import katana_client  # noqa: PLC0415 - the package as the build left it

    assert (site / "katana_client.html").is_file()
    assert "RedisRateLimiter" not in vars(katana_client)


def test_the_reference_covers_every_public_subpackage() -> None:
    # observability and webhooks were once left out; a new subpackage gets a page too.
    package = Path(katana_client.__file__).parent
    public = {
        f"katana_client.{path.parent.name}"
        for path in package.glob("*/__init__.py")
        if not path.parent.name.startswith("_") and path.parent.name != "generated"
    }
    assert public <= set(docs.PUBLIC_MODULES)


@pytest.mark.slow
def test_every_public_module_has_a_page(site: Path) -> None:
    for module in docs.PUBLIC_MODULES:
        assert (site / (module.replace(".", "/") + ".html")).is_file(), module
