"""Whom a refusal to let someone act is aimed at: "refused to allow United Nations planes to land".

The one not let act is the subject of the clause under the verb of letting; the recipient search
reads that clause as one of the trigger's content clauses, so its subject (or the party owning it,
"Veltrian ships": Veltria's) is found as the other side (PLOVER's gold names it). Verbs of letting
are data: ``permission_verbs.txt``.
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import lemma_of
from newsprism.nlp import lexicon

PERMISSION_VERBS = lexicon.words("permission_verbs.txt")


def refused_permissions(trigger_token: Token, event_type: str) -> list[Token]:
    """The clauses naming who is not let act under a REJECT trigger ("refused to allow X to V":
    "V" with subject X); [] otherwise (rule group ``refused_permissions`` on)."""
    if event_type != "REJECT" or not rules.enabled("refused_permissions"):
        return []
    letting = [c for c in trigger_token.children if c.dep_ == "xcomp" and lemma_of(c) in PERMISSION_VERBS]
    return [c for verb in letting for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
