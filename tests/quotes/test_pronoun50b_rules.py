"""Issue 17/20 (helper pronoun50b): a partitive subject's possessor is the sentence's person ("One of
the boldest of Varga's claims came ... he said"). Invented text through real spaCy; switching the
group off shows what it replaces."""

from __future__ import annotations

from newsprism.quotes import rules

PARTITIVE = (
    "Governor Tomas Varga spoke in Dunmore on Tuesday.\n\n"
    "Senator Pell Orvik met the governor on Monday. Mr. Orvik, the Ledger reported, had doubted the plan.\n\n"
    "One of the boldest of Varga’s claims came in a single sentence about the bridge. "
    "“Believe me, we are building that bridge,” he said."
)


def test_partitive_possessor_is_the_pronouns_person(quotes_of, first_quote):
    assert first_quote(quotes_of(PARTITIVE), "Believe me").speaker == "Tomas Varga"
    with rules.switched_off(["partitive_possessor"]):
        assert first_quote(quotes_of(PARTITIVE), "Believe me").speaker != "Tomas Varga"
