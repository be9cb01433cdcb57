"""GUI fixtures: the launched app, a window built for a role, and a fake context for models."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import Engine

from cakeshop_desktop.core.domain import Role, UserDTO
from cakeshop_desktop.gui import app as gui_app
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.dialogs.login_dialog import LoginDialog
from cakeshop_desktop.gui.windows.ordering_window import OrderingWindow
from cakeshop_desktop.gui.workers import Workers
from tests.conftest import BACKENDS, PASSWORD, Shop, clean_database_url
from tests.mysql_accounts import as_counter

WAIT_MS = 15_000


@pytest.fixture(autouse=True)
def _windows_die_on_the_gui_thread() -> Iterator[None]:
    """After each test (pytest-qt has closed its widgets and called deleteLater on them, the
    fixtures have settled their pools): delete those widgets and collect the cycles left
    behind now, on the GUI thread. Left for later, a collection started by an allocation on
    a pool thread of the next test could delete a window there, or a window could go while
    its answers are being handed out."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """As tests/conftest.py's; on MySQL the windows run under the counters' restricted account
    when CAKESHOP_TEST_MYSQL_COUNTER_URL names one (CI does): the owner's account migrated and
    emptied the database, and grants the counters theirs (README's MySQL section)."""
    url = clean_database_url(request, tmp_path)
    return as_counter(url) if request.param == "mysql" else url


@pytest.fixture
def launched(qtbot: Any, database_url: str, shop: Shop) -> Iterator[LoginDialog]:
    """launch() on the test database (with the small shop in it); shut down afterwards."""
    dialog = gui_app.launch(database_url)
    assert isinstance(dialog, LoginDialog)
    yield dialog
    gui_app.shutdown()


def log_in(qtbot: Any, dialog: LoginDialog, username: str, password: str = PASSWORD) -> Any:
    """Type the credentials like a user, press the button, return the shown main window."""
    dialog.ui.usernameEdit.clear()
    dialog.ui.passwordEdit.clear()
    qtbot.keyClicks(dialog.ui.usernameEdit, username)
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (window := gui_app.current_main_window()) is not None and window.isVisible(),
        timeout=WAIT_MS,
    )
    window = gui_app.current_main_window()
    wait_idle(qtbot, window)
    return window


def type_text(widget, text: str) -> None:
    """Key events carrying any character (QTest's keyClicks only knows Latin-1 keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def wait_idle(qtbot: Any, window: Any) -> None:
    """Until every service call the window started has answered."""
    workers = window._ctx.workers  # noqa: SLF001 - tests look at the pool the window uses
    if not isinstance(window, OrderingWindow):
        qtbot.waitUntil(lambda: workers.pending == 0, timeout=WAIT_MS)
        return
    qtbot.waitUntil(
        lambda: (
            workers.pending == 0
            and not window.catalog_model.is_loading
            and not window.cart_model.is_busy
            and not window.filters.is_pending
        ),
        timeout=WAIT_MS,
    )


@pytest.fixture
def make_window(qtbot: Any, engine: Engine, shop: Shop) -> Iterator[Callable[..., OrderingWindow]]:
    """Build an ordering window for a role directly (no login), on the test database."""
    pools: list[Workers] = []

    def build(role: Role = Role.CASHIER, *, engine_: Engine | None = None) -> OrderingWindow:
        workers = Workers()
        pools.append(workers)
        ctx = ShopContext(engine_ or engine, workers, shop.user(role))
        window = OrderingWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield build
    for workers in pools:
        workers.settle()


@dataclass
class FakeCall:
    service: Callable[..., Any]
    args: tuple[Any, ...]
    on_result: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None

    def answer(self, result: Any) -> None:
        assert self.on_result is not None
        self.on_result(result)

    def fail(self, error: Exception) -> None:
        assert self.on_error is not None
        self.on_error(error)


class FakeContext:
    """Stands in for ShopContext in model tests: records calls, the test answers them."""

    def __init__(self, actor: UserDTO | None = None) -> None:
        self.actor = actor or UserDTO(id=1, username="anna", full_name="Anna", role=Role.CASHIER)
        self.calls: list[FakeCall] = []

    def call(
        self,
        owner: QWidget,
        service: Callable[..., Any],
        *args: Any,
        on_result: Any = None,
        on_error: Any = None,
    ) -> None:
        self.calls.append(FakeCall(service, args, on_result, on_error))


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes answer at once; their texts are kept for the test to read."""
    shown: list[str] = []

    def record(answer):
        def box(_parent, _title, text, *args, **kwargs):
            shown.append(text)
            return answer

        return staticmethod(box)

    monkeypatch.setattr(QMessageBox, "warning", record(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", record(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record(QMessageBox.StandardButton.Yes))
    return shown
