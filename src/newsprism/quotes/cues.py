"""Cues: the speech verb (or "according to") that introduces a quotation, and the token that names
its speaker (subject, inherited subject, agent, appositive). A colon lead-in's cue is found by
``quotes.colon_cues``; ``quotes.attach`` fills a quote's fields from the cue found here."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsprism.ingest.layout import Layout
from newsprism.nlp.document_memo import sentence_of
from newsprism.nlp.entity_repairs import entity_label
from newsprism.people.tokens import is_cue, is_role, names_a_role_holder, phrasal_speech
from newsprism.people.words import (
    CUE_VERBS,
    ORG_NOUNS,
    PLACE_LABELS,
    RELATIVE_PRONOUNS,
    SPEAKER_TYPES,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    SUBJECT_DEPS,
)
from newsprism.quotes import rules
from newsprism.quotes.absolute_leads import post_writer, with_participle
from newsprism.quotes.as_noun_tags import as_noun_tag, as_tag_speaker
from newsprism.quotes.claims import claim_talked_about, own_speech_act
from newsprism.quotes.cue_subjects import (
    ISSUING_VERBS,
    answer_after_question,
    before_party_tag,
    blamed_for_saying,
    body_named_by_first_word,
    clausal_subject,
    could_speak,
    document_writer,
    documents_author,
    infinitive_on_object,
    inverted_tag_subject,
    name_after_tag_verb,
    name_before_conjunct,
    name_before_lost_party_tag,
    name_past_relative,
    named_subject,
    passive_agent,
    person_after_place,
    possessor_apposed_name,
    quoted_as_saying,
    speech_going_on,
    statement_sender,
    study_author,
    surname_of_someone_named,
)
from newsprism.quotes.dialogue_tags import names_someone, participle_follows
from newsprism.quotes.marks import doc_text, paragraph_bounds
from newsprism.quotes.nested import pronoun_tag_under_relay, reporting_cue
from newsprism.quotes.participles import clause_of_participle, main_subject_over_relative
from newsprism.quotes.possessed import possessor
from newsprism.quotes.relative_things import thing_antecedent


def cue_subject(verb: Token, layout: Layout) -> Token | None:
    """The speaker token of a speech verb: subject, inherited subject, or 'according to X'."""
    if verb.lower_ == "according":
        for child in verb.children:
            if child.lower_ == "to":
                target = next((c for c in child.children if c.dep_ == "pobj"), None)
                if target is None:
                    return None
                owner = next((c for c in target.children if c.dep_ == "poss"), None)
                people = is_role(target) or target.lemma_.lower() in ORG_NOUNS or entity_label(target)
                if owner is not None and target.pos_ == "NOUN" and not people:
                    return owner  # "according to her estimates", "the commission's count"
                return _through_speech_noun(target)
        return None
    owner = possessor(verb) if rules.enabled("possessed_speech") else None
    if owner is not None:  # "Clinton's accusation that ... “...”"
        return owner
    sender = statement_sender(verb) or name_before_conjunct(verb)  # "this statement from X:"
    if sender is not None:
        return sender
    if as_noun_tag(verb):  # "As KQED reports, “...”"
        return as_tag_speaker(verb)
    if verb.pos_ in ("NOUN", "PROPN"):  # "Jones was quick to retort: ..."
        verb = next((a for a in verb.ancestors if any(c.dep_ in SUBJECT_DEPS for c in a.children)), verb)
    # Paragraph starts are sentence starts (nlp.load_model), so a verb's children are in its paragraph.
    para_start = paragraph_bounds(doc_text(verb.doc), verb.idx)[0]
    cue = verb
    named = verb.doc[verb.i - 1] if verb.i > sentence_of(verb).start else None
    if verb.tag_ == "VBG" and named is not None and entity_label(named) == "PERSON" and named.dep_ != "dobj":
        if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return named  # "with Senator Rafael Quintero saying ...": the participle's own speaker
    beside = with_participle(verb)  # "with X, now a contributor on CNN, telling ...": X
    if beside is not None:
        return beside
    blamed = blamed_for_saying(verb) or quoted_as_saying(verb)
    if blamed is not None:
        return blamed
    verb = speech_going_on(verb)  # "Justice said he believes ... businesses received ..., adding, “...”"
    for _ in range(4):
        governing = clause_of_participle(verb)
        if governing is not None:  # "with a tweet saying ...", "after announcing ...": the clause's
            verb = governing
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        datelined = any(layout.in_dateline(c.idx) for c in subjects)
        if len(subjects) > 1:  # "MADISON, Wis. - Gov. X vetoed": the dateline is no subject
            subjects = [c for c in subjects if not layout.in_dateline(c.idx)] or subjects
        # the subject nearest the verb: a misparse can hang a dateline's place name on it too
        subject = min(subjects, key=lambda c: abs(c.i - verb.i), default=None)
        subject = named_subject(subjects) or inverted_tag_subject(verb, subjects) or subject
        if subject is not None and rules.enabled("reflexive_aside"):
            subject = _set_off_by_reflexive(subject)
        agent = passive_agent(verb, subject)
        if agent is not None:  # "the analysis, which was welcomed by Al Gore as a “...”": Gore
            return agent
        if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            noun = thing_antecedent(subject, verb.head)  # "the report on Lee, which noted": the report
            if subject.lower_ == "who" and entity_label(noun) in PLACE_LABELS and noun.head.dep_ == "prep":
                noun = noun.head.head  # "a rancher in Custer County, who wrote": the rancher
            # "X vetoed a bill that would have ..., saying ...": the participle is X's, not the bill's
            if verb.i != cue.i and not could_speak(noun) and noun.head.pos_ in ("VERB", "AUX"):
                verb = noun.head
                continue
            main = main_subject_over_relative(cue, verb, noun) or document_writer(noun) or post_writer(noun)
            return main if main is not None else noun
        named = name_after_tag_verb(verb) if subject is None else None
        if named is not None:  # "“...,” says X of Y, a group that’s divided ...": X
            return named
        place = subject is None or entity_label(subject) in PLACE_LABELS or layout.in_dateline(subject.idx)
        if datelined and place:
            # "LUSAKA, Zambia - The leader of ... said": the parse made the dateline the subject
            heads = [t for c in subjects for t in c.subtree if t.dep_ == "appos" and t.pos_ == "NOUN"]
            return _through_speech_noun(heads[0]) if heads else None
        if subject is not None:
            person = person_after_place(subject, verb) or possessor_apposed_name(subject)
            if person is not None:  # "Tulsa police chief Chuck Jordan said": the parse took "Tulsa"
                return person
            named = verb.doc[verb.i - 1] if verb.i > sentence_of(verb).start else None
            if subject.i > verb.i and named is not None and named.pos_ == "PROPN" and entity_label(named):
                return named  # "Farrelly said agency staff would ...": the parse took "staff"
            if rules.enabled("party_tag"):
                subject = before_party_tag(subject)
            return _through_speech_noun(subject)
        if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and is_cue(verb.head.head, CUE_VERBS):
            # "acknowledged that the program had fallen behind and said ...": the parser hung the
            # second speech verb inside the first one's clause; it is the speaker's own
            if verb.lemma_.lower() in SPEECH_VERBS and verb.head.head.i < verb.head.i:
                verb = verb.head.head
                continue
        for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i):
            # "Minister X, asked on the radio whether ..., said": the parse gave X to "asked"
            named = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < clause.i), None)
            if named is not None and named.pos_ == "PROPN" and clause.tag_ in ("VBD", "VBN"):
                return named
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if infinitive_on_object(verb):  # "He used the opportunity to complain: “...”": he
            verb = verb.head.head
            continue
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return name_past_relative(verb) or verb.head
        if verb.dep_ == "pcomp" and verb.head.head.pos_ == "VERB" and rules.enabled("rather_than_clause"):
            verb = verb.head.head  # "urged X to donate rather than throwing ..., insisting": urged's
            continue
        if verb.dep_ not in ("conj", "xcomp", "advcl", "ccomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    if not rules.enabled("lost_subject") or clausal_subject(verb):
        return None  # "Holding the talks at the Council underscores ...": no subject was lost
    # "The aide, who ..., was a spokeswoman, wrote": the parser swallowed the subject into a clause.
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i < verb.i:
            if clause.left_edge.is_quote and rules.enabled("noun_tag"):
                continue  # '“Obama narrates ...,” Kengor notes.': the quotation, not a lost subject
            swallowed = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
            if swallowed is not None and swallowed.pos_ in ("NOUN", "PROPN"):
                return swallowed
    # A parse that lost the subject ("Senator Jo Reed of Ohio said"): take a name right before,
    # past an aside ("After such exchanges Kvirikashvili, however, was also saying that ...")
    at = verb.i - 1
    while rules.enabled("aside_before_verb") and at > sentence_of(verb).start and _aside(verb.doc[at]):
        at -= 1
    aside = verb.doc[at + 1 : verb.i]
    if not (any(t.text == "," for t in aside) and any(t.pos_ == "ADV" for t in aside)):
        at = verb.i - 1  # only an aside set off by commas ("X, however, was"), not "X has said"
    passive = verb.i - 1  # "Lee is heard saying ...": the tagger took the name for an adverb
    while passive > sentence_of(verb).start and verb.doc[passive].dep_ == "auxpass":
        passive -= 1
    if passive < verb.i - 1 and entity_label(verb.doc[passive]) == "PERSON" and rules.enabled("heard_saying"):
        at = passive
    before = verb.doc[at] if verb.i else None
    if before is not None and entity_label(before) in SPEAKER_TYPES and before.idx >= para_start:
        # "Senator Jo Reed of Ohio said": the person, not the place after "of"
        if before.head.lower_ == "of" and entity_label(before.head.head) == "PERSON":
            return before.head.head
        return before
    if before is not None and before.idx >= para_start and surname_of_someone_named(before):
        return before  # "Creely says ...": the tagger took the surname for an adverb
    # "“...,” McKoon, R-Columbus, told WBUR": the parse hung the name on the quote; the party tag
    tagged = name_before_lost_party_tag(verb, para_start)
    if tagged is not None:
        return tagged
    # "Lamont, a Republican in his second term, called ...": a name, an appositive, the verb
    if before is not None and before.text == ",":
        named = verb.doc[verb.i - 2] if verb.i > 1 else None
        is_person = named is not None and (entity_label(named) == "PERSON" or names_a_role_holder(named))
        if is_person and named.idx >= para_start:
            return named  # "a ministry spokeswoman, Larisa Venn, said": the parse lost the subject
        for i in range(verb.i - 2, max(sentence_of(verb).start, verb.i - 15), -1):
            if verb.doc[i].text == ",":
                named = verb.doc[i - 1] if i else None
                if named is not None and entity_label(named) in SPEAKER_TYPES:
                    return named
                break
    return None


def _set_off_by_reflexive(subject: Token) -> Token:
    """'the pontiff, himself the grandson of emigrants, said': a reflexive pronoun set off by a
    comma only stresses the noun before it, which the parse may have left out; that noun speaks."""
    if subject.lower_ not in ("himself", "herself", "themselves", "itself") or subject.i < 2:
        return subject
    before = subject.doc[subject.i - 2]
    if subject.doc[subject.i - 1].text != "," or before.pos_ not in ("NOUN", "PROPN"):
        return subject
    return before


def _aside(token: Token) -> bool:
    """Words between a subject and its verb: auxiliaries, adverbs, commas ("X, however, was also")."""
    between = token.dep_ in ("aux", "advmod", "neg") and token.pos_ in ("AUX", "ADV", "PART")
    return between or token.text == ","


def _through_speech_noun(subject: Token) -> Token | None:
    """'a readout from the White House said' -> White House; 'the statement said' -> None."""
    if subject.lemma_.lower() not in SPEECH_NOUNS:
        return study_author(subject) or subject
    for child in subject.children:
        if child.dep_ == "poss":
            return child
    for child in subject.children:  # "according to a Gallup poll": the body that made it
        if (
            child.dep_ == "compound"
            and child.pos_ == "PROPN"
            and (entity_label(child) in ("ORG", "GPE", "NORP") or documents_author(child))
        ):
            return child
    if rules.enabled("issuer_before_noun"):  # "a Pew Research Center survey", no entity found
        chain = [c for c in subject.children if c.dep_ == "compound" and c.i < subject.i]
        named = chain[-1] if chain and chain[-1].i == subject.i - 1 else None
        words = list(named.subtree) if named is not None else []
        if len(words) > 1 and all(t.pos_ == "PROPN" and t.text[:1].isupper() or t.text == "-" for t in words):
            return named
    if body_named_by_first_word(subject) is not None:  # "a 2017 Pew study" after "Pew Research Center"
        return body_named_by_first_word(subject)
    for token in subject.subtree:  # "a report released Tuesday by the firm X" (not "obtained by")
        if (
            (token.dep_ == "prep" or token.dep_ == "agent" and token.head.lemma_.lower() in ISSUING_VERBS)
            and token.lower_ in ("from", "by", "of")
            and token.head.i >= subject.i
        ):
            return next((c for c in token.children if c.dep_ == "pobj"), None)
    if rules.enabled("report_in_outlet"):  # "a report in BuzzFeed said": the outlet that ran it
        for token in subject.children:
            outlet = (
                next((c for c in token.children if c.dep_ == "pobj"), None) if token.lower_ == "in" else None
            )
            if outlet is not None and entity_label(outlet) in ("ORG", "PERSON"):
                return outlet
    return None


def cue_for(tokens: list[Token], quoted: Span, inside) -> Token | None:
    """The speech verb whose clause holds the quoted words, else the nearest one outside quotes."""
    candidates = [
        t
        for t in tokens
        if not inside(t.idx) and (is_cue(t, CUE_VERBS) or as_noun_tag(t)) and own_speech_act(t)
    ]
    if not candidates:
        return _dialogue_tag(quoted, inside)
    for token in quoted:
        cues = [ancestor for ancestor in token.ancestors if ancestor in candidates]
        if cues and claim_talked_about(token, cues[0]):
            return None  # 'warned about reports that it is “losing potency”': the reports' words
        if cues:
            cue = pronoun_tag_under_relay(reporting_cue(cues), quoted)
            return answer_after_question(cue, candidates, quoted)
    # "Agencies relied on a “deconfliction” line, but Émond said ...": a cue in a clause joined
    # to the one holding the quoted words is another statement
    holding = {a.i for a in quoted[0].ancestors}
    candidates = [
        t for t in candidates if not (t.dep_ == "conj" and t.head.i in holding and t.i > quoted.end)
    ]
    after = quoted.end + 1 if quoted.end + 1 < len(quoted.doc) else None
    speech = [
        t
        for t in candidates
        if t.lemma_.lower() in SPEECH_VERBS
        or t.lower_ == "according"
        or phrasal_speech(t)  # 'Lee later shot back, “...”'
        # '"Would you ...?" one reporter asked.': any cue verb in a short tag right after the quote
        or (
            after is not None
            and sentence_of(t).start == sentence_of(quoted.doc[after]).start
            and len(sentence_of(t)) <= 8
        )
        or (after is not None and after <= t.i <= after + 2)  # '”, asked the moderator'
    ]
    if not speech:
        return _dialogue_tag(quoted, inside)
    middle = (quoted.start_char + quoted.end_char) // 2
    return min(speech, key=lambda t: abs(t.idx - middle))


def _dialogue_tag(quoted: Span, inside) -> Token | None:
    """'"We will see," Mayor Dunn deadpanned.': a quotation closed by a comma, ? or ! and followed
    by a short tag of a named or pronoun subject and one verb ends in a speech act, whatever the
    verb (a rare one the lexicon lacks, or one the tagger mis-lemmatised)."""
    doc, text = quoted.doc, doc_text(quoted.doc)
    end = quoted.end_char
    if not text[max(0, end - 1) : end + 1].startswith((",", "?", "!")) and text[end : end + 1] not in ",?!":
        return None
    after = quoted.end
    while after < len(doc) and (doc[after].is_punct or doc[after].is_space) and after - quoted.end < 3:
        after += 1
    tag = []
    for token in doc[after : min(len(doc), after + 9)]:
        if token.text in (".", "\n") or token.is_space or token.is_quote or inside(token.idx):
            break
        if tag and participle_follows(token):
            break  # '“...,” Carl retorts, getting a laugh from his brother.': the tag ends at the comma
        tag.append(token)
    verbs = [t for t in tag if t.pos_ == "VERB"]
    if not verbs and tag and tag[-1].pos_ in ("NOUN", "PROPN") and tag[-1].lower_[:-1] in SPEECH_VERBS:
        verbs = [tag[-1]]  # '“...,” the Brennan study notes.': the tagger took the verb for a noun
    if len(tag) > 7 or len(verbs) != 1 or not tag or tag[-1].i + 1 >= len(doc):
        return None
    closing = doc[tag[-1].i + 1]
    if closing.text not in (".", "\n") and not closing.is_space and not participle_follows(closing):
        return None
    verb = verbs[0]
    if verb.pos_ != "VERB":
        return verb if verb.i == tag[-1].i and len(tag) >= 2 and names_someone(tag[-2]) else None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject not in tag:
        return None
    if subject.pos_ == "PRON" and subject.lower_ in ("he", "she", "they", "i", "we"):
        return verb
    return verb if subject.pos_ == "PROPN" or entity_label(subject) in SPEAKER_TYPES else None
