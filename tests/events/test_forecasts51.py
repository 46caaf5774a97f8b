"""Issue 20 point 1 (branch events51): an act still to come counts when a date sets it, a saying or
a plan carries it, or the main clause tells what one named party will do; a bare forecast about
unnamed or generic doers is no event (`eval/allsides_events/README.md`, "Acts still to come");
invented sentences."""

from __future__ import annotations

from test_events import events_of

from newsprism.events import rules


def _types(nlp, text: str) -> list[str]:
    return [event.type for event in events_of(nlp, text)]


FORECASTS = [
    "His rivals will deride the senator's volatility.",
    "Farmers in the valley fear the ministry's inspectors will pressure them to sell.",
    '"Wardens and rangers will attempt to coordinate with the border patrol when feasible."',
    '"He will welcome the Brevan president to the palace."',
]


def test_a_bare_forecast_about_unnamed_doers_is_no_event(nlp):
    for text in FORECASTS:
        assert _types(nlp, text) == [], text
    with rules.switched_off(["unannounced_futures"]):
        assert all(_types(nlp, text) for text in FORECASTS)


def test_announced_scheduled_and_decided_acts_to_come_stay(nlp):
    kept = [
        "Governor Talvo said the state will sue the Brevan water authority.",
        "Premier Odrin will meet the Trevian envoy on Thursday.",
        "Veldia will allow Osterlin refugees to return home as part of the accord.",
        "The Osterlin union plans to protest against the Brevan ministry.",
        "The president will veto the Osterlin tariff bill.",
        "She will welcome the Brevan president to the palace.",
        '"We will be working with the Osterlin committee on the budget."',
        '"We will not accept any interference, and we will take necessary countermeasures to hit back," the'
        " Brevan ministry spokesman said.",
    ]
    for text in kept:
        assert _types(nlp, text), text
