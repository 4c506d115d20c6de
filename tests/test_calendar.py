"""Tests of regdesign.calendar: Colombian holidays (Ley 51 de 1983) and business days."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regdesign.calendar import (
    add_business_days,
    business_days_between,
    easter_sunday,
    holidays,
    is_business_day,
)

D = dt.date


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2019, D(2019, 4, 21)),
        (2024, D(2024, 3, 31)),
        (2025, D(2025, 4, 20)),
        (2027, D(2027, 3, 28)),
        (2038, D(2038, 4, 25)),
        (2000, D(2000, 4, 23)),
    ],
)
def test_easter(year: int, easter: dt.date) -> None:
    assert easter_sunday(year) == easter


def test_holidays_2025_as_published() -> None:
    # the official list for 2025: 18 holidays on 17 dates (San Pedro and Sagrado Corazón both on 30 June)
    expected = {
        D(2025, 1, 1),
        D(2025, 1, 6),
        D(2025, 3, 24),
        D(2025, 4, 17),
        D(2025, 4, 18),
        D(2025, 5, 1),
        D(2025, 6, 2),
        D(2025, 6, 23),
        D(2025, 6, 30),
        D(2025, 7, 20),
        D(2025, 8, 7),
        D(2025, 8, 18),
        D(2025, 10, 13),
        D(2025, 11, 3),
        D(2025, 11, 17),
        D(2025, 12, 8),
        D(2025, 12, 25),
    }
    found = holidays(2025)
    assert set(found) == expected
    assert found[D(2025, 6, 30)] == "San Pedro y San Pablo y Sagrado Corazón de Jesús"


def test_holidays_2024_as_published() -> None:
    expected = {
        D(2024, 1, 1),
        D(2024, 1, 8),
        D(2024, 3, 25),
        D(2024, 3, 28),
        D(2024, 3, 29),
        D(2024, 5, 1),
        D(2024, 5, 13),
        D(2024, 6, 3),
        D(2024, 6, 10),
        D(2024, 7, 1),
        D(2024, 7, 20),
        D(2024, 8, 7),
        D(2024, 8, 19),
        D(2024, 10, 14),
        D(2024, 11, 4),
        D(2024, 11, 11),
        D(2024, 12, 8),
        D(2024, 12, 25),
    }
    assert set(holidays(2024)) == expected


def test_moved_holiday_stays_when_on_monday() -> None:
    # 19 March 2029 is a Monday: San José is not moved
    assert D(2029, 3, 19).weekday() == 0
    assert holidays(2029)[D(2029, 3, 19)] == "San José"


@pytest.mark.parametrize(
    ("day", "business"),
    [
        (D(2027, 2, 1), True),
        (D(2027, 2, 6), False),
        (D(2027, 2, 7), False),
        (D(2027, 3, 22), False),
        (D(2027, 3, 25), False),
        (D(2027, 3, 26), False),
        (D(2027, 3, 23), True),
    ],
)
def test_is_business_day(day: dt.date, business: bool) -> None:
    assert is_business_day(day) is business


def test_business_days_across_holy_week_2027() -> None:
    # Monday 22 March 2027 is San José (moved); 25 and 26 March are Jueves and Viernes Santo
    assert business_days_between(D(2027, 3, 19), D(2027, 3, 29)) == 3  # 23, 24, 29
    assert add_business_days(D(2027, 3, 19), 3) == D(2027, 3, 29)
    assert business_days_between(D(2027, 3, 29), D(2027, 3, 19)) == 0
    assert add_business_days(D(2027, 3, 19), 0) == D(2027, 3, 19)
    with pytest.raises(ValueError):
        add_business_days(D(2027, 3, 19), -1)


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2090, 12, 31)), st.integers(min_value=0, max_value=60))
def test_add_and_count_agree(start: dt.date, days: int) -> None:
    end = add_business_days(start, days)
    assert business_days_between(start, end) == days
    assert days == 0 or is_business_day(end)


@given(st.integers(min_value=1984, max_value=2200))
def test_every_year_has_18_holidays_on_weekdays_or_fixed_dates(year: int) -> None:
    found = holidays(year)
    assert 15 <= len(found) <= 18
    fixed = {(1, 1), (5, 1), (7, 20), (8, 7), (12, 8), (12, 25)}
    easter = easter_sunday(year)
    for day in found:
        if (day.month, day.day) not in fixed and day not in (easter - dt.timedelta(3), easter - dt.timedelta(2)):
            assert day.weekday() == 0, day  # every other holiday is a Monday
