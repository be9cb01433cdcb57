"""What goes on paper for an order: the order in full and the shop's details, in one call."""

from __future__ import annotations

from dataclasses import dataclass

from cakeshop_desktop.core.domain import OrderDetailDTO, UserDTO
from cakeshop_desktop.core.services import orders
from cakeshop_desktop.core.services.shop import ShopDetails, shop_details
from cakeshop_desktop.core.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class PrintableOrder:
    """An order and the shop that prints it."""

    detail: OrderDetailDTO
    shop: ShopDetails


def printable_order(uow: UnitOfWork, actor: UserDTO, order_id: int) -> PrintableOrder:
    """The order as the acting user may see it, with the shop's details."""
    detail = orders.order_detail(uow, actor, order_id)
    return PrintableOrder(detail, shop_details(uow))


def console_printable_order(uow: UnitOfWork, number: str) -> PrintableOrder:
    """`cakeshop receipt NUMBER`: the order with that number and the shop's details."""
    detail = orders.console_order_detail(uow, number)
    return PrintableOrder(detail, shop_details(uow))
