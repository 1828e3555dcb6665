"""The auth layer's logger. Messages name sources and events, never a token."""

from __future__ import annotations

import logging

logger = logging.getLogger("katana_client.auth")
