"""The PGSP implementation table of a year and the yearly list of grants to publish.

Amounts come from :func:`grants.services.reporting._grant_rows` (the figures of
``grants.domain.figures``); a grant's amount is allocated to its measures by their shares
(:func:`grants.domain.values.allocate`, the parts add up exactly). The writers are in
``grants.reports.implementation``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select

from grants.models import Grant, GrantMeasure, GrantStatus, Measure, Thematic

from .database import Database
from .indicators import IndicatorRow, indicators_in
from .plpp import ThematicCount, activities_by_thematic
from .reporting import ZERO, _dec_cents, _grant_rows, allocate, money, publication_statements, publication_where
from .rows import PublicationRow, assemble_publication


@dataclass(frozen=True)
class Project:
    ref: str
    beneficiary_fr: str
    beneficiary_nl: str
    purpose: str
    granted: Decimal  # the grant's current amount
    allocated: Decimal  # its part for this measure
    paid: Decimal  # net paid (paid out less paid back), allocated like the amount
    indicators: tuple[IndicatorRow, ...] = ()


@dataclass(frozen=True)
class MeasureLine:
    code: str
    description_fr: str
    description_nl: str
    projects: list[Project] = field(default_factory=list)

    @property
    def allocated(self) -> Decimal:
        return sum((p.allocated for p in self.projects), ZERO)

    @property
    def paid(self) -> Decimal:
        return sum((p.paid for p in self.projects), ZERO)


@dataclass(frozen=True)
class ThematicBlock:
    number: int
    label_fr: str
    label_nl: str
    measures: list[MeasureLine] = field(default_factory=list)


@dataclass(frozen=True)
class ImplementationReport:
    year: int
    edition: str | None
    edition_title_fr: str
    edition_title_nl: str
    thematics: list[ThematicBlock] = field(default_factory=list)
    #: The PLPP part: the communes' activities of the year counted by PGSP thematic.
    plpp: list[ThematicCount] = field(default_factory=list)
    #: why the edition applies to the year: covers, assigned (setting pgsp_editions) or nearest
    edition_basis: str = "covers"

    @property
    def allocated(self) -> Decimal:
        return sum((m.allocated for t in self.thematics for m in t.measures), ZERO)

    @property
    def plpp_communes(self) -> int:
        """How many communes recorded activities (whatever the thematic)."""
        return len(frozenset().union(*(c.nis for c in self.plpp)))


def _code_key(code: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in code.split("."))


def implementation_report(db: Database, year: int) -> ImplementationReport:
    """Every thematic and measure of the edition that applies to ``year``, with the year's grants
    tied to each measure (drafts left out) and their indicators for that measure."""
    from .grants import edition_choice

    with db.reading() as s:
        edition, basis = edition_choice(s, year)
        if edition is None:
            return ImplementationReport(year, None, "", "")
        blocks = {n: ThematicBlock(n, fr, nl) for tid, n, fr, nl in s.execute(
            select(Thematic.id, Thematic.number, Thematic.label_fr, Thematic.label_nl)
            .where(Thematic.edition_id == edition.id).order_by(Thematic.number))}
        lines: dict[int, MeasureLine] = {}
        for mid, num, code, dfr, dnl in sorted(s.execute(
                select(Measure.id, Thematic.number, Measure.code, Measure.description_fr, Measure.description_nl)
                .join(Thematic, Thematic.id == Measure.thematic_id).where(Measure.edition_id == edition.id)),
                key=lambda r: _code_key(r[2])):
            lines[mid] = MeasureLine(code, dfr, dnl or dfr)
            blocks[num].measures.append(lines[mid])
        where = [Grant.year == year, Grant.status != GrantStatus.DRAFT]
        rows = {r.id: r for r in _grant_rows(s, where)}
        links: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
        for gid, mid, share in s.execute(select(GrantMeasure.grant_id, GrantMeasure.measure_id, GrantMeasure.share)
                                         .join(Grant, Grant.id == GrantMeasure.grant_id).where(*where)
                                         .order_by(GrantMeasure.grant_id, GrantMeasure.measure_id)):
            links[gid].append((mid, Decimal(share)))
        inds: dict[tuple[int, str], list[IndicatorRow]] = defaultdict(list)
        for ind in indicators_in(s, list(rows)):
            inds[(ind.grant_id, ind.measure)].append(ind)
        for gid in sorted(rows, key=lambda g: rows[g].ref):
            r, parts = rows[gid], links.get(gid, [])
            shares = [sh for _, sh in parts]
            amounts = allocate(_dec_cents(r.amount), shares)
            paid = allocate(_dec_cents(r.net_paid), shares)
            for (mid, _), a, p in zip(parts, amounts, paid, strict=True):
                line = lines.get(mid)
                if line is None:  # a measure of another edition
                    continue
                line.projects.append(Project(r.ref, r.beneficiary_fr, r.beneficiary_nl, r.title, r.amount, money(a),
                                             money(p), tuple(inds.get((gid, line.code), ()))))
        return ImplementationReport(year, edition.code, edition.title_fr, edition.title_nl, list(blocks.values()),
                                    activities_by_thematic(s, year, edition.id), basis)


def publication_rows(db: Database, year: int) -> list[PublicationRow]:
    """The year's decided grants (drafts left out), by beneficiary and reference: what is published."""
    with db.reading() as s:
        conn = s.connection()
        statements = publication_statements(publication_where(year))
        return assemble_publication(lambda name: conn.execute(statements[name]))
