"""Which sentence tells a key event, and how many key events a story gets (stop 49), on invented
reports: a row's most typical narrated wording rather than a passing line of reported speech, more
happenings for a story many outlets tell, those of the story's main actors kept first."""

from newsprism.models import Article, Event
from newsprism.stories.brief_markdown import render_markdown
from newsprism.stories.compare_events import KEY_EVENTS, key_event_count, key_events
from newsprism.stories.key_event_wording import reported

VOTE = [  # one happening (the council ousts the mayor), told by four outlets
    (
        "a",
        "At the gala, Lorne said the council is trying to oust her because it cannot beat her at the polls.",
    ),
    ("b", "The Varnholt council voted to oust Mayor Edda Lorne on Tuesday after a nine-hour debate."),
    ("c", "The council voted 7-4 on Tuesday to oust Mayor Edda Lorne over the harbour contracts."),
    ("d", "Councillors voted to oust Lorne on Tuesday, ending her second term early."),
]


def _event(article_id, sentence, start=40, kind="COERCE", actors=("Varnholt council",), date="2031-05-06"):
    recipients = ["Edda Lorne"] if kind == "COERCE" else []
    return Event(
        article_id, kind, start, start + len(sentence), sentence, trigger="oust",
        actors=list(actors), recipients=recipients, date=date,
    )  # fmt: skip


def _articles(ids, length=2000):
    return {i: Article(text="x" * length, article_id=i, outlet=f"outlet {i}", source="") for i in ids}


def test_a_row_is_told_in_its_most_typical_narrated_sentence_not_a_passing_reported_line():
    outlet_of = {i: f"outlet {i}" for i in "abcd"}
    events = [_event(a, sentence) for a, sentence in VOTE]
    found = key_events(events, outlet_of, {}, [], _articles("abcd"))
    assert len(found) == 1 and len(found[0]["outlets"]) == 4
    assert found[0]["sentence"] != VOTE[0][1]  # Lorne's line: someone's speech, sharing few words
    assert "voted" in found[0]["sentence"]


def test_an_early_sentence_is_preferred_to_the_same_wording_late_in_its_article():
    outlet_of = {"a": "one", "b": "two"}
    late = "The council voted to oust Mayor Edda Lorne on Tuesday."
    early = "The council voted on Tuesday to oust Mayor Edda Lorne."
    events = [_event("a", late, start=1900), _event("b", early, start=30)]
    assert key_events(events, outlet_of, {}, [], _articles("ab"))[0]["sentence"] == early


def test_reported_speech_is_an_act_after_a_speech_verb_or_inside_quotation_marks():
    assert reported("Lorne said the council is trying to oust her.", "oust")
    assert reported("“They will oust me,” Lorne told reporters.", "oust")
    assert not reported("The council voted to oust Lorne, the clerk said.", "oust")
    assert not reported("Lorne said on Friday that she would appeal.", "said")  # the saying is the act


def test_a_sentence_ending_in_a_colon_does_not_tell_a_key_event():
    outlet_of = {"a": "one", "b": "two"}
    colon = "The council ousted Mayor Edda Lorne on Tuesday, as follows:"
    plain = "The council ousted Mayor Edda Lorne by seven votes to four."
    events = [_event("a", colon, start=10), _event("b", plain, start=900)]
    assert [row["sentence"] for row in key_events(events, outlet_of, {}, [], _articles("ab"))] == [plain]


HAPPENINGS = [  # (actor, sentence): eight happenings with no content word in common
    ("Pavel Orrin", "Pavel Orrin resigned from the harbour board."),
    ("Mira Tansk", "Mira Tansk sued the ferry company over unpaid wages."),
    ("Ruta Bello", "Ruta Bello closed the northern bridge to lorries."),
    ("Ivo Sarkis", "Ivo Sarkis opened an inquiry into missing grain shipments."),
    ("Lena Dorsch", "Lena Dorsch fined three fishing crews."),
    ("Otto Kramm", "Otto Kramm endorsed Dorsch's budget proposal."),
    ("Nadia Veil", "Nadia Veil arrested two smugglers near Kessel pier."),
    ("Edda Lorne", "Edda Lorne vetoed the lighthouse sale."),
]


def _story(outlets):
    """Each happening told by two of ``outlets`` outlets, a day apart in order."""
    events, outlet_of = [], {}
    for n, (actor, sentence) in enumerate(HAPPENINGS):
        for k in range(2):
            article = f"art{(n + k) % outlets}"
            outlet_of[article] = f"outlet {(n + k) % outlets}"
            day = f"2031-05-{n + 1:02d}"
            events.append(_event(article, sentence, start=100 * n, kind="ASSAULT", actors=[actor], date=day))
    for i in range(outlets):
        outlet_of.setdefault(f"art{i}", f"outlet {i}")
    return events, outlet_of


def test_a_story_many_outlets_tell_gets_more_key_events_in_date_order():
    assert key_event_count(3) == KEY_EVENTS and key_event_count(11) > KEY_EVENTS
    events, outlet_of = _story(9)
    found = key_events(events, outlet_of, {})
    assert len(found) == len(HAPPENINGS)  # 6 before stop 49, whatever the story's size
    assert [row["date"] for row in found] == sorted(row["date"] for row in found)


def test_the_main_actors_happenings_are_kept_first_at_equal_reach():
    events, outlet_of = _story(3)  # three outlets: six key events of eight happenings
    found = key_events(events, outlet_of, {}, actors=["Nadia Veil", "Edda Lorne"])
    assert len(found) == KEY_EVENTS
    assert {"Nadia Veil", "Edda Lorne"} <= {name.title() for row in found for name in row["actors"]}


def test_the_brief_shows_every_key_event_a_large_story_gets():
    events, outlet_of = _story(11)
    rows = key_events(events, outlet_of, {})
    data = {
        "title": "Harbour week",
        "outlets": [{"outlet": f"outlet {i}", "distinct": [], "loaded": []} for i in range(11)],
        "key_events": rows,
    }
    brief = render_markdown(data)
    assert sum(line.startswith("- 2031-") for line in brief.splitlines()) == len(HAPPENINGS)


def test_of_two_like_wordings_the_narrated_one_tells_the_event():
    outlet_of = {"a": "one", "b": "two"}
    speech = "Lorne said the council voted to oust Mayor Edda Lorne on Tuesday."
    narrated = "The council voted to oust Mayor Edda Lorne on Tuesday, the clerk said."
    events = [_event("a", speech), _event("b", narrated)]
    assert key_events(events, outlet_of, {}, [], _articles("ab"))[0]["sentence"] == narrated
