"""A one-word "person" the article never shows acting as one is a thing ("Brexit").

The model types a policy or a campaign PERSON when it reads like a surname ("a Brexit deal",
"delivering Brexit"). A person written by a bare surname shows being one somewhere in the article:
a title or honorific, a possessive, a kin noun before it, the subject of a verb of speech, or a
given name with it. A word that is none of that, nobody's given name or listed surname, no word of
a full name in the article, and that the article mostly writes as a modifier of a common noun or
the object of a preposition or a verb, across at least ``MIN_USES`` mentions, is no person: its mentions are
dropped (no person entity, and no guess at what kind of thing it is).
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Token

from newsprism.nlp import lexicon
from newsprism.nlp.entity_cleaning import Repaired
from newsprism.nlp.entity_lists import name_cased
from newsprism.people import names, place_names, role_words
from newsprism.people.words import POSSESSIVE_S

MIN_USES = 3  # one or two modifier uses ("the Smith plan") say too little


def _person_shown(token: Token, item: Repaired) -> bool:
    """Any sign in the mention's context that the word names somebody."""
    doc = token.doc
    if item.titles:
        return True
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in POSSESSIVE_S:
        return True
    before = [t for t in doc[max(0, token.i - 2) : token.i] if t.text != ","][-1:]
    if before and (
        role_words.is_kin_role(before[0].lemma_.lower())
        or before[0].lower_.rstrip(".") in role_words.titles()
        or (len(before[0].text) > 2 and before[0].text.endswith(".") and before[0].text[:-1].isalpha())
    ):
        return True
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ in lexicon.speech_verbs("quote")


def _used_as_thing(token: Token) -> bool:
    """A modifier of a common noun ("the Brexit deal"), or a preposition's or verb's object ("after
    Brexit", "delivering Brexit")."""
    if token.dep_ in ("compound", "amod") and token.head.pos_ == "NOUN" and token.head.is_lower:
        return True
    return token.dep_ in ("pobj", "dobj")


def drop_unshown_people(doc: Doc, found: list[Repaired]) -> None:
    """Drop (label "") the one-word PERSON items of words the article never shows as a person."""
    full_words = {
        doc[i].lower_
        for item in found
        if item.label == "PERSON" and item.end - item.start > 1
        for i in range(item.start, item.end)
    }
    lone: dict[str, list[Repaired]] = defaultdict(list)
    for item in found:
        if item.label == "PERSON" and item.end - item.start == 1:
            lone[doc[item.start].lower_].append(item)
    surnames = names.listed_surnames()
    for word, items in sorted(lone.items()):
        if len(items) < MIN_USES or word in full_words or word in surnames:
            continue
        if names.is_given_name(doc[items[0].start].text):
            continue
        tokens = [doc[item.start] for item in items]
        if any(_person_shown(t, item) for t, item in zip(tokens, items, strict=True)):
            continue
        if 2 * sum(_used_as_thing(t) for t in tokens) >= len(tokens):
            for item in items:
                item.label = ""


def split_paired_surnames(doc: Doc, found: list[Repaired]) -> None:
    """ "the Varga-Lindqvist summit": a "person" whose name is two surnames joined by a hyphen,
    each a word of another person's name in the article, before a common noun it modifies, is
    the two people (a double-barrelled surname, "Ocasio-Cortez", is never written apart so)."""
    words: dict[str, set[int]] = defaultdict(set)  # a name word -> the PERSON items holding it
    for n, item in enumerate(found):
        if item.label == "PERSON":
            for t in doc[item.start : item.end]:
                words[t.lower_].add(n)
    added = []
    for n, item in enumerate(found):
        span = doc[item.start : item.end]
        hyphen = next((t.i for t in span[1:-1] if t.text == "-"), None)
        if item.label != "PERSON" or hyphen is None or item.end - hyphen != 2 or item.titles:
            continue  # one word after the hyphen: "(Donald) Varga-Lindqvist"
        after = doc[item.end] if item.end < len(doc) else None
        if after is None or after.pos_ != "NOUN" or not after.is_lower:
            continue
        left, right = (words[doc[i].lower_] - {n} for i in (hyphen - 1, hyphen + 1))
        if left - right and right - left:  # each word another's; "Ocasio-Cortez" alone is one name
            item.label = ""
            added += [Repaired(item.start, hyphen, "PERSON"), Repaired(hyphen + 1, item.end, "PERSON")]
    found.extend(added)


def projects_named_for_places(doc: Doc, found: list[Repaired]) -> None:
    """ "the Varga Lisbon project": a two-word "person", untitled, whose first word is no given
    name but the surname of a person of the article, and whose second is a known country or a
    word the article types a place alone ("in Lisbon"), is a
    thing named for both (a tower, a venture), not a person."""
    alone = {doc[i.start].lower_ for i in found if i.label == "PERSON" and i.end - i.start == 1}
    alone |= {doc[i.end - 1].lower_ for i in found if i.label == "PERSON" and i.end - i.start > 1}
    places = {doc[i.start].lower_ for i in found if i.label in ("GPE", "LOC") and i.end - i.start == 1}
    for item in found:
        span = doc[item.start : item.end]
        if item.label != "PERSON" or len(span) != 2 or item.titles or names.is_given_name(span[0].text):
            continue
        place = place_names.is_known_place(span[1].text) or span[1].lower_ in places
        if span[0].lower_ in alone and span[0].is_title and place:
            item.label = "ORG"


MIN_WITH_THE = 3  # "the Brenner" once or twice may be a slip; three times is the article's usage


def things_written_with_the(doc: Doc, found: list[Repaired]) -> set[str]:
    """ "the Marlowe was responsible for patrolling", "captain of the Marlowe": a one-word name, no
    given name and no family in the plural ("the Kennedys"), that heads its own noun phrase after
    "the" with no noun after it (not "the Marlowe campaign") at least ``MIN_WITH_THE`` times, and
    more often so than it is tagged a person alone, is a thing named after someone (a ship, a
    building): its lone PERSON items are dropped (label "") and the lower-case words returned, so
    that no later step finds them again as a surname of a person the article names in full."""
    with_the: dict[str, int] = defaultdict(int)
    for token in doc:
        if token.text != "the" and not (token.text == "The" and token.is_sent_start):
            continue  # "told The Hill": a title, not an article
        if token.dep_ != "det" or token.i + 1 >= len(doc):
            continue
        head = doc[token.i + 1]
        if token.head.i != head.i or head.pos_ != "PROPN" or not name_cased(head) or head.tag_ == "NNPS":
            continue
        if token.i + 2 < len(doc) and doc[token.i + 2].pos_ in ("PROPN", "NOUN"):
            continue  # "the Marlowe Foundation", "the Marlowe accident"
        if names.is_given_name(head.text) or head.lower_.endswith("s"):
            continue  # "the Donald"; "the Kennedys", "the Bidens" (a family)
        with_the[head.lower_] += 1
    lone: dict[str, list[Repaired]] = defaultdict(list)
    for item in found:
        if item.label == "PERSON" and item.end - item.start == 1:
            lone[doc[item.start].lower_].append(item)
    things = {w for w, n in with_the.items() if n >= MIN_WITH_THE and n > len(lone.get(w, ()))}
    for word in sorted(things):
        for item in lone.get(word, ()):
            item.label = ""
    return things
