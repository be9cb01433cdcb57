"""Pictures of the demo cakes, drawn here (Pillow, no downloads): a plate, a cake shaped by
its shelf (layers, mousse, tiers, pastries, a pie), coloured by its name, decorated."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from cakeshop_desktop.core.demo.catalog import CATEGORIES, DemoCake
from cakeshop_desktop.core.rules.pictures import PreparedPicture, prepare_image

SIDE = 480  # the stored picture; drawn at twice the size and scaled down for smooth edges
SCALE = 2
CROP_TOP = 90

Colour = tuple[int, int, int]

# the cake's colour by a word of its name (first match), else by its shelf
_COLOURS: tuple[tuple[tuple[str, ...], Colour], ...] = (
    (("шоколад", "прага", "захер", "брауни", "картошка", "шварцвальд", "три"), (92, 52, 34)),
    (("бархат", "вишн"), (168, 34, 52)),
    (("малин", "ягод", "единорог"), (232, 122, 160)),
    (("манго", "рыжик", "морковн", "карамель"), (236, 160, 62)),
    (("фисташ",), (150, 186, 110)),
    (("медовик", "баскский", "шарлотка", "штрудель", "баба"), (214, 160, 86)),
    (("лимон",), (246, 214, 92)),
    (("тирамису", "киевский", "эстерхази"), (196, 160, 120)),
)
_SHELF_COLOURS: dict[str, Colour] = {
    CATEGORIES[0].name: (222, 196, 150),
    CATEGORIES[1].name: (240, 200, 210),
    CATEGORIES[2].name: (246, 232, 200),
    CATEGORIES[3].name: (226, 186, 130),
    CATEGORIES[4].name: (250, 248, 240),
    CATEGORIES[5].name: (140, 190, 240),
    CATEGORIES[6].name: (210, 150, 80),
    CATEGORIES[7].name: (170, 200, 120),
}
_BACKGROUNDS: tuple[Colour, ...] = (
    (250, 236, 228),
    (232, 242, 248),
    (240, 246, 232),
    (248, 240, 222),
    (242, 234, 248),
)
BERRY: Colour = (196, 24, 52)
CREAM: Colour = (255, 250, 240)


def demo_picture(index: int, cake: DemoCake) -> PreparedPicture:
    """The picture of the index-th demo cake, the same on every run."""
    return prepare_image(draw_cake(index, cake))


def draw_cake(index: int, cake: DemoCake) -> Image.Image:
    rng = random.Random(index * 7919 + 17)
    side = SIDE * SCALE
    image = Image.new("RGB", (side, side), _BACKGROUNDS[index % len(_BACKGROUNDS)])
    draw = ImageDraw.Draw(image)
    colour = _colour(cake)
    s = SCALE
    # the plate
    draw.ellipse((50 * s, 300 * s, 430 * s, 430 * s), fill=(236, 236, 240), outline=(200, 200, 210))
    draw.ellipse((80 * s, 318 * s, 400 * s, 412 * s), fill=(246, 246, 250))
    shelf = cake.category
    if shelf == CATEGORIES[3].name:
        _pastries(draw, rng, colour)
    elif shelf == CATEGORIES[4].name:
        for tier, (width, height) in enumerate(((300, 90), (220, 80), (140, 70))):
            base = 370 - sum(h for _, h in ((300, 90), (220, 80), (140, 70))[:tier])
            _cylinder(draw, 240, base, width, height, colour)
            _pearls(draw, 240, base, width)
        _berries(draw, rng, 240, 370 - 240, 60, 5)
    elif shelf == CATEGORIES[6].name:
        _pie(draw, colour)
    else:
        height = 90 if shelf == CATEGORIES[2].name else 140
        _cylinder(draw, 240, 365, 320, height, colour, layers=shelf == CATEGORIES[0].name)
        top = 365 - height
        if shelf == CATEGORIES[1].name:
            _gloss(draw, 240, top, 320)
        if shelf == CATEGORIES[5].name:
            _sprinkles(draw, rng, 240, top, 300)
            _candles(draw, 240, top)
        else:
            _berries(draw, rng, 240, top, 120, 3 + index % 4)
    # the cake and its plate, without the empty sky above: a 4:3 picture
    return image.crop((0, CROP_TOP * s, side, (CROP_TOP + SIDE * 3 // 4) * s)).reduce(SCALE)


def _colour(cake: DemoCake) -> Colour:
    name = cake.name.lower()
    for words, colour in _COLOURS:
        if any(word in name for word in words):
            return colour
    return _SHELF_COLOURS.get(cake.category, (222, 196, 150))


def _shade(colour: Colour, factor: float) -> Colour:
    r, g, b = (max(0, min(255, int(c * factor))) for c in colour)
    return (r, g, b)


def _cylinder(
    draw: ImageDraw.ImageDraw,
    cx: int,
    bottom: int,
    width: int,
    height: int,
    colour: Colour,
    *,
    layers: bool = False,
) -> None:
    """A round cake seen a little from above: side, bottom rim and top, in drawing units."""
    s = SCALE
    rx, ry = width // 2, width // 7
    top = bottom - height
    side = _shade(colour, 0.85)
    draw.ellipse(((cx - rx) * s, (bottom - ry) * s, (cx + rx) * s, (bottom + ry) * s), fill=side)
    draw.rectangle(((cx - rx) * s, top * s, (cx + rx) * s, bottom * s), fill=side)
    if layers:  # cream between the sponges
        for n in range(1, 4):
            y = top + height * n // 4
            draw.rectangle(((cx - rx) * s, (y - 4) * s, (cx + rx) * s, (y + 4) * s), fill=CREAM)
    draw.ellipse(
        ((cx - rx) * s, (top - ry) * s, (cx + rx) * s, (top + ry) * s), fill=_shade(colour, 1.12)
    )


def _gloss(draw: ImageDraw.ImageDraw, cx: int, top: int, width: int) -> None:
    s = SCALE
    rx, ry = width // 2, width // 7
    draw.ellipse(
        ((cx - rx // 2) * s, (top - ry // 2) * s, (cx - rx // 8) * s, (top - ry // 4) * s),
        fill=(255, 255, 255),
    )


def _berries(
    draw: ImageDraw.ImageDraw, rng: random.Random, cx: int, top: int, spread: int, count: int
) -> None:
    s = SCALE
    for _ in range(count):
        x = cx + rng.randint(-spread // 2, spread // 2)
        y = top + rng.randint(-spread // 8, spread // 10)
        r = rng.randint(11, 16)
        draw.ellipse(((x - r) * s, (y - r) * s, (x + r) * s, (y + r) * s), fill=BERRY)
        draw.ellipse(
            ((x - r // 2) * s, (y - r // 2) * s, (x - r // 6) * s, (y - r // 6) * s),
            fill=(240, 120, 140),
        )
        draw.polygon(
            [(x * s, (y - r) * s), ((x - 6) * s, (y - r - 8) * s), ((x + 6) * s, (y - r - 8) * s)],
            fill=(60, 140, 60),
        )


def _pearls(draw: ImageDraw.ImageDraw, cx: int, bottom: int, width: int) -> None:
    s = SCALE
    rx = width // 2
    for x in range(cx - rx + 10, cx + rx - 5, 18):
        draw.ellipse(((x - 5) * s, (bottom - 8) * s, (x + 5) * s, (bottom + 2) * s), fill=CREAM)


def _sprinkles(
    draw: ImageDraw.ImageDraw, rng: random.Random, cx: int, top: int, width: int
) -> None:
    s = SCALE
    palette = ((250, 90, 90), (250, 210, 60), (90, 190, 250), (130, 220, 110), (250, 250, 250))
    for _ in range(70):
        x = cx + rng.randint(-width // 2 + 20, width // 2 - 20)
        y = top + rng.randint(-width // 9, width // 9)
        draw.rectangle((x * s, y * s, (x + 8) * s, (y + 3) * s), fill=rng.choice(palette))


def _candles(draw: ImageDraw.ImageDraw, cx: int, top: int) -> None:
    s = SCALE
    for x in (cx - 50, cx, cx + 50):
        draw.rectangle(((x - 6) * s, (top - 70) * s, (x + 6) * s, top * s), fill=(250, 240, 250))
        for y in range(top - 66, top, 14):
            draw.rectangle(((x - 6) * s, y * s, (x + 6) * s, (y + 5) * s), fill=(240, 90, 130))
        draw.ellipse(
            ((x - 7) * s, (top - 96) * s, (x + 7) * s, (top - 72) * s), fill=(255, 190, 40)
        )


def _pastries(draw: ImageDraw.ImageDraw, rng: random.Random, colour: Colour) -> None:
    for cx, bottom in ((150, 360), (330, 360), (240, 395)):
        _cylinder(draw, cx, bottom, 130, 60, colour)
        _berries(draw, rng, cx, bottom - 60, 30, 1)


def _pie(draw: ImageDraw.ImageDraw, colour: Colour) -> None:
    s = SCALE
    _cylinder(draw, 240, 370, 340, 50, _shade(colour, 0.95))
    rx, ry, top = 170, 48, 320
    crust = _shade(colour, 0.75)
    for offset in range(-140, 160, 40):  # the lattice
        draw.line(
            (
                (240 + offset - 30) * s,
                (top - ry + 12) * s,
                (240 + offset + 30) * s,
                (top + ry - 12) * s,
            ),
            fill=crust,
            width=8 * s,
        )
    draw.ellipse(
        ((240 - rx) * s, (top - ry) * s, (240 + rx) * s, (top + ry) * s),
        outline=crust,
        width=10 * s,
    )
