"""Settings → Backups: the local database's backups, Back up now, and Restore.

The copies themselves are `core/db/backups.py`; this page lists them, runs the work on its own
worker thread with a progress bar, asks before a restore, and emits `restored(url)` once the
data is back, so that the app reopens on it (as Settings → Database does after a switch).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cakeshop_desktop.core.db import backups
from cakeshop_desktop.core.db.backups import BackupFile, BackupReason
from cakeshop_desktop.core.db.engine import safe_url
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.file_dialogs import ask_open_path
from cakeshop_desktop.gui.formatting import date_time
from cakeshop_desktop.gui.models.backups_model import BackupsModel
from cakeshop_desktop.gui.widgets.layouts import nest
from cakeshop_desktop.gui.widgets.message_label import message_label, say
from cakeshop_desktop.gui.workers import Workers


class _Progress(QObject):
    """Carries (done, total) from the worker thread to the progress bar (a queued signal)."""

    moved = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):  # the page closed meanwhile
            self.moved.emit(done, total)


class BackupsPage(QWidget):
    """The list of backups (date, size, why), Back up now, Restore…, Restore from a file…"""

    restored = Signal(str)  # the database URL, now holding the restored data

    def __init__(self, database_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsPage")
        self.setAccessibleName(self.tr("Backups"))
        self._url = database_url
        self._database = backups.database_file(database_url)
        self._workers = Workers(self, max_threads=1)
        self._progress = _Progress(self)
        self._busy = False
        self.model = BackupsModel(self)
        layout = QVBoxLayout(self)
        self._intro = QLabel()
        self._intro.setObjectName("backupsIntroLabel")
        self._intro.setWordWrap(True)
        self._intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._intro)
        if self._database is None:
            self._intro.setText(self._server_text())
            layout.addStretch(1)
            return
        self._intro.setText(
            self.tr(
                "A copy of the shop's database is made every day the app runs and before "
                "every upgrade, in {0}. The newest {1} are kept."
            ).format(backups.backups_folder(self._database), backups.KEEP_BACKUPS)
        )
        self.view = self._build_view()
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.back_up_button = self._button(
            "backUpNowButton", self.tr("&Back up now"), self._back_up, buttons
        )
        buttons.addStretch(1)
        self.restore_button = self._button(
            "restoreBackupButton", self.tr("&Restore…"), self._restore_chosen, buttons
        )
        self.restore_file_button = self._button(
            "restoreFromFileButton", self.tr("Restore from a &file…"), self._restore_file, buttons
        )
        nest(layout, buttons)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("backupProgressBar")
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        self.status_label = message_label("backupStatusLabel")
        self.status_label.setAccessibleName(self.tr("Backup result"))
        layout.addWidget(self.status_label)
        self._progress.moved.connect(self._moved)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.refresh()

    # --- building

    def _server_text(self) -> str:
        return self.tr(
            "The shop's data is on the server {0}, not on this computer. Back it up where the "
            "server is: the command «cakeshop db backup FILE» writes the whole database into a "
            "file, and «cakeshop db restore FILE» loads one into a new, empty database "
            "(see the README)."
        ).format(safe_url(self._url))

    def _build_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("backupsView")
        view.setAccessibleName(self.tr("Backups"))
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.doubleClicked.connect(self._restore_chosen)
        return view

    def _button(self, name: str, text: str, slot: object, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # --- the list

    def refresh(self) -> None:
        assert self._database is not None
        self._workers.submit(
            self,
            backups.list_backups,
            self._database,
            on_result=self._listed,
            on_error=lambda error: self._say(describe(error), ok=False),
        )

    def _listed(self, rows: list[BackupFile]) -> None:
        self.model.set_backups(rows)
        self._update_buttons()

    def chosen_backup(self) -> BackupFile | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        self.back_up_button.setEnabled(not self._busy)
        self.restore_button.setEnabled(not self._busy and self.chosen_backup() is not None)
        self.restore_file_button.setEnabled(not self._busy)

    # --- back up now

    @Slot()
    def _back_up(self) -> None:
        if self._busy:
            return
        self._start(self.tr("Backing up…"))
        self._workers.submit(
            self,
            backups.back_up,
            self._database,
            BackupReason.MANUAL,
            progress=self._progress.report,
            on_result=self._backed_up,
            on_error=self._failed,
        )

    def _backed_up(self, backup: BackupFile) -> None:
        self._stop()
        self._say(
            self.tr("Backed up: {0}, {1}.").format(
                date_time(backup.made_at), self.locale().formattedDataSize(backup.size)
            ),
            ok=True,
        )
        self.refresh()

    # --- restore

    @Slot()
    def _restore_chosen(self) -> None:
        backup = self.chosen_backup()
        if backup is None or self._busy:
            return
        self._restore(backup.path, date_time(backup.made_at))

    @Slot()
    def _restore_file(self) -> None:
        if self._busy:
            return
        assert self._database is not None
        # the list holds the backups folder; a file chosen here comes from elsewhere (a USB stick)
        path = ask_open_path(
            self,
            self.tr("Restore from a file"),
            self.tr("Cakeshop databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self._restore(Path(path), Path(path).name)

    def _restore(self, path: Path, what: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Replace the shop's data with the backup «{0}»? Everything entered since then "
                "is lost. The data as it is now is backed up first, and everybody logs in again."
            ).format(what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._start(self.tr("Checking and restoring the backup «{0}»…").format(what))
        self._workers.submit(
            self,
            backups.restore,
            self._database,
            path,
            progress=self._progress.report,
            on_result=lambda _saved: self._restored(what),
            on_error=self._failed,
        )

    def _restored(self, what: str) -> None:
        self._stop()
        self._say(self.tr("Restored the backup «{0}».").format(what), ok=True)
        QMessageBox.information(
            self,
            self.tr("Restore"),
            self.tr(
                "The shop's data is back as it was in the backup «{0}». What it held a moment "
                "ago is kept as a backup too. The app now reopens: log in again."
            ).format(what),
        )
        self.restored.emit(self._url)

    # --- progress and results

    @property
    def is_busy(self) -> bool:
        return self._busy

    def _start(self, text: str) -> None:
        self._busy = True
        self.progress_bar.setRange(0, 0)  # busy until the first page count arrives
        self.progress_bar.show()
        self._say(text, ok=True)
        self._update_buttons()

    def _stop(self) -> None:
        self._busy = False
        self.progress_bar.hide()
        self._update_buttons()

    @Slot(int, int)
    def _moved(self, done: int, total: int) -> None:
        if self._busy and total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._stop()
        self._say(describe(error), ok=False)
        self.refresh()

    def _say(self, text: str, *, ok: bool) -> None:
        say(self.status_label, text, ok=ok)
