"""Checking for optional dependencies without importing them (import cost)."""

from __future__ import annotations

import importlib.util
from typing import Final

from ..._errors import KatanaConfigError

#: What each subpackage that needs an extra imports from it, by import name.
#: tests/test_packaging.py checks this against the extras in pyproject.toml.
EXTRA_MODULES: Final[dict[str, tuple[str, ...]]] = {
    "testing": ("yaml", "jsonschema", "referencing", "uvicorn", "asgi_lifespan"),
    "fastapi": ("fastapi", "starlette"),
}


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ImportError:  # a finder that refuses the name: as good as not installed
        return False


def require(module: str, *, extra: str, feature: str) -> None:
    """Raise a `KatanaConfigError` naming the extra to install if `module` is missing."""
    if not _installed(module):
        raise KatanaConfigError(
            f"{feature} needs the '{module}' package: pip install 'katana-client[{extra}]'."
        )


def require_extra(extra: str, *, package: str) -> None:
    """Raise `ModuleNotFoundError` naming the extra if any of its modules is missing.

    For the top of a subpackage that imports an extra's modules (`katana_client.testing`,
    `katana_client.fastapi`): importing it without the extra says what to install,
    instead of a bare `No module named 'yaml'` from somewhere inside.
    """
    missing = [module for module in EXTRA_MODULES[extra] if not _installed(module)]
    if missing:
        raise ModuleNotFoundError(
            f"{package} needs the '{extra}' extra ({', '.join(missing)} not installed): "
            f"pip install 'katana-client[{extra}]'",
            name=missing[0],
        )
