"""Date expressions in news sentences, resolved against the article's publication date.

News writes dates relative to the day it is published ("on Thursday", "last week", "in
December"), and which Thursday or December is meant depends on the tense: a past-tense
sentence means the latest one on or before publication, a future-tense one the next.
Results keep their granularity: a day, a weekend (given by its Saturday), a week (given by
its Monday), a month (``YYYY-MM``) or a year (``YYYY``). Without a publication date only
absolute dates resolve; relative ones stay unresolved rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span

from newsprism.events import rules
from newsprism.events.calendar import count_of, month_text, shift_month, week_of
from newsprism.events.told import TOLD_PATTERN, resolve_told
from newsprism.nlp import lexicon

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

# Month names must be capitalised: "may" the modal and "march" the verb are not dates.
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_COUNT = r"(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_WHEN = r"(?:early|late|mid|earlier|later|the\s+(?:start|end|beginning|middle)\s+of)"
# What stands between the two ends of a span: "to", "through", "and" (between ... and), a dash.
SPAN_JOIN = r"\s*(?:to|through|thru|until|till|and|-|–|—)\s*"

# One alternation, most specific first; the named group says which kind matched. Every
# alternative starts a word, so one test up front rejects the other positions (2.6 times faster).
DATE_PATTERN = re.compile(
    rf"""
    \b(?=\w)(?:
    (?P<iso>\b(?P<iy>{YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b)
  | (?P<mdy>\b(?P<m1>{_MONTH})\.?\s+(?P<d1>{DAY})\b(?:,?\s+(?P<y1>{YEAR})\b)?)
  | (?P<dmy>\b(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})\b(?:\.?,?\s+(?P<y2>{YEAR})\b)?)
  | (?P<my>\b(?:(?P<rel3>last|next|this|(?:in|since|during|until|by|from)(?:\s+{_WHEN})?|{_WHEN})(?:-|\s+))?
        (?P<m3>{_MONTH})\b(?!-(?-i:[a-z]))(?!\.?[ \t]+{DAY}\b(?!,\d))(?:\.?,?\s+(?:of\s+)?(?P<y3>{YEAR})\b)?)
  | (?P<ago>\b(?P<n>{_COUNT})\s+(?P<unit>day|week|month|year)s?\s+ago\b)
  | (?P<wkend>\b(?:(?P<rel5>last|next|this(?:\s+past|\s+coming)?|(?:over|at|on|during)\s+the)\s+)
        weekend\b)
  | (?P<wday>\b(?:(?P<rel4>last|next|this(?:\s+past|\s+coming)?|on|early|late)\s+)?(?P<w>{_WEEKDAY})\b{_PART})
  | (?P<rel>\b(?P<rel6>last|next|this|(?:earlier|later)\s+(?:this|in\s+the))\s+(?P<unit6>week|month|year)\b)
  | (?P<yd>\b(?:yesterday|today|tonight|tomorrow)\b{_PART}|\bthis\s+(?:morning|afternoon|evening)\b)
  | (?P<yr>\b(?:in|since|during|until|by|(?:in\s+)?{_WHEN})(?:-|\s+)(?P<y7>{YEAR})\b)
  | {TOLD_PATTERN}
    )""",
    re.VERBOSE | re.IGNORECASE,
)
_MONTH_CASE = re.compile(_MONTH)  # the case-sensitive check the IGNORECASE pattern cannot make
# A bare "May" that opens a span of months ("between May and July") is the month, not the modal.
_MONTH_AFTER = re.compile(rf"{SPAN_JOIN}(?:(?:early|late|mid)[\s-]+)?{_MONTH}\b")
_WEEKDAY_CASE = re.compile(_WEEKDAY)
# A weekday inside a name yields to the sentence's other dates: programmes, papers and days named
# for what falls on them ("Fox News Sunday", "Super Tuesday"; data/date_named_days.txt), and a
# quoted title ('"Sunday Morning Futures"': two to six words, every longer word capitalised).
_NAMES = "|".join(re.escape(name) for name in lexicon.lines("date_named_days.txt"))
_NAMED_DAY = re.compile(rf"(?<![\w-])(?:{_NAMES})(?![\w-])")
# "USA Today", "NBC's Today show", "Tucker Carlson Tonight": a capitalised day word inside a
# sentence (data/date_name_words.txt) names a paper or a programme.
_NAME_WORDS = lexicon.lines("date_name_words.txt")
_OPENING = re.compile(r"(?:^|[.!?:;—–(\[“”\"‘’]|\s-|\n)\s*$")  # '... anymore.” Today' opens one
_QUOTED = re.compile(r"[“\"‘]([^“”\"‘’]{3,60})[”\"’]|(?<!\w)'([^']{3,60})'(?!\w)")
_FUTURE_CUES = lexicon.word_list("date_future_cues.txt")
_CUE_WORDS = (re.escape(c) if c.startswith("'") else rf"\b{re.escape(c)}" for c in _FUTURE_CUES)
_FUTURE_CUE = re.compile(rf"(?:{'|'.join(_CUE_WORDS)})\b", re.IGNORECASE)  # "'ll" is glued: "we'll"
# Where a clause of plain text ends: a sentence mark, a comma, a colon, a dash, or a word opening
# another clause ("will not testify after he was arrested on Friday": the arrest is past).
_CLAUSE_END = re.compile(
    r"[.!?;:,—–]|\s-\s|\b(?:after|before|when|while|because|since|who|which|that|said|says)\b", re.IGNORECASE
)
NEAREST = ("either", "nearest", "current")  # tenses that read a month or month-day nearest the publication
AHEAD = ("future", "upcoming", "current")  # tenses that read a weekday or weekend ahead, today included
DAYS_AHEAD_OF_A_PAST = 14  # a bare month-day told in the past this far after publication is this year's
_CUE_REACH = 10  # words: a cue further back belongs to other words (a headline glued on)


@dataclass
class DateExpression:
    """A date expression found in a sentence, with doc character offsets."""

    text: str
    start: int
    end: int
    named: bool = False  # a weekday inside a name ("Fox News Sunday"): chosen only when no other date is


def find_date_expressions(sent: Span | str, offset: int = 0) -> list[DateExpression]:
    """Date expressions in a sentence (a spaCy span or plain text), in order."""
    if isinstance(sent, Span):
        text, offset = sent.text, sent.start_char
    else:
        text = sent
    found = []
    for match in DATE_PATTERN.finditer(text):
        month = match.group("m1") or match.group("m2") or match.group("m3")
        if month and not _MONTH_CASE.fullmatch(month.rstrip(".")):
            continue
        if (
            match.group("my")
            and match.group("m3") == "May"
            and not (match.group("rel3") or match.group("y3"))
            and not _MONTH_AFTER.match(text, match.end())
        ):
            continue  # a bare "May" is too often the modal at a sentence start
        if match.group("w") and not _WEEKDAY_CASE.fullmatch(match.group("w")):
            continue
        if match.group("rel") and " the" in match["rel6"].lower() and not rules.enabled("later_in_the_units"):
            continue
        if match.group("yd") and _names_a_title(text, match.start(), match.end()):
            continue  # "USA Today", "NBC's Today show": a paper or a programme, not a day
        named = bool(match.group("w")) and _in_name(text, match.start("w"), match.end("w"))
        found.append(DateExpression(match.group(0), offset + match.start(), offset + match.end(), named))
    return found


def unnamed_first(pool: list[DateExpression]) -> list[DateExpression]:
    """The dates a clause could take, a weekday inside a name left only when it is alone: "told 'Fox
    News Sunday' last month" is last month; "Speaking on 'Fox News Sunday', X said" (told on a
    Sunday), that Sunday, the day the programme aired."""
    return [e for e in pool if not e.named] or pool


def resolve_date(
    text_expr: str, published: str | None, tense: str, anchor: tuple[str, str] | None = None
) -> tuple[str | None, str | None]:
    """The ISO date and granularity an expression means, read from ``published`` in ``tense``.

    ``tense`` is past, present, future ("will") or upcoming (planned or expected); both of the
    last two read ahead, the publication day included (``_weekday``); "either" (an act set after a
    past verb: "agreed to appear on Feb. 7") reads a month or month-day nearest the publication,
    before or after, and a weekday as the past (news dates the telling verb by a trailing weekday
    the parse hangs on its infinitive: "vowed to fight it Tuesday"); "nearest" (under "could")
    reads a weekday too nearest the publication; "current" (a present told of an act: "travels to Ohio
    on Sunday", "answers questions on July 9" under a photograph) a weekday ahead and a month or
    month-day nearest. "the next day" and its
    kin count from ``anchor``, the (date, granularity) of the happening told before (told.py).
    Returns (None, None) when the expression is not a date or is relative and there is no
    publication date (or no anchor).
    """
    match = DATE_PATTERN.search(text_expr or "")
    if not match:
        return None, None
    pub = parse_published(published)
    future = tense in AHEAD
    kind = match.lastgroup
    if kind == "told":
        return resolve_told(match.group(0), anchor)
    if kind == "iso":
        return _absolute_day(int(match["iy"]), int(match["im"]), int(match["id"]))
    if kind in ("mdy", "dmy"):
        month = month_number(match["m1"] or match["m2"])
        day = int(re.match(r"\d+", match["d1"] or match["d2"]).group())
        year = match["y1"] or match["y2"]
        if year:
            return _absolute_day(int(year), month, day)
        if tense in NEAREST:
            return _nearest_day(month, day, pub)
        return _day_without_year(month, day, pub, future)
    if kind == "my":
        fixed = (
            (match["rel3"] or "").lower().startswith(("last", "next", "this", "since", "until", "by", "from"))
        )
        if tense in NEAREST and pub is not None and not (fixed or match["y3"]):
            return _nearest_month(month_number(match["m3"]), pub)
        return _month(match, pub, future)
    if kind == "yr":
        return match["y7"], "year"
    if pub is None:
        return None, None
    if kind == "ago":
        return _ago(match, pub)
    if kind == "wkend":
        return _weekend((match["rel5"] or "").lower(), pub, future)
    if kind == "wday":
        rel = (match["rel4"] or "").lower()
        if tense == "nearest" and rel in ("", "on", "early", "late"):
            return _nearest_weekday(WEEKDAYS[match["w"].lower()], pub)
        return _weekday(WEEKDAYS[match["w"].lower()], rel, pub, future)
    if kind == "rel":
        rel = match["rel6"].lower().split()[-1]  # "later in the week": this week
        return _relative_unit("this" if rel == "the" else rel, match["unit6"].lower(), pub)
    if kind == "yd":
        word = match.group(0).lower()
        shift = -1 if word.startswith("yesterday") else 1 if word.startswith("tomorrow") else 0
        return (pub + timedelta(days=shift)).isoformat(), "day"
    return None, None


def tense_before(text: str, start: int) -> str:
    """The tense a date expression at ``start`` of plain text is read in, for text without a
    parse: upcoming (ahead, the day of the telling included) when its clause says so in the ten
    words before it ("will meet ... Tuesday", "is expected to testify Thursday"), else past (news
    tells what happened)."""
    clause = _CLAUSE_END.split(text[max(0, start - 200) : start])[-1]
    return "upcoming" if _FUTURE_CUE.search(" ".join(clause.split()[-_CUE_REACH:])) else "past"


# ---- helpers ---------------------------------------------------------------------------------


def parse_published(published: str | None) -> date | None:
    """The publication date, or None when missing or not a plausible date ("0001-01-01")."""
    if not published:
        return None
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    return day if 1800 <= day.year <= 2200 else None


def month_number(name: str) -> int:
    return MONTHS[name[:3].lower()]


def calendar_parts(text: str) -> dict | None:
    """Kind ("mdy", "dmy" or "my"), month, day and year of the first month or day expression in
    ``text``; None when it is of any other kind. One reader of the pattern's groups, so a span's
    ends are read exactly as they were found."""
    match = DATE_PATTERN.search(text)
    if match is None or match.lastgroup not in ("mdy", "dmy", "my"):
        return None
    month_text = match["m1"] or match["m2"] or match["m3"]
    day = match["d1"] or match["d2"]
    year = match["y1"] or match["y2"] or match["y3"]
    return {
        "kind": match.lastgroup,
        "month_text": month_text,
        "month": month_number(month_text),
        "day": int(re.match(r"\d+", day).group()) if day else None,
        "year": int(year) if year else None,
    }


def _absolute_day(year: int, month: int, day: int) -> tuple[str | None, str | None]:
    try:
        return date(year, month, day).isoformat(), "day"
    except ValueError:
        return None, None


def _day_without_year(month: int, day: int, pub: date | None, future: bool) -> tuple[str | None, str | None]:
    """'March 2': the latest one on or before publication, or the next one for the future. A past
    told of a day of the publication's own year up to two weeks ahead keeps that year ("have resigned,
    effective July 14" told on 6 July; "was updated on Oct. 16" in a story dated the 15th): news
    writes the year of any other year's day, and last year's July 14 is almost a year back."""
    if pub is None:
        return None, None
    for year in (pub.year, pub.year + 1) if future else (pub.year, pub.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if (candidate >= pub) if future else (candidate <= pub):
            return candidate.isoformat(), "day"
        if not future and (candidate - pub).days <= DAYS_AHEAD_OF_A_PAST and rules.enabled("past_days_ahead"):
            return candidate.isoformat(), "day"
    return None, None


def _nearest_day(month: int, day: int, pub: date | None) -> tuple[str | None, str | None]:
    """'Feb. 7' told of an act set after a past verb: the one nearest publication, any year."""
    if pub is None:
        return None, None
    found = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            found.append(date(year, month, day))
        except ValueError:
            continue
    if not found:
        return None, None
    return min(found, key=lambda d: abs((d - pub).days)).isoformat(), "day"


def _nearest_month(month: int, pub: date) -> tuple[str, str]:
    """'in February' told of an act set after a past verb: the one nearest publication."""
    shift = (month - pub.month + 6) % 12 - 6  # -6 .. 5 months from the publication month
    return month_text(*shift_month(pub.year, pub.month, shift)), "month"


def _month(match: re.Match, pub: date | None, future: bool) -> tuple[str | None, str | None]:
    """'in December', 'last March', 'March 2022'."""
    month = month_number(match["m3"])
    if match["y3"]:
        return month_text(int(match["y3"]), month), "month"
    if pub is None:
        return None, None
    rel = (match["rel3"] or "").lower()
    if rel.startswith("next") or (future and not rel.startswith("last") and not rel.startswith("since")):
        year = (
            pub.year
            if month > pub.month or (month == pub.month and not rel.startswith("next"))
            else pub.year + 1
        )
    elif rel.startswith("last"):
        year = pub.year if month < pub.month else pub.year - 1
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    return month_text(year, month), "month"


def _ago(match: re.Match, pub: date) -> tuple[str, str]:
    count = count_of(match["n"])
    unit = match["unit"].lower()
    if unit == "day":
        return (pub - timedelta(days=count)).isoformat(), "day"
    if unit == "week":
        return week_of(pub - timedelta(weeks=count)).isoformat(), "week"
    if unit == "month":
        return month_text(*shift_month(pub.year, pub.month, -count)), "month"
    return str(pub.year - count), "year"


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``start:end`` of ``text`` is part of a name, not a date."""
    if not rules.enabled("named_days"):
        return False
    if any(m.start() <= start and end <= m.end() for m in _NAMED_DAY.finditer(text)):
        return True
    for match in _QUOTED.finditer(text):
        group = 1 if match.group(1) is not None else 2
        if match.start(group) <= start and end <= match.end(group) and _is_title(match.group(group)):
            return True
    return False


def _names_a_title(text: str, start: int, end: int) -> bool:
    """Whether the day word at ``start:end`` ("Today", "TODAY") is a name: capitalised as written
    in the list, not opening the sentence, a clause or a quotation, in a sentence that is not a
    title-cased headline ("Trump Meets Putin Today" keeps its day)."""
    word = text[start:end].split()[0]
    if not rules.enabled("named_day_words") or word.lower() not in {w.lower() for w in _NAME_WORDS}:
        return False
    if word.islower() or _OPENING.search(text[:start]):
        return False
    return any(p.islower() for p in re.findall(r"[A-Za-z][\w'’-]{3,}", text))  # a headline has none


def _is_title(words: str) -> bool:
    """ "Fox News Sunday", "Sunday Morning Futures": a short quoted name, every longer word capitalised
    and no sentence mark ('"We vote Sunday"' is words said)."""
    parts = words.split()
    return (
        2 <= len(parts) <= 6
        and not re.search(r"[.!?,;]", words)
        and all(p[:1].isupper() or len(p) <= 3 for p in parts)
    )


def _weekday(weekday: int, rel: str, pub: date, future: bool) -> tuple[str, str]:
    """Past: the latest such day on or before publication ('last': strictly before); future: the
    next, the publication day included: news names today by its weekday ("will meet Monday" and
    "is expected to ... Friday" published that day: 32 of 32 real will/would leads of
    eval/allsides_events/same_weekday45.jsonl); 'next' and 'this coming' are a week ahead."""
    if rel == "next" or rel.endswith("coming") or (future and rel != "last" and not rel.endswith("past")):
        ahead = (weekday - pub.weekday()) % 7
        if not ahead and (rel == "next" or rel.endswith("coming")):
            ahead = 7
        return (pub + timedelta(days=ahead)).isoformat(), "day"
    back = (pub.weekday() - weekday) % 7
    if rel == "last" and back == 0:
        back = 7
    return (pub - timedelta(days=back)).isoformat(), "day"


def _nearest_weekday(weekday: int, pub: date) -> tuple[str, str]:
    """A weekday under "could": the one nearest the publication, before or after ("a deal could not
    be voted upon Sunday" told on a Saturday is tomorrow; "could not say Monday" told on a Tuesday
    is yesterday); the two are seven days apart, so one is always nearer."""
    back, ahead = (pub.weekday() - weekday) % 7, (weekday - pub.weekday()) % 7
    return (pub - timedelta(days=back) if back <= ahead else pub + timedelta(days=ahead)).isoformat(), "day"


def _weekend(rel: str, pub: date, future: bool) -> tuple[str, str]:
    """A weekend is given by its Saturday."""
    if rel == "next" or rel.endswith("coming") or (future and rel != "last" and not rel.endswith("past")):
        ahead = (5 - pub.weekday()) % 7
        if rel == "next" and ahead == 0:
            ahead = 7
        return (pub + timedelta(days=ahead)).isoformat(), "weekend"
    saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
    if rel == "last" and pub - saturday <= timedelta(days=1):
        saturday -= timedelta(days=7)  # said on the weekend itself, "last weekend" is the one before
    return saturday.isoformat(), "weekend"


def _relative_unit(rel: str, unit: str, pub: date) -> tuple[str, str]:
    """'last week', 'next month', 'earlier this year'."""
    shift = -1 if rel == "last" else 1 if rel == "next" else 0
    if unit == "week" and rel == "last" and pub.weekday() == 6:
        shift = 0  # said on a Sunday, "last week" is the week just ending
    if unit == "week":
        return (week_of(pub) + timedelta(weeks=shift)).isoformat(), "week"
    if unit == "month":
        return month_text(*shift_month(pub.year, pub.month, shift)), "month"
    return str(pub.year + shift), "year"
