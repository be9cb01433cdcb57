"""A terminal's printer written as one URL-like string (config.toml `[printer] url`); no Qt.

    escpos+tcp://192.168.1.50:9100?width=80&drawer=2   a thermal printer on the network
    escpos+file:///dev/usb/lp0?width=58                 ... on a device or a file
    escpos+serial:///dev/ttyUSB0?baudrate=19200         ... on a serial port
    escpos+usb://04b8:0202                              ... by its USB vendor:product ids
    system:  or  system:NAME?width=a4                   a printer of the system (QPrinter)
    pdf:/home/anna/receipts                             a PDF file per print in that folder

`width` is the paper: 58 or 80 (mm, a till roll) or a4; `drawer` (2 or 5) is the pin of a
cash drawer behind a thermal printer, `columns` the characters on its line, `profile` its
python-escpos model profile.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from cakeshop_desktop.core.domain import InvalidInput
from cakeshop_desktop.core.messages import tr_noop


class Paper(enum.Enum):
    """What a receipt is laid out for."""

    ROLL_58 = "58"
    ROLL_80 = "80"
    A4 = "a4"

    @property
    def is_roll(self) -> bool:
        return self is not Paper.A4

    @property
    def millimetres(self) -> int:
        return {Paper.ROLL_58: 58, Paper.ROLL_80: 80, Paper.A4: 210}[self]

    @property
    def columns(self) -> int:
        """Characters of a thermal printer's line in its normal font (A, 12 dots wide)."""
        return {Paper.ROLL_58: 32, Paper.ROLL_80: 48, Paper.A4: 80}[self]


class PrinterKind(enum.Enum):
    """How the app reaches a printer."""

    ESCPOS_TCP = "escpos+tcp"
    ESCPOS_FILE = "escpos+file"
    ESCPOS_SERIAL = "escpos+serial"
    ESCPOS_USB = "escpos+usb"
    SYSTEM = "system"
    PDF = "pdf"

    @property
    def is_escpos(self) -> bool:
        return self.value.startswith("escpos+")


DEFAULT_PORT = 9100
DEFAULT_BAUDRATE = 9600
DRAWER_PINS = (2, 5)
KINDS_HINT = "escpos+tcp://, escpos+file://, escpos+serial://, escpos+usb://, system: or pdf:"
_OPTIONS: dict[PrinterKind, frozenset[str]] = {
    PrinterKind.ESCPOS_TCP: frozenset({"width", "drawer", "columns", "profile"}),
    PrinterKind.ESCPOS_FILE: frozenset({"width", "drawer", "columns", "profile"}),
    PrinterKind.ESCPOS_SERIAL: frozenset({"width", "drawer", "columns", "profile", "baudrate"}),
    PrinterKind.ESCPOS_USB: frozenset({"width", "drawer", "columns", "profile"}),
    PrinterKind.SYSTEM: frozenset({"width"}),
    PrinterKind.PDF: frozenset({"width"}),
}
_USB_IDS = re.compile(r"^([0-9a-fA-F]{4}):([0-9a-fA-F]{4})$")
_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.\-]{0,251}[A-Za-z0-9])?$")
MAX_URL = 1000


@dataclass(frozen=True, slots=True)
class PrinterSpec:
    """A parsed printer URL. `target` is the host, the device path, the USB ids
    ("04b8:0202"), the system printer's name ("" for the default) or the PDF folder."""

    kind: PrinterKind
    target: str = ""
    port: int = DEFAULT_PORT
    paper: Paper = Paper.ROLL_80
    drawer_pin: int | None = None
    columns: int | None = None
    profile: str = ""
    baudrate: int = DEFAULT_BAUDRATE

    @property
    def line_columns(self) -> int:
        """Characters on one line of a thermal printer."""
        return self.columns or self.paper.columns

    @property
    def can_kick_drawer(self) -> bool:
        return self.kind.is_escpos and self.drawer_pin is not None

    @property
    def usb_ids(self) -> tuple[int, int]:
        match = _USB_IDS.match(self.target)
        assert match is not None, "checked by parse_printer_url"
        return int(match.group(1), 16), int(match.group(2), 16)

    def describe(self) -> str:
        """Where the printer is, for messages: '192.168.1.50:9100', '/dev/usb/lp0'."""
        if self.kind is PrinterKind.ESCPOS_TCP:
            return f"{self.target}:{self.port}"
        return self.target

    def to_url(self) -> str:
        """The URL parse_printer_url reads back as this spec."""
        options: list[tuple[str, str]] = []
        if self.kind.is_escpos:
            if self.paper is not Paper.ROLL_80:
                options.append(("width", self.paper.value))
            if self.drawer_pin is not None:
                options.append(("drawer", str(self.drawer_pin)))
            if self.columns is not None:
                options.append(("columns", str(self.columns)))
            if self.profile:
                options.append(("profile", self.profile))
            if self.kind is PrinterKind.ESCPOS_SERIAL and self.baudrate != DEFAULT_BAUDRATE:
                options.append(("baudrate", str(self.baudrate)))
        elif self.paper is not Paper.A4:
            options.append(("width", self.paper.value))
        query = "&".join(f"{name}={quote(value, safe='')}" for name, value in options)
        suffix = f"?{query}" if query else ""
        if self.kind is PrinterKind.ESCPOS_TCP:
            port = f":{self.port}" if self.port != DEFAULT_PORT else ""
            return f"{self.kind.value}://{self.target}{port}{suffix}"
        if self.kind is PrinterKind.ESCPOS_USB:
            return f"{self.kind.value}://{self.target}{suffix}"
        path = quote(self.target, safe="/:\\ ")
        if self.kind.is_escpos:
            return f"{self.kind.value}://{path}{suffix}"
        return f"{self.kind.value}:{path}{suffix}"


def parse_printer_url(url: object) -> PrinterSpec:
    """The spec of a printer URL, or InvalidInput that says what is wrong and how to write it."""
    if not isinstance(url, str) or not url.strip():
        raise InvalidInput(tr_noop("A printer is written as {0}"), KINDS_HINT)
    text = url.strip()
    if len(text) > MAX_URL:
        raise InvalidInput(tr_noop("A printer URL has at most {0} characters"), MAX_URL)
    scheme, colon, rest = text.partition(":")
    try:
        kind = PrinterKind(scheme.lower())
    except ValueError:
        kind = None
    if kind is None or not colon:
        raise InvalidInput(tr_noop("Unknown printer {0!r}: write it as {1}"), text[:60], KINDS_HINT)
    rest, _, query = rest.partition("?")
    options = _options(kind, query)
    paper = _paper(kind, options.get("width"))
    if kind is PrinterKind.ESCPOS_TCP:
        host, port = _host_and_port(rest)
        return _escpos(kind, options, paper, target=host, port=port)
    if kind is PrinterKind.ESCPOS_USB:
        ids = rest.removeprefix("//")
        if not _USB_IDS.match(ids):
            raise InvalidInput(
                tr_noop(
                    "A USB printer is written with its vendor and product ids, e.g. escpos+usb://04b8:0202"
                )
            )
        return _escpos(kind, options, paper, target=ids.lower())
    path = unquote(rest.removeprefix("//") if kind.is_escpos else rest)
    if kind.is_escpos:
        if not path:
            raise InvalidInput(
                tr_noop("{0}:// needs the device's path, e.g. {0}:///dev/usb/lp0"), kind.value
            )
        return _escpos(kind, options, paper, target=path)
    if kind is PrinterKind.PDF and not path:
        raise InvalidInput(
            tr_noop("pdf: needs the folder the PDF files go to, e.g. pdf:/home/anna/receipts")
        )
    return PrinterSpec(kind, target=path, paper=paper)


def _options(kind: PrinterKind, query: str) -> dict[str, str]:
    options: dict[str, str] = {}
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=bool(query))
    except ValueError:
        raise InvalidInput(
            tr_noop("The printer's options {0!r} are not name=value pairs"), query[:60]
        ) from None
    for name, value in pairs:
        if name not in _OPTIONS[kind]:
            allowed = ", ".join(sorted(_OPTIONS[kind]))
            raise InvalidInput(
                tr_noop("{0} printers have no option {1!r} (they know {2})"),
                kind.value,
                name[:30],
                allowed,
            )
        if name in options:
            raise InvalidInput(tr_noop("The printer option {0!r} is given twice"), name)
        options[name] = value
    return options


def _paper(kind: PrinterKind, width: str | None) -> Paper:
    if width is None:
        return Paper.ROLL_80 if kind.is_escpos else Paper.A4
    try:
        paper = Paper(width.strip().lower())
    except ValueError:
        paper = None
    if paper is None or (kind.is_escpos and not paper.is_roll):
        allowed = "58 or 80" if kind.is_escpos else "58, 80 or a4"
        raise InvalidInput(tr_noop("The paper width {0!r} is not one of {1}"), width[:20], allowed)
    return paper


def _whole_number(options: dict[str, str], name: str, low: int, high: int) -> int | None:
    value = options.get(name)
    if value is None:
        return None
    if not (value.isascii() and value.isdigit()) or not low <= int(value) <= high:
        raise InvalidInput(
            tr_noop("The printer option {0} must be a whole number from {1} to {2}"),
            name,
            low,
            high,
        )
    return int(value)


def _host_and_port(rest: str) -> tuple[str, int]:
    if not rest.startswith("//"):
        raise InvalidInput(tr_noop("A network printer is written as escpos+tcp://HOST:9100"))
    try:
        parts = urlsplit(f"tcp:{rest}")
        host, port = parts.hostname or "", parts.port
    except ValueError:
        raise InvalidInput(tr_noop("The printer's port must be a number from 1 to 65535")) from None
    if parts.path or parts.username or parts.password:
        raise InvalidInput(tr_noop("A network printer is written as escpos+tcp://HOST:9100"))
    if not host or not _HOST.match(host):
        raise InvalidInput(
            tr_noop(
                "escpos+tcp:// needs the printer's address, e.g. escpos+tcp://192.168.1.50:9100"
            )
        )
    if port == 0:
        raise InvalidInput(tr_noop("The printer's port must be a number from 1 to 65535"))
    return host, port or DEFAULT_PORT


def _escpos(
    kind: PrinterKind,
    options: dict[str, str],
    paper: Paper,
    *,
    target: str,
    port: int = DEFAULT_PORT,
) -> PrinterSpec:
    drawer = options.get("drawer")
    if drawer is not None and drawer not in {str(pin) for pin in DRAWER_PINS}:
        raise InvalidInput(tr_noop("The cash drawer's pin (drawer) is 2 or 5"))
    profile = options.get("profile", "").strip()
    if len(profile) > 60:
        raise InvalidInput(tr_noop("The printer profile's name has at most 60 characters"))
    return PrinterSpec(
        kind,
        target=target,
        port=port,
        paper=paper,
        drawer_pin=int(drawer) if drawer is not None else None,
        columns=_whole_number(options, "columns", 16, 80),
        profile=profile,
        baudrate=_whole_number(options, "baudrate", 1200, 921600) or DEFAULT_BAUDRATE,
    )
