"""The handwritten runtime that generated code imports.

Generated modules contain only what differs per operation or model; everything shared
(JSON with exact decimals, the model reader, status handling, the client protocol)
lives here, where it is typed, tested and changed without regenerating anything.
This package is private: its names are re-exported by `katana_client` or by
`katana_client.generated.types` where users need them.
"""

from ._convert import (
    format_datetime,
    param_text,
    path_param,
    query_params,
    to_bool,
    to_date,
    to_datetime,
    to_decimal,
    to_enum,
    to_int,
    to_json_value,
    to_str,
)
from ._enum import OpenIntEnum, OpenStrEnum
from ._json import MAX_JSON_DEPTH, dumps, loads, loads_object
from ._model import Model
from ._operation import Operation, list_of, model_of, model_or_none, parsed, send
from ._response import KatanaAPIError, build_response, not_json, raise_for_status
from ._types import UNSET, Response, SupportsAsyncHTTPX, Unset

__all__ = [
    "MAX_JSON_DEPTH",
    "UNSET",
    "KatanaAPIError",
    "Model",
    "OpenIntEnum",
    "OpenStrEnum",
    "Operation",
    "Response",
    "SupportsAsyncHTTPX",
    "Unset",
    "build_response",
    "dumps",
    "format_datetime",
    "list_of",
    "loads",
    "loads_object",
    "model_of",
    "model_or_none",
    "not_json",
    "param_text",
    "parsed",
    "path_param",
    "query_params",
    "raise_for_status",
    "send",
    "to_bool",
    "to_date",
    "to_datetime",
    "to_decimal",
    "to_enum",
    "to_int",
    "to_json_value",
    "to_str",
]
