"""The bakers' board: three columns of task cards; one key or one click moves a card on.

Space or Enter moves the selected card to the next column, Backspace moves it back, the
arrow keys Left and Right go to the neighbouring column. Each card also has its own
button. The selection follows a moved card, and survives every reload.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from cakeshop_desktop.core.domain import TaskStatus
from cakeshop_desktop.core.types.production import BOARD_COLUMNS, Board, TaskCard
from cakeshop_desktop.gui.delegates.card_delegate import CardDelegate
from cakeshop_desktop.gui.labels import task_status_label
from cakeshop_desktop.gui.models.base import CARD_ROLE, HEADING_ROLE
from cakeshop_desktop.gui.models.board_model import (
    BoardColumnModel,
    column_rows,
)

ADVANCE_KEYS = frozenset({Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter})


class ProductionBoard(QWidget):
    """Queued, in progress and done side by side; emits what the baker asked to move."""

    advance_requested = Signal(object)  # TaskCard
    undo_requested = Signal(object)  # TaskCard

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productionBoard")
        self.setAccessibleName(self.tr("Production board"))
        self.models: dict[TaskStatus, BoardColumnModel] = {}
        self.views: dict[TaskStatus, QListView] = {}
        self.titles: dict[TaskStatus, QLabel] = {}
        self._last_view: QListView | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        names = {
            TaskStatus.QUEUED: "queuedList",
            TaskStatus.IN_PROGRESS: "inProgressList",
            TaskStatus.DONE: "doneList",
        }
        for status in BOARD_COLUMNS:
            layout.addWidget(self._column(status, names[status], task_status_label(status)), 1)
        self._retitle()

    def _column(self, status: TaskStatus, name: str, title: str) -> QFrame:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        box.setContentsMargins(4, 4, 4, 4)
        label = QLabel(title, frame)
        label.setObjectName(f"{name}Title")
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        box.addWidget(label)
        model = BoardColumnModel(status, self)
        view = QListView(frame)
        view.setObjectName(name)
        view.setAccessibleName(self.tr("{0} column").format(title))
        view.setModel(model)
        delegate = CardDelegate(status, view)
        delegate.button_clicked.connect(self._button_clicked)
        view.setItemDelegate(delegate)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setUniformItemSizes(False)
        view.setMouseTracking(True)
        view.setSpacing(0)
        view.installEventFilter(self)
        view.doubleClicked.connect(lambda index, s=status: self._double_clicked(s, index))
        box.addWidget(view, 1)
        self.models[status] = model
        self.views[status] = view
        self.titles[status] = label
        label.setProperty("baseTitle", title)
        return frame

    # ------------------------------------------------------------ content

    def set_board(self, board: Board) -> None:
        """Show the board, keeping the selected card selected wherever it is now."""
        keep = self.selected_card()
        focused = self._focused_view()
        for status in BOARD_COLUMNS:
            self.models[status].update_rows(column_rows(board, status))
        self._retitle()
        if keep is not None:
            self.select_task(keep.id, focus=focused is not None)

    def _retitle(self) -> None:
        for status, label in self.titles.items():
            count = sum(card.quantity for card in self.models[status].cards())
            label.setText(f"{label.property('baseTitle')} ({count})")

    def cards(self, status: TaskStatus) -> list[TaskCard]:
        return self.models[status].cards()

    def selected_card(self) -> TaskCard | None:
        view = self._focused_view() or self._last_view
        if view is None:
            return None
        index = view.currentIndex()
        if not index.isValid() or not view.selectionModel().isSelected(index):
            return None
        card = index.data(CARD_ROLE)
        return card if isinstance(card, TaskCard) else None

    def select_task(self, task_id: int, *, focus: bool = True) -> bool:
        """Select the card wherever it is; the column it is in gets the keyboard."""
        for status in BOARD_COLUMNS:
            row = self.models[status].row_of(task_id)
            if row < 0:
                continue
            view = self.views[status]
            index = self.models[status].index(row, 0)
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            view.scrollTo(index)
            self._last_view = view
            for other in self.views.values():
                if other is not view:
                    other.clearSelection()
            if focus:
                view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def focus_column(self, status: TaskStatus, *, focus: bool = True) -> None:
        """Go to a column; with no card chosen there, its first card is selected."""
        view = self.views[status]
        if focus:
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._last_view = view
        current = view.currentIndex()
        if not current.isValid() or current.data(HEADING_ROLE) or self.selected_card() is None:
            cards = self.models[status].cards()
            if cards:
                self.select_task(cards[0].id, focus=focus)

    def _focused_view(self) -> QListView | None:
        for view in self.views.values():
            if view.hasFocus():
                return view
        return None

    # ------------------------------------------------------------ input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QListView):
            self._last_view = watched
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return super().eventFilter(watched, event)
        key = event.key()
        statuses = list(self.views)
        position = next((i for i, s in enumerate(statuses) if self.views[s] is watched), -1)
        if key in ADVANCE_KEYS:
            card = self.selected_card()
            if card is not None:
                self.advance_requested.emit(card)
            return True
        if key == Qt.Key.Key_Backspace:
            card = self.selected_card()
            if card is not None:
                self.undo_requested.emit(card)
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and position >= 0:
            step = -1 if key == Qt.Key.Key_Left else 1
            target = position + step
            if 0 <= target < len(statuses):
                self.focus_column(statuses[target])
            return True
        return super().eventFilter(watched, event)

    def _button_clicked(self, card: TaskCard) -> None:
        self.select_task(card.id)
        if card.status is TaskStatus.DONE:
            self.undo_requested.emit(card)
        else:
            self.advance_requested.emit(card)

    def _double_clicked(self, status: TaskStatus, index: QModelIndex) -> None:
        card = index.data(CARD_ROLE)
        if isinstance(card, TaskCard) and status is not TaskStatus.DONE:
            self.advance_requested.emit(card)
