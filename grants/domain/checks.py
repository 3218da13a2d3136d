"""The checks a grant's acts must pass, as pure functions over plain values returning problems.

The interactive services call them at the act (and refuse: nothing is saved), the import calls
them row by row (batched into one refusal), and the audit checks call the same functions over the
data: an act the application accepts never fails an audit check.

Every problem names the field at fault (``Problem.field``) and starts with it ("Decision date: ...").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import ROUND_DOWN, ROUND_UP, Decimal

from grants.vocabulary import Category, FunderStatus, GrantNature, GrantStatus, PaymentKind, ProgrammeKind

from .figures import available_ce, available_cl, other_funding, subsidy_ceiling
from .problems import QT_TRANSLATE_NOOP, Problem, Word

ZERO = Decimal(0)

# -- plausible dates --------------------------------------------------------------------------------

#: The first date the application accepts (the Region's first subsidies: 1989).
EARLIEST = dt.date(1989, 1, 1)
#: How many years after max(grant year, this year) a date may lie (deadlines, multi-year periods).
YEARS_AHEAD = 5


def date_window(grant_year: int | None = None, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The plausible dates: 1 January 1989 to 31 December of max(grant year, this year) + 5."""
    this_year = (today or dt.date.today()).year
    last = max(grant_year or this_year, this_year) + YEARS_AHEAD
    return EARLIEST, dt.date(last, 12, 31)


def check_date(value: dt.date | None, field: str, label: str, grant_year: int | None = None,
               today: dt.date | None = None) -> list[Problem]:
    """``value`` (of the field ``field``, shown as ``label``) lies in :func:`date_window`."""
    if value is None:
        return []
    first, last = date_window(grant_year, today)
    if first <= value <= last:
        return []
    return [Problem(QT_TRANSLATE_NOOP("rules", "{label}: {date} is not a plausible date (between {first} and {last})"),
                    {"label": Word(label), "date": value, "first": first, "last": last}, field)]


def check_dates(dates: Mapping[str, dt.date | None], grant_year: int | None = None,
                today: dt.date | None = None) -> list[Problem]:
    """Every date of ``dates`` (field -> date) plausible; fields are named by :data:`DATE_LABELS`."""
    out: list[Problem] = []
    for fld, value in dates.items():
        out += check_date(value, fld, DATE_LABELS.get(fld, fld), grant_year, today)
    return out


DATE_LABELS = {
    "decision_date": QT_TRANSLATE_NOOP("rules", "Decision date"),
    "notified_on": QT_TRANSLATE_NOOP("rules", "Notification date"),
    "date": QT_TRANSLATE_NOOP("rules", "Date"),
    "period_start": QT_TRANSLATE_NOOP("rules", "Period start"),
    "period_end": QT_TRANSLATE_NOOP("rules", "Period end"),
    "justification_deadline": QT_TRANSLATE_NOOP("rules", "Justification deadline"),
    "received_on": QT_TRANSLATE_NOOP("rules", "Received on"),
    "checked_on": QT_TRANSLATE_NOOP("rules", "Checked on"),
}


# -- a complete decision ----------------------------------------------------------------------------

def check_decision_complete(*, title: str | None, amount: Decimal | None, period_start: dt.date | None,
                            period_end: dt.date | None, budget_line: object | None,
                            required_documents: str | None, justification_deadline: dt.date | None,
                            decision_ref: str | None = "-", decision_date: dt.date | None = dt.date.max,
                            ) -> list[Problem]:
    """Audit check 2: a decision names its purpose, amount, period, budget line, the documents
    required and their deadline (and, once recorded, its reference and date)."""
    out: list[Problem] = []
    if not (title or "").strip():
        out.append(Problem(QT_TRANSLATE_NOOP("rules", "Purpose: a decision needs the purpose of the grant"), {}, "title"))
    if amount is None or amount <= 0:
        out.append(Problem(QT_TRANSLATE_NOOP("rules", "Amount: a decision needs an amount above zero"), {}, "amount"))
    if period_start is None or period_end is None:
        out.append(Problem(QT_TRANSLATE_NOOP("rules", "Period: a decision needs the period of the activity (start and end)"),
                           {}, "period_start"))
    if budget_line is None:
        out.append(Problem(QT_TRANSLATE_NOOP("rules", "Budget line: a decision needs the budget line it is paid from"),
                           {}, "budget_line"))
    if not (required_documents or "").strip():
        out.append(Problem(QT_TRANSLATE_NOOP("rules", "Required documents: a decision needs the list of supporting documents"),
                           {}, "required_documents"))
    if justification_deadline is None:
        out.append(Problem(QT_TRANSLATE_NOOP("rules", "Justification deadline: a decision needs the deadline for the supporting documents"),
                           {}, "justification_deadline"))
    if not (decision_ref or "").strip():
        out.append(Problem(QT_TRANSLATE_NOOP("rules", "Decision reference: this field is required"), {}, "decision_ref"))
    if decision_date is None:
        out.append(Problem(QT_TRANSLATE_NOOP("rules", "Decision date: this field is required"), {}, "decision_date"))
    return out


# -- PGSP measures and programme kinds --------------------------------------------------------------

#: Measures every grant of a programme kind must carry (FSE: 5.1 and 6.1, compulsory for the zones).
REQUIRED_MEASURES: dict[ProgrammeKind, tuple[str, ...]] = {
    ProgrammeKind.POLICE_FUND: ("5.1", "6.1"),
}

#: The beneficiary categories each programme kind funds (domain.md "Funding channels"): the call
#: for projects funds non-profits (and communes, as the LISA antennas call); the local plans (PLPP)
#: the 19 communes; the European Summits Fund (FSE) the 6 police zones; direct grants the regional
#: bodies, training schools and some ASBL.
CATEGORIES_FOR: dict[ProgrammeKind, frozenset[Category]] = {
    ProgrammeKind.CALL_FOR_PROJECTS: frozenset({Category.ASBL_PRIVATE, Category.ASBL_COMMUNAL, Category.COMMUNE}),
    ProgrammeKind.LOCAL_PLAN: frozenset({Category.COMMUNE}),
    ProgrammeKind.POLICE_FUND: frozenset({Category.POLICE_ZONE}),
    ProgrammeKind.DIRECT_GRANT: frozenset({Category.REGIONAL_BODY, Category.TRAINING_SCHOOL, Category.ASBL_PRIVATE,
                                           Category.ASBL_COMMUNAL}),
}


def check_measures(codes: Iterable[str], kind: ProgrammeKind | None = None) -> list[Problem]:
    """At least one PGSP measure; a programme kind's compulsory measures all present."""
    have = {c.strip() for c in codes}
    if not have:
        return [Problem(QT_TRANSLATE_NOOP("rules", "PGSP measures: a decision needs at least one PGSP measure"), {}, "measures")]
    required = REQUIRED_MEASURES.get(kind, ()) if kind is not None else ()
    missing = [c for c in required if c not in have]
    if missing:
        return [Problem(QT_TRANSLATE_NOOP("rules", "PGSP measures: a grant of kind {kind} requires the measures {required} (missing {missing})"),
                        {"kind": kind, "required": ", ".join(required), "missing": ", ".join(missing)},
                        "measures")]
    return []


def check_programme_fits(kind: ProgrammeKind | None, category: Category | None) -> list[Problem]:
    """The programme kind funds the beneficiary's category (:data:`CATEGORIES_FOR`)."""
    if kind is None or category is None or category in CATEGORIES_FOR.get(kind, frozenset(Category)):
        return []
    allowed = tuple(c for c in Category if c in CATEGORIES_FOR[kind])
    return [Problem(QT_TRANSLATE_NOOP("rules", "Programme: a programme of kind {kind} does not fund a beneficiary of category {category} (only {allowed})"),
                    {"kind": kind, "category": category, "allowed": allowed}, "programme")]


# -- order of acts ----------------------------------------------------------------------------------

def check_order_of_acts(*, decision_date: dt.date | None, committed_on: dt.date | None = None,
                        notified_on: dt.date | None = None, first_payment: dt.date | None = None,
                        ) -> list[Problem]:
    """Audit check 1: decision <= commitment <= notification <= first payment. Each problem names
    the later act (the one at fault); a missing act is said where a later one exists."""
    out: list[Problem] = []

    def p(message: str, fld: str, **params: object) -> None:
        out.append(Problem(message, dict(params), fld))

    if committed_on is not None:
        if decision_date is None:
            p(QT_TRANSLATE_NOOP("rules", "Commitment date: {committed} with no decision recorded"), "date", committed=committed_on)
        elif committed_on < decision_date:
            p(QT_TRANSLATE_NOOP("rules", "Commitment date: {committed} is before the decision of {decision} (decision, then commitment, then payment)"),
              "date", committed=committed_on, decision=decision_date)
    if notified_on is not None:
        if decision_date is not None and notified_on < decision_date:
            p(QT_TRANSLATE_NOOP("rules", "Notification date: {notified} is before the decision {decided}"),
              "notified_on", notified=notified_on, decided=decision_date)
        if committed_on is not None and notified_on < committed_on:
            p(QT_TRANSLATE_NOOP("rules", "Notification date: {notified} is before the commitment of {committed}"),
              "notified_on", notified=notified_on, committed=committed_on)
    if first_payment is not None:
        if committed_on is None:
            p(QT_TRANSLATE_NOOP("rules", "Payment date: {paid} with no commitment"), "date", paid=first_payment)
        elif first_payment < committed_on:
            p(QT_TRANSLATE_NOOP("rules", "Payment date: {paid} is before the commitment of {committed}"),
              "date", paid=first_payment, committed=committed_on)
        if decision_date is not None and first_payment < decision_date and committed_on is None:
            p(QT_TRANSLATE_NOOP("rules", "Payment date: {paid} is before the decision of {decision}"),
              "date", paid=first_payment, decision=decision_date)
        if notified_on is not None and first_payment < notified_on:
            p(QT_TRANSLATE_NOOP("rules", "Payment date: {paid} is before the notification of {notified}"),
              "date", paid=first_payment, notified=notified_on)
    return out


# -- payments -----------------------------------------------------------------------------------------

def check_payment_amounts(*, amount: Decimal, kind: PaymentKind, paid: Decimal, committed: Decimal,
                          granted: Decimal, ref: str, advance_share: Decimal = ZERO) -> list[Problem]:
    """The money rule of an outgoing payment: above zero, within what is committed, an advance
    within its share of the grant. ``paid`` is what is paid (or prepared) already."""
    if amount <= 0:
        return [Problem(QT_TRANSLATE_NOOP("rules", "Amount: must be above zero ({amount})"), {"amount": amount}, "amount")]
    if paid + amount > committed:
        return [Problem(QT_TRANSLATE_NOOP("rules", "Amount: {amount} would bring payments on grant {ref} to {total}, above what is committed {committed} (granted {granted})"),
                        {"amount": amount, "ref": ref, "total": paid + amount, "committed": committed, "granted": granted},
                        "amount")]
    if kind == PaymentKind.ADVANCE and advance_share > 0:
        limit = (granted * advance_share / 100).quantize(Decimal("0.01"))
        if paid + amount > limit:
            return [Problem(QT_TRANSLATE_NOOP("rules", "Amount: the advance would reach {total}, above {share} % of the grant ({limit})"),
                            {"total": paid + amount, "share": str(advance_share), "limit": limit}, "amount")]
    return []


def check_commitment_credits(*, reserved: Decimal, credits: Decimal, code: str, year: int,
                             amount: Decimal | None = None, field: str = "amount") -> list[Problem]:
    """What a budget line's grants reserve never exceeds its commitment credits (CE).

    ``reserved``: what the line's grants reserve once the change is made. ``amount``: what the change
    adds to it (a grant, an upward amendment, a grant of a call); None when the change is to the
    credits themselves (``credits`` is then the new value)."""
    if reserved <= credits:
        return []
    if amount is None:
        return [Problem(QT_TRANSLATE_NOOP("rules", "Commitment credits: {value} is below what the line's grants already use ({used})"),
                        {"value": credits, "used": reserved}, field)]
    return [Problem(QT_TRANSLATE_NOOP("rules", "Amount: {amount} on budget line {code} ({year}) would bring its grants to {total}, above its commitment credits {credits} (available {available})"),
                    {"amount": amount, "code": code, "year": year, "total": reserved, "credits": credits,
                     "available": available_ce(credits, reserved - amount)}, field)]


def check_payment_credits(*, amount: Decimal | None, used: Decimal, credits: Decimal | None, code: str,
                          year: int) -> list[Problem]:
    """Payments of ``year`` on budget code ``code`` (``used``: paid and to approve already) stay within
    its payment credits (CL). ``amount``: the payment added; None when the change is to the credits
    themselves (``credits`` is then the new value)."""
    if credits is None:
        return [Problem(QT_TRANSLATE_NOOP("rules", "Date: there is no budget line {code} in {year} to pay from (payment credits)"),
                        {"code": code, "year": year}, "date")]
    if amount is None:
        if used > credits:
            return [Problem(QT_TRANSLATE_NOOP("rules", "Payment credits: {value} is below what was already paid ({used})"),
                            {"value": credits, "used": used}, "payment_credits")]
        return []
    if used + amount > credits:
        return [Problem(QT_TRANSLATE_NOOP("rules", "Amount: {amount} would bring {year} payments on budget line {code} to {total}, above its payment credits {credits} (available {available})"),
                        {"amount": amount, "year": year, "code": code, "total": used + amount, "credits": credits,
                         "available": available_cl(credits, used, Decimal("0.00"))}, "amount")]
    return []


def check_committed_within_credits(*, amount: Decimal, committed: Decimal, credits: Decimal, code: str,
                                   year: int) -> list[Problem]:
    """What is committed on a budget line (``committed`` already, ``amount`` more) stays within its
    commitment credits."""
    if committed + amount > credits:
        return [Problem(QT_TRANSLATE_NOOP("rules", "Commitment amount: {amount} would bring budget line {code} ({year}) to {total} committed, above its commitment credits {credits}"),
                        {"amount": amount, "code": code, "year": year, "total": committed + amount, "credits": credits},
                        "amount")]
    return []


# -- indicators ---------------------------------------------------------------------------------------

def check_indicator(*, name: str | None, measure: str | None, grant_measures: Iterable[str],
                    target: Decimal | None, achieved: Decimal | None, ref: str) -> list[Problem]:
    """An indicator of grant ``ref``: named, tied to one of the grant's own PGSP measures
    (``grant_measures``, codes), its target and achieved figures zero or more."""
    out: list[Problem] = []
    if not (name or "").strip():
        out.append(Problem(QT_TRANSLATE_NOOP("rules", "Name: an indicator needs a name"), {}, "name"))
    have = sorted({c.strip() for c in grant_measures})
    if not (measure or "").strip():
        out.append(Problem(QT_TRANSLATE_NOOP("rules", "PGSP measure: an indicator is tied to one of the grant's measures ({codes})"),
                           {"codes": ", ".join(have) or "-"}, "measure"))
    elif measure is not None and measure.strip() not in have:
        out.append(Problem(QT_TRANSLATE_NOOP("rules", "PGSP measure: {code} is not a measure of grant {ref} (its measures: {codes})"),
                           {"code": measure.strip(), "ref": ref, "codes": ", ".join(have) or "-"}, "measure"))
    for fld, value in (("target", target), ("achieved", achieved)):
        if value is not None and value < 0:
            label = (QT_TRANSLATE_NOOP("rules", "Target") if fld == "target"
                     else QT_TRANSLATE_NOOP("rules", "Achieved"))
            out.append(Problem(QT_TRANSLATE_NOOP("rules", "{label}: must be zero or more ({value})"),
                               {"label": Word(label), "value": str(value)}, fld))
    return out


# -- provisional twelfths -----------------------------------------------------------------------------

def twelfths_month(on: dt.date, year: int) -> int:
    """The month of budget year ``year`` an act dated ``on`` falls in (1..12; after the year: 12)."""
    if on.year < year:
        return 1
    return 12 if on.year > year else on.month


def twelfths_limit(previous_credits: Decimal, month: int) -> Decimal:
    """What a provisional year may have committed by the end of ``month``: month/12 of the
    previous year's commitment credits on the same code, to the cent below."""
    return (previous_credits * month / 12).quantize(Decimal("0.01"), rounding=ROUND_DOWN)


def check_provisional_twelfths(*, amount: Decimal, committed: Decimal, on: dt.date, year: int, code: str,
                               previous_credits: Decimal | None) -> list[Problem]:
    """In a provisional year (no budget voted), commitments on budget code ``code`` reach at most
    (month/12) x the previous year's commitment credits of the same code by the month of ``on``;
    ``committed`` is what the year's line of that code has committed already."""
    month = twelfths_month(on, year)
    if previous_credits is None:
        return [Problem(QT_TRANSLATE_NOOP("rules", "Commitment amount: {year} is provisional (twelfths) and budget line {code} has no credits in {previous} to take twelfths of"),
                        {"year": year, "code": code, "previous": year - 1}, "amount")]
    limit = twelfths_limit(previous_credits, month)
    if committed + amount > limit:
        return [Problem(QT_TRANSLATE_NOOP("rules", "Commitment amount: {year} is provisional: by the end of month {month} budget line {code} may commit {month}/12 of its {previous} credits {credits}, that is {limit}; {amount} would bring it to {total} (available {available})"),
                        {"year": year, "month": month, "code": code, "previous": year - 1, "credits": previous_credits,
                         "limit": limit, "amount": amount, "total": committed + amount,
                         "available": max(limit - committed, ZERO)}, "amount")]
    return []


# -- dated thresholds (opinions, Government decision and convention) -------------------------------

def threshold_on(steps: Iterable[tuple[dt.date, Decimal]], on: dt.date) -> Decimal | None:
    """The threshold valid on ``on``: the amount of the latest step (valid from, amount) starting on
    or before it; None when none is valid yet (thresholds are dated settings: they change with the rules)."""
    valid = [(since, amount) for since, amount in steps if since <= on]
    return max(valid)[1] if valid else None


def threshold_periods(steps: Iterable[tuple[dt.date, Decimal]]) -> list[tuple[dt.date, dt.date | None, Decimal]]:
    """The periods over which :func:`threshold_on` gives one amount: (from, until (excluded; None:
    still in force), the amount), each read through :func:`threshold_on` on its first day. Before
    the first step there is no threshold (no period)."""
    steps = list(steps)
    starts = sorted({since for since, _ in steps})
    out: list[tuple[dt.date, dt.date | None, Decimal]] = []
    for i, start in enumerate(starts):
        amount = threshold_on(steps, start)
        if amount is not None:
            out.append((start, starts[i + 1] if i + 1 < len(starts) else None, amount))
    return out


def above_threshold(amount: Decimal, threshold: Decimal | None) -> bool:
    """An amount requires what the threshold guards (an opinion, a convention) when strictly above it."""
    return threshold is not None and amount > threshold


def check_convention(*, ref: str, amount: Decimal, threshold: Decimal | None) -> list[Problem]:
    """A convention is signed only where the amount requires a Government decision (README "Letters")."""
    if threshold is None or above_threshold(amount, threshold):
        return []
    return [Problem(QT_TRANSLATE_NOOP(
        "rules", "Convention: grant {ref} amounts to {amount}, not above {threshold}: a convention is "
                 "required only above the Government-decision threshold"), {"ref": ref, "amount": amount,
                                                                              "threshold": threshold}, "kind")]



#: The name of each kind of letter, as a refusal shows it (translated in the context "rules").
LETTER_NAMES = {
    "decision": QT_TRANSLATE_NOOP("rules", "Decision letter"),
    "convention": QT_TRANSLATE_NOOP("rules", "Convention"),
    "notification": QT_TRANSLATE_NOOP("rules", "Notification letter"),
    "advance": QT_TRANSLATE_NOOP("rules", "Advance payment notice"),
    "balance": QT_TRANSLATE_NOOP("rules", "Balance payment notice"),
    "reminder": QT_TRANSLATE_NOOP("rules", "Reminder letter"),
    "recovery": QT_TRANSLATE_NOOP("rules", "Recovery claim letter"),
    "closure": QT_TRANSLATE_NOOP("rules", "Closure letter"),
}


def check_letter(*, kind: str, ref: str, status: GrantStatus, has_advance: bool, has_balance: bool,
                 has_open_claim: bool, justification_late: bool, amount: Decimal,
                 government_threshold: Decimal | None) -> list[Problem]:
    """Which letter a grant's status and records allow (README "Letters"): none on a draft, a
    notification once committed, an advance or balance notice once that payment exists, a recovery
    letter on an open claim, a reminder on an open claim or a late justification, a convention above
    the Government-decision threshold, a closure letter once closed."""
    def refused(message: str) -> list[Problem]:
        return [Problem(message, {"kind": Word(LETTER_NAMES.get(kind, kind)), "ref": ref, "status": status}, "kind")]

    if status == GrantStatus.DRAFT:
        return refused(QT_TRANSLATE_NOOP("rules", "{kind}: grant {ref} is {status}: no decision recorded yet"))
    if kind == "notification" and status == GrantStatus.DECIDED:
        return refused(QT_TRANSLATE_NOOP("rules", "{kind}: grant {ref} is {status}: not committed yet"))
    if kind == "advance" and not has_advance:
        return refused(QT_TRANSLATE_NOOP("rules", "{kind}: grant {ref} is {status}: no advance prepared or paid"))
    if kind == "balance" and not has_balance:
        return refused(QT_TRANSLATE_NOOP("rules", "{kind}: grant {ref} is {status}: no balance prepared or paid"))
    if kind == "recovery" and not has_open_claim:
        return refused(QT_TRANSLATE_NOOP("rules", "{kind}: grant {ref} is {status}: no open recovery claim"))
    if kind == "reminder" and not has_open_claim and not justification_late:
        return refused(QT_TRANSLATE_NOOP(
            "rules", "{kind}: grant {ref} is {status}: neither a late justification nor an open recovery claim to remind"))  # noqa: E501
    if kind == "convention":
        return check_convention(ref=ref, amount=amount, threshold=government_threshold)
    if kind == "closure" and status != GrantStatus.CLOSED:
        return refused(QT_TRANSLATE_NOOP("rules", "{kind}: grant {ref} is {status}: not closed"))
    return []

# -- PLPP allocation key ------------------------------------------------------------------------------

#: How far a commune's PLPP subsidy may move from the previous year's: -1 % to +2 %.
PLPP_BAND_LOW = Decimal("-1")
PLPP_BAND_HIGH = Decimal("2")


def plpp_band(previous: Decimal) -> tuple[Decimal, Decimal]:
    """The lowest and highest subsidy a commune may receive after ``previous`` (to the cent,
    inside the band: the lowest rounded up, the highest rounded down)."""
    low = (previous * (100 + PLPP_BAND_LOW) / 100).quantize(Decimal("0.01"), rounding=ROUND_UP)
    high = (previous * (100 + PLPP_BAND_HIGH) / 100).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    return low, high


def plpp_change(previous: Decimal, amount: Decimal) -> Decimal | None:
    """The move from ``previous`` to ``amount`` in percent (two decimals); None with no previous."""
    if previous <= 0:
        return None
    return ((amount - previous) * 100 / previous).quantize(Decimal("0.01"))


def plpp_in_band(previous: Decimal, amount: Decimal) -> bool:
    """A commune's subsidy ``amount`` stays within -1 % / +2 % of ``previous`` (no previous: yes)."""
    if previous <= 0:
        return True
    low, high = plpp_band(previous)
    return low <= amount <= high


def check_plpp_band(*, commune: str, year: int, previous: Decimal, amount: Decimal,
                    derogation: str | None = None, field: str = "amount") -> list[Problem]:
    """A commune's PLPP subsidy of ``year`` (all its PLPP grants: ``amount``) moves by at most
    -1 % / +2 % from its ``previous`` year's subsidy, unless a derogation (its reason) is recorded."""
    if plpp_in_band(previous, amount) or (derogation or "").strip():
        return []
    low, high = plpp_band(previous)
    return [Problem(QT_TRANSLATE_NOOP("rules", "Amount: the PLPP subsidy of {commune} would move from {previous} ({before}) to {amount} in {year} ({change} %), outside the allowed -1 % / +2 % ({low} to {high}); record a derogation with its reason to allow it"),
                    {"commune": commune, "previous": previous, "before": year - 1, "amount": amount, "year": year,
                     "change": str(plpp_change(previous, amount)), "low": low, "high": high}, field)]


def check_plpp_key(shares: Mapping[str, Decimal]) -> list[Problem]:
    """An allocation key: every share zero or more, adding up to 100 %."""
    out = [Problem(QT_TRANSLATE_NOOP("rules", "Share: the share of {commune} must be zero or more ({share})"),
                   {"commune": c, "share": str(v)}, "share") for c, v in shares.items() if v < 0]
    total = sum(shares.values(), ZERO)
    if shares and total != 100:
        out.append(Problem(QT_TRANSLATE_NOOP("rules", "Share: the shares of the key add up to {total} %, not 100 %"),
                           {"total": str(total)}, "share"))
    return out


# -- PLPP activities ----------------------------------------------------------------------------------

#: The staff a local plan funds, counted per activity (field -> label).
PLPP_STAFF = {
    "peace_guardians": QT_TRANSLATE_NOOP("rules", "Peace guardians"),
    "street_educators": QT_TRANSLATE_NOOP("rules", "Street educators"),
    "mediators": QT_TRANSLATE_NOOP("rules", "Mediators"),
}


def check_plpp_activity(*, title: str | None, thematic: int | None, staff: Mapping[str, int | None],
                        thematics: Iterable[int] = range(1, 10)) -> list[Problem]:
    """An activity of a local plan: a title, one of the PGSP thematics (T1..T9), staff counts zero or more."""
    out: list[Problem] = []
    if not (title or "").strip():
        out.append(Problem(QT_TRANSLATE_NOOP("rules", "Title: an activity needs a title"), {}, "title"))
    allowed = sorted(set(thematics))
    if thematic is None or thematic not in allowed:
        out.append(Problem(QT_TRANSLATE_NOOP("rules", "Thematic: choose one of the PGSP thematics T{first} to T{last}"),
                           {"first": allowed[0] if allowed else 1, "last": allowed[-1] if allowed else 9}, "thematic"))
    for fld, value in staff.items():
        if value is None or value < 0:
            out.append(Problem(QT_TRANSLATE_NOOP("rules", "{label}: must be a count of people, zero or more ({value})"),
                               {"label": Word(PLPP_STAFF.get(fld, fld)), "value": "" if value is None else str(value)},
                               fld))
    return out


# -- FSE: paid up to the justified amount ------------------------------------------------------------

def check_paid_up_to_justified(*, kind: PaymentKind, amount: Decimal, paid: Decimal, justified: Decimal,
                               ref: str) -> list[Problem]:
    """A grant of the European Summits Fund (FSE) is paid, beyond its advance, up to the amount the
    police zone justified: a balance (or other payment) bringing payments (``paid``: paid and
    prepared, net of repayments) above the ``justified`` (accepted) expenses is refused."""
    if kind not in (PaymentKind.BALANCE, PaymentKind.OTHER) or paid + amount <= justified:
        return []
    return [Problem(QT_TRANSLATE_NOOP("rules", "Amount: grant {ref} (European Summits Fund) is paid up to the justified amount {justified}; {amount} would bring payments to {total} (at most {available} more)"),
                    {"ref": ref, "justified": justified, "amount": amount, "total": paid + amount,
                     "available": max(justified - paid, ZERO)}, "amount")]


# -- co-financing and the operating/investment split -------------------------------------------------

#: First digit of the economic class (the code's third group, 25.002.63.21 -> 63.21) of capital
#: transfers: 5x to enterprises, households and non-profits, 6x to other public authorities.
CAPITAL_CLASSES = ("5", "6")


def economic_nature(code: str | None) -> GrantNature:
    """The nature a budget line's code gives its grants by default: investment on a capital
    transfer line (economic class 5x or 6x), operating otherwise (3x/4x current transfers, or a code
    that does not follow the programme.activity.class layout)."""
    parts = [p for p in (code or "").replace(" ", "").split(".") if p]
    if len(parts) >= 3 and parts[2][:1] in CAPITAL_CLASSES:
        return GrantNature.INVESTMENT
    return GrantNature.OPERATING


def check_cofunding(*, amount: Decimal | None, project_budget: Decimal | None,
                    funders: Iterable[tuple[str | None, Decimal | None, FunderStatus]],
                    field: str = "amount") -> list[Problem]:
    """A co-financed project: each other funder has a name and an amount above zero; when the
    project's total budget is given, the subsidy cannot exceed it minus the other funders
    (requested or granted: a refused funding does not count)."""
    out: list[Problem] = []
    if project_budget is not None and project_budget <= 0:
        out.append(Problem(QT_TRANSLATE_NOOP("rules", "Project budget: must be above zero ({amount})"),
                           {"amount": project_budget}, "project_budget"))
        project_budget = None
    rows = list(funders)
    for i, (name, value, _st) in enumerate(rows, start=1):
        if not (name or "").strip():
            out.append(Problem(QT_TRANSLATE_NOOP("rules", "Other funders: row {row} needs the funder's name"),
                               {"row": i}, "cofunders"))
        if value is None or value <= 0:
            out.append(Problem(QT_TRANSLATE_NOOP("rules", "Other funders: row {row} needs an amount above zero"),
                               {"row": i}, "cofunders"))
    other = other_funding((v, st) for _, v, st in rows if v is not None and v > 0)
    ceiling = subsidy_ceiling(project_budget, other)
    if ceiling is not None and amount is not None and amount > ceiling:
        out.append(Problem(QT_TRANSLATE_NOOP("rules", "Amount: {amount} is above the project's total budget {budget} minus its other funders {other} (at most {ceiling})"),
                           {"amount": amount, "budget": project_budget, "other": other, "ceiling": max(ceiling, ZERO)},
                           field))
    return out
