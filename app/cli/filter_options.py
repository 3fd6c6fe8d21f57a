"""The filter options every command that selects cases takes (`qorgau stats`,
`qorgau export-records`): the same names, the same words, one definition (app.filters)."""

from __future__ import annotations

import argparse

from app.filters import Filters, from_input


def add(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", metavar="DATE",
                        help="from this date (YYYY-MM-DD, YYYY-MM or YYYY), inclusive")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="to this date, inclusive")
    parser.add_argument("--city", help="a city code or name")
    parser.add_argument("--region", help="a region (oblast) code or name")
    parser.add_argument("--facility", metavar="ID", help="a facility record id")
    parser.add_argument("--tag", help="only cases with this tag, e.g. 'January 2022'")


def read(args: argparse.Namespace) -> Filters:
    """The filters given (bad dates, unknown cities or regions: InvalidInput)."""
    return from_input(date_from=args.date_from, date_to=args.date_to, city=args.city,
                      region=args.region, facility_id=args.facility, tag=args.tag)
