"""Speakers named inside the speaker phrase the cue found, when resolution left the quote without one.

The cue often finds the right phrase and still gives no name, because the phrase is more than a
name: an apposition ("James Lewis, a cybersecurity expert at a think tank"), two people ("Mullins
and Charlie Craig"), or a body's document ("a ProPublica article"). A reader names the speaker
from the phrase itself; so does this step, after all other resolution, only for quotes still
without a speaker. People named by surname get the fuller name the article gives them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsprism.entities.name_repair import clean_person_name
from newsprism.models import Quote
from newsprism.nlp import lexicon
from newsprism.nlp.entity_repairs import entity_span_of, repaired_entities
from newsprism.people.lookup import MentionLookup
from newsprism.people.words import AUTHORED_NOUNS, POSSESSIVE_S, ROLES
from newsprism.quotes import rules

NAMED_TYPES = ("PERSON", "ORG", "GPE", "NORP")
LAW_NOUNS = lexicon.words("quote_law_nouns.txt")  # "the Constitution says ..."
_LEADING = frozenset({"the", "a", "an", "former", "and", ","})


def name_speakers_from_mentions(
    doc: Doc, quotes: list[Quote], lookup: MentionLookup | None = None, tidy: bool = True
) -> None:
    """Give each quote still without a speaker the person, pair or body its speaker phrase names
    (with that name's mention in ``lookup``, but none for a pair); with ``tidy``, a person
    speaker's name loses page furniture glued to it."""
    counts: dict[str, int] = {}  # capitalised words of the article, counted once when needed
    for quote in quotes:
        if tidy and quote.speaker and rules.enabled("possessor_speaks"):
            # "according to Okafor’s Facebook page": the entity ran over the possessive
            owner = _possessor(doc, quote.speaker)
            if owner is not None:
                quote.speaker, quote.speaker_type, quote.speaker_mention_id = owner, "PERSON", None
        if tidy and quote.speaker and "\u00ad" in quote.speaker and rules.enabled("soft_hyphens"):
            quote.speaker = quote.speaker.replace("\u00ad", "")  # "Mac\u00adDou\u00adgall": a page's hint
        if tidy and quote.speaker and quote.speaker_type == "PERSON":
            # hover-card text glued to a name: "Sean Spicer Sean Michael SpicerMcEnany"
            # glue joins a name to more words; one word ("DataWatch") is a name, "A, B and C" names
            if " " in quote.speaker.strip() and " and " not in quote.speaker:
                quote.speaker = clean_person_name(quote.speaker) or quote.speaker
            if " " not in quote.speaker:
                counts = counts or _capitalised_counts(doc)
                quote.speaker = _spelled_elsewhere(doc, counts, quote.speaker) or quote.speaker
        if quote.speaker or quote.speaker_start is None or quote.speaker_end is None:
            continue
        phrase = doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
        if phrase is None:
            continue
        named = _listed_people(doc, phrase) or _named_in(doc, phrase) or _law_named(phrase)
        named = named or _apposed_name(doc, phrase)
        if named:
            (quote.speaker, quote.speaker_type), entity = named
            mention = lookup.mention_of(entity) if lookup is not None and entity is not None else None
            quote.speaker_mention_id = (
                mention.mention_id if lookup and lookup.names(mention, quote.speaker) else None
            )


def _listed_people(doc: Doc, phrase: Span) -> tuple[tuple[str, str], None] | None:
    """'the researchers, Michael A. Specter, James Koppel and Daniel Weitzner, wrote': a plural noun
    set off by a list of two or more people's names speaks for all of them."""
    if not rules.enabled("listed_people") or phrase[0].lower_ != "the":
        return None
    comma = next((t for t in phrase if t.text == ","), None)
    if comma is None or comma.i == 0 or doc[comma.i - 1].tag_ != "NNS":
        return None
    people = {e.start: e for e in repaired_entities(doc) if e.label_ == "PERSON"}
    names, at = [], comma.i + 1
    while at in people:
        names.append(_full(doc, people[at]))
        at = people[at].end
        if at < len(doc) and doc[at].text == ",":
            at += 1
        if at < len(doc) and doc[at].lower_ == "and":
            at += 1
    if len(names) < 2:
        return None
    return (", ".join(names[:-1]) + " and " + names[-1], "PERSON"), None


def _named_in(doc: Doc, phrase: Span) -> tuple[tuple[str, str], Span | None] | None:
    """The speaker the phrase names, and the entity that names it (None for a pair)."""
    ents = [e for e in repaired_entities(doc) if phrase.start <= e.start and e.end <= phrase.end]
    ents = [e for e in ents if e.label_ in NAMED_TYPES]
    if not ents:
        return None
    persons = [e for e in ents if e.label_ == "PERSON"]
    lead = [t for t in doc[phrase.start : ents[0].start] if t.lower_ not in _LEADING]
    # "Mullins and Charlie Craig", "Miller and inspector general J. Russell George": a pair
    if len(persons) == 2 and any(t.lower_ == "and" for t in doc[persons[0].end : persons[1].start]):
        if not lead and doc[persons[0].end].lower_ in ("and", ","):
            return (f"{_full(doc, persons[0])} and {_full(doc, persons[1])}", "PERSON"), None
    first = ents[0]
    after = doc[first.end] if first.end < phrase.end else None
    # "James Lewis, a cybersecurity expert at ...": the name heads the phrase, an apposition follows
    # (a phrase that is the name alone was judged by the resolver already: "Suppliers" is no one)
    if first.label_ == "PERSON" and not lead and after is not None and after.text in (",", "(", "—", "–"):
        return (_full(doc, first), "PERSON"), first
    # "a ProPublica article", "the Brennan Center's report": the owner of a document speaks
    head = phrase.root if phrase.root.pos_ != "DET" else phrase[-1]  # a split parse: the last noun
    if len(ents) == 1 and head.lower_ in AUTHORED_NOUNS and not first.start <= head.i < first.end:
        return (_fuller_body(doc, _plain(first)) or (_plain(first), first.label_)), first
    return None


def _apposed_name(doc: Doc, phrase: Span) -> tuple[tuple[str, str], Span | None] | None:
    """'Lena Vosk, a former bank clerk who ... wrote a letter arguing ...' (the phrase is the
    apposition of a name before it) and 'the blog Harbourwatch published ... and accused them'
    (a proper name in apposition right after the phrase): that name."""
    if not rules.enabled("apposed_name"):
        return None
    root = phrase.root
    if root.pos_ != "NOUN":
        return None
    if root.dep_ == "appos" and root.head.i < root.i:
        entity = entity_span_of(root.head)
        if entity is None or entity.end >= len(doc) or doc[entity.end].text != ",":
            return None  # an apposition set off by a comma ("LUSAKA, Zambia - The leader" is none)
        if entity.label_ == "PERSON" or (entity.label_ in NAMED_TYPES and root.lower_ not in ROLES):
            name = _full(doc, entity) if entity.label_ == "PERSON" else _plain(entity)
            return (name, entity.label_), entity
        return None
    after = doc[phrase.end] if phrase.end < len(doc) else None
    if after is None or after.dep_ != "appos" or after.head.i != root.i or after.pos_ != "PROPN":
        return None
    words = [t for t in after.subtree if t.pos_ == "PROPN" and t.i >= after.i - 1]
    if not words or words[-1].i - words[0].i + 1 != len(words) or not words[0].text[:1].isupper():
        return None
    entity = entity_span_of(after)
    label = entity.label_ if entity is not None and entity.label_ in NAMED_TYPES else "ORG"
    if root.lower_ in ROLES and label == "ORG":
        label = "PERSON"
    return (" ".join(t.text for t in words), label), entity


def _possessor(doc: Doc, speaker: str) -> str | None:
    """The person whose thing a speaker name holds ("Okafor’s Facebook" -> Denise Okafor), when
    the article names that person elsewhere as a person."""
    for mark in ("’s ", "'s "):
        owner, found, _ = speaker.partition(mark)
        if found and owner and owner[:1].isupper():
            people = dict.fromkeys(_plain(e) for e in repaired_entities(doc) if e.label_ == "PERSON")
            fuller = [p for p in people if p.split()[-1] == owner.split()[-1] and mark not in p]
            # the longest; of equals ("Richard" and "Dick Blumenthal") the first the article writes
            return max(fuller, key=lambda p: len(p.split())) if fuller else None
    return None


def _law_named(phrase: Span) -> tuple[tuple[str, str], None] | None:
    """'The Ninth Amendment says: ...', 'the Constitution says ...': a capitalised name of a law or
    founding document (its head noun in ``quote_law_nouns.txt``) speaks for itself."""
    if not rules.enabled("laws_speak"):
        return None
    words = [t for t in phrase if not (t.i == phrase.start and t.lower_ == "the")]
    if not words or len(words) > 6 or words[-1].lower_ not in LAW_NOUNS:
        return None
    if not all(t.text[:1].isupper() or t.lower_ in ("of", "and", "the") for t in words):
        return None
    return (" ".join(t.text for t in words), "LAW"), None


def _fuller_body(doc: Doc, owner: str) -> tuple[str, str] | None:
    """'the Brennan study' when the article named 'the Brennan Center for Justice': the body."""
    fuller = [
        _plain(e)
        for e in repaired_entities(doc)
        if e.label_ in ("ORG", "FAC") and _plain(e).startswith(owner + " ") and len(_plain(e)) > len(owner)
    ]
    return (max(fuller, key=len), "ORG") if fuller else None


def _capitalised_counts(doc: Doc) -> dict[str, int]:
    counts: dict[str, int] = {}
    for token in doc:
        if token.text[:1].isupper():
            counts[token.text] = counts.get(token.text, 0) + 1
    return counts


def _spelled_elsewhere(doc: Doc, counts: dict[str, int], surname: str) -> str | None:
    """A surname written once, one letter off a name the article writes at least twice ("said
    Cowen" in an article about William Cowan, whatever label the model gave it): the article's
    spelling, in the fullest form a person entity gives it."""
    if len(surname) < 4 or counts.get(surname, 0) > 1:
        return None
    close = [w for w, n in counts.items() if n > 1 and _one_letter_off(w, surname)]
    if len(close) != 1:
        return None
    people = [_plain(e) for e in repaired_entities(doc) if e.label_ == "PERSON"]
    fuller = [p for p in people if p.split() and p.split()[-1] == close[0]]
    if not fuller and rules.enabled("given_name_not_surname"):
        # "Obama" once, "Osama bin Laden" thrice: the close word is someone's given name, not a surname
        if any(len(p.split()) > 1 and p.split()[0] == close[0] for p in people):
            return None
    return max(fuller, key=lambda p: len(p.split())) if fuller else close[0]


def _one_letter_off(a: str, b: str) -> bool:
    return (
        len(a) == len(b) and a != b and a[0] == b[0] and sum(x != y for x, y in zip(a, b, strict=True)) == 1
    )


def _plain(ent: Span) -> str:
    text = ent.text
    for ending in POSSESSIVE_S:
        if text.endswith(ending):
            return text[: -len(ending)]
    return text.removeprefix("the ").removeprefix("The ")


def _full(doc: Doc, person: Span) -> str:
    """A surname alone becomes the one fuller name of the article that ends with it."""
    name = _plain(person)
    if len(name.split()) > 1:
        return name
    people = {_plain(e) for e in repaired_entities(doc) if e.label_ == "PERSON"}
    fuller = {p for p in people if len(p.split()) > 1 and p.split()[-1] == name}
    return fuller.pop() if len(fuller) == 1 else name
