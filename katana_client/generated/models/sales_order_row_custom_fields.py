"""SalesOrderRowCustomFields: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class SalesOrderRowCustomFields(Model):
    """SalesOrderRowCustomFields

    A JSON object whose keys are data, not fields; entries are kept as they come and reached
    with `obj[key]`.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = ()
