"""Who a cue's subject is when the parse is unusual: the one blamed "for saying", a name before a
party tag the parse lost ("McKoon, R-Columbus, told"), the agent of a passive framing verb ("was
welcomed by X as"). Helpers of ``quotes.cues``."""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.nlp import lexicon, patterns
from newsprism.nlp.document_memo import sentence_of
from newsprism.nlp.entity_repairs import entity_label, repaired_entities
from newsprism.people.tokens import is_cue, is_role, phrasal_speech
from newsprism.people.words import (
    AUTHORED_NOUNS,
    CUE_VERBS,
    ORG_NOUNS,
    REGION_LABELS,
    RELATIVE_PRONOUNS,
    SPEAKER_TYPES,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    SUBJECT_DEPS,
)
from newsprism.quotes import rules

STUDY_NOUNS = lexicon.words("quote_study_nouns.txt")
RELAY_VERBS = lexicon.words("quote_relay_verbs.txt")
ISSUING_VERBS = lexicon.words("quote_issuing_verbs.txt")  # "a statement issued by X": X speaks


def agent_named(verb: Token) -> bool:
    """A passive framing cue with its 'by X' and 'as' ("was described by X as"): X's speech act
    (not a passive speech verb: "the version of which was declared unconstitutional by the court")."""
    if verb.lemma_.lower() in SPEECH_VERBS or not any(c.lower_ == "as" for c in verb.children):
        return False
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return (
        rules.enabled("passive_agent") and agent is not None and any(c.dep_ == "pobj" for c in agent.children)
    )


def passive_agent(verb: Token, subject: Token | None) -> Token | None:
    """The 'by X' of a passive cue ("was welcomed by X as", "was described by X as"): X speaks,
    not the thing the words describe."""
    if not rules.enabled("passive_agent") or subject is None or subject.dep_ != "nsubjpass":
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    named = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return named if named is not None and could_speak(named) else None


def quoted_as_saying(verb: Token) -> Token | None:
    """'The site quoted Ratcliffe as saying: “...”': the relaying verb's object said it."""
    if verb.tag_ != "VBG" or verb.head.lower_ != "as" or not rules.enabled("quoted_as_saying"):
        return None
    relay = verb.head.head
    if relay.pos_ != "VERB" or relay.lemma_.lower() not in RELAY_VERBS:
        return None
    target = next((c for c in relay.children if c.dep_ == "dobj"), None)
    named = target is not None and (target.pos_ in ("PROPN", "PRON") or entity_label(target) in SPEAKER_TYPES)
    return target if named else None


def blamed_for_saying(verb: Token) -> Token | None:
    """'criticized President Trump for saying “...”', 'praised her for saying': the one who said
    it is the object of the verb that 'for saying' hangs on, not that verb's subject; with no
    object ('Cruz was criticized for saying', 'has received criticism for saying') the subject."""
    if verb.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if verb.head.lower_ != "for":
        return None
    governor = verb.head.head
    if governor.pos_ == "NOUN" and governor.dep_ == "dobj" and rules.enabled("for_saying_subject"):
        governor = governor.head  # "received criticism for saying": the verb of "criticism"
    elif governor.pos_ != "VERB":
        return None
    target = next((c for c in governor.children if c.dep_ == "dobj"), None)
    if target is not None and target.pos_ == "NOUN" and rules.enabled("for_saying_subject"):
        target = None  # "criticism" is no speaker
    if target is None and rules.enabled("for_saying_subject"):
        target = next((c for c in governor.children if c.dep_ in SUBJECT_DEPS), None)
    if target is None or not (target.pos_ in ("PROPN", "PRON") or entity_label(target) in SPEAKER_TYPES):
        return None
    return target


def before_party_tag(subject: Token) -> Token:
    """'Penrose, R-Ga., told': the parse may make the state of the party tag the subject (the
    ``party_tag`` pattern: the name, a comma, R/D/I and a dash right before it)."""
    doc, i = subject.doc, subject.i
    # the pattern's second word is a comma: asked only then (most subjects have none before them)
    if i >= 4 and doc[i - 3].text == "," and patterns.match("party_tag", doc[i - 4 : i]):
        return doc[i - 4]
    return subject


def name_before_lost_party_tag(verb: Token, para_start: int) -> Token | None:
    """'McKoon, R-Columbus, told': a subjectless speech verb right after a party tag set off by
    commas (the ``party_tag`` pattern, then the state and a comma); the name before the tag
    speaks whatever label the model gave it."""
    doc = verb.doc
    if not rules.enabled("party_tag") or verb.i < 6 or doc[verb.i - 1].text != ",":
        return None
    for start in range(verb.i - 6, max(sentence_of(verb).start, verb.i - 10) - 1, -1):
        state = doc[start + 4 : verb.i - 1]
        if doc[start].idx < para_start or not all(t.pos_ == "PROPN" or t.text == "." for t in state):
            continue
        if doc[start + 1].text == "," and patterns.match("party_tag", doc[start : start + 4]):
            return doc[start]
    return None


def could_speak(noun: Token) -> bool:
    """A person, an organisation or a group; not "a bill", "the plan"."""
    return (
        entity_label(noun) in SPEAKER_TYPES
        or noun.pos_ in ("PROPN", "PRON")
        or noun.tag_ == "NNS"
        or is_role(noun)
        or noun.lemma_.lower() in ORG_NOUNS
    )


def statement_sender(noun: Token) -> Token | None:
    """'We've received this statement from President Obama on ...:' a speech noun's named sender
    ("from"/"by" a person or body) speaks, not whoever received or printed it."""
    if not rules.enabled("statement_from") or noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # "received this statement from X"
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
        named = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if named is not None and entity_label(named) in SPEAKER_TYPES:
            return named
    return None


def documents_author(name: Token) -> bool:
    """'according to a Comey memo': a person's name set before a speech noun is its author."""
    return rules.enabled("person_document") and entity_label(name) == "PERSON"


def study_author(noun: Token) -> Token | None:
    """'according to an analysis by Hearst Newspapers' or 'to a Pew Research Center analysis': a
    study's words are its named author's (a study with no 'by', 'from' or name before it stays nobody's)."""
    if not rules.enabled("study_by_author") or noun.lemma_.lower() not in STUDY_NOUNS:
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
        named = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if named is not None and entity_label(named) in SPEAKER_TYPES:
            return named
    if rules.enabled("study_named_issuer"):  # "according to a Pew Research Center analysis"
        issuers = [
            c for c in noun.lefts if c.dep_ == "compound" and (c.pos_ == "PROPN" or entity_label(c) == "ORG")
        ]
        words = list(issuers[-1].subtree) if issuers and issuers[-1].i == noun.i - 1 else []
        if len(words) > 1 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
            return issuers[-1]  # a name of two words or more ("according to CPJ research" stays nobody's)
    return None


def person_after_place(subject: Token, verb: Token) -> Token | None:
    """'Tulsa police chief Chuck Jordan said': the parse made the place the subject and hung the
    role and the name on it; the person named right before the verb, after lowercase role words, speaks."""
    named = verb.doc[verb.i - 1] if verb.i > sentence_of(verb).start else None
    if named is None or entity_label(named) != "PERSON" or entity_label(subject) not in REGION_LABELS:
        return None
    first = named
    while first.i > subject.i + 1 and entity_label(first.nbor(-1)) == "PERSON":
        first = first.nbor(-1)
    between = verb.doc[subject.i + 1 : first.i]
    if subject.i >= verb.i or not len(between) or not all(t.is_alpha and t.is_lower for t in between):
        return None
    return named if any(is_role(t) for t in between) and rules.enabled("place_before_role") else None


def speech_going_on(verb: Token) -> Token:
    """'X said he believes businesses received $2 billion, adding, “...”': a participle that goes on
    with a speech act (``quote_continuing_verbs.txt``) hung inside a reported clause continues the
    speech verb above it, not the clause's subject."""
    if not rules.enabled("adding_goes_on") or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return verb
    if verb.lemma_.lower() not in lexicon.words("quote_continuing_verbs.txt"):
        return verb
    above = [a for a in verb.ancestors if is_cue(a, CUE_VERBS) and a.i < verb.i]
    return above[-1] if above else verb  # the outermost: "said" over "believes"


def infinitive_on_object(verb: Token) -> bool:
    """'used the opportunity to complain', 'took the occasion to announce': an infinitive on the
    object of a verb with no indirect object is that verb's subject's act (not 'gave him a chance to')."""
    if not rules.enabled("infinitive_on_object") or verb.dep_ != "acl" or verb.head.dep_ != "dobj":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return not any(c.dep_ == "dative" for c in verb.head.head.children)


def inverted_tag_subject(verb: Token, subjects: list[Token]) -> Token | None:
    """'Mr. Okoro, said Ms. Brandt, wanted to ...': the parse hung the reported clause's subject on
    the tag set off by commas too; the subject after the inverted verb is the speaker."""
    if not rules.enabled("tag_subject_after") or len(subjects) < 2 or verb.i == 0:
        return None
    if verb.doc[verb.i - 1].text != "," or verb.dep_ not in ("parataxis", "ccomp", "advcl"):
        return None
    after = [c for c in subjects if c.i > verb.i]
    return after[0] if len(after) == 1 and len(subjects) > len(after) else None


def named_subject(subjects: list[Token]) -> Token | None:
    """'says Nextdoor co-founder Nirav Tolia': the parse made "co" (a word cut at its hyphen) a
    subject beside the name; of two or more subjects, the one name."""
    if not rules.enabled("named_subject_first") or len(subjects) < 2:
        return None
    names = [c for c in subjects if c.pos_ == "PROPN"]
    broken = [c for c in subjects if c not in names]
    cut = [c for c in broken if c.text == "-" or c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == "-"]
    if len(names) == 1 and cut == broken:
        return names[0]
    return None


def possessor_apposed_name(subject: Token) -> Token | None:
    """'CNN’s “Crossfire” co-host Van Jones said': the parse made the possessor the subject and the
    name, after its role noun, the possessor's apposition; the name speaks, not the network."""
    if not rules.enabled("possessor_role_name"):
        return None
    possessed = possessed_name_last(subject)
    if possessed is not None or not any(c.dep_ == "case" for c in subject.children):
        return possessed
    names = [
        c
        for c in subject.children
        if c.dep_ == "appos"
        and c.pos_ == "PROPN"
        and (
            any(t.dep_ == "compound" and t.pos_ == "NOUN" for t in c.lefts)
            or entity_label(c) == "PERSON"
            and rules.enabled("possessed_name_last")
        )
    ]
    return names[-1] if names else None


def possessed_name_last(subject: Token) -> Token | None:
    """'Concerned Women for America’s Ms. Nance said': the parse made the body the subject and hung
    the person, possessed by the body's name, inside the body's phrase; the phrase ends in that
    person's name, and the person speaks (``possessed_name_last``)."""
    if not rules.enabled("possessed_name_last") or entity_label(subject) == "PERSON":
        return None
    last = subject.doc[subject.right_edge.i]
    possessor = next((c for c in last.children if c.dep_ == "poss" and c.i > subject.i), None)
    if last.i == subject.i or last.pos_ != "PROPN" or entity_label(last) != "PERSON" or possessor is None:
        return None
    body = next((e for e in repaired_entities(subject.doc) if e.start <= possessor.i < e.end), None)
    one_name = body is not None and body.label_ != "PERSON" and body.start <= subject.i
    return last if one_name else None  # not "the lawyer for Trump’s son Don said"


def surname_of_someone_named(token: Token) -> bool:
    """'Creely says ...' after 'Will Creely is ...': a capitalised word the tagger took for an
    adverb or adjective ("-ly") that is the last word of a person the article named before; a name
    with an inner capital ("McCabe claims that ...", "DeLuca says") counts as capitalised too."""
    capitalised = token.text.istitle() or (token.text[:1].isupper() and token.text[1:2].islower())
    if not rules.enabled("surname_mistagged") or token.pos_ not in ("ADV", "ADJ") or not capitalised:
        return False
    return any(
        e.label_ == "PERSON" and e[-1].text == token.text and e.end <= token.i
        for e in repaired_entities(token.doc)
    )


def body_named_by_first_word(noun: Token) -> Token | None:
    """'according to a 2017 Pew study:' after 'the Pew Research Center': one capitalised word
    before a study or speech noun that opens the name of a body the article named before."""
    word = noun.doc[noun.i - 1] if noun.i else None
    if not rules.enabled("study_named_issuer") or word is None or word.dep_ != "compound":
        return None
    if word.pos_ != "PROPN" or not word.text.istitle():
        return None
    named = repaired_entities(noun.doc)
    opens = any(
        e.label_ == "ORG" and len(e) > 1 and e[0].text == word.text and e.end <= word.i for e in named
    )
    return word if opens else None


def verb_before_colon(doc, mark: int, inside) -> Token | None:
    """'Weintraub, an outspoken FEC veteran, offered this olive branch: “...”': a lead-in that ends
    in a colon, no speech word in it, whose main verb has a person as its subject: that verb leads
    the quotation in (its subject speaks)."""
    if not rules.enabled("colon_subject_lead_in"):
        return None
    before = [t for t in doc[: doc.char_span(0, mark, alignment_mode="contract").end] if not t.is_space][-1:]
    if not before or before[0].text != ":" or before[0].head.pos_ != "VERB" or inside(before[0].head.idx):
        return None
    verb = before[0].head
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or verb.i > before[0].i:
        return None
    person = entity_label(subject) == "PERSON" or subject.lower_ in ("he", "she")
    return verb if person else None


def name_after_tag_verb(verb: Token) -> Token | None:
    """'“...,” says Ciaran Doyle of Civic Bridges, a group ... that’s divided ...': the parse gave
    the tag's verb no subject and made the name the subject of a clause further on; a speech verb
    right after a quotation's closing mark and comma, followed at once by a person's name, is
    that person's (``tag_name_hung_away``)."""
    if not rules.enabled("tag_name_hung_away") or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    doc = verb.doc
    before = [t.text for t in doc[max(verb.i - 2, 0) : verb.i]]
    if len(before) < 2 or before[-1] not in ("”", '"') or before[-2] not in (",", "?", "!"):
        return None
    person = next((e for e in repaired_entities(doc) if e.start == verb.i + 1), None)
    if person is None or person.label_ != "PERSON" or person.root.dep_ == "poss":
        return None  # not 'the title “...,” said Hadley’s campaign ...'
    return person.root


def name_before_conjunct(verb: Token) -> Token | None:
    """'One vacant house was set on fire and the Post-Dispatch says police have ...': the parse
    made the name a conjunct of the first clause's object and left the speech verb no subject of
    its own, so the verb would inherit the first clause's subject. A name right before a
    subjectless conjunct speech verb, after "and"/"but" (and a determiner), is its subject
    (``name_before_conjunct``)."""
    if not rules.enabled("name_before_conjunct") or verb.dep_ != "conj" or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or not verb.i:
        return None
    name = verb.doc[verb.i - 1]
    # "..., but Trump notes that ...": the tagger made the name a compound of the verb (``compound_subject``)
    compound = name.dep_ == "compound" and name.head.i == verb.i and rules.enabled("compound_subject")
    if (entity_label(name) not in SPEAKER_TYPES and name.pos_ != "PROPN") or not (
        name.dep_ == "conj" or compound
    ):
        return None
    at, sentence_start = name.i, sentence_of(verb).start
    while at > sentence_start and verb.doc[at - 1].head.i == name.i and verb.doc[at - 1].dep_ != "det":
        at -= 1
    if at > sentence_start and verb.doc[at - 1].lower_ == "the":
        at -= 1
    return name if at > sentence_start and verb.doc[at - 1].lower_ in ("and", "but") else None


def answer_after_question(cue: Token, candidates: list[Token], quoted) -> Token:
    """'Asked by CNN how sure he was ... Reyes replied, “...”': the parse hung the quotation on the
    fronted "Asked"; the answer is the replying verb's between it and the quotation, never the
    asker's (rule group ``answer_after_asked``)."""
    if not rules.enabled("answer_after_asked") or cue.lemma_.lower() != "ask" or cue.tag_ != "VBN":
        return cue
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return cue
    answers = [
        t
        for t in candidates
        if cue.i < t.i < quoted.start
        and t.lemma_.lower() in SPEECH_VERBS
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    ]
    return answers[-1] if answers else cue


def clausal_subject(verb: Token) -> bool:
    """'Holding the talks at the Council underscores ...', 'To wait would signal that ...': a clause
    (or a gerund with its object) as the verb's subject is nobody; the name inside it does not speak."""
    if not rules.enabled("clausal_subject"):
        return False
    for child in verb.children:
        if child.i > verb.i:
            continue
        if child.dep_ in ("csubj", "csubjpass"):
            return not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        gerund = child.dep_ in SUBJECT_DEPS and child.tag_ == "VBG"
        if gerund and any(c.dep_ == "dobj" for c in child.children):
            return True
    return False


def document_writer(noun: Token) -> Token | None:
    """'X wrote a memo that said ...', 'his op-ed, which argued ...': a document (``AUTHORED_NOUNS``)
    speaks for its possessor or for the subject of the verb that wrote, sent or issued it
    (``quote_issuing_verbs.txt``)."""
    doc, at = noun.doc, noun.i
    hyphened = doc[at - 2 : at + 1].text.lower() if at > 1 and doc[at - 1].text == "-" else ""  # "op-ed"
    if not rules.enabled("document_writer") or not {noun.lemma_.lower(), hyphened} & AUTHORED_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in ISSUING_VERBS:
        return None
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS else None


def idle_phrasal(cue: Token) -> bool:
    """A phrasal cue ("made it clear") that reports nothing of its own: inside another speech
    verb's clause ("noted that the ruling made it clear that ...": the outer verb reports), an
    intention ("is preparing to make clear ..."), or in a relative clause on a thing that cannot
    speak ("in a tone that made it clear ...")."""
    if not phrasal_speech(cue):
        return False
    if cue.dep_ == "xcomp" and not is_cue(cue.head, CUE_VERBS):
        return True
    if cue.dep_ == "relcl" and not (could_speak(cue.head) or cue.head.lemma_.lower() in AUTHORED_NOUNS):
        return True
    return any(is_cue(a, CUE_VERBS) and not phrasal_speech(a) for a in cue.ancestors)


def name_past_relative(verb: Token) -> Token | None:
    """'Lee, who is spending a weekend at his club in Maine, tweeted: “...”': the parse may hang the
    main verb on the relative clause's last noun; a subjectless verb after the comma that closes a
    'who' clause set off after a person's name is that person's (rule group ``verb_past_relative``)."""
    doc = verb.doc
    if verb.dep_ != "acl" or doc[verb.i - 1].text != "," or not rules.enabled("verb_past_relative"):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    relative = next((a for a in verb.head.ancestors if a.dep_ == "relcl"), None)
    if relative is None or relative.head.i + 1 >= len(doc) or doc[relative.head.i + 1].text != ",":
        return None
    who = any(c.dep_ in SUBJECT_DEPS and c.lower_ == "who" for c in relative.children)
    return relative.head if who and entity_label(relative.head) == "PERSON" else None
