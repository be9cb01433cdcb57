"""Cakes' thumbnails and big pictures for the counter: fetched on the worker pool, kept in LRUs.

The catalogue asks for a thumbnail only when the view paints a row (`DecorationRole`):
the cakes asked for within a few milliseconds go to the database in one call, and the
answer is decoded on the GUI thread (a worker never creates a Qt object). A picture is
known by its cake and its fingerprint (`CakeDTO.image`), so a changed picture is fetched
again and an unchanged one never is.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap

from cakeshop_desktop.core.domain import CakeDTO, CakePicture
from cakeshop_desktop.core.services import pictures
from cakeshop_desktop.gui.context import ShopContext

Key = tuple[int, str]  # (cake id, picture fingerprint)


class _Lru(OrderedDict[Key, QPixmap]):
    def __init__(self, capacity: int) -> None:
        super().__init__()
        self.capacity = capacity

    def take(self, key: Key) -> QPixmap | None:
        pixmap = self.get(key)
        if pixmap is not None:
            self.move_to_end(key)
        return pixmap

    def keep(self, key: Key, pixmap: QPixmap) -> None:
        self[key] = pixmap
        self.move_to_end(key)
        while len(self) > self.capacity:
            self.popitem(last=False)


class PictureCache(QObject):
    """Thumbnails (LRU of THUMBNAILS) and big pictures (LRU of PICTURES) of cakes."""

    THUMBNAILS = 1000  # ~20 pages of the catalogue, ~60 KB each as pixmaps
    PICTURES = 20
    BATCH_DELAY_MS = 15  # the rows painted together are fetched together
    BATCH = pictures.MAX_THUMBNAILS

    thumbnails_arrived = Signal(list)  # the cake ids whose thumbnails just arrived
    picture_arrived = Signal(int)  # a cake id

    def __init__(
        self,
        ctx: ShopContext,
        parent: QObject | None = None,
        thumbnail_size: QSize | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        # thumbnails are kept scaled to what the view paints: a paint only copies pixels
        self._thumbnail_size = thumbnail_size
        self._thumbnails = _Lru(self.THUMBNAILS)
        self._pictures = _Lru(self.PICTURES)
        self._wanted: dict[int, str] = {}  # cake id -> fingerprint, not asked yet
        # asked and not answered yet; asked, and the database had none (removed since):
        # thumbnails and pictures apart, a thumbnail on its way must not hold a picture back
        self._asked: set[Key] = set()
        self._missing: set[Key] = set()
        self._pictures_asked: set[Key] = set()
        self._pictures_missing: set[Key] = set()
        self._timer = QTimer(self, singleShot=True, interval=self.BATCH_DELAY_MS)
        self._timer.timeout.connect(self._fetch_thumbnails)
        self.enabled = True

    @property
    def is_loading(self) -> bool:
        """Thumbnails or a picture asked for and not here yet."""
        return bool(self._wanted or self._asked or self._pictures_asked or self._timer.isActive())

    # --- thumbnails

    def thumbnail(self, cake: CakeDTO) -> QPixmap | None:
        """The cake's thumbnail if it is here; else None, and it is fetched (see the signal)."""
        if not self.enabled or not cake.image:
            return None
        key = (cake.id, cake.image)
        pixmap = self._thumbnails.take(key)
        if pixmap is None and key not in self._asked and key not in self._missing:
            self._wanted[cake.id] = cake.image
            if not self._timer.isActive():
                self._timer.start()
        return pixmap

    def _fetch_thumbnails(self) -> None:
        while self._wanted:
            batch = dict(list(self._wanted.items())[: self.BATCH])
            for cake_id in batch:
                del self._wanted[cake_id]
            keys = set(batch.items())
            self._asked |= keys
            self._ctx.call(
                self,
                pictures.cake_thumbnails,
                sorted(batch),
                on_result=lambda found, keys=keys: self._thumbnails_arrived(keys, found),
                on_error=lambda _error, keys=keys: self._asked.difference_update(keys),
            )

    def _thumbnails_arrived(self, keys: set[Key], found: dict[int, bytes]) -> None:
        self._asked -= keys
        arrived: list[int] = []
        for cake_id, fingerprint in keys:
            data = found.get(cake_id)
            pixmap = QPixmap()
            if data is None or not pixmap.loadFromData(data):
                self._missing.add((cake_id, fingerprint))
                continue
            if self._thumbnail_size is not None:
                pixmap = pixmap.scaled(
                    self._thumbnail_size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            self._thumbnails.keep((cake_id, fingerprint), pixmap)
            arrived.append(cake_id)
        if arrived:
            self.thumbnails_arrived.emit(arrived)

    # --- big pictures

    def picture(self, cake: CakeDTO, *, fetch: bool = True) -> QPixmap | None:
        """The cake's big picture if it is here; else None, and it is fetched (if `fetch`)."""
        if not cake.image:
            return None
        key = (cake.id, cake.image)
        pixmap = self._pictures.take(key)
        if (
            fetch
            and pixmap is None
            and key not in self._pictures_asked
            and key not in self._pictures_missing
        ):
            self._pictures_asked.add(key)
            self._ctx.call(
                self,
                pictures.cake_picture,
                cake.id,
                on_result=lambda found, key=key: self._picture_arrived(key, found),
                on_error=lambda _error, key=key: self._pictures_asked.discard(key),
            )
        return pixmap

    def _picture_arrived(self, key: Key, found: CakePicture | None) -> None:
        self._pictures_asked.discard(key)
        pixmap = QPixmap()
        if found is None or not pixmap.loadFromData(found.data):
            self._pictures_missing.add(key)
        else:
            # the newest picture, whichever fingerprint the catalogue's row still had
            self._pictures.keep((key[0], found.key), pixmap)
            if found.key != key[1]:
                self._pictures.keep(key, pixmap)
        self.picture_arrived.emit(key[0])
