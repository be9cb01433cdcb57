"""Cakes' pictures in `cake_images`; the bytes are read only by the statements here."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from cakeshop_desktop.core.db.models import Cake, CakeImage
from cakeshop_desktop.core.rules.pictures import PreparedPicture, picture_key


class PictureRepository:
    """Reads and writes `cake_images`, and keeps `cakes.image` (the fingerprint) in step."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def picture(self, cake_id: int) -> tuple[bytes, str, datetime] | None:
        """The cake's picture bytes, MIME type and when it was set."""
        row = self._session.execute(
            select(CakeImage.picture, CakeImage.mime, CakeImage.updated_at).where(
                CakeImage.cake_id == cake_id
            )
        ).first()
        return None if row is None else (bytes(row[0]), row[1], row[2])

    def thumbnails(self, cake_ids: Sequence[int]) -> dict[int, bytes]:
        if not cake_ids:
            return {}
        rows = self._session.execute(
            select(CakeImage.cake_id, CakeImage.thumbnail).where(
                CakeImage.cake_id.in_(list(cake_ids))
            )
        )
        return {cake_id: bytes(thumbnail) for cake_id, thumbnail in rows}

    def store(self, cake_id: int, prepared: PreparedPicture) -> None:
        existing = self._session.get(CakeImage, cake_id)
        if existing is None:
            self._session.add(
                CakeImage(
                    cake_id=cake_id,
                    picture=prepared.picture,
                    thumbnail=prepared.thumbnail,
                    mime=prepared.mime,
                    width=prepared.width,
                    height=prepared.height,
                )
            )
        else:
            existing.picture = prepared.picture
            existing.thumbnail = prepared.thumbnail
            existing.mime = prepared.mime
            existing.width = prepared.width
            existing.height = prepared.height
            existing.updated_at = datetime.now()
        self._set_key(cake_id, prepared.key)

    def copy(self, from_cake_id: int, to_cake_id: int) -> None:
        """The same picture for another cake (a duplicated cake), if the first has one."""
        row = self._session.execute(
            select(
                CakeImage.picture,
                CakeImage.thumbnail,
                CakeImage.mime,
                CakeImage.width,
                CakeImage.height,
            ).where(CakeImage.cake_id == from_cake_id)
        ).first()
        if row is None:
            return
        picture, thumbnail, mime, width, height = row
        self.store(
            to_cake_id,
            PreparedPicture(
                picture=bytes(picture),
                thumbnail=bytes(thumbnail),
                mime=mime,
                width=width,
                height=height,
                key=picture_key(bytes(picture)),
            ),
        )

    def remove(self, cake_id: int) -> None:
        existing = self._session.get(CakeImage, cake_id)
        if existing is not None:
            self._session.delete(existing)
        self._set_key(cake_id, None)

    def _set_key(self, cake_id: int, key: str | None) -> None:
        # A statement, not the ORM: a picture is not an edit of the cake's row, so its
        # version (the grids' optimistic lock) stays; updated_at moves, for live updates.
        self._session.execute(
            update(Cake).where(Cake.id == cake_id).values(image=key, updated_at=datetime.now())
        )
        self._session.flush()
