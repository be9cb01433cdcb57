"""The persistent cart: add, set quantity, remove, clear; one cart per user."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from cakeshop_desktop.core.db.models import Cake
from cakeshop_desktop.core.domain import (
    CartDTO,
    Conflict,
    InvalidInput,
    NotFound,
    OutOfStock,
    Role,
    UserDTO,
)
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.repositories.carts import CartCake
from cakeshop_desktop.core.rules import validation
from cakeshop_desktop.core.rules.permissions import require
from cakeshop_desktop.core.support.mapping import cart_dto, cart_lines_dto
from cakeshop_desktop.core.uow import BUSY, UnitOfWork

SHOPPERS = frozenset({Role.CUSTOMER, Role.CASHIER, Role.ADMIN})


def get_cart(uow: UnitOfWork, actor: UserDTO) -> CartDTO:
    require(actor, SHOPPERS, tr_noop("use a cart"))
    with uow:
        cart = uow.carts.get_or_create(actor.id)
        uow.commit()
        return cart_dto(cart)


def add_to_cart(uow: UnitOfWork, actor: UserDTO, cake_id: int, quantity: int = 1) -> CartDTO:
    """Put `quantity` more of a cake in the actor's cart."""
    require(actor, SHOPPERS, tr_noop("use a cart"))
    validation.identifier(cake_id, tr_noop("cake"))
    validation.quantity(quantity)
    try:
        return _add(uow, actor, cake_id, quantity)
    except IntegrityError:
        # The cake's line came in meanwhile (another window of the same user; on a cluster,
        # the write of a till's lost attempt arriving late): once more, now seeing the line.
        pass
    try:
        return _add(uow, actor, cake_id, quantity)
    except IntegrityError as clash:
        raise Conflict(BUSY) from clash


def _add(uow: UnitOfWork, actor: UserDTO, cake_id: int, quantity: int) -> CartDTO:
    with uow:
        cake = _cake_on_sale(uow, cake_id)
        cart_id = uow.carts.cart_id(actor.id)
        lines = uow.carts.lines(cart_id)
        line = next((line for line in lines if line.cake_id == cake_id), None)
        wanted = quantity + (line.quantity if line is not None else 0)
        validation.quantity(wanted, f"Quantity of «{cake.name}» in the cart")
        _check_showcase(cake, wanted)
        if line is None:
            lines.append(uow.carts.add_line(cart_id, cake, quantity))
        else:
            uow.carts.set_line_quantity(line.id, wanted)
            lines[lines.index(line)] = line._replace(quantity=wanted)
        uow.commit()
        return cart_lines_dto(cart_id, actor.id, lines)


def set_quantity(uow: UnitOfWork, actor: UserDTO, cake_id: int, quantity: int) -> CartDTO:
    """Set how many of a cake the cart holds; 0 removes it."""
    require(actor, SHOPPERS, tr_noop("use a cart"))
    validation.identifier(cake_id, tr_noop("cake"))
    removing = isinstance(quantity, int) and not isinstance(quantity, bool) and quantity == 0
    if not removing:
        validation.quantity(quantity)
    with uow:
        cart = uow.carts.get_or_create(actor.id)
        item = uow.carts.item(cart, cake_id)
        if item is None:
            raise NotFound(tr_noop("This cake is not in the cart"))
        if removing:
            uow.carts.remove_item(cart, item)
        else:
            if not item.cake.is_active:
                raise InvalidInput(
                    tr_noop("«{0}» is no longer sold: remove it from the cart"), item.cake.name
                )
            _check_showcase(item.cake, quantity)
            item.quantity = quantity
        uow.commit()
        return cart_dto(cart)


def set_item_note(
    uow: UnitOfWork, actor: UserDTO, cake_id: int, inscription: str, notes: str
) -> CartDTO:
    """The inscription and notes of one cart line, kept with the cart."""
    require(actor, SHOPPERS, tr_noop("use a cart"))
    validation.identifier(cake_id, tr_noop("cake"))
    inscription = validation.text(inscription, tr_noop("Inscription"), 200)
    notes = validation.text(notes, tr_noop("Notes"), 1000, multiline=True)
    with uow:
        cart = uow.carts.get_or_create(actor.id)
        item = uow.carts.item(cart, cake_id)
        if item is None:
            raise NotFound(tr_noop("This cake is not in the cart"))
        item.inscription, item.notes = inscription, notes
        uow.commit()
        return cart_dto(cart)


def remove_from_cart(uow: UnitOfWork, actor: UserDTO, cake_id: int) -> CartDTO:
    return set_quantity(uow, actor, cake_id, 0)


def clear_cart(uow: UnitOfWork, actor: UserDTO) -> CartDTO:
    require(actor, SHOPPERS, tr_noop("use a cart"))
    with uow:
        cart_id = uow.carts.cart_id(actor.id)
        uow.carts.clear(cart_id)
        uow.commit()
        return cart_lines_dto(cart_id, actor.id, ())


def _cake_on_sale(uow: UnitOfWork, cake_id: int) -> CartCake:
    cake = uow.carts.cake(cake_id)
    if cake is None:
        raise NotFound(tr_noop("No such cake"))
    if not cake.is_active:
        raise InvalidInput(tr_noop("«{0}» is no longer sold"), cake.name)
    return cake


def _check_showcase(cake: Cake | CartCake, quantity: int) -> None:
    if not cake.made_to_order and cake.stock_qty < quantity:
        raise out_of_stock(cake.name, cake.stock_qty)


def out_of_stock(name: str, left: int) -> OutOfStock:
    if left <= 0:
        return OutOfStock(tr_noop("«{0}» is sold out"), name)
    return OutOfStock(tr_noop("Only %n «{0}» left", "", left), name, n=left)
