"""A bare capitalised subject the tagger took for a common noun ("Bridge fired Quarrell") is a name
when the sanction is one only people impose (data/people_only_sanction_verbs.txt); a thing that
forces someone out stays no actor. Invented sentences, real spaCy."""

from __future__ import annotations

from newsprism.events import rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    article = Article(article_id="t", source="t", text=doc.text, published="2019-01-01")
    return [(e.trigger, e.type, e.actors) for e in extract_events(doc, article)]


def test_a_bare_capitalised_subject_who_fires_someone_is_a_name(nlp):
    text = "Bridge fired Quarrell in May 2017."
    assert events_of(nlp, text) == [("fired", "SANCTION", ["Bridge"])]
    with rules.switched_off(["bare_sanctioners"]):
        assert events_of(nlp, text) == []


def test_pressure_that_forces_someone_out_is_no_actor(nlp):
    assert events_of(nlp, "Pressure forced Quarrell out in May.") == []
