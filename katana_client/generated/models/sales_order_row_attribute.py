"""SalesOrderRowAttribute: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class SalesOrderRowAttribute(Model):
    """SalesOrderRowAttribute

    Derived from 7 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("key", "key", "str"),
        ("value", "value", "str"),
    )
    key: str | None | Unset = UNSET
    value: str | None | Unset = UNSET
