"""One model entity trimmed to the name itself: the entity repairs' first step.

Caption prefixes, leading articles, titles (kept as the mention's roles), glued words before and
after, possessives and all-caps headlines are cut; particles ("von der") and suffixes ("Jr.") are
taken in; places, bodies and slogans typed PERSON are relabelled or dropped (``entity_lists``); a
name the model typed as a place or body but set beside a title is a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from newsprism.nlp import entity_glue, lexicon, patterns
from newsprism.nlp.document_memo import DocumentMemo
from newsprism.nlp.entity_glue import is_possessed_word, owner_or_owned
from newsprism.nlp.entity_lists import is_place_here, names_a_thing, non_person_label
from newsprism.nlp.group_names import group_label
from newsprism.nlp.label_lists import in_table_label
from newsprism.nlp.person_span_edges import (
    before_of_place,
    is_plural_title,
    plural_title_org,
    without_lone_bracket,
)
from newsprism.people import names, place_names, role_words
from newsprism.people.dictionary import is_inflected_verb, is_present_participle, opens_as_verb
from newsprism.people.words import FINITE_TAGS, POSSESSIVE_MARKS, POSSESSIVE_S, PRONOUN_GENDER


@dataclass
class Repaired:
    """A repaired entity while the document is being read."""

    start: int  # token offsets in the doc
    end: int
    label: str
    titles: list[str] = field(default_factory=list)
    with_article: bool = False  # "the White House": a name that takes "the" is no person's


def name_text(span: Span) -> str:
    """A name as written, without a possessive ending; "Walter Brenning, Jr." is read as "Walter
    Brenning Jr." (the comma is punctuation, not part of the name)."""
    return without_lone_bracket(names.suffix_without_comma(names.strip_possessive(span.text)))


_NAME_TEXTS = DocumentMemo()


def name_text_at(doc: Doc, start: int, end: int) -> str:
    """``name_text`` of ``doc[start:end]``, kept for the document being read: the entity stage
    asks for each mention's name five times (slicing and joining the words cost ~6 µs a time)."""
    kept = _NAME_TEXTS.of(doc)
    if (start, end) not in kept:
        kept[start, end] = name_text(doc[start:end])
    return kept[start, end]


def looks_like_name(span: Span) -> bool:
    """Two or three title-case proper nouns."""
    words = [t for t in span if not t.is_punct]
    return 2 <= len(words) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in words)


_CLOCK = re.compile(r"\d{1,2}:\d{2}$")  # a video's running time after its title ("Obama 02:02")


def _after_widget_capitals(doc: Doc, start: int, end: int) -> int:
    """ "JUST WATCHED Obama", "MUST WATCH McConnell": a video list's capital widget words run into a
    name (``widget_words`` in person_name_repair.yaml) are cut."""
    widgets = _widget_words()
    while end - start > 1 and doc[start].text.isupper() and doc[start].lower_ in widgets:
        start += 1
    return start


@lru_cache(maxsize=1)
def _widget_words() -> frozenset[str]:
    return frozenset(lexicon.rules("person_name_repair.yaml").get("widget_words", []))


def clean_entities(doc: Doc, labels: frozenset[str]) -> list[Repaired]:
    """The model's entities, trimmed: the repairs' input, so read raw from ``doc.ents``."""
    found: list[Repaired] = []
    taken: set[int] = set()
    for ent in doc.ents:
        if ent.label_ not in labels:
            continue
        item = _clean_span(doc, ent)
        if item is None or any(i in taken for i in range(item.start, item.end)):
            continue
        taken.update(range(item.start, item.end))
        found.append(item)
    return found


def _clean_span(doc: Doc, ent: Span) -> Repaired | None:
    """Trim one entity to the name itself; None when it is debris, not a name."""
    rules = names.name_rules()
    start, end, label = ent.start, ent.end, ent.label_
    if "\n" in ent.text.strip():
        return None
    # A caption or headline prefix glued on: "FILE - Chinese" -> "Chinese".
    for i in range(end - 1, start, -1):
        if doc[i].text in rules["caption_separators"] and doc[i - 1].whitespace_:
            start = i + 1
            break
    roles: list[str] = []
    with_article = start > 0 and doc[start - 1].lower_ in rules["leading_articles"]
    while start < end and (
        doc[start].is_punct or doc[start].lower_ in rules["leading_articles"] or _clitic(doc[start])
    ):
        with_article = with_article or doc[start].lower_ in rules["leading_articles"]
        start += 1
    if end - start == 1 and start and doc[start - 1].text == "The" and not doc[start - 1].is_sent_start:
        start, label = start - 1, "ORG" if label == "PERSON" else label  # "told The Hill": a title
    start += _opening_adverb(doc, start, end)
    start = _after_widget_capitals(doc, start, end)
    if label == "PERSON":
        start = _cut_titles(doc, start, end, roles)
        start = _skip_glued_words(doc, _after_section_reference(doc, start, end), end)
        start = _given_name_left_out(doc, start) if start == ent.start else start
    start, end, label = _without_handles(doc, start, end, label)
    start, label = plural_title_org(doc, start, end, label)  # "Presidents Nixon" typed ORG
    end = before_of_place(doc, start, end) if label == "PERSON" else end  # "Ann Lee of Ohio"
    end = _before_open_bracket(doc, start, end)
    while end > start and (
        doc[end - 1].is_punct
        or doc[end - 1].is_space
        or doc[end - 1].lower_ in POSSESSIVE_MARKS
        or _trailing_function_word(doc[end - 1])
        or (end - start > 1 and _CLOCK.match(doc[end - 1].text))
    ):
        end -= 1
    if end <= start or (label == "PERSON" and _verb_after_colon(doc, start, end)):
        return None
    if label == "PERSON" and all(doc[i].lower_ in rules["suffixes"] for i in range(start, end)):
        return None  # "Donald Trump, Jr., says": the suffix set off by commas is nobody's name
    if label == "PERSON":
        start, end = owner_or_owned(doc, start, end)
        end = _before_glued_acronym(doc, start, _trim_glued_tail(doc, start, end))
        end = entity_glue.extend_hyphenated_name(doc, start, _extend_particles(doc, start, end))
        end = _given_name_like_pronoun(doc, start, end)
        while end < len(doc) and doc[end].lower_ in rules["suffixes"]:  # "Ortega" + "Jr."
            end += 1
        end = _suffix_after_comma(doc, end, rules["suffixes"])
    particle_start = _particles_before(doc, start)
    single_name = end - start == 1 and not place_names.is_known_place(doc[start].text)
    if particle_start < start and (label == "PERSON" or single_name):  # "von der" + "Leyen" tagged GPE
        start, label = particle_start, "PERSON"
    words = [t.text for t in doc[start:end] if any(ch.isalpha() for ch in t.text)]
    if not words or not any(ch.isupper() for ch in doc[start:end].text):
        return None
    if len(words) >= 3 and all(w.isupper() for w in words):
        return None  # an all-caps headline, not a name
    if label in ("PERSON", "ORG") and len(words) >= 2 and all(w.isupper() and len(w) > 2 for w in words):
        return None
    text = doc[start:end].text
    label = non_person_label(text) if label == "PERSON" and non_person_label(text) is not None else label
    label = "GPE" if label == "PERSON" and is_place_here(doc, start, end) else label
    thing = label == "PERSON" and (
        names_a_thing(doc, start, end)
        or in_table_label(doc, start, end)
        or entity_glue.in_hyphen_chain(doc, start, end)
    )
    label = "" if thing else label
    group = group_label(doc, start, end) if label == "PERSON" else None
    label = group if group is not None else label  # "the Bruins", "ROTC", "Isotonitazene"
    if not label:  # a slogan ("Team Hillary"); a place or body typed PERSON is relabelled above
        return None
    if place_names.demonym_place(text) or (label in ("PERSON", "NORP") and _plural_demonym_end(text)):
        label = "NORP"  # "Americans"; "African Americans", never a person ("fellow African Americans")
    elif (
        label != "PERSON"
        and non_person_label(text) is None
        and not with_article
        and looks_like_name(doc[start:end])
        and _described_as_person(doc[start:end])
    ):
        label = "PERSON"  # "Foreign Minister Yang Jiechi" tagged GPE
        start = _cut_titles(doc, start, end, roles)  # "Attorney General Barr" tagged "General Barr"
    return Repaired(start, end, label, roles, with_article)


def _cut_titles(doc: Doc, start: int, end: int, roles: list[str]) -> int:
    """Titles at a person's name's front are cut and kept as roles; none when the span starts
    inside a longer title ("Attorney" + "General Barr"): the mention stage reads the whole title
    before the name, and "General" alone is no role of an attorney general."""
    before = doc[start - 1].text.rsplit("-", 1)[-1] if start > 0 else ""  # "then-Attorney"
    inside = before.istitle() and before.lower() in role_words.titles()
    while start < end - 1 and (doc[start].lower_ in role_words.titles() or is_plural_title(doc[start])):
        if end - start == 2 and len(doc[start + 1].text) == 1:
            break  # "Gen Z": no title before a lone letter
        if not is_plural_title(doc[start]) and not inside:  # "Officers Chauvin" (of a list): no role
            roles.append(doc[start].text)
        start += 1
    return start


_HANDLE = re.compile(r"@\w+")


def _without_handles(doc: Doc, start: int, end: int, label: str) -> tuple[int, int, str]:
    """ "@GrumbleKing @dailyherald", "Twitter @TamOrly" read as one name: a name holds no social
    handle, so a span opening with handles is its first handle alone, and words before a handle end
    there, an organisation when they name a platform (``social_platforms``)."""
    handles = [i for i in range(start, end) if _HANDLE.fullmatch(doc[i].text)]
    if not handles or end - start == 1:
        return start, end, label
    if handles[0] == start:
        return start, start + 1, label
    platforms = names.name_rules().get("social_platforms", [])
    platform = doc[start : handles[0]].text.lower() in platforms
    return start, handles[0], "ORG" if platform else label


def _before_open_bracket(doc: Doc, start: int, end: int) -> int:
    """ "Dana Kowalski (@DanaK" (a tweet's signature, the model's span stopping inside the
    bracket): a bracket opened inside a name and not closed there ends the name."""
    for i in range(start + 1, end):
        if doc[i].text in ("(", "[") and not any(t.text in (")", "]") for t in doc[i + 1 : end]):
            return i
    return end


def _suffix_after_comma(doc: Doc, end: int, suffixes: frozenset[str] | set[str]) -> int:
    """ "his son Walter J. Brenning, Jr. had": a written generational suffix set off by a comma is
    still the name's (cut off, the son reads as his father); a lone letter ("v") is no suffix here."""
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in suffixes:
        word = doc[end + 1].text
        if word[:1].isupper() and len(word.rstrip(".")) >= 2:
            return end + 2
    return end


def _trailing_function_word(token) -> bool:
    """ "Dana Kowalski of" (before "of Minnesota"): a lower-case preposition, conjunction or
    determiner ends no name; a name particle ("Ursula von") is taken in later."""
    return (
        token.is_lower
        and token.is_stop
        and token.pos_ in ("ADP", "CCONJ", "SCONJ", "DET", "PART")
        and token.lower_ not in names.name_rules()["particles"]
    )


def _plural_demonym_end(text: str) -> bool:
    """A group of people named by a plural demonym after a qualifier ("African Americans")."""
    words = text.split()
    return len(words) >= 2 and words[-1].endswith("s") and bool(place_names.demonym_place(words[-1]))


def _clitic(token) -> bool:
    """ "the party’s Brexit spokesman" tagged "’s Brexit": a possessive ending starts no name."""
    return token.lower_ in POSSESSIVE_S


def _skip_glued_words(doc: Doc, start: int, end: int) -> int:
    """Drop words glued before a name: "REUTERS Obama", "Whatever Obama", "pro-Jeb Bush", "Inside Obama",
    a command's verb ("Condemn Antifa now.")."""
    while end - start >= 2:
        token, following = doc[start], doc[start + 1]
        dateline = token.is_upper and len(token) > 2 and following.is_title
        common = (token.is_stop and token.pos_ != "PROPN") or token.lower_ in names.name_rules()[
            "leading_function_words"
        ]  # "Inside Obama", "Without Snowden": tagged PROPN in a headline
        particle = token.lower_ in names.name_rules()["particles"]  # "al-Sistani" is one name
        prefix = token.is_lower and following.text == "-" and not token.whitespace_ and not particle
        quoted = any(mark in token.text for mark in '"“”«»')
        participle = (  # "Echoing Biden"; "Denouncing Obama Is Easy" is a headline, trimmed later
            is_present_participle(token.text)
            and following.is_title
            and not any(t.is_stop for t in doc[start + 1 : end])
        )
        verb = (opens_as_verb(token) or dated_verb(doc, start)) and _verb_not_name(doc, start)
        if prefix:
            start += 2
        elif dateline or common or quoted or participle or verb or is_possessed_word(doc, start):
            start += 1
        else:
            break
    return start


def _opening_adverb(doc: Doc, start: int, end: int) -> int:
    """1 for "Later" of "Later Trump and Pence met", whatever the label: a sentence's first word the
    parse reads as an adverb, no name word, before a capitalised word of the name."""
    token = doc[start]
    if end - start < 2 or not token.is_sent_start or token.pos_ != "ADV" or not doc[start + 1].is_title:
        return 0
    return int(token.is_title and token.is_alpha and not names.is_name_word(token.text))


def _given_name_left_out(doc: Doc, start: int) -> int:
    """ "Dallas nurse Amber Joy Vinson" tagged "Joy Vinson": a capitalised common given name the
    model tagged as nothing, right before the name and after a lower-case word or a comma, is the
    name's first word; never at a sentence's start ("Will Joe Biden run?"), a stop word ("May"), a
    title, a calendar word or a known place ("in Orlando")."""
    if start < 2:
        return start
    word, before = doc[start - 1], doc[start - 2]
    if not (word.is_title and word.whitespace_ and not word.ent_type_ and not word.is_sent_start):
        return start
    if word.is_stop:  # "in May Smith said", "Will"
        return start
    if not (before.is_lower or before.text in (",", ";", ":", "(")):
        return start
    if dated_verb(doc, start - 1):  # "August 2: Said Trump didn't lie": a verb
        return start
    if word.lower_ in role_words.titles() or word.lower_ in names.name_rules()["calendar_words"]:
        return start
    if place_names.is_known_place(word.text) or not names.common_given_name(word.text):
        return start
    return start - 1


def _verb_not_name(doc: Doc, start: int) -> bool:
    """The verb opening a name is no surname here: a capitalised name word follows (no suffix: "Hallow
    Jr."), and the article writes the word inside no other person's name ("Tom Hallow Jr.")."""
    word, following = doc[start].text, doc[start + 1]
    if not following.is_title or following.lower_ in names.name_rules()["suffixes"]:
        return False
    return not any(t.text == word for e in doc.ents if e.label_ == "PERSON" for t in e[1:])


def _verb_after_colon(doc: Doc, start: int, end: int) -> bool:
    """ "November 1, 2017: Said immigrants aren't vetted.": one word, a verb after a date's colon,
    before a lower-case word or punctuation, opens a clause; it names nobody."""
    after = doc[end] if end < len(doc) else None
    return end - start == 1 and dated_verb(doc, start) and (after is None or after.is_lower or after.is_punct)


def dated_verb(doc: Doc, i: int) -> bool:
    """An inflected verb ("Said", "Told") right after the colon of a date ("May 2, 2017: Said"), as
    a list of someone's statements writes them: a clause's verb, never a given name there."""
    return (
        i >= 2
        and doc[i - 1].text == ":"
        and (doc[i - 2].like_num or doc[i - 2].ent_type_ == "DATE")
        and is_inflected_verb(doc[i].text)
    )


_ROMAN_NUMERAL = re.compile(r"^[IVXLC]+\.?$")


def _after_section_reference(doc: Doc, start: int, end: int) -> int:
    """ "Article I. Van Drew" (a vote "on Article I." run into the next sentence's name): a
    document's part and its roman numeral (``section_nouns``) are no part of a name after them."""
    if end - start >= 3 and doc[start].lower_ in names.name_rules()["section_nouns"]:
        if _ROMAN_NUMERAL.match(doc[start + 1].text):
            at = start + 2
            return at + 1 if doc[at].text == "." and at + 1 < end else at
    return start


def _before_glued_acronym(doc: Doc, start: int, end: int) -> int:
    """ "the James Comey-FBI investigation": an organisation's acronym hyphened onto a name's last
    word is no part of the name ("Harris-Perry" is)."""
    if end - start < 3 or doc[end - 2].text not in ("-", "–") or doc[end - 2].whitespace_:
        return end
    last, before = doc[end - 1], doc[end - 3]
    if last.is_upper and last.is_alpha and len(last.text) >= 2 and before.is_title and not before.whitespace_:
        return end - 2
    return end


def _trim_glued_tail(doc: Doc, start: int, end: int) -> int:
    """Drop words glued after a name: "Trump Thursday", "Trump Trump", "Trump Deport"."""
    calendar = names.name_rules()["calendar_words"]
    while end - start >= 2:
        last, before = doc[end - 1], doc[end - 2]
        if last.lower_ in calendar or last.lower_ == before.lower_ or last.pos_ in ("VERB", "AUX"):
            end -= 1
        else:
            break
    return end


def _described_as_person(span: Span) -> bool:
    """A title right before the name or set beside it: "Foreign Minister Yang Jiechi", "his
    counterpart, Volodymyr Zelenskiy" (the ``title_before_name`` and ``title_apposition`` patterns)."""
    doc = span.doc
    before = patterns.match("title_before_name", doc[max(0, span.start - 2) : span.start + 1])
    if any(end == span.start + 1 for _, end in before):
        return True
    if relative_clause_subject(span):
        return False
    return any(name == span.root.i for name, _ in patterns.match("title_apposition", span.root.sent))


def relative_clause_subject(span: Span) -> bool:
    """ "referencing the ISIS leader Trump had killed": a name parsed as the apposition of the noun
    right before it (no comma between), when that noun is no subject and the name is followed by a
    finite verb, is the subject of a relative clause on the noun ("that Trump had killed"), not
    the noun's name; "the rebel leader Abu Saif had ..." as a subject stays an apposition."""
    doc, root = span.doc, span.root
    head = root.head
    if root.dep_ != "appos" or head.i >= span.start or head.dep_ in ("nsubj", "nsubjpass"):
        return False
    if any(t.is_punct for t in doc[head.i + 1 : span.start]) or span.end >= len(doc):
        return False
    return doc[span.end].tag_ in FINITE_TAGS


def _extend_particles(doc: Doc, start: int, end: int) -> int:
    """Take in "von der Leyen" when the model stopped at "Ursula von"."""
    particles = names.name_rules()["particles"]
    i = end
    while i < len(doc) and doc[i].lower_ in particles and doc[i - 1].whitespace_:
        i += 1
    if end - 1 >= start and doc[end - 1].lower_ in particles:
        i = max(i, end)
    if i > end or doc[end - 1].lower_ in particles:
        if i < len(doc) and doc[i].is_title:
            return i + 1
    return end


def _given_name_like_pronoun(doc: Doc, start: int, end: int) -> int:
    """ "Vice Premier Liu He said": a capitalised pronoun right after a one-word name, a space and no
    punctuation between, is the name's second word (a family name comes first); the pronoun itself
    is never capitalised inside a sentence, though the parser starts a new one there."""
    if end - start != 1 or end >= len(doc) or doc[start].whitespace_ != " ":
        return end
    word = doc[end]
    if (word.pos_ == "PRON" or word.lower_ in PRONOUN_GENDER) and word.is_title and len(word) > 1:
        return end + 1
    return end


def _particles_before(doc: Doc, start: int) -> int:
    particles = names.name_rules()["particles"]
    i = start
    while i > 0 and doc[i - 1].text in particles and doc[i - 1].whitespace_:
        i -= 1
    return i if doc[start].is_title else start
