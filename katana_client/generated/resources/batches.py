"""`client.batches`: the Katana operations tagged `batches` (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from katana_client._resources import RequestOptions, Resource, raw
from katana_client._sync import SyncResource, blocking, blocking_raw

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
        return BatchesRawResource(self)

    async def create(
        self,
        body: CreateBatchDto,
        **options: Unpack[RequestOptions],
    ) -> Batch:
        """Create a batch.

        Creates a batch object.

        Katana operation `createBatch`: `POST /batches`.

        Args:
            body: The request body (`CreateBatchDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Batch` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_batch.OPERATION, locals())


class BatchesRawResource:
    """`client.batches.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: BatchesResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.create = raw(resource.create)


class BatchesSyncResource(SyncResource):
    """`SyncKatanaClient.batches`: the actions of `BatchesResource`, blocking."""

    create = blocking(BatchesResource.create)

    @cached_property
    def with_raw_response(self) -> BatchesSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return BatchesSyncRawResource(self._resource, self._client)


class BatchesSyncRawResource(SyncResource):
    """`SyncKatanaClient.batches.with_raw_response`: see `BatchesRawResource`."""

    create = blocking_raw(BatchesResource.create)
