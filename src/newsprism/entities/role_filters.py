"""Roles that are no roles: the filter ``mention_roles`` applies to what it found.

A role is the narrator's plain descriptor of the person named. It is not one when it holds the
person's own name ("Clinton’s longtime adviser Sidney Blumenthal"), speaks to someone ("thanks so
much for being with us") or judges ("eccentric candidate", "pet candidate"; ``role_chat_words``
and ``role_judging_words`` in person_name_repair.yaml), when it stands inside quotation marks (the
speaker's words: "“Our very weak and ineffective leader, Paul Ryan, ...”"; a bare title such as
"President" and a title written before the name stay), or when a lower-case title follows a
copula and so is its subject's ("Chad Wolf becomes acting DHS secretary Schumer blocks ...",
"Trump is an eccentric candidate, Clinton ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsprism.nlp import lexicon
from newsprism.nlp.document_memo import sentence_of
from newsprism.people import dictionary, names, role_words
from newsprism.people.dictionary import common_words

_WORD = re.compile(r"[A-Za-z’']+")
_SKIPPED_BEFORE_TITLE = {"DET", "ADV", "ADJ", "VERB"}  # "becomes acting DHS secretary", "is an"


def _words(key: str) -> frozenset[str]:
    return frozenset(lexicon.rules("person_name_repair.yaml").get(key, []))


def quoted(doc: Doc, i: int) -> bool:
    """Whether token ``i`` stands inside quotation marks within its sentence."""
    sent = sentence_of(doc[i])
    opens = closes = straight = 0
    for token in doc[sent.start : i]:
        text = token.text
        opens += text.count("“")
        closes += text.count("”")
        straight += text.count('"')
    if opens > closes:
        return True
    if straight % 2:  # an opening straight mark only when another one follows in the sentence
        return any('"' in t.text for t in doc[i + 1 : sent.end])
    if opens or closes or straight:
        return False
    for token in doc[i + 1 : sent.end]:  # the sentence starts inside a quotation: a closing mark first
        if "“" in token.text:
            return False
        if "”" in token.text:
            return True
    return False


def after_copula(doc: Doc, first: int) -> bool:
    """A lower-case title starting at ``first`` whose words before are a copula ("is an", "becomes
    acting"): the title is said of the copula's subject, not of the name after it."""
    if first <= 0:
        return False
    copulas = _words("role_copulas")
    i = first - 1
    for _ in range(3):
        if i < 0:
            return False
        token = doc[i]
        if token.lemma_ in copulas and token.pos_ in ("AUX", "VERB"):
            return named_subject(token)
        if token.pos_ not in _SKIPPED_BEFORE_TITLE or token.lemma_ in copulas:
            return False
        i -= 1
    return False


def named_subject(verb: Token) -> bool:
    """The clause of ``verb`` (a copula, or its auxiliary) has a name for subject ("Trump is ...");
    "Before he was elected president, Trump ..." says the title of the name that follows."""
    if verb.dep_ in ("aux", "auxpass"):
        verb = verb.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in verb.children)


def no_role(role: str, name: str) -> bool:
    """A role holding the person's own name, speaking to someone or judging."""
    words = _WORD.findall(role)
    lower = [w.lower() for w in words if not w.isupper()]  # "US" is no "us"
    if set(lower) & _words("role_chat_words"):
        return True
    if set(lower) & _words("role_judging_words"):
        return True
    if _counts_people(lower):
        return True
    if len(words) >= 3 and _full_name(words):
        return True  # "Clinton’s longtime adviser Sidney Blumenthal": a role never ends in a name
    own = {w for w in _WORD.findall(name) if len(w) > 2 and w[0].isupper()}
    return bool(own) and own <= set(words)  # "adviser Sidney Blumenthal"; "Trump’s son", "Trump aide" keep


def _counts_people(lower: list[str]) -> bool:
    """ "last two candidates in the primary race", "at least one lawmaker": a group or a count of
    people, not one person's post (a count before a plural noun, or a quantity opener)."""
    counts, times = _words("role_group_counts"), _words("role_count_time_nouns")
    for i, (word, after) in enumerate(zip(lower, lower[1:], strict=False)):
        partitive = i > 0 and lower[i - 1] == "of"
        if word in counts and after.endswith("s") and len(after) > 3 and after not in times and not partitive:
            return True
    opening = " ".join(lower[:3])
    return any(opening.startswith(f"{opener} ") for opener in _words("role_quantity_openers"))


def _full_name(words: list[str]) -> bool:
    """A one-word title, then two capitalised words no title holds, a surname no common word or a given name
    ("adviser Sidney Blumenthal", "Secretary of State Mike Pompeo"): a name after the title."""
    title, given, last = words[-3:]
    pair = (given, last)
    return (
        title.islower()
        and title in role_words.titles()
        and all(w[:1].isupper() and w.lower() not in role_words.title_words() for w in pair)
        and (last.lower() not in common_words() or names.given_name_gender(given) is not None)
    )


def past_tense_verb(word: str) -> bool:
    """ "jabbed", "blasted": a verb's "-ed" form (irregularly spelt, or a known verb plus "-d"/"-ed")
    that the tagger took for a noun before a title ("X jabbed House Speaker Y"): the clause's verb,
    never a title's first word ("retired", "elected" are no tagger's nouns there)."""
    low = word.lower()
    if not low.isalpha() or not low.endswith("ed") or low in role_words.title_words():
        return False
    if dictionary.is_inflected_verb(low):
        return True
    return len(low) >= 5 and any(dictionary.is_verb(low[:-n]) for n in (1, 2))


def title_start(doc: Doc, first: int, start: int) -> int:
    """Where a title written before a name (tokens ``first`` .. ``start``) starts once the words that
    are no part of the office are left out: a lower-case evaluative opener ("poor President X",
    ``role_evaluative_openers``; "somber House Speaker": ``_judging_lead_end``), a name the title's
    first word is the tail of (the whole committee "House Ways and Means Committee Chairman", not
    "Means Committee Chairman"; a headline's "On Protecting An Independent Judiciary" before
    "Justice" is left out), and a programme's name before a capitalised title ("The Civic Podcast
    Justice X", ``role_programme_nouns``)."""
    openers = _words("role_evaluative_openers")
    while first < start and doc[first].is_lower and doc[first].lower_ in openers:
        first += 1
    if first < start and doc[first].is_lower:
        first = _judging_lead_end(doc, first, start)  # "somber House Speaker"
    first = _whole_name_start(doc, first, start)
    if first < start and doc[start - 1].text[:1].isupper():
        programmes = _words("role_programme_nouns")
        after = [k + 1 for k in range(first, start - 1) if doc[k].lower_ in programmes]
        first = after[-1] if after else first
    return first


def _whole_name_start(doc: Doc, first: int, start: int) -> int:
    """A title whose first word is inside a name the model found ("Means" of "House Ways and Means
    Committee"): the title starts with the name when the name's earlier words are capitalised words
    or "and" in the title's sentence and the name ends in an organisation noun (the office's body);
    when other words are in it ("On Protecting An Independent Judiciary") the name is another
    thing's, and the title starts after it."""
    token = doc[first] if first < start else None
    if token is None or token.ent_iob_ != "I":
        return first
    begin = first
    while begin > 0 and doc[begin].ent_iob_ == "I":
        begin -= 1
    while begin < first and doc[begin].dep_ == "det":  # "the House Ways and Means Committee"
        begin += 1
    earlier = doc[begin:first]
    capitalised = [t for t in earlier if t.lower_ not in ("and", "&")]
    end = first
    while end < start and doc[end].ent_iob_ == "I":
        end += 1
    if all((t.is_title or t.is_upper) and t.pos_ == "PROPN" for t in capitalised):
        body = doc[end - 1].lower_ in role_words.org_nouns()  # "... Committee": the office's body
        whole = body and token.ent_type_ != "PERSON" and sentence_of(token).start <= begin
        return begin if whole else first  # "Trump and National Security Adviser": as it was
    phrase = any(t.pos_ == "DET" or t.is_lower for t in capitalised)  # "On Protecting An ..."
    return end if phrase else first


def lower_title(role: str) -> bool:
    """A title written lower case at its end ("DHS secretary"), not an office's "Sen."."""
    last = role.split()[-1] if role.split() else ""
    return last.islower()


def bare_title(role: str) -> bool:
    """A title alone ("President", "Sen."), which a quotation names as the narrator would."""
    return role.lower() in role_words.titles()


@lru_cache(maxsize=1)
def _evaluative_words() -> frozenset[str]:
    return frozenset(line.split("\t")[0].lower() for line in lexicon.lines("evaluative_words.tsv"))


def _judging_lead_end(doc: Doc, first: int, start: int) -> int:
    """Past a lower-case judging word opening a title: a word of the evaluative lexicon
    (``evaluative_words.tsv``) before a capitalised title ("somber House Speaker"), or a compound of
    three or more hyphened words holding one ("certain-sore-loser candidate"); ``first`` when none
    ("special counsel" keeps its word: the title after it is in lower case)."""
    judging = _evaluative_words()
    end = first
    while (
        end + 2 < start
        and doc[end + 1].text == "-"
        and not doc[end].whitespace_
        and not doc[end + 1].whitespace_
    ):
        end += 2  # "certain" "-" "sore" "-" "loser": one compound
    words = [t.lower_ for t in doc[first : end + 1] if t.text != "-"]
    if len(words) >= 3 and any(w in judging for w in words):
        return end + 1
    if len(words) == 1 and words[0] in judging and first + 1 < start and doc[first + 1].text[:1].isupper():
        return first + 1
    return first
