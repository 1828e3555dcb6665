"""Types used by the generated package (generated; do not edit).

They are defined in `katana_client._runtime` so that the handwritten code and every
generated module share one `UNSET` object and one `Response` class.
"""

from katana_client._runtime import UNSET, Response, SupportsAsyncHTTPX, Unset

__all__ = ("UNSET", "Response", "SupportsAsyncHTTPX", "Unset")
