"""`client.tax_rates`: the Katana operations tagged `tax_rates` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from decimal import Decimal
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.tax_rates import (
    create_tax_rate,
    get_all_tax_rates,
)
from ..models.create_tax_rate_dto import CreateTaxRateDto
from ..models.tax_rate import TaxRate

__all__ = ["TaxRatesRawResource", "TaxRatesResource"]


class TaxRatesResource(Resource):
    """`client.tax_rates`: `list`, `create`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> TaxRatesRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return TaxRatesRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        rate: Decimal | float | Unset = UNSET,
        name: str | Unset = UNSET,
        is_default_sales: bool | Unset = UNSET,
        is_default_purchases: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[TaxRate]:
        """List all tax rates.

        Returns a list of tax rate you’ve previously created.
        The tax rate are returned in sorted order, with the most recent tax rate appearing
        first.

        Katana operation `getAllTaxRates`: `GET /tax_rates`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters tax rates by an array of IDs
            rate: Filters tax rates by rate
            name: Filters tax rates by a name
            is_default_sales: Filters tax rates by an is_default_sales
            is_default_purchases: Filters tax rates by an is_default_purchases
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `TaxRate`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_tax_rates.asyncio_detailed, self._client, locals())

    async def create(
        self,
        body: CreateTaxRateDto,
        **options: Unpack[RequestOptions],
    ) -> TaxRate:
        """Create a tax rate.

        Creates a new tax rate object.

        Katana operation `createTaxRate`: `POST /tax_rates`.

        Args:
            body: The request body (`CreateTaxRateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `TaxRate` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_tax_rate.OPERATION, locals())


class TaxRatesRawResource:
    """`client.tax_rates.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: TaxRatesResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_tax_rates.asyncio_detailed, resource)
        self.create = raw(resource.create)


class TaxRatesSyncResource(SyncResource):
    """`SyncKatanaClient.tax_rates`: the actions of `TaxRatesResource`, blocking."""

    list = blocking_list(TaxRatesResource.list)
    create = blocking(TaxRatesResource.create)

    @cached_property
    def with_raw_response(self) -> TaxRatesSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return TaxRatesSyncRawResource(self._resource, self._client)


class TaxRatesSyncRawResource(SyncResource):
    """`SyncKatanaClient.tax_rates.with_raw_response`: see `TaxRatesRawResource`."""

    list = blocking_page(get_all_tax_rates.asyncio_detailed)
    create = blocking_raw(TaxRatesResource.create)
