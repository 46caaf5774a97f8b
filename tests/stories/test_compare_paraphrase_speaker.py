"""A paraphrase is paired with a quotation other outlets print only when both have one speaker:
an outlet's unattributed "they were told ..." is no one's paraphrase of a named speaker's words."""

from __future__ import annotations


def test_a_paraphrase_is_paired_only_with_its_own_speakers_quotation():
    from newsprism.models import Quote
    from newsprism.stories.compare_quotes import QuoteCluster, sources_by_outlet

    words = "the vote on the toll was forced through before the summer"
    said = Quote("a", f"We forced {words} break", 0, 50, "direct", speaker="Lena Stroud")
    theirs = Quote("b", f"they were told {words}", 0, 40, "indirect")  # no one named
    hers = Quote("c", f"she {words}", 0, 40, "indirect", speaker="Lena Stroud")
    cluster = QuoteCluster([said, theirs, hers])
    outlet_of = {"a": "Harbour Wire", "b": "Coast Ledger", "c": "Valley News"}
    rows = sources_by_outlet(
        [cluster], outlet_of, {k: k for k in outlet_of}, lambda q: q.speaker or "", lambda s: 0.0, None
    )
    assert not rows["Coast Ledger"]["paraphrases"]  # nobody's words are no one's paraphrase
    assert [p["speaker"] for p in rows["Valley News"]["paraphrases"]] == ["Lena Stroud"]
