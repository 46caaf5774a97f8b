"""Names the model reads as one person that are not one: lists ("Donald Trump Jr and Ivanka
Trump" names two people), and places, organisations and slogans typed PERSON ("North Carolina",
"State House", "Team Hillary"; word lists in ``non_person_names.yaml``)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsprism.nlp import lexicon
from newsprism.people import names, place_names, role_words
from newsprism.people.dictionary import common_words


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
    if label == "PERSON" and any(_table_token(doc[i]) for i in range(start, end)):
        return _table_runs(doc, start, end)  # "Ann Roe 7 ✓ ✓ Ben Ode": a table's cells, two names
    suffixes = names.name_rules()["suffixes"]
    cuts = [  # "Walter Brenning, Jr.": a comma before a generational suffix is no list's
        i
        for i in range(start, end)
        if doc[i].lower_ in separators and not (i + 1 < end and doc[i + 1].lower_ in suffixes)
    ]
    if not cuts and label == "PERSON":  # "Barr Says Mueller", a headline: two names around a speech verb
        verb = next((i for i in range(start + 1, end - 1) if is_headline_verb(doc[i].text)), None)
        parts = [(start, verb), (verb + 1, end)] if verb is not None else []
        if parts and all(any(t.pos_ == "PROPN" for t in doc[s:e]) for s, e in parts):
            return parts
    if not cuts or label not in ("PERSON", "ORG"):
        return [(start, end)]
    parts = list(zip([start] + [cut + 1 for cut in cuts], cuts + [end], strict=True))
    one_word = all(e - s == 1 for s, e in parts)
    if label == "ORG" and not (
        (one_word and all(doc[i].text == "," for i in cuts))
        or _surnames(doc, parts)
        or people_before(doc, start)
    ):
        return [(start, end)]  # "at Conditt, Manley said" typed ORG is two names; "Procter and Gamble" one
    if not all(any(token.pos_ == "PROPN" for token in doc[s:e]) for s, e in parts):
        return [(start, end)]
    return parts


def _table_token(token: Token) -> bool:
    """A figure or a symbol ("7", "✓"), which no person's name holds: a table's cell between names."""
    return (
        any(ch.isdigit() for ch in token.text)
        or token.pos_ == "SYM"
        or unicodedata.category(token.text[0]) == "So"
    )


def _table_runs(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The runs of a span between its figures and symbols that hold a proper noun."""
    runs, begin = [], start
    for i in range(start, end + 1):
        if i == end or _table_token(doc[i]):
            if i > begin and any(t.pos_ == "PROPN" for t in doc[begin:i]):
                runs.append((begin, i))
            begin = i + 1
    return runs or [(start, end)]


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


def people_before(doc: Doc, start: int) -> bool:
    """ "candidates like Roe and Ode", "senators such as ...", "governors including ...": names
    given as examples of a plural title are people, whatever the model typed them."""
    at = start - 1
    if at >= 1 and doc[at].lower_ == "as" and doc[at - 1].lower_ == "such":
        at -= 1
    elif not (at >= 1 and doc[at].lower_ in ("like", "including")):
        return False
    noun = doc[at - 1]
    return noun.tag_ == "NNS" and noun.lemma_.lower() in role_words.title_words()


def _surnames(doc: Doc, parts: list[tuple[int, int]]) -> bool:
    """ "Cooper and Hale's testimony", "Cooper & Hale" typed ORG: two people when each part is a
    person of the article: the surname of a full name it types PERSON, a name it types PERSON
    elsewhere, or a common given name and a surname ("Ann Cooper and Lee Hale"); "Procter & Gamble"
    names no one of the article and stays one body."""
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    full = {e[-1].text for e in people if len(e) > 1}
    named = {e.text for e in people}
    return all(
        (e - s == 1 and doc[s].text in full)
        or doc[s:e].text in named
        or (e - s == 2 and doc[e - 1].is_title and bool(names.common_given_name(doc[s].text)))
        for s, e in parts
    )


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
    lists = {key: found for key, found in data.items() if isinstance(found, list)}  # not the thresholds
    return {key: frozenset(names.plain(w) for w in found) for key, found in lists.items()}


def is_place_name(name: str) -> bool:
    """A country, region, US state or large city, whole ("North Carolina", "North Korea")."""
    return place_names.is_known_place(name) or names.plain(name) in _non_person_rules()["places"]


def is_org_head(word: str) -> bool:
    """A word that ends organisation names ("House", "Senate", "Post", "Committee"), or such a noun
    in the plural ("Catholic Charities", "Fisher Industries")."""
    low = names.plain(word)
    if low in _non_person_rules()["org_heads"] or low in role_words.org_nouns():
        return True
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") else ""
    return singular in role_words.org_nouns() and names.fold_word(word) not in names.listed_surnames()


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
    if names.plain(name) in _non_person_rules().get("holidays", ()):
        return ""  # "by Easter": a day, no one
    if len(words) < 2:  # "the Army" typed PERSON: an organisation noun, no one's name
        single = words[0] in role_words.org_nouns() and not names.common_given_name(words[0])
        return "ORG" if single and names.fold_word(words[0]) not in names.listed_surnames() else None
    if words[0] in _non_person_rules().get("vessel_prefixes", ()):
        return ""  # "USS Marlowe": a ship named after someone, no one
    slogan = words[0] in _non_person_rules()["slogan_words"] and not _hyphenated_given_name(name)
    if slogan or _code_tail(name):
        return ""
    if words[-1] in _non_person_rules().get("place_heads", ()):
        return "GPE"  # "Durham County", "Orleans Parish": a place whatever its first word
    if (
        len(words) == 2
        and name.endswith(".")
        and words[-1] in _non_person_rules().get("state_abbreviations", ())
    ):
        return "GPE"  # "Talladega Ala.": a town and its state, the comma left out
    rules = _non_person_rules()
    parts = rules.get("compass_words", frozenset()) | rules.get("district_words", frozenset())
    if words[0] in parts and not names.is_given_name(words[1]):
        return "GPE"  # "West Baltimore", "Midtown Manhattan": a part of a place, no one's name
    if _eponym_body(name, words):
        return "ORG"  # "Susan B. Anthony List", "Aryan Nations": a body named after someone
    if words[-1] in _non_person_rules().get("member_plurals", ()) and not any(c.isdigit() for c in name):
        return "ORG" if is_org_head(words[-1]) else "NORP"  # "Hill Democrats", "Sri Lankan Muslims"
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
    return "" if _common_phrase(name) else None  # "Army Ranger": common words, no name among them


def _eponym_body(name: str, words: list[str]) -> bool:
    """The name ends with a body's word (``eponym_body_tails``); a word that is also a listed surname
    only after a name word of two letters or more ("Susan B. Anthony List", not "Robert B. List")."""
    if words[-1] not in _non_person_rules().get("eponym_body_tails", ()):
        return False
    if names.fold_word(words[-1]) not in names.listed_surnames():
        return True
    before = name.split()[-2].rstrip(".,")
    return len(words) >= 3 and len(before) > 1 and names.is_name_word(before)


_HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]{0,3}-[a-z]{1,4}")


def _hyphenated_given_name(name: str) -> bool:
    """ "Ban Ki-moon", "Moon Jae-in": a surname, then a given name of two short syllables joined by a
    hyphen, the second in lower case, is a Korean name, not a slogan word before a name ("Ban
    Fracking", "Stop Trump"); a stance prefix ("Anti-war") starts no given name."""
    written = name.split()
    if len(written) != 2 or not _HYPHENATED_GIVEN_NAME.fullmatch(written[1]):
        return False
    prefixes = lexicon.rules("person_name_repair.yaml").get("stance_prefixes") or []
    return written[1].split("-")[0].lower() not in prefixes


def _code_tail(name: str) -> bool:
    """ "Keystone XL", "Galaxy S10": a short last word in capitals (digits allowed; no suffix like
    "III") after a first word that is no given name or listed surname: a product's or project's
    model code, not a surname ("Sanders AOC", "Obama EPA" are left to their own rules)."""
    written = name.split()
    last, first = written[-1].rstrip(".,"), written[0]
    return (
        len(written) == 2
        and 2 <= len(last) <= lexicon.rules("non_person_names.yaml")["code_tail_max_letters"]
        and last.isupper()
        and last.isalnum()
        and last.lower() not in names.name_rules()["suffixes"]
        and not first.isupper()
        and not names.given_name_gender(first)
        and not names.is_name_word(first)
    )


@lru_cache(maxsize=1)
def _place_tails() -> frozenset[str]:
    return frozenset(lexicon.rules("person_name_repair.yaml").get("place_tails", []))


def _common_phrase(name: str) -> bool:
    """An organisation noun or a title, then common words of the dictionary, none a common given
    name and the last no listed surname: "Army Ranger", "Police Officer" are roles; "Hope Hicks",
    "Rand Paul" are names ("Trump Tower" is a building: a place tail, typed by its own rule)."""
    suffixes = names.name_rules()["suffixes"]
    words = [w for w in name.split() if w[:1].isalpha() and w.lower() not in suffixes]
    return (
        len(words) >= 2
        and (words[0].lower() in role_words.org_nouns() or words[0].lower() in role_words.titles())
        and all(w.lower() in common_words() and not names.common_given_name(w) for w in words)
        and names.fold_word(words[-1]) not in names.listed_surnames()
        and words[-1].lower() not in _place_tails()
    )


def names_a_place_here(doc: Doc, start: int, end: int) -> bool:
    """A name its neighbours show to be a place: one word before "Police Chief", "Mayor", after "the
    state capital", "the city of" (``place_followers`` and ``place_leaders``), and a name of any
    length before a street word ("Nicollet Avenue", "West Lake Street"; ``street_words``)."""
    rules = _non_person_rules()
    if end < len(doc) and doc[end].is_title and names.plain(doc[end].text) in rules.get("street_words", ()):
        return True
    if end - start != 1:
        return False
    if before_a_state(doc, start, end):
        return True
    after = " ".join(t.lower_ for t in doc[end : end + 2]) + " "
    before = " " + " ".join(t.lower_ for t in doc[max(0, start - 2) : start])
    return any(after.startswith(w + " ") for w in rules["place_followers"]) or any(
        before.endswith(" " + w) for w in rules["place_leaders"]
    )


def before_a_state(doc: Doc, start: int, end: int) -> bool:
    """ "Aurora, Colo., killing 12", "in Aurora, Colorado.": a one-word name, a comma, then a US
    state abbreviated with its dot (``state_abbreviations``) and no capitalised word after it
    ("Trump, Texas Gov. Greg Abbott"), or written out (no given name: not "Virginia") and closed
    by punctuation ("For Biden, South Carolina is do-or-die" is no town)."""
    if end - start != 1 or end + 1 >= len(doc) or doc[end].text != ",":
        return False
    rules = _non_person_rules()
    for size in (1, 2):
        if end + 1 + size > len(doc):
            break
        state = doc[end + 1 : end + 1 + size]
        key = names.plain(state.text)
        abbreviated = size == 1 and state.text.endswith(".") and key in rules.get("state_abbreviations", ())
        written = key in rules["places"] and not names.is_given_name(state[0].text) and state.text.istitle()
        after = doc[state.end] if state.end < len(doc) else None
        if after is None or (abbreviated and (not after.is_title or after.is_sent_start)):
            return abbreviated or written
        if written and (after.is_punct or after.is_space):  # not "For Biden, South Carolina is ..."
            return True
    return False


def names_a_thing(doc: Doc, start: int, end: int) -> bool:
    """A bill ("Senate Bill 54"), or a one-word name that heads a noun phrase with an article of its
    own ("a no-deal Brexit", "the Brexit"): a thing, no person; a given name keeps its article ("the
    Donald")."""
    if names_a_bill(doc, start, end) or names_a_law(doc, start, end) or names_a_hashtag(doc, start, end):
        return True
    if heads_a_title(doc, start, end) or after_vessel_prefix(doc, start):
        return True
    word = doc[start]
    if end - start != 1 or names.is_given_name(word.text):
        return False
    return any(c.dep_ == "det" and c.lower_ in _THING_DETERMINERS and c.i < start for c in word.children)


def after_vessel_prefix(doc: Doc, start: int) -> bool:
    """ "the USS John S. McCain" with only "McCain" (or "John S. McCain") typed PERSON: a name whose
    capitalised run opens with a ship prefix (``vessel_prefixes``) names the ship, no person."""
    prefixes = _non_person_rules().get("vessel_prefixes", ())
    i = start - 1
    while i >= 0 and start - i <= 4:
        word = doc[i]
        if word.text.lower().rstrip(".") in prefixes:
            return True
        if not (word.is_title or word.is_upper) or word.is_punct and word.text != ".":
            return False
        i -= 1
    return False


def heads_a_title(doc: Doc, start: int, end: int) -> bool:
    """ "Mind the Gap", "Meet the Press", "Save the Children": a one-word name that is a common word
    and nobody's given name or listed surname ("Alexander the Great" is a person), right before
    "the" and a capitalised word, is the first word of a title, group or slogan, no person; unless
    the article writes the word as the surname of a full name."""
    word = doc[start].text
    if end - start != 1 or end + 1 >= len(doc) or doc[end].text != "the" or not doc[end + 1].is_title:
        return False
    if word.lower() not in common_words() or names.is_name_word(word):
        return False
    return not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word for e in doc.ents)


def names_a_hashtag(doc: Doc, start: int, end: int) -> bool:
    """ "MeToo" where the article writes "#MeToo": a one-word name the article also writes as a
    hashtag, which is nobody's given name or listed surname, is a movement or slogan, no person."""
    word = doc[start].text
    if end - start != 1 or not word.isalpha() or names.is_name_word(word):
        return False
    return re.search(rf"#{re.escape(word)}\b", doc.text) is not None


def names_a_law(doc: Doc, start: int, end: int) -> bool:
    """ "the Baker Act", "the Magnitsky Act": a name right before a capitalised law noun
    (``law_nouns``) names the law, a name beside "v." a court case; so does a span ending in one
    or its past form ("to get Baker Acted") whose first word is no common given name ("Jude Law"
    stays a person)."""
    laws = _non_person_rules().get("law_nouns", frozenset())
    after = doc[end] if end < len(doc) else None
    if after is not None and after.is_title and after.lower_ in laws:
        return True
    beside = [doc[start - 1]] if start > 0 else []
    if any(_case_mark(t) for t in [*beside, *doc[start:end], *([after] if after is not None else [])]):
        return True  # "Heller v. District of Columbia", "District of Columbia v. Heller"
    last = doc[end - 1].lower_
    ends_in_law = last in laws or (last.endswith("ed") and last[:-2] in laws)
    return end - start >= 2 and ends_in_law and not names.common_given_name(doc[start].text)


def _case_mark(token: Token) -> bool:
    """ "v." between a court case's parties (``case_marks``; with its dot: "Henry V" is a king)."""
    marks = _non_person_rules().get("case_marks", frozenset())
    return token.text.endswith(".") and names.plain(token.text) in marks


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


def name_cased(token) -> bool:
    """Written as a name is: title case, or a capital, then lower case with an inner capital
    ("DeSantis", "McConnell"), which spaCy's ``is_title`` refuses; never all capitals ("GOP")."""
    text = token.text
    mixed = token.is_alpha and text[0].isupper() and text[1:2].islower() and not token.is_upper
    return token.is_title or mixed
