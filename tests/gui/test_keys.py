"""Every main window's keys: platform meanings (Ctrl+Z undoes, Ctrl+P prints) and F1 lists them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from cakeshop_desktop.core.domain import Role
from cakeshop_desktop.gui.dialogs import help_boxes
from cakeshop_desktop.gui.windows.admin_window import AdminWindow
from cakeshop_desktop.gui.windows.analytics_window import AnalyticsWindow
from cakeshop_desktop.gui.windows.ordering_window import OrderingWindow
from cakeshop_desktop.gui.windows.production_window import ProductionWindow
from tests.gui.order_helpers import shop_context

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)

WINDOWS: dict[str, tuple[Callable[..., QMainWindow], Role, Callable[[], list]]] = {
    "ordering": (OrderingWindow, Role.CASHIER, help_boxes.ordering_shortcuts),
    "production": (ProductionWindow, Role.BAKER, help_boxes.production_shortcuts),
    "analytics": (AnalyticsWindow, Role.ADMIN, help_boxes.analytics_shortcuts),
    "admin": (AdminWindow, Role.ADMIN, help_boxes.admin_shortcuts),
}
SAME_KEY = {"Del": "Delete", "Ins": "Insert"}


def keys_of(window: QMainWindow) -> set[str]:
    """The keys of the window's actions (hidden ones excepted), as Qt writes them."""
    found = set()
    for action in window.findChildren(QAction):
        if action.isVisible():
            for sequence in action.shortcuts():
                found.add(sequence.toString(QKeySequence.SequenceFormat.PortableText))
    return found


@pytest.fixture(params=sorted(WINDOWS))
def built(request, qtbot, shop, engine) -> Any:
    build, role, rows = WINDOWS[request.param]
    with shop_context(engine, shop.user(role)) as ctx:
        window = build(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        yield window, rows
        qtbot.waitUntil(lambda: ctx.workers.pending == 0, timeout=15_000)


def test_every_key_of_a_window_is_in_its_f1_list(built, qtbot, monkeypatch):
    window, rows = built
    listed = " ".join(key for key, _what in rows())
    missing = [
        key for key in keys_of(window) if key not in listed and SAME_KEY.get(key, "") not in listed
    ]
    assert missing == []
    window.findChild(QAction, "shortcutsAction").trigger()  # F1
    box = window.findChild(QMessageBox, "shortcutsBox")
    assert box is not None and "F1" in box.text()
    box.close()


@pytest.mark.parametrize("role", [Role.CUSTOMER, Role.BAKER, Role.CASHIER])
def test_the_counters_f1_list_names_only_keys_that_work_there(qtbot, shop, engine, role):
    with shop_context(engine, shop.user(role)) as ctx:
        window = OrderingWindow(ctx)
        qtbot.addWidget(window)
        keys = keys_of(window)
        rows = help_boxes.ordering_shortcuts(role)
        named = {key for key, _what in rows if key.startswith(("F", "Ctrl+"))}
        assert named <= keys  # a customer was told of F6, a baker of F9
        said = " ".join(what for _key, what in rows)
        assert ("phone" in said) == (role is Role.CASHIER)  # only the counter searches phones
        assert ("cart" in said) == (role is not Role.BAKER)  # a baker keeps no cart
        qtbot.waitUntil(lambda: ctx.workers.pending == 0, timeout=15_000)


def test_keys_mean_what_the_platform_says(built):
    window, _rows = built
    undo = QKeySequence(QKeySequence.StandardKey.Undo).toString()
    assert undo not in keys_of(window)  # Ctrl+Z is undo, nothing else
    prints = window.findChild(QAction, "printAction")
    if not isinstance(window, AdminWindow):  # the admin's grids have nothing to print
        assert prints is not None
        assert prints.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)


def test_the_shift_report_has_its_own_key(qtbot, shop, engine):
    with shop_context(engine, shop.admin) as ctx:
        window = AnalyticsWindow(ctx, autoload=False)
        qtbot.addWidget(window)
        assert window.ui.shiftReportAction.shortcut().toString() == "Ctrl+Shift+R"
        assert window.ui.exportPdfAction.shortcut().toString() == "Ctrl+Shift+E"
        assert window.print_action.shortcut().matches(QKeySequence("Ctrl+P")) == (
            QKeySequence.SequenceMatch.ExactMatch
        )
        assert window.print_action in window.ui.reportMenu.actions()
