"""Worker processes of the last-admin race: two admins, each at their own counter.

Kept apart from the test module so a spawned process imports only the core, not pytest.
Each try the test sends both workers a plan; they meet at a barrier and act at once.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from typing import Any

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.domain import DomainError, Role, UserDTO
from cakeshop_desktop.core.services import table_editor, users
from cakeshop_desktop.core.services.table_editor import ChangeKind, RowChange
from cakeshop_desktop.core.uow import UnitOfWork

# every way an admin can be taken away; a try uses one of them for both admins
PATHS = ("role", "lock", "deactivate", "grid_role", "grid_deactivate", "grid_delete")


@dataclass(frozen=True)
class AdminMove:
    """What one worker does in one try: `actor` takes `target` away by `path`."""

    actor: UserDTO
    target: UserDTO
    path: str


def take_away(uow: UnitOfWork, move: AdminMove) -> None:
    actor, target = move.actor, move.target
    if move.path == "role":
        users.set_role(uow, actor, target.id, Role.CASHIER)
    elif move.path == "lock":
        users.lock_user(uow, actor, target.id)
    elif move.path == "deactivate":
        users.set_active(uow, actor, target.id, False)
    else:
        original: dict[str, Any] = {"id": target.id}
        values: dict[str, Any] = {}
        kind = ChangeKind.UPDATE
        if move.path == "grid_role":
            original["role"], values["role"] = "admin", "cashier"
        elif move.path == "grid_deactivate":
            original["is_active"], values["is_active"] = True, False
        else:
            kind = ChangeKind.DELETE
        table_editor.apply_changes(
            uow, actor, "users", [RowChange(kind, str(target.id), original=original, values=values)]
        )


def run_admin(url: str, plans: Any, barrier: Any, results: Any) -> None:
    """Process entry point: for each plan, wait for the other admin, act, say how it went.

    The answer is "ok", the name of the DomainError that refused the move, or a traceback
    (anything else is a crash the test reports).
    """
    engine = make_engine(url)
    try:
        while (move := plans.get(timeout=120)) is not None:
            uow = UnitOfWork(engine, move.actor)  # as a window does: the actor is re-checked
            barrier.wait(timeout=60)
            try:
                take_away(uow, move)
                results.put("ok")
            except DomainError as exc:
                results.put(type(exc).__name__)
            except Exception:  # noqa: BLE001 - everything unexpected goes back to the test
                results.put(traceback.format_exc())
    finally:
        engine.dispose()
