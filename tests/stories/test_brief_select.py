"""The brief's picks (``stories/brief_select.py``) on invented events and quotes: one line per
happening, ranked by outlets and main actors; every voice heard before anyone's second quote."""

from __future__ import annotations

from newsprism.stories.brief_select import key_events, key_quotes


def _event(sentence: str, outlets: int, actors: list[str], start: int) -> dict:
    names = ["Coast Ledger", "Harbour Wire", "Valley News"][:outlets]
    return {"sentence": sentence, "outlets": names, "actors": actors, "recipients": [], "start": start}


APPROVED = _event(
    "The council approved the bridge toll on Monday after a long debate, by nine votes to four.",
    3,
    ["council"],
    0,
)
RALLY = _event(
    "Mayor Ilse Marten spoke for two hours to cheering supporters at a rally in Dunmore, praising "
    "new schools and roads, while the council voted on the toll.",
    2,
    ["council"],
    10,
)
SAME_RALLY = _event(
    "At the exact moment the council approved the toll, Marten was eighty miles away at a rally in "
    "Dunmore, telling an old story about her grandfather's farm.",
    2,
    ["Ilse Marten"],
    20,
)
DELAY = _event(
    "Opposition leader Tomas Verhage asked the council to delay the toll.", 2, ["Tomas Verhage"], 30
)


def test_a_retold_happening_is_one_line_and_main_actors_rank_first():
    events = [APPROVED, RALLY, SAME_RALLY, DELAY]
    kept = key_events(events, 4, ["Ilse Marten"])
    # the two rally sentences share few words, but "rally", "Dunmore", "Marten" no other event uses
    assert [e["start"] for e in kept] == [0, 20, 30]
    # two lines: the one most outlets report, then the one a main actor takes part in
    assert [e["start"] for e in key_events(events, 2, ["Ilse Marten"])] == [0, 20]


def test_words_the_whole_story_uses_tell_no_happening_apart():
    events = [APPROVED, DELAY, RALLY]
    assert len(key_events(events, 3)) == 3  # all three name the council and the toll


def _quote(speaker: str, text: str, outlets: int, entity: str = "person-1") -> dict:
    names = ["Coast Ledger", "Harbour Wire", "Valley News", "Port Gazette"][:outlets]
    return {"speaker": speaker, "speaker_entity_id": entity, "text": text, "outlets": names}


def test_every_voice_is_heard_before_a_second_quote_and_one_outlets_voice_last():
    shared = [
        _quote("Ilse Marten", "The toll pays for the bridge", 4),
        _quote("Ilse Marten", "We have waited ten years", 3),
        _quote("Dunmore Weekly", "the toll was rushed", 2, entity="org-1"),
        _quote("Tomas Verhage", "Nobody asked the drivers", 2),
    ]
    single = [_quote("Anna Pell", "I drive across twice a day", 1)]
    reach = {"Ilse Marten": 4, "Tomas Verhage": 3, "Anna Pell": 1}
    said = key_quotes(shared, quotes=3, actors=["Ilse Marten"], single=single, reach=reach)
    assert [q["speaker"] for q in said] == ["Ilse Marten", "Tomas Verhage", "Dunmore Weekly"]
    said = key_quotes(shared, quotes=5, actors=["Ilse Marten"], single=single, reach=reach)
    assert [q["text"] for q in said] == [
        "The toll pays for the bridge",  # most carried first
        "We have waited ten years",
        "Nobody asked the drivers",
        "I drive across twice a day",  # one outlet's passer-by: heard after the story's voices' turns
        "the toll was rushed",  # an organisation listed after the people
    ]
