"""The resources a mirror copies: every paged list of the generated client.

Nothing here is a hand-written list. Each generated list endpoint's descriptor
(`OPERATION`) says that it pages through `page`/`limit`, and its typed signature says
whether it takes `updated_at_min` (then it is walked from a watermark) and
`include_deleted` (then soft-deleted records come with `deleted_at` set). A list
that needs an argument to be called is no copy of the account and is left out.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
from collections.abc import Awaitable, Callable
from typing import Any

from attrs import frozen

from katana_client._runtime import Operation, Response

__all__ = ["Feed", "feed", "feeds"]

Endpoint = Callable[..., Awaitable[Response[Any]]]


@frozen
class Feed:
    """One resource a mirror copies, read from its list operation.

    Attributes:
        name: The list's path as a name: `products`, `inventory_movements`,
            `serial_numbers_serial_numbers_stock`; the mirror's table.
        operation: Katana's operationId (`getAllProducts`).
        endpoint: The generated `asyncio_detailed` of the list.
        incremental: The list takes `updated_at_min`: a walk asks only for what
            changed since the watermark. Otherwise every walk reads the whole list and
            changes are found by comparing content hashes.
        soft_deletes: The list takes `include_deleted`: deleted records come back with
            `deleted_at` set.
    """

    name: str
    operation: str
    endpoint: Endpoint
    incremental: bool
    soft_deletes: bool


@functools.cache
def _all_feeds() -> tuple[Feed, ...]:
    from katana_client.generated import api  # noqa: PLC0415 (imports every endpoint)

    found: list[Feed] = []
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        op = getattr(module, "OPERATION", None)
        if not isinstance(op, Operation) or op.pagination != "query":
            continue
        endpoint = module.asyncio_detailed
        parameters = inspect.signature(endpoint).parameters
        if any(
            p.default is inspect.Parameter.empty and p.name != "client" for p in parameters.values()
        ):
            continue
        found.append(
            Feed(
                name=op.path.strip("/").replace("/", "_"),
                operation=op.id,
                endpoint=endpoint,
                incremental="updated_at_min" in parameters,
                soft_deletes="include_deleted" in parameters,
            )
        )
    return tuple(sorted(found, key=lambda f: f.name))


def feeds() -> tuple[Feed, ...]:
    """Every resource a mirror can copy, by name (53 lists; 37 of them incremental).

    The first call imports every generated endpoint module (about a second).
    """
    return _all_feeds()


def feed(name: str) -> Feed:
    """The feed called `name` (`products`), or its operationId (`getAllProducts`).

    Raises:
        KeyError: No paged list has that name; the message lists the names.
    """
    for candidate in _all_feeds():
        if name in (candidate.name, candidate.operation):
            return candidate
    names = ", ".join(f.name for f in _all_feeds())
    raise KeyError(f"no resource {name!r} to mirror; known: {names}")
