"""How a refusal or a failure reaches the user: a message box or an inline label, never a log only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from cakeshop_desktop.core.domain import DatabaseUnavailable, DomainError
from cakeshop_desktop.gui.core_messages import translate_message


def describe(error: BaseException) -> str:
    """The sentence to show for an error from a service call."""
    if isinstance(error, DatabaseUnavailable):
        return QCoreApplication.translate(
            "errors", "The database is unreachable: {0}\nYour work is kept; try again."
        ).format(error.message)
    if isinstance(error, DomainError):
        return translate_message(error.message)
    return QCoreApplication.translate(
        "errors", "Something went wrong: {0}. Nothing was saved; the details are in the log."
    ).format(type(error).__name__)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """A modal message box with the error in words."""
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("errors", "Cakeshop"), describe(error)
    )


def show_inline(label: QLabel, error: BaseException | None) -> None:
    """Put the error in an inline label (or clear it with None)."""
    label.setText("" if error is None else describe(error))
    label.setVisible(error is not None)
