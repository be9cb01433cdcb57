"""Texts the core shows to people: English templates, marked for translation without Qt.

The core cannot translate (it imports no Qt), so it marks. `tr_noop("No such cake")` returns
its template unchanged, as a `Template` (a `str`), and `make translations` collects every
`tr_noop(...)` call into the .ts (lupdate is told `-tr-function-alias QT_TR_NOOP+=tr_noop`;
the texts land in the empty context, like the GUI's `_tr`).

A refusal carries the template and its arguments (`DomainError(template, *args, n=...)`,
core/domain.py); the GUI translates the template, then fills it (gui/errors.py `render`):

- `{0}`, `{1}`... are the arguments. An argument that is a `Template` or a `Message` is
  translated as well (a field's name, a nested sentence); an enum member is shown by its
  label (gui/labels.py), a `UnitName` by the unit's translated name, a tuple as its items
  shown one by one and joined by "; "; anything else as it is (a cake's name, a date; so
  "{0:%d.%m.%Y}" works).
- `%n` is a count: such a template is marked with three arguments, `tr_noop("%n cake(s)",
  "", n)`, so lupdate gives it plural forms (Russian in cakeshop_ru.ts, English in
  cakeshop_en.ts), and the refusal passes the count as `n=`.

`str()` of a message is the English text filled in (logs, the command line).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class Template(str):
    """A marked template: translated wherever it is shown, also as another one's argument."""

    __slots__ = ()


class UnitName(str):
    """An ingredient's unit as the shop stores it ("g"), shown in the user's words ("г")."""

    __slots__ = ()


def tr_noop(template: str, _disambiguation: str = "", _n: object = None) -> Template:
    """Mark `template` for translation and return it unchanged.

    The two other arguments are only there for lupdate: a template with `%n` is written
    `tr_noop("...%n...", "", n)` so that it gets plural forms; the disambiguation stays "".
    """
    return Template(template)


@dataclass(frozen=True, slots=True)
class Message:
    """A template with its arguments (and its count for `%n`), to be shown later."""

    template: str
    args: tuple[object, ...] = ()
    n: int | None = None

    def __str__(self) -> str:
        return english(self.template, self.args, self.n)


def english(template: str, args: Iterable[object] = (), n: int | None = None) -> str:
    """The template filled in English (the source language of every template); with a count,
    "(s)" is "s" but for one ("1 row", "2 rows"), as the English plural forms have it."""
    text = template
    if n is not None:
        text = text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")
    values = [english_value(arg) for arg in args]
    return text.format(*values) if values else text


def english_value(value: object) -> object:
    """An argument as the English text shows it: an enum by its stored value, a message
    filled in; anything else as it is (so "{0:%d.%m.%Y}" formats a date)."""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, Message):
        return str(value)
    if isinstance(value, tuple):
        return "; ".join(str(english_value(item)) for item in value)
    return value
