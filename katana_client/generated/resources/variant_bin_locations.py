"""`client.variant_bin_locations`: the Katana operations tagged `variant_bin_locations` (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Any, Unpack

from katana_client._resources import RequestOptions, Resource, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_raw

from ..api.variant_bin_locations import (
    link_variant_default_storage_bins,
    unlink_variant_default_storage_bins,
)
from ..models.unlink_bin_location_dto import UnlinkBinLocationDto
from ..models.variant_bin_location import VariantBinLocation
from ..models.variant_bin_location_upsert_dto import VariantBinLocationUpsertDto

__all__ = ["VariantBinLocationsRawResource", "VariantBinLocationsResource"]


class VariantBinLocationsResource(Resource):
    """`client.variant_bin_locations`: `link`, `unlink`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> VariantBinLocationsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return VariantBinLocationsRawResource(self)

    async def link(
        self,
        body: builtins.list[VariantBinLocationUpsertDto] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[VariantBinLocation]:
        """Link variant default storage bins.

        Bulk operation for linking variants with the default storage bins.
        In case the default storage bin doesn't yet exist, it will be created and linked to the
        variant.
        This endpoint can also be used for changing existing links of the variants to different
        storage bins.

        The endpoint accepts up to 500 variant storage bin objects.

        Katana operation `linkVariantDefaultStorageBins`: `POST /variant_bin_locations`.

        Args:
            body: The request body (`list[VariantBinLocationUpsertDto]`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `list[VariantBinLocation]` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(link_variant_default_storage_bins.OPERATION, locals())

    async def unlink(
        self,
        body: builtins.list[UnlinkBinLocationDto],
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Unlink variant default storage bins.

        Bulk operation for unlinking variants from the default storage bins available in a
        specific location.
        The endpoint accepts up to 500 variant bin location objects.

        Katana operation `unlinkVariantDefaultStorageBins`: `POST /unlink_variant_bin_locations`.

        Args:
            body: The request body (`list[UnlinkBinLocationDto]`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The decoded JSON body if Katana sent one (the API documents none), else None.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
        """

        return (await self._send(unlink_variant_default_storage_bins.OPERATION, locals())).parsed


class VariantBinLocationsRawResource:
    """`client.variant_bin_locations.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: VariantBinLocationsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.link = raw(resource.link)
        self.unlink = raw(resource.unlink)


class VariantBinLocationsSyncResource(SyncResource):
    """`SyncKatanaClient.variant_bin_locations`: the actions of `VariantBinLocationsResource`, blocking."""

    link = blocking(VariantBinLocationsResource.link)
    unlink = blocking(VariantBinLocationsResource.unlink)

    @cached_property
    def with_raw_response(self) -> VariantBinLocationsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return VariantBinLocationsSyncRawResource(self._resource, self._client)


class VariantBinLocationsSyncRawResource(SyncResource):
    """`SyncKatanaClient.variant_bin_locations.with_raw_response`: see `VariantBinLocationsRawResource`."""

    link = blocking_raw(VariantBinLocationsResource.link)
    unlink = blocking_raw(VariantBinLocationsResource.unlink)
