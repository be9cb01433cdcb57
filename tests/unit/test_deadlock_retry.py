"""retry_on_deadlock: a deadlock victim runs again; anything else, or too many, does not."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from cakeshop_desktop.core.domain import Conflict
from cakeshop_desktop.core.uow import BUSY, DEADLOCK_ATTEMPTS, is_deadlock, retry_on_deadlock


class _DriverError(Exception):
    pass


def _error(code: int, cls: type = OperationalError) -> Exception:
    return cls("UPDATE cakes ...", {}, _DriverError(code, "message"))


def test_a_deadlock_victim_runs_again_and_its_result_is_returned():
    calls = []

    def work() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise _error(1213)
        return "order"

    assert retry_on_deadlock(work) == "order"
    assert len(calls) == 3


def test_other_database_errors_are_not_retried():
    calls = []

    def work() -> None:
        calls.append(1)
        raise _error(1205)  # lock wait timeout: already waited long enough

    with pytest.raises(OperationalError):
        retry_on_deadlock(work)
    assert len(calls) == 1


def test_endless_deadlocks_end_in_a_readable_conflict():
    calls = []

    def work() -> None:
        calls.append(1)
        raise _error(1213)

    with pytest.raises(Conflict, match="try again"):
        retry_on_deadlock(work)
    assert len(calls) == DEADLOCK_ATTEMPTS


def test_is_deadlock_reads_the_driver_code():
    assert is_deadlock(_error(1213))
    assert is_deadlock(_error(1213, IntegrityError))
    assert not is_deadlock(_error(1062, IntegrityError))
    assert not is_deadlock(ValueError("1213"))


def test_a_deadlock_a_unit_of_work_turned_into_a_conflict_still_runs_again():
    calls = []

    def work() -> str:
        calls.append(1)
        if len(calls) < 2:
            raise Conflict(BUSY) from _error(1213)
        return "saved"

    assert retry_on_deadlock(work) == "saved"
    assert len(calls) == 2


def test_a_conflict_of_another_kind_is_not_retried():
    calls = []

    def work() -> None:
        calls.append(1)
        raise Conflict("«Медовик» was changed by someone else")

    with pytest.raises(Conflict, match="someone else"):
        retry_on_deadlock(work)
    assert len(calls) == 1
