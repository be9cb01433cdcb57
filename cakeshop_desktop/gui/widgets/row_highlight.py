"""The current row of a list stands out, with the focus or without, and keys land on a row."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView


class _SelectOnFocus(QObject):
    """Qt gives a list that gets the focus a current cell but selects nothing, so no row is
    highlighted; this selects the current row when the focus arrives."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QAbstractItemView):
            index = watched.currentIndex()
            model = watched.model()
            if model is not None and model.rowCount() > 0:
                selection = watched.selectionModel()
                if not index.isValid():
                    go_to_row(watched, 0, 0)
                elif not selection.isRowSelected(index.row(), index.parent()):
                    go_to_row(watched, index.row(), index.column())
        return False


def highlight_current_row(view: QAbstractItemView) -> None:
    """The selected row keeps the strong highlight when the list loses the focus (the
    cashier sees which cake F4 or Enter acts on while typing elsewhere)."""
    palette = view.palette()
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
        palette.setColor(
            QPalette.ColorGroup.Inactive, role, palette.color(QPalette.ColorGroup.Active, role)
        )
    view.setPalette(palette)
    keeper = _SelectOnFocus(view)
    view.installEventFilter(keeper)


def go_to_row(view: QAbstractItemView, row: int, column: int) -> None:
    """Make `row` current (in `column`) and selected, and show it."""
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, column)
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index)
