"""Speakers: who a speaker mention refers to, from what the article has said so far.

A per-article table (``Article``) holds the people named outside quotations, the roles introduced
next to their names ("Marta Solis, the trade minister"), genders learnt from honorifics, roles and
pronouns, and the salient subjects in article order. ``resolve`` turns a speaker token (a name, a
pronoun, "the minister", "the company", an organisation) into a name or None, never a guess.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .quote_marks import PARAGRAPH_BREAK, doc_text, lexicon

SPEECH_VERBS = frozenset(lexicon("speech_verbs.txt"))
CUE_VERBS = SPEECH_VERBS | frozenset(lexicon("quote_cue_verbs.txt"))
SPEECH_NOUNS = frozenset(lexicon("speech_nouns.txt"))
ROLES = frozenset(lexicon("roles.txt"))
ROLE_WORDS = frozenset(word for role in ROLES for word in role.split())
HONORIFICS = frozenset(lexicon("honorifics.txt"))
ROLE_ABBREVIATIONS = dict(line.split(maxsplit=1) for line in lexicon("role_abbreviations.txt"))
ORG_NOUNS = frozenset(lexicon("org_nouns.txt"))
ORG_NAME_ENDINGS = frozenset(lexicon("org_name_endings.txt")) | ORG_NOUNS
GROUP_PLURAL = re.compile(r"^[A-Z][a-z]+(?:ers|ors|ists|ians|ants|ents)$")  # Exporters, Analysts
PLACING_PREPOSITIONS = frozenset({"at", "for", "with"})  # "an economist at X" places a person

MALE_WORDS = frozenset({"mr.", "mr", "king", "prince", "sir", "lord"})
FEMALE_WORDS = frozenset({"mrs.", "mrs", "ms.", "ms", "miss", "queen", "princess", "dame"})
PRONOUN_GENDER = {"he": "m", "she": "f"}
UNNAMED_DETERMINERS = frozenset({"a", "an", "one", "another", "some", "several", "two", "three"})
SPEAKER_TYPES = ("PERSON", "ORG", "GPE", "NORP")
MISSED_NAME_TYPES = ("", "PRODUCT")  # labels the small model gives names it does not know
SUBJECT_DEPS = ("nsubj", "nsubjpass")
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
TITLE_POS = ("PROPN", "NOUN", "ADJ", "PART")
PRONOUN_LOOKBACK_PARAGRAPHS = 3  # a pronoun refers to someone named at most this many paragraphs back


@dataclass
class Speaker:
    name: str | None
    mention: Span | None
    type: str | None


@dataclass
class Article:
    """What the article has said so far about people: names, roles, salient subjects."""

    doc: Doc
    # surname or first name -> [(offset, name as written)] in article order
    full_names: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)  # full name -> "m" | "f"
    roles: list[tuple[int, str, frozenset[str]]] = field(default_factory=list)  # (offset, name, words)
    subjects: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name) in order
    sentence_starts: list[int] = field(default_factory=list)
    paragraph_starts: list[int] = field(default_factory=list)
    # offsets of "the spokeswoman"-style mentions the role table could not resolve
    unresolved_roles: dict[int, str] = field(default_factory=dict)
    speech_cues: list[Token] = field(default_factory=list)  # speech verbs and "according", in order
    mentions: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name) of every person
    headlines: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of title lines
    # (offset, name) of organisations that may be "the company": named outside headlines and not
    # only as someone's workplace
    organisations: list[tuple[int, str]] = field(default_factory=list)
    # offsets of subjects like "the minister" that more than one person could be
    unclear_subjects: list[int] = field(default_factory=list)


def _clean_name(span: Span) -> str:
    """A person's name as written, without honorifics, titles or a possessive ending."""
    tokens = [t for t in span if t.text not in ("'s", "’s", "'", "’")]
    while len(tokens) > 1 and tokens[0].lower_ in HONORIFICS | {"the"}:
        tokens.pop(0)
    while len(tokens) > 2 and tokens[0].lower_ in ROLE_WORDS:  # "Goalkeeper Ines Farrow"
        tokens.pop(0)
    # spacing as written: "Castro-Montes", not "Castro - Montes"
    return " ".join("".join(t.text_with_ws for t in tokens).split()).strip(" ,")


def read_article(doc: Doc, inside) -> Article:
    """Build the per-article tables the resolvers look things up in (quoted words excluded)."""
    article = Article(
        doc,
        sentence_starts=[s.start_char for s in doc.sents],
        paragraph_starts=[0] + [m.end() for m in PARAGRAPH_BREAK.finditer(doc_text(doc))],
    )
    # One pass over the tokens collects everything the rules below look at.
    subjects: list[Token] = []
    appositives: list[Token] = []
    aged: set[str] = set()  # names followed by an age: "Donnelly, 41," is a person
    for token in doc:
        dep = token.dep_
        if dep in SUBJECT_DEPS:
            subjects.append(token)
        elif dep == "appos":
            appositives.append(token)
        if is_cue(token, SPEECH_VERBS):
            article.speech_cues.append(token)
        elif token.pos_ == "PROPN" and _has_age_after(token):
            aged.add(token.lower_)
    headlines = article.headlines = _headline_ranges(doc_text(doc))
    article.organisations = _organisations(article, subjects, aged)
    people = [e for e in doc.ents if e.label_ == "PERSON" or e.label_ == "ORG" and e[-1].lower_ in aged]
    people += _untagged_names(subjects + appositives)
    people = sorted(
        (p for p in people if not any(a <= p.start_char < b for a, b in headlines)), key=lambda p: p.start
    )
    for ent in people:
        name = _clean_name(ent)
        parts = name.split()
        if not parts:
            continue
        for key in {parts[-1].lower(), parts[0].lower()}:
            article.full_names.setdefault(key, []).append((ent.start_char, name))
    for ent in people:
        if not inside(ent.start_char):
            _note_person(article, ent)
    # Surnames the entity recogniser missed still make their bearer salient ("Okafor apologized").
    for token in subjects:
        if (
            token.pos_ == "PROPN"
            and token.ent_type_ != "PERSON"
            and token.lower_ in article.full_names
            and is_main_or_speech_verb(token.head)
            and not inside(token.idx)
        ):
            insort(article.subjects, (token.idx, _full_name(article, token.text, token.idx)))
        elif (
            token.tag_ == "NN"
            and _is_role(token)
            and is_main_or_speech_verb(token.head)
            and not inside(token.idx)
        ):  # "The judge rejected that argument." makes the judge salient
            holders = _role_holders(article, token, _noun_phrase(token))
            if len(holders) == 1:
                insort(article.subjects, (token.idx, holders.pop()))
            elif holders:  # "The minister ..." with two ministers: a "she" after it is unclear
                article.unclear_subjects.append(token.idx)
    # He/she as the main subject outside quotations teaches the names' genders ("He was 89."); an
    # embedded "he" ("told Perrin that he had ...") is too ambiguous to learn from.
    for token in subjects:
        # "..., he says, with ...": a parenthetical attribution is not embedded either
        main_clause = token.head.dep_ in ("ROOT", "parataxis")
        if token.lower_ in PRONOUN_GENDER and main_clause and not inside(token.idx):
            name = _pronoun_antecedent(article, token)
            if name:
                insort(article.subjects, (token.idx, name))
    return article


def _headline_ranges(text: str) -> list[tuple[int, int]]:
    """Title-case lines without final punctuation: a headline's "Leader Vows" is not a person."""
    ranges = []
    start = 0
    for line in text.split("\n"):
        words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
        stripped = line.rstrip()
        if words and not stripped.endswith((".", "?", "!", '"', "”", ":")):
            if sum(w[0].isupper() for w in words) >= 0.6 * len(words):
                ranges.append((start, start + len(line)))
        start += len(line) + 1
    return ranges


def _untagged_names(candidates: list[Token]) -> list[Span]:
    """Two- or three-word proper names the entity recogniser missed, as subjects or appositives."""
    found = []
    for token in candidates:
        if token.pos_ != "PROPN" or token.ent_type_ == "PERSON":
            continue
        if token.ent_type_ not in MISSED_NAME_TYPES and not _names_a_role_holder(token):
            continue
        doc = token.doc
        start = token.i
        while (
            start > 0
            and token.i - start < 2
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].ent_type_ in (*MISSED_NAME_TYPES, token.ent_type_)
        ):
            start -= 1
        while token.i - start >= 2 and doc[start].lower_ in ROLE_WORDS | HONORIFICS:
            start += 1  # "Goalkeeper Ines Farrow": the title is not part of the name
        span = doc[start : token.i + 1]
        words = {t.lower_ for t in span}
        if len(span) >= 2 and all(t.is_title and t.is_alpha for t in span):
            if not words & (ROLE_WORDS | ORG_NOUNS | HONORIFICS):
                found.append(Span(doc, span.start, span.end, label="PERSON"))
    return found


def _has_age_after(token: Token) -> bool:
    """'Donnelly, 41, grew up ...': a name followed by an age between commas."""
    doc = token.doc
    if token.i + 3 >= len(doc) or doc[token.i + 1].text != "," or doc[token.i + 3].text != ",":
        return False
    age = doc[token.i + 2].text
    return age.isdigit() and 0 < int(age) < 120


def _organisations(article: Article, subjects: list[Token], people: set[str]) -> list[tuple[int, str]]:
    """Organisations "the company" may refer to: ORG entities outside headlines that do not just
    place a person ("an analyst at X"), and subject names ending like one ("Corvin Pharmaceuticals
    is recalling") that the entity recogniser missed."""
    found = []
    for ent in article.doc.ents:
        if _in_headline(article, ent.start_char):
            continue
        if ent.label_ != "ORG" and not (ent.label_ == "PERSON" and ent[-1].lower_ in ORG_NAME_ENDINGS):
            continue
        if ent[-1].lower_ in people:  # "Maeve Donnelly" labelled ORG, but "Donnelly, 41,"
            continue
        root = ent.root
        if root.dep_ == "pobj" and root.head.lower_ in PLACING_PREPOSITIONS:
            continue
        employee = root.head.head
        works_there = employee.ent_type_ == "PERSON"
        if root.dep_ == "pobj" and root.head.lower_ == "of" and works_there:
            continue  # "Rohit Menon of Castlegate Capital", "the chief executive of X"
        found.append((ent.start_char, _org_name(ent)))
    for token in subjects:
        if token.pos_ != "PROPN" or token.ent_type_ not in MISSED_NAME_TYPES:
            continue
        if token.lower_ not in ORG_NAME_ENDINGS or _in_headline(article, token.idx):
            continue
        start = token.i
        while start > 0 and token.i - start < 3 and token.doc[start - 1].pos_ == "PROPN":
            start -= 1  # the name's first words, even where the parse split them off
        if start < token.i:
            span = token.doc[start : token.i + 1]
            found.append((span.start_char, _org_name(span)))
    return sorted(found)


def _names_a_role_holder(token: Token) -> bool:
    """A proper name in apposition with a person's role ("Valentina Ortuzar, Chile's trade
    minister" / "the minister, Valentina Ortuzar") names a person, whatever label the model gave."""
    if token.dep_ == "appos" and token.head.pos_ == "NOUN" and _is_role(token.head):
        return True
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and _is_role(c) for c in token.children)


def _full_name(article: Article, name: str, offset: int, gender: str | None = None) -> str:
    """The fullest form of a name the article has used so far ("Okafor" -> "Denise Okafor").

    Names introduced before the mention win over later ones, so a family member named later
    ("Celia Bellamy") does not take over an earlier bare surname; among equals the earliest wins.
    """
    words = [w.lower() for w in name.split()]
    if not words:
        return name
    known = article.full_names.get(words[-1], []) + article.full_names.get(words[0], [])
    fits = [(o, n) for o, n in known if set(words) <= {w.lower() for w in n.split()}]
    if gender:  # "Ms. Bellamy" is not the Arturo Bellamy the article called "he"
        fits = [(o, n) for o, n in fits if article.genders.get(n, gender) == gender]
    pool = [(o, n) for o, n in fits if o <= offset] or fits
    if not pool:
        return name
    known = [(o, n) for o, n in pool if gender and article.genders.get(n) == gender]
    return min(known or pool, key=lambda item: (-len(item[1].split()), item[0]))[1]


def _note_person(article: Article, ent: Span) -> None:
    """Record a person's roles (appositive, title before the name), gender cues and salience."""
    doc = article.doc
    name = _full_name(article, _clean_name(ent), ent.start_char, _honorific_gender(ent))
    root = ent.root
    role_words: list[str] = []
    # Title words before the name: "Chilean President Marta Solis", "spokesman Tom Becker".
    i = ent.start - 1
    while i >= 0 and i >= ent.start - 7:
        tok = doc[i]
        if tok.ent_type_ == "PERSON" or tok.pos_ not in TITLE_POS and tok.text != "of":
            break
        role_words.append(tok.lower_)
        i -= 1
    # Appositive either way: "Tom Becker, the spokesman," / "the spokesperson, Liang Wei".
    for child in root.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON":
            role_words += [t.lower_ for t in child.subtree if not t.is_punct]
    if root.dep_ == "appos" and root.head.ent_type_ != "PERSON":
        head = root.head
        role_words += [t.lower_ for t in doc[head.left_edge.i : head.i + 1]]
    words = frozenset(ROLE_ABBREVIATIONS.get(w, w) for w in role_words if w not in ("'s", "’s"))
    if words & ROLE_WORDS:
        article.roles.append((ent.start_char, name, words))
    if name not in article.genders:
        for word in words | {doc[ent.start - 1].lower_ if ent.start else ""}:
            if word in FEMALE_WORDS or word.endswith("woman") and word in ROLE_WORDS:
                article.genders[name] = "f"
            elif word in MALE_WORDS or word.endswith("man") and word in ROLE_WORDS:
                article.genders[name] = "m"
    if root.dep_ not in ("compound", "poss", "nmod", "amod"):  # not "the Solis administration"
        article.mentions.append((ent.start_char, name))
    subject = root.head if root.dep_ == "appos" else root
    if subject.dep_ in SUBJECT_DEPS and is_main_or_speech_verb(subject.head):
        article.subjects.append((ent.start_char, name))


def is_main_or_speech_verb(verb: Token) -> bool:
    """Subjects of these verbs are salient: the sentence's main clause, or a speech verb."""
    if verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT" or verb.lemma_.lower() in SPEECH_VERBS


def _entity_span(token: Token) -> Span | None:
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def _noun_phrase(token: Token) -> Span:
    """The words of a speaker mention up to its head: "the Chilean president", "Solis's adviser"."""
    doc = token.doc
    start = token.left_edge.i
    while start < token.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start : token.i + 1]


def resolve(article: Article, token: Token) -> Speaker:
    """Who a speaker token refers to, using the article's earlier names, roles and subjects."""
    partner = next((c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    if partner is not None and token.dep_ in SUBJECT_DEPS:
        return _joint_speaker(article, token, partner)
    return _resolve_one(article, token)


def _joint_speaker(article: Article, token: Token, partner: Token) -> Speaker:
    """'Brightwater Foods and Kestrel Brands said': two organisations speak together under both
    names; two people get no single speaker."""
    first, second = _resolve_one(article, token), _resolve_one(article, partner)
    mention = token.doc[_noun_phrase(token).start : partner.i + 1]
    if first.name and second.name and "ORG" in (first.type, second.type):
        return Speaker(f"{first.name} and {second.name}", mention, "ORG")
    return Speaker(None, mention, None)


def _resolve_one(article: Article, token: Token) -> Speaker:
    """One speaker token, resolved."""
    if token.pos_ == "PROPN" and token.ent_type_ != "PERSON" and _names_a_role_holder(token):
        span = _entity_span(token) or token.doc[token.i : token.i + 1]
        return Speaker(_full_name(article, _clean_name(span), span.start_char), span, "PERSON")
    for child in token.children:  # "a Foreign Ministry spokesperson, Liang Wei"; "her publisher, X"
        if child.dep_ != "appos" or token.ent_type_ == "PERSON" or not child.ent_type_:
            continue
        if any(c.dep_ == "case" for c in child.children):  # "X, Chile's minister": not Chile
            continue
        span = _entity_span(child)
        if child.ent_type_ == "PERSON" or (_is_role(token) and child.pos_ == "PROPN" and len(span) > 1):
            return Speaker(_full_name(article, _clean_name(span), span.start_char), span, "PERSON")
        if child.ent_type_ in SPEAKER_TYPES:
            return Speaker(_org_name(span), span, child.ent_type_)
    lower = token.lower_
    if token.pos_ == "PRON":
        if lower in PRONOUN_GENDER:
            return Speaker(_pronoun_antecedent(article, token), token.doc[token.i : token.i + 1], "PERSON")
        if lower == "it":  # "..., it said in a statement": the organisation just named
            name = _recent_organisation(article, token.idx)
            return Speaker(name, token.doc[token.i : token.i + 1], "ORG" if name else None)
        return Speaker(None, token.doc[token.i : token.i + 1], None)
    entity = _entity_span(token)
    organisation = _organisation_named_by(article, token, entity)
    if organisation:  # "Northfield said" after "Northfield Foods", whatever the label
        return Speaker(organisation, entity or token.doc[token.i : token.i + 1], "ORG")
    if entity is not None and entity.label_ == "PERSON":
        name = _full_name(article, _clean_name(entity), entity.start_char, _honorific_gender(entity))
        return Speaker(name, entity, "PERSON")
    if (
        token.pos_ == "PROPN"
        and lower in article.full_names
        and entity is None
        or (entity is not None and len(entity) == 1 and lower in article.full_names)
    ):
        span = entity or token.doc[token.i : token.i + 1]
        name = _full_name(article, token.text, token.idx, _honorific_gender(span))
        return Speaker(name, span, "PERSON")
    if entity is not None and entity.label_ in SPEAKER_TYPES:
        return Speaker(_introduced_org(article, entity), entity, entity.label_)
    if entity is not None and token.pos_ == "PROPN" and entity.label_ in ("FAC", "PRODUCT", "LOC"):
        return Speaker(_org_name(entity), entity, None)  # a named body the model mislabelled
    phrase = _noun_phrase(token)
    if (
        token.pos_ == "PROPN"
        and token.ent_type_ == ""
        and len(phrase) == 1
        and GROUP_PLURAL.search(token.text)
    ):
        return Speaker(None, phrase, None)  # "Exporters warned ...": a sentence-initial group noun
    if token.pos_ == "PROPN" and token.ent_type_ == "" and not token.is_lower:  # "ministry" is no name
        return Speaker(_clean_name(phrase), phrase, "PERSON")
    if _is_role(token):
        return Speaker(_role_holder(article, token, phrase), phrase, "PERSON")
    if lower in ORG_NOUNS or token.lemma_.lower() in ORG_NOUNS:
        return Speaker(_organisation(article, token, phrase), phrase, "ORG")
    return Speaker(None, phrase, None)


def _organisation_named_by(article: Article, token: Token, entity: Span | None) -> str | None:
    """The organisation a lone proper noun shortens ("Northfield" -> "Northfield Foods"), unless a
    person of that name was introduced."""
    if (
        token.pos_ != "PROPN"
        or (entity is not None and len(entity) > 1)
        or any(o < token.idx for o, _ in article.full_names.get(token.lower_, []))
    ):
        return None
    prefix = token.text + " "
    named = [n for o, n in article.organisations if o < token.idx and n.startswith(prefix)]
    return named[-1] if named else None


def _honorific_gender(name: Span) -> str | None:
    """'m' or 'f' from "Mr."/"Ms." just before or at the start of a name."""
    first = name.doc[name.start - 1] if name.start else name[0]
    for word in (first.lower_, name[0].lower_):
        if word in MALE_WORDS:
            return "m"
        if word in FEMALE_WORDS:
            return "f"
    return None


def _is_role(token: Token) -> bool:
    return token.lower_ in ROLE_WORDS or token.lemma_.lower() in ROLE_WORDS


def _pronoun_antecedent(article: Article, pronoun: Token) -> str | None:
    """The most recent compatible person who was a subject or speaker in the sentences before."""
    gender = PRONOUN_GENDER[pronoun.lower_]
    # Nearest first: a subject in this or the previous sentence, else the only person named there
    # ("Enter Ms. Jones - ... . 'I ...,' she wrote."), else an older subject.
    sentence_index = bisect_right(article.sentence_starts, pronoun.idx) - 1
    recent = article.sentence_starts[max(0, sentence_index - 1)]
    unclear = [o for o in article.unclear_subjects if recent <= o < pronoun.idx]
    for offset, name in reversed(article.subjects):
        if recent <= offset < pronoun.idx and article.genders.get(name, gender) == gender:
            if any(o > offset for o in unclear):
                return None  # "The minister [one of two] played down ... she said": no guess
            article.genders.setdefault(name, gender)
            return name
    if unclear:
        return None
    named = {n for o, n in article.mentions if recent <= o < pronoun.idx}
    named = {n for n in named if article.genders.get(n, gender) == gender}
    if len(named) == 1:
        return named.pop()
    paragraph_index = bisect_right(article.paragraph_starts, pronoun.idx) - 1
    horizon = article.paragraph_starts[max(0, paragraph_index - PRONOUN_LOOKBACK_PARAGRAPHS)]
    for offset, name in reversed(article.subjects):
        if offset >= pronoun.idx or offset < horizon:
            continue
        if article.genders.get(name, gender) == gender:
            article.genders.setdefault(name, gender)
            return name
    return None


def _role_holder(article: Article, head: Token, phrase: Span) -> str | None:
    """The person introduced earlier with this role; None for unnamed or ambiguous sources."""
    holders = _role_holders(article, head, phrase)
    return holders.pop() if len(holders) == 1 else None


def _role_holders(article: Article, head: Token, phrase: Span) -> set[str]:
    """Everyone introduced earlier with this role ("the minister"), narrowed to the one who was
    speaking or acting in the sentence before when several fit."""
    first = phrase[0].lower_
    if first in UNNAMED_DETERMINERS or head.tag_ in ("NNS", "NNPS"):
        return set()
    wanted = {t.lower_ for t in phrase if t.lower_ not in ("the", "'s", "’s", "this", "that")}
    wanted |= {t.lemma_.lower() for t in phrase if t.pos_ == "PROPN"}
    holders = {
        name
        for offset, name, words in article.roles
        if offset < head.idx and head.lower_ in words and wanted <= (words | {head.lower_})
    }
    if len(holders) > 1:  # two ministers: the one who was speaking or acting just before
        sentence_index = bisect_right(article.sentence_starts, head.idx) - 1
        recent = article.sentence_starts[max(0, sentence_index - 1)]
        latest = [name for offset, name in article.subjects if recent <= offset < head.idx]
        holders = {latest[-1]} if latest and latest[-1] in holders else holders
    return holders


def _organisation(article: Article, head: Token, phrase: Span) -> str | None:
    """'the ministry' -> the most recent organisation named with that word; 'the company' -> the
    most recent organisation in the last paragraphs; 'the transit authority' -> as written."""
    if head.tag_ in ("NNS", "NNPS"):
        return None
    possessor = phrase[0]
    if len(phrase) > 2 and (possessor.pos_ == "PROPN" or possessor.ent_type_) and phrase[1].dep_ == "case":
        return phrase.text  # "Chile's central bank": the bank, as written (never "Chile")
    if phrase[0].lower_ not in ("the", "its", "their"):
        return None
    word = head.lemma_.lower()
    earlier = [(o, n) for o, n in article.organisations if o < phrase.start_char]
    for _, name in reversed(earlier):
        if word in name.lower():
            return name
    if len(phrase) > 2 or (len(phrase) == 2 and phrase[0].lower_ != "the"):
        return None if phrase[0].lower_ != "the" else doc_text(head.doc)[phrase[1].idx : phrase.end_char]
    paragraph = bisect_right(article.paragraph_starts, head.idx) - 1
    return _recent_organisation(article, head.idx, article.paragraph_starts[max(0, paragraph - 2)])


def _recent_organisation(article: Article, offset: int, horizon: int | None = None) -> str | None:
    """'the company' (organisations named since ``horizon`` or more than once) and 'it' (no
    horizon: organisations named in this or the previous sentence): the one named most often so
    far, then the first named (the story's own company, not the regulator it quotes)."""
    earlier = [(o, n) for o, n in article.organisations if o < offset]
    first_words = [n.split()[0].lower() for _, n in earlier]
    if horizon is None:
        sentence = bisect_right(article.sentence_starts, offset) - 1
        since = article.sentence_starts[max(0, sentence - 1)]
        candidates = [(o, n) for o, n in earlier if o >= since]
    else:
        candidates = [
            (o, n) for o, n in earlier if o >= horizon or first_words.count(n.split()[0].lower()) > 1
        ]
    if not candidates:
        return None
    return min(candidates, key=lambda item: (-first_words.count(item[1].split()[0].lower()), item[0]))[1]


def _in_headline(article: Article, offset: int) -> bool:
    return any(a <= offset < b for a, b in article.headlines)


def _introduced_org(article: Article, entity: Span) -> str:
    """An organisation under the name the article introduced: "FDA" -> "Food and Drug
    Administration" (initials), "Corvin" -> "Corvin Pharmaceuticals" (first words)."""
    name = _org_name(entity)
    for ent in article.doc.ents:
        if ent.start_char >= entity.start_char:
            break
        if ent.label_ != entity.label_ or _in_headline(article, ent.start_char):
            continue
        full = _org_name(ent)
        initials = "".join(w[0] for w in full.split() if w[0].isupper())
        if (name.isupper() and len(name) > 1 and initials == name) or full.startswith(name + " "):
            return full
    for offset, full in article.organisations:  # whatever label the model gave the first mention
        if offset < entity.start_char and full.startswith(name + " "):
            return full
    return name


def _org_name(span: Span) -> str:
    """An organisation or place as written, without a leading 'the'."""
    words = span.text.split()
    if len(words) > 1 and words[0].lower() == "the":
        words.pop(0)
    return " ".join(words)


def is_cue(token: Token, verbs: frozenset[str]) -> bool:
    if token.lower_ == "according":
        return any(c.lower_ == "to" for c in token.children)
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in verbs
