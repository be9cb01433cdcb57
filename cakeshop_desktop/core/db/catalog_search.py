"""The catalogue's word index on the embedded SQLite file (FTS5), kept in step by triggers.

MariaDB finds the words of a catalogue search through its FULLTEXT index; SQLite through
this FTS5 table of every cake's name, SKU and description. It only narrows the cakes down:
the exact rule (every word of the search starts a word, case, ё/е and Latin accents
ignored; core/repositories/catalog.py) is checked on what it finds, so both databases
answer alike. FTS5's tokenizer already ignores case and Latin accents; ё is written as е
on the way in, and the searched words likewise.

The table holds its own copy of the three columns (rowid = the cake's id); triggers on
`cakes` keep it in step. It is no table of the data model: dumps leave it out and
`rebuild` fills it again after a dump is loaded.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

TABLE = "cakes_search"
TOKENIZER = "unicode61 remove_diacritics 2 tokenchars '_'"  # words as \\w+: letters, digits, _


def folded(column: str) -> str:
    """SQL for the column's text with ё written as е (FTS5 keeps ё a letter of its own)."""
    return f"replace(replace({column}, 'ё', 'е'), 'Ё', 'Е')"


def _values(row: str) -> str:
    return ", ".join(folded(f"{row}.{column}") for column in ("name", "sku", "description"))


CREATE = [
    f'CREATE VIRTUAL TABLE {TABLE} USING fts5(name, sku, description, tokenize="{TOKENIZER}")',
    f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON cakes BEGIN "
    f"INSERT INTO {TABLE} (rowid, name, sku, description) VALUES (new.id, {_values('new')}); "
    "END",
    f"CREATE TRIGGER {TABLE}_update AFTER UPDATE OF name, sku, description ON cakes BEGIN "
    f"UPDATE {TABLE} SET (name, sku, description) = ({_values('new')}) WHERE rowid = old.id; "
    "END",
    f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON cakes BEGIN "
    f"DELETE FROM {TABLE} WHERE rowid = old.id; "
    "END",
]
DROP = [
    f"DROP TRIGGER IF EXISTS {TABLE}_insert",
    f"DROP TRIGGER IF EXISTS {TABLE}_update",
    f"DROP TRIGGER IF EXISTS {TABLE}_delete",
    f"DROP TABLE IF EXISTS {TABLE}",
]


def is_search_table(name: str) -> bool:
    """The FTS5 table or one of the tables it keeps its index in (cakes_search_data, ...)."""
    return name == TABLE or name.startswith(f"{TABLE}_")


def rebuild(connection: Connection) -> None:
    """Index every cake anew (after a dump was loaded with the triggers set aside)."""
    connection.execute(text(f"DELETE FROM {TABLE}"))
    connection.execute(
        text(
            f"INSERT INTO {TABLE} (rowid, name, sku, description) "
            f"SELECT id, {_values('cakes')} FROM cakes"
        )
    )


def match_expression(words: list[str]) -> str:
    """The FTS5 query finding rows with a word starting with each of `words` (\\w+ each)."""
    return " AND ".join('"{}"*'.format(word.replace("ё", "е").replace("Ё", "Е")) for word in words)
