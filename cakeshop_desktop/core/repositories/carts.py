"""Carts: one per user, kept in the database."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, joinedload

from cakeshop_desktop.core.db.models import Cake, Cart, CartItem


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

    def clear(self, cart: Cart) -> None:
        # By primary key: on a small table MySQL would scan instead of using the cart_id
        # index and wait for (or deadlock with) locks on other tills' cart lines.
        ids = [item.id for item in cart.items]
        if ids:
            self._session.execute(delete(CartItem).where(CartItem.id.in_(ids)))
        self._session.expire(cart, ["items"])
