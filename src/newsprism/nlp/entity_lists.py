"""Names the model reads as one person that are not one: lists ("Donald Trump Jr and Ivanka
Trump" names two people), and places, organisations and slogans typed PERSON ("North Carolina",
"State House", "Team Hillary"; word lists in ``non_person_names.yaml``)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from newsprism.nlp import lexicon
from newsprism.people import names, place_names, role_words


def person_list_parts(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """The token ranges of the names a span holds: one per part of a person span cut at a list
    separator (``list_separators`` in entity_names.yaml), when every part holds a proper noun, and
    of an organisation span of one-word names between commas; any other span is one range, itself."""
    separators = names.name_rules()["list_separators"]
    card = before_hover_card(doc, start, end) if label == "PERSON" else end
    if card == end and label in ("PERSON", "ORG") and _surname_then_full_name(doc, start, end):
        return [(start, start + 1), (start + 1, end)]  # "for Haley Nikki Haley:", two headlines
    if card < end:  # the card names the person again when it holds the surname; a given name alone is no one
        whole = end - card >= 2 and doc[end - 1].text.startswith(doc[card - 1].text)
        return [(start, card), (card, end)] if whole else [(start, card)]
    cuts = [i for i in range(start, end) if doc[i].lower_ in separators]
    if not cuts and label == "PERSON":  # "Barr Says Mueller", a headline: two names around a speech verb
        verb = next((i for i in range(start + 1, end - 1) if is_headline_verb(doc[i].text)), None)
        parts = [(start, verb), (verb + 1, end)] if verb is not None else []
        if parts and all(any(t.pos_ == "PROPN" for t in doc[s:e]) for s, e in parts):
            return parts
    if not cuts or label not in ("PERSON", "ORG"):
        return [(start, end)]
    parts = list(zip([start] + [cut + 1 for cut in cuts], cuts + [end], strict=True))
    one_word = all(e - s == 1 for s, e in parts)
    if label == "ORG" and not (one_word and (all(doc[i].text == "," for i in cuts) or _surnames(doc, parts))):
        return [(start, end)]  # "at Conditt, Manley said" typed ORG is two names; "Procter and Gamble" one
    if not all(any(token.pos_ == "PROPN" for token in doc[s:e]) for s, e in parts):
        return [(start, end)]
    return parts


def _surname_then_full_name(doc: Doc, start: int, end: int) -> bool:
    """A one-word name run into the full name whose surname it is ("Haley Nikki Haley"): two names."""
    first, last = doc[start].text, names.strip_possessive(doc[end - 1].text)
    if start and names.is_given_name(doc[start - 1].text):  # "Rick [Perry Rick Perry]": a hover card
        return False
    return end - start >= 3 and first == last and first.istitle() and names.is_given_name(doc[start + 1].text)


def is_headline_verb(word: str) -> bool:
    """ "Says", "Denies", "Slams", "Praises": a capitalised present-tense speech verb or headline
    verb (``headline_verbs.txt``), as headlines write them; never a surname or given name ("Burns")."""
    if not (word.istitle() and word.endswith("s")) or names.is_given_name(word):
        return False
    low = word.lower()
    stems = {low[:-1], low[:-2] if low.endswith("es") else "", low[:-3] + "y" if low.endswith("ies") else ""}
    verbs = lexicon.speech_verbs("quote") | lexicon.words("headline_verbs.txt")
    return bool(stems & verbs) and names.fold_word(word) not in names.listed_surnames()


def _surnames(doc: Doc, parts: list[tuple[int, int]]) -> bool:
    """ "Cooper and Hale's testimony" typed ORG: each one-word part is the surname of a person the
    article names in full."""
    full = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    return all(doc[s].text in full for s, _ in parts)


HOVER_CARD_WINDOW = 6  # tokens after a name in which a hover card repeats its surname


def before_hover_card(doc: Doc, start: int, end: int) -> int:
    """Where a person's name ends when a hover card's full name runs on after it: "Sen. Ted Cruz
    Rafael (Ted) Edward Cruz" is Ted Cruz, "Jeff Sessions Jefferson Beauregard Sessions" is Jeff
    Sessions; the given name after the surname starts the card, which repeats the surname. A legal
    name no list knows starts one when a bracketed name follows it ("Nikki Haley Nimrata (Nikki)")."""
    for at in range(start + 2, end):
        given, surname = doc[at], doc[at - 1]
        bracketed = at + 1 < len(doc) and doc[at + 1].text == "("
        if not given.text[:1].isupper() or len(surname.text) < 3:
            continue
        if not (names.is_given_name(given.text) or bracketed):
            continue
        if any(t.text.startswith(surname.text) for t in doc[at + 1 : at + 1 + HOVER_CARD_WINDOW]):
            return at
    return end


@lru_cache(maxsize=1)
def _non_person_rules() -> dict[str, frozenset[str]]:
    data = lexicon.rules("non_person_names.yaml")
    return {key: frozenset(names.plain(w) for w in data.get(key, [])) for key in data}


def is_place_name(name: str) -> bool:
    """A country, region, US state or large city, whole ("North Carolina", "North Korea")."""
    return place_names.is_known_place(name) or names.plain(name) in _non_person_rules()["places"]


def is_org_head(word: str) -> bool:
    """A word that ends organisation names ("House", "Senate", "Post", "Committee")."""
    low = names.plain(word)
    return low in _non_person_rules()["org_heads"] or low in role_words.org_nouns()


@lru_cache(maxsize=8192)
def non_person_label(name: str) -> str | None:
    """The label of a name that cannot be a person's whatever the model typed it: "GPE" for a
    place ("West Virginia"), "ORG" for a name headed by an organisation word ("State House",
    "U.S. Senate", "Washington Post"; not "Emily Post", whose first word is a given name and no
    place), "" for a slogan around a name ("Team Hillary", "Stop Brexit"); None when it may be."""
    words = names.plain(name).split()
    if not words:
        return None
    if is_place_name(name) and not (len(words) == 1 and names.given_name_gender(words[0])):
        return "GPE"
    if len(words) < 2:
        return None
    if words[0] in _non_person_rules()["slogan_words"]:
        return ""
    if words[-1] in _non_person_rules().get("place_heads", ()):
        return "GPE"  # "Durham County", "Orleans Parish": a place whatever its first word
    if (
        words[-1] in _non_person_rules()["institution_heads"]
        or "-" in name.split()[-1]
        and is_org_head(name.split()[-1].split("-")[-1])
    ):
        return "ORG"  # "Austin Community College", "Austin American-Statesman": whatever the first word
    if is_org_head(words[-1].split("-")[-1]) or " ".join(words[-2:]) in role_words.org_nouns():
        first = name.split()[0]
        if not names.given_name_gender(first) or is_place_name(first):
            return "ORG"
    return None


def names_a_place_here(doc: Doc, start: int, end: int) -> bool:
    """A one-word name its neighbours show to be a place: "Austin Police Chief", "Austin Mayor",
    "the state capital Austin", "the city of Austin" (``place_followers`` and ``place_leaders``)."""
    if end - start != 1:
        return False
    rules = _non_person_rules()
    after = " ".join(t.lower_ for t in doc[end : end + 2]) + " "
    before = " " + " ".join(t.lower_ for t in doc[max(0, start - 2) : start])
    return any(after.startswith(w + " ") for w in rules["place_followers"]) or any(
        before.endswith(" " + w) for w in rules["place_leaders"]
    )


def names_a_thing(doc: Doc, start: int, end: int) -> bool:
    """A bill ("Senate Bill 54"), or a one-word name that heads a noun phrase with an article of its
    own ("a no-deal Brexit", "the Brexit"): a thing, no person; a given name keeps its article ("the
    Donald")."""
    if names_a_bill(doc, start, end):
        return True
    word = doc[start]
    if end - start != 1 or names.is_given_name(word.text):
        return False
    return any(c.dep_ == "det" and c.lower_ in _THING_DETERMINERS and c.i < start for c in word.children)


_THING_DETERMINERS = frozenset({"a", "an", "the", "every", "no"})  # not "that": "said that Perry"


def names_a_bill(doc: Doc, start: int, end: int) -> bool:
    """ "Senate Bill 54", "Assembly Bill", "Bill 450": a one-word given name with a number after
    it (no share: "Warren 22%" is a poll), or after a legislature word (``legislature_words``),
    is a bill, no person."""
    name = doc[start]
    if not names.is_given_name(name.text) or end - start > 2:
        return False
    number = doc[start + 1] if start + 1 < len(doc) else None  # the span's second word, or the next
    if end - start == 2 or (number is not None and number.text[:1].isdigit()):
        after = doc[start + 2].lower_ if start + 2 < len(doc) else ""
        return number.text[:1].isdigit() and after not in ("%", "percent")
    return start > 0 and names.plain(doc[start - 1].text) in _non_person_rules()["legislature_words"]


def is_place_here(doc: Doc, start: int, end: int) -> bool:
    """A known place or demonym ("Kyiv", "Ukrainians"), or a one-word name its neighbours show
    to be a place: never a person's surname, whatever else the article calls that word."""
    text = names.strip_possessive(doc[start:end].text)
    return (
        place_names.is_known_place(text)
        or bool(place_names.demonym_place(text))
        or names_a_place_here(doc, start, end)
    )
