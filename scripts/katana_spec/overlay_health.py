"""Is the overlay still needed? Stale and redundant corrections after an upstream change.

The overlay (``openapi/overlay.yaml``) corrects Katana's documents. When Katana publishes
new ones, a correction can go wrong two ways:

- **stale**: it matches nothing any more (the operation it names is gone). The builder
  tracks which entries it used; a strict build fails on the others.
- **redundant**: it still matches, but Katana now says the same thing itself (a portal
  summary for an operation that had none, an example that is no longer wrapped). That
  is decided by ablation, which needs no knowledge of what each section means: build
  again without the entry; if the spec is the same, the entry does nothing.

Ablation costs one build (~0.25 s) per entry, so only the sections that correct what
Katana publishes are tried; the project's own decisions (``repeat_safe_posts``,
``body_paginated``, ``schemas``, ``decimal_fields``, ``info``) cannot be made redundant
by an upstream change.

The ``reported`` entries (what live accounts send, see ``infer.py``) need no ablation:
each records what Katana's documents said when it was written, and the build compares
that with what they say now. An entry they now **confirm** is redundant; one they
**contradict** changed under it (the documents moved, and not to what the live report
says), so a maintainer decides which is right; the build keeps the entry's type.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .build import Builder, BuildError, Overlay

Doc = dict[str, Any]

#: Overlay sections whose entries correct or complete Katana's documents.
CORRECTION_SECTIONS = (
    "operation_ids",
    "summaries",
    "tags",
    "example_fixes",
    "resources",
    "field_types",
    "enums",
    "nested_names",
    "free_form",
    "success_status",
    "responses",
    "deprecated",
)


@dataclass
class Checked:
    """A spec built without failing on stale overlay entries, and the overlay's health."""

    spec: Doc
    warnings: list[str]
    stale: list[str]
    redundant: list[str] | None  # None when not checked
    #: ``reported`` entries Katana's documents now say the same as.
    confirmed: list[str] = field(default_factory=list)
    #: ``reported`` entries whose documents changed to something else: entry -> what they say.
    contradicted: dict[str, Any] = field(default_factory=dict)


def entries(overlay: Overlay, sections: Iterable[str] = CORRECTION_SECTIONS) -> list[str]:
    """The overlay's entries in the given sections, named ``section.key`` as the builder does."""
    out: list[str] = []
    for section in sections:
        value = overlay.raw.get(section)
        keys = value if isinstance(value, list) else list(value or {})
        out += [f"{section}.{key}" for key in keys]
    return out


def without(overlay: Overlay, entry: str) -> Overlay:
    """A copy of the overlay with one ``section.key`` entry removed."""
    section, _, key = entry.partition(".")
    raw = copy.deepcopy(overlay.raw)
    value = raw.get(section)
    if isinstance(value, list):
        raw[section] = [item for item in value if str(item) != key]
    elif isinstance(value, dict):
        raw[section] = {k: v for k, v in value.items() if str(k) != key}
    return Overlay(raw)


def build_checked(
    gateway: Doc,
    portal: Doc,
    overlay: Overlay,
    *,
    redundant: bool = True,
    candidates: Iterable[str] | None = None,
) -> Checked:
    """Build the spec, listing stale overlay entries instead of failing on them.

    With ``redundant``, every correction entry (or only ``candidates``) that is not stale
    is tried by ablation. A :class:`BuildError` other than staleness (an example fix that
    no longer fits) is raised: the build cannot go on without a decision.
    """
    builder = Builder(gateway, portal, overlay)
    spec = builder.build(strict=False)
    stale = builder.stale_entries()
    found: list[str] | None = None
    if redundant:
        tried = entries(overlay) if candidates is None else list(candidates)
        found = [
            e for e in tried if e not in stale and _same_without(e, spec, gateway, portal, overlay)
        ]
    verdicts = builder.reported_verdicts
    return Checked(
        spec,
        builder.warnings,
        stale,
        found,
        confirmed=sorted(e for e, (v, _) in verdicts.items() if v == "confirmed"),
        contradicted={e: now for e, (v, now) in sorted(verdicts.items()) if v == "contradicted"},
    )


def _same_without(entry: str, spec: Doc, gateway: Doc, portal: Doc, overlay: Overlay) -> bool:
    try:
        return Builder(gateway, portal, without(overlay, entry)).build(strict=False) == spec
    except (BuildError, ValueError):
        return False  # the build needs the entry
