"""Guessing passwords: every guess counted even when they race, and a wrong password
tells nothing about the account (nobody, disabled, locked) in its answer or its time."""

from __future__ import annotations

import statistics
import threading
import time
from collections import Counter
from datetime import datetime, timedelta

import pytest
from argon2 import PasswordHasher

from cakeshop_desktop.core.domain import AccountLocked, AuthenticationFailed, DomainError
from cakeshop_desktop.core.repositories.users import UserRepository
from cakeshop_desktop.core.services import auth, users
from cakeshop_desktop.core.uow import UnitOfWork
from tests.conftest import PASSWORD
from tests.integration.support import scalar

GUESSERS = 8
GUESSES_EACH = 5


class CountingHasher(PasswordHasher):
    """The real argon2id hasher, counting how often a password is verified."""

    def __init__(self, **parameters: int) -> None:
        super().__init__(**parameters)
        self.verified = 0

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:  # noqa: A002
        self.verified += 1
        return super().verify(hash, password)


def test_racing_wrong_guesses_check_at_most_five_passwords(shop, monkeypatch):
    """Eight counters guess at once: every guess is counted (no lost `+ 1`) and only the
    first five could have let anyone in; then the account is locked."""
    # a hash that takes a while, as a real one does: the window in which guesses race
    _costly_hashes(shop, monkeypatch)
    counted: list[bool] = []
    take = UserRepository.take_login_attempt

    def counting(self, *args, **kwargs):  # noqa: ANN001, ANN202
        result = take(self, *args, **kwargs)
        counted.append(result[0])
        return result

    monkeypatch.setattr(UserRepository, "take_login_attempt", counting)
    barrier = threading.Barrier(GUESSERS)
    answers: Counter[str] = Counter()
    guard = threading.Lock()

    def guess(number: int) -> None:
        uow = UnitOfWork(shop.uow.engine)  # a counter of its own
        barrier.wait(timeout=30)
        for attempt in range(GUESSES_EACH):
            try:
                auth.login(uow, "customer", f"guess-{number}-{attempt}")
                answer = "logged in"
            except DomainError as exc:
                answer = exc.message
            except Exception as exc:  # noqa: BLE001 - reported by the assertion below
                answer = repr(exc)
            with guard:
                answers[answer] += 1

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(GUESSERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    checked = sum(counted)
    print(f"{GUESSERS * GUESSES_EACH} racing guesses, {checked} checked before the lock")
    assert answers == {auth.WRONG: GUESSERS * GUESSES_EACH}
    assert checked == auth.MAX_FAILED_LOGINS
    assert scalar(shop.uow, "SELECT failed_logins FROM users WHERE username = 'customer'") == 5
    with pytest.raises(AccountLocked, match="try again"):
        auth.login(shop.uow, "customer", PASSWORD)


def _costly_hashes(shop, monkeypatch) -> None:
    """A hasher whose verification takes tens of milliseconds (so that it, not the
    database, sets the time), and every account's hash of that cost."""
    hasher = PasswordHasher(time_cost=2, memory_cost=16 * 1024)
    monkeypatch.setattr(auth, "_hasher", hasher)
    with shop.uow:
        for user in shop.uow.users.list():
            user.password_hash = hasher.hash(PASSWORD)
        shop.uow.commit()


def _prepare_accounts(shop) -> dict[str, str]:
    """A login for each kind of account a guess may name."""
    users.set_active(shop.uow, shop.admin, shop.baker.id, False)
    users.lock_user(shop.uow, shop.admin, shop.cashier.id)
    with shop.uow:
        shop.uow.users.get(shop.customer.id).locked_until = datetime.now() + timedelta(minutes=5)
        shop.uow.commit()
    return {
        "unknown": "nobody-here",
        "disabled": "baker",
        "locked by an admin": "cashier",
        "locked after failures": "customer",
        "active": "admin",
    }


def test_a_wrong_password_gets_one_answer_after_one_verification_whoever_it_names(
    shop, monkeypatch
):
    hasher = CountingHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(auth, "_hasher", hasher)
    accounts = _prepare_accounts(shop)
    for kind, login in accounts.items():
        hasher.verified = 0
        with pytest.raises(AuthenticationFailed) as refused:
            auth.login(shop.uow, login, "not-the-password")
        assert refused.value.message == auth.WRONG, kind
        assert hasher.verified == 1, kind

    # only the right password learns why the account cannot log in
    for login, reason in [
        ("baker", "disabled"),
        ("cashier", "ask an administrator"),
        ("customer", "try again in 5 min"),
    ]:
        hasher.verified = 0
        with pytest.raises(AccountLocked, match=reason):
            auth.login(shop.uow, login, PASSWORD)
        assert hasher.verified == 1, login


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_wrong_password_takes_as_long_whoever_it_names(shop, monkeypatch):
    """Loosely: no kind of account answers in a fraction of another's time."""
    _costly_hashes(shop, monkeypatch)
    accounts = _prepare_accounts(shop)
    auth.login(shop.uow, "admin", PASSWORD)  # warm up (and the unknown login's hash)
    with pytest.raises(AuthenticationFailed):
        auth.login(shop.uow, "nobody-here", "x")
    times: dict[str, list[float]] = {kind: [] for kind in accounts}
    for _ in range(auth.MAX_FAILED_LOGINS - 1):  # the active admin stays unlocked
        for kind, login in accounts.items():  # interleaved: the machine's load hits all alike
            start = time.perf_counter()
            with pytest.raises(AuthenticationFailed):
                auth.login(shop.uow, login, "not-the-password")
            times[kind].append(time.perf_counter() - start)
    medians = {kind: statistics.median(taken) for kind, taken in times.items()}
    # an answer from the account's state alone came 100 times sooner than a verification
    slowest = max(medians.values())
    assert all(median > slowest / 4 for median in medians.values()), medians
