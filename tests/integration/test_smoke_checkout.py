"""A first end-to-end sale through the services on each database."""

from datetime import datetime, timedelta

from cakeshop_desktop.core.domain import CheckoutRequest, OrderStatus
from cakeshop_desktop.core.services import cart, checkout, orders


def test_customer_orders_a_cake_and_sees_it_in_history(shop):
    cart.add_to_cart(shop.uow, shop.customer, shop.praga, 1)
    order = checkout.place_order(
        shop.uow,
        shop.customer,
        CheckoutRequest(idempotency_key="smoke-test-1", due_at=datetime.now() + timedelta(days=2)),
    )
    assert order.status is OrderStatus.NEW
    history = orders.my_orders(shop.uow, shop.customer)
    assert [o.number for o in history.items] == [order.number]
