"""The catalogue: filtered, sorted, paged cakes; a cake by id or scanned SKU; categories."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from cakeshop_desktop.core.domain import (
    CakeDTO,
    CatalogPage,
    CatalogQuery,
    CatalogSort,
    CategoryDTO,
    InvalidInput,
    NotFound,
    Role,
    UserDTO,
)
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.pricing import to_money
from cakeshop_desktop.core.rules import validation
from cakeshop_desktop.core.rules.permissions import EVERYONE, require
from cakeshop_desktop.core.support.mapping import cake_dto, cake_row_dto, category_dto
from cakeshop_desktop.core.uow import UnitOfWork

MAX_PAGE = 500


def checked_query(query: CatalogQuery, actor: UserDTO) -> CatalogQuery:
    """The query with its text trimmed and its numbers checked; InvalidInput otherwise."""
    if not isinstance(query, CatalogQuery):
        raise InvalidInput(tr_noop("Not a catalogue query"))
    text = validation.text(query.text, tr_noop("Search text"), 200)
    price_from = _price(query.price_from, "Lowest price")
    price_to = _price(query.price_to, "Highest price")
    if price_from is not None and price_to is not None and price_from > price_to:
        raise InvalidInput(tr_noop("The lowest price is above the highest price"))
    validation.page(query.offset, query.limit, MAX_PAGE, tr_noop("cakes"))
    if query.category_id is not None:
        validation.identifier(query.category_id, tr_noop("category"))
    sort = validation.choice(query.sort, CatalogSort, tr_noop("sort order"))
    allergens = tuple(
        validation.text(tag, tr_noop("Allergen"), 64) for tag in query.exclude_allergens
    )
    # Only an admin sees cakes taken off sale.
    include_inactive = query.include_inactive and actor.role is Role.ADMIN
    return replace(
        query,
        text=text,
        price_from=price_from,
        price_to=price_to,
        sort=sort,
        exclude_allergens=allergens,
        include_inactive=include_inactive,
    )


def _price(value: Decimal | None, what: str) -> Decimal | None:
    return None if value is None else to_money(value, what)


def search_catalog(uow: UnitOfWork, actor: UserDTO, query: CatalogQuery) -> CatalogPage:
    """One page of the catalogue matching the filters, and the number of matches."""
    require(actor, EVERYONE, tr_noop("browse the catalogue"))
    query = checked_query(query, actor)
    with uow:
        found = uow.catalog.search(query)
        return CatalogPage(
            items=tuple(cake_row_dto(cake) for cake in found.cakes),
            total=found.total,
            offset=query.offset,
            limit=query.limit,
            total_is_capped=found.total_is_capped,
        )


def get_cake(uow: UnitOfWork, actor: UserDTO, cake_id: int) -> CakeDTO:
    require(actor, EVERYONE, tr_noop("see cakes"))
    validation.identifier(cake_id, tr_noop("cake"))
    with uow:
        cake = uow.catalog.get_cake(cake_id)
        if cake is None or (not cake.is_active and actor.role is not Role.ADMIN):
            raise NotFound(tr_noop("No such cake"))
        return cake_dto(cake)


def find_by_sku(uow: UnitOfWork, actor: UserDTO, sku: str) -> CakeDTO | None:
    """The active cake with this barcode, or None: what a scanner's Enter looks up."""
    require(actor, EVERYONE, tr_noop("see cakes"))
    code = validation.text(sku, tr_noop("SKU"), 32)
    if not code:
        return None
    with uow:
        cake = uow.catalog.by_sku(code)
        return cake_dto(cake) if cake is not None and cake.is_active else None


def cake_composition(uow: UnitOfWork, actor: UserDTO, cake_id: int) -> tuple[str, ...]:
    """What the cake is made of, as its recipe lists it: ingredient names, no amounts."""
    require(actor, EVERYONE, tr_noop("see cakes"))
    validation.identifier(cake_id, tr_noop("cake"))
    with uow:
        return tuple(uow.catalog.composition(cake_id))


def list_categories(uow: UnitOfWork, actor: UserDTO) -> list[CategoryDTO]:
    require(actor, EVERYONE, tr_noop("see categories"))
    with uow:
        return [category_dto(category) for category in uow.catalog.categories()]


def list_allergens(uow: UnitOfWork, actor: UserDTO) -> list[str]:
    """Allergens named by any cake on sale, for the 'exclude' filter."""
    require(actor, EVERYONE, tr_noop("see allergens"))
    with uow:
        return uow.catalog.allergens_in_use()
