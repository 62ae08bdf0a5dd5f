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
