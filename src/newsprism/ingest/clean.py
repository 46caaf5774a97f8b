"""Clean: from a RawArticle to the clean text every later stage reads.

HTML pages go through trafilatura for the main text and metadata. Then every line is judged:
scraper debris (navigation, captions, promos, disclaimers, section labels, the headline repeated)
goes, every body sentence stays with its characters unchanged. The regex rules live in
``data/boilerplate.yaml``; the structural checks below use the ``[clean]`` settings.
Paragraphs of the clean text are separated by exactly one blank line.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml

from newsprism.config import Settings, data_path, defaults
from newsprism.errors import InputError
from newsprism.ingest.genre import REPORT, genre_of
from newsprism.ingest.identity import article_id_for, content_hash_for, storable_id
from newsprism.ingest.layout import layout_of
from newsprism.ingest.page_input import check_size, extract_html
from newsprism.ingest.placement import (
    cut_glued_title,
    mark_edge_lines,
    mark_embedded_posts,
    mark_highlight_box,
    mark_link_lists,
    mark_phrase_questions,
    mark_question_headings,
)
from newsprism.ingest.pubdates import checked_date, normalize_date
from newsprism.ingest.repeats import mark_contained, mark_repeats, mark_restated
from newsprism.models import Article, RawArticle

__all__ = ["clean_article", "clean_text", "article_id_for", "content_hash_for", "storable_id"]

SPACES = re.compile(r"[^\S\n]+")
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
QUOTE_OPEN, QUOTE_CLOSE = '"“', '"”'
# A stop or a colon inside a line: a transcript's turn ("HOST: Why?"), a reader's question after
# "Q.", several questions: no one-line heading.
INSIDE_STOP = re.compile(r"[.!?:](\s|$)")
CLOSING = "\"'”’»)]*"
SENTENCE_END = ".!?…:;,—–"
# Reasons that judge a line by its shape alone, not by a boilerplate rule: kept when nothing else is.
SHAPE_ONLY = frozenset({"title", "label", "headline", "too_short"})
REPEATS = (None, "repeated_caption", "repeated_line")  # a repeated line may still be the headline
DATA_FIGURES = 2  # shares or rates that make a short line with no final stop the story's data


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    max_words: int | None
    tells_genre: bool = False  # a line it cuts may carry the article's genre label (ingest/genre.py)
    at_edges: bool = False  # asked only of the first and the last kept lines (placement.py)


@dataclass(frozen=True)
class Boilerplate:
    """The compiled contents of data/boilerplate.yaml."""

    rules: tuple[Rule, ...]
    # The rules a line of n words can match, joined into one pattern per case mode (most lines
    # match none): entry i serves lines longer than i of the sorted word limits.
    word_limits: tuple[int, ...]
    any_rule: tuple[tuple[re.Pattern[str], ...], ...]
    date_line: re.Pattern[str]
    copyright_outlet: re.Pattern[str]
    post_signature: re.Pattern[str]
    data_figure: re.Pattern[str]
    small_words: frozenset[str]
    inline: tuple[tuple[str, re.Pattern[str]], ...] = ()  # (string a line must hold, pattern)
    edge_rules: tuple[Rule, ...] = ()  # rules asked only of the article's first and last kept lines


@dataclass
class CleanText:
    """What cleaning found in one text: the body and any metadata lines it removed."""

    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    genre: str = REPORT  # report, opinion, editorial, ... (ingest/genre.py)


# ---- public functions -----------------------------------------------------------------------


def clean_article(raw: RawArticle, settings: Settings) -> Article:
    """The cleaned Article for a RawArticle; InputError when there is no article in it.

    The size limits are checked first, before any costly work: cleaning and parsing are paid
    only for inputs that can be articles."""
    if raw.error:
        raise InputError(raw.location, raw.error)
    check_size(raw, settings.limits)
    title, outlet, published, url = raw.title, raw.outlet, raw.published, raw.url
    published_text, warnings = raw.published_text, list(raw.warnings)
    body = raw.raw_text
    if raw.is_html:
        body, found = extract_html(raw.location, raw.raw_text)
        # Metadata the input gave (JSON keys) wins over what the page says about itself.
        title = title or found.get("title")
        outlet = outlet or found.get("sitename")
        if not published and not published_text and found.get("date"):
            limits = settings.limits
            published, warning = checked_date(found["date"], limits["earliest_year"], limits["latest_year"])
            if warning:
                published_text = str(found["date"])[:200]
                warnings.append(warning)
        url = url or found.get("url")
    cleaned = clean_text(body, title=title, options=settings.clean)
    if not cleaned.text:
        raise InputError(raw.location, "nothing left after cleaning")
    title = title or cleaned.title
    outlet = outlet or cleaned.outlet
    published = published or cleaned.published
    layout = layout_of(cleaned.text)
    return Article(
        lines_judged=True,
        dateline=layout.dateline,
        headline_lines=list(layout.headline_lines),
        genre=cleaned.genre,
        article_id=article_id_for(cleaned.text, raw.given_id, outlet, raw.identity),
        given_id=raw.given_id,
        source=raw.source,
        text=cleaned.text,
        raw_text=raw.raw_text,
        title=title,
        outlet=outlet,
        published=published,
        published_text=None if published else published_text,
        url=url,
        status="ok",
        content_hash=content_hash_for(cleaned.text, title, outlet, published, url, published_text),
        line=raw.line,
        warnings=warnings,
    )


def clean_text(text: str, title: str | None = None, options: dict[str, Any] | None = None) -> CleanText:
    """The body of a plain text with debris removed; finds a headline, date line and outlet too."""
    lines = [cut_inline_debris(line) for line in split_lines(text)]
    if title:
        cut_glued_title(lines, _key(title), _key)
    reasons, found = judge_lines(lines, title, options)
    kept = [line for line, reason in zip(lines, reasons, strict=True) if reason is None]
    if not kept:  # a one-line dispatch, or one whose headline is its only sentence, is still an article
        shaped = [line for line, reason in zip(lines, reasons, strict=True) if reason in SHAPE_ONLY]
        kept = list(dict.fromkeys(shaped))  # a headline printed twice is kept once
    if not kept:  # nothing but one line printed twice (headline, then the same words as the body)
        kept = _repeated_headline(lines, reasons, options)
    found.text = "\n\n".join(kept)
    found.genre = _genre(title or found.title, lines, reasons, options)
    return found


def _genre(
    title: str | None, lines: list[str], reasons: list[str | None], options: dict[str, Any] | None
) -> str:
    """The genre the labels give, read from the title ("Opinion: Why ...") and then the lead: the
    kept lines and the label lines cleaning cut (rules with ``tells_genre``), in their order."""
    telling = {rule.name for rule in load_boilerplate().rules if rule.tells_genre}
    lead = (line for line, reason in zip(lines, reasons, strict=True) if reason is None or reason in telling)
    words = {**_clean_defaults(), **(options or {})}["genre_words"]
    from_title = genre_of([title], words) if title else REPORT
    return from_title if from_title != REPORT else genre_of(lead, words)


def _repeated_headline(
    lines: list[str], reasons: list[str | None], options: dict[str, Any] | None
) -> list[str]:
    """The one line of a text that only repeats it, once, when it is long enough to be a headline."""
    repeated = {line for line, reason in zip(lines, reasons, strict=True) if reason in REPEATS[1:]}
    if len(repeated) != 1 or len(repeated) < len(set(lines)):
        return []
    line = repeated.pop()
    min_words = {**_clean_defaults(), **(options or {})}["title_min_words"]
    return [line] if len(line.split()) >= min_words else []


def explain(
    text: str, title: str | None = None, options: dict[str, Any] | None = None
) -> list[tuple[str, str | None]]:
    """Each line of a text with the reason it is dropped (None: kept): for tests and debugging."""
    lines = split_lines(text)
    reasons, _ = judge_lines(lines, title, options)
    return list(zip(lines, reasons, strict=True))


def is_heading_or_debris(line: str, options: dict[str, Any] | None = None, judged: bool = False) -> bool:
    """A single line that is boilerplate, a label or a headline, not a sentence of a story.
    ``judged``: see ``debris_reason`` (a kept line's shape is still asked: a headline-only article
    keeps its headline)."""
    opts = options or _clean_defaults()
    return bool(debris_reason(line, judged) or _structural_reason(line.strip(), opts, load_boilerplate()))


@lru_cache(maxsize=1)
def _clean_defaults() -> dict[str, Any]:
    return defaults()["clean"]


def debris_reason(line: str, judged: bool = False) -> str | None:
    """The name of the first boilerplate rule a single line matches, or None.

    ``judged``: the line is a whole line of a text cleaning made (``Article.lines_judged``):
    cleaning asked these rules of it and kept it, so they said None; the later stages ask about
    such lines per quote and per sentence, and the rules are not run over them again."""
    if judged:
        return None
    boilerplate = load_boilerplate()
    words = len(line.split())
    applicable = boilerplate.any_rule[bisect.bisect_left(boilerplate.word_limits, words)]
    if not any(pattern.search(line) for pattern in applicable):
        return None
    for rule in boilerplate.rules:
        if (rule.max_words is None or words <= rule.max_words) and rule.regex.search(line):
            return rule.name
    return None


@lru_cache(maxsize=64)
def is_debris_line(line: str, judged: bool = False) -> bool:
    """Whether cleaning would drop the line, judged once a line: the later stages ask it for each
    sentence of a paragraph. ``judged``: see ``debris_reason``."""
    return debris_reason(line, judged) is not None


@lru_cache(maxsize=1)
def load_boilerplate() -> Boilerplate:
    data = yaml.safe_load(data_path("boilerplate.yaml").read_text("utf-8"))
    rules = tuple(
        Rule(
            name=item["name"],
            regex=re.compile(_joined(item["pattern"]), 0 if item.get("ignore_case") is False else re.I),
            max_words=item.get("max_words"),
            tells_genre=bool(item.get("tells_genre")),
            at_edges=item.get("where") == "edges",
        )
        for item in data["rules"]
    )
    edge_rules = tuple(rule for rule in rules if rule.at_edges)
    rules = tuple(rule for rule in rules if not rule.at_edges)
    meta = data["metadata"]
    word_limits = tuple(sorted({rule.max_words for rule in rules if rule.max_words is not None}))
    any_rule = tuple(
        _joined_rules([r for r in rules if r.max_words is None or r.max_words >= least])
        for least in (*word_limits, max(word_limits, default=0) + 1)
    )
    return Boilerplate(
        rules=rules,
        edge_rules=edge_rules,
        word_limits=word_limits,
        any_rule=any_rule,
        date_line=re.compile(_joined(meta["date_line"]), re.I),
        copyright_outlet=re.compile(_joined(meta["copyright_outlet"]), re.I),
        post_signature=re.compile(_joined(meta["post_signature"])),
        data_figure=re.compile(_joined(meta["data_figure"]), re.I),
        small_words=frozenset(data["headline_small_words"].lower().split()),
        inline=tuple(
            (item.get("needs", ""), re.compile(_joined(item["pattern"]))) for item in data.get("inline", [])
        ),
    )


def _joined_rules(rules: list[Rule]) -> tuple[re.Pattern[str], ...]:
    """The rules as one alternation per case mode (rules keep their own flags that way)."""
    joined = []
    for flag in (0, re.I):
        patterns = [f"(?:{rule.regex.pattern})" for rule in rules if rule.regex.flags & re.I == flag]
        if patterns:
            joined.append(re.compile("|".join(patterns), flag))
    return tuple(joined)


# ---- splitting ----------------------------------------------------------------------------


def cut_inline_debris(line: str) -> str:
    """The line without debris printed inside it (a site's person card after a name: see
    ``inline`` in boilerplate.yaml); the words around it are kept as they were."""
    for needs, pattern in load_boilerplate().inline:
        if needs not in line:
            continue
        line = pattern.sub(lambda m: m.group(0)[: m.start("card") - m.start()], line)
    return line


def split_lines(text: str) -> list[str]:
    """Non-empty lines with whitespace normalised; a hard-wrapped line's lower-case tail is re-joined.

    Linear in the text: a re-joined line grows as a list of parts, joined once at the end."""
    text = INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines: list[list[str]] = []
    previous_blank = True
    for raw_line in text.split("\n"):
        line = SPACES.sub(" ", raw_line).strip()
        if not line:
            previous_blank = True
            continue
        if lines and not previous_blank and line[0].islower() and not _ends_sentence(lines[-1][-1]):
            lines[-1].append(line)
        else:
            lines.append([line])
        previous_blank = False
    return [" ".join(parts) for parts in lines]


# ---- judging lines ------------------------------------------------------------------------


def judge_lines(
    lines: list[str], title: str | None, options: dict[str, Any] | None
) -> tuple[list[str | None], CleanText]:
    """Why each line is dropped (None = keep), plus the title, date and outlet found on the way."""
    opts = {**defaults()["clean"], **(options or {})}
    boilerplate = load_boilerplate()
    reasons: list[str | None] = [debris_reason(line) for line in lines]
    found = CleanText(text="")

    for i, line in enumerate(lines):
        if reasons[i] == "copyright" and not found.outlet:
            if match := boilerplate.copyright_outlet.match(line):
                found.outlet = match["outlet"].strip(" ,-–")
        elif reasons[i] is None and len(line.split()) < opts["min_line_words"]:
            reasons[i] = "too_short"

    mark_restated(lines, reasons, opts)
    mark_repeats(lines, reasons, opts)
    leading = _leading_block(lines, reasons, opts)
    for i in leading:
        match = boilerplate.date_line.match(lines[i])
        if match and (day := normalize_date(match["date"])):
            found.published = found.published or day
            reasons[i] = reasons[i] or "date_line"

    if title is None:
        title_index = _find_title(lines, reasons, leading, opts, boilerplate)
        if title_index is not None:
            title = found.title = lines[title_index]
    if title:
        title_key = _key(title)
        for i, line in enumerate(lines):
            # A key is about as long as its line: compare lengths first, keys only when close (speed).
            if reasons[i] in REPEATS and abs(len(line) - len(title_key)) <= 5 and _key(line) == title_key:
                reasons[i] = "title"

    mark_contained(lines, reasons, opts)
    for i, line in enumerate(lines):
        if reasons[i] is None:
            reasons[i] = _structural_reason(line, opts, boilerplate)
    mark_embedded_posts(lines, reasons, boilerplate.post_signature, opts["label_max_words"])
    mark_highlight_box(lines, reasons)
    mark_question_headings(lines, reasons)
    mark_phrase_questions(lines, reasons, opts["label_max_words"])
    mark_link_lists(lines, reasons)
    mark_edge_lines(lines, reasons, boilerplate.edge_rules)
    return reasons, found


def _leading_block(lines: list[str], reasons: list[str | None], opts: dict[str, Any]) -> list[int]:
    """Indexes of the lines before the first real body sentence (where headline and dates sit)."""
    block = []
    for i, line in enumerate(lines[: opts["leading_max_lines"]]):  # headers sit at the top
        if reasons[i] is None and _ends_sentence(line) and len(line.split()) >= opts["body_min_words"]:
            break
        block.append(i)
    return block


def _find_title(
    lines: list[str], reasons: list[str | None], leading: list[int], opts: dict[str, Any], bp: Boilerplate
) -> int | None:
    """The headline among the leading lines: the longest headline-like one (labels are shorter)."""
    candidates = []
    for i in leading:
        line = lines[i]
        words = len(line.split())
        if reasons[i] not in REPEATS or not opts["title_min_words"] <= words <= opts["title_max_words"]:
            continue
        # A headline does not end like a sentence, except with ? or ! when it is set in title case.
        bare = line.rstrip(CLOSING)
        if _ends_sentence(line) and not (bare.endswith(("?", "!")) and _is_title_case(line, bp)):
            continue
        candidates.append(i)
    if not candidates or candidates[-1] == len(lines) - 1:  # a headline is followed by a body
        return None
    return max(candidates, key=lambda i: len(lines[i]))


def _structural_reason(line: str, opts: dict[str, Any], bp: Boilerplate) -> str | None:
    """Labels and stray headlines: lines that do not end as a sentence and are short or title-case;
    a sub-heading set as a title-case question ("Is The Plan Working?", one question, no label
    before it) is a headline too."""
    if line[0] in QUOTE_OPEN and line[-1] in QUOTE_CLOSE:
        return None  # a whole quotation standing as its own paragraph
    if _ends_sentence(line):
        bare = line.rstrip(CLOSING + " ")
        asked = bare.endswith("?") and line[-1] not in CLOSING and not INSIDE_STOP.search(bare[:-1])
        if asked and len(line.split()) <= opts["label_max_words"] and _is_title_case(line, bp):
            return "headline"
        return None  # a sentence
    words = len(line.split())
    if words <= opts["label_max_words"]:
        return None if len(bp.data_figure.findall(line)) >= DATA_FIGURES else "label"
    if words <= opts["headline_max_words"] and _is_title_case(line, bp):
        return "headline"
    return None


def _ends_sentence(line: str) -> bool:
    bare = line.rstrip(CLOSING + " ")
    return bool(bare) and bare[-1] in SENTENCE_END


def _is_title_case(line: str, bp: Boilerplate) -> bool:
    """Most content words capitalised, as in "Talks to Resume After Port Strike Ends"."""
    words = [w.strip("\"'“”‘’()[]:,") for w in line.split()]
    content = [w for w in words if w and w[0].isalpha() and w.lower() not in bp.small_words]
    if len(content) < 2:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised >= 0.75 * len(content)


def _key(line: str) -> str:
    """A comparison key for headlines: case, spacing and curly quotes ignored."""
    straight = line.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(straight.casefold().split())


def _joined(pattern: str) -> str:
    """A YAML block pattern written over several lines, joined (each line stripped)."""
    return "".join(part.strip() for part in pattern.splitlines())
