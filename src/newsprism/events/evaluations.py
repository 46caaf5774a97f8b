"""Criticism and praise said in so many words: "the IRS said the video was unacceptable",
"called the decision a disgrace", "called him a great leader", "said the president lied".

Political news is full of verbal conflict that no accusation verb names; PLOVER codes criticism
as ACCUSE (disapprove) and praise as SUPPORT. A speech verb whose that-clause says someone or
something "is" a strongly evaluative word, or a naming verb ("call", "describe as") with such a
complement, is such an event. The words are data (events.yaml: criticism_words, praise_words).
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.advocacy import case_pleaded
from newsprism.events.distrust import distrusted, shamed
from newsprism.events.lexicon import Lexicon, can_act, first_child, is_agent, lemma_of
from newsprism.events.passing import reported_clauses
from newsprism.events.valence import judged_someone, named_someone, small_clauses, valence_of

COMPLEMENT_DEPS = ("acomp", "attr", "oprd")


def evaluation_type(verb: Token, lex: Lexicon) -> tuple[str, str | None] | None:
    """(ACCUSE, disapprove) or (SUPPORT, None) when the verb judges someone or something."""
    lemma = lemma_of(verb)
    words: list[Token] = []
    mild: list[Token] = []  # judged by the milder words too: the judged one is someone
    if lemma in lex.speech:
        reasons = _reasons_given(verb) + _reports_within(verb, lex)
        for clause in [*verb.children, *reasons]:
            reported = clause.dep_ == "ccomp" or clause in reasons
            if reported and _inner_quotation(clause):
                continue  # '"... if I don't say something, 'You're a fraud,'" he said': words mimicked
            if reported and (distrusted(clause, lex) or shamed(clause, lex)):
                return "ACCUSE", "disapprove"  # 'said the governor "can't be trusted"', "should be ashamed"
            if reported and _possible(clause, lex):
                continue  # "I believe that Russia can be most effective ...": what may be, no judgement
            if reported and _conditioned(clause, lex):
                continue  # '"A state violates the clause only if it removes ...," X said': a rule stated
            if reported and lemma_of(clause) == "be" and _has_subject(clause):
                if _about_someone(clause, lex):  # "said the president's response was poor"
                    mild += _complements(clause)
                words += _judging_subject(clause, lex)  # "The worst lie ... is his claim": someone's
                if judged_someone(clause, lex) or not rules.enabled("owned_things_judged"):
                    words += _complements(clause)
            elif reported and clause.tag_ == "VBN" and _passive(clause):
                words.append(clause)  # "'We are blessed to have this president,' X said"
            elif reported and _wrong_done(clause, lex) and _of_another(clause):
                if not any(c.dep_ == "neg" for c in clause.children):
                    return "ACCUSE", "allege"  # "said the president lied"
            elif reported and _of_another(clause) and _acts_without_event(clause, lex):
                words += _qualifiers(clause)  # "said the president has created a divisive climate"
            if reported:
                words += _owned_wrongs(clause, lex)  # "said Trump's bullying is not going to work"
            if reported and _praise_denied(clause, lex):
                return "ACCUSE", "disapprove"  # "said Comey wasn't doing a good job"
    if lemma in lex.evaluative_verbs:
        named = _complements(verb) + _described_object(verb) + quoted_naming(verb) + _second_object(verb)
        for prep in verb.children:  # "described the plan as reckless"
            if prep.dep_ == "prep" and prep.lower_ in ("as", "to"):  # "compared the policy to Nazi tactics"
                named += [c for c in prep.children if c.dep_ in ("pobj", "amod", "acomp")]
        if named_someone(verb, lex):
            mild += named  # "called the senator incompetent": any valenced word judges someone
        if (
            named_someone(verb, lex)
            or first_child(verb, "dobj") is None
            or not rules.enabled("owned_things_judged")
        ):
            words += named  # "called the deal a disaster": a thing naming no one, judged, no event
        mild += small_clauses(verb, lex)[1]  # "branded the leader dishonest"
    criticised = praised = False
    for word in words:
        lemmas = {lemma_of(word), word.lower_} | {
            lemma_of(c) for c in word.children if c.dep_ in ("amod", "compound")
        }
        lemmas |= {lemma_of(p) for c in word.children if c.lower_ == "of" for p in c.children}  # act of war
        lemmas |= {f"{c.lower_} {lemma_of(word)}" for c in word.children if c.dep_ in ("amod", "compound")}
        criticised |= bool(lemmas & lex.criticism) and not _negated(word)
        praised |= bool(lemmas & lex.praise) and not _negated(word)
        criticised |= _excessive(word) and not _negated(word)
    for word in mild:
        lemmas = {lemma_of(word), word.lower_} | {lemma_of(c) for c in word.children if c.dep_ == "amod"}
        criticised |= bool(lemmas & lex.mild_criticism) and not _negated(word)
        praised |= bool(lemmas & lex.mild_praise) and not _negated(word)
    if not (criticised or praised):  # no listed word: the evaluative lexicon's valence (valence.py)
        judged = valence_of(mild)
        criticised, praised = judged == "ACCUSE", judged == "SUPPORT"
    if criticised:
        return "ACCUSE", "disapprove"
    if praised:
        return "SUPPORT", None
    return None


def _inner_quotation(clause: Token) -> bool:
    """A clause opened by a single quotation mark inside the speaker's open double one is words the
    speaker puts in another's mouth ("if I don't say something, 'You're a fraud'"), no judgement of
    the speaker's own (those rules on); a quotation in single marks alone is the speaker's."""
    start = clause.left_edge.i
    opener = next((t for t in clause.doc[max(start - 1, 0) : start + 1] if t.tag_ == "``"), None)
    if opener is None or opener.text not in ("\u2018", "'", "`") or not rules.enabled("inner_quotations"):
        return False
    before = clause.doc[clause.sent.start : opener.i]
    curly = sum(t.text == "\u201c" for t in before) - sum(t.text == "\u201d" for t in before)
    return curly > 0 or sum(t.text == '"' for t in before) % 2 == 1


def _excessive(word: Token) -> bool:
    """ "described as too broad", "called it too little, too late": "too" with a quality faults it
    (those rules on); "too early to judge" measures, with its infinitive, and faults nothing."""
    if word.pos_ != "ADJ" or not rules.enabled("excess_judged"):
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in word.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ == "too" for c in word.children)


def _wrong_done(clause: Token, lex: Lexicon) -> bool:
    """A reported clause that says its subject did wrong ("said the president lied"), or is out
    to ("said Democrats are trying to destroy a man's life": an attempt at ruin alleged)."""
    if lemma_of(clause) in lex.wrongdoing:
        return True
    if lemma_of(clause) not in lex.word_classes["attempt_verbs"] or not rules.enabled("attempts_alleged"):
        return False
    ruin = lex.wrongdoing | lex.word_classes["ruin_verbs"]
    acts = [c for c in clause.children if c.dep_ == "xcomp" and lemma_of(c) in ruin]
    # someone or someone's ("a man's life", "his career"), not a thing ("to destroy the bridge")
    objects = [o for a in acts for o in a.children if o.dep_ == "dobj"]
    return any(can_act(o, lex) or first_child(o, "poss") is not None for o in objects)


def _reasons_given(verb: Token) -> list[Token]:
    """ "said that he's running because Trump is unfit": the reason a reported clause gives is said
    too (a copula clause under "because", read like a that-clause; those rules on)."""
    if not rules.enabled("judged_in_reasons"):
        return []
    return [
        reason
        for clause in verb.children
        if clause.dep_ == "ccomp"
        for reason in clause.children
        if reason.dep_ == "advcl"
        and lemma_of(reason) == "be"
        and any(m.dep_ == "mark" and m.lower_ == "because" for m in reason.children)
    ]


def _reports_within(verb: Token, lex: Lexicon) -> list[Token]:
    """What else a speech verb reports (those rules on): a clause joined to its reported clause
    ("I wanted to support him, but his strategy is just awful"), and what a reported showing shows
    ("has shown that he lies every single day": the lie is said; ``evidential_verbs``)."""
    if not rules.enabled("reports_within"):
        return []
    found = []
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        found += [c for c in clause.conjuncts if c.pos_ in ("VERB", "AUX") and c.i > clause.i]
        if lemma_of(clause) in lex.word_classes["evidential_verbs"]:
            found += [c for c in clause.children if c.dep_ == "ccomp"]
    return found


def _judging_subject(clause: Token, lex: Lexicon) -> list[Token]:
    """ "The most bizarre lie of his presidency is his claim ...": a strong word as the subject
    judges what the copula names, when that is someone's (a possessor; those rules on)."""
    subject = first_child(clause, "nsubj")
    named = [c for c in clause.children if c.dep_ == "attr" and first_child(c, "poss") is not None]
    if subject is None or not named or not rules.enabled("judging_subjects"):
        return []
    return [subject] if lemma_of(subject) in lex.criticism else []


def names_as(verb: Token) -> bool:
    """Does a naming verb say what its object is ("called the killing a crime", "... reckless",
    "... as a mistake")? Then it names; it holds no event of the one naming."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    named = _complements(verb) or _described_object(verb) or _second_object(verb)
    return bool(named or preps or quoted_naming(verb))


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
QUOTED_NAMING_REACH = 15  # tokens from the naming verb to the quotation that names


def quoted_naming(verb: Token) -> list[Token]:
    """ "called Republican threats to hold the line on the borrowing \u201cirresponsible\u201d", "calling
    \u201chis latest meltdown ... unhinged\u201d": the words of the first quotation after a naming verb
    that has an object, with no clause of its own between them, are what it names the object,
    however the parser hung them; an object quoted too leaves the words after it (those rules on)."""
    named = first_child(verb, "dobj")
    if named is None or named.i < verb.i or not rules.enabled("quoted_namings"):
        return []  # "Referring to the slogan, \u201cMake America Great Again\u201d": a title, no object named
    sent = verb.sent
    reach = verb.i + QUOTED_NAMING_REACH
    if rules.enabled("long_named_objects"):
        # "called their meeting in the Tower with X during the campaign \u201ctreasonous\u201d": the object
        # and the phrases the parser hung on the verb after it
        end = named.right_edge.i
        after = sorted((c for c in verb.children if c.dep_ == "prep" and c.i > end), key=lambda c: c.i)
        for phrase in after:
            end = phrase.right_edge.i if phrase.i == end + 1 else end
        reach = max(reach, end + 2)
    for token in sent.doc[verb.i + 1 : min(sent.end, reach)]:
        if token.tag_ in FINITE_TAGS or token.tag_ == "''":
            return []
        if token.tag_ == "``" and token.nbor(-1).text != ",":  # an appositive title, not a naming
            inside = []
            for word in sent.doc[token.i + 1 : sent.end]:
                if word.tag_ in ("''", "``"):
                    return [w for w in inside if w.i > named.i]
                inside.append(word)
            return []
    return []


def _described_object(verb: Token) -> list[Token]:
    """A description the parser hung on the object as an appositive ("called [the killing of the
    general] [a crime]"): a common noun, not a name."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return [a for o in objects for a in o.children if a.dep_ == "appos" and a.pos_ == "NOUN"]


def _second_object(verb: Token) -> list[Token]:
    """ "is terming the bombing an act of terror", parsed with two objects: the second is what the
    first is named (those rules on)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects[1:] if len(objects) > 1 and rules.enabled("named_second_objects") else []


def _complements(head: Token) -> list[Token]:
    found = [c for c in head.children if c.dep_ in COMPLEMENT_DEPS]
    return found + [conj for c in found for conj in c.conjuncts]


def _acts_without_event(clause: Token, lex: Lexicon) -> bool:
    """A clause whose subject can act and whose verbs name no event of their own (an event
    said to have happened is that event, not criticism of it), and which is not negated."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or not can_act(subject, lex) or any(c.dep_ == "neg" for c in clause.children):
        return False
    return not any(
        (t.pos_ == "VERB" and lemma_of(t) in lex.verbs) or (t.pos_ == "NOUN" and lemma_of(t) in lex.nouns)
        for t in clause.subtree
    )


def _qualifiers(clause: Token) -> list[Token]:
    """What the clause says its subject does or is: the verb's objects and complements with
    their modifiers ("has created a divisive climate"); not words deeper in it ("worked on
    illegal immigration")."""
    heads = [c for c in clause.children if c.dep_ in ("dobj", "attr", "acomp", "oprd")]
    heads += [conj for h in heads for conj in h.conjuncts]
    if rules.enabled("capacity_for"):  # "has a great capacity to use bluster and bigotry"
        acts = [a for h in heads for a in h.children if a.dep_ == "acl" and a.pos_ == "VERB"]
        used = [o for a in acts for o in a.children if o.dep_ == "dobj"]
        heads += used + [conj for o in used for conj in o.conjuncts]
    return heads + [m for h in heads for m in h.children if m.dep_ in ("amod", "compound")]


def _about_someone(clause: Token, lex: Lexicon) -> bool:
    """The clause judges someone or what someone did: its subject can act or has an owner who can."""
    if _clausal_subject(clause) is not None:
        return False  # "insist that slapping countries with tariffs is a good thing": a view of a policy
    subject = next((c for c in clause.children if c.dep_ in _subject_deps(clause)), None)
    if subject is None or subject.lower_ in ("i", "we", "it", "there", "this", "that", "you"):
        return False
    owner = first_child(subject, "poss")
    if can_act(subject, lex) or (owner is not None and can_act(owner, lex)):
        return True
    return rules.enabled("judged_by_agents") and _doer_named(subject, lex)


def _doer_named(subject: Token, lex: Lexicon) -> bool:
    """ "said the remarks by the senator were sad": what someone did, its doer in a "by" phrase."""
    doers = [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children]
    return any(o.dep_ == "pobj" and can_act(o, lex) for o in doers)


def _owned_wrongs(clause: Token, lex: Lexicon) -> list[Token]:
    """A reported clause whose subject names someone's doing with a word of criticism ("Trump's
    threats and bullying are not going to work", "the senator's lies will catch up with him"):
    whatever it says of them, the naming judges their doer (those rules on)."""
    subject = first_child(clause, "nsubj")
    if subject is None or not rules.enabled("owned_wrongs"):
        return []
    owner = first_child(subject, "poss")
    if owner is None or owner.lower_ in ("my", "our") or not can_act(owner, lex):
        return []
    named = (subject, *subject.conjuncts)
    return [w for w in named if lemma_of(w) in lex.criticism or w.lower_ in lex.criticism]


def _passive(clause: Token) -> bool:
    return first_child(clause, "auxpass") is not None


def _has_subject(clause: Token) -> bool:
    """A subject that names what is judged: not "it" or "there", nor (those rules on) a bare
    "this" or "that" pointing outside the sentence ('"This has been a disaster," X said')."""
    empty = ("it", "there", "this", "that") if rules.enabled("things_judged") else ("it", "there")
    if _clausal_subject(clause) is not None:
        return True  # "for a handful of senators to derail that agenda is very frustrating"
    return any(c.dep_ in _subject_deps(clause) and c.lower_ not in empty for c in clause.children)


def _subject_deps(clause: Token) -> tuple[str, ...]:
    """The subject of a copula clause. "He\u2019s been very partisan" with a curly apostrophe is
    parsed as a passive ("been" with "\u2019s" as its passive auxiliary); a copula has no passive,
    so its "nsubjpass" is the subject judged (those rules on)."""
    misread = clause.tag_ == "VBN" and first_child(clause, "auxpass") is not None
    return ("nsubj", "nsubjpass") if misread and rules.enabled("perfect_copulas") else ("nsubj",)


def _clausal_subject(clause: Token) -> Token | None:
    """A clause as subject, someone's act or claim judged ("suggesting that Britain took sides
    belies ..."); those rules on."""
    found = first_child(clause, "csubj")
    return found if found is not None and rules.enabled("acts_judged") else None


def _of_another(clause: Token) -> bool:
    """The wrong is someone else's: a named or described subject, not "I", "we", "it" or "there"."""
    if _clausal_subject(clause) is not None:
        return True  # "suggesting that Britain took sides belies a lack of understanding"
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ not in ("i", "we", "it", "there", "they", "you")


def _possible(clause: Token, lex: Lexicon) -> bool:
    """A clause under can, could, may, might or would: a possibility (those rules on)."""
    modals = lex.hypothetical_aux | {"can", "ca"}
    found = any(c.dep_ == "aux" and c.lower_ in modals for c in clause.children)
    return found and rules.enabled("modal_judgements")


def _conditioned(clause: Token, lex: Lexicon) -> bool:
    """A reported clause with an if- or unless-clause of its own: what holds on a condition, a rule
    or a supposition, charges no one (those rules on); a bare hedge ("if you like", "if you will")
    conditions nothing."""
    conditions = [
        c
        for c in clause.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in lex.conditional_marks for m in c.children)
        and not _hedge(c, lex)
    ]
    return bool(conditions) and rules.enabled("conditional_judgements")


def _hedge(condition: Token, lex: Lexicon) -> bool:
    """ "if you like", "if you will": the reader's leave asked for a word, no condition."""
    subject = first_child(condition, "nsubj")
    hedging = lemma_of(condition) in lex.word_classes["hedge_verbs"] or condition.lower_ in ("will", "must")
    said = any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in condition.children)
    return subject is not None and subject.lower_ == "you" and hedging and not said


def judged_subjects(verb: Token, lex: Lexicon) -> list[Token]:
    """Whom a speech verb's judgement is of: the named subjects of its reported clauses, not whom
    it was told to ("told reporters that Comey wasn't doing a good job" judges Comey; those rules
    on). A pronoun subject leaves the addressee ("told Trump he was a disgrace")."""
    if lemma_of(verb) not in lex.speech or not rules.enabled("judged_not_told"):
        return []
    clauses = reported_clauses(verb)
    subjects = [s for c in clauses for s in c.children if s.dep_ == "nsubj" or _distrusted_one(s, c, lex)]
    subjects = [t for s in subjects for t in (s, *s.conjuncts)]
    subjects += [o for s in subjects if not can_act(s, lex) and (o := first_child(s, "poss")) is not None]
    return [t for t in subjects if t.pos_ != "PRON" and can_act(t, lex)]  # "the president's speech"


def _distrusted_one(subject: Token, clause: Token, lex: Lexicon) -> bool:
    return subject.dep_ == "nsubjpass" and distrusted(clause, lex)  # 'said Trump "can't be believed"'


def _praise_denied(clause: Token, lex: Lexicon) -> bool:
    """A reported clause that denies someone named a praising word ("said the nominee is not
    qualified", "said Comey wasn't doing a good job") judges them (those rules on). Only a copula
    or a job done: "did not get a good look" is no judgement; a pronoun may be the speaker
    ("said he was not responsible"), a denied criticism ("is not a racist") is a defence."""
    subject = first_child(clause, "nsubj")
    denied = subject is not None and any(c.lower_ in ("neither", "no") for c in subject.children)
    if not (denied or any(c.dep_ == "neg" for c in clause.children)) or not rules.enabled("praise_denied"):
        return False  # "neither Smith nor Jones is fit to lead" is denied too
    if subject is None or subject.pos_ == "PRON" or subject.tag_ == "VBG" or not _about_someone(clause, lex):
        return False
    if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subject.children):
        return False  # "our relations with Turkey are not good": the speaker's own
    if lemma_of(clause) == "be":
        said = _complements(clause)
    else:
        jobs = lex.word_classes["performance_objects"]
        said = [o for o in clause.children if o.dep_ == "dobj" and lemma_of(o) in jobs]
    said += [m for w in said for m in w.children if m.dep_ == "amod"]
    praising = lex.praise | lex.mild_praise
    return any({lemma_of(w), w.lower_} & praising for w in said)


def _negated(word: Token) -> bool:
    head = word.head
    return any(c.dep_ == "neg" for c in (*word.children, *head.children))


def words_for_someone(verb: Token, lex: Lexicon) -> tuple[str, str | None, Token] | None:
    """ "had strong words for the attorneys", "reserved harsh words for Congress", "had kind words
    for her rival": words of a named quality held for someone are criticism or praise; the type,
    mode and the noun "words" (the qualities are data: events.yaml ``harsh_word_qualities``,
    ``kind_word_qualities``)."""
    if pleaded := case_pleaded(verb, lex):
        return pleaded  # "made a case for Biden", "offered a defense of the press secretary"
    if lemma_of(verb) not in lex.word_classes["word_holding_verbs"] or not rules.enabled("words_for"):
        return None
    said = first_child(verb, "dobj")
    if said is None or said.lower_ not in ("words", "word"):
        return None
    qualities = {c.lower_ for c in said.children if c.dep_ == "amod"}
    for_phrases = [p for p in (*verb.children, *said.children) if p.dep_ == "prep" and p.lower_ == "for"]
    if not any(can_act(o, lex) for p in for_phrases for o in p.children if o.dep_ == "pobj"):
        return None
    if qualities & lex.word_classes["harsh_word_qualities"]:
        return "ACCUSE", "disapprove", said
    if qualities & lex.word_classes["kind_word_qualities"]:
        return "SUPPORT", None, said
    return None


def doubted_act(verb: Token, lex: Lexicon) -> bool:
    """ "questioned whether DOJ 'crossed a line'": doubting (not asking) whether someone named did a
    thing disputes what they did (those rules on); "question whether the proposals can achieve ..."
    (a thing, a possibility) or "whether Pyongyang had the motive" (a state) disputes no one."""
    if lemma_of(verb) in lex.asking or not rules.enabled("doubted_acts"):
        return False
    for clause in verb.children:
        marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ in ("whether", "if")]
        subject = first_child(clause, "nsubj")
        if clause.dep_ != "ccomp" or not marks or subject is None or subject.pos_ == "PRON":
            continue
        done = clause.tag_ == "VBD" and lemma_of(clause) not in ("be", "have")  # an act, not a state
        done = done and not any(c.dep_ in ("aux", "neg") for c in clause.children)
        if done and is_agent(subject, lex):
            return True
    return False
