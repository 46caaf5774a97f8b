"""Speakers: who a speaker mention refers to, from what the article has said so far.

``resolve`` turns a speaker token (a name, a pronoun, "the minister", "the company", an
organisation, "X and Y") into a name or None, never a guess, using the table that
``article_people`` builds; ``read_article`` builds that table and marks who is salient.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsprism.people.article import (
    GROUP_PLURAL,
    ORG_NAME_ENDINGS,
    ORG_NOUNS,
    PRONOUN_GENDER,
    PRONOUN_LOOKBACK_PARAGRAPHS,
    ROLE_WORDS,
    SPEAKER_TYPES,
    SUBJECT_DEPS,
    UNNAMED_DETERMINERS,
    ArticlePeople,
    clean_name,
    entity_span,
    fits_gender,
    full_name,
    gender_of,
    honorific_gender,
    hyphenated_word,
    in_headline,
    is_main_or_speech_verb,
    is_role,
    names_a_role_holder,
    noun_phrase,
    org_name,
    read_people,
    role_words,
)
from newsprism.quotes.marks import doc_text

TOWN_NOUNS = frozenset({"city", "town", "village", "borough"})  # "the city said": the dateline's
DATELINE_PLACE = re.compile(  # "ASHBY —", "DES MOINES, Iowa —", "BELOSK, Taravia (Wire) —"
    r"([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*)(?:, [^—–\n]{1,40}?)?\s*(?:\([^)]*\)\s*)?[—–-]"
)
GOVERNMENT_NOUNS = frozenset({"government", "cabinet"})  # a country's, whatever it was labelled
NAMING_VERBS = frozenset({"call", "know", "name"})  # "which calls itself X", "known as X"
DESCRIBING_DEPS = ("amod", "npadvmod", "advmod", "punct")  # "the Chicago-based", "the state-owned"


@dataclass
class Speaker:
    name: str | None
    mention: Span | None
    type: str | None


# The table read last, with its doc: the events stage names its actors with it instead of reading
# the same article again (one slot: stages run article by article).
_LAST_READ: list = [None, None]


def last_read(doc: Doc) -> ArticlePeople | None:
    """The table ``read_article`` built last, if it was for this very doc."""
    return _LAST_READ[1] if _LAST_READ[0] is doc else None


def read_article(doc: Doc, inside) -> ArticlePeople:
    """The per-article table the resolvers look things up in, with salient subjects filled in."""
    article, subjects = read_people(doc, inside)
    _LAST_READ[:] = [doc, article]
    # Surnames the entity recogniser missed still make their bearer salient ("Okafor apologized").
    for token in subjects:
        if (
            token.pos_ == "PROPN"
            and token.ent_type_ != "PERSON"
            and hyphenated_word(token).lower() in article.full_names
            and is_main_or_speech_verb(token.head)
            and not inside(token.idx)
        ):
            insort(article.subjects, (token.idx, full_name(article, hyphenated_word(token), token.idx)))
        elif (
            token.tag_ == "NN"
            and is_role(token)
            and is_main_or_speech_verb(token.head)
            and not inside(token.idx)
        ):  # "The judge rejected that argument." makes the judge salient
            phrase = noun_phrase(token)
            holders = _role_holders(article, token, phrase)
            if len(holders) == 1:
                insort(article.subjects, (token.idx, holders.pop()))
            elif holders:  # "The minister ..." with two ministers: a "she" after it is unclear
                article.unclear_subjects.append(token.idx)
            elif phrase[0].lower_ in UNNAMED_DETERMINERS:  # "One engineer ... said": "she" is her
                article.unclear_subjects.append(token.idx)
    # "Donnelly shrugs at the praise.": a known name opening a sentence is its subject, however
    # the parse went (here a compound of "shrugs")
    for sentence in doc.sents:
        opener = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
        if opener is None or opener.dep_ in SUBJECT_DEPS or not opener.text[:1].isupper():
            continue
        written = hyphenated_word(opener)
        if opener.pos_ not in ("PROPN", "NOUN") or opener.ent_type_ not in ("", "PERSON", "ORG"):
            continue
        if written.lower() in article.full_names and opener.dep_ != "poss" and not inside(opener.idx):
            name = full_name(article, written, opener.idx)
            if " " in name:  # someone named in full before, not a brand the model took for a person
                insort(article.subjects, (opener.idx, name))
    # "Farrelly said agency staff would ...": a name right before a speech verb is its subject,
    # whatever the parse made of it
    for cue in article.speech_cues:
        named = doc[cue.i - 1] if cue.i > cue.sent.start else None
        if named is None or named.dep_ in SUBJECT_DEPS or inside(named.idx):
            continue
        if named.pos_ == "PROPN" and hyphenated_word(named).lower() in article.full_names:
            insort(article.subjects, (named.idx, full_name(article, hyphenated_word(named), named.idx)))
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


def resolve(article: ArticlePeople, token: Token) -> Speaker:
    """Who a speaker token refers to, using the article's earlier names, roles and subjects."""
    partner = next((c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    if partner is not None and token.dep_ in SUBJECT_DEPS:
        return _joint_speaker(article, token, partner)
    return _resolve_one(article, token)


def _joint_speaker(article: ArticlePeople, token: Token, partner: Token) -> Speaker:
    """'Brightwater Foods and Kestrel Brands said': two organisations speak together under both
    names; two people get no single speaker."""
    first, second = _resolve_one(article, token), _resolve_one(article, partner)
    mention = token.doc[noun_phrase(token).start : partner.i + 1]
    if first.name and second.name and "ORG" in (first.type, second.type):
        return Speaker(f"{first.name} and {second.name}", mention, "ORG")
    return Speaker(None, mention, None)


def _resolve_one(article: ArticlePeople, token: Token) -> Speaker:
    """One speaker token, resolved."""
    named = _name_of_role_beside(token)
    if named is not None:  # "Mirov, a military spokesman, Col. Ivo Brask, said": the spokesman
        return Speaker(full_name(article, clean_name(named), named.start_char), named, "PERSON")
    if token.pos_ == "PROPN" and token.ent_type_ != "PERSON" and names_a_role_holder(token):
        span = entity_span(token) or token.doc[token.i : token.i + 1]
        return Speaker(full_name(article, clean_name(span), span.start_char), span, "PERSON")
    for child in token.children:  # "a Foreign Ministry spokesperson, Liang Wei"; "her publisher, X"
        if child.dep_ != "appos" or token.ent_type_ in SPEAKER_TYPES or not child.ent_type_:
            continue  # "The Sunshine Fund, a super PAC,": the named body speaks, not its description
        if child.ent_type_ == "NORP":
            continue  # "Ostrowski, a Republican from Michigan,": a description, not the speaker
        if child.ent_type_ in ("GPE", "LOC") and token.text[:1].isupper():
            continue  # "Penrose, R-Ga.,": the name's state, not the speaker
        if any(c.dep_ == "case" for c in child.children):  # "X, Chile's minister": not Chile
            continue
        span = entity_span(child)
        if child.ent_type_ == "PERSON" or (is_role(token) and child.pos_ == "PROPN" and len(span) > 1):
            return Speaker(full_name(article, clean_name(span), span.start_char), span, "PERSON")
        if child.ent_type_ in SPEAKER_TYPES:
            return Speaker(org_name(span), span, child.ent_type_)
    lower = token.lower_
    if token.pos_ == "PRON" and not (token.text[:1].isupper() and lower in article.full_names):
        if lower in PRONOUN_GENDER:
            return Speaker(_pronoun_antecedent(article, token), token.doc[token.i : token.i + 1], "PERSON")
        if lower == "it":  # "..., it said in a statement": the organisation just named
            name = _recent_organisation(article, token.idx)
            return Speaker(name, token.doc[token.i : token.i + 1], "ORG" if name else None)
        return Speaker(None, token.doc[token.i : token.i + 1], None)
    if token.tag_ in ("NNS", "NNPS") and token.lemma_.lower() in ROLE_WORDS | ORG_NOUNS:
        return Speaker(None, noun_phrase(token), None)  # "Neighbors said", "Suppliers warned": a group
    entity = entity_span(token)
    organisation = _organisation_named_by(article, token, entity)
    if organisation:  # "Northfield said" after "Northfield Foods", whatever the label
        return Speaker(organisation, entity or token.doc[token.i : token.i + 1], "ORG")
    if entity is not None and entity.label_ == "PERSON":
        name = full_name(article, clean_name(entity), entity.start_char, honorific_gender(entity))
        return Speaker(name, entity, "PERSON")
    written = hyphenated_word(token)  # "Albrecht-Mensah", which the model may call an ORG
    if (
        (token.pos_ == "PROPN" or token.tag_ == "NN" and token.text[:1].isupper())  # "Penrow, R-Ga.,"
        and written.lower() in article.full_names
        and entity is None
        or (entity is not None and entity.text == written and written.lower() in article.full_names)
    ):
        span = entity or token.doc[token.i : token.i + 1]
        name = full_name(article, written, token.idx, honorific_gender(span))
        return Speaker(name, span, "PERSON")
    plural = token.tag_ in ("NNS", "NNPS") or (lower.endswith("s") and not lower.endswith("ss"))
    if entity is not None and entity.label_ == "NORP" and plural:
        return Speaker(None, entity, None)  # "Republicans said", "Ukrainians say": a group, unnamed
    if entity is not None and entity.label_ in SPEAKER_TYPES:
        return Speaker(_introduced_org(article, entity), entity, entity.label_)
    if entity is not None and token.pos_ == "PROPN" and entity.label_ in ("FAC", "PRODUCT", "LOC"):
        return Speaker(org_name(entity), entity, None)  # a named body the model mislabelled
    phrase = noun_phrase(token)
    if (
        token.pos_ == "PROPN"
        and token.ent_type_ == ""
        and len(phrase) == 1
        and GROUP_PLURAL.search(token.text)
    ):
        return Speaker(None, phrase, None)  # "Exporters warned ...": a sentence-initial group noun
    if token.pos_ == "PROPN" and token.ent_type_ == "" and not token.is_lower:  # "ministry" is no name
        return Speaker(clean_name(phrase), phrase, "PERSON")
    if is_role(token):
        named = _name_set_off_after(token) or _name_after_employer(article, token)
        if named is not None:  # "The compact's secretary-general, Marguerite Oyelaran, told"
            return Speaker(full_name(article, clean_name(named), named.start_char), named, "PERSON")
        return Speaker(_role_holder(article, token, phrase), phrase, "PERSON")
    if lower in ORG_NOUNS or token.lemma_.lower() in ORG_NOUNS:
        return Speaker(_organisation(article, token, phrase), phrase, "ORG")
    if lower in TOWN_NOUNS and len(phrase) == 2 and phrase[0].lower_ == "the":
        place = _dateline_place(article)  # "ASHBY — ... the city said": Ashby
        return Speaker(place, phrase, "GPE" if place else None)
    return Speaker(None, phrase, None)


def _dateline_place(article: ArticlePeople) -> str | None:
    """The place of the story's dateline ("ASHBY —", "DES MOINES, Iowa —"), as a name."""
    text = doc_text(article.doc)
    for start in article.paragraph_starts:
        if in_headline(article, start) or not text[start:].strip():
            continue
        found = DATELINE_PLACE.match(text, start)
        return " ".join(w.capitalize() for w in found.group(1).split()) if found else None
    return None


def _name_of_role_beside(token: Token) -> Span | None:
    """'PLACE, a ROLE, First Last,': the parse made the place the subject and hung the role on it,
    and the name on the role."""
    if token.ent_type_ == "PERSON" or token.pos_ != "PROPN":
        return None
    for role in (c for c in token.children if c.dep_ == "appos" and is_role(c)):
        for name in (c for c in role.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
            span = entity_span(name) or name.doc[name.i : name.i + 1]
            if span.label_ == "PERSON" or len(span) > 1:
                return span
    return None


def _name_after_employer(article: ArticlePeople, role: Token) -> Span | None:
    """'A spokesman for the governor, Piet Lobo,': the parse hangs the name on "the governor";
    it is the spokesman's unless the article gave that name the governor's role before."""
    for prep in role.children:
        for employer in (c for c in prep.children if prep.dep_ == "prep" and c.dep_ == "pobj"):
            for appos in employer.children:
                span = entity_span(appos) if appos.dep_ == "appos" else None
                if span is None or span.label_ != "PERSON":
                    continue
                name = full_name(article, clean_name(span), span.start_char)
                earlier = [(o, holder, words) for o, holder, words in article.roles if o < span.start_char]
                if not any(holder == name and employer.lower_ in words for _, holder, words in earlier):
                    return span
    return None


def _name_set_off_after(role: Token) -> Span | None:
    """'ROLE, First Last,' where the parse lost the apposition: two to four capitalised proper
    nouns between commas right after the role word."""
    doc, i = role.doc, role.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    end = i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end - i <= 4:
        end += 1
    if not 2 <= end - i - 1 <= 4 or end >= len(doc) or doc[end].text != ",":
        return None
    return doc[i + 1 : end]


def _organisation_named_by(article: ArticlePeople, token: Token, entity: Span | None) -> str | None:
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


def _pronoun_antecedent(article: ArticlePeople, pronoun: Token) -> str | None:
    """The most recent compatible person who was a subject or speaker in the sentences before;
    given names rule people out only while someone else remains."""
    return _antecedent(article, pronoun, given_names=True) or _antecedent(article, pronoun, given_names=False)


def _antecedent(article: ArticlePeople, pronoun: Token, given_names: bool) -> str | None:
    gender = PRONOUN_GENDER[pronoun.lower_]
    # Nearest first: a subject in this or the previous sentence, else the only person named there
    # ("Enter Ms. Jones - ... . 'I ...,' she wrote."), else an older subject.
    sentence_index = bisect_right(article.sentence_starts, pronoun.idx) - 1
    back = 1
    previous = article.sentence_starts[max(0, sentence_index - 1)]
    if not doc_text(pronoun.doc)[previous : previous + 1].isalnum():
        back = 2  # "Enter Ms. Jones — ... | — whose ...": the parse broke the sentence before at a dash
    recent = article.sentence_starts[max(0, sentence_index - back)]
    unclear = [o for o in article.unclear_subjects if recent <= o < pronoun.idx]
    for offset, name in reversed(article.subjects):
        if recent <= offset < pronoun.idx and fits_gender(article, name, gender, given_names):
            if any(o > offset for o in unclear):
                return None  # "The minister [one of two] played down ... she said": no guess
            article.genders.setdefault(name, gender)
            return name
    if unclear:
        return None
    named = {n for o, n in article.mentions if recent <= o < pronoun.idx}
    named = {n for n in named if fits_gender(article, n, gender, given_names)}
    if len(named) > 1:  # "Ms. Lauten ... on Twitter": the one known to be a woman
        known = {n for n in named if gender_of(article, n, given_names) == gender}
        named = known if len(known) == 1 else named
    if len(named) == 1:
        return named.pop()
    paragraph_index = bisect_right(article.paragraph_starts, pronoun.idx) - 1
    horizon = article.paragraph_starts[max(0, paragraph_index - PRONOUN_LOOKBACK_PARAGRAPHS)]
    for offset, name in reversed(article.subjects):
        if offset >= pronoun.idx or offset < horizon:
            continue
        if fits_gender(article, name, gender, given_names):
            article.genders.setdefault(name, gender)
            return name
    return None


def _role_holder(article: ArticlePeople, head: Token, phrase: Span) -> str | None:
    """The person introduced earlier with this role; None for unnamed or ambiguous sources."""
    holders = _role_holders(article, head, phrase)
    return holders.pop() if len(holders) == 1 else None


def _role_holders(article: ArticlePeople, head: Token, phrase: Span) -> set[str]:
    """Everyone introduced earlier with this role ("the minister"), narrowed to the one who was
    speaking or acting in the sentence before when several fit."""
    first = phrase[0].lower_
    if first in UNNAMED_DETERMINERS or head.tag_ in ("NNS", "NNPS"):
        return set()
    wanted = {w for w in role_words(phrase) if w not in ("the", "'s", "’s", "this", "that")}
    wanted |= {t.lemma_.lower() for t in phrase if t.pos_ == "PROPN"}
    holders = _holding(article, head, wanted, 0, head.idx)
    if not holders:  # "Ndegwa's deputy" after "Her deputy, Samuel Kiprono": the possessor aside
        possessor = {w for t in phrase if t.dep_ == "poss" for w in (t.lower_, t.lemma_.lower())}
        if possessor:
            holders = _holding(article, head, wanted - possessor, 0, head.idx)
    if not holders:  # "Orlania's defence minister said ... The minister, Radomir Brodek, told"
        paragraph = bisect_right(article.paragraph_starts, head.idx) - 1
        ahead = paragraph + 2  # this paragraph and the next
        end = article.paragraph_starts[ahead] if ahead < len(article.paragraph_starts) else len(head.doc.text)
        later = _holding(article, head, set(role_words([head])), head.idx, end)
        holders = later if len(later) == 1 else set()
    if len(holders) > 1:  # two ministers: the one who was speaking or acting just before
        sentence_index = bisect_right(article.sentence_starts, head.idx) - 1
        recent = article.sentence_starts[max(0, sentence_index - 1)]
        latest = [name for offset, name in article.subjects if recent <= offset < head.idx]
        holders = {latest[-1]} if latest and latest[-1] in holders else holders
    return holders


def _holding(article: ArticlePeople, head: Token, wanted: set[str], start: int, end: int) -> set[str]:
    """People introduced between ``start`` and ``end`` with a role holding all ``wanted`` words."""
    word = hyphenated_word(head).lower()  # "secretary-general", not "general"
    return {
        name
        for offset, name, words in article.roles
        if start <= offset < end and word in words and wanted <= (words | {word})
    }


def _organisation(article: ArticlePeople, head: Token, phrase: Span) -> str | None:
    """'the ministry' -> the most recent organisation named with that word; 'the company', 'the
    Chicago-based maker' -> the most recent organisation in the last paragraphs; 'the transit
    authority' -> as written."""
    if head.tag_ in ("NNS", "NNPS"):
        return None
    called = _name_it_goes_by(head)
    if called is not None:  # "The group, which calls itself the Sufar Brigades, said"
        return org_name(called)
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
    # "the Chicago-based maker", "the state-owned lender" (but "the Taravian army" as written)
    described = all(
        t.dep_ in DESCRIBING_DEPS and (not t.ent_type_ or t.nbor().text == "-") for t in phrase[1:-1]
    )
    if len(phrase) > 2 and not described or (len(phrase) == 2 and phrase[0].lower_ != "the"):
        if phrase[0].lower_ != "the":
            return None
        # as written, with a named body it belongs to: "the Sarelian mission to the United Nations"
        end = phrase.end_char
        for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("to", "of")):
            named = [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in SPEAKER_TYPES]
            end = max([end] + [c.right_edge.idx + len(c.right_edge) for c in named])
        return doc_text(head.doc)[phrase[1].idx : end]
    paragraph = bisect_right(article.paragraph_starts, head.idx) - 1
    horizon = article.paragraph_starts[max(0, paragraph - 2)]
    return _recent_organisation(article, head.idx, horizon, countries=word in GOVERNMENT_NOUNS)


def _name_it_goes_by(head: Token) -> Span | None:
    """The name in "which calls itself X", "known as X", "called X" hung on an organisation noun."""
    for clause in head.children:
        if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in NAMING_VERBS:
            continue
        for word in clause.subtree:
            if word.pos_ == "PROPN" and word.ent_type_ and word.dep_ in ("oprd", "pobj", "attr", "dobj"):
                return entity_span(word)
    return None


def _recent_organisation(
    article: ArticlePeople, offset: int, horizon: int | None = None, countries: bool = False
) -> str | None:
    """'the company' (organisations named since ``horizon`` or more than once) and 'it' (no
    horizon: organisations named in this or the previous sentence): the one named most often so
    far, then the first named (the story's own company, not the regulator it quotes). With
    ``countries``, places count too: "the government" is a country's."""
    earlier = [(o, n) for o, n in article.organisations if o < offset]
    if countries:
        places = [
            (e.start_char, org_name(e))
            for e in article.doc.ents
            if e.label_ == "GPE"
            and e.start_char < offset
            and not e.text.isupper()  # no dateline
            and not in_headline(article, e.start_char)
        ]
        earlier = sorted(earlier + places)

    def times_named(name: str) -> int:  # under any label: "Tessaly" after "Tessaly Home Appliances"
        words = name.lower().split()
        after = words[1] if len(words) > 1 else ""
        named = article.proper_offsets.get(words[0], [])
        return sum(1 for o, following in named if o < offset and following in ("", after))

    if horizon is None:
        sentence = bisect_right(article.sentence_starts, offset) - 1
        since = article.sentence_starts[max(0, sentence - 1)]
        candidates = [(o, n) for o, n in earlier if o >= since]
    else:
        candidates = [(o, n) for o, n in earlier if o >= horizon or times_named(n) > 1]
    if not candidates:
        return None
    name = min(candidates, key=lambda item: (-times_named(item[1]), item[0]))[1]
    # "Quillon" after "Quillon Software": the name as the article introduced it
    fuller = [n for _, n in earlier if n.startswith(name + " ")]
    if not fuller:  # the first mention may have had no organisation label: "Quillon Software, the maker"
        text = doc_text(article.doc)[:offset]
        for match in re.finditer(rf"\b{re.escape(name)}((?: [A-Z][\w&'-]*)+)", text):
            ending = match.group(1).split()[-1].lower()
            if ending in ORG_NAME_ENDINGS and not in_headline(article, match.start()):
                fuller.append(match.group(0))
                break
    return fuller[0] if fuller else name


def _introduced_org(article: ArticlePeople, entity: Span) -> str:
    """An organisation under the name the article introduced: "FDA" -> "Food and Drug
    Administration" (initials), "Corvin" -> "Corvin Pharmaceuticals" (first words)."""
    name = org_name(entity)
    for ent in article.doc.ents:
        if ent.start_char >= entity.start_char:
            break
        if ent.label_ != entity.label_ or in_headline(article, ent.start_char):
            continue
        full = org_name(ent)
        initials = "".join(w[0] for w in full.split() if w[0].isupper())
        if (name.isupper() and len(name) > 1 and initials == name) or full.startswith(name + " "):
            return full
    for offset, full in article.organisations:  # whatever label the model gave the first mention
        if offset < entity.start_char and full.startswith(name + " "):
            return full
    return name
