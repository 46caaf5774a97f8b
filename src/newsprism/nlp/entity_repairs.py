"""Entity repairs: spaCy's entities with what the small model gets wrong in news text mended, once.

A pipeline component (``newsprism_entity_repairs``, added after the entity recogniser by
``nlp.model.load_model``) writes the repaired entities to the span group ``newsprism_entities``:
titles and possessives trimmed off names (kept on ``span._.titles``), caption prefixes and glued
words dropped, lists of people split, names cut at "von der" joined, all-caps headlines dropped,
demonyms labelled NORP, and people the model labelled as places or organisations ("Psaki" after
"Jen Psaki") or missed relabelled PERSON. ``doc.ents`` is the model's, but for words glued on a
name (``entity_glue``). Names, titles and particles come from the data files.

This module is the one place that reads the model's raw labels (``doc.ents``, ``token.ent_type_``):
the repairs are built from them. Every other stage asks ``repaired_entities``, ``entity_label`` and
``entity_span_of`` for every label (token patterns test no label: their readers do): the
repairs can change even a DATE ("May" after "Theresa May" is hers), so no label is safe to read raw.
One reader takes the model's span boundaries, not its labels: ``events.participant_spans.entity_of``
keeps an event participant as written ("the White House"), as events have always named it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsprism.nlp import entity_glue, patterns
from newsprism.nlp.entity_glue import is_possessed_word, owner_or_owned, split_glued_names
from newsprism.nlp.entity_lists import is_place_here, names_a_thing, non_person_label, person_list_parts
from newsprism.nlp.headline_words import headline_word, stems
from newsprism.people import names

COMPONENT = "newsprism_entity_repairs"
SPAN_GROUP = "newsprism_entities"
DEFAULT_LABELS = ["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"]

if not Span.has_extension("titles"):
    Span.set_extension("titles", default=None)


@dataclass
class _Repaired:
    """A repaired entity while the document is being read."""

    start: int  # token offsets in the doc
    end: int
    label: str
    titles: list[str] = field(default_factory=list)
    with_article: bool = False  # "the White House": a name that takes "the" is no person's


@Language.factory(COMPONENT, default_config={"labels": DEFAULT_LABELS})
def make_entity_repairs(nlp: Language, name: str, labels: list[str]):
    """The component: ``labels`` are the entity labels kept (and repaired)."""
    kept = frozenset(labels)

    def entity_repairs(doc: Doc) -> Doc:
        split_glued_names(doc)  # "McCabeThe" -> "McCabe" "The": the entity ends at the name
        write_repairs(doc, kept)
        return doc

    return entity_repairs


def repaired_entities(doc: Doc) -> list[Span]:
    """The document's repaired entities, in the component's order; repaired now when the
    document was parsed by a pipeline without the component."""
    if SPAN_GROUP not in doc.spans:
        write_repairs(doc, frozenset(DEFAULT_LABELS))
    return list(doc.spans[SPAN_GROUP])


def write_repairs(doc: Doc, labels: frozenset[str]) -> None:
    found = [
        _Repaired(start, end, item.label, item.titles if start == item.start else [], item.with_article)
        for item in _clean_entities(doc, labels)
        for start, end in person_list_parts(doc, item.start, item.end, item.label)
    ]
    _split_owner_from_person(doc, found)
    _relabel_and_add_persons(doc, found)
    _trim_headline_words(doc, found)
    doc.spans[SPAN_GROUP] = [Span(doc, item.start, item.end, label=item.label) for item in found]
    for item, span in zip(found, doc.spans[SPAN_GROUP], strict=True):
        span._.titles = item.titles


def name_text(span: Span) -> str:
    """A name as written, without a possessive ending."""
    return names.strip_possessive(span.text)


def looks_like_name(span: Span) -> bool:
    """Two or three title-case proper nouns."""
    words = [t for t in span if not t.is_punct]
    return 2 <= len(words) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in words)


def _clean_entities(doc: Doc, labels: frozenset[str]) -> list[_Repaired]:
    """The model's entities, trimmed: the repairs' input, so read raw from ``doc.ents``."""
    found: list[_Repaired] = []
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


def _clean_span(doc: Doc, ent: Span) -> _Repaired | None:
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
    while start < end and (doc[start].is_punct or doc[start].lower_ in rules["leading_articles"]):
        with_article = with_article or doc[start].lower_ in rules["leading_articles"]
        start += 1
    if end - start == 1 and start and doc[start - 1].text == "The" and not doc[start - 1].is_sent_start:
        start, label = start - 1, "ORG" if label == "PERSON" else label  # "told The Hill": a title
    if label == "PERSON":
        while start < end - 1 and doc[start].lower_ in names.titles():
            roles.append(doc[start].text)
            start += 1
        start = _skip_glued_words(doc, start, end)
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s", "'", "’")):
        end -= 1
    if end <= start:
        return None
    if label == "PERSON":
        start, end = owner_or_owned(doc, start, end)
        end = _trim_glued_tail(doc, start, end)
        end = entity_glue.extend_hyphenated_name(doc, start, _extend_particles(doc, start, end))
        while end < len(doc) and doc[end].lower_ in rules["suffixes"]:  # "Ortega" + "Jr."
            end += 1
    particle_start = _particles_before(doc, start)
    single_name = end - start == 1 and not names.is_known_place(doc[start].text)
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
    label = "" if label == "PERSON" and names_a_thing(doc, start, end) else label
    if not label:  # a slogan ("Team Hillary"); a place or body typed PERSON is relabelled above
        return None
    if names.demonym_place(text):
        label = "NORP"
    elif (
        label != "PERSON"
        and non_person_label(text) is None
        and not with_article
        and looks_like_name(doc[start:end])
        and _described_as_person(doc[start:end])
    ):
        label = "PERSON"  # "Foreign Minister Yang Jiechi" tagged GPE
    return _Repaired(start, end, label, roles, with_article)


def _skip_glued_words(doc: Doc, start: int, end: int) -> int:
    """Drop words glued before a name: "REUTERS Obama", "Whatever Obama", "pro-Jeb Bush"."""
    while end - start >= 2:
        token, following = doc[start], doc[start + 1]
        dateline = token.is_upper and len(token) > 2 and following.is_title
        common = token.is_stop and token.pos_ != "PROPN"
        particle = token.lower_ in names.name_rules()["particles"]  # "al-Sistani" is one name
        prefix = token.is_lower and following.text == "-" and not token.whitespace_ and not particle
        quoted = any(mark in token.text for mark in '"“”«»')
        if prefix:
            start += 2
        elif dateline or common or quoted or is_possessed_word(doc, start):
            start += 1
        else:
            break
    return start


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
    return any(name == span.root.i for name, _ in patterns.match("title_apposition", span.root.sent))


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


def _particles_before(doc: Doc, start: int) -> int:
    particles = names.name_rules()["particles"]
    i = start
    while i > 0 and doc[i - 1].text in particles and doc[i - 1].whitespace_:
        i -= 1
    return i if doc[start].is_title else start


def _relabel_and_add_persons(doc: Doc, found: list[_Repaired]) -> None:
    """A surname of a person named in this article is a person, whatever label it got."""
    for item in found:
        one_word = item.end - item.start == 1
        if item.label == "PERSON" and one_word and names.is_known_place(doc[item.start].text):
            item.label = "GPE"  # "Kyiv" tagged PERSON
    _short_org_names(doc, found)
    parts: dict[str, int] = {}  # folded given names and surnames -> PERSON mentions using them
    full: set[tuple[str, str]] = set()
    for item in found:
        if item.label == "PERSON":
            parsed = names.parse_person(name_text(doc[item.start : item.end]))
            for part in (parsed.first, parsed.last):
                if part:
                    parts[part] = parts.get(part, 0) + 1
            if not parsed.is_single:
                full.add((parsed.first, parsed.last))
    if not parts:
        return
    other_counts: dict[str, int] = {}
    place_counts: dict[str, int] = {}
    for item in found:
        if item.label != "PERSON":
            key = names.plain(name_text(doc[item.start : item.end]))
            other_counts[key] = other_counts.get(key, 0) + 1
            if item.label in ("GPE", "LOC"):
                place_counts[key] = place_counts.get(key, 0) + 1
    for item in found:  # "Ferguson" tagged PERSON in a story that says "in Ferguson, Missouri"
        text = names.plain(name_text(doc[item.start : item.end]))
        if item.label == "PERSON" and item.end - item.start == 1 and not any(text in pair for pair in full):
            if place_counts.get(text, 0) > parts.get(text, 0):
                item.label = "GPE"
    for item in found:
        if item.label not in ("ORG", "GPE", "FAC", "LOC", "NORP"):
            continue
        text = name_text(doc[item.start : item.end])
        if is_place_here(doc, item.start, item.end):
            continue
        parsed = names.parse_person(text)
        if parsed.is_single and (
            any(parsed.last in pair for pair in full)
            or parts.get(parsed.last, 0) >= other_counts.get(names.plain(text), 0)
        ):
            item.label = "PERSON"  # "Psaki" tagged ORG after "Jen Psaki"
        elif (
            not parsed.is_single
            and (
                (parsed.first, parsed.last) in full
                or (
                    item.label in ("GPE", "ORG")
                    and not item.with_article  # "the White House" after "Mark White": a body
                    and looks_like_name(doc[item.start : item.end])
                    and (parsed.first in parts or parsed.last in parts)
                    and not any(w in names.org_nouns() for w in text.lower().split())
                    and non_person_label(text) is None
                )
            )
        ):
            item.label = "PERSON"  # "Yang Jiechi" tagged GPE, "Yang" a person elsewhere
        elif "-" in text and all(names.fold_word(p) in parts for p in text.split("-")):
            item.label = ""  # "the Xi-Zelenskiy talks": two people, not an organisation
    found[:] = [item for item in found if item.label]
    other_names = {
        names.plain(name_text(doc[item.start : item.end])) for item in found if item.label != "PERSON"
    }
    taken = {i for item in found for i in range(item.start, item.end)}
    person_starts = {item.start for item in found if item.label == "PERSON"}
    for token in doc:
        if token.i in taken or not token.is_title:
            continue
        if token.i + 1 in person_starts and token.lower_ in names.titles():
            continue  # "Judge Brett Kavanaugh": a title of the name after it, not Mark Judge
        key = names.fold_word(token.text)
        of_full_name = any(key in pair for pair in full)  # then even when tagged as a verb or noun
        known = of_full_name or (token.pos_ == "PROPN" and parts.get(key))
        if known and names.plain(token.text) not in other_names:
            found.append(_Repaired(token.i, token.i + 1, "PERSON"))


def _short_org_names(doc: Doc, found: list[_Repaired]) -> None:
    """ "Kestrel" tagged PERSON after "Kestrel Brands": the organisation's short name, unless
    the word is part of a person's full name in the article."""
    multi = [item for item in found if item.end - item.start > 1]
    person_words = {
        doc[i].lower_ for item in multi if item.label == "PERSON" for i in range(item.start, item.end)
    }
    org_firsts = {doc[item.start].lower_ for item in multi if item.label == "ORG"}
    for item in found:
        word = doc[item.start].lower_
        if item.label == "PERSON" and item.end - item.start == 1 and word in org_firsts - person_words:
            item.label = "ORG"


def _split_owner_from_person(doc: Doc, found: list[_Repaired]) -> None:
    """ "NBC News's Lester Holt" tagged ORG: the owner stays an organisation, the full name after
    the possessive (a given name first) is a person."""
    for item in list(found):
        if item.label not in ("ORG", "GPE", "FAC"):
            continue
        mark = next((i for i in range(item.start + 1, item.end - 2) if doc[i].tag_ == "POS"), None)
        if mark is None:
            continue
        person = doc[mark + 1 : item.end]
        if looks_like_name(person) and names.given_name_gender(person[0].text):
            found.append(_Repaired(mark + 1, item.end, "PERSON"))
            item.end = mark
    found.sort(key=lambda f: f.start)


MAX_HEADLINE_COPIES = 2  # a headline name is written once or twice (title line, repeated teaser)


def _trim_headline_words(doc: Doc, found: list[_Repaired]) -> None:
    """ "Denouncing Obama", "Comey Firing", "James Comey Contradicts His Justification": a headline
    in title case runs common words into a name. When a shorter name inside it is written alone
    elsewhere in the article and the words around it are ordinary words of this article (written
    in lower case in it, or stop words), not given names, the mention is that shorter name."""
    lower = {t.lower_ for t in doc if t.is_lower and t.is_alpha}
    persons = [item for item in found if item.label == "PERSON"]
    written: dict[str, int] = {}
    for item in persons:
        key = names.plain(name_text(doc[item.start : item.end]))
        written[key] = written.get(key, 0) + 1
    for item in persons:
        size = item.end - item.start
        if size < 2 or written[names.plain(name_text(doc[item.start : item.end]))] > MAX_HEADLINE_COPIES:
            continue
        if _ends_before_next_name(doc, item, written):
            continue
        for length in range(size - 1, 0, -1):
            core = next(
                (
                    (start, start + length)
                    for start in (item.start, item.end - length)
                    if written.get(names.plain(name_text(doc[start : start + length])))
                    and all(
                        _ordinary_word(doc[i], lower)
                        for i in range(item.start, item.end)
                        if not start <= i < start + length
                    )
                ),
                None,
            )
            if core:
                item.start, item.end = core
                break


def _ends_before_next_name(doc: Doc, item: _Repaired, written: dict[str, int]) -> bool:
    """ "Trump Paul" (a hover card: "... Trump" then "Paul Ryan ..."): a surname written alone in
    the article, then a given name, is the end of one name and the start of another."""
    first = doc[item.start]
    if names.given_name_gender(first.text) or not written.get(
        names.plain(name_text(doc[item.start : item.start + 1]))
    ):
        return False
    following = doc[item.start + 1]
    if not (following.is_title and following.is_alpha and names.given_name_gender(following.text)):
        return False
    item.end = item.start + 1
    return True


def _ordinary_word(token, lower: set[str]) -> bool:
    """A word of the language rather than of a name: a stop word, or written in lower case in
    the article (itself or its stem: "Denouncing" after "denounced"); never a given name."""
    word = token.lower_
    if names.given_name_gender(token.text) or word in names.name_rules()["suffixes"]:
        return False
    if token.is_stop or word in lower or token.is_punct or headline_word(token):
        return True
    return any(len(stem) >= 4 and any(w.startswith(stem) for w in lower) for stem in stems(word))


TOKEN_MAP_KEY = "newsprism.repaired_by_token"


def repaired_span_of(token) -> Span | None:
    """The repaired entity a token is part of, from a token->span map built once per document
    (so the stages read one set of labels, not the model's raw ``ent_type_``); the map holds
    plain ints so the document still serialises."""
    doc = token.doc
    found = doc.user_data.get(TOKEN_MAP_KEY)
    if found is None or len(found) != len(doc):
        found = [-1] * len(doc)
        for position, span in enumerate(repaired_entities(doc)):
            found[span.start : span.end] = [position] * len(span)
        doc.user_data[TOKEN_MAP_KEY] = found
    position = found[token.i]
    return doc.spans[SPAN_GROUP][position] if position >= 0 else None


def entity_label(token) -> str:
    """A token's entity label: the repaired one for the labels repairs cover (a name the repairs
    dropped has none), the model's own for the rest (DATE, MONEY...)."""
    span = repaired_span_of(token)
    if span is not None:
        return span.label_
    return "" if token.ent_type_ in DEFAULT_LABELS else token.ent_type_


def entity_span_of(token) -> Span | None:
    """The entity around a token: the repaired one, else the model's for labels repairs do not
    cover (DATE, PRODUCT...); None for a name the repairs dropped."""
    span = repaired_span_of(token)
    if span is not None or token.ent_type_ in DEFAULT_LABELS or not token.ent_type_:
        return span
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)
