"""Checks of free-form input, and the earliest pickup time a baker can promise."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, timezone
from enum import IntEnum

import pytest

from cakeshop_desktop.core.domain import InvalidInput, Role
from cakeshop_desktop.core.rules import validation
from cakeshop_desktop.core.services.checkout import earliest_pickup, offered_pickup


@pytest.mark.parametrize("good", [1, 2, 999])
def test_quantity_accepts_whole_numbers_from_1_to_999(good):
    assert validation.quantity(good) == good


@pytest.mark.parametrize("bad", [0, -1, 1000, 10**12, 1.0, 2.5, "2", None, True, False])
def test_quantity_refuses_the_rest(bad):
    with pytest.raises(InvalidInput):
        validation.quantity(bad)


@pytest.mark.parametrize("bad", [0, -5, 2**63, "7", 7.0, None, True])
def test_identifier_refuses_what_cannot_be_an_id(bad):
    with pytest.raises(InvalidInput, match="Unknown cake"):
        validation.identifier(bad, "cake")


def test_text_is_trimmed_and_limited_to_its_column():
    assert validation.text("  Анна 🎂  ", "Name", 10) == "Анна 🎂"
    assert validation.text(None, "Name", 10) == ""
    assert validation.text("x" * 10, "Name", 10) == "x" * 10
    with pytest.raises(InvalidInput, match="too long"):
        validation.text("x" * 11, "Name", 10)
    with pytest.raises(InvalidInput, match="required"):
        validation.text("   ", "Name", 10, required=True)
    with pytest.raises(InvalidInput):
        validation.text(42, "Name", 10)
    with pytest.raises(InvalidInput):
        validation.text("a\x00b", "Name", 10)


def test_text_refuses_what_no_database_can_store():
    with pytest.raises(InvalidInput):
        validation.text("torn \ud800 surrogate", "Name", 100)


@pytest.mark.parametrize("good", ["anna", "kassir.1", "baker_2", "A-b", "x" * 64])
def test_username_accepts_latin_logins(good):
    assert validation.username(good) == good


@pytest.mark.parametrize("bad", ["ab", "анна", "with space", "x" * 65, "", "a;b", "o'neil"])
def test_username_refuses_the_rest(bad):
    with pytest.raises(InvalidInput):
        validation.username(bad)


@pytest.mark.parametrize("good", ["+7 900 123-45-67", "8(900)1234567", "12345", ""])
def test_phone_accepts_phone_numbers(good):
    assert validation.phone(good) == good


@pytest.mark.parametrize("bad", ["call me", "+7 900 abc", "1234", "((((-----", "+" + "1" * 40])
def test_phone_refuses_the_rest(bad):
    with pytest.raises(InvalidInput):
        validation.phone(bad)


def test_phone_can_be_required():
    with pytest.raises(InvalidInput):
        validation.phone("", required=True)


def test_email():
    assert validation.email("anna@example.ru") == "anna@example.ru"
    assert validation.email("") == ""
    for bad in ("anna", "anna@", "@example.ru", "a b@example.ru"):
        with pytest.raises(InvalidInput):
            validation.email(bad)


def test_password_length_limits():
    assert validation.password("secret") == "secret"
    for bad in ("short", "x" * 129, 123456, None, "secret\x00"):
        with pytest.raises(InvalidInput):
            validation.password(bad)


@pytest.fixture
def moscow(monkeypatch):
    """This computer's clock runs on Moscow time (UTC+3, no summer time) for the test."""
    monkeypatch.setenv("TZ", "Europe/Moscow")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_moment_converts_a_zoned_time_to_local_time(moscow):
    assert validation.moment(None, "Pickup time") is None
    assert validation.moment(datetime(2026, 5, 1, 14, 0), "Pickup time") == datetime(
        2026, 5, 1, 14, 0
    )
    aware = datetime(2026, 5, 1, 14, 0, tzinfo=UTC)
    assert validation.moment(aware, "Pickup time") == datetime(2026, 5, 1, 17, 0)
    kiribati = datetime(2026, 5, 2, 14, 0, tzinfo=timezone(timedelta(hours=14)))
    assert validation.moment(kiribati, "Pickup time") == datetime(2026, 5, 2, 3, 0)
    for bad in ("2026-05-01", 1_700_000_000, datetime(1999, 1, 1), datetime(3000, 1, 1)):
        with pytest.raises(InvalidInput):
            validation.moment(bad, "Pickup time")


@pytest.mark.parametrize(
    "bad",
    [
        "\x1b[31mred",  # ESC
        "ring\x07",  # BEL
        "invoice\u202egpj.exe",  # RIGHT-TO-LEFT OVERRIDE
        "a\u2066b\u2069",  # isolates
        "\u200fmark",
        "x\x85y",  # a C1 control
        "two\nlines",
        "tab\there",
        "a\u2028b",
    ],
)
def test_text_refuses_control_and_direction_characters_with_a_message(bad):
    with pytest.raises(InvalidInput, match="Name contains an invisible control character"):
        validation.text(bad, "Name", 100)


def test_notes_may_have_line_breaks_but_no_other_controls():
    assert validation.text("first\nsecond\tthird", "Notes", 100, multiline=True) == (
        "first\nsecond\tthird"
    )
    with pytest.raises(InvalidInput, match="U\\+202E"):
        validation.text("first\n\u202esecond", "Notes", 100, multiline=True)


def test_ordinary_text_with_emoji_and_joiners_is_kept():
    text = "Торт «Медовик» 👩‍🍳 ❤️ — 5 %"
    assert validation.text(text, "Name", 100) == text


@pytest.mark.parametrize(
    ("now", "lead", "expected"),
    [
        (datetime(2026, 5, 1, 14, 7), 24, datetime(2026, 5, 2, 14, 15)),
        (datetime(2026, 5, 1, 14, 15), 24, datetime(2026, 5, 2, 14, 15)),  # already on a quarter
        (datetime(2026, 5, 1, 14, 15, 0, 1), 0, datetime(2026, 5, 1, 14, 30)),
        (datetime(2026, 5, 1, 14, 15, 1), 2, datetime(2026, 5, 1, 16, 30)),
        (datetime(2026, 5, 1, 14, 50), 1, datetime(2026, 5, 1, 16, 0)),
        (datetime(2026, 12, 31, 23, 59, 30), 0, datetime(2027, 1, 1, 0, 0)),
        (datetime(2026, 5, 1, 0, 0), 48, datetime(2026, 5, 3, 0, 0)),
    ],
)
def test_earliest_pickup_rounds_up_to_a_quarter_of_an_hour(now, lead, expected):
    assert earliest_pickup(lead, now) == expected


@pytest.mark.parametrize(
    ("now", "lead", "expected"),
    [
        (datetime(2026, 5, 1, 1, 0), 4, datetime(2026, 5, 1, 9, 0)),  # earliest 05:00: the morning
        (datetime(2026, 5, 1, 5, 0), 4, datetime(2026, 5, 1, 9, 0)),  # earliest 09:00 itself
        (datetime(2026, 5, 1, 8, 59), 0, datetime(2026, 5, 1, 9, 0)),  # 09:00 is already open
        (datetime(2026, 5, 1, 11, 10), 2, datetime(2026, 5, 1, 13, 15)),  # in the day: the earliest
        (datetime(2026, 5, 1, 19, 50), 0, datetime(2026, 5, 1, 20, 0)),  # 20:00 itself is offered
        (datetime(2026, 5, 1, 20, 1), 0, datetime(2026, 5, 2, 9, 0)),  # 20:15: the next morning
        (datetime(2026, 12, 31, 22, 30), 0, datetime(2027, 1, 1, 9, 0)),  # over the year's end
    ],
)
def test_the_pickup_offered_is_never_at_night(now, lead, expected):
    assert offered_pickup(lead, now) == expected


def test_identifier_accepts_every_id_up_to_2_to_the_62():
    assert validation.identifier(1, "cake") == 1
    assert validation.identifier(2**62, "cake") == 2**62
    with pytest.raises(InvalidInput, match="^Unknown cake$"):
        validation.identifier(2**62 + 1, "cake")


def test_email_is_at_most_254_characters():
    longest = "a" * 64 + "@" + "b" * 186 + ".ru"
    assert len(longest) == 254
    assert validation.email(longest) == longest
    with pytest.raises(InvalidInput, match="at most 254 characters"):
        validation.email("a" + longest)


def test_password_is_6_to_128_characters():
    assert validation.password("x" * 6) == "x" * 6
    assert validation.password("x" * 128) == "x" * 128
    with pytest.raises(InvalidInput, match="at least 6"):
        validation.password("x" * 5)
    with pytest.raises(InvalidInput, match="at most 128"):
        validation.password("x" * 129)


def test_phone_is_at_most_32_characters_with_at_least_5_digits():
    longest = "+7 (900) 123-45-67 " + "0" * 13
    assert len(longest) == 32
    assert validation.phone(longest) == longest
    with pytest.raises(InvalidInput, match="at most 32 characters"):
        validation.phone(longest + "0")
    assert validation.phone("(1)2-3 45") == "(1)2-3 45"
    with pytest.raises(InvalidInput, match="Not a phone number"):
        validation.phone("(1)2-3 4-----")


def test_moment_accepts_the_years_2000_to_2999():
    first = datetime(2000, 1, 1, 0, 0)
    last = datetime(2999, 12, 31, 23, 59, 59)
    assert validation.moment(first, "Pickup time") == first
    assert validation.moment(last, "Pickup time") == last
    for bad in (datetime(1999, 12, 31, 23, 59, 59), datetime(3000, 1, 1)):
        with pytest.raises(InvalidInput, match="^Pickup time is out of range$"):
            validation.moment(bad, "Pickup time")


@pytest.mark.parametrize(
    ("offset", "limit"),
    [(-1, 10), (2**63, 10), (10**9 + 1, 10), (0, 0), (0, 501), (0, 2**63), ("0", 10), (0, True)],
)
def test_a_page_beyond_what_a_driver_can_take_is_refused(offset, limit):
    with pytest.raises(InvalidInput):
        validation.page(offset, limit, 500, "cakes")


def test_a_page_within_limits_is_kept():
    assert validation.page(10**9, 500, 500, "cakes") == (10**9, 500)


def test_choice_names_the_allowed_values():
    assert validation.choice("cashier", Role, "role") is Role.CASHIER
    assert validation.choice(Role.ADMIN, Role, "role") is Role.ADMIN
    for bad in ("eaten", "", None, 1, True, ["admin"], {"admin": 1}):
        with pytest.raises(InvalidInput, match="use one of customer, cashier, baker, admin"):
            validation.choice(bad, Role, "role")


@pytest.mark.parametrize("bad", [date.max, date.min, datetime.max, 20260101, "2026-01-01", None])
def test_day_refuses_far_dates_and_other_shapes(bad):
    with pytest.raises(InvalidInput):
        validation.day(bad, "The first day")


def test_day_takes_the_day_of_a_moment():
    assert validation.day(datetime(2026, 5, 1, 14, 0), "Day") == date(2026, 5, 1)


def test_a_lone_surrogate_or_nul_is_no_login_attempt():
    assert validation.is_login_attempt(" admin ", "secret123")
    for login, password in [
        ("admin\x00", "secret123"),
        ("admin", "secret\ud800"),
        ("adm\ud800", "secret123"),
        ("admin", ""),
        (None, "secret123"),
    ]:
        assert not validation.is_login_attempt(login, password)


def test_refusals_name_the_field_the_user_typed_in():
    cases = [
        (lambda: validation.email("a" * 250 + "@b.ru"), "^E-mail is too long"),
        (lambda: validation.phone("1" * 33), "^Phone is too long"),
        (lambda: validation.username("   "), "^Login is required$"),
        (lambda: validation.username("x" * 65), r"^Login is too long \(at most 64 characters\)$"),
        (lambda: validation.moment("soon", "Pickup time"), "^Pickup time must be a date"),
    ]
    for refuse, message in cases:
        with pytest.raises(InvalidInput, match=message):
            refuse()


@pytest.mark.parametrize(
    ("login", "password", "plausible"),
    [
        ("anna", "secret", True),
        ("  anna  ", "x", True),  # the login is trimmed; a one-letter password may be tried
        ("anna", "x" * 128, True),
        ("anna", "x" * 129, False),
        ("anna", "", False),
        ("an", "secret", False),
        ("анна", "secret", False),
        (None, "secret", False),
        ("anna", None, False),
        ("anna", 123456, False),
        ("anna", "torn \ud800", False),
    ],
)
def test_a_login_attempt_is_only_what_could_be_a_login_and_a_password(login, password, plausible):
    assert validation.is_login_attempt(login, password) is plausible


def test_whole_keeps_both_ends_and_refuses_just_beyond():
    assert validation.whole(3, "days", 3, 7) == 3
    assert validation.whole(7, "days", 3, 7) == 7
    for bad in (2, 8, True, 5.0, "5"):
        with pytest.raises(InvalidInput, match="^The days must be a whole number from 3 to 7$"):
            validation.whole(bad, "days", 3, 7)


def test_a_page_starts_at_offset_0_and_holds_at_least_one():
    assert validation.page(0, 1, 500, "cakes") == (0, 1)
    with pytest.raises(InvalidInput, match="^A page holds 1 to 500 cakes$"):
        validation.page(0, 0, 500, "cakes")


def test_choice_takes_a_member_its_value_and_nothing_like_it():
    assert validation.choice("admin", Role, "role") is Role.ADMIN
    with pytest.raises(InvalidInput, match="^Unknown role '1': use one of"):
        validation.choice(1, Role, "role")
    with pytest.raises(InvalidInput, match=r"^Unknown role '1\.5': use one of"):
        validation.choice(1.5, Role, "role")


class _Shelf(IntEnum):
    TOP = 1
    BOTTOM = 0


def test_choice_of_numbered_members_takes_their_numbers_but_not_a_tick_box():
    assert validation.choice(1, _Shelf, "shelf") is _Shelf.TOP
    # True == 1 in Python: a ticked box must not pick the first shelf
    for tick in (True, False):
        with pytest.raises(InvalidInput, match="^Unknown shelf 'True|False': use one of 1, 0$"):
            validation.choice(tick, _Shelf, "shelf")


def test_day_accepts_the_years_2000_to_2999():
    assert validation.day(date(2000, 1, 1), "Day") == date(2000, 1, 1)
    assert validation.day(date(2999, 12, 31), "Day") == date(2999, 12, 31)
    for bad in (date(1999, 12, 31), date(3000, 1, 1)):
        with pytest.raises(InvalidInput, match="^Day is out of range$"):
            validation.day(bad, "Day")


def test_mapping_takes_named_values_only():
    assert validation.mapping({"price": "10"}, "Values") == {"price": "10"}
    with pytest.raises(InvalidInput, match="^Values must be given by name$"):
        validation.mapping([("price", "10")], "Values")
