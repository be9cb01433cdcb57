"""An unexpected error: logged with its traceback and shown with the log's path, never a silent exit."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)

_showing = threading.Event()  # one box at a time: an error while showing one is only logged


def unexpected_error_box(error: BaseException, log_path: Path) -> QMessageBox:
    """The box for an error nobody expected (objectName unexpectedErrorBox)."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("crash", "Cakeshop — unexpected error"),
        QCoreApplication.translate(
            "crash",
            "Something unexpected went wrong: {0}.\n\nThe app keeps running, but the last "
            "action may not have been finished. Please tell whoever looks after the shop's "
            "computers and give them the log:\n{1}",
        ).format(type(error).__name__, log_path),
    )
    box.setObjectName("unexpectedErrorBox")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def install_excepthook(log_path: Path) -> None:
    """Route uncaught exceptions (Qt slots included) to the log and a message box."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.critical("Unexpected error", exc_info=(kind, error, trace))
        if (
            QApplication.instance() is None
            or threading.current_thread() is not threading.main_thread()
            or _showing.is_set()
        ):
            return
        _showing.set()
        try:
            unexpected_error_box(error, log_path).exec()
        finally:
            _showing.clear()

    sys.excepthook = hook
