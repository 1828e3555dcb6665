"""Helpers shared by the file-backed providers: change detection and permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

# What identifies one version of a file: a Kubernetes secret update swaps a symlink
# (new inode), an editor rewrites in place (new mtime/size).
Signature = tuple[int, int, int, int]


def signature(st: os.stat_result) -> Signature:
    """The fields of `st` that change when the file is replaced or rewritten."""
    return (st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size)


def readable_by_others(st: os.stat_result) -> bool:
    """Whether group or others may read the file (POSIX only)."""
    return os.name == "posix" and bool(st.st_mode & (stat.S_IRGRP | stat.S_IROTH))


def read_text(path: Path) -> tuple[os.stat_result, str]:
    """Stat and read `path`; the stat is taken from the open file, so the two agree."""
    with path.open(encoding="utf-8") as f:
        st = os.fstat(f.fileno())
        return st, f.read()
