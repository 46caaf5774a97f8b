"""Relatives of a namesake: a full name set beside a kin noun ("his brother, George W. Bush") that
belongs to another bearer of the surname, so a bare surname later is not this relative's."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token

from newsprism.nlp import lexicon
from newsprism.nlp.document_memo import sentence_of
from newsprism.nlp.entity_repairs import entity_label
from newsprism.people import names
from newsprism.people.role_words import is_kin_role
from newsprism.people.words import POSSESSIVE_PRONOUNS, SPEECH_VERBS
from newsprism.quotes import rules


def kin_of_namesake(ent: Span, name: str) -> bool:
    """'Unanue's grandfather, Don Prudencia Unanue' (either order): a kin noun in apposition to the
    name, possessed by the name's own surname, makes the name a relative of another bearer of it;
    so does 'Mr. Bush ... his brother, George W. Bush' (``kin_of_pronoun``): the kin noun's
    possessive pronoun stands for a bearer of the surname named before it in the sentence."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    surname = name.split()[-1].lower() if name.split() else ""
    if len(name.split()) < 2:
        return False
    for noun in nouns:
        if not is_kin_role(noun.lower_):
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if any(c.lower_ == surname for c in owners):
            return True
        pronouns = [c for c in owners if c.lower_ in POSSESSIVE_PRONOUNS]
        if pronouns and rules.enabled("kin_of_pronoun") and _namesake_before(pronouns[0], ent, surname):
            return True
    return False


def _namesake_before(pronoun: Token, ent: Span, surname: str) -> bool:
    """Another person of the surname named earlier in the pronoun's sentence (not ``ent`` itself)."""
    return any(
        token.lower_ == surname and entity_label(token) == "PERSON" and not ent.start <= token.i < ent.end
        for token in pronoun.doc[sentence_of(pronoun).start : pronoun.i]
    )


def namesake_speaking(article, fits: list[tuple[int, str]], offset: int) -> list[tuple[int, str]]:
    """'Dossi's father, Joseph Dossi, told ... . Dossi said ...': of people sharing a bare surname,
    the one alone who spoke (a speech verb's subject) in the sentence before or earlier in this one
    is the surname's, even a relative (rule group ``namesake_speaker``); [] when not one alone."""
    surname_bearers = {n for _, n in fits}
    if len(surname_bearers) < 2:
        return []
    index = bisect_right(article.sentence_starts, offset) - 1
    since = article.sentence_starts[max(0, index - 1)]
    spoke = {
        n
        for o, n in article.subjects
        if since <= o < offset and n in surname_bearers and _spoke(article.doc, o)
    }
    if len(spoke) == 1:
        return [(o, n) for o, n in fits if n in spoke]
    if (
        not rules.enabled("namesake_subject")
        or not _spoke(article.doc, offset)
        or _picked_out(article.doc, offset)
    ):
        return []
    # "... the way Lee's brother Sam Lee described a call. “...,” Lee said": of the bearers, the
    # one named in full there as the subject of a verb of telling (any clause) is the one now
    # speaking ("Lee's grandfather, Al Lee, founded the firm" then "Lee said": not the grandfather)
    subjects = {
        n
        for o, n in article.mentions
        if since <= o < offset and n in surname_bearers and " " in n and _telling_subject(article.doc, o)
    }
    return [(o, n) for o, n in fits if n in subjects] if len(subjects) == 1 else []


def _picked_out(doc, offset: int) -> bool:
    """'the elder Conyers': a word before the bare surname picks the bearer (``by_generation``)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and any(c.dep_ in ("det", "amod") for c in span[0].children)


TELLING_VERBS = SPEECH_VERBS | lexicon.speech_verbs("frame") | lexicon.speech_verbs("lead_in")


def _telling_subject(doc, offset: int) -> bool:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    token = span[0] if span is not None and len(span) else None
    while token is not None and token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
        token = token.head  # "Lee's brother Sam Lee described": the brother, Sam Lee
    return token is not None and token.dep_ == "nsubj" and token.head.lemma_.lower() in TELLING_VERBS


def _spoke(doc, offset: int) -> bool:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    token = span[0] if span is not None and len(span) else None
    while token is not None and token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
        token = token.head
    return token is not None and token.dep_ == "nsubj" and token.head.lemma_.lower() in SPEECH_VERBS


def generation_kin_beside(span: Span, name: str) -> str | None:
    """ "Donald Roe Jr. ... praised his father's record": a name with a generational suffix in a
    sentence that speaks of "his father" or "her son" (``generation_kin_nouns.txt``) belongs to a
    family of namesakes of two generations; the kin noun, kept as a role, keeps the linker from
    joining "Donald Roe Jr." to a "Donald Roe" (the father) elsewhere."""
    suffix = names.parse_person(name).suffix
    if not suffix:
        return None
    kin = lexicon.words("generation_kin_nouns.txt")
    for token in sentence_of(span):
        if token.lower_ in kin and any(
            c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in token.children
        ):
            if token.i < span.start:  # "his son Sam Roe Jr.": the noun before the name is his
                return token.lower_
            # "Sam Jr. walked to his father's office": a later possessed kin noun is the other
            # generation; the name's own is the one its suffix tells ("jr" a son, "sr" a father)
            return names.name_rules().get("suffix_generations", {}).get(suffix)
    return None


def another_bearer(local_name: str | None, name: str | None) -> bool:
    """'Floyd said' where the index read "Floyd" as George Floyd but resolution found his brother
    Philonise Floyd: two full names of one surname with different first words are two people, so
    the mention at the cue is not the speaker's (rule group ``namesake_subject``)."""
    if not local_name or not name or not rules.enabled("namesake_subject"):
        return False
    held, wanted = names.plain(local_name).split(), names.plain(name).split()
    return len(held) > 1 and len(wanted) > 1 and held[-1] == wanted[-1] and held[0] != wanted[0]
