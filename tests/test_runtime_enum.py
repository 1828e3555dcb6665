"""Open enums: values Katana adds later are kept, not rejected."""

from __future__ import annotations

import pickle

import pytest

from katana_client._runtime import OpenIntEnum, OpenStrEnum


class Status(OpenStrEnum):
    DONE = "DONE"
    NOT_STARTED = "NOT_STARTED"


class Level(OpenIntEnum):
    LOW = 1


def test_known_values_are_the_members() -> None:
    assert Status("DONE") is Status.DONE


def test_unknown_value_becomes_a_pseudo_member() -> None:
    value = Status("NEW_THING")
    assert isinstance(value, Status)
    assert value == "NEW_THING"
    assert value.value == "NEW_THING"
    assert value.name == "NEW_THING"
    assert str(value) == "NEW_THING"


def test_unknown_value_is_the_same_object_each_time() -> None:
    assert Status("ANOTHER") is Status("ANOTHER")


def test_pseudo_members_are_not_listed() -> None:
    Status("HIDDEN")
    assert list(Status) == [Status.DONE, Status.NOT_STARTED]
    assert "HIDDEN" not in Status.__members__


def test_non_string_values_are_still_rejected() -> None:
    with pytest.raises(ValueError, match="not a valid"):
        Status(5)  # type: ignore[arg-type]


def test_members_pickle() -> None:
    assert pickle.loads(pickle.dumps(Status.DONE)) is Status.DONE


def test_int_enum_accepts_unknown_integers() -> None:
    value = Level(7)
    assert value == 7
    assert isinstance(value, Level)
