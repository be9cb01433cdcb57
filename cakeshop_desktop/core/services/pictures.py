"""Cakes' pictures: an admin attaches or removes one; every counter reads them.

The catalogue never reads picture bytes: a page of cakes says which have a picture (its
fingerprint in `CakeDTO.image`), the counter asks for that page's thumbnails in one call
and for the big picture of the one cake it shows in full.
"""

from __future__ import annotations

from collections.abc import Sequence

from cakeshop_desktop.core.domain import (
    CakeDTO,
    CakePicture,
    InvalidInput,
    NotFound,
    Role,
    UserDTO,
)
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.rules import pictures, validation
from cakeshop_desktop.core.rules.permissions import EVERYONE, require
from cakeshop_desktop.core.support.mapping import cake_dto
from cakeshop_desktop.core.uow import UnitOfWork

ADMINS = frozenset({Role.ADMIN})
MAX_THUMBNAILS = 200  # a page of the catalogue is 50


def attach_picture(uow: UnitOfWork, actor: UserDTO, cake_id: int, data: bytes) -> CakeDTO:
    """Give a cake the picture of a file's bytes (PNG, JPEG or WebP), replacing its old one."""
    require(actor, ADMINS, tr_noop("edit the assortment"))
    validation.identifier(cake_id, tr_noop("cake"))
    # checked and scaled before the transaction: the decoding takes the time, not the write
    prepared = pictures.prepare_picture(data)
    with uow:
        cake = uow.catalog.get_cake(cake_id)
        if cake is None:
            raise NotFound(tr_noop("No such cake"))
        before = cake.image
        uow.pictures.store(cake_id, prepared)
        uow.audit.record(
            actor.id,
            "update",
            "cake_images",
            cake_id,
            before={"picture": before},
            after={
                "picture": prepared.key,
                "size": f"{prepared.width}×{prepared.height}",
                "bytes": len(prepared.picture),
            },
        )
        uow.commit()
        return _fresh(uow, cake_id)


def remove_picture(uow: UnitOfWork, actor: UserDTO, cake_id: int) -> CakeDTO:
    """Take a cake's picture away; the catalogue shows its category's icon again."""
    require(actor, ADMINS, tr_noop("edit the assortment"))
    validation.identifier(cake_id, tr_noop("cake"))
    with uow:
        cake = uow.catalog.get_cake(cake_id)
        if cake is None:
            raise NotFound(tr_noop("No such cake"))
        before = cake.image
        if before is not None:
            uow.pictures.remove(cake_id)
            uow.audit.record(actor.id, "delete", "cake_images", cake_id, before={"picture": before})
            uow.commit()
        return _fresh(uow, cake_id)


def _fresh(uow: UnitOfWork, cake_id: int) -> CakeDTO:
    cake = uow.catalog.get_cake(cake_id)
    assert cake is not None
    return cake_dto(cake)


def cake_picture(uow: UnitOfWork, actor: UserDTO, cake_id: int) -> CakePicture | None:
    """The cake's big picture, or None if it has none."""
    require(actor, EVERYONE, tr_noop("see cakes"))
    validation.identifier(cake_id, tr_noop("cake"))
    with uow:
        found = uow.pictures.picture(cake_id)
        if found is None:
            return None
        data, mime, updated_at = found
        return CakePicture(
            cake_id=cake_id,
            data=data,
            mime=mime,
            key=pictures.picture_key(data),
            updated_at=updated_at,
        )


def cake_thumbnails(uow: UnitOfWork, actor: UserDTO, cake_ids: Sequence[int]) -> dict[int, bytes]:
    """The thumbnails (JPEG, at most 128 px) of those of the cakes that have a picture."""
    require(actor, EVERYONE, tr_noop("see cakes"))
    if not isinstance(cake_ids, list | tuple | set | frozenset):
        raise InvalidInput(tr_noop("Not a list of cakes"))
    if len(cake_ids) > MAX_THUMBNAILS:
        raise InvalidInput(tr_noop("At most {0} thumbnails at a time"), MAX_THUMBNAILS)
    ids = sorted({validation.identifier(cake_id, tr_noop("cake")) for cake_id in cake_ids})
    with uow:
        return uow.pictures.thumbnails(ids)
