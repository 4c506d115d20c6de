"""Colombian business days: weekends and national holidays (días festivos).

This module owns the holiday calendar used by the deadline checks (``TDR-PLAZO``). Guarantees:

* holidays follow Ley 51 de 1983 (the "Ley Emiliani"): fixed holidays stay on their date; the movable ones are
  moved to the following Monday when they do not fall on a Monday; Jueves and Viernes Santo are not moved;
  Ascensión, Corpus Christi and Sagrado Corazón are counted from Easter Sunday (Gregorian computus) and moved to
  Monday as the law orders (Easter + 43, + 64 and + 71 days).
* a business day (día hábil) is a Monday-to-Friday date that is not a holiday; Saturdays are not business days
  (the usual rule for public entities, Ley 1437 de 2011 art. 62 and Ley 4 de 1913 art. 62).

Example:
    >>> import datetime as dt
    >>> holidays(2025)[dt.date(2025, 3, 24)]
    'San José'
    >>> add_business_days(dt.date(2025, 3, 21), 1)  # Friday + 1: Monday 24 is a holiday
    datetime.date(2025, 3, 25)
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

_FIXED = (
    (1, 1, "Año Nuevo"),
    (5, 1, "Día del Trabajo"),
    (7, 20, "Día de la Independencia"),
    (8, 7, "Batalla de Boyacá"),
    (12, 8, "Inmaculada Concepción"),
    (12, 25, "Navidad"),
)
_MOVED_TO_MONDAY = (
    (1, 6, "Reyes Magos"),
    (3, 19, "San José"),
    (6, 29, "San Pedro y San Pablo"),
    (8, 15, "Asunción de la Virgen"),
    (10, 12, "Día de la Raza"),
    (11, 1, "Todos los Santos"),
    (11, 11, "Independencia de Cartagena"),
)
# (days after Easter Sunday, name): already moved to the Monday where Ley 51 de 1983 applies
_FROM_EASTER = (
    (-3, "Jueves Santo"),
    (-2, "Viernes Santo"),
    (43, "Ascensión del Señor"),
    (64, "Corpus Christi"),
    (71, "Sagrado Corazón de Jesús"),
)


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _next_monday(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(7 - day.weekday()) % 7)


@lru_cache(maxsize=256)
def _holidays(year: int) -> tuple[tuple[dt.date, str], ...]:
    found: dict[dt.date, list[str]] = {}
    for month, day, name in _FIXED:
        found.setdefault(dt.date(year, month, day), []).append(name)
    for month, day, name in _MOVED_TO_MONDAY:
        found.setdefault(_next_monday(dt.date(year, month, day)), []).append(name)
    easter = easter_sunday(year)
    for offset, name in _FROM_EASTER:
        found.setdefault(easter + dt.timedelta(days=offset), []).append(name)
    return tuple(sorted((day, " y ".join(names)) for day, names in found.items()))


def holidays(year: int) -> dict[dt.date, str]:
    """The national holidays of ``year`` (date → name; two holidays on one date share it: "… y …")."""
    return dict(_holidays(year))


@lru_cache(maxsize=256)
def _holiday_set(year: int) -> frozenset[dt.date]:
    return frozenset(day for day, _name in _holidays(year))


def is_holiday(day: dt.date) -> bool:
    return day in _holiday_set(day.year)


def is_business_day(day: dt.date) -> bool:
    """Monday to Friday and not a national holiday."""
    return day.weekday() < 5 and not is_holiday(day)


def add_business_days(start: dt.date, days: int) -> dt.date:
    """The date ``days`` business days after ``start`` (``start`` itself is not counted); ``days`` ≥ 0."""
    if days < 0:
        raise ValueError("days must be >= 0")
    current = start
    remaining = days
    while remaining:
        current += dt.timedelta(days=1)
        if is_business_day(current):
            remaining -= 1
    return current


def business_days_between(start: dt.date, end: dt.date) -> int:
    """Business days after ``start`` up to and including ``end`` (0 when ``end`` ≤ ``start``).

    This is how a term "de N días hábiles" is counted from a publication: the day of publication does not count.
    """
    if end <= start:
        return 0
    count = 0
    current = start
    while current < end:
        current += dt.timedelta(days=1)
        if is_business_day(current):
            count += 1
    return count


__all__ = ["add_business_days", "business_days_between", "easter_sunday", "holidays", "is_business_day", "is_holiday"]


def as_date(value: object) -> dt.date | None:
    """A date from front-matter data: a ``date``, a ``datetime`` or an ISO text (``2027-02-01``, time ignored)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None
