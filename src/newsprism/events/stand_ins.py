"""Who a participant the parse gives stands for, when it is not the party itself.

- A pronoun speaker after a named one ("De Blasio argued that ..., he said, noting ..."): the
  name (``earlier_speaker``).
- An act or a thing as a doer or as the one acted on ("Iran's attack on the base killed two",
  "the president's decision was criticized"): whose act or thing it is (``owners_of``).
- The trigger's own object when it is a party ("accused him of paying ransom for a hostage"):
  the one acted on, not the parties named inside what he is accused of (``own_objects``).
- The subject of a verb a passive infinitive completes ("Mr. Clinton went on to be impeached by
  the House"): the one it is done to, never its doer (``raised_patient``).
- An object pronoun of a participle that goes on about the act before it ("were highly critical
  of Obama, accusing him of ..."): that act's one target (``elaborated_target``).
- A dateline the parser made the subject ("WASHINGTON - The White House's lawyer, Don McGahn,
  defied ..."): the appositive after the dash acts (``dateline_subject``).

Each is a rule group (``rules.GROUPS``), so ``--ablate`` can show what it is worth.
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, is_agent, lemma_of
from newsprism.nlp.entity_repairs import entity_label

OWNER_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
SPEAKING_PRONOUNS = frozenset({"he", "she", "they"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
DATELINE_REACH = 3  # tokens from the sentence start a dateline's place word may stand at


def earlier_speaker(pronoun: Token, lex: Lexicon) -> Token | None:
    """ "X argued that ..., he said": a pronoun subject of a speech verb whose fronted clause is a
    speech verb with a named subject is that subject (those rules on)."""
    verb = pronoun.head
    if pronoun.lower_ not in SPEAKING_PRONOUNS or pronoun.dep_ != "nsubj" or lemma_of(verb) not in lex.speech:
        return None
    if not rules.enabled("earlier_speakers"):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > pronoun.i or lemma_of(clause) not in lex.speech:
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ != "PRON" and is_agent(subject, lex):
            return subject
    return None


def owners_of(thing: Token, lex: Lexicon) -> list[Token]:
    """Whose an act or a thing is ("Iran's attack", "the president's decision", "the Russian
    invasion"), when it is no party itself; [] when it names no owner (those rules on)."""
    if is_agent(thing, lex) or thing.pos_ != "NOUN" or not rules.enabled("owned_acts"):
        return []
    owners = []
    act = lemma_of(thing) in lex.nouns or lemma_of(thing) in lex.documents  # "the Russian invasion"
    for child in thing.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            owners.extend((child, *child.conjuncts))
        elif act and child.dep_ in ("compound", "amod", "nmod") and entity_label(child) in OWNER_LABELS:
            owners.append(child)
    return owners


def event_makers(doer: Token, lex: Lexicon) -> list[Token]:
    """The owners of a hostile act's noun given as a doer ("Iran's attack on the base killed two"):
    they act (those rules on); a proposal or a demand that "calls for" something is still a thing."""
    act = lex.nouns.get(lemma_of(doer))
    return owners_of(doer, lex) if act is not None and act[0] in lex.hostile else []


def own_objects(trigger_token: Token, found: list[Token], person_pronoun, lex: Lexicon) -> list[Token] | None:
    """ "accused him of paying ransom for release of a hostage": when the verb's own object is a
    party and an "of/for doing" clause says what it is accused or praised of, the parties inside
    that clause are none it acts on; ``found`` without them (its own pronoun objects kept), or
    None when the verb has no such object and clause (those rules on)."""
    if not rules.enabled("own_objects"):
        return None
    own = [t for t in found if t.dep_ in OBJECT_DEPS and t.head.i == trigger_token.i]
    own = [t for t in own if is_agent(t, lex) or person_pronoun(t)]
    preps = [c for c in trigger_token.children if c.dep_ == "prep"]
    content = [p for c in preps for p in c.children if p.dep_ == "pcomp" and p.pos_ == "VERB"]
    if not own or not content:
        return None
    inside = {t.i for clause in content for t in clause.subtree}
    return [t for t in found if t.i not in inside]


def described_after(pronoun: Token, speaker: Token, lex: Lexicon) -> bool:
    """ "He asked Ukraine to investigate the Bidens, the whistleblower said": a third-person
    pronoun before the one reporting, who is a description and no name, is someone the article
    named earlier, not the reporter (those rules on; "Iraq said it would" and "He will run, Smith
    said" still lend the speaker)."""
    if pronoun.i > speaker.i or pronoun.lower_ not in SPEAKING_PRONOUNS or speaker.pos_ != "NOUN":
        return False
    return not entity_label(speaker) and rules.enabled("fronted_pronouns")


def raised_patient(verb: Token) -> Token | None:
    """ "Mr. Clinton went on to be impeached by the House", "was expected to be sanctioned": a passive
    infinitive with no subject of its own is done to the object of the verb it completes, else to
    that verb's subject, who is never its doer (those rules on)."""
    if verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i or not rules.enabled("raised_patients"):
        return None
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ in SUBJECTS for c in children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return None
    head = verb.head
    found = [c for c in head.children if c.dep_ == "dobj"] or [c for c in head.children if c.dep_ in SUBJECTS]
    return found[0] if found else None


def dateline_subject(subject: Token) -> Token | None:
    """ "WASHINGTON - The White House's former top lawyer, Don McGahn, defied a subpoena": the parser
    makes the dateline's place (capitals, then a dash) the subject and the true subject its
    appositive; the appositive after the dash acts (those rules on)."""
    if not subject.text.isupper() or len(subject.text) < 2 or subject.i - subject.sent.start > DATELINE_REACH:
        return None
    dash = next((c for c in subject.children if c.text in DASHES), None)
    if dash is None or not rules.enabled("dateline_subjects"):
        return None
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > dash.i), None)


SINGULAR_OBJECTS = frozenset({"him", "her"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def elaborated_target(pronoun: Token, lex: Lexicon) -> Token | None:
    """ "were highly critical of Obama, accusing him of ...", "voted to impeach Trump, accusing him
    of ...": the object pronoun of a participle hung on a clause is the one target that clause's
    act names before it, of the pronoun's number (those rules on); none when several fit."""
    verb = pronoun.head
    if pronoun.dep_ != "dobj" or verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i > pronoun.i:
        return None
    if pronoun.lower_ not in SINGULAR_OBJECTS and pronoun.lower_ != "them":
        return None
    if not rules.enabled("elaborated_targets"):
        return None
    head = verb.head
    heads = [head, *(c for c in head.children if c.dep_ in ("acomp", "xcomp") and c.i < verb.i)]
    named = [c for h in heads for c in h.children if c.dep_ == "dobj"]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep"]
    named += [p for c in preps for p in c.children if p.dep_ == "pobj"]
    plural = pronoun.lower_ == "them"
    named = [t for t in named if t.i < verb.i and t.pos_ in ("NOUN", "PROPN")]
    fitting = [t for t in named if (t.tag_ in PLURAL_TAGS) == plural and is_agent(t, lex)]
    return fitting[0] if len(fitting) == 1 else None
