"""Cakes' pictures on both databases: attached, scaled, refused, never read by the catalogue."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image
from sqlalchemy import event, func, select

from cakeshop_desktop.core.db.models import Cake, CakeImage
from cakeshop_desktop.core.domain import CatalogQuery, InvalidInput, PermissionDenied, Role
from cakeshop_desktop.core.rules import pictures
from cakeshop_desktop.core.services import assortment, catalog
from cakeshop_desktop.core.services import pictures as picture_service
from cakeshop_desktop.core.services import table_editor as admin


def image_bytes(width: int, height: int, fmt: str, mode: str = "RGB") -> bytes:
    image = Image.new(mode, (width, height), (200, 120, 60) if mode == "RGB" else (200, 120, 60, 0))
    for x in range(0, width, max(1, width // 8)):  # some detail, so the encoders work
        image.paste(
            (250, 240, 230) if mode == "RGB" else (250, 240, 230, 255), (x, 0, x + 3, height)
        )
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def huge_png_header(width: int, height: int) -> bytes:
    """A PNG that claims width×height pixels (its pixel data is not there)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))


def stored(shop, cake_id: int) -> tuple[str | None, int, bytes | None]:
    """(cakes.image, cakes.version, the stored picture) as the database has them."""
    with shop.uow:
        session = shop.uow._session  # noqa: SLF001 - the test reads what is really stored
        image, version = session.execute(
            select(Cake.image, Cake.version).where(Cake.id == cake_id)
        ).one()
        picture = session.scalar(select(CakeImage.picture).where(CakeImage.cake_id == cake_id))
        return image, version, None if picture is None else bytes(picture)


def test_a_big_png_is_scaled_and_shown_to_every_counter(shop):
    admin_user = shop.user(Role.ADMIN)
    _, version_before, _ = stored(shop, shop.medovik)
    cake = picture_service.attach_picture(
        shop.uow, admin_user, shop.medovik, image_bytes(3000, 2000, "PNG", "RGBA")
    )
    assert cake.image is not None
    assert cake.version == version_before  # a picture is not an edit of the cake's row

    # a cashier at another counter: the catalogue names the picture, the thumbnail comes
    page = catalog.search_catalog(shop.uow, shop.user(Role.CASHIER), CatalogQuery(text="Медовик"))
    assert [c.image for c in page.items] == [cake.image]
    thumbnails = picture_service.cake_thumbnails(
        shop.uow, shop.user(Role.CASHIER), [shop.medovik, shop.napoleon]
    )
    assert list(thumbnails) == [shop.medovik]  # the Napoleon has no picture
    thumbnail = Image.open(io.BytesIO(thumbnails[shop.medovik]))
    assert max(thumbnail.size) == pictures.THUMBNAIL_SIDE

    big = picture_service.cake_picture(shop.uow, shop.user(Role.CUSTOMER), shop.medovik)
    assert big is not None and big.key == cake.image and big.mime == "image/jpeg"
    shown = Image.open(io.BytesIO(big.data))
    assert shown.format == "JPEG" and shown.size == (1024, 683)
    assert picture_service.cake_picture(shop.uow, admin_user, shop.napoleon) is None


@pytest.mark.parametrize("fmt", ["JPEG", "WEBP", "PNG"])
def test_each_format_is_taken_and_a_small_one_keeps_its_size(shop, fmt):
    cake = picture_service.attach_picture(
        shop.uow, shop.user(Role.ADMIN), shop.napoleon, image_bytes(300, 400, fmt)
    )
    big = picture_service.cake_picture(shop.uow, shop.user(Role.CASHIER), shop.napoleon)
    assert big is not None and big.key == cake.image
    assert Image.open(io.BytesIO(big.data)).size == (300, 400)


def test_a_new_picture_replaces_the_old_and_removing_it_clears_the_catalogue(shop):
    admin_user = shop.user(Role.ADMIN)
    first = picture_service.attach_picture(
        shop.uow, admin_user, shop.praga, image_bytes(500, 500, "PNG")
    )
    second = picture_service.attach_picture(
        shop.uow, admin_user, shop.praga, image_bytes(600, 300, "JPEG")
    )
    assert second.image != first.image
    assert stored(shop, shop.praga)[2] is not None
    removed = picture_service.remove_picture(shop.uow, admin_user, shop.praga)
    assert removed.image is None
    assert stored(shop, shop.praga)[0] is None and stored(shop, shop.praga)[2] is None
    assert picture_service.cake_thumbnails(shop.uow, admin_user, [shop.praga]) == {}


BAD_FILES = {
    "text": (b"just some words, not a picture" * 10, "not a PNG, JPEG or WebP"),
    "gif": (image_bytes(20, 20, "GIF"), "not a PNG, JPEG or WebP"),
    "truncated png": (image_bytes(400, 400, "PNG")[:200], "damaged"),
    "too many pixels": (huge_png_header(8000, 8000), "at most 50 megapixels"),
    "a decompression bomb": (huge_png_header(20000, 20000), "at most 50 megapixels"),
    "too big a file": (
        b"\xff\xd8\xff" + b"\x00" * (pictures.MAX_FILE_BYTES + 1),
        "at most 15 MB",
    ),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_file_that_is_not_a_picture_or_too_big_is_refused_and_nothing_changes(shop, case):
    admin_user = shop.user(Role.ADMIN)
    picture_service.attach_picture(shop.uow, admin_user, shop.medovik, image_bytes(64, 64, "PNG"))
    before = stored(shop, shop.medovik)
    data, message = BAD_FILES[case]
    with pytest.raises(InvalidInput, match=message):
        picture_service.attach_picture(shop.uow, admin_user, shop.medovik, data)
    assert stored(shop, shop.medovik) == before  # the old picture stays, as it was


def test_only_an_admin_attaches_or_removes_a_picture(shop):
    picture = image_bytes(64, 64, "PNG")
    for role in (Role.CASHIER, Role.BAKER, Role.CUSTOMER):
        with pytest.raises(PermissionDenied):
            picture_service.attach_picture(shop.uow, shop.user(role), shop.medovik, picture)
        with pytest.raises(PermissionDenied):
            picture_service.remove_picture(shop.uow, shop.user(role), shop.medovik)
    assert stored(shop, shop.medovik)[2] is None


def test_the_catalogue_never_reads_the_picture_table(shop, engine):
    admin_user = shop.user(Role.ADMIN)
    for cake_id in (shop.medovik, shop.napoleon, shop.praga):
        picture_service.attach_picture(shop.uow, admin_user, cake_id, image_bytes(64, 64, "PNG"))
    statements: list[str] = []

    def seen(_conn, _cursor, statement, _params, _context, _many):  # noqa: ANN001
        statements.append(statement.lower())

    event.listen(engine, "before_cursor_execute", seen)
    try:
        for query in (
            CatalogQuery(),
            CatalogQuery(text="медовик"),
            CatalogQuery(in_stock_only=True, exclude_allergens=("молоко",)),
        ):
            page = catalog.search_catalog(shop.uow, shop.user(Role.CASHIER), query)
            assert all(cake.image for cake in page.items)
        catalog.get_cake(shop.uow, shop.user(Role.CASHIER), shop.medovik)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert statements
    for statement in statements:
        assert "cake_images" not in statement
        assert "thumbnail" not in statement and "picture" not in statement


def test_a_duplicated_cake_has_the_picture_and_a_deleted_one_takes_it_along(shop):
    admin_user = shop.user(Role.ADMIN)
    original = picture_service.attach_picture(
        shop.uow, admin_user, shop.napoleon, image_bytes(200, 100, "PNG")
    )
    copy = assortment.duplicate_cake(shop.uow, admin_user, shop.napoleon)
    assert copy.image == original.image
    assert stored(shop, copy.id)[2] == stored(shop, shop.napoleon)[2]
    assortment.delete_cake(shop.uow, admin_user, copy.id)
    with shop.uow:
        count = shop.uow._session.scalar(select(func.count()).select_from(CakeImage))  # noqa: SLF001
    assert count == 1  # the copy's picture went with it; the Napoleon keeps its own


def test_the_tables_tab_shows_no_picture_bytes_and_edits_no_picture(shop):
    admin_user = shop.user(Role.ADMIN)
    images = admin.describe_table(shop.uow, admin_user, "cake_images")
    assert images.read_only
    assert {column.name for column in images.columns} == {
        "cake_id",
        "mime",
        "width",
        "height",
        "updated_at",
    }
    cakes = admin.describe_table(shop.uow, admin_user, "cakes")
    assert "image" not in {column.name for column in cakes.columns}
