"""Token tests and spans the people table and speaker resolution share: a name as written, a
role word, the noun phrase around a token (the entity around one is
``nlp.entity_repairs.entity_span_of``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsprism.nlp import patterns
from newsprism.nlp.clause_subjects import has_own_subject
from newsprism.nlp.document_memo import DocumentMemo, sentence_of
from newsprism.nlp.entity_repairs import entity_label
from newsprism.people.names import generational_suffixes, name_rules, split_comma_suffix
from newsprism.people.words import (
    FEMALE_WORDS,
    HONORIFICS,
    MALE_WORDS,
    PHRASAL_SPEECH,
    POSSESSIVE_MARKS,
    ROLE_WORDS,
    SPEECH_VERBS,
)
from newsprism.quotes import rules

NICKNAME_MARKS = frozenset('"“”‘’')


# Names cleaned in the document being read, by stretch, label and the two rule groups read: the
# people table, resolution and the stages ask again for the same entity's name.
_CLEANED = DocumentMemo()


def clean_name(span: Span) -> str:
    """A person's name as written, without honorifics, titles or a possessive ending."""
    key = (span.start, span.end, span.label_, rules.enabled("quoted_nickname"), rules.enabled("comma_suffix"))
    cleaned = _CLEANED.of(span.doc)
    if key not in cleaned:
        cleaned[key] = _cleaned_name(span)
    return cleaned[key]


def _cleaned_name(span: Span) -> str:
    tokens = [t for t in span if t.text not in POSSESSIVE_MARKS]
    if rules.enabled("quoted_nickname"):  # 'Robert "Bob" Crandall': Robert Crandall
        tokens = _without_quoted_nickname(tokens)
    while len(tokens) > 1 and tokens[0].lower_ in HONORIFICS | {"the"}:
        tokens.pop(0)
    while len(tokens) > 2 and tokens[0].lower_ in ROLE_WORDS:  # "Goalkeeper Ines Farrow"
        tokens.pop(0)
    # spacing as written: "Castro-Montes", not "Castro - Montes"
    name, held = split_comma_suffix(" ".join("".join(t.text_with_ws for t in tokens).split()).strip(" ,"))
    if held:  # the entity holds "Ann J. Lee, Jr."
        return f"{name} {held}" if _suffix_joins(span, held) else name
    doc, after = span.doc, span.end  # or the suffix follows it
    if (
        len(span)
        and after + 1 < len(doc)
        and doc[after].text == ","
        and _suffix_joins(span, doc[after + 1].text)
    ):
        return f"{name} {doc[after + 1].text}"
    return name


def _without_quoted_nickname(tokens: list[Token]) -> list[Token]:
    """A nickname in quotation marks between a given name and a surname is no part of the name a
    reader would cite; kept, its marks make the speaker look like glued punctuation."""
    for at in range(1, len(tokens) - 3):
        opening, nick, closing = tokens[at], tokens[at + 1], tokens[at + 2]
        if opening.text in NICKNAME_MARKS and closing.text in NICKNAME_MARKS and nick.text[:1].isupper():
            return tokens[:at] + tokens[at + 3 :]
    return tokens


def _suffix_joins(span: Span, word: str) -> bool:
    """'Carlos J. Monje, Jr., the director': a father's or son's suffix set off by a comma is part
    of a person's name (rule group ``comma_suffix``); an optional one ("Esq.") is not."""
    optional = {s.rstrip(".") for s in name_rules()["optional_suffixes"]}
    return (
        rules.enabled("comma_suffix")
        and word.rstrip(".").lower() in generational_suffixes() - optional
        and span.label_ in ("PERSON", "")
    )


def hyphenated_word(token: Token) -> str:
    """The whole hyphenated word a token is part of, as written: "Albrecht-Mensah" for "Mensah"
    (the tokenizer splits at hyphens; names are looked up whole)."""
    doc, start, end = token.doc, token.i, token.i

    def joins(hyphen: int) -> bool:  # "X-Y" written without spaces
        return doc[hyphen].text == "-" and not doc[hyphen - 1].whitespace_ and not doc[hyphen].whitespace_

    while start >= 2 and joins(start - 1):
        start -= 2
    while end + 2 < len(doc) and joins(end + 1):
        end += 2
    return doc[start : end + 1].text


def role_words(tokens) -> list[str]:
    """Lowercased words, hyphenated ones whole: the secretary-general is no general."""
    return [hyphenated_word(t).lower() for t in tokens if t.text != "-"]


def names_a_role_holder(token: Token) -> bool:
    """A proper name in apposition with a person's role ("Valentina Ortuzar, Chile's trade
    minister" / "the minister, Valentina Ortuzar") names a person, whatever label the model gave
    (the ``role_apposition`` pattern of ``data/patterns.yaml``)."""
    return token.i in role_holder_names(token.doc)


ROLE_HOLDERS_KEY = "newsprism.role_holders"


def role_holder_names(doc: Doc) -> frozenset[int]:
    """The tokens set beside a person's role, matched once per document and kept on it."""
    found = doc.user_data.get(ROLE_HOLDERS_KEY)
    if found is None or found[0] != len(doc):
        found = (len(doc), frozenset(match[0] for match in patterns.match("role_apposition", doc)))
        doc.user_data[ROLE_HOLDERS_KEY] = found
    return found[1]


def is_main_or_speech_verb(verb: Token) -> bool:
    """Subjects of these verbs are salient: the sentence's main clause, or a speech verb."""
    if verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT" or verb.lemma_.lower() in SPEECH_VERBS


def noun_phrase(token: Token) -> Span:
    """The words of a speaker mention up to its head: "the Chilean president", "Solis's adviser"."""
    doc = token.doc
    start = token.left_edge.i
    while start < token.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start : token.i + 1]


def honorific_gender(name: Span) -> str | None:
    """'m' or 'f' from "Mr."/"Ms." just before or at the start of a name."""
    first = name.doc[name.start - 1] if name.start else name[0]
    for word in (first.lower_, name[0].lower_):
        if word in MALE_WORDS:
            return "m"
        if word in FEMALE_WORDS:
            return "f"
    return None


def is_role(token: Token) -> bool:
    return token.lower_ in ROLE_WORDS or token.lemma_.lower() in ROLE_WORDS


def org_name(span: Span) -> str:
    """An organisation or place as written, without a leading 'the'."""
    words = span.text.split()
    if len(words) > 1 and words[0].lower() == "the":
        words.pop(0)
    return " ".join(words)


def is_cue(token: Token, verbs: frozenset[str]) -> bool:
    if token.lower_ == "according":
        return any(c.lower_ == "to" for c in token.children)
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    return lemma in verbs or ("say" in verbs and phrasal_speech(token))


def phrasal_speech(verb: Token) -> bool:
    """'Lee shot back, “...”', 'she made (it) clear that ...': a verb that reports with its particle
    only (``PHRASAL_SPEECH``)."""
    return speech_particle(verb) is not None


def speech_particle(verb: Token) -> Token | None:
    """The particle that makes ``verb`` report ("back" of "shot back", "clear" of "made it clear")."""
    particles = PHRASAL_SPEECH.get(verb.lemma_.lower())
    if particles and "on_notice" in particles:  # "put the boards on notice: ...": past the object
        notice = _on_notice(verb)
        if notice is not None:
            return notice
    at = verb.i + 1
    if particles and "it" in particles and at < len(verb.doc) and _as_one_puts_it(verb, verb.doc[at]):
        return verb.doc[at]
    if particles and at + 1 < len(verb.doc) and verb.doc[at].lower_ == "it":
        at += 1  # "made it clear": the expletive object between
    if not particles or at >= len(verb.doc):
        return None
    after = verb.doc[at]
    return after if after.lower_ in particles and after.head.i == verb.i else None


def _as_one_puts_it(verb: Token, after: Token) -> bool:
    """'Or as farm manager Tomas Belko puts it, "..."': "it" is the particle of a verb listed with
    "it" only in an "as" clause with a subject (not 'put it on the table'; rule group ``as_one_puts_it``)."""
    if after.lower_ != "it" or after.head.i != verb.i or after.dep_ != "dobj":
        return False
    if not rules.enabled("as_one_puts_it"):
        return False
    marked = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    return marked and has_own_subject(verb)


def _on_notice(verb: Token) -> Token | None:
    """'put the boards on notice: ...' (``speech_phrasal_verbs.txt``'s "put on_notice"): a warning
    whose hearer stands between the verb and its "on notice"; the "notice" is the particle."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "on" and prep.i > verb.i:
            notice = next((c for c in prep.children if c.lower_ == "notice" and c.i == prep.i + 1), None)
            if notice is not None and rules.enabled("on_notice_cue"):
                return notice
    return None


TITLE_LINKS = frozenset({"to", "of", "for"})


def longer_title_start(doc: Doc, the: int, name_start: int) -> int | None:
    """Where a title naming another office begins: "Counselor to the President Jane Doe",
    "Speaker of the House Ann Lee". A walk back from the name stops at "the"; the office after
    it is the title's object, not the person's role. None when no capitalised title stands
    before "to/of/for the" (and in "a counselor to the President X" X is the president), when
    the office is not capitalised ("Aides to the outgoing adviser X": his role) or the title
    names several ("Aides to the President X")."""
    if the < 2 or doc[the].lower_ != "the" or doc[the - 1].lower_ not in TITLE_LINKS:
        return None
    if not all(t.text[:1].isupper() for t in doc[the + 1 : name_start]):
        return None
    head = doc[the - 2]
    if not head.text[:1].isupper() or not is_role(head) or head.tag_ in ("NNS", "NNPS"):
        return None
    if entity_label(head) == "PERSON":
        return None
    start = head.i
    while start > sentence_of(head).start and _title_word_before(doc[start - 1]):
        start -= 1
    if start > 0 and doc[start - 1].lower_ in ("a", "an"):
        return None
    return start


def _title_word_before(token: Token) -> bool:
    """A capitalised word of the same title: "White House Counselor"."""
    capitalised = token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ")
    return capitalised and entity_label(token) != "PERSON"


def plural_antecedent(pronoun: Token) -> Span | None:
    """ "Leaders of the Senate suggest they will have a fix but are asking Obama to act": a "they"
    subject of a reported or joined clause is the plural noun subject of the clause above it, in
    the same sentence (its words up to its "of" phrase); a pronoun or singular subject there, or a
    clause of time, reason or condition between them, and no antecedent is given."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    for _ in range(3):
        if clause.dep_ not in ("ccomp", "conj") or clause.head.i == clause.i:
            return None
        clause = clause.head
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        if subject.pos_ not in ("NOUN", "PROPN") or subject.tag_ not in ("NNS", "NNPS"):
            return None
        of_phrases = [c.right_edge.i for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"]
        end = max([subject.i, *of_phrases])
        return pronoun.doc[noun_phrase(subject).start : end + 1]
    return None
