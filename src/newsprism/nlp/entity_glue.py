"""Words glued onto a name by scraped pages: a hover card's full name runs into the next word
without a space ("Andrew George McCabeThe curious timeline", "John Francis KellyMORE"). The
token is split at the glue before the entities are repaired, so the name's mention is the name.

A token is cut where a capital follows a lower-case letter only when the part before is the
name, written as a word of its own elsewhere in the article, and the part after is a word of the
dictionary, a word written alone in the article, or a long capitalised word ("SessionsSanford",
a headline's name); "McCabe", "DeVos", "LeBron" and "MacArthur" keep their inner capital (their
heads are name prefixes, or too short to be a name).
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from newsprism.nlp.entity_joins import join_split_names
from newsprism.nlp.entity_lists import HOVER_CARD_WINDOW, before_hover_card
from newsprism.people import dictionary, names
from newsprism.people.words import POSSESSIVE_S

MIN_HEAD = 3  # letters before the glue: "Mc", "De", "Le", "Jo" are heads of one name
LONG_PART = 4  # "SessionsSanford": two long parts, the first a name of the article, are two words


def glue_point(word: str, standalone: frozenset[str]) -> int:
    """Where a glued word starts in ``word``; 0 when the word is one name. ``standalone``: the
    article's tokens written on their own. An opening bracket glued on ("Collins(R-Ga.") starts a
    glued word after any name."""
    bracket = word.find("(")
    if bracket >= MIN_HEAD and word[:bracket].isalpha() and word[0].isupper():
        return bracket
    if not word.isalpha():
        return 0
    prefixes = set(names.name_rules().get("glued_name_prefixes", [])) | set(names.name_rules()["particles"])
    for at in range(len(word) - 2, MIN_HEAD - 1, -1):
        if not (word[at].isupper() and word[at - 1].islower()):
            continue
        head, tail = word[:at], word[at:]
        if not head[0].isupper() or head.lower() in prefixes or head not in standalone:
            continue
        if _is_word(tail) or tail in standalone or names.is_given_name(tail) or _long_word(head, tail):
            return at
    return 0


def _long_word(head: str, tail: str) -> bool:
    return min(len(head), len(tail)) >= LONG_PART and tail.istitle()


def _is_word(tail: str) -> bool:
    """A dictionary or function word, capitalised or in capitals ("The", "MORE", "Democrats")."""
    if not (tail.istitle() or tail.isupper()) or len(tail) < 2:
        return False
    low = tail.lower()
    common = dictionary.common_words()
    return low in common or low in STOP_WORDS or (low.endswith("s") and low[:-1] in common)


def split_glued_names(doc: Doc) -> None:
    """Split each entity token with a word glued on after the name; the entity ends at the name."""
    standalone = frozenset(t.text for t in doc if t.is_alpha and t.text[:1].isupper())
    cuts = [(token, at) for ent in doc.ents for token in ent if (at := glue_point(token.text, standalone))]
    cards = _glued_cards(doc)
    if cuts or cards:
        card_offsets = [(start, token.idx + at) for token, at, start in cards]  # before the split:
        _split(doc, cuts + [(token, at) for token, at, _ in cards])  # it leaves old tokens dangling
        _add_cards(doc, card_offsets)
    _rejoin_hover_cards(doc)
    join_split_names(doc)  # "Cambridge" + "Analytica" where the article also has them as one


def _glued_cards(doc: Doc) -> list:
    """(token, cut, card's first character) of each hover card after a person's name whose
    surname runs into the next headline, which the model tags as nothing: "Nancy Pelosi Nancy
    PelosiOvernight Health Care", "Mitch McConnell Addison (Mitch) Mitchell McConnellGOP senators"."""
    found, taken = [], set()
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        card = before_hover_card(doc, ent.start, ent.end)  # "Lindsey Graham Lindsey Olin" + "GrahamGOP"
        surname = doc[card - 1].text
        if card - ent.start < 2 or not surname.isalpha() or len(surname) < 3:
            continue
        for token in doc[ent.end : ent.end + HOVER_CARD_WINDOW]:
            glued = token.text[len(surname) : len(surname) + 1]
            if token.text.startswith(surname) and glued.isupper() and token.i not in taken:
                found.append((token, len(surname), doc[min(card, ent.end)].idx))
                taken.add(token.i)
                break
            if token.ent_type_ or not (token.is_title or token.text in "()"):
                break
    return found


def _add_cards(doc: Doc, cards: list[tuple[int, int]]) -> None:
    """Tag each hover card (character offsets) PERSON, in place of what overlapped it; a name the
    model ran into the card ends where the card starts."""
    spans = [doc.char_span(start, end, label="PERSON") for start, end in cards]
    spans = [s for s in spans if s is not None]
    kept = []
    for ent in doc.ents:
        cut = min([s.start for s in spans if ent.start < s.end and s.start < ent.end], default=None)
        if cut is None or cut > ent.start:
            kept.append(ent if cut is None else Span(doc, ent.start, cut, label=ent.label_))
    doc.ents = sorted([*kept, *spans], key=lambda e: e.start)


def _split(doc: Doc, cuts: list) -> None:
    """Split the tokens at their glue; an entity holding a glued word ends before it."""
    tails = {token.idx + at for token, at in cuts}
    ents = [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
    with doc.retokenize() as retokenizer:
        for token, at in cuts:
            head = (token, 0) if token.head.i == token.i else token.head
            retokenizer.split(token, [token.text[:at], token.text[at:]], heads=[head, (token, 0)])
    spans = []
    for start, end, label in ents:
        end = min([t for t in tails if start < t < end], default=end)
        span = doc.char_span(start, end, label=label)
        if span is not None:
            spans.append(span)
    doc.ents = spans


def is_possessed_word(doc: Doc, at: int) -> bool:
    """ "Facebook's Libra Trump": a capitalised dictionary word that is no given name, right after
    a possessive, names the owner's thing (a product, a programme), not the person after it."""
    return at > 0 and doc[at - 1].lower_ in POSSESSIVE_S and dictionary.is_descriptor(doc[at].text)


def _rejoin_hover_cards(doc: Doc) -> None:
    """ "President Trump Donald John Trump": the model read "Trump Donald" and "John Trump"; the
    given name before a person's name that ends in the surname just said starts that name (the
    hover card's "Donald John Trump"), it is no part of the name before it."""
    ents = list(doc.ents)
    changed = False
    for i in range(len(ents) - 1):
        first, card = ents[i], ents[i + 1]
        if first.label_ != "PERSON" or card.label_ != "PERSON" or first.end != card.start or len(first) < 2:
            continue
        if names.is_given_name(first[-1].text) and card[-1].text == first[-2].text:
            ents[i] = doc[first.start : first.end - 1]
            ents[i + 1] = doc[first.end - 1 : card.end]
            ents[i].label_ = ents[i + 1].label_ = "PERSON"
            changed = True
    for i, card in enumerate(ents):  # "Jared Kushner Jared Corey Kushner": the model read "Corey Kushner"
        start = _card_start(doc, card) if card.label_ == "PERSON" else card.start
        if start < card.start:
            ents[i] = doc[start : card.end]
            ents[i].label_ = "PERSON"
            ents = _cut_before(ents, i, start)  # "Jeff Sessions Jefferson" + "Jeff" of the card
            changed = True
    if changed:
        doc.ents = [e for e in ents if e is not None]


def _cut_before(ents: list, i: int, start: int) -> list:
    """The entities with those before ``ents[i]`` ended at ``start`` (None when nothing is left)."""
    kept = list(ents)
    for j in range(i):
        ent = kept[j]
        if ent is not None and ent.end > start:
            kept[j] = Span(ent.doc, ent.start, start, label=ent.label_) if ent.start < start else None
    return kept


def _card_start(doc: Doc, card: Span) -> int:
    """Where a hover card the model read from its middle starts: the surname just said, then the
    card's given name ("Kushner Jared Corey Kushner"; a rare one no list knows, "Hoyer Steny
    Hamilton Hoyer", when it is no dictionary word and the card ends in a surname, not in the
    given name a full name repeats: "Jerrold Nadler Jerrold") or its legal given name and bracketed
    nickname ("Sessions Jefferson (Jeff) Beauregard Sessions"); else the card's own start."""
    at = card.start
    if at >= 5 and doc[at - 1].text == ")" and doc[at - 3].text == "(" and doc[at - 2].is_title:
        legal = doc[at - 4]
        if legal.is_title and legal.is_alpha and doc[at - 5].text == card[-1].text:
            return at - 4
    if at < 2 or doc[at - 2].text != card[-1].text:
        return at
    given = doc[at - 1]
    unknown = given.is_alpha and given.lower_ not in dictionary.common_words()
    unknown = unknown and len(card) >= 2 and not names.is_given_name(card[-1].text)  # "Nadler Jerrold"
    return at - 1 if given.is_title and (names.is_given_name(given.text) or unknown) else at


def owner_or_owned(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A person span holding a possessive names one person: the owner ("Trump's Twitter" is
    Trump), or the full name owned when a given name follows ("Acme's Mara Velt" is Mara Velt)."""
    for at in range(start + 1, end - 1):
        if doc[at].lower_ in POSSESSIVE_S:
            return (at + 1, end) if names.is_given_name(doc[at + 1].text) else (start, at)
    return start, end


HYPHEN_SYLLABLE = 4  # letters of a syllable after a hyphen in a given name: "Jae-in", "Moo-hyun"


def extend_hyphenated_name(doc: Doc, start: int, end: int) -> int:
    """Take in the rest of a hyphenated given name the model cut at the hyphen ("Moon Jae" of "Moon
    Jae-in", "Kim Jong" of "Kim Jong-un"): a full name whose last word, a short syllable, runs on
    through a hyphen into a short lower-case syllable that is no word of the dictionary ("Donald
    Trump-era" and "Joe Biden-led" stay as they are)."""
    if end - start < 2 or end + 1 >= len(doc):
        return end
    last, hyphen, tail = doc[end - 1], doc[end], doc[end + 1]
    if last.whitespace_ or hyphen.text != "-" or hyphen.whitespace_ and tail.i == hyphen.i + 1:
        return end
    if not (last.is_title and last.is_alpha and len(last.text) <= HYPHEN_SYLLABLE):
        return end
    if not (tail.is_lower and tail.is_alpha and len(tail.text) <= HYPHEN_SYLLABLE):
        return end
    if len(tail.text) > 2 and tail.lower_ in dictionary.common_words():
        return end
    return end + 2


def in_hyphen_chain(doc: Doc, start: int, end: int) -> bool:
    """ "Mar" of "Mar-a-Lago": an entity inside a word whose parts, joined by hyphens, run on two
    or more parts beyond it is a piece of that compound (a place's or a thing's name), no one's
    name; one part more ("Trump-era", "Jae-in", "Harris-Perry") does not count."""
    outside = 0
    i = start
    while i >= 2 and _hyphen_joins(doc, i - 2, i):
        outside, i = outside + 1, i - 2
    j = end - 1
    while j + 2 < len(doc) and _hyphen_joins(doc, j, j + 2):
        outside, j = outside + 1, j + 2
    return outside >= 2


def _hyphen_joins(doc: Doc, left: int, right: int) -> bool:
    """``doc[left]`` "-" ``doc[right]`` written as one word."""
    hyphen = doc[left + 1]
    return hyphen.text == "-" and not doc[left].whitespace_ and not hyphen.whitespace_ and doc[right].is_alpha
