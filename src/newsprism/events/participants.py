"""Event participants and circumstances: actors, recipients, place, and the clause's flags.

Actors are subjects (with their conjuncts, "X and Y met") or passive agents; recipients (found
in recipients.py) are objects and prepositional objects, names preferred to things. Reporting
verbs and verbs like "plan to" above a trigger are see-through: they lend their speaker to a
pronoun subject (the flags they set are read in clause_flags.py). How a participant is
written out (its name span, a group's members) and the place are in participant_spans.py.
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.attack_agents import attack_agents
from newsprism.events.conjoined import conjunct_agents
from newsprism.events.judged_nouns import author_of, judgement_of_someone
from newsprism.events.lexicon import (
    Lexicon,
    can_act,
    first_child,
    is_agent,
    lemma_of,
)
from newsprism.events.modality import states_a_fact
from newsprism.events.owners import from_doer, undergone_sources
from newsprism.events.passing import fronted_participle
from newsprism.events.possessors import possessor_role
from newsprism.events.purposes import purpose_of_object
from newsprism.events.realis import chance_taker
from newsprism.events.requests import doer_told, joined_in
from newsprism.events.shared_roles import distributed_subject, ranked_copula, shared_patients
from newsprism.events.stand_ins import (
    dateline_subject,
    described_after,
    earlier_speaker,
    event_makers,
    raised_patient,
)
from newsprism.events.triggers import Trigger
from newsprism.nlp.entity_repairs import entity_label
from newsprism.people.words import POSSESSIVE_PRONOUNS

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
RELATIVE_TAGS = frozenset({"WP", "WDT", "WP$"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "him", "her", "them", "me", "us"})


SEE_THROUGH_DEPS = ("xcomp", "ccomp", "acomp", "conj", "advcl", "acl")


def governors_of(token: Token, lex: Lexicon) -> list[Token]:
    """The see-through verbs above a trigger: "plans to", "said", "is ready to"."""
    found = []
    current = token
    for _ in range(len(token.doc)):  # bounded: a malformed parse cannot loop forever
        if current.dep_ not in SEE_THROUGH_DEPS or current.head.i == current.i or states_a_fact(current, lex):
            break  # "will try to block it because X fired him": the firing is no plan of theirs
        joined = current.dep_ == "conj"
        current = current.head
        lemma = lemma_of(current)
        if joined and lex.transparent.get(lemma) and _governs_nothing(current):
            break  # "aimed and fired three rounds at", "planned and carried out": two acts, both done
        if lemma in lex.transparent or lemma in lex.speech or lemma == "go" or lemma == "be":
            found.append(current)
        elif not (joined and _framed(current, lex)):
            break
    return found


def _act_noun(token: Token, lex: Lexicon) -> bool:
    """A common noun naming an act ("impeachment", "attack"): beside a doer, it does nothing."""
    return token.pos_ == "NOUN" and lemma_of(token) in lex.nouns and not is_agent(token, lex)


def _framed(verb: Token, lex: Lexicon) -> bool:
    """ "requires every American to obtain insurance or pay a penalty": a verb joined to one that
    is the complement of a see-through verb other than a speech verb shares that frame."""
    if verb.dep_ not in ("xcomp", "ccomp") or not rules.enabled("shared_frames"):
        return False
    above = lemma_of(verb.head)
    return above in lex.transparent and above not in lex.speech


def _governs_nothing(verb: Token) -> bool:
    """A verb of planning or trying with no clause of its own ("aimed and fired"): a sibling act."""
    owned = any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
    return rules.enabled("joined_not_governed") and not owned


def clause_head(trigger: Trigger) -> Token:
    """The verb whose auxiliaries and tense an event has ("the strike will begin" -> begin)."""
    token = trigger.token
    if trigger.kind == "noun" and token.dep_ in ("nsubj", "nsubjpass"):
        return token.head
    return token


def _participle_undergoer(verb: Token, lex: Lexicon) -> Token | None:
    """The noun a passive participle describes undergoes the act ("three students killed in the
    attack", "the protesters arrested by police"); a stative one's noun holds the stance
    ("Republicans opposed to the bill")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lower_ in lex.stative:
        return None
    if verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i > verb.i:
        return None
    if any(c.dep_ == "dobj" for v in (verb, *verb.conjuncts) for c in v.children):
        return None  # "aid groups donated and delivered goods": an active verb the parser hung on a noun
    return verb.head


def actor_tokens(trigger: Trigger, governors: list[Token], lex: Lexicon) -> tuple[list[Token], list[Token]]:
    """Who acts (subjects with conjuncts, or the passive agent), and any passive subjects."""
    if trigger.kind == "noun":
        return _noun_participants(trigger.token, lex)
    if trigger.kind == "undergone":  # "X drew criticism from Y": Y acts, X suffers it
        heads = [trigger.token] + ([trigger.noun] if trigger.noun is not None else [])
        sources = [
            p
            for h in heads
            for c in h.children
            if c.dep_ == "prep" and (c.lower_ == "from" or (c.lower_ == "by" and h is trigger.noun))
            for p in c.children
        ]
        subject = first_child(trigger.token, "nsubj")
        objects = [t for p in sources if p.dep_ == "pobj" for t in (p, *p.conjuncts)]
        if not objects and trigger.noun is not None and rules.enabled("undergone_possessors"):
            objects = undergone_sources(trigger.noun, lex)
        return objects, [subject] if subject is not None else []
    current = trigger.token
    passive_subjects: list[Token] = []
    raised = False  # reached from an infinitive below: "X is expected to visit", "X was asked to go"
    for _ in range(6):
        subjects, agents = [], []
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS and child.pos_ != "PRON" or child.dep_ == "nsubj":
                subjects.append(dateline_subject(child) or child)  # "WASHINGTON - The lawyer, X, defied"
            elif child.dep_ == "nsubjpass" and (current.lower_ in lex.stative or raised):
                subjects.append(child)  # "Israel is opposed to ...": a stance, not a passive
            elif child.dep_ == "nsubjpass":  # "the mayor, who was criticized by ...": the mayor
                relative = rules.enabled("relative_patients")
                passive_subjects.append(_resolve(child, [], lex) if relative else child)
            elif child.dep_ == "agent":
                agents.extend(c for c in child.children if c.dep_ == "pobj")
        if current is trigger.token and not subjects and not passive_subjects:
            passive_subjects = shared_patients(current)  # "X ran ... and has been accused of": X
        subjects = [distributed_subject(s) or s for s in subjects]  # "..., each blasting the other"
        if current is trigger.token and (patient := raised_patient(current)) is not None:
            passive_subjects.append(patient)  # "X went on to be impeached (by the House)": done to X
        if not agents and passive_subjects and current is trigger.token:
            agents = conjunct_agents(current)  # "was shot and killed by a soldier": he shot too
        if not agents and passive_subjects and current is trigger.token and trigger.type in lex.hostile:
            agents = attack_agents(current, lex)  # "were killed when rebels ambushed a convoy": rebels
        if not subjects and (fronted := fronted_participle(current)) is not None:
            subjects = [first_child(fronted, "nsubj")]  # "X (R-ME), asked about it, says": X
        undergoer = (
            None if trigger.reporting or current is not trigger.token else _participle_undergoer(current, lex)
        )
        if undergoer is not None and rules.enabled("participle_patients"):
            passive_subjects.append(undergoer)  # "the protesters arrested by police": done to them
            subjects = []
        if agents or subjects:
            found = agents or subjects
            if len(found) > 1 and rules.enabled("acts_not_doers"):  # "X's impeachment, which ..., after
                found = [t for t in found if not _act_noun(t, lex)] or found  # Pelosi announced": misparsed
            found = [c for t in found for c in (t, *t.conjuncts)]
            found = [m for t in found for m in (_makers(t, lex) or event_makers(t, lex) or [t])]
            return [_resolve(t, governors, lex) for t in found], passive_subjects
        if passive_subjects:
            return [], passive_subjects
        head = current.head
        infinitive = current.dep_ == "advcl" and any(
            c.lower_ == "to" and c.dep_ == "aux" for c in current.children
        )
        if (
            (current.dep_ == "xcomp" or infinitive)
            and lemma_of(head) in lex.object_control
            and first_child(head, "dobj") is not None
        ):
            return [_resolve(first_child(head, "dobj"), governors, lex)], []  # "required Moscow to withdraw"
        if (copula := ranked_copula(current)) is not None:
            current = copula  # "X are the latest to announce probes": X announce
            continue
        taker = chance_taker(current, lex)
        if taker is not None:  # "took the opportunity to thank": the one who took it thanks
            current = taker
            continue
        if current.dep_ == "acl" and first_child(head, "poss") is not None:
            return [first_child(head, "poss")], []  # "Xi's plan to visit Moscow"
        if _purpose_of_an_event(current, head, lex):  # "converged for a rally to protest X": who went
            current = next(a for a in head.ancestors if a.pos_ == "VERB")
            continue
        if (served := purpose_of_object(current, trigger.type, lex)) is not None:
            current = served  # "pointed to the reporting to criticize X": who pointed criticises
            continue
        described = current.dep_ == "acl" and current.tag_ in ("VBG", "VBN", "VBD")
        if (current.dep_ == "relcl" or described) and head.pos_ in ("NOUN", "PROPN"):
            authors = _authors(head, lex) if current.dep_ == "acl" else []
            return authors or [head], []  # "forces using missiles", "the group that attacked"
        if current.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ == "VERB":
            if first_child(head.head, "dobj") is not None and head.lower_ != "by":
                return joined_in(head), []  # "accused X of attacking": X attacked, the accuser did not
            current = head.head  # "resorted to throwing stones": the subject of "resorted"
            continue
        if current.dep_ not in ("xcomp", "conj", "advcl", "acomp") or head.i == current.i:
            return [], []
        raised = current.dep_ == "xcomp"  # the passive subject above does the infinitive's act
        current = head
    return [], passive_subjects


def _purpose_of_an_event(verb: Token, noun: Token, lex: Lexicon) -> bool:
    """An infinitive hung on an event noun ("a rally in Lagos to protest ...") says what the event is
    for; the event is no actor, those who hold it, the subject above, are (those rules on)."""
    infinitive = verb.dep_ in ("relcl", "acl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )
    held = infinitive and noun.pos_ == "NOUN" and lemma_of(noun) in lex.nouns
    return held and any(a.pos_ == "VERB" for a in noun.ancestors) and rules.enabled("event_purposes")


def _authors(document: Token, lex: Lexicon) -> list[Token]:
    """Who issued a statement, letter or report that does the act ("the committee released a
    report accusing ...", "sent a letter urging ..."): the subject of the verb that takes it."""
    if lemma_of(document) not in lex.documents or document.dep_ not in ("dobj", "pobj"):
        return []
    verb = document.head.head if document.dep_ == "pobj" else document.head
    subject = first_child(verb, "nsubj") or doer_told(verb, lex)  # "got senators to sign a letter"
    return [subject, *subject.conjuncts] if subject is not None else []


def _makers(document: Token, lex: Lexicon) -> list[Token]:
    """Who a statement, letter or report doing the act comes from: "the Senate report", "a
    Pentagon statement", "the committee's letter", "a letter from 40 senators"."""
    if lemma_of(document) not in lex.documents:
        return []
    makers = [c for c in document.children if c.dep_ in ("poss", "compound") and is_agent(c, lex)]
    if rules.enabled("possessive_actors"):  # "Her statement condemned X": she, named through the article
        makers += [c for c in document.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS]
    for prep in document.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
            makers += [p for p in prep.children if p.dep_ == "pobj" and can_act(p, lex)]
    return makers


def _noun_participants(noun: Token, lex: Lexicon) -> tuple[list[Token], list[Token]]:
    """ "a meeting between X and Y", "an attack by X on Y", "Russia's attack on Y"."""
    actors, recipients = [], []
    judged = judgement_of_someone(noun, lex)  # "their criticism of Mr. Trump": Mr. Trump is judged
    for child in noun.children:
        if child.dep_ == "poss" and (role := possessor_role(child, noun, lex)) != "actor":
            recipients.extend([child] if role == "recipient" else [])  # "Trump's impeachment"
        elif child.dep_ == "poss":
            actors.extend(author_of(child, noun, lex))  # "Corker ... in his criticism": Corker
        elif child.dep_ == "prep":
            objects = [c for p in child.children if p.dep_ == "pobj" for c in (p, *p.conjuncts)]
            if child.lower_ in ("between", "by") or from_doer(child, noun, lex):  # "criticism from X"
                actors.extend(objects)
            elif child.lower_ in ("on", "against", "with") or (child.lower_ in ("of", "for") and judged):
                recipients.extend(objects)
    return actors, recipients


def _resolve(token: Token, governors: list[Token], lex: Lexicon) -> Token:
    """A pronoun to the speaker who reports it ("Iraq said it would"), a relative to its noun."""
    if token.tag_ in RELATIVE_TAGS and token.head.dep_ == "relcl":
        return _named_by_apposition(token.head.head, lex)
    if token.tag_ == "WDT" and token.i > 0 and rules.enabled("relatives_misparsed"):
        antecedent = _noun_before(token)  # "a drone strike last week that killed X", parsed as a
        if antecedent is not None:  # clause of its own: "that" is still the strike
            return antecedent
    if token.pos_ == "PRON":
        for governor in governors:
            if lemma_of(governor) in lex.speech:
                speaker = _speaker_of(governor)
                if (
                    speaker is not None
                    and speaker.pos_ != "PRON"
                    and not described_after(token, speaker, lex)
                ):
                    return speaker
        return earlier_speaker(token, lex) or token  # "X argued that ..., he said, noting ...": X
    return token


def _named_by_apposition(noun: Token, lex: Lexicon) -> Token:
    """ "Trump, a Republican who has called ...": the relative clause hangs on a description of
    someone set beside a name, and the one named does what it tells ("the Magnitsky Act, a bill
    that imposed ...": a bill is no one)."""
    head = noun.head
    if noun.dep_ != "appos" or not can_act(noun, lex) or not rules.enabled("appositive_antecedents"):
        return noun
    if not any(c.dep_ == "det" for c in noun.children):  # "the minister, Park Jin-woo, who ...": a name
        return noun
    gap = noun.doc[head.i + 1 : noun.left_edge.i]  # "Manchin III, a Democrat": only the name's end
    if not gap or gap[-1].text != "," or any(t.head != head or t.dep_ in ("appos", "conj") for t in gap[:-1]):
        return noun  # "..., the staff secretary who ..., the attorney general who": a list misparsed
    label = entity_label(head)  # "the Magnitsky Act, a bill that imposed ...": a law does nothing
    return head if label in ("PERSON", "ORG", "GPE", "NORP") or (head.pos_ == "PROPN" and not label) else noun


def _noun_before(relative: Token) -> Token | None:
    """The noun a relative pronoun follows, past a date ("a strike last week that ..."), in its
    sentence; None when another word stands between them."""
    i = relative.i - 1
    while i >= relative.sent.start and relative.doc[i].ent_type_ in ("DATE", "TIME"):
        i -= 1
    if i < relative.sent.start:
        return None
    before = relative.doc[i]
    return before if before.pos_ in ("NOUN", "PROPN") else None


def _speaker_of(verb: Token) -> Token | None:
    """The subject of a reporting verb, or of the clause it hangs from ("X was quoted as saying")."""
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if (fronted := fronted_participle(current)) is not None:
            return first_child(fronted, "nsubj")
        if (
            current.dep_ not in ("advcl", "pcomp", "pobj", "prep", "xcomp", "ccomp", "conj")
            or current.head.i == current.i
        ):
            return None
        current = current.head
    return None
