"""launch(), the role's main window, logging out, run() and the self-check (DESIGN §7)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from cakeshop_desktop.gui import app as gui_app
from cakeshop_desktop.gui.self_check import self_check
from tests.gui.conftest import WAIT_MS, log_in

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def _run_child(script: str, database_url: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run a script in a fresh interpreter, offscreen; it must exit 0."""
    done = subprocess.run(
        [sys.executable, "-c", script, database_url],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done


@SQLITE_ONLY
def test_launch_shows_the_login_dialog_without_an_event_loop(launched):
    assert launched.isVisible() and launched.objectName() == "loginDialog"
    assert launched in QApplication.topLevelWidgets()
    assert QApplication.applicationName() == "Cakeshop"
    assert QApplication.organizationName() == "Cakeshop"
    assert "Cakeshop" in launched.windowTitle()


def test_launch_migrates_an_empty_database(qtbot, tmp_path):
    url = f"sqlite:///{tmp_path / 'new' / 'shop.sqlite3'}"
    dialog = gui_app.launch(url)
    try:
        assert dialog.isVisible()
        assert (tmp_path / "new" / "shop.sqlite3").exists()
    finally:
        gui_app.shutdown()


PAINT_FIRST_SCRIPT = """
import sys
from cakeshop_desktop.gui import app

seen = {}
_show_painted = app.show_painted

def show_painted(widget):
    _show_painted(widget)
    seen["painted"] = widget.isVisible()
    seen["database code loaded"] = "sqlalchemy" in sys.modules
    seen["login enabled"] = widget.ui.loginButton.isEnabled()
    seen["label"] = widget.ui.databaseLabel.text()

app.show_painted = show_painted
dialog = app.launch(sys.argv[1])
print(seen["painted"], seen["database code loaded"], seen["login enabled"])
print(seen["label"])
print(dialog.ui.loginButton.isEnabled(), "alembic" in sys.modules)
print(dialog.ui.databaseLabel.text())
"""


@SQLITE_ONLY
def test_the_login_dialog_is_painted_before_the_database_code_loads(database_url, shop):
    # In a fresh interpreter: what a user sees first comes before SQLAlchemy is imported;
    # Alembic is not loaded at all for a database already at the newest schema.
    done = _run_child(PAINT_FIRST_SCRIPT, database_url, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    at_paint, at_paint_label, after, after_label = done.stdout.splitlines()[:4]
    assert at_paint == "True False False"  # shown, no database code yet, Log in not ready
    assert "Opening the shop database" in at_paint_label
    assert after == "True False"  # Log in ready, no Alembic for an up-to-date schema
    assert "Local database on this computer" in after_label


@SQLITE_ONLY
def test_admin_lands_in_the_admin_window_and_opens_the_others(qtbot, launched):
    window = log_in(qtbot, launched, "admin")
    assert window.objectName() == "adminWindow" and window.isVisible()
    actions = {
        name: window.findChild(QAction, name)
        for name in (
            "openOrderingAction",
            "openProductionAction",
            "openAnalyticsAction",
            "logoutAction",
        )
    }
    assert all(actions.values()), actions

    shell = gui_app.current_shell()
    actions["openOrderingAction"].trigger()
    ordering = shell.side_window("ordering")
    assert ordering is not None and ordering.objectName() == "orderingWindow"
    assert ordering.isVisible()
    actions["openAnalyticsAction"].trigger()
    analytics = shell.side_window("analytics")
    assert analytics is not None and analytics.objectName() == "analyticsWindow"
    assert analytics.isVisible()
    actions["openProductionAction"].trigger()
    production = shell.side_window("production")
    assert production is not None and production.objectName() == "productionWindow"
    assert production.isVisible()
    # the ordering window's own menu reaches analytics too, without a second copy
    ordering.findChild(QAction, "openAnalyticsAction").trigger()
    assert shell.side_window("analytics") is analytics

    actions["logoutAction"].trigger()
    qtbot.waitUntil(lambda: shell.side_window("ordering") is None)
    assert shell.side_window("analytics") is None
    assert shell.side_window("production") is None
    assert launched.isVisible()


@SQLITE_ONLY
def test_a_baker_lands_on_the_production_board(qtbot, launched):
    window = log_in(qtbot, launched, "baker")
    assert window.objectName() == "productionWindow" and window.isVisible()
    assert window.findChild(QWidget, "productionBoard") is not None
    assert window.findChild(QAction, "logoutAction") is not None


@SQLITE_ONLY
def test_customers_and_cashiers_get_no_admin_actions(qtbot, launched):
    window = log_in(qtbot, launched, "customer")
    assert window.findChild(type(window.ui.logoutAction), "openProductionAction") is None
    assert window.ui.logoutAction.shortcut().toString() == "Ctrl+L"


@SQLITE_ONLY
def test_ctrl_l_logs_out(qtbot, launched):
    window = log_in(qtbot, launched, "cashier")
    window.activateWindow()
    window.ui.logoutAction.trigger()
    qtbot.waitUntil(launched.isVisible, timeout=WAIT_MS)
    assert gui_app.current_main_window() is None


RUN_SCRIPT = """
from PySide6.QtCore import QTimer
import sys
from cakeshop_desktop.gui import app

def close_login():
    shell = app.current_shell()
    assert shell is not None and shell.login_dialog.isVisible()
    shell.login_dialog.ui.quitButton.click()

app.ensure_application()  # timers need the application first
QTimer.singleShot(300, close_login)
sys.exit(app.run(sys.argv[1]))
"""


@SQLITE_ONLY
def test_run_enters_the_event_loop_and_quits_when_the_login_is_closed(database_url, shop):
    # In a child process: after exec() returns, this process's QApplication has quit for good.
    _run_child(RUN_SCRIPT, database_url)


def test_self_check_builds_every_window_and_prints_one_line(qtbot, database_url, capsys):
    assert self_check(database_url) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1, out
    backend = "sqlite" if database_url.startswith("sqlite") else "mysql"
    assert out[0].startswith(f"cakeshop self-check ok: {backend}, schema ")
    assert "login" in out[0] and "ordering" in out[0] and "checkout" in out[0]
    assert "a receipt (ESC/POS and page), a WebP picture" in out[0]  # escpos, Pillow, codecs


def test_self_check_fails_readably_on_a_dead_server(qtbot, capsys):
    assert self_check("mysql+pymysql://nobody@127.0.0.1:1/cakeshop") != 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("cakeshop self-check FAILED")
    assert "127.0.0.1" in out[0]
