"""Issue 17's sixteenth round of quote rules, from errors left on every real split (unseen16 read
while fixing), on invented text: each rule finds what a careful reader would, and switching its
group off shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules

POINTING = (
    "Premier Ines Harlow said her remarks were a reflection of changing conditions on the northern "
    "border, pointing to the rebels' pact with the coastal provinces.\n\n"
    "Inspectors said the dam appeared to be sound, prompting an outcry from families downstream."
)


def test_a_participle_of_the_writers_narration_ends_a_report(quotes_of, first_quote):
    found = quotes_of(POINTING)
    remarks = first_quote(found, "her remarks were a reflection")
    assert remarks is not None and "pointing" not in remarks.text
    assert remarks.speaker == "Ines Harlow"
    dam = first_quote(found, "the dam appeared")
    assert dam is not None and "prompting" not in dam.text
    with rules.switched_off(["narration_tail"]):
        assert "pointing" in first_quote(quotes_of(POINTING), "her remarks were").text
