"""Quotation marks: finding and pairing them, and telling quotations from titles and boilerplate.

Marks are paired by scanning characters (curly and straight; single quotes only where they are
not apostrophes). A paragraph that opens a quotation without closing it continues into the next
paragraph when that one opens with a mark: each paragraph is its own segment, sharing a chain.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from newsprism.nlp import lexicon
from newsprism.nlp.document_memo import doc_ents, doc_text  # noqa: F401 (the quote modules read them here)
from newsprism.quotes import rules

WORK_WORDS = lexicon.words("quote_work_nouns.txt")
NAMING_WORDS = lexicon.words("quote_naming_words.txt")
EVENT_WORDS = lexicon.words("quote_event_nouns.txt")
PROGRAMME_ROLES = lexicon.words("quote_programme_roles.txt")
TITLE_SMALL_WORDS = lexicon.words("title_small_words.txt")
BE_FORMS = frozenset(("is", "was", "are", "were", "be", "been"))
# "signed a “memorandum ...”", "issued an “order ...”": past forms of the issuing verbs
ISSUED_FORMS = frozenset(
    form for verb in lexicon.words("quote_issuing_verbs.txt") for form in (verb + "ed", verb + "d")
)
TITLE_PREPOSITIONS = frozenset(("on", "in", "at", "from", "of", "about"))
BOILERPLATE = re.compile(
    "|".join(f"(?:{p})" for p in lexicon.word_list("quote_boilerplate.txt")), re.IGNORECASE
)

DOUBLE_MARKS = re.compile(r"[\"“”„«»]")
SINGLE_QUOTE = re.compile(r"(?<![\w])[‘'](?=\w)(.+?)(?<=[\w.,!?])[’'](?![\w])")
PARAGRAPH_BREAK = re.compile(r"\n\s*")
OPENING_CONTEXT = " \t\n([{—–-/"


@dataclass
class Segment:
    """One stretch of quoted words inside marks (offsets exclude the marks)."""

    start: int
    end: int
    chain: int  # segments of one multi-paragraph quotation share a chain number
    continued: bool = False  # reopens a quotation carried over from the previous paragraph


def find_segments(text: str) -> list[Segment]:
    """Pair quotation marks; straight marks open after a space and close before one."""
    paragraph_ends = [m.start() for m in PARAGRAPH_BREAK.finditer(text)] + [len(text)]
    segments: list[Segment] = []
    open_at: int | None = None
    chain = 0
    continued = False
    for match in DOUBLE_MARKS.finditer(text):
        pos, mark = match.start(), match.group()
        if open_at is not None:
            para_end = paragraph_ends[bisect_right(paragraph_ends, open_at)]
            if pos > para_end:  # the quotation ran to the end of its paragraph unclosed
                reopens = not text[para_end:pos].strip()
                if reopens or len(text[open_at:para_end].split()) >= 3:
                    segments.append(Segment(open_at + 1, para_end, chain, continued))
                open_at, continued = (pos, True) if reopens else (None, False)
                if reopens:
                    continue
                chain += 1
        prev_char = text[pos - 1] if pos else " "
        next_char = text[pos + 1] if pos + 1 < len(text) else " "
        opens = mark in "“„«" or (mark == '"' and prev_char in OPENING_CONTEXT and not next_char.isspace())
        opens = opens or (open_at is None and _glued(text, segments, pos))
        closes = mark in "”»" or (mark == '"' and not opens)
        if open_at is None and (opens or (mark == "”" and not next_char.isspace() and prev_char.isspace())):
            open_at, continued = pos, False
        elif open_at is not None and (
            closes
            or next_char.isspace()
            or next_char in ".,;:!?"
            or text[max(0, pos - 8) : pos].rstrip()[-1:] in ".?!,"
        ):
            segments.append(Segment(open_at + 1, pos, chain, continued))
            open_at, continued = None, False
            chain += 1
        elif open_at is not None:  # a second opening mark: the first one was stray
            open_at = pos
    if open_at is not None:
        end = paragraph_ends[bisect_right(paragraph_ends, open_at)]
        if len(text[open_at:end].split()) >= 3:
            segments.append(Segment(open_at + 1, end, chain, continued))
    if rules.enabled("single_quotes"):
        segments += _single_quoted(text, segments, chain + 1)
    segments.sort(key=lambda s: s.start)
    return [_trimmed(text, s) for s in segments if any(c.isalnum() for c in text[s.start : s.end])]


def _glued(text: str, segments: list[Segment], pos: int) -> bool:
    """'... “America's Forum.""President Obama's strategy ...': a page that lost the break between
    two quotations; a straight mark right after one that closed a sentence opens the next."""
    return (
        rules.enabled("glued_quotations")
        and text[pos] == '"'
        and bool(segments)
        and segments[-1].end == pos - 1
        and text[pos - 2 : pos - 1] in (".", "?", "!")
        and text[pos + 1 : pos + 2].isalpha()
    )


def quotations(text: str, in_headline: Callable[[int], bool] | None = None) -> list[Segment]:
    """The quoted stretches somebody said: marks paired, titles, nicknames and boilerplate left out.
    ``in_headline``: whether an offset lies in a headline-cased line, where every word is capitalised,
    so a quotation's capitals tell no title ("China ‘Not Afraid’ Of Trade War")."""
    if not rules.enabled("not_a_quote"):
        return find_segments(text)
    if in_headline is None or not rules.enabled("headline_quotes"):
        return [s for s in find_segments(text) if not is_not_a_quote(text, s)]
    return [s for s in find_segments(text) if not is_not_a_quote(text, s, cased=not in_headline(s.start))]


def inside_marks(segments: list[Segment]) -> Callable[[int], bool]:
    """A test of whether an offset lies inside these quotations, their marks included."""
    marked = sorted((s.start - 1, s.end + 1) for s in segments)
    marked_starts = [m[0] for m in marked]

    def inside(offset: int) -> bool:
        i = bisect_right(marked_starts, offset) - 1
        return i >= 0 and marked[i][0] <= offset < marked[i][1]

    return inside


def _single_quoted(text: str, doubles: list[Segment], chain: int) -> list[Segment]:
    """Quotations in single marks that stand outside any double-quoted span."""
    found = []
    starts = [s.start for s in doubles]
    for match in SINGLE_QUOTE.finditer(text):
        i = bisect_right(starts, match.start()) - 1
        if i >= 0 and doubles[i].start <= match.start() <= doubles[i].end:
            continue
        if "\n" in match.group(1):
            continue
        found.append(Segment(match.start(1), match.end(1), chain + len(found)))
    return found


def _trimmed(text: str, seg: Segment) -> Segment:
    """Drop surrounding spaces and a trailing comma that belongs to the sentence, not the quote."""
    start, end = seg.start, seg.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return Segment(start, end, seg.chain, seg.continued)


def is_not_a_quote(text: str, seg: Segment, cased: bool = True) -> bool:
    """Titles of works, nicknames and quoted boilerplate are quoted but nobody said them. ``cased``:
    the line is written in sentence case, so capitals can mark a title or a name."""
    words = text[seg.start : seg.end]
    if BOILERPLATE.search(words):
        return True
    if rules.enabled("code_names") and CODE_NAME.fullmatch(words):
        return True  # 'their “1099” benefit statements': a form's number, not words anybody said
    # Only the words just before the mark, in the same sentence, can announce a title or name.
    clause = re.split(r"[.!?][\"”’']?\s|\n", text[max(0, seg.start - 60) : seg.start - 1])[-1]
    before = [w.strip(",:;()").lower() for w in clause.split()]
    while before and before[-1] in ("the", "a", "an", "so-called", "its", "their", "his", "her"):
        before.pop()  # "nicknamed the “use it or lose it” rule", "dubbed a “turkey bill”"
    if before[-1:] and before[-1] in NAMING_WORDS or " ".join(before[-2:]) in NAMING_WORDS:
        return True
    if before[-1:] == ["as"] and "known" in before[-5:]:  # "known around the Capitol as the ..."
        return True
    if before[-1:] and before[-1] in ("called", "named") and before[-2:-1] and before[-2] in BE_FORMS:
        return True  # "Another is called “Mill Song”": a name, not words anybody said
    bare = _without_closing_period(text, seg, words)  # 'said on CBS’ “Face the Nation.”': a name
    if (
        cased
        and len(words.split()) >= 3
        and _looks_like_title(bare, every=True)
        and not re.search(r"[.!?,]$", bare)
    ):
        return True  # "signed the “Accord on the Free Movement of Persons”": a title
    if set(before[-3:]) & WORK_WORDS and _looks_like_title(words):
        return True
    # "an appearance on “Sunday Capitol”": a short title-cased name after a preposition
    if cased and before[-1:] and before[-1] in TITLE_PREPOSITIONS and _looks_like_title(words):
        if len(words.split()) <= 6 and not re.search(r"[.!?,]$", words):
            return True
    if cased and rules.enabled("titles_named_after") and _names_what_follows(text, seg, words):
        return True
    if cased and rules.enabled("programme_titles") and _programme_title(text, seg, bare, clause):
        return True
    if rules.enabled("document_titles") and _issued_document(words, before):
        return True  # 'signed a “memorandum targeting China's economic aggression”'
    if cased and rules.enabled("document_titles") and _title_as_subject(text, seg, words, clause):
        return True  # '“The 360” shows you ...': a programme's name, the subject of its sentence
    if rules.enabled("title_in_apposition") and _title_in_apposition(text, seg, clause):
        return True
    # A nickname sits between the parts of a name: Dwayne “The Rock” Johnson.
    left = text[max(0, seg.start - 30) : seg.start - 1].rstrip()
    right = text[seg.end + 1 : seg.end + 30].lstrip(" ,")
    name_left = left.split()[-1:] if left and left[-1].isalpha() else []
    return bool(
        cased
        and len(words.split()) <= 4
        and name_left
        and name_left[0][0].isupper()
        and right[:1].isupper()
        and text[seg.end : seg.end + 2].strip(" ”\"’'") == ""
    )


def _without_closing_period(text: str, seg: Segment, words: str) -> str:
    """The quoted words without the period that ends the writer's sentence inside the closing mark
    (American style: 'said on CBS’ “Face the Nation.”', a citation's '2014. “A Model of ...”'), so the title
    tests see the name; the mark must end the sentence (a space, a line end or another mark after)."""
    if not rules.enabled("titles_closing_period") or not words.endswith(".") or words.endswith(".."):
        return words
    if words.isupper():  # "“FEWER WOMEN WOULD ... HAD WINDOWS.”": a sign's shouted sentence
        return words
    lettered = re.findall(r"[A-Za-z][\w'’-]*", words)
    if not lettered or not all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in lettered[1:]):
        return words  # "Let’s go to Disney Land.": a sentence, whatever its capitals
    if not lettered[0][0].isupper():
        return words
    after = text[seg.end + 1 : seg.end + 2]
    if after and not after.isspace() and after not in "\"“”‘’'":
        return words
    return words[:-1]


def wrapped_in_marks(text: str, start: int, end: int) -> bool:
    """Whether the stretch is all that stands between two quotation marks (a closing period aside):
    a quoted name the title rules set aside, never a reported clause ('said on CBS’ “Face the
    Nation.”' parsed with "Nation" as what was said)."""
    if not rules.enabled("titles_closing_period") or start < 1:
        return False
    after = text[end : end + 2].lstrip(".")
    return text[start - 1] in "“\"‘'" and after[:1] != "" and after[:1] in "”\"’'"


APPOSITION_DETERMINERS = frozenset({"the", "a", "an", "this", "his", "her", "their", "its"})
AFTER_APPOSED_TITLE = re.compile(r"^[\"”“’']?\s*,\s+(?:was|is|were|are|has|had|published|appeared)\b")


def _title_in_apposition(text: str, seg: Segment, clause: str) -> bool:
    """'The study, “Assessing ... in late 2017”, was authored by ...': a quotation set off by commas
    after a determiner and a work noun is that work's title, whatever its capitals."""
    raw = clause.split()
    if len(raw) < 2 or not raw[-1].endswith(",") or raw[-2].lower() not in APPOSITION_DETERMINERS:
        return False
    return raw[-1].rstrip(",").lower() in WORK_WORDS and bool(AFTER_APPOSED_TITLE.match(text[seg.end :]))


def _names_what_follows(text: str, seg: Segment, words: str) -> bool:
    """'the AIM “ObamaNation” conference' (a title-cased name before an event or work noun) and
    '“Radical DVD floods mailboxes” is the headline over one story': a name or title, not words."""
    after = [w.strip(",;:").lower() for w in text[seg.end : seg.end + 40].lstrip(" ”\"’'").split()[:3]]
    if after[:1] and after[0] in EVENT_WORDS | WORK_WORDS:
        return len(words.split()) <= 4 and _looks_like_title(words, every=True) and words[-1:].isalnum()
    return len(after) == 3 and after[0] in BE_FORMS and after[1] == "the" and after[2] in WORK_WORDS


def _programme_title(text: str, seg: Segment, words: str, clause: str) -> bool:
    """A short quotation whose every word is capitalised, after a possessive ("Nov. 30’s “Nightly
    News,”"), after "on" ("said on “New Day” Sept. 30", short words the title test leaves out) or
    before a broadcast role ("“Nightly News” correspondent Ron Mott"): a programme's name."""
    lettered = re.findall(r"[A-Za-z][\w'’-]*", words)
    if not 1 <= len(lettered) <= 4 or not all(w[0].isupper() for w in lettered) or not words[-1:].isalnum():
        return False
    last = clause.split()[-1:] or [""]
    after = text[seg.end : seg.end + 30].lstrip(" ,”\"’'").split()[:1]
    if after and after[0].lower() in PROGRAMME_ROLES:
        return True
    if re.search(r"\w['’]s$", last[0]):
        return True
    if rules.enabled("titles_closing_period") and re.search(r"(?:^|[A-Z])['’]s?$", last[0]):
        return True  # 'CBS’ “Face the Nation”', "Newsmax TV 's \"America's Forum\"": split possessives
    return last[0].lower() == "on" and len(lettered) >= 2


def _issued_document(words: str, before: list[str]) -> bool:
    """A quotation that starts with a document noun, right after a verb of issuing it ("signed a
    “memorandum targeting ...”"), is the document's name."""
    first = words.split()[0].lower() if words.split() else ""
    return bool(before) and first in WORK_WORDS and before[-1] in ISSUED_FORMS


CODE_NAME = re.compile(r"[A-Za-z-]*\d[\w-]*")  # one word with a digit: "1099", "S-1", "F-35"
TITLE_SUBJECT_VERB = re.compile(r"^[\"”’']\s+([a-z]+)\b")
NOT_TITLE_VERBS = frozenset(("says", "asks", "adds", "writes", "notes", "tells", "continues"))


def _title_as_subject(text: str, seg: Segment, words: str, clause: str) -> bool:
    """A short title-cased quotation opening its sentence and followed, with no comma, by a verb
    in the third person ("“The 360” shows you ...", "“Face the Nation” airs ...") is a name."""
    if clause.strip(" \"“‘'") or len(words.split()) > 6 or not words[-1:].isalnum():
        return False
    verb = TITLE_SUBJECT_VERB.match(text[seg.end : seg.end + 30])
    lettered = [w for w in words.split() if w[:1].isalpha()]
    if verb is None or not lettered or not all(w[0].isupper() for w in lettered):
        return False
    word = verb.group(1)
    return word in ("is", "was") or (word.endswith("s") and word not in NOT_TITLE_VERBS)


def _looks_like_title(words: str, every: bool = False) -> bool:
    """Most (or ``every``) longer words capitalised, as in "The Glass Harbor" or "Critical
    Condition: ..."."""
    long_words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", words) if len(w) > 3]
    share = 1.0 if every else 0.6
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= share * len(long_words)


def first_token_from(doc: Doc, offset: int) -> int:
    """The index of the first token that starts at or after a character offset (a binary search,
    not a pass over the document): ``doc[first_token_from(doc, a) : first_token_from(doc, b)]`` are
    the tokens starting in [a, b)."""
    return bisect_left(range(len(doc)), offset, key=lambda i: doc[i].idx)


def paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the paragraph (line) holding an offset."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end
