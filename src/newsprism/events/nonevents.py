"""Uses of trigger words that are no events: idioms ("burned his bridges", "meet the
deadline"), questions ("asked whether ..."), figures of speech ("their identities are
threatened"), things as doers ("delays allow states to ...") and the views of people in general
("Most economists agree that ..."). The word lists are data (events.yaml); what makes a question
is in questions.py, what makes a view in views.py.
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.contests import won_in_a_contest
from newsprism.events.evaluations import doubted_act
from newsprism.events.lexicon import Lexicon, can_act, first_child, is_agent, lemma_of
from newsprism.events.not_done import adjective_participle, stood_at_a_place, travels_in_company
from newsprism.events.questions import asks_an_act, is_question, names_what_is_asked, put_to_an_interviewee
from newsprism.events.realis import done_to_oneself, gapped_object
from newsprism.events.verb_words import adverbial_phrase
from newsprism.events.views import believes, is_opinion
from newsprism.nlp.entity_lists import is_place_name
from newsprism.nlp.entity_repairs import entity_label

# Where an arrival is a visit: a land, a named place or a body ("arrived at the White House").
HOST_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


def not_an_event(token: Token, lemma: str, obj: Token | None, keys: list[str], lex: Lexicon) -> bool:
    """Uses of trigger verbs that are no events: idioms, "declined to comment", "asked whether"."""
    previous = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    listed = any(k in lex.verbs for k in keys[:-1])  # "spoke with Macron about ...": talks
    if any(k in lex.not_events for k in keys[:-1]) and not listed:
        return True  # "talked about the economy"
    particle = first_child(token, "prt")
    idiom = particle is not None and f"{lemma} {particle.lower_}" in lex.not_events
    if idiom and rules.enabled("particle_idioms"):
        return True  # "worked out twice a week with a trainer": the particle makes it another verb
    if f"{previous} {token.lower_}" in lex.not_events:
        return True  # "as opposed to"
    if done_to_oneself(token, obj, listed):
        return True  # "tried to kill himself"
    if offered_with_its_opposite(token, lex):
        return True  # "agree or disagree with those positions, it is ...": a choice, no act
    if won_in_a_contest(token, lemma, lex):
        return True  # "since Bill Clinton beat George H.W. Bush" for reelection: a win, no beating
    if office_won(token, lemma, obj, lex):
        return True  # "Republicans captured the Senate", "seized control of the House": a result
    if put_to_an_interviewee(token, lemma, lex):
        return True  # "Pressed by a reporter to explain ..., Furman claimed ...": a question put
    if free_relative(token, obj):
        return True  # "determine what the counsel is disputing": a thing named by an act, no act told
    retort = lemma in lex.retort_verbs and not listed
    retort = retort and (first_child(token, "ccomp") is not None or _answered_back(token, lex))
    if retort and rules.enabled("retorts"):
        return True  # '"Maybe I will write a book," MacArthur shot back': words said back, no shot
    if rules.enabled("acts_asked") and any(k in lex.acts_asked for k in keys[:-1]) and not asks_an_act(token):
        return True  # "called on nearly every reporter whose hand went up": a turn to speak
    excluded = lex.not_with_objects.get(lemma, ())
    keeps_account = any(k in lex.word_classes["account_keepers"] for k in keys)
    if excluded or keeps_account:  # what it acts on is read only for these (most verbs have neither)
        objects = _acted_on(token, lemma, obj, lex)
        if excluded and any(lemma_of(o) in excluded or o.lower_ in excluded for o in objects):
            return True  # "meet the deadline", "talked to reporters"
        if keeps_account and _own_account(objects, lex):
            return True  # "CNN stands by its reporting": one's own account kept to, no one backed
    if obj is not None and lemma_of(obj) in lex.idiom_objects and first_child(obj, "poss") is not None:
        return True  # "America has fought its way back"
    if obj is not None and _idiom_object(obj, lex):
        return True  # "made the right call": a decision judged, no call on anyone
    complement = first_child(token, "xcomp")
    if complement is not None:  # "declined to comment", "declined to go into specifics"
        said = [lemma_of(complement)] + [f"{lemma_of(complement)} {c.lower_}" for c in complement.children]
        if any(w in lex.not_with_complements.get(lemma, ()) for w in said):
            return True
    if lemma == "charge" and any(  # "a panel charged with overseeing ...": tasked, not accused
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(p.dep_ == "pcomp" and lemma_of(p) not in lex.wrongdoing for p in c.children)
        for c in token.children
    ):
        return True  # but "charged him with lying to investigators" is an accusation
    if lemma in lex.belief_with_clause and believes(token, lex):
        return True  # "recognizes the approach needs to change"
    if _arrives_at_no_host(token, lemma, lex):
        return True  # "they have at least arrived", "agents arrived at his residence"
    patient = first_child(token, "nsubjpass")
    if lemma in lex.travel_verbs and patient is not None and first_child(token, "agent") is None:
        return True  # "planes were flown to the plant"
    if lemma in lex.permission_verbs and patient is not None and first_child(token, "agent") is None:
        return True  # "They're allowed to torture ...": a standing permission
    if adjective_participle(token, lex):
        return True  # "Cole's position is striking because ...": an adjective
    if stood_at_a_place(token, keys, lex):
        return True  # "standing with the team on the Truman Balcony": where they stood
    if travels_in_company(token, lemma, lex):
        return True  # "reporters traveling with the president": company on a journey, no visit
    traveller = first_child(token, "nsubj")
    if lemma in lex.travel_verbs and traveller is not None and traveller.lower_ == "it":
        return True  # "the rocket ... as it traveled": a thing on the move
    if patient is not None and lemma in lex.agent_patients and not can_act(patient, lex):
        return True  # "their very identities are threatened"
    if (
        obj is not None
        and lemma in lex.agent_objects
        and not (can_act(obj, lex) or lemma_of(obj) in lex.objects)
    ):
        return True  # "received a proposal" is no visit
    if any(k in lex.word_classes["rival_phrases"] for k in keys) and not _set_against_someone(token, lex):
        return True  # "the new wing draws a contrast with the old building": things compared
    if (
        lemma in lex.admission_verbs
        and first_child(token, "ccomp") is not None
        and rules.enabled("admissions")
    ):
        return True  # "conceded that Trump could win": an admission
    if lemma in lex.admission_verbs and _introduces_a_quote(token) and rules.enabled("quoted_admissions"):
        return True  # 'who also conceded: "Maybe I'm just not believing ..."': words admitted
    if lemma in lex.feeling_adjectives and not (
        rules.enabled("feelings") and _felt_towards_someone(token, lex)
    ):
        return True  # "disappointed with the figures": a feeling about things
    subject = first_child(token, "nsubj")
    if lemma in lex.agent_subjects and subject is not None:
        if not (is_agent(subject, lex) or subject.pos_ == "PRON"):
            return True  # "delays allow states to ...", "the virus attacks cells"
    if lemma in lex.opinion_verbs and is_opinion(token, subject, lex):
        return True  # "Most economists agree that inflation will fall"
    if lemma in lex.questions:  # "asked whether ...", "asked, 'Do you ...?'" are questions
        if any(is_question(c) for c in token.children if c.dep_ in ("ccomp", "advcl")):
            return not doubted_act(token, lex)  # "questioned whether DOJ crossed a line": disputed
        if lemma in lex.asking:
            return not names_what_is_asked(token, obj, lex)  # "asked Carson about the report"
        return obj is None and first_child(token, "dative") is None and not first_child(token, "xcomp")
    return False


def _introduces_a_quote(verb: Token) -> bool:
    """The verb, with no object, is followed by a colon or an opening quotation mark: it
    introduces the words said ('conceded: "Maybe ..."'), however the parser hung them."""
    if first_child(verb, "dobj") is not None:
        return False
    following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return following is not None and (following.text == ":" or following.tag_ == "``")


def _answered_back(verb: Token, lex: Lexicon) -> bool:
    """'Smith shot back: "..."', "fired back, saying ...": a verb of shooting "back" at no one,
    before the words said (a colon, a quotation mark or a saying clause), is a reply."""
    back = [c for c in verb.children if c.lower_ == "back" and c.dep_ in ("prt", "advmod")]
    if not back or first_child(verb, "dobj") is not None:
        return False
    end = max(verb.i, back[0].i)
    following = verb.doc[end + 1] if end + 1 < len(verb.doc) else None
    if following is not None and (following.text == ":" or following.tag_ == "``"):
        return True
    return any(c.dep_ in ("advcl", "xcomp") and lemma_of(c) in lex.speech for c in verb.children)


def office_won(verb: Token, lemma: str, obj: Token | None, lex: Lexicon) -> bool:
    """ "Republicans captured the Senate", "seized control of the House", "seized the Senate
    majority": an elected body, its seats or an office taken is an election's result, not an
    assault or a seizure ("seized the town", "captured soldiers" stay)."""
    if lemma not in lex.word_classes["winning_verbs"] or not rules.enabled("offices_won"):
        return False
    won = obj if obj is not None else first_child(verb, "nsubjpass")
    if won is not None and lemma_of(won) in lex.word_classes["hold_nouns"]:  # "control of the Senate"
        preps = [c for c in won.children if c.dep_ == "prep" and c.lower_ in ("of", "over")]
        won = next((p for c in preps for p in c.children if p.dep_ == "pobj"), None)
    if won is None:
        return False
    bodies = lex.word_classes["elected_bodies"]
    compounds = [c for c in won.children if c.dep_ == "compound"]
    if any(f"{c.text} {won.text}" in bodies for c in compounds):
        return True  # "captured the White House": the presidency
    if any(lemma_of(w) in bodies or w.lower_ in bodies for w in (won, *compounds)):
        return True  # "the Senate majority", "seats"
    # "the House", "the U.S. House", not "the Government House" (a building)
    named = " ".join(t.text for t in won.subtree if t.i < won.i and t.dep_ == "compound")  # "New York"
    return won.text in bodies and (not compounds or is_place_name(named))


def offered_with_its_opposite(token: Token, lex: Lexicon) -> bool:
    """A verb joined by "or" to its opposite ("agree or disagree", "win or lose") names the two
    stances open to anyone, not an act of someone's."""
    if not rules.enabled("alternatives"):
        return False
    pairs = lex.word_classes["alternatives"]
    joined = [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
    for other in joined:
        first, second = (token, other) if token.i < other.i else (other, token)
        if any(c.dep_ == "cc" and c.lower_ == "or" for c in first.children):
            pair = f"{lemma_of(first)} {lemma_of(second)}"
            if pair in pairs or f"{lemma_of(second)} {lemma_of(first)}" in pairs:
                return True
    return False


def _acted_on(token: Token, lemma: str, obj: Token | None, lex: Lexicon) -> list[Token]:
    """What a trigger verb acts on, for the objects that make it no event ("meet the deadline")."""
    objects = [obj] if obj is not None else []
    if obj is not None and obj.tag_ in ("WDT", "WP") and token.dep_ == "relcl":
        objects.append(token.head)  # "investigations that have been closed"
    objects += gapped_object(token) if obj is None else []  # "a balancing act she's had to strike"
    if obj is None or not is_agent(obj, lex):  # "hit Bloomberg over his record" is no "hit a record"
        # not a fixed adverbial: "In response, Marco offered a tepid critique" offers no response
        preps = [c for c in token.children if c.dep_ == "prep" and not adverbial_phrase(c)]
        objects += [p for c in preps for p in c.children if p.dep_ == "pobj"]
    elif lemma in lex.asking and rules.enabled("asked_for_words"):  # "asked the embassy for comment"
        objects += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children]
    if rules.enabled("second_objects"):  # "to feed it data": what a ditransitive gives refuses it too
        objects += [c for c in token.children if c.dep_ == "dobj" and c is not obj]
    if rules.enabled("object_classes"):
        objects += [c for o in objects for c in o.conjuncts]  # "hitting the S and K keys"
        objects += [counted for o in objects for counted in _counted(o, lex)]  # "a series of questions"
        objects += [c for o in objects for c in o.children if c.dep_ == "compound"]  # "an ad pleading ..."
        objects += [c for o in objects for c in o.children if c.tag_ == "$"]  # "accepted $200,000": money
    return objects


def _own_account(objects: list[Token], lex: Lexicon) -> bool:
    """An account or a decision that is no named other's ("our story", "his decision", "that
    statement"); "stood by Mrs. Pelosi's decision" backs her (those rules on)."""
    kept = [o for o in objects if o.head.lower_ == "by" and lemma_of(o) in lex.word_classes["own_accounts"]]
    # the owner: a possessor, or the object of "of" ("the assessment of the committees")
    owners = [first_child(o, "poss") or _of_whom(o) for o in kept]
    return any(p is None or p.pos_ == "PRON" for p in owners) and rules.enabled("own_accounts")


def _of_whom(noun: Token) -> Token | None:
    return next((p for c in noun.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)


def _idiom_object(obj: Token, lex: Lexicon) -> bool:
    """An object that with its modifier is an idiom ("the right call", "a judgment call")."""
    phrases = lex.word_classes["idiom_object_phrases"]
    modifiers = [c for c in obj.children if c.dep_ in ("amod", "compound") and c.i < obj.i]
    found = any(f"{lemma_of(m)} {lemma_of(obj)}" in phrases for m in modifiers)
    return found and rules.enabled("idiom_object_phrases")


def _felt_towards_someone(word: Token, lex: Lexicon) -> bool:
    """ "angry with the senator", "disappointed in Trump's response": someone, or someone's doing;
    "angry that Congress is moving to ...": a that-clause whose subject can act."""
    for clause in (c for c in word.children if c.dep_ == "ccomp" and rules.enabled("feelings_that")):
        doer = first_child(clause, "nsubj")
        if doer is not None and can_act(doer, lex) and doer.lower_ not in ("it", "this", "that"):
            return True
    for prep in word.children:
        for target in (p for p in prep.children if prep.dep_ in ("prep", "agent") and p.dep_ == "pobj"):
            owner = first_child(target, "poss")
            if can_act(target, lex) or (owner is not None and can_act(owner, lex)):
                return True
    return False


def _counted(noun: Token, lex: Lexicon) -> list[Token]:
    """What a counting head gathers: "a welter of details" is details, "a series of questions" questions."""
    if lemma_of(noun) not in lex.quantity_heads:
        return []
    return [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _arrives_at_no_host(token: Token, lemma: str, lex: Lexicon) -> bool:
    """An arrival is a visit (PLOVER CONSULT) only at a host: a named land, place or body, or
    someone ("arrived in Belgrade", "arrived at the White House"), or one said to be on a visit or
    here ("arrived here for talks"). Arriving at a house or nowhere named is no visit."""
    if lemma not in lex.word_classes.get("arrivals", ()) or not rules.enabled("arrivals"):
        return False
    for child in token.children:
        if child.dep_ == "advmod" and child.lower_ in ("here", "there"):
            return False  # "arrived here Tuesday": the dateline's place
        if child.dep_ != "prep":
            continue
        if child.lower_ == "for":
            return False  # "arrived for talks", "for a two-day visit"
        for pobj in child.children:
            if pobj.dep_ != "pobj" or entity_label(pobj) in ("DATE", "TIME"):
                continue  # "on Tuesday" is when, not where
            if entity_label(pobj) in HOST_LABELS or can_act(pobj, lex):
                return False
    return True


def _set_against_someone(verb: Token, lex: Lexicon) -> bool:
    """ "drew a sharp contrast with the governor": set against someone who can act ("with", "to"
    after the verb or its object); those rules on."""
    if not rules.enabled("rivals_contrasted"):
        return True
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("with", "to")]
    return any(can_act(o, lex) for p in preps for o in p.children if o.dep_ == "pobj")


def free_relative(token: Token, obj: Token | None) -> bool:
    """A verb whose object is "what" and whose clause is another verb's object or complement
    ("determine what the counsel is disputing", "stand by what the minister rejected") names a
    thing by an act, as a relative clause does; the act is not what the sentence tells (those
    rules on)."""
    if obj is None or obj.lower_ not in ("what", "whatever") or obj.tag_ != "WP":
        return False
    return token.dep_ in ("ccomp", "dobj", "pobj", "xcomp") and rules.enabled("free_relatives")
