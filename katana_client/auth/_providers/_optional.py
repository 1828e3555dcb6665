"""Checking for optional dependencies without importing them (import cost)."""

from __future__ import annotations

import importlib.util

from ..._errors import KatanaConfigError


def require(module: str, *, extra: str, feature: str) -> None:
    """Raise a `KatanaConfigError` naming the extra to install if `module` is missing."""
    if importlib.util.find_spec(module) is None:
        raise KatanaConfigError(
            f"{feature} needs the '{module}' package: pip install 'katana-client[{extra}]'."
        )
