"""Reported clauses the parse does not hang on their cue: a tag set between commas inside the
sentence ("Oftentimes, Pietraszewski explains, our ability ... gets swallowed up"), and a
reported clause followed by a quoted one ("said that A, but that “B”")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsprism.nlp import lexicon
from newsprism.nlp.document_memo import sentence_of
from newsprism.nlp.entity_repairs import entity_label
from newsprism.people.words import CUE_VERBS, FINITE_TAGS, SUBJECT_DEPS
from newsprism.quotes import rules

# words a parenthetical tag may hold between its verb and the closing comma ("he says, too,")
_TAG_TAIL = frozenset({"also", "too", "later", "then", "again", "now", "though"})
SUBORDINATORS = lexicon.words("quote_subordinators.txt")


def after_parenthetical_tag(cue: Token) -> Span | None:
    """'A, NAME says, B.': the tag is set off by commas after the sentence's first words, which hold
    no finite verb ("Oftentimes", "That distinction", "The problem"); what was said is B (the parse
    often makes the tag's verb the root and B its object). After a whole clause ("Nurses voted to
    strike, their union said, escalating a dispute") B is the writer's, and not taken."""
    if not rules.enabled("parenthetical_tag"):
        return None
    as_clause = _after_as_tag(cue)
    if as_clause is not None:
        return as_clause
    doc, sent = cue.doc, sentence_of(cue)
    opening = comma_before_tag(cue)
    if opening is None or cue.i - opening - 1 > 5:
        return None  # a short tag, after the sentence's first words and a comma
    closing = cue.i + 1
    while closing < sent.end and doc[closing].lower_ in _TAG_TAIL:
        closing += 1
    if closing >= sent.end or doc[closing].text != ",":
        return None
    if any(t.tag_ in FINITE_TAGS for t in doc[sent.start : opening]) and not opens_adverbial(sent):
        return None  # 'A happened, the mission said, days before B': A is whole, B the writer's
    rest = doc[closing + 1 : sent.end]
    while len(rest) and (rest[-1].is_punct or rest[-1].is_space):
        rest = rest[:-1]
    if len(rest) < 4 or not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    if any(t.text in ('"', "“", "”") for t in doc[sent.start : sent.end]):
        return None  # quoted words in the sentence are the quote; the marks' pass has them
    return rest


def _after_as_tag(cue: Token) -> Span | None:
    """'As NPR noted in 2016, the party has never won the state': a speech verb under "as" with a
    subject of its own, opening the sentence before a comma, tags the main clause after it (rule
    group ``as_tags``)."""
    if not rules.enabled("as_tags") or cue.dep_ != "advcl" or cue.head.dep_ != "ROOT":
        return None
    doc, sent, head = cue.doc, sentence_of(cue), cue.head
    if cue.left_edge.i != sent.start or cue.left_edge.lower_ != "as" or head.i < cue.i:
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subject is None or subject.pos_ not in ("PROPN", "PRON"):
        return None  # "As an investigation revealed, ...": a finding, not a speaker's statement
    if cue.lemma_.lower() != "tell" and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in cue.children):
        return None  # "As officials announced the plan, crowds gathered": narration, not a tag
    if not any(c.dep_ in SUBJECT_DEPS and c.i > cue.right_edge.i for c in head.children):
        return None
    start = cue.right_edge.i + 1
    while start < head.i and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    rest = doc[start : head.right_edge.i + 1]
    while len(rest) and (rest[-1].is_punct or rest[-1].is_space):
        rest = rest[:-1]
    if len(rest) < 3 or any(t.text in ('"', "“", "”") for t in doc[sent.start : sent.end]):
        return None
    return rest


def comma_before_tag(cue: Token) -> int | None:
    """'A, X notes, ...': the index of the comma before a tag whose subject (the nearest before the
    verb: "Oftentimes" may be taken for one too) ends right before its verb, after the sentence's
    first words; None when the tag is not set off so."""
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i]
    subject = subjects[-1] if subjects else None
    if subject is None or subject.right_edge.i != cue.i - 1:
        return None
    opening = subject.left_edge.i - 1
    if opening <= sentence_of(cue).start or cue.doc[opening].text != ",":
        return None
    return opening


def words_before_tag(doc: Doc, start: int, opening: int) -> Span:
    """The words from ``start`` up to the comma before a tag (``comma_before_tag``), leading
    punctuation and spaces left out."""
    while start < opening and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:opening]


def fronted_phrase(cue: Token, content: Span) -> Span | None:
    """'In the 1950s, he writes, half of residents lived ...': a prepositional phrase fronted before
    a tag set off by commas is part of what was said, a quote of its own beside the clause after
    the tag (rule group ``fronted_phrase``). Not a phrase with a finite verb (the convention there
    differs: ``subordinate_tag``), nor an idiom of a preposition and one bare word ("In fact", "On
    average"), which is the writer's connective."""
    if not rules.enabled("fronted_phrase") or content.start <= cue.i:
        return None
    doc, sent = cue.doc, sentence_of(cue)
    opening = comma_before_tag(cue)
    between = doc[cue.i + 1 : content.start]
    if opening is None or not any(t.text == "," for t in between):
        return None
    if any(t.tag_ in FINITE_TAGS for t in between):
        return None
    phrase = words_before_tag(doc, sent.start, opening)
    if len(phrase) < 2 or phrase[0].pos_ != "ADP" or phrase[0].dep_ != "prep":
        return None
    if any(t.tag_ in FINITE_TAGS or t.is_quote or t.text in (",", ";", ":") for t in phrase):
        return None
    if len(phrase) == 2 and phrase[1].pos_ in ("NOUN", "ADJ", "ADV"):
        return None  # "In fact", "On average": a connective
    return phrase


def opens_adverbial(words: Span) -> bool:
    """The words open with an adverbial clause's conjunction ("If these were legal, ..."), when
    ``subordinate_tag`` is on."""
    first = next((t for t in words if not t.is_punct), None)
    return first is not None and first.lower_ in SUBORDINATORS and rules.enabled("subordinate_tag")


def before_quoted_that_clause(cue: Token, content: Span, inside) -> Span | None:
    """'emphasized that A, but that “B”': A, up to the coordinated 'that' clause holding the quoted
    words, is an indirect quote of its own (B is a partial). Not for 'according to' or a passive
    'were told' (whose speaker is not named)."""
    if not rules.enabled("clause_before_quoted") or cue.lower_ == "according":
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
        return None
    doc = content.doc
    for word in content:
        if word.dep_ != "conj" or word.i <= content.start:
            continue
        mark = next((c for c in word.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is None or mark.i <= content.start or doc[mark.i - 1].dep_ != "cc":
            continue
        if not any(inside(t.idx) for t in doc[mark.i : word.right_edge.i + 1]):
            continue
        end = mark.i - 1
        while end > content.start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
            end -= 1
        clause = doc[content.start : end]
        if len(clause) >= 3 and not any(inside(t.idx) for t in clause):
            if any(t.pos_ in ("VERB", "AUX") for t in clause):
                return clause
    return None


def before_quoted_participle(cue: Token, content: Span, inside) -> Span | None:
    """'said he had serious misgivings about the backstop, saying the UK kept the “sovereign
    right ...”': the clause up to a speech participle whose words hold the quotation is an indirect
    quote of its own; the quoted words are a partial."""
    if not rules.enabled("clause_before_quoted") or cue.lower_ == "according":
        return None
    doc = content.doc
    for word in content:
        if word.tag_ != "VBG" or word.dep_ not in ("advcl", "xcomp", "conj") or word.i <= content.start + 2:
            continue
        if doc[word.i - 1].text != "," or word.lemma_.lower() not in lexicon.speech_verbs("quote"):
            continue
        if not any(inside(t.idx) for t in doc[word.i : word.right_edge.i + 1]):
            continue
        subject = next((c for c in word.head.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.pos_ != "PRON":
            continue  # 'said Stone had threatened the dog, saying ...': Stone's act, reported by others
        clause = doc[content.start : word.i - 1]
        if len(clause) >= 3 and not any(inside(t.idx) for t in clause):
            if any(t.pos_ in ("VERB", "AUX") for t in clause):
                return clause
    return None


def before_quoted_conjunct(cue: Token, content: Span, inside) -> Span | None:
    """'told the Times there is no charge sheet and the story “seems to be speculative”': the clause
    before "and"/"but" and a new subject whose words hold the quotation is an indirect quote of its
    own (the guideline's coordinated clauses); "was bold and “very risky”" has no new subject, and
    "would close what she called “loopholes”" no verb opening the quotation."""
    if not rules.enabled("conjunct_before_quoted") or cue.lower_ == "according":
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
        return None
    doc = content.doc
    first = next((t for t in content if inside(t.idx)), None)
    if first is None and content.end < len(doc) and inside(doc[content.end].idx):
        first = doc[content.end]  # the parse ended the report at the opening mark
    if first is None:
        return None
    joint = next((t for t in reversed(doc[content.start : first.i]) if t.dep_ == "cc"), None)
    if joint is None or joint.lower_ not in ("and", "but"):
        return None
    # the new subject stands right before the marks and its verb opens the quotation
    opening = first.i + 1 if first.is_quote else first.i  # the marks count as inside
    subject = doc[opening - 2] if opening - 2 > joint.i and doc[opening - 1].is_quote else None
    word = doc[opening] if opening < len(doc) else None
    if (
        subject is None
        or subject.pos_ not in ("NOUN", "PROPN")
        or word is None
        or word.pos_ not in ("VERB", "AUX")
    ):
        return None
    end = joint.i
    while end > content.start and doc[end - 1].is_punct:
        end -= 1
    clause = doc[content.start : end]
    if len(clause) >= 3 and any(t.pos_ in ("VERB", "AUX") for t in clause):
        return clause
    return None


def named_tag_after(quoted: Span, cue: Token | None) -> Token | None:
    """'at least one expert agrees: “...,” Barbara Lee, a law professor, told CNN.': a lead-in before
    a colon whose subject names no one, and a tag after the closing mark whose subject is a person
    the recogniser found: the tag names the speaker (rule group ``tag_over_lead_in``)."""
    if not rules.enabled("tag_over_lead_in") or cue is None or cue.i >= quoted.start:
        return None
    lead = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    if lead is None or lead.pos_ in ("PROPN", "PRON") or entity_label(lead):
        return None
    doc = quoted.doc
    after = quoted.end
    while after < len(doc) and (doc[after].is_punct or doc[after].is_space) and after - quoted.end < 3:
        after += 1
    if after >= len(doc) or entity_label(doc[after]) != "PERSON":
        return None
    for token in doc[after : min(len(doc), after + 16)]:
        if token.is_quote or token.text in (".", "\n"):
            break
        if token.pos_ == "VERB" and token.lemma_.lower() in CUE_VERBS:
            subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
            named = subject is not None and subject.i >= after and entity_label(subject) == "PERSON"
            return token if named else None
    return None
