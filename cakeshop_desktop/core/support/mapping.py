"""ORM rows to frozen DTOs: what leaves a service never has a session behind it."""

from __future__ import annotations

from collections.abc import Iterable
from types import SimpleNamespace

from cakeshop_desktop.core.db.models import (
    Cake,
    Cart,
    Category,
    Order,
    OrderItem,
    OrderStatusHistory,
    Payment,
    User,
)
from cakeshop_desktop.core.domain import (
    CakeDTO,
    CartDTO,
    CartItemDTO,
    CategoryDTO,
    OrderDTO,
    OrderItemDTO,
    PaymentDTO,
    StatusChangeDTO,
    UserDTO,
)
from cakeshop_desktop.core.pricing import line_total, round_money
from cakeshop_desktop.core.repositories.carts import CartLine
from cakeshop_desktop.core.repositories.catalog import CakeRow
from cakeshop_desktop.core.rules import phones


def user_dto(user: User) -> UserDTO:
    return UserDTO(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=user.role,
        phone=phones.shown(user.phone) if user.phone else user.phone,
        email=user.email,
        is_active=user.is_active,
        locked_until=user.locked_until,
        last_login_at=user.last_login_at,
        failed_logins=user.failed_logins or 0,
    )


def category_dto(category: Category) -> CategoryDTO:
    return CategoryDTO(id=category.id, name=category.name, sort_order=category.sort_order)


def split_allergens(allergens: str) -> tuple[str, ...]:
    return tuple(tag for tag in allergens.split(",") if tag)


def cake_dto(cake: Cake) -> CakeDTO:
    return cake_row_dto(
        CakeRow(
            id=cake.id,
            sku=cake.sku,
            name=cake.name,
            description=cake.description,
            category_id=cake.category_id,
            category_name=cake.category.name if cake.category is not None else None,
            price=cake.price,
            weight_grams=cake.weight_grams,
            allergens=cake.allergens,
            stock_qty=cake.stock_qty,
            made_to_order=cake.made_to_order,
            lead_time_hours=cake.lead_time_hours,
            is_active=cake.is_active,
            image=cake.image,
            sold_count=cake.sold_count,
            version=cake.version,
        )
    )


def cake_row_dto(row: CakeRow) -> CakeDTO:
    """A cake as the catalogue repository reads a page of them."""
    return CakeDTO(
        id=row.id,
        sku=row.sku,
        name=row.name,
        description=row.description,
        category_id=row.category_id,
        category_name=row.category_name,
        price=round_money(row.price),
        weight_grams=row.weight_grams,
        allergens=split_allergens(row.allergens),
        stock_qty=row.stock_qty,
        made_to_order=row.made_to_order,
        lead_time_hours=row.lead_time_hours,
        is_active=row.is_active,
        image=row.image,
        sold_count=row.sold_count,
        version=row.version,
    )


def cart_dto(cart: Cart) -> CartDTO:
    lines = [
        CartLine(
            id=item.id,
            cake_id=item.cake_id,
            quantity=item.quantity,
            inscription=item.inscription,
            notes=item.notes,
            sku=item.cake.sku,
            name=item.cake.name,
            price=item.cake.price,
            made_to_order=item.cake.made_to_order,
            lead_time_hours=item.cake.lead_time_hours,
            stock_qty=item.cake.stock_qty,
        )
        for item in cart.items
    ]
    return cart_lines_dto(cart.id, cart.user_id, lines)


def cart_lines_dto(cart_id: int, user_id: int, lines: Iterable[CartLine]) -> CartDTO:
    """The cart priced at today's prices, from its lines as the cart repository reads them."""
    items = tuple(
        CartItemDTO(
            id=line.id,
            cake_id=line.cake_id,
            sku=line.sku,
            name=line.name,
            unit_price=round_money(line.price),
            quantity=line.quantity,
            line_total=line_total(round_money(line.price), line.quantity),
            made_to_order=line.made_to_order,
            lead_time_hours=line.lead_time_hours,
            stock_qty=line.stock_qty,
            inscription=line.inscription,
            notes=line.notes,
        )
        for line in lines
    )
    total = round_money(sum((item.line_total for item in items), start=round_money(0)))
    return CartDTO(id=cart_id, user_id=user_id, items=items, total=total)


def order_dto(order: Order | SimpleNamespace) -> OrderDTO:
    """An order's DTO, from its entity or from the values of its row just written."""
    return OrderDTO(
        id=order.id,
        number=order.number or "",
        customer_id=order.customer_id,
        customer_name=order.customer_name,
        customer_phone=phones.shown(order.customer_phone),
        status=order.status,
        due_at=order.due_at,
        subtotal=round_money(order.subtotal),
        discount=round_money(order.discount),
        total=round_money(order.total),
        paid_amount=round_money(order.paid_amount),
        payment_method=order.payment_method,
        notes=order.notes,
        created_at=order.created_at,
        updated_at=order.updated_at,
        refunded_amount=round_money(order.refunded_amount),
    )


def order_item_dto(item: OrderItem) -> OrderItemDTO:
    return OrderItemDTO(
        id=item.id,
        cake_id=item.cake_id or 0,
        cake_name=item.cake_name,
        unit_price=round_money(item.unit_price),
        quantity=item.quantity,
        line_total=round_money(item.line_total),
        made_to_order=item.made_to_order,
        inscription=item.inscription,
        notes=item.notes,
        returned_quantity=item.returned_quantity,
    )


def payment_dto(payment: Payment, taken_by: str | None) -> PaymentDTO:
    return PaymentDTO(
        id=payment.id,
        amount=round_money(payment.amount),
        method=payment.method,
        kind=payment.kind,
        taken_by=taken_by,
        taken_at=payment.taken_at,
    )


def status_change_dto(entry: OrderStatusHistory, changed_by: str | None) -> StatusChangeDTO:
    return StatusChangeDTO(
        from_status=entry.from_status,
        to_status=entry.to_status,
        changed_by=changed_by,
        changed_at=entry.changed_at,
        reason=entry.reason,
    )
