"""Money arithmetic: parsing what staff type, kopeck rounding, totals, deposits."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cakeshop_desktop.core.domain import InvalidInput, PaymentRefused
from cakeshop_desktop.core.pricing import (
    MAX_MONEY,
    check_payment,
    discount_share,
    line_total,
    minimum_deposit,
    order_totals,
    round_money,
    to_money,
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1 250,50", "1250.50"),
        ("1\u00a0250,50", "1250.50"),  # a no-break space, as QLocale formats thousands
        ("  990  ", "990.00"),
        ("0,5", "0.50"),  # a decimal comma is a point
        (",5", "0.50"),
        ("12.", "12.00"),
        ("+7", "7.00"),
        ("300.120", "300.12"),  # a trailing zero changes nothing
        (Decimal("12.340"), "12.34"),
        (1250, "1250.00"),
        ("0", "0.00"),
        ("9999999999.99", "9999999999.99"),
    ],
)
def test_to_money_parses_what_a_cashier_types(typed, expected):
    amount = to_money(typed)
    assert amount == Decimal(expected)
    assert amount.as_tuple().exponent == -2  # always kopecks


@pytest.mark.parametrize(
    "bad",
    [
        1250.5,  # a float is never money
        float("nan"),
        float("inf"),
        True,
        "",
        "   ",
        "abc",
        "12,50,3",
        "1.250,50",
        "NaN",
        "sNaN",
        "Infinity",
        "-Infinity",
        "-1",
        "-0.01",
        "-0.004",  # negative even though it rounds to zero
        Decimal("-5"),
        Decimal("NaN"),
        "10000000000",  # more than Numeric(12, 2) holds
        "1e30",
        "1E+400",
        Decimal("1e30"),
        10**30,
        "1" * 21,
        # more than kopecks: refused with a message, never rounded away
        "300.12345",
        "0,005",
        "0.004",
        "2.675",
        Decimal("12.345"),
        Decimal("1E-30"),
        # ASCII digits only
        "\u0663\u0660\u0660",  # Arabic-Indic 300
        "\u06f3\u06f0\u06f0",  # Extended Arabic-Indic 300
        "\uff13\uff10\uff10",  # full-width 300
        "\u0969\u0966\u0966",  # Devanagari 300
        "1_000",
        "1e3",
        "0x10",
        "1.2.3",
        None,
        [1],
        (0, (1,), 0),  # Decimal would take this tuple as 1
        object(),
    ],
)
def test_to_money_refuses_anything_but_an_exact_amount(bad):
    with pytest.raises(InvalidInput):
        to_money(bad)


def test_to_money_names_the_field_in_its_message():
    with pytest.raises(InvalidInput, match="Paid amount"):
        to_money("много", "Paid amount")


def test_too_many_decimals_are_refused_with_a_message_not_rounded():
    with pytest.raises(InvalidInput, match="Price has more than 2 digits after the decimal point"):
        to_money("300.12345", "Price")


def test_typed_money_is_at_most_30_characters_after_dropping_spaces():
    # 30 characters: kept; one more is refused even though it is a number
    longest = "0" * 23 + "1 250,50"
    assert len(longest.replace(" ", "")) == 30
    assert to_money(longest) == Decimal("1250.50")
    assert to_money(" 1 250,50 " + " " * 40) == Decimal("1250.50")
    with pytest.raises(InvalidInput, match="is not a number"):
        to_money("0" + longest)


def test_negative_zero_comes_back_as_plain_zero():
    assert str(to_money(Decimal("-0"))) == "0.00"
    assert str(to_money("-0,00")) == "0.00"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (Decimal("0.005"), "0.01"),
        (Decimal("0.0049"), "0.00"),
        (Decimal("1.115"), "1.12"),
        (Decimal("-1.115"), "-1.12"),  # half away from zero, as on a receipt
        (0.1 + 0.2, "0.30"),  # what SQLite hands back from SUM()
        (2.675, "2.68"),
        (None, "0.00"),
        (7, "7.00"),
    ],
)
def test_round_money_rounds_half_up_to_kopecks(raw, expected):
    assert round_money(raw) == Decimal(expected)
    assert str(round_money(raw)) == expected


def test_line_total_multiplies_and_rounds():
    assert line_total(Decimal("1250.50"), 3) == Decimal("3751.50")
    assert line_total(Decimal("0.33"), 3) == Decimal("0.99")


def test_order_totals_without_discount():
    totals = order_totals([Decimal("1250.50"), Decimal("990.00")], Decimal("0"))
    assert (totals.subtotal, totals.discount, totals.total) == (
        Decimal("2240.50"),
        Decimal("0.00"),
        Decimal("2240.50"),
    )


def test_order_totals_discount_is_rounded_half_up_and_subtracted():
    # 7 % of 1250.50 is 87.535 -> 87.54
    totals = order_totals([Decimal("1250.50")], Decimal("7"))
    assert totals.discount == Decimal("87.54")
    assert totals.total == Decimal("1162.96")
    assert totals.subtotal - totals.discount == totals.total


def test_order_totals_full_discount_makes_it_free():
    totals = order_totals([Decimal("990.00")], Decimal("100"))
    assert totals.total == Decimal("0.00")


def test_order_totals_of_nothing_is_zero():
    assert order_totals([], Decimal("0")).total == Decimal("0.00")


@pytest.mark.parametrize("percent", [Decimal("-1"), Decimal("100.01"), Decimal("250")])
def test_order_totals_refuse_discounts_outside_0_to_100(percent):
    with pytest.raises(InvalidInput):
        order_totals([Decimal("100")], percent)


def test_a_discount_in_roubles_is_taken_off_as_typed():
    totals = order_totals([Decimal("1250.00"), Decimal("850.00")], Decimal("0"), Decimal("150"))
    assert (totals.subtotal, totals.discount, totals.total) == (
        Decimal("2100.00"),
        Decimal("150.00"),
        Decimal("1950.00"),
    )
    small = order_totals([Decimal("120.00")], Decimal("0"), Decimal("0.50"))  # 50 kopecks
    assert (small.discount, small.total) == (Decimal("0.50"), Decimal("119.50"))


def test_a_discount_in_roubles_up_to_the_whole_order_makes_it_free_and_no_more():
    assert order_totals([Decimal("990.00")], Decimal("0"), Decimal("990.00")).total == Decimal(
        "0.00"
    )
    with pytest.raises(InvalidInput, match="more than the order"):
        order_totals([Decimal("990.00")], Decimal("0"), Decimal("990.01"))


@pytest.mark.parametrize(
    ("percent", "amount"), [("1", "150"), ("0.5", "150"), ("5", "1"), ("5", "0.50")]
)
def test_a_discount_is_in_percent_or_in_roubles_never_both(percent, amount):
    with pytest.raises(InvalidInput, match="not both"):
        order_totals([Decimal("2100.00")], Decimal(percent), Decimal(amount))


@pytest.mark.parametrize(
    ("discount", "subtotal", "share"),
    [
        ("150.00", "2100.00", "7.1"),  # 7.142...
        ("1.00", "16.00", "6.3"),  # 6.25: half-up, not to the even 6.2
        ("0.50", "1.00", "50.0"),  # an order of one rouble
        ("0.00", "2100.00", "0.0"),
        ("5.00", "0.00", "0"),  # nothing to take a share of
    ],
)
def test_the_discount_s_share_of_the_order_is_shown_to_one_decimal(discount, subtotal, share):
    assert str(discount_share(Decimal(discount), Decimal(subtotal))) == share


@pytest.mark.parametrize(
    ("total", "deposit"),
    [
        ("1000.00", "300.00"),
        ("1250.50", "375.15"),
        ("0.05", "0.02"),  # 0.015 rounds up
        ("0.00", "0.00"),
    ],
)
def test_minimum_deposit_is_30_percent_rounded_half_up(total, deposit):
    assert minimum_deposit(Decimal(total)) == Decimal(deposit)


def test_check_payment_accepts_full_payment_and_any_deposit_from_30_percent():
    total = Decimal("1250.50")
    check_payment(total, total)
    check_payment(total, Decimal("375.15"))
    check_payment(total, Decimal("1000.00"))
    check_payment(Decimal("0.00"), Decimal("0.00"))


@pytest.mark.parametrize("paid", ["375.14", "0.00", "100"])
def test_check_payment_refuses_a_deposit_below_30_percent(paid):
    with pytest.raises(PaymentRefused, match="at least 375.15"):
        check_payment(Decimal("1250.50"), Decimal(paid))


@pytest.mark.parametrize(
    ("percent", "smallest"),
    [(0, "0.00"), (1, "12.51"), (50, "625.25"), (55, "687.78"), (100, "1250.50")],
)
def test_the_shop_s_percentage_sets_the_smallest_deposit(percent, smallest):
    total = Decimal("1250.50")
    assert minimum_deposit(total, percent) == Decimal(smallest)
    check_payment(total, Decimal(smallest), percent)
    if Decimal(smallest) > 0:
        with pytest.raises(
            PaymentRefused, match=rf"at least {smallest} \({percent} % of 1250.50\)"
        ):
            check_payment(total, Decimal(smallest) - Decimal("0.01"), percent)


def test_at_0_percent_an_order_is_taken_unpaid_but_never_overpaid():
    check_payment(Decimal("1250.50"), Decimal("0.00"), 0)
    with pytest.raises(PaymentRefused, match="more than"):
        check_payment(Decimal("1250.50"), Decimal("1250.51"), 0)


def test_check_payment_refuses_more_than_the_total():
    with pytest.raises(PaymentRefused, match="more than"):
        check_payment(Decimal("1250.50"), Decimal("1250.51"))


def test_max_money_fits_numeric_12_2():
    assert Decimal("9999999999.99") == MAX_MONEY
    with pytest.raises(InvalidInput):
        to_money(MAX_MONEY + Decimal("0.01"))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=30), st.integers(), st.decimals(), st.floats()))
def test_to_money_returns_kopecks_in_range_or_refuses(value):
    try:
        amount = to_money(value)
    except InvalidInput:
        return
    assert Decimal("0.00") <= amount <= MAX_MONEY
    assert amount.as_tuple().exponent == -2


def test_thousands_separators_of_any_locale_are_dropped():
    # QLocale writes 1 250,50 with a no-break space (ru_RU) or a narrow no-break space
    assert to_money("1\u00a0250,50") == Decimal("1250.50")
    assert to_money("1\u202f250,50") == Decimal("1250.50")
    assert to_money("1 250 000") == Decimal("1250000.00")
