"""`Model`: what every generated model shares, so that a generated model only declares.

A generated model is an attrs class deriving from `Model`: its fields (annotation,
default and docstring) and `__katana_fields__`, the `(json key, attribute, kind)` table
that reading (`_readers`) and `to_dict` work from.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Final, Self

from attrs import define, field

from ._convert import to_json_value
from ._json import loads_object
from ._readers import copy_json, read
from ._typed import REFUSED, collector_paused, typed_decoder
from ._types import UNSET

__all__ = ["Model"]


# Kinds whose attribute value is its own JSON value (`dumps` writes Decimal exactly).
_PLAIN: Final = frozenset({"int", "str", "bool", "decimal"})


@define(kw_only=True, slots=False)
class Model:
    """A model of the Katana API (docs/reading-responses.md).

    A response model's optional field is `T | None`: a key missing from the JSON reads
    as None. `model_fields_set` lists the fields that came (or were assigned since), and
    `to_dict()` writes exactly those. A missing or unreadable required field raises
    `KatanaResponseShapeError`. Request models (`*Dto`) default to `UNSET`, "not sent".

    A field holds its annotated type or its default: a value that cannot be read as the
    type ("abc" for an int) is kept in `additional_properties` under its JSON key (see
    `unreadable_keys`), beside the unknown keys, and `to_dict()` writes it back.
    Lossless conversions are made ("12" and 12.0 read as the int 12).
    """

    __katana_fields__: ClassVar[tuple[tuple[str, str, str], ...]] = ()
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    if not TYPE_CHECKING:  # for mypy, a model has only the attributes declared

        def __getattr__(self, name: str) -> Any:
            # Reading leaves `additional_properties` unset when the JSON object has no
            # unknown key: its dict is made on first use, not for every object read.
            if name == "additional_properties":
                extra: dict[str, Any] = {}
                self.additional_properties = extra
                return extra
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self
            )

    @property
    def model_fields_set(self) -> frozenset[str]:
        """The attributes read from the JSON or assigned since (all of them after the
        constructor); `to_dict()` writes these and no others (besides unknown keys)."""
        values = self.__dict__
        return frozenset(a for _, a, _ in self.__katana_fields__ if a in values)

    @property
    def unreadable_keys(self) -> list[str]:
        """The JSON keys of fields whose value could not be read as the field's type.

        Each such value is in `additional_properties` under its key, as it came; the
        field holds its default (None, or `UNSET` in a request model).
        """
        extra = self.__dict__.get("additional_properties")
        if not extra:
            return []
        known = {key for key, _, _ in self.__katana_fields__}
        return [key for key in extra if key in known]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then the kept keys.

        A field is written when it is in `model_fields_set` and not `UNSET` (a `datetime`
        set on a `date` field as its date); the values
        in `additional_properties` (unknown keys, unreadable values) are written under
        their keys unless a field already wrote that key.
        """
        out: dict[str, Any] = {}
        values = self.__dict__
        for key, attribute, kind in self.__katana_fields__:
            if attribute in values:
                value = values[attribute]
                if value is not UNSET:
                    if kind in _PLAIN:
                        out[key] = value
                    elif kind == "date" and isinstance(value, datetime):
                        out[key] = value.date().isoformat()  # a date field: its date only
                    else:
                        out[key] = to_json_value(value)
        extra = values.get("additional_properties")
        if extra:
            for key, value in extra.items():
                out.setdefault(key, value)
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object (see the class doc); `src_dict` is left as it was.

        Raises:
            KatanaResponseShapeError: A required field is missing or unreadable.
        """
        return cls._from_owned(copy_json(src_dict))

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Read a JSON document holding one object (a saved response body, a webhook
        payload) as `from_dict` does; numbers with a fraction stay exact.

        Raises:
            ValueError: `content` is not JSON, or its top level is not an object.
            KatanaJSONDepthError: The document nests deeper than `MAX_JSON_DEPTH` levels.
            KatanaResponseShapeError: A required field is missing or unreadable.
        """
        decoder = typed_decoder(cls)
        if decoder is not None:
            result = decoder(content)
            if result is not REFUSED:
                read: Self = result
                return read
        with collector_paused(len(content)):
            return cls._from_owned(loads_object(content, cls))

    @classmethod
    def _from_owned(cls, data: dict[str, Any]) -> Self:
        # Decoded JSON that nobody else holds (a response body): read in place.
        result: Self = read(cls, data)
        return result

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    @property
    def additional_keys(self) -> list[str]:
        """The keys in `additional_properties`: unknown keys, unreadable values' keys (see
        `unreadable_keys`) and keys set with `model[key] = value`."""
        return list(self.additional_properties)
