"""`client.recipes`: the Katana operations tagged `recipes` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.recipes import (
    create_recipes,
    delete_recipe,
    get_all_recipes,
)
from ..models.recipe import Recipe
from ..models.recipe_row_create_many_dto import RecipeRowCreateManyDto

__all__ = ["RecipesRawResource", "RecipesResource"]


class RecipesResource(Resource):
    """`client.recipes`: `list`, `create`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> RecipesRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return RecipesRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        product_variant_ids: builtins.list[int] | Unset = UNSET,
        recipe_row_id: str | Unset = UNSET,
        product_id: int | Unset = UNSET,
        ingredient_variant_id: int | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Recipe]:
        """List all recipes.

        (This endpoint is deprecated in favor of BOM rows)
        Returns a list of recipe (bill of materials) rows you’ve previously created.
        Product variant recipe consists of ingredient variants and their quantities.

        Katana operation `getAllRecipes`: `GET /recipes`. Deprecated by Katana.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            product_variant_ids: Filters recipes by an array of product variant IDs
            recipe_row_id: Filters recipes by recipe row ID
            product_id: Filters recipes by product ID
            ingredient_variant_id: Filters recipes by ingredient variant ID
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `Recipe`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_recipes.asyncio_detailed, self._client, locals())

    async def create(
        self,
        body: RecipeRowCreateManyDto,
        **options: Unpack[RequestOptions],
    ) -> Recipe | None:
        """Create recipes.

        (This endpoint is deprecated in favor of BOM rows)
        Create one or many new recipe rows for a product.
        The endpoint accepts up to 150 recipe rows and processes them in bulk.
        If rows are successfully created, 204 is returned.

        Katana operation `createRecipes`: `POST /recipes`. Deprecated by Katana.

        Args:
            body: The request body (`RecipeRowCreateManyDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Recipe` Katana answered with, if it sent one (the API
            documents no body), else None.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
        """

        return (await self._send(create_recipes.OPERATION, locals())).parsed

    async def delete(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a recipe.

        Katana operation `deleteRecipe`: `DELETE /recipes/{id}`.

        Args:
            id: Path parameter `id`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            None once Katana has acted.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
        """

        # Katana may send a body; a delete promises none.
        await self._send(delete_recipe.OPERATION, locals())


class RecipesRawResource:
    """`client.recipes.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: RecipesResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_recipes.asyncio_detailed, resource)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)


class RecipesSyncResource(SyncResource):
    """`SyncKatanaClient.recipes`: the actions of `RecipesResource`, blocking."""

    list = blocking_list(RecipesResource.list)
    create = blocking(RecipesResource.create)
    delete = blocking(RecipesResource.delete)

    @cached_property
    def with_raw_response(self) -> RecipesSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return RecipesSyncRawResource(self._resource, self._client)


class RecipesSyncRawResource(SyncResource):
    """`SyncKatanaClient.recipes.with_raw_response`: see `RecipesRawResource`."""

    list = blocking_page(get_all_recipes.asyncio_detailed)
    create = blocking_raw(RecipesResource.create)
    delete = blocking_raw(RecipesResource.delete)
