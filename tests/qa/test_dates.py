"""qa.dates: the forms reports write dates in, parsed to the precision they give."""

import pytest

from qa.dates import Date, parse_date


@pytest.mark.parametrize(
    "text,expected",
    [
        ("14 March 2007", Date(2007, 3, 14)),
        ("14/03/07", Date(2007, 3, 14)),
        ("March 2007", Date(2007, 3, None)),
        ("2007", Date(2007, None, None)),
        # a list or range of days in one month is dated from its first day
        ("1 and 26 February 2007", Date(2007, 2, 1)),
        ("1st to 3rd March 2008", Date(2008, 3, 1)),
        ("the team", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_a_range_of_days_fits_its_month():
    assert parse_date("1 and 26 February 2007").compatible(parse_date("February 2007"))


def test_a_time_of_day_or_a_weekday_alone_is_no_date():
    """"00.35 hrs" is a time and "Tuesday" names no day of any month: neither is a date (dateparser would read
    each relative to the moment it runs, so the same document would give another date at another hour)."""
    for text in ("00.35 hrs", "16.30 hrs", "23:40", "2.15am", "Tuesday", "yesterday"):
        assert parse_date(text) is None, text
    assert parse_date("Tuesday 3 May 2022") == Date(2022, 5, 3)
    assert parse_date("14.10.20") == Date(2020, 10, 14)  # a dotted date is no time
