"""Carts: one per user, kept in the database."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cakeshop_desktop.core.db.models import Cart, CartItem


class CartRepository:
    """Reads and writes `carts` and `cart_items`."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def for_user(self, user_id: int) -> Cart | None:
        return self._session.scalars(select(Cart).where(Cart.user_id == user_id)).first()

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
        item = CartItem(cake_id=cake_id, quantity=quantity)
        cart.items.append(item)
        self._session.flush()
        return item

    def remove_item(self, cart: Cart, item: CartItem) -> None:
        cart.items.remove(item)
        self._session.flush()

    def clear(self, cart: Cart) -> None:
        self._session.execute(delete(CartItem).where(CartItem.cart_id == cart.id))
        self._session.expire(cart, ["items"])
