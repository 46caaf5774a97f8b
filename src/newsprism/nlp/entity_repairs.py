"""Entity repairs: spaCy's entities with what the small model gets wrong in news text mended, once.

A pipeline component (``newsprism_entity_repairs``, added after the entity recogniser by
``nlp.model.load_model``) writes the repaired entities to the span group ``newsprism_entities``:
titles and possessives trimmed off names (the titles kept on ``span._.titles``), caption prefixes
and glued words dropped, names cut at "von
der" joined, all-caps headlines dropped, demonyms labelled NORP, and people the model labelled as
places or organisations ("Psaki" after "Jen Psaki") or missed relabelled PERSON. ``doc.ents`` is
left as the model made it. Names, titles, particles and suffixes come from the data files through
``people.names``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

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
    found = _clean_entities(doc, labels)
    _relabel_and_add_persons(doc, found)
    spans = []
    for item in found:
        span = Span(doc, item.start, item.end, label=item.label)
        spans.append(span)
    doc.spans[SPAN_GROUP] = spans
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
        end = _trim_glued_tail(doc, start, end)
        end = _extend_particles(doc, start, end)
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
    if names.demonym_place(text):
        label = "NORP"
    elif (
        label != "PERSON"
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
        prefix = token.is_lower and following.text == "-" and not token.whitespace_
        quoted = any(mark in token.text for mark in '"“”«»')
        if prefix:
            start += 2
        elif dateline or common or quoted:
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
    """A title right before the name, or an appositive title: "his counterpart, Volodymyr Zelenskiy"."""
    doc, root = span.doc, span.root
    if span.start > 0 and doc[span.start - 1].lower_ in names.titles():
        return True
    if root.dep_ == "appos" and root.head.lower_ in names.title_words():
        return True
    if (
        span.start > 1
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].lower_ in names.title_words()
    ):
        return True
    return any(c.dep_ == "appos" and c.lower_ in names.title_words() for c in root.children)


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
    for item in found:
        if item.label != "PERSON":
            key = names.plain(name_text(doc[item.start : item.end]))
            other_counts[key] = other_counts.get(key, 0) + 1
    for item in found:
        if item.label not in ("ORG", "GPE", "FAC", "LOC", "NORP"):
            continue
        text = name_text(doc[item.start : item.end])
        if names.is_known_place(text) or names.demonym_place(text):
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
    for token in doc:
        if token.i in taken or not token.is_title:
            continue
        key = names.fold_word(token.text)
        of_full_name = any(key in pair for pair in full)  # then even when tagged as a verb or noun
        known = of_full_name or (token.pos_ == "PROPN" and parts.get(key))
        if known and names.plain(token.text) not in other_names:
            found.append(_Repaired(token.i, token.i + 1, "PERSON"))
