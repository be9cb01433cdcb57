"""The worker pool: answers on the GUI thread, only to living owners, busy and offline signals."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject

from cakeshop_desktop.core.domain import DatabaseUnavailable, InvalidInput
from cakeshop_desktop.gui.workers import Workers

ROOT = Path(__file__).resolve().parents[2]


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


STRESS = """
import gc, random, sys, time
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication
from cakeshop_desktop.gui.workers import Workers

app = QApplication([])
rng = random.Random(1)
answers = []

def service(n):
    time.sleep(rng.random() / 500)
    if n % 3 == 0:
        gc.collect()  # any allocation on a pool thread may start a collection
    return [n] * 50

for round_ in range(int(sys.argv[1])):
    window = QObject()  # a window or dialog: its own Workers is deleted with it
    own = Workers(window, max_threads=2)
    loose = Workers(max_threads=2)  # a Workers only Python holds
    owner = QObject(window)
    for n in range(4):
        own.submit(owner, service, n, on_result=answers.append)
        loose.submit(owner, service, n, on_result=answers.append)
    time.sleep(rng.random() / 300)
    if round_ % 2:
        QCoreApplication.processEvents()
    shiboken6.delete(window)  # closed while its calls still run
    del own, owner, window, loose  # the last Python references go, on the GUI thread
    QCoreApplication.sendPostedEvents()
print("done", len(answers))
"""


def test_workers_deleted_while_their_calls_run_never_crash(tmp_path):
    """A window closed mid-call deletes its Workers; the pool threads must not report to it.

    Run in a child process: a use-after-free shows there as a crash or as a garbled emit
    ("only accepts 0 argument(s)") printed from a pool thread, not as a dead test run.
    """
    script = tmp_path / "stress.py"
    script.write_text(STRESS, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", str(script), "500"],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stderr == "", done.stderr[-3000:]
    assert done.stdout.startswith("done ")
