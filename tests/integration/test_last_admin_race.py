"""Two admins at two counters take admins away at the same moment: one always stays.

Each try both processes act at once (a barrier), by one of every path that can take an
admin away (role, lock, deactivate, and the `users` grid: role, is_active, delete), in
two modes: each steps down, or each demotes the other. After every try the shop must
still have a working admin, and exactly one of the two moves went through.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from datetime import datetime

import pytest
from sqlalchemy import text

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.domain import Role, UserDTO
from cakeshop_desktop.core.services.users import create_user
from cakeshop_desktop.core.uow import UnitOfWork
from tests.integration.admin_race_workers import PATHS, AdminMove, run_admin
from tests.integration.test_concurrency import race_url  # noqa: F401 - the fixture

TRIES = 50
NAMES = ("anna", "boris")

pytestmark = pytest.mark.timeout(600)


def _working_admins(engine) -> int:
    with engine.connect() as db:
        return int(
            db.execute(
                text(
                    "SELECT COUNT(*) FROM users WHERE role = 'admin' AND is_active = 1"
                    " AND (locked_until IS NULL OR locked_until < :now)"
                ),
                {"now": datetime.now()},
            ).scalar()
            or 0
        )


def _two_working_admins(uow: UnitOfWork) -> tuple[UserDTO, UserDTO]:
    """Put both admins back as they were (or register them again after a deletion)."""
    with uow.engine.begin() as db:
        db.execute(
            text(
                "UPDATE users SET role = 'admin', is_active = 1, locked_until = NULL"
                " WHERE username IN ('anna', 'boris')"
            )
        )
    admins = []
    for name in NAMES:
        with uow:
            user = uow.users.by_username(name)
            found = None if user is None else (user.id, user.full_name)
        if found is None:
            admins.append(create_user(uow, name, Role.ADMIN, "secret123", full_name=name))
        else:
            admins.append(UserDTO(id=found[0], username=name, full_name=found[1], role=Role.ADMIN))
    return admins[0], admins[1]


@pytest.mark.parametrize("mode", ["each_steps_down", "each_demotes_the_other"])
def test_two_admins_taking_admins_away_at_once_always_leave_one(race_url, mode):  # noqa: F811
    engine = make_engine(race_url)
    uow = UnitOfWork(engine)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    plans = [context.Queue(), context.Queue()]
    results = context.Queue()
    workers = [
        context.Process(target=run_admin, args=(race_url, plans[n], barrier, results))
        for n in range(2)
    ]
    for worker in workers:
        worker.start()
    outcomes: Counter[str] = Counter()
    failures: list[str] = []
    try:
        for attempt in range(TRIES):
            anna, boris = _two_working_admins(uow)
            paths = PATHS if mode == "each_demotes_the_other" else PATHS[:-1]
            path = paths[attempt % len(paths)]
            if mode == "each_steps_down":  # (nobody deletes their own account)
                moves = (AdminMove(anna, anna, path), AdminMove(boris, boris, path))
            else:
                moves = (AdminMove(anna, boris, path), AdminMove(boris, anna, path))
            for queue, move in zip(plans, moves, strict=True):
                queue.put(move)
            answers = sorted(results.get(timeout=120) for _ in moves)
            crashes = [answer for answer in answers if "Traceback" in answer]
            assert not crashes, "\n".join(crashes)
            outcomes.update(f"{path}: {answer}" for answer in answers)
            left = _working_admins(engine)
            if left == 0 or answers.count("ok") != 1:
                failures.append(f"try {attempt} ({path}): {answers}, {left} working admins left")
    finally:
        for queue in plans:
            queue.put(None)
        for worker in workers:
            worker.join(timeout=30)
            if worker.is_alive():
                worker.kill()
        engine.dispose()
    print(f"{mode} on {race_url.split(':')[0]}: {TRIES} races, {dict(outcomes)}")
    assert not failures, "\n".join(failures)
