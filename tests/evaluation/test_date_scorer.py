"""score_dates scores the event of the main clause a date case labels: a secondary act in an
adverbial clause gives way to the main clause's date, a relative clause's dated act never dates
the sentence (the issue's rule: an event gets the date of its own clause), and a dateline parsed
as a sentence of its own is skipped."""

from __future__ import annotations

from newsprism.evaluation.event_scores import score_dates


def case(sentence: str, published: str, date: str | None, granularity: str | None) -> dict:
    return {"sentence": sentence, "published": published, "date": date, "granularity": granularity}


def test_the_main_clause_is_scored_not_a_secondary_act(nlp):
    cases = [
        case(
            "TALLAHASSEE — A lawyer was identified by police Thursday as the gunman whose rampage "
            "left three people wounded.",
            "2014-11-20",
            "2014-11-20",
            "day",
        ),
        case(
            "The minister, who resigned last week, will testify before parliament.",
            "2023-03-10",
            None,
            None,
        ),
    ]
    scored = score_dates(cases, nlp)
    assert scored["wrong"] == []
