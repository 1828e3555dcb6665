"""Name helpers: the spec's schema names are PascalCase, tags snake_case."""

from __future__ import annotations

import re

_IRREGULAR = {
    "addresses": "address",
    "statuses": "status",
    "inventory": "inventory",
    "stock": "stock",
    "bin_inventory": "bin_inventory",
    "data": "data",
    "series": "series",
    "metadata": "metadata",
}


def singular(word: str) -> str:
    """Return a plain English singular of a snake_case plural (``variants`` -> ``variant``)."""
    head, _, last = word.rpartition("_")
    prefix = head + "_" if head else ""
    if last in _IRREGULAR:
        return prefix + _IRREGULAR[last]
    if last.endswith("ies") and len(last) > 3:
        return prefix + last[:-3] + "y"
    if last.endswith(("sses", "xes", "ches", "shes")):
        return prefix + last[:-2]
    if last.endswith("s") and not last.endswith("ss"):
        return prefix + last[:-1]
    return prefix + last


def pascal(snake: str) -> str:
    """``sales_order_row`` -> ``SalesOrderRow``; keeps inner capitals of camelCase input."""
    parts = re.split(r"[_\-\s./]+", snake)
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def snake(name: str) -> str:
    """``SalesOrderRow`` or ``salesOrderRow`` -> ``sales_order_row``."""
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    return re.sub(r"[^a-zA-Z0-9]+", "_", s).strip("_").lower()
