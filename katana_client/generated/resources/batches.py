"""`client.batches`: the Katana operations tagged `batches` (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property

from katana_client._resources import Resource, parsed_or_raise
from katana_client._runtime import Response

from ..api.batches import (
    create_batch,
)
from ..models.batch import Batch
from ..models.create_batch_dto import CreateBatchDto

__all__ = ["BatchesRawResource", "BatchesResource"]


class BatchesResource(Resource):
    """`client.batches`: `create`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> BatchesRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return BatchesRawResource(self._client)

    async def create(
        self,
        body: CreateBatchDto,
    ) -> Batch:
        """Create a batch.

        Creates a batch object.

        Katana operation `createBatch`: `POST /batches`.

        Args:
            body: The request body (`CreateBatchDto`), sent as JSON.

        Returns:
            The `Batch` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status: `KatanaNotFoundError` (404),
                `KatanaValidationError` (422), `KatanaRateLimitError` (429), ... .
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128)
                levels; the request itself succeeded.
            KatanaEmptyResponseError: Katana answered 2xx without a body.
        """

        response = await create_batch.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return parsed_or_raise(response, create_batch.OPERATION.id)


class BatchesRawResource(Resource):
    """`client.batches.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    async def create(
        self,
        body: CreateBatchDto,
    ) -> Response[Batch]:
        """Create a batch.

        Creates a batch object.

        Katana operation `createBatch`: `POST /batches`.

        Args:
            body: The request body (`CreateBatchDto`), sent as JSON.

        Returns:
            The `Response`: `status_code`, `headers`, raw `content` and the `parsed`
            `Batch` (None when Katana sent no body).

        Raises:
            KatanaAPIError: Katana answered with an error status: `KatanaNotFoundError` (404),
                `KatanaValidationError` (422), `KatanaRateLimitError` (429), ... .
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128)
                levels; the request itself succeeded.
        """

        return await create_batch.asyncio_detailed(
            client=self._client,
            body=body,
        )
