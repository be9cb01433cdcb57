"""A smaller ICU data library for the Linux bundle: the 31 MB libicudata of PySide6's Qt cut
to what a Russian/English shop counter uses (~5 MB).

Qt links ICU for collation (sorting names by the locale), case mapping, normalisation,
IDNA and the text codecs it does not implement itself. The data library holds all of ICU's
data for ~800 locales: currency, unit, language and region names, transliterators,
spelled-out numbers, CJK/Thai word-break dictionaries and some 200 legacy code pages. The
app needs none of those outside the root, English and Russian locales. ICU asks for its
data item by item and answers a missing one with an error (Qt then falls back to its own
tables), so a library holding a subset of the items is a drop-in replacement.

build.spec calls `slim_library(original, folder)`: it reads the common data (the
`icudtNN_dat` symbol) out of the original library, keeps the items `wanted` names, and
links a new library with the same soname and symbol (gcc, `.incbin`). Without gcc or on any
surprise in the data it returns None and the bundle keeps the original.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

KEEP_LOCALES = re.compile(r"(root|en|en_US|en_GB|en_001|ru|ru_RU)$")
LOCALE_ID = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*$")
TREE_INDEXES = ("pool", "res_index")
# trees of locale data Qt reads: collation, break iteration, time zone names
KEEP_TREES = ("coll", "brkitr", "zone")
# code pages a Russian shop may meet besides the Unicode ones ICU has built in
KEEP_CONVERTERS = ("ibm-5347_P100-1998", "ibm-878_P100-1996", "ibm-866_P100-1995")


def wanted(name: str) -> bool:
    """Whether the data item `name` (e.g. "icudt73l/coll/ru.res") stays in the slim data."""
    parts = name.split("/")[1:]
    if len(parts) == 1:
        stem, _, kind = parts[0].rpartition(".")
        if kind == "cnv":
            return stem in KEEP_CONVERTERS
        if kind != "res" or stem in TREE_INDEXES:
            return True  # properties, normalisation, converter aliases, supplemental data
        return not LOCALE_ID.match(stem) or bool(KEEP_LOCALES.match(stem))
    tree, item = parts[0], parts[-1]
    if tree not in KEEP_TREES:
        return False
    stem, _, kind = item.rpartition(".")
    if kind == "dict":  # CJK, Thai, Khmer, Lao, Burmese word dictionaries
        return False
    if kind != "res" or stem in TREE_INDEXES:
        return True  # the collation tables, the break rules
    return bool(KEEP_LOCALES.match(stem))


def _items(data: bytes) -> tuple[int, list[tuple[str, bytes]]]:
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD" or data[8] != 0:
        raise ValueError("not little-endian ICU common data")
    toc = data[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * n) for n in range(count)]
    items = []
    for n, (name_at, data_at) in enumerate(entries):
        name = toc[name_at : toc.index(b"\0", name_at)].decode("ascii")
        end = entries[n + 1][1] if n + 1 < count else len(toc)
        items.append((name, toc[data_at:end]))
    return header_size, items


def slim_data(data: bytes) -> bytes:
    """The common data `data` with only the wanted items (same header, same order)."""
    header_size, items = _items(data)
    kept = [(name, item) for name, item in items if wanted(name)]
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    names_at = 4 + 8 * len(kept)
    data_at = names_at + len(names)
    data_at += -data_at % 16
    toc = bytearray(struct.pack("<I", len(kept)))
    blobs = bytearray()
    name_offset = names_at
    for name, item in kept:
        toc += struct.pack("<II", name_offset, data_at + len(blobs))
        name_offset += len(name) + 1
        blobs += item
        blobs += b"\0" * (-len(blobs) % 16)
    toc += names
    toc += b"\0" * (data_at - len(toc))
    return data[:header_size] + bytes(toc) + bytes(blobs)


def _symbol(library: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the icudtNN_dat symbol in the original library."""
    symbols = subprocess.run(
        ["readelf", "-W", "--dyn-syms", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(
        r":\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT.*\s(icudt\d+_dat)$", symbols, re.M
    )
    if found is None:
        raise ValueError("no icudtNN_dat symbol")
    address, size, name = int(found[1], 16), int(found[2], 0), found[3]
    sections = subprocess.run(
        ["readelf", "-W", "-S", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in sections.splitlines():
        fields = line.split("]", 1)[-1].split()
        if len(fields) >= 5 and fields[1] == "PROGBITS":
            start, offset, length = int(fields[2], 16), int(fields[3], 16), int(fields[4], 16)
            if start <= address < start + length:
                return name, address - start + offset, size
    raise ValueError("the data symbol is in no section")


def slim_library(library: Path, folder: Path) -> tuple[Path, int, int] | None:
    """Build folder/<soname> holding the slim data: (path, old size, new size), or None."""
    try:
        if shutil.which("gcc") is None:
            raise RuntimeError("no gcc to link the slim ICU data")
        name, offset, size = _symbol(library)
        data = library.read_bytes()[offset : offset + size]
        slim = slim_data(data)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "icudata.dat").write_bytes(slim)
        (folder / "icudata.S").write_text(
            f".section .rodata\n.globl {name}\n.type {name}, @object\n.balign 16\n{name}:\n"
            f'.incbin "{folder / "icudata.dat"}"\n.size {name}, . - {name}\n'
            '.section .note.GNU-stack,"",@progbits\n'
        )
        output = folder / library.name
        subprocess.run(
            [
                "gcc",
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{library.name}",
                "-o",
                str(output),
                str(folder / "icudata.S"),
            ],
            check=True,
        )
        return output, size, len(slim)
    except (OSError, ValueError, RuntimeError, subprocess.CalledProcessError) as exc:
        print(f"slim_icu: keeping the whole ICU data ({exc})")
        return None
