"""Where Katana describes a parameter, for the built spec's parameter ``description``.

The gateway document (the parameters the API takes) describes none of them; the portal
document (Katana's reference pages) describes almost all. A gateway parameter takes
the portal's text found by, in order:

1. the same name on the portal's twin of the operation;
2. for a path parameter, the same position in the twin's path: the two documents name
   some path parameters differently (``/batch_stocks/{id}`` is ``{batch_id}`` in the
   portal), but the path is the same;
3. the text Katana gives a parameter of that name on every operation that describes it,
   when at least :data:`COMMON_MIN_USES` operations do and all agree word for word
   (``include_deleted``). A name whose texts differ (``ids``: "Filters locations by an
   array of IDs", ...) or that few operations describe is not guessed.

Otherwise the parameter keeps no description, and the generated docstring says only
what kind of parameter it is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

Doc = dict[str, Any]

#: How many portal operations must describe a name, all alike, for rule 3 to use it.
COMMON_MIN_USES = 3


def clean_text(text: str) -> str:
    """Portal prose with the indentation of its continuation lines removed.

    Katana's descriptions carry the indentation of the source they were cut from
    ("sorted order,\\n    with the most recent"), which renders as a code block.
    """
    return re.sub(r"\n[ \t]+", "\n", text.strip())


def path_parameter_names(path: str) -> list[str]:
    """``/a/{id}/b/{row_id}`` -> ``["id", "row_id"]``, in path order."""
    return re.findall(r"\{([^}]+)\}", path)


def common_descriptions(operations: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Rule 3: per parameter name, the one text every describing operation gives it."""
    texts: dict[str, list[str]] = defaultdict(list)
    for operation in operations:
        for parameter in operation.get("parameters") or []:
            text = clean_text(str(parameter.get("description") or ""))
            if text and "name" in parameter:
                texts[str(parameter["name"])].append(text)
    return {
        name: found[0]
        for name, found in sorted(texts.items())
        if len(found) >= COMMON_MIN_USES and len(set(found)) == 1
    }


@dataclass(frozen=True)
class ParameterDocs:
    """Finds Katana's description of each gateway parameter (see the module doc)."""

    common: Mapping[str, str]

    @classmethod
    def from_portal(cls, operations: Iterable[Mapping[str, Any]]) -> ParameterDocs:
        """Index the portal's operations once for rule 3."""
        return cls(common_descriptions(operations))

    def describe(
        self,
        parameter: Mapping[str, Any],
        path: str,
        portal_path: str | None,
        portal_operation: Mapping[str, Any] | None,
    ) -> str | None:
        """Katana's text for the gateway ``parameter`` of the operation at ``path``.

        ``portal_path`` and ``portal_operation`` are the portal's twin (None when the
        portal does not document the operation). None when Katana has no text for it.
        """
        name = str(parameter["name"])
        twins = {
            str(p["name"]): p
            for p in (portal_operation or {}).get("parameters") or []
            if "name" in p and p.get("description")
        }
        twin = twins.get(name)
        if twin is None and parameter.get("in") == "path" and portal_path is not None:
            ours, theirs = path_parameter_names(path), path_parameter_names(portal_path)
            if name in ours and len(ours) == len(theirs):
                twin = twins.get(theirs[ours.index(name)])
                if twin is not None and twin.get("in") != "path":
                    twin = None
        if twin is not None:
            return clean_text(str(twin["description"]))
        return self.common.get(name)
