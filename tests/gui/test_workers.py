"""The worker pool: answers on the GUI thread, only to living owners, busy and offline signals."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject

from cakeshop_desktop.core.domain import DatabaseUnavailable, InvalidInput
from cakeshop_desktop.gui.workers import Workers


def test_answers_come_back_on_the_gui_thread(qtbot):
    workers = Workers()
    owner = QObject()
    seen: list[tuple[str, bool]] = []
    gui_thread = threading.get_ident()

    def service(x: int) -> int:
        seen.append(("worker", threading.get_ident() == gui_thread))
        return x * 2

    results: list[int] = []
    with qtbot.waitSignal(workers.busy_changed, check_params_cb=lambda busy: not busy):
        workers.submit(owner, service, 21, on_result=results.append)
    assert results == [42]
    assert seen == [("worker", False)]


def test_a_refusal_goes_to_on_error_and_a_dead_database_says_offline(qtbot):
    workers = Workers()
    owner = QObject()
    errors: list[Exception] = []

    def refuse() -> None:
        raise InvalidInput("no")

    def unreachable() -> None:
        raise DatabaseUnavailable("Cannot reach the database server")

    with qtbot.waitSignal(workers.busy_changed, check_params_cb=lambda busy: not busy):
        workers.submit(owner, refuse, on_error=errors.append)
    assert isinstance(errors[0], InvalidInput) and not workers.is_offline
    with qtbot.waitSignal(workers.offline_changed, check_params_cb=lambda off: off):
        workers.submit(owner, unreachable, on_error=errors.append)
    assert workers.is_offline
    with qtbot.waitSignal(workers.offline_changed, check_params_cb=lambda off: not off):
        workers.submit(owner, lambda: 1)
    assert not workers.is_offline


def test_no_answer_reaches_an_owner_deleted_meanwhile(qtbot):
    workers = Workers()
    owner = QObject()
    results: list[object] = []
    started = threading.Event()

    def slow() -> str:
        started.set()
        time.sleep(0.2)
        return "late"

    workers.submit(owner, slow, on_result=results.append)
    assert started.wait(5)
    owner.deleteLater()
    with qtbot.waitSignal(workers.busy_changed, check_params_cb=lambda busy: not busy):
        pass
    assert results == []
