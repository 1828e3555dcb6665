"""Keep a copy of a Katana account: changes since a watermark, and a database mirror.

- `ChangeFeed(client, store).since_last("products")`: the records changed since the
  last complete walk, typed, with deletions; the watermark in a `FileWatermarkStore`
  (one host) or a `RedisWatermarkStore` (many, with a lease per resource).
- `mirror(client, database)`: every paged list copied into SQLite
  (`SQLiteDatabase`) or PostgreSQL (`PostgresDatabase`, the `[postgres]` extra), one
  table per resource, resumable (a stopped walk runs again). The command line:
  `python -m katana_client mirror` (or `katana-client mirror`).
- `mirror_webhook_handler(client, database)`: near real time between runs.

`feeds()` lists the resources, read from the generated list operations.
"""

from katana_client._errors import LeaseLostError, WatermarkBusyError, WatermarkInvalidError

from ._changefeed import Change, ChangeFeed
from ._changes import DEFAULT_OVERLAP, MAX_CURSOR_BYTES, ChangePage, Cursor, Row, walk
from ._db import Database, PostgresDatabase, SQLiteDatabase, open_database
from ._feeds import Feed, feed, feeds
from ._mirror import MirrorReport, mirror
from ._progress import LogProgress, Progress, RichProgress, progress_for
from ._store import (
    FileWatermarkStore,
    Lease,
    RedisWatermarkStore,
    WatermarkStore,
)
from ._webhook import feed_of_event, mirror_webhook_handler

__all__ = [
    "DEFAULT_OVERLAP",
    "MAX_CURSOR_BYTES",
    "Change",
    "ChangeFeed",
    "ChangePage",
    "Cursor",
    "Database",
    "Feed",
    "FileWatermarkStore",
    "Lease",
    "LeaseLostError",
    "LogProgress",
    "MirrorReport",
    "PostgresDatabase",
    "Progress",
    "RedisWatermarkStore",
    "RichProgress",
    "Row",
    "SQLiteDatabase",
    "WatermarkBusyError",
    "WatermarkInvalidError",
    "WatermarkStore",
    "feed",
    "feed_of_event",
    "feeds",
    "mirror",
    "mirror_webhook_handler",
    "open_database",
    "progress_for",
    "walk",
]
