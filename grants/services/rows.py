"""The rows the exports write, assembled from the rows of their queries: no SQLAlchemy here.

The queries are built once, in :mod:`grants.services.reporting` (SQLAlchemy statements over the
domain's figures). They run either through SQLAlchemy (the GUI, a server, any database) or, for a
command on a SQLite file, as their SQL text compiled ahead (:mod:`grants.services.lean`): both hand
this module the same plain rows, by name (``run("paid")``), and it builds the same ``GrantRow`` and
``PublicationRow`` from them, so the two paths cannot differ by a cent.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from grants.domain import values as F  # noqa: N812 - the figures, read as F.balance, as elsewhere
from grants.domain.values import ZERO, money
from grants.vocabulary import Category, GrantNature, GrantStatus

Progress = Callable[[int, int], bool] | None
#: A query of the list run by name: its plain rows (tuples in the statement's column order).
Run = Callable[[str], Iterable[Sequence[Any]]]

CATEGORY_ORDER = (Category.COMMUNE, Category.POLICE_ZONE, Category.TRAINING_SCHOOL, Category.REGIONAL_BODY,
                  Category.ASBL_COMMUNAL, Category.ASBL_PRIVATE)
#: Grants read per chunk of a long list (a year of 100 000 grants never sits in memory at once).
CHUNK = 5000


def _c(value: Any) -> int:
    """Cents from a SQL cents sum (SQLite may hand back a float such as 12345.0)."""
    return round(value or 0)  # an int (a float or Decimal rounded without digits)


def grouped(rows: Iterable[Sequence[Any]]) -> dict[int, int]:
    """``{grant id: cents}`` from the rows of a per-grant cents sum."""
    return {gid: _c(c) for gid, c in rows}


# --- what was exported, from where, when, by whom -------------------------------------------------

@dataclass(frozen=True)
class ExportInfo:
    what: str  # a labels key: "about.budget", "about.grants"...
    database: str
    user: str
    generated_at: dt.datetime
    parameters: tuple[tuple[str, str], ...] = ()
    application: str = "grants"


def make_export_info(database: str, user: str, what: str, **parameters: object) -> ExportInfo:
    """The About sheet's facts: which database, which user, now, the parameters, the version (the
    package's own, which tests/test_lean.py holds equal to the installed distribution's)."""
    from grants import __version__

    return ExportInfo(what, database, user, dt.datetime.now().replace(microsecond=0),
                      tuple((k, str(v)) for k, v in parameters.items()), f"grants {__version__}")


# --- the grants list ----------------------------------------------------------------------------

def measures_text(measures: list[tuple[str, Decimal]]) -> str:
    """``1.4 (60 %); 2.1 (40 %)``, or just the code when a grant has a single measure."""
    if len(measures) == 1:
        return measures[0][0]
    return "; ".join(f"{code} ({share.normalize():f} %)" for code, share in measures)


@dataclass(frozen=True, slots=True)
class GrantRow:
    id: int
    ref: str
    beneficiary_ref: str
    beneficiary_fr: str
    beneficiary_nl: str
    category: Category
    programme_ref: str | None
    programme_title: str | None
    budget_code: str
    title: str
    measures: str
    amount: Decimal
    committed: Decimal
    paid: Decimal
    recovered: Decimal
    accepted: Decimal
    balance: Decimal | None  # None until the grant is justified
    recovery: Decimal  # claimed back (claims not cancelled)
    status: GrantStatus
    decision_date: dt.date | None
    notified_on: dt.date | None
    period_start: dt.date | None
    period_end: dt.date | None
    justification_deadline: dt.date | None
    to_approve: Decimal = ZERO  # prepared payments out
    nature: GrantNature = GrantNature.OPERATING  # operating or investment (README "Co-financing")
    project_budget: Decimal | None = None  # the co-financed project's total budget, when given
    other_funding: Decimal = ZERO  # the project's other funders, requested or granted

    @property
    def net_paid(self) -> Decimal:
        return F.net_paid(self.paid, self.recovered)

    @property
    def cofinancing_rate(self) -> Decimal | None:
        """The Region's share of the project's total budget, in percent (None without a budget)."""
        return F.cofinancing_rate(self.amount, self.project_budget)


#: The queries of the grants list (``reporting.grant_list_statements`` builds them), by name.
GRANT_LIST_QUERIES = ("amount", "claimed_back", "com", "payments", "acc", "measures", "periods", "other", "main")


def assemble_grant_rows(run: Run) -> list[GrantRow]:
    """The grants list's rows from its queries' rows (see :data:`GRANT_LIST_QUERIES`), by reference."""
    amount = grouped(run("amount"))
    claimed_back, committed, acc = grouped(run("claimed_back")), grouped(run("com")), grouped(run("acc"))
    paid_: dict[int, int] = {}
    to_approve: dict[int, int] = {}
    back: dict[int, int] = {}
    for gid, paid_c, to_approve_c, back_c in run("payments"):
        paid_[gid], to_approve[gid], back[gid] = _c(paid_c), _c(to_approve_c), _c(back_c)
    measures: dict[int, list[tuple[str, Decimal]]] = defaultdict(list)
    for gid, code, share in run("measures"):
        measures[gid].append((code, Decimal(share)))
    periods: dict[int, tuple[dt.date | None, dt.date | None]] = {}  # the latest amendment wins
    for gid, start, end in run("periods"):
        old = periods.get(gid, (None, None))
        periods[gid] = (start or old[0], end or old[1])
    other = grouped(run("other"))
    rows = []
    for (gid, ref, bref, bfr, bnl, cat, pref, ptitle, code, title, status, decided, notified, start, end,
         deadline, nature, budget) in run("main"):
        amt, paid = amount.get(gid, 0), paid_.get(gid, 0)
        recovered, accepted = back.get(gid, 0), acc.get(gid, 0)
        balance = F.balance(status, money(amt), money(accepted), money(paid), money(recovered))
        if gid in periods:
            start, end = periods[gid][0] or start, periods[gid][1] or end
        rows.append(GrantRow(gid, ref, bref, bfr, bnl, cat, pref, ptitle, code, title,
                             measures_text(measures.get(gid, [])), money(amt), money(committed.get(gid, 0)),
                             money(paid), money(recovered), money(accepted), balance,
                             money(claimed_back.get(gid, 0)), status, decided, notified, start, end, deadline,
                             money(to_approve.get(gid, 0)), nature,
                             None if budget is None else Decimal(budget).quantize(F.CENT),
                             money(other.get(gid, 0))))
    return rows


def iter_in_chunks(refs: Sequence[str], rows_between: Callable[[str, str], list[GrantRow]],
                   progress: Progress = None) -> Iterator[GrantRow]:
    """The rows of the grants ``refs`` (sorted), read :data:`CHUNK` references at a time
    (``rows_between(first, last)``); ``progress(done, total)`` may stop it (``Cancelled``)."""
    from .errors import tick

    total = len(refs)
    tick(progress, 0, total)
    done = 0
    for start in range(0, total, CHUNK):
        chunk = refs[start:start + CHUNK]
        for row in rows_between(chunk[0], chunk[-1]):
            yield row
            done += 1
            if done % 500 == 0:
                tick(progress, done, total)
    tick(progress, total, total)


# --- the list to publish --------------------------------------------------------------------------

@dataclass(frozen=True)
class PublicationRow:
    beneficiary_fr: str
    beneficiary_nl: str
    bce: str | None
    purpose: str
    amount: Decimal
    decision_date: dt.date | None
    budget_code: str
    ref: str


#: The query of the list to publish (``reporting.publication_statements``), by name.
PUBLICATION_QUERIES = ("main",)


def assemble_publication(run: Run) -> list[PublicationRow]:
    """The list to publish from its query's rows (the current amount in cents, as the domain's SQL
    figure computes it): by beneficiary (French name) and reference."""
    rows = [PublicationRow(fr, nl, bce, title, money(_c(cents)), decided, code, ref)
            for ref, fr, nl, bce, title, cents, decided, code in run("main")]
    rows.sort(key=lambda r: (r.beneficiary_fr.lower(), r.ref))
    return rows
