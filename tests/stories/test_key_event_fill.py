"""Key events one outlet alone tells (issue 18 point 5): a story two outlets tell, each in its own
words, still gets its main actors' acts in "what happened" (invented names and sentences)."""

from newsprism.models import Article, Event
from newsprism.stories.brief_select import key_events as brief_events
from newsprism.stories.compare_events import key_events

OUTLET_OF = {"a": "one", "b": "two"}
FILLER = " Filler words follow here for length." * 40


def _article(article_id, lead):
    return Article(text=lead + FILLER, article_id=article_id, outlet=OUTLET_OF[article_id], source="")


def _event(article_id, kind, actors, sentence, start=0, trigger="", ids=None, offsets=None):
    return Event(
        article_id, kind, start, start + len(sentence), sentence, trigger=trigger, actors=actors,
        actor_entity_ids=ids or [None] * len(actors), actor_offsets=offsets or [], date="2030-05-02",
    )  # fmt: skip


def test_a_main_actors_act_one_outlet_tells_is_what_happened():
    articles = {
        "a": _article("a", "Wanda Pell closed the harbour on Friday."),
        "b": _article("b", "Orrin Tabb praised the fishermen's union."),
    }
    events = [
        _event("a", "COERCE", ["Wanda Pell"], "Wanda Pell closed the harbour on Friday.", trigger="closed"),
        _event(
            "b", "SUPPORT", ["Orrin Tabb"], "Orrin Tabb praised the fishermen's union.", trigger="praised"
        ),
    ]
    found = key_events(
        events, OUTLET_OF, {}, [], articles, ["Wanda Pell", "Lyle Corran", "Ena Voss", "Orrin Tabb"]
    )
    assert [row["actors"] for row in found] == [["wanda pell"]]  # Tabb: no main actor among the top three
    assert found[0]["outlets"] == ["one"] and found[0]["lone_weight"] > 1.0


def test_a_lone_act_told_as_a_record_or_as_speech_is_no_key_event():
    state = "Later in the day it emerged that Wanda Pell has closed the harbour twice before."
    said = "Ena Voss said Lyle Corran sold the ferry."
    articles = {"a": _article("a", "The harbour was calm." + FILLER[:400] + state), "b": _article("b", said)}
    at = len("The harbour was calm.") + 400
    events = [
        _event("a", "COERCE", ["Wanda Pell"], state, start=at, trigger="closed"),
        _event("b", "RETREAT", ["Lyle Corran"], said, trigger="sold"),
    ]
    assert key_events(events, OUTLET_OF, {}, [], articles, ["Wanda Pell", "Lyle Corran"]) == []
    events[0].sentence = state.replace("has closed", "closed")  # told as the day's act: kept
    found = key_events(events, OUTLET_OF, {}, [], articles, ["Wanda Pell", "Lyle Corran"])
    assert [row["actors"] for row in found] == [["wanda pell"]]


def test_an_opening_pronoun_that_is_the_actor_is_named_in_brackets():
    sentence = "He mocked the harbour board."
    articles = {"a": _article("a", sentence), "b": _article("b", "The board met.")}
    events = [
        _event(
            "a", "ACCUSE", ["Lyle Corran"], sentence, trigger="mocked", ids=["person-1"], offsets=[(0, 2)]
        ),
    ]
    found = key_events(events, OUTLET_OF, {"person-1": "Lyle Corran"}, [], articles, ["Lyle Corran"])
    assert [row["sentence"] for row in found] == ["He [Lyle Corran] mocked the harbour board."]


def test_shared_rows_come_before_lone_ones_ranked_by_weight():
    rows = [
        {
            "sentence": "Pell toured the docks.",
            "outlets": ["one"],
            "actors": ["Wanda Pell"],
            "lone_weight": 0.6,
        },
        {"sentence": "Corran resigned.", "outlets": ["one", "two"], "actors": ["Lyle Corran"]},
        {
            "sentence": "Pell fined the ferry firm.",
            "outlets": ["two"],
            "actors": ["Wanda Pell"],
            "lone_weight": 1.2,
        },
    ]
    assert [r["sentence"] for r in brief_events(rows, 2, ["Wanda Pell"])] == [
        "Corran resigned.",
        "Pell fined the ferry firm.",
    ]


def test_a_quotation_tail_and_a_recalled_happening_are_no_key_events():
    tail = 'Watching the tide closely," Wanda Pell wrote on Friday.'
    record = "Wanda Pell has denied wrongdoing and called the inquiry a farce."
    lead = "The harbour was calm." + FILLER[:400]
    articles = {"a": _article("a", lead + record), "b": _article("b", lead + record)}
    events = [
        _event("a", "HAPPENING", ["Wanda Pell"], record, start=len(lead), trigger="called"),
        _event("b", "HAPPENING", ["Wanda Pell"], record, start=len(lead), trigger="called"),
        _event("a", "HAPPENING", ["Wanda Pell"], tail, start=10, trigger="wrote"),
    ]
    assert key_events(events, OUTLET_OF, {}, [], articles, ["Wanda Pell"]) == []
