"""`Model`: what every generated model shares, so that a generated model only declares.

A generated model is an attrs class deriving from `Model`: its fields (annotation,
default and docstring) and `__katana_fields__`, the `(json key, attribute, kind)` table
that reading (`_readers`) and `to_dict` work from.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final, Self

from attrs import define, field

from ._convert import to_json_value
from ._json import loads_object
from ._types import UNSET

__all__ = ["Model"]


if TYPE_CHECKING:
    from ._readers import ModelReader


def _reader(cls: type[Any]) -> ModelReader:
    # Imported here: the reader compiler is needed by the first read, not by `import
    # katana_client`. The reader is kept on the class, for one lookup per read.
    from ._readers import reader_of  # noqa: PLC0415 - lazy, see above

    reader = reader_of(cls)
    assert reader is not None  # `cls` derives from Model, which has a field table
    cls.__katana_reader__ = reader
    return reader


# Kinds whose attribute value is its own JSON value (`dumps` writes Decimal exactly).
_PLAIN: Final = frozenset({"int", "str", "bool", "decimal"})


@define(kw_only=True)
class Model:
    """A model of the Katana API.

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
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

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        out: dict[str, Any] = {}
        for key, attribute, kind in self.__katana_fields__:
            value = getattr(self, attribute)
            # A required field is UNSET after a tolerant read of `{}`: left out too.
            if value is not UNSET:
                out[key] = value if kind in _PLAIN else to_json_value(value)
        if self.additional_properties:
            out.update(self.additional_properties)
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object; never raises on unexpected values (see class doc).

        `src_dict` is left as it was: the model holds new lists where it converted any.
        """
        # The reader for this object's keys, compiled on first sight and found by their
        # number: it takes the values in one go and knows which keys are missing or
        # unknown (see `ModelReader`).
        reader = cls.__dict__.get("__katana_reader__") or _reader(cls)
        read = reader.by_size.get(len(src_dict)) if src_dict.__class__ is dict else None
        if read is None:
            read = reader.learn(src_dict)
        result: Self = read(cls, src_dict)
        return result

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Read a JSON document holding one object (a saved response body, a webhook
        payload) as tolerantly as `from_dict`; numbers with a fraction stay exact.

        Raises:
            ValueError: `content` is not JSON, or its top level is not an object.
            KatanaJSONDepthError: The document nests deeper than `MAX_JSON_DEPTH` levels.
        """
        return cls._from_owned(loads_object(content, cls))

    @classmethod
    def _from_owned(cls, data: dict[str, Any]) -> Self:
        # Decoded JSON that nobody else holds (a response body): its lists are converted
        # in place instead of copied.
        reader = cls.__dict__.get("__katana_reader__") or _reader(cls)
        read = reader.by_size_owned.get(len(data)) if data.__class__ is dict else None
        if read is None:
            read = reader.learn_owned(data)
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
        """The unknown JSON keys kept from `from_dict` or set with `model[key] = value`."""
        return list(self.additional_properties)
