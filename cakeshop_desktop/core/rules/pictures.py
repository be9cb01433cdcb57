"""A cake's picture made ready for the database: checked, scaled, re-encoded (Pillow, no Qt).

A file an admin attaches (PNG, JPEG or WebP) is checked by its first bytes and by Pillow,
turned upright (a phone's EXIF rotation), scaled to at most PICTURE_SIDE pixels and to a
THUMBNAIL_SIDE thumbnail, and stored as JPEG: a few hundred KB at most, far below MySQL's
max_allowed_packet (MariaDB's default is 16 MB, MySQL 5.7's 4 MB). Anything else is refused
with a message that says why.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from cakeshop_desktop.core.domain import InvalidInput
from cakeshop_desktop.core.messages import tr_noop

MAX_FILE_BYTES = 15 * 1024 * 1024  # what a phone's photo weighs, with room to spare
MAX_MEGAPIXELS = 50  # a bigger picture is a decompression bomb, not a cake
PICTURE_SIDE = 1024
THUMBNAIL_SIDE = 128
MAX_STORED_BYTES = 2 * 1024 * 1024  # a stored picture (JPEG, 1024 px) is ~50-300 KB
JPEG_QUALITY = 85
STORED_MIME = "image/jpeg"
KEY_LENGTH = 16  # hex digits of the picture's SHA-256 kept in cakes.image

# the first bytes of each format accepted, and the name Pillow gives it
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
)


@dataclass(frozen=True, slots=True)
class PreparedPicture:
    """A picture ready to store: JPEG bytes of the picture and of its thumbnail."""

    picture: bytes
    thumbnail: bytes
    mime: str
    width: int
    height: int
    key: str  # the fingerprint kept in cakes.image


def sniff_format(data: bytes) -> str | None:
    """'PNG', 'JPEG' or 'WEBP' by the file's first bytes; None for anything else."""
    for signature, name in _SIGNATURES:
        if data.startswith(signature):
            return name
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    return None


def picture_key(picture: bytes) -> str:
    return hashlib.sha256(picture).hexdigest()[:KEY_LENGTH]


def check_file_size(size: int) -> None:
    """InvalidInput for a file too big to be a cake's picture (checked before reading it)."""
    if size > MAX_FILE_BYTES:
        raise InvalidInput(
            tr_noop("The file is {0} MB: a picture of at most {1} MB can be attached"),
            _megabytes(size),
            MAX_FILE_BYTES // (1024 * 1024),
        )


def prepare_picture(data: bytes) -> PreparedPicture:
    """The picture of a file's bytes, scaled and re-encoded; InvalidInput if it is not one."""
    if not isinstance(data, bytes | bytearray):
        raise InvalidInput(tr_noop("This file is not a PNG, JPEG or WebP picture"))
    check_file_size(len(data))
    kind = sniff_format(bytes(data[:16]))
    if kind is None:
        raise InvalidInput(tr_noop("This file is not a PNG, JPEG or WebP picture"))
    return prepare_image(_decoded(bytes(data), kind))


def prepare_image(image: Image.Image) -> PreparedPicture:
    """A decoded picture (RGB) scaled and encoded for the database."""
    picture = _fitted(image, PICTURE_SIDE)
    stored = _jpeg(picture)
    if len(stored) > MAX_STORED_BYTES:  # cannot happen at 1024 px; a guard for the packet
        raise InvalidInput(tr_noop("The picture is too detailed to store: choose a simpler one"))
    return PreparedPicture(
        picture=stored,
        thumbnail=_jpeg(_fitted(picture, THUMBNAIL_SIDE)),
        mime=STORED_MIME,
        width=picture.width,
        height=picture.height,
        key=picture_key(stored),
    )


def _decoded(data: bytes, kind: str) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image: Image.Image = Image.open(io.BytesIO(data), formats=[kind])
            width, height = image.size
            if width * height > MAX_MEGAPIXELS * 1_000_000:
                raise _too_many_pixels()
            if kind == "JPEG":
                image.draft("RGB", (PICTURE_SIDE, PICTURE_SIDE))  # decode at a smaller scale
            image.load()
            image = ImageOps.exif_transpose(image)
    except InvalidInput:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels() from None
    except (
        UnidentifiedImageError,
        OSError,
        SyntaxError,
        ValueError,
        EOFError,
    ):
        raise InvalidInput(tr_noop("The picture is damaged and cannot be read")) from None
    return _on_white(image)


def _too_many_pixels() -> InvalidInput:
    return InvalidInput(
        tr_noop("The picture has too many pixels: at most {0} megapixels can be attached"),
        MAX_MEGAPIXELS,
    )


def _on_white(image: Image.Image) -> Image.Image:
    """RGB; a transparent background becomes white (JPEG has no transparency)."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return image.convert("RGB")


def _fitted(image: Image.Image, side: int) -> Image.Image:
    if image.width <= side and image.height <= side:
        return image
    fitted = image.copy()
    fitted.thumbnail((side, side), Image.Resampling.BICUBIC, reducing_gap=2.0)
    return fitted


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"
