"""Code blocks and headings of README.md and docs/*.md, for the tests that run them.

A page is named by its path from the repository root ("README.md", "docs/webhooks.md").
A section is a heading (matched by its text, at any level) and everything down to the
next heading of the same or a higher level; headings inside code fences do not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_HEADING = re.compile(r"(#{1,6}) (.+)")
_FENCE = re.compile(r"```(\S*)\n(.*?)```\n", re.DOTALL)


@dataclass(frozen=True)
class Heading:
    level: int
    title: str
    start: int  # offset of the heading line in the page's text
    end: int  # offset where its section ends


@dataclass(frozen=True)
class Block:
    page: str
    heading: str  # the innermost heading above the block
    index: int  # its place among the blocks in its language of that heading's own text
    language: str
    code: str


def pages() -> list[str]:
    """README.md and every page of docs/."""
    return ["README.md", *sorted(f"docs/{p.name}" for p in (ROOT / "docs").glob("*.md"))]


@cache
def text(page: str) -> str:
    return (ROOT / page).read_text(encoding="utf-8")


@cache
def headings(page: str) -> tuple[Heading, ...]:
    found: list[tuple[int, str, int]] = []
    offset, fenced = 0, False
    body = text(page)
    for line in body.splitlines(keepends=True):
        if line.startswith("```"):
            fenced = not fenced
        match = None if fenced else _HEADING.fullmatch(line.rstrip("\n"))
        if match:
            found.append((len(match.group(1)), match.group(2), offset))
        offset += len(line)
    result = []
    for number, (level, title, start) in enumerate(found):
        end = next((s for lv, _, s in found[number + 1 :] if lv <= level), len(body))
        result.append(Heading(level, title, start, end))
    return tuple(result)


def section(page: str, heading: str) -> str:
    """The text of `heading`'s section of `page`, heading line included."""
    for found in headings(page):
        if found.title == heading:
            return text(page)[found.start : found.end]
    raise AssertionError(f"{page} has no heading {heading!r}")


def blocks(page: str, heading: str | None = None, language: str = "python") -> list[str]:
    """The code blocks in `language` of a section (or of the whole page), in order."""
    body = text(page) if heading is None else section(page, heading)
    return [code for lang, code in _FENCE.findall(body) if lang == language]


def block(page: str, heading: str, index: int = 0, language: str = "python") -> str:
    """One code block of a section: the first by default."""
    found = blocks(page, heading, language)
    assert len(found) > index, f"{page}, {heading!r}: no {language} block number {index}"
    return found[index]


def all_blocks() -> list[Block]:
    """Every code block of every page, each under its innermost heading."""
    result = []
    for page in pages():
        body = text(page)
        starts = [(h.start, h.title) for h in headings(page)]
        counts: dict[tuple[str, str], int] = {}
        for match in _FENCE.finditer(body):
            heading = next((t for s, t in reversed(starts) if s < match.start()), "")
            language = match.group(1)
            index = counts.get((heading, language), 0)
            counts[heading, language] = index + 1
            result.append(Block(page, heading, index, language, match.group(2)))
    return result
