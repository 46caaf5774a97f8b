"""Where a reported clause stops: the parse hangs the writer's narration on the reported verb.

"Trump told reporters that he had taken the test, following days of resisting being screened
..." reports the test, not the days of resisting (a participle phrase the writer adds after a
comma, opened by a word of ``quote_narration_openers.txt``); "Justice acknowledged that his
businesses received aid, though he said he didn't know how much" reports the aid, and the
"though" clause is a report of its own, with its own subject and speech verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.nlp import lexicon
from newsprism.people.tokens import is_cue
from newsprism.people.words import CUE_VERBS, SUBJECT_DEPS
from newsprism.quotes import rules

NARRATION_OPENERS = lexicon.words("quote_narration_openers.txt")
DASH_ASIDES = lexicon.words("quote_dash_asides.txt")
DASHES = frozenset({"—", "–", "--"})
CONCESSIVE = frozenset({"though", "although", "while", "whereas"})


def narration_cut(clause: Token, end: int) -> int:
    """The end of the reported clause headed by ``clause`` (the clause runs to ``end``): before the
    comma that opens the writer's narration or a concessive clause with a report of its own."""
    if not rules.enabled("narration_tail"):
        return end
    doc = clause.doc
    end = _tense_break(clause, end)
    for word in doc[clause.i + 1 : end]:  # "... moving forward while another said ...": no comma
        if word.lower_ in CONCESSIVE and word.dep_ == "mark" and rules.enabled("concessive_report"):
            verb = word.head  # its verb reports a clause of its own ("said that", "vowed to")
            reports = any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
            if doc[word.i - 1].text != "," and reports and _own_report(doc[verb.i : verb.i + 1]):
                end = word.i
                break
    for dash in doc[clause.i + 1 : end - 2]:  # "... his goal — even as the White House is urging"
        if dash.text in DASHES and rules.enabled("dash_aside"):
            if f"{doc[dash.i + 1].lower_} {doc[dash.i + 2].lower_}" in DASH_ASIDES:
                end = dash.i
                break
    for comma in doc[clause.i + 1 : end]:
        if comma.text != "," or comma.i + 1 >= end:
            continue
        opener = doc[comma.i + 1]
        if opener.lower_ in NARRATION_OPENERS and opener.dep_ in ("prep", "advcl", "acl"):
            return comma.i
        if opener.lower_ in CONCESSIVE and _own_report(doc[comma.i + 2 : end]):
            return comma.i
    return end


def _tense_break(clause: Token, end: int) -> int:
    """'said the measure amounts to discrimination and pointed to the outrage ...': a plain past
    with no subject or auxiliary of its own, joined by "and" to a present-tense reported clause, is
    the speaker's next act told by the writer, not more of the report (group ``tense_break``)."""
    if not rules.enabled("tense_break") or clause.tag_ not in ("VBZ", "VBP"):
        return end
    doc = clause.doc
    for verb in clause.rights:
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.i >= end:
            continue
        if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue
        cut = verb.left_edge.i
        while cut > clause.i + 1 and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
            cut -= 1
        if any(t.dep_ == "cc" and t.lower_ == "and" for t in doc[cut : verb.i]):
            return min(end, cut)
    return end


def _own_report(words) -> bool:
    """A speech verb with a subject of its own among these words ("though he said ...")."""
    return any(
        is_cue(word, CUE_VERBS) and any(c.dep_ in SUBJECT_DEPS for c in word.children) for word in words
    )
