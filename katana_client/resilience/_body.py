"""Read a response body with a cap on its size, as received and once decoded.

A server, or anything between it and the client, can send a body of any length, and a
1 MiB gzip body can decode to gigabytes. The body is read as it arrives and its decoded
size is counted on the way, a bounded step at a time and without keeping the decoded
bytes, so neither the body nor its decoded form is ever held whole when it is too
large: reading stops at the cap and the caller closes the connection.
"""

from __future__ import annotations

import zlib
from typing import Final

import httpx

from katana_client._errors import _ResponseTooLarge

__all__ = ["DEFAULT_MAX_RESPONSE_BYTES", "read_body"]

DEFAULT_MAX_RESPONSE_BYTES: Final = 32 * 1024 * 1024
"""The default cap on a response body: 32 MiB, as received and once decoded.

A page of 250 Katana records is a few MiB at most; a larger body comes from a wrong
base URL, a proxy's error page gone wrong, or a hostile server.
"""

# The most decoded bytes one decompression step may produce. Without it, one 64 KiB
# read of a gzip bomb decodes to 64 MiB at once (and a body gzipped twice, to 64 GiB).
_STEP: Final = 256 * 1024

# The codings httpx decodes when it has their packages (brotli, zstandard). Asking for
# them is turned off in `KatanaClient`'s headers; a server that sends them anyway is
# refused, since their decoders cannot be run a bounded step at a time.
_UNBOUNDED_CODINGS: Final = frozenset({"br", "zstd"})

# The most codings one body may list. A server compressing a body more than twice has
# no reason to; each layer is a decoder (about 5 KiB of zlib state, before any data) and
# a step of recursion here and in httpx, so 19,000 "gzip"s in one header cost 88 MiB.
_MAX_CODINGS: Final = 4


class _Layer:
    """One gzip or deflate coding, decoded as httpx decodes it."""

    __slots__ = ("_inflater", "_may_be_raw")

    def __init__(self, coding: str) -> None:
        self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16 if coding == "gzip" else 15)
        # httpx reads "deflate" as zlib-wrapped, else (on a first error) as raw deflate.
        self._may_be_raw = coding == "deflate"

    def decode(self, data: bytes) -> tuple[bytes, bytes]:
        """Decode at most `_STEP` bytes from `data`: (output, input left over)."""
        try:
            output = self._inflater.decompress(data, _STEP)
        except zlib.error:
            if not self._may_be_raw:
                raise
            self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            output = self._inflater.decompress(data, _STEP)
        self._may_be_raw = False
        return output, self._inflater.unconsumed_tail

    def flush(self) -> bytes:
        return self._inflater.flush()


class _DecodedSize:
    """Counts the decoded size of a body fed to it piece by piece, up to `limit`."""

    __slots__ = ("_layers", "_limit", "size")

    def __init__(self, layers: list[_Layer], limit: int) -> None:
        self._layers = layers
        self._limit = limit
        self.size = 0

    def feed(self, data: bytes, layer: int = 0) -> None:
        if layer == len(self._layers):
            self.size += len(data)
            if self.size > self._limit:
                raise _ResponseTooLarge(self._limit, declared=False, decoded=True)
            return
        while data:
            output, data = self._layers[layer].decode(data)
            self.feed(output, layer + 1)

    def finish(self) -> None:
        for index, layer in enumerate(self._layers):
            self.feed(layer.flush(), index + 1)


def _decoded_size(
    response: httpx.Response, request: httpx.Request, limit: int
) -> _DecodedSize | None:
    """A counter for the codings httpx will undo, or None for a body sent as it is."""
    layers: list[_Layer] = []
    codings = response.headers.get_list("Content-Encoding", split_commas=True)
    if len(codings) > _MAX_CODINGS:
        raise httpx.DecodingError(
            f"Content-Encoding lists {len(codings)} codings; katana-client undoes at most "
            f"{_MAX_CODINGS}",
            request=request,
        )
    # Content-Encoding lists codings in the order they were applied: undo the last first.
    for token in reversed(codings):
        coding = token.strip().lower()
        if coding in {"gzip", "deflate"}:
            layers.append(_Layer(coding))
        elif coding in _UNBOUNDED_CODINGS:
            raise httpx.DecodingError(
                f"Content-Encoding {coding!r} was not asked for (katana-client accepts "
                "gzip and deflate, which it can decode within max_response_bytes)",
                request=request,
            )
        # httpx leaves any other coding as it is; so does the count.
    return _DecodedSize(layers, limit) if layers else None


def _unread_stream(response: httpx.Response) -> httpx.AsyncByteStream:
    if response.is_stream_consumed:
        raise httpx.StreamConsumed()
    stream = response.stream
    if not isinstance(stream, httpx.AsyncByteStream):  # as httpx says it
        raise RuntimeError("Attempted to call an async iterator on an sync stream.")
    return stream


async def read_body(response: httpx.Response, request: httpx.Request, limit: int) -> bytes:
    """Read the raw body of `request`'s response, at most `limit` bytes as sent and decoded.

    Reads `response.stream` itself, so that `response` stays unread: the caller closes
    the stream and may give the response the bytes read as its new stream.

    Raises:
        _ResponseTooLarge: The body (or its Content-Length) passed `limit`; the rest is
            left unread and the caller must close the stream.
        httpx.DecodingError: The body does not decode (a gzip stream cut or corrupt).
        httpx.StreamConsumed: The response was read already (by a mock's handler).
    """
    stream = _unread_stream(response)
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _ResponseTooLarge(limit, declared=True, decoded=False)
    counter = _decoded_size(response, request, limit)
    parts: list[bytes] = []
    size = 0
    try:
        async for part in stream:
            size += len(part)
            if size > limit:
                raise _ResponseTooLarge(limit, declared=False, decoded=False)
            parts.append(part)
            if counter is not None:
                counter.feed(part)
        if counter is not None:
            counter.finish()
    except BaseException as exc:
        # The error's traceback keeps this frame alive until the next gc.collect(): let
        # go of what was read (up to `limit` bytes) now, whatever ends the read (the
        # cap, a broken connection, a timeout, cancellation).
        parts.clear()
        if isinstance(exc, zlib.error):
            raise httpx.DecodingError(str(exc), request=request) from None
        if isinstance(exc, httpx.RequestError):
            exc.request = request  # as `Response.aiter_raw` would have
        raise
    return b"".join(parts)
