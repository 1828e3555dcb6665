"""The built spec is spelled so that the generator reads it as meant (katana_spec.forms).

The committed spec is exactly what openapi-python-client reads; these tests pin the two
spellings the build chooses for it, on small hand-written schemas, and check that the
generator turns them into what the templates expect (one enum class, nullable field).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from katana_spec.build import BuildError, build_spec
from katana_spec.diff import diff_specs
from katana_spec.forms import (
    FormError,
    name_colliding_enum_members,
    name_nullable_enums,
    spell_for_generator,
)
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_spec_validator import validate

from katana_client.testing import load_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "katana-openapi.yaml"

NULLABLE_STATUS = {
    "type": ["string", "null"],
    "enum": ["OPEN", "DONE", None],
    "description": "Where the order is.",
}


def _spec(schemas: dict[str, Any], parameters: list[Any] | None = None) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": "getOrders",
        "responses": {
            "200": {
                "description": "OK",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Order"}}},
            }
        },
    }
    if parameters:
        operation["parameters"] = parameters
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/orders": {"get": operation}},
        "components": {"schemas": schemas},
    }


def _order(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def test_a_nullable_enum_property_becomes_a_named_component() -> None:
    schemas = {"Order": _order(id={"type": "integer"}, status=copy.deepcopy(NULLABLE_STATUS))}
    assert name_nullable_enums(schemas) == ["OrderStatus"]
    assert schemas["OrderStatus"] == {"type": "string", "enum": ["OPEN", "DONE"]}
    assert schemas["Order"]["properties"]["status"] == {
        "anyOf": [{"$ref": "#/components/schemas/OrderStatus"}, {"type": "null"}],
        "description": "Where the order is.",
    }
    assert schemas["Order"]["properties"]["id"] == {"type": "integer"}


def test_the_component_is_named_as_the_generator_names_an_inline_enum() -> None:
    schemas = {"SalesOrderRow": _order(product_availability=copy.deepcopy(NULLABLE_STATUS))}
    assert name_nullable_enums(schemas) == ["SalesOrderRowProductAvailability"]


def test_a_plain_enum_is_left_inline() -> None:
    plain = {"type": "string", "enum": ["OPEN", "DONE"]}
    schemas = {"Order": _order(status=dict(plain))}
    assert name_nullable_enums(schemas) == []
    assert schemas == {"Order": _order(status=plain)}


def test_a_taken_name_fails_rather_than_merging_two_enums() -> None:
    schemas = {
        "Order": _order(status=copy.deepcopy(NULLABLE_STATUS)),
        "OrderStatus": {"type": "string", "enum": ["X"]},
    }
    with pytest.raises(FormError, match="OrderStatus, which is taken"):
        name_nullable_enums(schemas)


def test_a_nullable_enum_elsewhere_fails_the_build_with_its_place() -> None:
    parameter = {"name": "state", "in": "query", "schema": copy.deepcopy(NULLABLE_STATUS)}
    spec = _spec({"Order": _order(id={"type": "integer"})}, [parameter])
    with pytest.raises(FormError, match="/orders/get/parameters/0/schema"):
        spell_for_generator(spec)


def test_the_spelled_spec_is_valid_openapi_31_and_means_the_same() -> None:
    before = _spec({"Order": _order(status=copy.deepcopy(NULLABLE_STATUS))})
    after = copy.deepcopy(before)
    spell_for_generator(after)
    validate(after)
    assert list(after["components"]["schemas"]) == ["Order", "OrderStatus"]
    assert diff_specs(before, after) == []


def test_values_differing_only_in_case_get_distinct_member_names() -> None:
    node = {"type": "string", "enum": ["NOT_SENT", "notSent", "SENT", None]}
    name_colliding_enum_members(node)
    assert node["x-enum-varnames"] == ["NOT_SENT", "NOT_SENT_2", "SENT"]
    assert node["enum"] == ["NOT_SENT", "notSent", "SENT", None]


def test_distinct_member_names_are_left_to_the_generator() -> None:
    node = {"type": "string", "enum": ["OPEN", "DONE"]}
    name_colliding_enum_members(node)
    assert "x-enum-varnames" not in node


def test_the_generator_reads_the_spelled_enum_as_one_nullable_class() -> None:
    spec = _spec({"Order": _order(status=copy.deepcopy(NULLABLE_STATUS))})
    spell_for_generator(spec)
    config = Config.from_sources(
        ConfigFile.load_from_path(ROOT / "generator_config.yaml"),
        MetaType.NONE,
        SPEC_PATH,
        "utf-8",
        overwrite=True,
        output_path=None,
    )
    data = GeneratorData.from_dict(spec, config=config)
    assert isinstance(data, GeneratorData)
    enums = [e.class_info.name for e in data.enums]
    assert enums == ["OrderStatus"]
    (order,) = data.models
    assert order.optional_properties is not None
    (status,) = order.optional_properties
    assert isinstance(status, UnionProperty)
    kinds = sorted(type(p).__name__ for p in status.inner_properties)
    assert kinds == ["EnumProperty", "NoneProperty"]


def test_the_committed_spec_holds_no_nullable_enum_the_generator_would_split() -> None:
    spec = dict(load_spec(SPEC_PATH).document)  # parsed once per session: change a copy
    again = copy.deepcopy(spec)
    spell_for_generator(again)  # raises on a nullable enum left anywhere
    assert again == spec


@pytest.mark.slow  # builds the spec from Katana's documents
def test_a_form_problem_is_a_build_error(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay.yaml"
    text = (ROOT / "openapi" / "overlay.yaml").read_text(encoding="utf-8")
    # An overlay schema holding a nullable enum in an array's items: no name for it.
    extra = (
        "\n  ZzProbe:\n    type: array\n    items:\n      type: [string, 'null']\n"
        "      enum: [A, null]\n"
    )
    overlay.write_text(text.replace("\nschemas:\n", "\nschemas:" + extra, 1), encoding="utf-8")
    if overlay.read_text(encoding="utf-8") == text:
        pytest.skip("the overlay has no `schemas:` section to add a probe to")
    with pytest.raises(BuildError, match="ZzProbe"):
        build_spec(ROOT.parent / "shared" / "katana-openapi", overlay)
