"""Statistics for the coordinator: the tables (app.stats), what each chart draws from
them, and the CSV export, written one way from both interfaces: atomically, mode 0600
(a CSV is plaintext: facility names and small numbers can point to someone), and noted
in the audit log."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app import filters as app_filters
from app import stats
from app.usecases.custody import note_export
from app.usecases.lookups import Progress
from app.usecases.session import Session
from storage.errors import EnvironmentFault, InvalidInput

# What the desktop names from app.stats, through this module (it reaches the core only
# through the use cases).
Table, Filters = stats.Table, app_filters.Filters
TOTAL = stats.TOTAL
PENDING, CLOSED, COURT, OTHER, UNKNOWN = (stats.PENDING, stats.CLOSED, stats.COURT, stats.OTHER,
                                          stats.UNKNOWN)

MAX_BARS = 15
CSV_WARNING = ("CSV files are plaintext: anyone who gets the file or the disk can read them. "
               "The figures name no person, but facility names and small numbers can still "
               "point to someone. Keep them only where needed, and delete them after use.")


def filters(*, date_from: str | None = None, date_to: str | None = None,
            city: str | None = None, facility_id: str | None = None,
            region: str | None = None, tag: str | None = None) -> Filters:
    """Filters from what a person typed (a city or region by code or name, an event tag);
    bad dates refused. The same filters select the record tables (app.usecases.
    record_export)."""
    return app_filters.from_input(date_from=date_from, date_to=date_to, city=city,
                                  region=region, facility_id=facility_id, tag=tag)


def tables(session: Session, flt: Filters | None = None, *, lang: str = "en",
           names: Iterable[str] | None = None,
           cancel: threading.Event | None = None) -> list[stats.Table]:
    """The statistics tables named (default: all) for these filters, in `lang`. `cancel`
    stops the counting between its steps (Cancelled): the first draw of a million-version
    archive takes a quarter of a minute."""
    with stats.paused_collector(hold=True):
        return stats.Stats(session.db, flt or Filters(), lang=lang, cancel=cancel).tables(
            list(names) if names else None)


def collector_paused() -> bool:
    """Is the statistics' model being built with Python's cycle collector paused? A
    collector run by hand (the desktop's) waits meanwhile (app.stats.paused_collector)."""
    return stats.collector_paused()


def anonymised(session: Session) -> int:
    """How many anonymised stubs (app.stubs) the figures count: cases of people who did
    not consent to sharing, counted without a name, a text or a date of birth."""
    with stats.paused_collector(hold=True):
        return stats.Stats(session.db).anonymised


def facilities(session: Session, limit: int = 5000) -> list[tuple[str, str]]:
    """(record id, title) of the facilities, for the filter."""
    return [(r[0], r[1]) for r in session.db.all(
        "SELECT record_id, title FROM records WHERE kind = 'facility' AND deleted = 0"
        " ORDER BY title LIMIT ?", (limit,))]


def write_csv(session: Session, targets: list[tuple[stats.Table, Path]], *,
              progress: Progress | None = None,
              cancel: threading.Event | None = None) -> list[str]:
    """Write each table to its file (UTF-8 with a BOM, for spreadsheets), atomically and
    readable by this user only; one audit entry names the tables and files written.
    A cancel stops between files (those written stay, and are in the entry)."""
    if not targets:
        raise InvalidInput("no table to write")
    written: list[tuple[str, Path]] = []
    try:
        for i, (table, path) in enumerate(targets):
            if cancel is not None and cancel.is_set():
                break
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            with session.vault.write_out(Path(path)) as fh:  # a killed write is removed later
                fh.write(("\ufeff" + stats.csv_text(table)).encode("utf-8"))
            written.append((table.name, Path(path)))
            if progress is not None:
                progress(i + 1, len(targets))
    except OSError as exc:
        raise EnvironmentFault(f"could not write the CSV files: {exc}") from None
    finally:
        if written:
            note_export(session, "csv", [], "", detail={
                "tables": [name for name, _p in written],
                "files": [p.name for _n, p in written]})
    return [str(p) for _n, p in written]


# --- charts --------------------------------------------------------------------------------


@dataclasses.dataclass
class Chart:
    """What a chart draws. Series are (key, English label): the desktop translates the
    label and picks the colour by key."""

    categories: list[str]
    series: list[tuple[str, str]]
    values: list[list[float]]  # [category][series]
    stacked: bool = True
    percent: bool = False
    vertical: bool = False
    clipped: int = 0  # categories left out (the table has them)


def every_month(months: list[str]) -> list[str]:
    """The months from the first to the last given, none left out: a month without a
    complaint is drawn as an empty column, not skipped (a time axis must not jump)."""
    if not months:
        return []
    first, last = min(months), max(months)
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last and len(out) < 1200:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def chart_of(table: stats.Table) -> Chart:
    """What to draw for a table: the figure behind it, without the total row."""
    rows = [r for r in table.rows if r[0] != stats.TOTAL]
    keys = table.keys
    groups_series = [(g, stats.GROUP_LABELS[g]) for g in stats.COUNTED_GROUPS]

    def col(key: str) -> int:
        return keys.index(key)

    def by_group(rows_: list[tuple[Any, ...]]) -> list[list[float]]:
        return [[float(r[col(g)] or 0) for g in stats.COUNTED_GROUPS] for r in rows_]

    name = table.name
    labels = [str(r[1]) for r in rows]
    if name == "status_by_city":
        statuses = [c.key for c in table.columns[2:-1]]
        values = []
        for r in rows:
            sums = dict.fromkeys(stats.COUNTED_GROUPS, 0.0)
            for s in statuses:
                sums[stats.status_group(None if s == stats.NONE else s)] += float(r[col(s)] or 0)
            values.append([sums[g] for g in stats.COUNTED_GROUPS])
        chart = Chart(labels, groups_series, values)
    elif name == "by_month":
        by_key = {r[0]: v for r, v in zip(rows, by_group(rows), strict=True)}
        months = every_month([r[0] for r in rows if r[0] != stats.NONE])
        chart = Chart(months, groups_series,
                      [by_key.get(m, [0.0] * len(groups_series)) for m in months],
                      vertical=True)
    elif name == "by_facility":
        rows = rows[:MAX_BARS]
        chart = Chart([str(r[1]) for r in rows], groups_series, by_group(rows))
    elif name == "closed_by_city":
        chart = Chart(labels, [("closed_pct", "Closed (%)")],
                      [[float(r[col("closed_pct")] or 0)] for r in rows], percent=True)
    elif name in ("lack_of_evidence_by_city", "lack_of_evidence_by_region"):
        chart = Chart(labels, [("lack_of_evidence_pct", "Lack of evidence (% of complaints)")],
                      [[float(r[col("lack_of_evidence_pct")] or 0)] for r in rows],
                      percent=True)
    elif name == "victims_by_city":
        chart = Chart(labels, [("victims", "Victims"), ("women", "Women"),
                               ("minors", "Minors")],
                      [[float(r[col(k)] or 0) for k in ("victims", "women", "minors")]
                       for r in rows], stacked=False)
    elif name in ("methods", "methods_grouped"):
        chart = Chart(labels, [("incidents", "Incidents")],
                      [[float(r[col("incidents")] or 0)] for r in rows])
    elif name in ("attrition", "victims_profile"):
        key = "complaints" if name == "attrition" else "victims"
        chart = Chart(labels, [(key, table.columns[col(key)].label)],
                      [[float(r[col(key)] or 0)] for r in rows])
    elif name in ("deaths_in_custody", "detention_hours", "submissions_by_body"):
        # Columns that overlap (a death both disputed and investigated) side by side;
        # parts of a whole (within and over the limit; first and later steps) stacked.
        shown = {"deaths_in_custody": ("deaths", "disputed", "investigated"),
                 "detention_hours": ("within_limit", "over_limit"),
                 "submissions_by_body": ("complaints", "steps")}[name]
        chart = Chart(labels, [(k, table.columns[col(k)].label) for k in shown],
                      [[float(r[col(k)] or 0) for k in shown] for r in rows],
                      stacked=name != "deaths_in_custody")
    else:  # by_year_region, reprisals, perpetrators, methods_by_city: counts, stacked
        numeric = [i for i, c in enumerate(table.columns[2:], start=2)
                   if c.key not in ("incidents", "complaints", "reprisals", "perpetrators")
                   and all(isinstance(r[i], int) for r in rows)]
        chart = Chart(labels, [(table.columns[i].key, table.columns[i].label) for i in numeric],
                      [[float(r[i] or 0) for i in numeric] for r in rows])
    if len(chart.categories) > MAX_BARS and not chart.vertical:
        chart.clipped = len(chart.categories) - MAX_BARS
        chart.categories = chart.categories[:MAX_BARS]
        chart.values = chart.values[:MAX_BARS]
    return chart
