"""Whether a trigger reports an event at all: a concrete act that happened, is happening, or is
announced or threatened by someone.

Real news is mostly not events: questions ("Does anyone think he would meet ...?"), headings and
link lines ("GOP governor vetoes voter ID bills", "JUST WATCHED ..."), conditionals ("If the
mob had wounded him, ..."), what someone could, might or should do said by nobody in particular
("Those who have not should repudiate it"), habits and forecasts about people in general
("Typically, leaders would agree ...", "people will refuse to go"). A coder of events leaves
them all out; so does this stage.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import (
    Lexicon,
    can_act,
    clauses_above,
    first_child,
    lemma_of,
    load_lexicon,
)
from newsprism.events.modality import in_condition, states_a_fact, under_way, unreal_by_modality
from newsprism.events.not_done import conditional_offer, guarded_against, own_side_only, record_set
from newsprism.events.pledges import made_on_condition, willing_without_party
from newsprism.events.realis import (
    comes_into_force,
    defines_someone,
    inside_a_source,
    mentioned_in_passing,
    names_an_act_only,
    reason_asserted,
    shown_by_a_poll,
)
from newsprism.events.triggers import Trigger
from newsprism.events.views import is_generic
from newsprism.ingest.clean import is_debris_line, is_heading_or_debris

CLOSING = "\"'”’)] "
LINK_END = " .:>»›|-–—…"  # what may follow link text at the end of a line
QUOTES = ('"', "“", "”")
INDEFINITE = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody"})
CAN = frozenset({"can", "ca", "cannot"})
# Nouns whose relative clause tells how or why, not what happened ("the way the money was used").
MANNER_NOUNS = frozenset({"way", "manner", "reason", "extent", "degree"})
# Types an unfulfilled condition belongs to: a threat or a demand is made now, whatever follows.
CONDITIONAL_TYPES = frozenset({"THREATEN", "REQUEST"})


def reports_events(sent: Span, text: str, judged: bool = False) -> bool:
    """False for a question, and for a whole line that is a heading, a label or link text.
    ``judged``: the text's lines are cleaning's (``Article.lines_judged``): its boilerplate rules
    kept each of them."""
    sentence = text[sent.start_char : sent.end_char].rstrip()  # spaCy keeps the paragraph break
    if sentence.rstrip(CLOSING).endswith("?"):
        return False
    lex = load_lexicon()
    if rules.enabled("captions") and any(mark in sentence for mark in lex.caption_marks):
        return False  # "Image caption Mr Trump was appealing to ...": a picture described
    if rules.enabled("link_tails") and sentence.lower().rstrip(LINK_END).endswith(lex.link_tails):
        return False  # "Trump defends Kavanaugh but says ... Read more": a linked headline
    end = sent.start_char + len(sentence)
    starts_line = sent.start_char == 0 or text[sent.start_char - 1] == "\n"
    ends_line = end >= len(text.rstrip()) or text[end : end + 1] == "\n"
    if starts_line and ends_line:
        return not is_heading_or_debris(sentence, judged=judged)
    return not (rules.enabled("debris_lines") and _in_debris_line(sent.start_char, end, text, judged))


def _in_debris_line(start: int, end: int, text: str, judged: bool) -> bool:
    """A sentence the parser cut out of a boilerplate line ("( Also on POLITICO: Boehner dismisses
    ...)" parsed as two sentences): the line cleaning would drop is no report."""
    line_end = text.find("\n", end)
    line = text[text.rfind("\n", 0, start) + 1 : len(text) if line_end < 0 else line_end]
    return is_debris_line(line.strip(), judged)


def is_unreal(
    trigger: Trigger,
    clause: Token,
    governors: list[Token],
    past: bool,
    sentence: tuple[str, int],
    lex: Lexicon,
) -> bool:
    """A conditional, a modal said by no one, or a habit or forecast about people in general;
    ``sentence`` is the sentence's text and its offset."""
    said = any(lemma_of(g) in lex.speech for g in governors)
    # "at a time when the House is suing ...": a relative clause is told of its noun, not owed to it
    told_of = clause.dep_ == "relcl" and rules.enabled("relative_clauses_told")
    frame = [*governors] + ([] if told_of else [clause.head])
    frame += [c for c in clause.head.children if c.dep_ in ("acomp", "attr") and clause.dep_ == "xcomp"]
    if clause.dep_ == "advcl" and _for_to(clause) and rules.enabled("for_to_frames"):
        # "It's hard for the president to negotiate": the parser makes the for-to clause an advcl
        frame += [c for c in clause.head.children if c.dep_ == "acomp"]
    if any(lex.transparent.get(lemma_of(g)) == "unreal" for g in frame):
        return True  # "need to support", "are likely to reject", "it was hard to attack ..."
    if unreal_by_modality(trigger.token, clause, governors, said, lex):
        return True  # "will be able to appeal", "it's fair to ask ...", "should have had to urge"
    if trigger.token.pos_ == "VERB" and names_an_act_only(trigger.token, clause, lex):
        return True  # "the duty to defend", "calls to support ...", "they have to offer ..."
    if (
        trigger.kind == "verb"
        and trigger.type in ("ACCUSE", "SUPPORT")
        and mentioned_in_passing(trigger.token)
    ):
        return True  # "the man accused of opening fire ... tried to ..."
    if (
        trigger.kind == "verb"
        and trigger.type == "SANCTION"
        and rules.enabled("convicted_participles")
        and mentioned_in_passing(trigger.token)
    ):
        return True  # "Kirk Doe, a man convicted of murder after ...": a past sentence describes him
    if trigger.kind in ("noun", "light") and comes_into_force(trigger.noun or trigger.token, lex):
        return True  # "The ban will take effect Dec. 1": a decided act coming into force
    if trigger.kind == "verb" and defines_someone(clause):
        return True  # "INTERPOL is an agency that coordinates efforts between countries"
    if shown_by_a_poll(trigger.token, lex):
        return True  # "polls show more people blaming Mr. Trump": a statistic of views
    if trigger.kind == "verb" and record_set(trigger.token):
        return True  # "He was the first speaker to resign": what sets him apart, background
    if conditional_offer(trigger.type, clause, lex) and not made_on_condition(trigger, governors, lex):
        return True  # "if Obama wants ..., he'll negotiate": a meeting supposed, not held (a pledge
        # already made on a condition is made: "pledged to back her if she wins")
    if trigger.kind in ("noun", "light") and guarded_against(trigger.noun or trigger.token, lex):
        return True  # "protect consumers from deals between banks": an act kept from happening
    if inside_a_source(trigger.token):
        return True  # "according to a victim's son who said he spoke with a survivor"
    if any(_purpose_of(g, lex) for g in frame):
        return True  # "my highest duty is to defend ...": a statement of purpose
    if _permitted(clause, lex):
        return True  # "They're allowed to torture ...": what may be done, by no one's leave in sight
    if _allowed_by_a_thing(clause, lex):
        return True  # "the law allows police to arrest ...", "that requires us to shut down ..."
    if any(lemma_of(g) in lex.wish_verbs for g in governors) or lemma_of(clause.head) in lex.wish_verbs:
        return True  # "others want to lift sanctions": a wish, not an act
    if trigger.kind == "commitment" and not trigger.content and not _promises_something(trigger.token):
        return True  # "willing to go to great lengths": a promise of nothing in particular
    if willing_without_party(trigger, clause, lex):
        return True  # "was 'ready, willing and able' to reach a deal": a disposition, no offer
    if trigger.type not in CONDITIONAL_TYPES and trigger.kind not in ("request", "commitment"):
        if in_condition(trigger.token) or (not said and _modal(clause, governors, lex)):
            return True
    elif not said and _own_modal(clause, lex):
        return True  # "Pelosi could threaten to ...": a threat that may come, not one made
    if not said and _imperative(governors[-1] if governors else clause):
        return True  # "Just ask John Boehner.", "Keep talking": an imperative to the reader
    if _indirect_question(clause):
        return True  # "speculation about when the Fed will ease ...", "how unions negotiate ..."
    if _what_it_is_about(clause) and rules.enabled("about_frame"):
        return True  # "this is about Schiff trying to destroy ...": a characterisation
    if _tally(clause) and rules.enabled("tallies"):
        return True  # "visited the White House at least 157 times": a count of acts
    if _forecast_warning(trigger, lex) and rules.enabled("forecast_warnings"):
        return True  # "the IMF warned that growth would not recover": a forecast, no threat
    own_verb = trigger.kind == "verb" and clause.i == trigger.token.i
    if own_verb and _state_of_a_thing(clause, lex) and rules.enabled("thing_states"):
        return True  # "climate change is settled science": how a thing stands, no one acting
    if _stance(trigger, clause, past, said, lex):
        return True  # "a group that supports an immigration crackdown": a standing view
    subject = _subject_of(clause)
    if subject is not None and subject.tag_ in ("WP", "WDT") and clause.dep_ == "relcl":
        subject = clause.head  # "anyone who criticizes him": anyone
    if _held_by_people_in_general(clause, lex):
        return True  # "only 36% felt the White House ordered ...": a poll, a view
    generic = subject is not None and not past and is_generic(subject, lex) and not under_way(clause, lex)
    if subject is not None and (subject.lower_ in INDEFINITE or generic):
        return True  # "someone has promised it to voters", "people will refuse to go"
    target = first_child(clause, "dobj")
    if target is not None and target.lower_ in INDEFINITE and not past:
        return True  # "his supporters attack anyone who ...": a habit, no one in particular
    if _modal_above(clause, governors, lex) and trigger.type not in CONDITIONAL_TYPES:
        return True  # "it seems unlikely they would make a move requiring states to recognize ..."
    return not said and subject is not None and _authors_own(subject, sentence)


def _held_by_people_in_general(clause: Token, lex: Lexicon) -> bool:
    """The trigger's clause is what a poll's share or people in general believe or say."""
    for head in clauses_above(clause, ("ccomp", "xcomp", "conj")):
        holder = first_child(head, "nsubj")
        if holder is None or not is_generic(holder, lex):
            continue
        verb = lemma_of(head)
        if verb in lex.belief_verbs or (verb in lex.speech and _a_share(holder, lex)):
            return True
    return False


def _a_share(holder: Token, lex: Lexicon) -> bool:
    """ "36%", "most voters", "a majority of Americans": a share of people, as polls give."""
    if holder.ent_type_ == "PERCENT" or holder.lower_ in (*lex.generic_quantifiers, "percent"):
        return True
    return any(c.lower_ in lex.generic_quantifiers for c in holder.children)


def _for_to(clause: Token) -> bool:
    """ "for the president to negotiate": an infinitive with its subject in a for-phrase."""
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
    return marked and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _purpose_of(verb: Token, lex: Lexicon) -> bool:
    """ "X's duty is to ...", "the goal was to ...": the copula of a role or aim."""
    subject = first_child(verb, "nsubj")
    return lemma_of(verb) == "be" and subject is not None and lemma_of(subject) in lex.purpose_nouns


def _imperative(verb: Token) -> bool:
    """A bare verb heading the sentence with no subject or auxiliary."""
    return verb.dep_ == "ROOT" and verb.tag_ == "VB" and _subject_of(verb) is None


def _own_modal(clause: Token, lex: Lexicon) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _modals(lex) for c in clause.children)


def _indirect_question(clause: Token) -> bool:
    """A complement clause opened by whether or a wh-word: what is asked or wondered, not done."""
    if any(a.dep_ == "csubj" for a in (clause, *list(clause.ancestors)[:4])):
        return True  # "expecting him to refuse ... is a dangerous precedent": a proposition
    current = clause
    for _ in range(3):
        if current.dep_ == "relcl" and lemma_of(current.head) in MANNER_NOUNS:
            return True  # "the way money was used", "the reason I insist on ..."
        complement = current.dep_ in ("pcomp", "ccomp", "csubj", "pobj")
        told = reason_asserted(current)  # "Which is why Walker was condemning ...": not asked
        for c in current.children:
            if complement and (
                (c.dep_ == "mark" and c.lower_ == "whether")
                or (c.dep_ == "advmod" and c.tag_ == "WRB" and not told)
            ):
                return True
            if current.dep_ == "advcl" and c.dep_ == "mark" and c.lower_ == "whether":
                return rules.enabled("whether_conditions")  # "Whether or not X put forth ..., Y must"
            if c.dep_ == "advmod" and c.lower_ in ("how", "why") and not told:
                return True  # "... than how unions negotiate"
        if current.dep_ not in ("xcomp", "conj", "acomp") or current.head.i == current.i:
            return False  # acomp: "why he'd be reluctant to veto ..."
        current = current.head
    return False


def _stance(trigger: Trigger, clause: Token, past: bool, said: bool, lex: Lexicon) -> bool:
    """A present-simple stance on a policy is a view held ("the group supports a crackdown", "said he
    opposes it"), unless an "I"/"we" declares it or a subjunctive asks it ("that the board support")."""
    if past or trigger.kind != "verb" or lemma_of(trigger.token) not in lex.stance_verbs:
        return False
    if clause.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    reported = rules.enabled("stances_said")
    subject = first_child(clause, "nsubj")
    declared = (
        subject is None or subject.lower_ in ("i", "we") or (subject.tag_, clause.tag_) == ("NN", "VBP")
    )
    if said and (not reported or declared):
        return False
    target = first_child(trigger.token, "dobj")
    if target is None and reported:
        target = first_child(trigger.token, "xcomp")  # "opposes mailing ballots"
    if target is None or (can_act(target, lex) and not (reported and target.lower_ == "it")):
        return False
    return first_child(target, "poss") is None  # "supports the administration's effort": its makers


def _permitted(clause: Token, lex: Lexicon) -> bool:
    """The complement of a passive permission with no one who permits."""
    head = clause.head
    if clause.dep_ == "conj" and head.dep_ == "xcomp":
        head = head.head  # "allowed to torture and maim": the second act shares the frame
    elif clause.dep_ != "xcomp":
        return False
    if lemma_of(head) not in lex.permission_verbs or first_child(head, "nsubjpass") is None:
        return False
    return first_child(head, "agent") is None


def _allowed_by_a_thing(clause: Token, lex: Lexicon) -> bool:
    """An act a rule or a circumstance allows, requires or forces on someone: what may or must
    be done, not what was done."""
    head = clause.head
    if clause.dep_ not in ("xcomp", "ccomp") or lemma_of(head) not in lex.object_control:
        return False
    subject = first_child(head, "nsubj")
    # an agreement binding someone ("the accord requires the army to withdraw") is itself an event
    return subject is not None and not can_act(subject, lex) and lemma_of(subject) not in lex.nouns


def _what_it_is_about(clause: Token) -> bool:
    """ "This is (not) about X trying to ...": what a matter is said to be about, a view of it."""
    return any(
        head.dep_ == "prep" and head.lower_ == "about" and lemma_of(head.head) == "be"
        for head in clauses_above(clause, ("xcomp", "pcomp", "pobj", "conj"))
    )


def _tally(verb: Token) -> bool:
    """ "157 times", "five times", "twice": the verb counts repeated acts."""
    for child in verb.children:
        if child.lower_ in ("twice", "thrice") and child.dep_ == "advmod":
            return True
        if child.dep_ == "npadvmod" and lemma_of(child) == "time" and child.tag_ == "NNS":
            return any(c.dep_ == "nummod" for c in child.children)
    return False


def _forecast_warning(trigger: Trigger, lex: Lexicon) -> bool:
    """A warning whose that-clause names no one's act: a thing said to happen or be, or a
    passive with no doer ("warned that his majority could be weakened")."""
    if trigger.type != "THREATEN" or lemma_of(trigger.token) not in lex.warning_verbs or trigger.content:
        return False
    warned = first_child(trigger.token, "ccomp")
    if warned is None and trigger.token.dep_ == "parataxis":
        warned = trigger.token.head  # "All this information, Molins warned, is tentative."
    if warned is None:
        return False
    if first_child(warned, "nsubjpass") is not None and first_child(warned, "agent") is None:
        return True
    subject = first_child(warned, "nsubj")
    if own_side_only(warned, lex):
        return True  # "warned that it could lay off ... of its workforce": its own people
    return lemma_of(warned) == "be" or subject is None or not can_act(subject, lex)


def _state_of_a_thing(clause: Token, lex: Lexicon) -> bool:
    """A present passive with no doer and a thing as its subject ("the matter is settled"): a state."""
    auxpass = first_child(clause, "auxpass")
    if auxpass is None or auxpass.tag_ not in ("VBZ", "VBP") or first_child(clause, "aux") is not None:
        return False
    if first_child(clause, "xcomp") is not None:
        return False  # "talks are scheduled to resume": a plan, not a state
    patient = first_child(clause, "nsubjpass")
    return first_child(clause, "agent") is None and patient is not None and not can_act(patient, lex)


def _authors_own(subject: Token, sentence: tuple[str, int]) -> bool:
    """ "I reject every interpretation ...", "By signing up you agree ...": the writer's first
    person, or the reader addressed, outside any quotation."""
    if subject.lower_ not in ("i", "we", "you") or (
        subject.lower_ == "you" and not rules.enabled("reader_addressed")
    ):
        return False
    text, start = sentence
    before = text[: subject.idx - start]
    return sum(before.count(q) for q in QUOTES) % 2 == 0


def _modal_above(clause: Token, governors: list[Token], lex: Lexicon) -> bool:
    """A would/could/might on a verb above the trigger that is neither its clause nor a governor."""
    skip = {clause.i} | {g.i for g in governors}
    current = clause
    for _ in range(6):
        if current.head.i == current.i or lemma_of(current.head) in lex.speech:
            return False
        if states_a_fact(current, lex):
            return False  # "would review the case, which dragged on since the governor appointed him"
        current = current.head
        if current.i not in skip and current.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ in _modals(lex) for c in current.children):
                return True
    return False


def _promises_something(verb: Token) -> bool:
    """A promise names what is given or done: an object ("pledged $2 billion", "ready to
    contribute 4,000 troops"); "willing to go to great lengths" names nothing."""
    heads = [verb]
    for _ in range(3):  # "pledging to try to reach common ground"
        heads += [c for c in heads[-1].children if c.dep_ == "xcomp"][:1]
    return any(c.dep_ in ("dobj", "dative") for h in heads for c in h.children)


def _modals(lex: Lexicon) -> frozenset[str]:
    """could, might, may, should, would, and can: what may be, not what was ("how long families
    can be detained")."""
    return lex.hypothetical_aux | CAN


def _modal(clause: Token, governors: list[Token], lex: Lexicon) -> bool:
    heads = [clause] + [g for g in governors if lemma_of(g) not in lex.speech]
    return any(c.dep_ == "aux" and c.lower_ in _modals(lex) for h in heads for c in h.children)


def _subject_of(clause: Token) -> Token | None:
    current = clause
    for _ in range(4):
        subject = first_child(current, "nsubj")
        see_through = current.dep_ in ("xcomp", "conj", "acomp")  # "none is willing to": the copula's
        if subject is not None or not see_through or current.head.i == current.i:
            return subject
        controller = first_child(current.head, "dobj") if current.dep_ == "xcomp" else None
        if controller is not None:  # "the deal requires the army to withdraw": the army
            return controller
        current = current.head
    return None
