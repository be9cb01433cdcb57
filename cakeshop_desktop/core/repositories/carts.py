"""Carts: one per user, kept in the database."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import NamedTuple, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session, joinedload

from cakeshop_desktop.core.db.models import Cake, Cart, CartItem
from cakeshop_desktop.core.repositories.statements import Prepared

_CARTS = cast(Table, Cart.__table__)
_ITEMS = cast(Table, CartItem.__table__)
_CAKES = cast(Table, Cake.__table__)


class CheckoutLine(NamedTuple):
    """A cart line as checkout reads it: the line, and what it needs of its cake."""

    item_id: int
    cake_id: int
    quantity: int
    inscription: str
    notes: str
    name: str
    price: Decimal
    made_to_order: bool
    is_active: bool
    lead_time_hours: int


class CartCake(NamedTuple):
    """What putting a cake in a cart needs of it, and what its cart line shows."""

    id: int
    sku: str
    name: str
    price: Decimal
    made_to_order: bool
    lead_time_hours: int
    stock_qty: int
    is_active: bool


class CartLine(NamedTuple):
    """A cart line with what the cart shows of its cake (mapping.cart_lines_dto)."""

    id: int
    cake_id: int
    quantity: int
    inscription: str
    notes: str
    sku: str
    name: str
    price: Decimal
    made_to_order: bool
    lead_time_hours: int
    stock_qty: int


# One Core statement, built once: the user's cart lines with their cakes, in the cart's order.
_CHECKOUT_LINES = Prepared(
    select(
        _ITEMS.c.id,
        _ITEMS.c.cake_id,
        _ITEMS.c.quantity,
        _ITEMS.c.inscription,
        _ITEMS.c.notes,
        _CAKES.c.name,
        _CAKES.c.price,
        _CAKES.c.made_to_order,
        _CAKES.c.is_active,
        _CAKES.c.lead_time_hours,
    )
    .select_from(_ITEMS.join(_CARTS, _CARTS.c.id == _ITEMS.c.cart_id))
    .join(_CAKES, _CAKES.c.id == _ITEMS.c.cake_id)
    .where(_CARTS.c.user_id == bindparam("user_id"))
    .order_by(_ITEMS.c.id)
)
# Adding to a cart and clearing it, on the driver's cursor: no entity is loaded.
_CART_CAKE = Prepared(
    select(
        _CAKES.c.id,
        _CAKES.c.sku,
        _CAKES.c.name,
        _CAKES.c.price,
        _CAKES.c.made_to_order,
        _CAKES.c.lead_time_hours,
        _CAKES.c.stock_qty,
        _CAKES.c.is_active,
    ).where(_CAKES.c.id == bindparam("cake_id"))
)
_CART_OF_USER = Prepared(select(_CARTS.c.id).where(_CARTS.c.user_id == bindparam("user_id")))
_CART_LINES = Prepared(
    select(
        _ITEMS.c.id,
        _ITEMS.c.cake_id,
        _ITEMS.c.quantity,
        _ITEMS.c.inscription,
        _ITEMS.c.notes,
        _CAKES.c.sku,
        _CAKES.c.name,
        _CAKES.c.price,
        _CAKES.c.made_to_order,
        _CAKES.c.lead_time_hours,
        _CAKES.c.stock_qty,
    )
    .join(_CAKES, _CAKES.c.id == _ITEMS.c.cake_id)
    .where(_ITEMS.c.cart_id == bindparam("cart_id"))
    .order_by(_ITEMS.c.id)
)
_SHARE_LOCK_CAKE = Prepared(
    select(_CAKES.c.id).where(_CAKES.c.id == bindparam("cake_id")).with_for_update(read=True)
)
_INSERT_CART = insert(_CARTS)
_INSERT_LINE = Prepared(insert(_ITEMS))
_SET_LINE_QUANTITY = Prepared(
    update(_ITEMS).where(_ITEMS.c.id == bindparam("item_id")).values(quantity=bindparam("quantity"))
)
_LINE_IDS = Prepared(select(_ITEMS.c.id).where(_ITEMS.c.cart_id == bindparam("cart_id")))
_REMOVE_LINES = Prepared(_ITEMS.delete().where(_ITEMS.c.id.in_(bindparam("ids", expanding=True))))


class CartRepository:
    """Reads and writes `carts` and `cart_items`."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def for_user(self, user_id: int, *, with_items: bool = False) -> Cart | None:
        """The user's cart; `with_items` loads its lines and their cakes in the same query."""
        query = select(Cart).where(Cart.user_id == user_id)
        if with_items:
            return self._session.scalars(query.options(joinedload(Cart.items))).unique().first()
        return self._session.scalars(query).first()

    def checkout_lines(self, user_id: int) -> list[CheckoutLine]:
        """The user's cart lines with their cakes, in one query and no entities (none if the
        user has no cart)."""
        rows = _CHECKOUT_LINES.execute(self._session.connection(), {"user_id": user_id}).rows
        return [CheckoutLine._make(row) for row in rows]

    def remove_lines(self, item_ids: Sequence[int]) -> None:
        """Delete these cart lines, by primary key (see `clear`)."""
        if item_ids:
            _REMOVE_LINES.execute(self._session.connection(), {"ids": list(item_ids)})

    def cake(self, cake_id: int) -> CartCake | None:
        rows = _CART_CAKE.execute(self._session.connection(), {"cake_id": cake_id}).rows
        return CartCake._make(rows[0]) if rows else None

    def cart_id(self, user_id: int) -> int:
        """The id of the user's cart, made on first use."""
        connection = self._session.connection()
        rows = _CART_OF_USER.execute(connection, {"user_id": user_id}).rows
        if rows:
            return int(rows[0][0])
        now = datetime.now()
        values = {"user_id": user_id, "created_at": now, "updated_at": now}
        key = connection.execute(_INSERT_CART, values).inserted_primary_key
        assert key is not None
        return int(key[0])

    def lines(self, cart_id: int) -> list[CartLine]:
        """The cart's lines with their cakes, in the cart's order, as plain rows."""
        rows = _CART_LINES.execute(self._session.connection(), {"cart_id": cart_id}).rows
        return [CartLine._make(row) for row in rows]

    def add_line(self, cart_id: int, cake: CartCake, quantity: int) -> CartLine:
        """A new line of `quantity` of the cake (see add_item for the lock)."""
        connection = self._session.connection()
        _SHARE_LOCK_CAKE.execute(connection, {"cake_id": cake.id})
        values = {
            "cart_id": cart_id,
            "cake_id": cake.id,
            "quantity": quantity,
            "added_at": datetime.now(),
        }
        item_id = _INSERT_LINE.execute(connection, values).lastrowid
        assert item_id is not None
        return CartLine(
            id=int(item_id),
            cake_id=cake.id,
            quantity=quantity,
            inscription="",
            notes="",
            sku=cake.sku,
            name=cake.name,
            price=cake.price,
            made_to_order=cake.made_to_order,
            lead_time_hours=cake.lead_time_hours,
            stock_qty=cake.stock_qty,
        )

    def set_line_quantity(self, item_id: int, quantity: int) -> None:
        _SET_LINE_QUANTITY.execute(
            self._session.connection(), {"item_id": item_id, "quantity": quantity}
        )

    def get_or_create(self, user_id: int) -> Cart:
        cart = self.for_user(user_id)
        if cart is None:
            cart = Cart(user_id=user_id)
            self._session.add(cart)
            self._session.flush()
        return cart

    def item(self, cart: Cart, cake_id: int) -> CartItem | None:
        return next((item for item in cart.items if item.cake_id == cake_id), None)

    def add_item(self, cart: Cart, cake_id: int, quantity: int) -> CartItem:
        # Share-lock the cake before touching cart_items, the order checkout locks in (cake,
        # then cart lines): else the line's unique check can gap-lock another till's cart
        # line while its foreign key waits for that till's checkout to free the cake.
        self._session.execute(select(Cake.id).where(Cake.id == cake_id).with_for_update(read=True))
        item = CartItem(cake_id=cake_id, quantity=quantity)
        cart.items.append(item)
        self._session.flush()
        return item

    def remove_item(self, cart: Cart, item: CartItem) -> None:
        cart.items.remove(item)
        self._session.flush()

    def clear(self, cart_id: int) -> None:
        # By primary key: on a small table MySQL would scan instead of using the cart_id
        # index and wait for (or deadlock with) locks on other tills' cart lines.
        rows = _LINE_IDS.execute(self._session.connection(), {"cart_id": cart_id}).rows
        self.remove_lines([item_id for (item_id,) in rows])
