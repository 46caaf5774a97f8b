"""An event told in the past perfect of the narrative is flagged ``background`` from the parse (the
auxiliary "had" on the event's verb, adverbs between or not, passives with "had been", a verb
joined to one with "had"); the past perfect inside reported speech is the tense shift of the
speech verb, not background."""

from __future__ import annotations

import pytest

from newsprism.events.extract import extract_events
from newsprism.models import Article


def flag_of(nlp, text: str, trigger: str) -> bool:
    events = extract_events(nlp(text), Article(article_id="aspect", source="test", text=text))
    found = [e for e in events if e.trigger.split()[0] == trigger]
    assert found, [(e.trigger, e.type) for e in events]
    return found[0].background


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The grant is less than half of the money that Senator Pia Holm had demanded.", "demanded"),
        ("The mayor, who had long urged Governor Tomas Berg to act, welcomed the plan.", "urged"),
        ("Judge Ida Lund had criticized the county before the vote.", "criticized"),
        ("The unions had been consulted by Mayor Rolf Dahl before the plan changed.", "consulted"),
        ("Governor Tomas Berg had met the farmers and agreed to their terms.", "agreed"),
    ],
)
def test_past_perfect_of_the_narrative_is_background(nlp, text, trigger):
    assert flag_of(nlp, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Judge Ida Lund criticized the county on Monday.", "criticized"),
        ("Negotiators said they had reached an agreement with Mayor Rolf Dahl.", "reached"),
        ("Senator Pia Holm said on Friday that Judge Ida Lund had accused her of lying.", "accused"),
        ("Governor Tomas Berg has criticized the county.", "criticized"),
        ("The mayor, who urged Governor Tomas Berg to act, welcomed the plan.", "urged"),
        ("Negotiators said they had met Mayor Rolf Dahl and agreed to a deal.", "agreed"),
        ("Senator Pia Holm said Judge Ida Lund had met the farmers and criticized the county.", "criticized"),
    ],
)
def test_reported_speech_and_other_tenses_are_not(nlp, text, trigger):
    assert not flag_of(nlp, text, trigger)
