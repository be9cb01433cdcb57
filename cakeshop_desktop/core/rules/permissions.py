"""Who may do what (DESIGN §1), checked inside every service."""

from __future__ import annotations

from cakeshop_desktop.core.domain import PermissionDenied, Role, UserDTO
from cakeshop_desktop.core.messages import tr_noop

STAFF = frozenset({Role.CASHIER, Role.ADMIN})
EVERYONE = frozenset(Role)


def require(actor: UserDTO | None, allowed: frozenset[Role] | set[Role], action: str) -> UserDTO:
    """Return the actor when its role is among `allowed`; else raise PermissionDenied."""
    if not isinstance(actor, UserDTO) or not isinstance(actor.role, Role):
        raise PermissionDenied(tr_noop("Log in to {0}"), action)
    if actor.role not in allowed:
        raise PermissionDenied(tr_noop("A {0} may not {1}"), actor.role.value, action)
    return actor


def is_staff(actor: UserDTO) -> bool:
    return actor.role in STAFF
