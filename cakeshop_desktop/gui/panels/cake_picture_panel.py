"""The picture of the cake chosen in the admin's assortment: shown, chosen from a file or
dropped on the panel (PNG, JPEG, WebP), removed. The core checks and scales it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from cakeshop_desktop.core.domain import CakeDTO, CakePicture, InvalidInput, UserDTO
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.rules import pictures as picture_rules
from cakeshop_desktop.core.services import pictures
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.file_dialogs import ask_open_path

PREVIEW = QSize(200, 150)
SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp"})
LOAD_DELAY_MS = 150


def attach_picture_file(uow: Any, actor: UserDTO, cake_id: int, path: str) -> CakeDTO:
    """Runs on a worker: a file too big is refused before it is read."""
    file = Path(path)
    try:
        picture_rules.check_file_size(file.stat().st_size)
        data = file.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            tr_noop("The file {0} cannot be read: {1}"), file.name, exc.strerror or str(exc)
        ) from None
    return pictures.attach_picture(uow, actor, cake_id, data)


class CakePicturePanel(QGroupBox):
    """objectName cakePicturePanel: shows `cake_id`'s picture; takes a file or a drop."""

    changed = Signal(str)  # what happened, for the status bar
    failed = Signal(str)  # a refusal, for a message box

    def __init__(self, ctx: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._cake_id: int | None = None
        self._cake_name = ""
        self.setObjectName("cakePicturePanel")
        self.setTitle(self.tr("Picture"))
        self.setAccessibleName(self.tr("Picture of the chosen cake"))
        self.setAcceptDrops(True)

        self.preview = QLabel(self)
        self.preview.setObjectName("cakePicturePreview")
        self.preview.setAccessibleName(self.tr("Picture of the cake"))
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.preview.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("C&hoose a picture…"), self)
        self.choose_button.setObjectName("choosePictureButton")
        self.choose_button.setAccessibleName(self.tr("Choose a picture"))
        self.choose_button.setToolTip(
            self.tr("A PNG, JPEG or WebP file; it is scaled to 1024 pixels at most")
        )
        self.remove_button = QPushButton(self.tr("Remo&ve picture"), self)
        self.remove_button.setObjectName("removePictureButton")
        self.remove_button.setAccessibleName(self.tr("Remove picture"))
        self.hint = QLabel(self.tr("or drop a picture file here"), self)
        self.hint.setObjectName("cakePictureHint")
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        for widget in (self.preview, self.choose_button, self.remove_button, self.hint):
            layout.addWidget(widget)
        layout.addStretch(1)

        self.choose_button.clicked.connect(self.choose_file)
        self.remove_button.clicked.connect(self.remove_picture)
        self._timer = QTimer(self, singleShot=True, interval=LOAD_DELAY_MS)
        self._timer.timeout.connect(self._load)
        self.set_cake(None)

    @property
    def cake_id(self) -> int | None:
        return self._cake_id

    def set_cake(self, cake_id: int | None, name: str = "") -> None:
        """The cake whose picture is shown (None: no saved cake is chosen)."""
        self._cake_id, self._cake_name = cake_id, name
        has_cake = cake_id is not None
        self.choose_button.setEnabled(has_cake)
        self.remove_button.setEnabled(False)
        self.preview.clear()
        self.preview.setText(
            self.tr("Loading…") if has_cake else self.tr("Choose a saved cake to give it a picture")
        )
        if has_cake:
            self._timer.start()

    @Slot()
    def _load(self) -> None:
        cake_id = self._cake_id
        if cake_id is None:
            return
        self._ctx.call(
            self,
            pictures.cake_picture,
            cake_id,
            on_result=lambda found: self._show(cake_id, found),
            on_error=lambda error: self.preview.setText(describe(error)),
        )

    def _show(self, cake_id: int, found: CakePicture | None) -> None:
        if cake_id != self._cake_id:
            return
        self.remove_button.setEnabled(found is not None)
        pixmap = QPixmap()
        if found is None or not pixmap.loadFromData(found.data):
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No picture"))
            return
        self.preview.setPixmap(
            pixmap.scaled(
                PREVIEW,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    # --- attaching

    @Slot()
    def choose_file(self) -> None:
        if self._cake_id is None:
            return
        path = ask_open_path(
            self,
            self.tr("A picture of «{0}»").format(self._cake_name),
            self.tr("Pictures (*.png *.jpg *.jpeg *.webp)"),
        )
        if path:
            self.attach_file(path)

    def attach_file(self, path: str) -> None:
        cake_id = self._cake_id
        if cake_id is None:
            return
        self.preview.setPixmap(QPixmap())
        self.preview.setText(self.tr("Saving…"))
        self._ctx.call(
            self,
            attach_picture_file,
            cake_id,
            path,
            on_result=lambda cake: self._saved(cake_id, self.tr("The picture of «{0}» is saved")),
            on_error=lambda error: self._refused(cake_id, error),
        )

    @Slot()
    def remove_picture(self) -> None:
        cake_id = self._cake_id
        if cake_id is None:
            return
        self._ctx.call(
            self,
            pictures.remove_picture,
            cake_id,
            on_result=lambda cake: self._saved(cake_id, self.tr("The picture of «{0}» is removed")),
            on_error=lambda error: self._refused(cake_id, error),
        )

    def _saved(self, cake_id: int, message: str) -> None:
        self.changed.emit(message.format(self._cake_name))
        if cake_id == self._cake_id:
            self._load()

    def _refused(self, cake_id: int, error: Exception) -> None:
        if cake_id == self._cake_id:
            self._load()  # what is stored, unchanged
        self.failed.emit(describe(error))

    # --- drops

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        return urls[0].toLocalFile()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._cake_id is not None and self._dropped_file(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is None or self._cake_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # the suffix is only a hint: the core checks the file's first bytes
        self.attach_file(path)
