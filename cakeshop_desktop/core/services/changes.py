"""What changed since a terminal last looked: the cheap poll behind live updates.

A terminal asks every few seconds with the newest change time it has seen (minus a margin
for clocks and late commits); the answer lists the orders and tasks updated since, which
the windows apply row by row instead of reloading everything.
"""

from __future__ import annotations

from datetime import datetime

from cakeshop_desktop.core.domain import Role, UserDTO
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.rules import validation
from cakeshop_desktop.core.rules.permissions import EVERYONE, require
from cakeshop_desktop.core.services.production import BAKERS
from cakeshop_desktop.core.support.mapping import order_dto
from cakeshop_desktop.core.types.production import ChangeSet
from cakeshop_desktop.core.uow import UnitOfWork

MAX_CHANGES = 200


def changes_since(uow: UnitOfWork, actor: UserDTO, since: datetime | None) -> ChangeSet:
    """Orders (a customer's own only) and tasks (bakers and admins) updated after `since`.

    With no `since` it only reads the newest change time: two MAX() reads of indexed columns.
    """
    require(actor, EVERYONE, tr_noop("follow changes"))
    since = validation.moment(since, tr_noop("Time of the last change"))
    with uow:
        if since is None:
            return ChangeSet(stamp=uow.production.latest_change(), orders=(), task_stamps=())
        customer = actor.id if actor.role is Role.CUSTOMER else None
        changed = uow.production.orders_changed_since(since, customer, MAX_CHANGES)
        tasks = (
            uow.production.tasks_changed_since(since, MAX_CHANGES) if actor.role in BAKERS else []
        )
        order_rows = tuple(order_dto(order) for order in changed)
    stamps = [order.updated_at for order in order_rows] + [stamp for _, stamp in tasks]
    return ChangeSet(
        stamp=max([since, *stamps]),
        orders=order_rows,
        task_stamps=tuple(tasks),
    )
