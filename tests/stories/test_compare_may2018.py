"""What a researcher reading compare briefs of a real week (May 2018) found wrong, on invented
articles: one- to three-word fragments listed as quotes only one outlet carries, one sentence
listed twice among an outlet's own events, background ("in the past has routinely denounced") and
nameless events as key or "left out" events, and names that are no actor or that the outlet does
write: "Mr. Kim" for "Kim Jong Un", "U.S. embassy" for "US Embassy", a news agency, a time zone,
a dateline, a title cut from its name ("Army Col")."""

from newsprism.models import Article, Event, Mention, Quote
from newsprism.stories.compare import compare_articles
from newsprism.stories.compare_events import events_left_out, events_only_here, key_events
from newsprism.stories.compare_names import fragments, written_in


def _article(aid, outlet, text):
    return Article(aid, f"{aid}.txt", text, title=f"Story {aid}", outlet=outlet, published="2018-05-16")


def _quote(article, text, speaker="Aldo Fenn"):
    start = article.text.index(text)
    return Quote(article.article_id, text, start, start + len(text), "partial", speaker=speaker)


def _mention(article, name, label="ORG"):
    start = article.text.index(name)
    return Mention(article.article_id, name, start, start + len(name), label)


def test_quotes_only_here_are_statements_each_listed_once():
    text = (
        'Mayor Aldo Fenn answered "yes." He called the levy "a fair price for a safer harbour" and '
        'the critics "mostly wrong" and again "mostly wrong".'
    )
    first = _article("a", "Harbour Wire", text)
    second = _article("b", "Coast Ledger", "The council met about the harbour levy on Monday.")
    quotes = [_quote(first, "yes."), _quote(first, "a fair price for a safer harbour")]
    wrong = text.index("mostly wrong")
    again = text.rindex("mostly wrong")
    quotes += [Quote("a", "mostly wrong", s, s + 12, "partial", speaker="Aldo Fenn") for s in (wrong, again)]
    rows = {row["outlet"]: row for row in compare_articles([first, second], quotes, [], [], {})["outlets"]}
    row = rows["Harbour Wire"]
    assert [q["text"] for q in row["only_here"]["quotes"]] == ["a fair price for a safer harbour"]
    full = {
        r["outlet"]: r for r in compare_articles([first, second], quotes, [], [], {}, full=True)["outlets"]
    }
    full = full["Harbour Wire"]
    assert {"yes.", "mostly wrong"} <= {q["text"] for q in full["only_here"]["quotes"]}  # --all keeps them


def _event(aid, kind, actors, sentence, start=0, recipients=()):
    return Event(
        aid,
        kind,
        start,
        start + len(sentence),
        sentence,
        actors=actors,
        recipients=list(recipients),
        date="2018-05-16",
    )


def test_a_sentence_with_two_events_is_listed_once_among_an_outlet_s_own():
    sentence = "Aldo Fenn met the board and the board approved the levy."
    mine = _article("a", "Harbour Wire", sentence)
    events_of = {
        "a": [_event("a", "CONSULT", ["Aldo Fenn"], sentence), _event("a", "AGREE", ["board"], sentence)],
        "b": [],
    }
    keys = {id(e): (e.type, tuple(e.actors), ()) for e in events_of["a"]}
    rows = events_only_here(events_of, [mine], [], {}, keys, [], None)
    assert [row["sentence"] for row in rows] == [sentence]


def test_background_and_nameless_events_are_neither_key_nor_left_out():
    past = "The union in the past has routinely denounced the levy."
    shot = "Two dockers have been hurt at the harbour."
    met = "Aldo Fenn met the dockers on Wednesday."
    events = [
        _event("a", "ACCUSE", ["union"], past),
        _event("b", "ACCUSE", ["union"], past),
        _event("a", "ASSAULT", [], shot, recipients=["dockers"]),
        _event("b", "ASSAULT", [], shot, recipients=["dockers"]),
        _event("a", "CONSULT", ["Aldo Fenn"], met),
        _event("b", "CONSULT", ["Aldo Fenn"], met),
    ]
    outlet_of = {"a": "Harbour Wire", "b": "Coast Ledger", "c": "River Times"}
    assert [row["sentence"] for row in key_events(events, outlet_of, {})] == [met]
    arts = {aid: _article(aid, outlet, "x") for aid, outlet in outlet_of.items()}
    by_outlet = {outlet: [arts[aid]] for aid, outlet in outlet_of.items()}
    events_of = {"a": events[::2], "b": events[1::2], "c": []}
    keys = {id(e): (e.type, tuple(a.lower() for a in e.actors), tuple(e.recipients)) for e in events}
    left = events_left_out(events_of, [arts["c"]], by_outlet, "River Times", {}, keys, None)
    assert [row["sentence"] for row in left] == [met]


def test_names_an_outlet_writes_otherwise_are_not_left_out():
    assert written_in("Kim Jong Un", "PERSON", "Officials said Mr. Kim had agreed to the talks.")
    assert not written_in("Kim Jong Un", "PERSON", "Officials said the talks had been agreed.")
    assert written_in("US Embassy", "ORG", "The U.S. embassy opened on Monday.")
    assert written_in("U.S. Senate Intelligence Committee", "ORG", "The Senate Intelligence Committee voted.")
    assert not written_in("US Embassy", "ORG", "The embassy opened on Monday.")
    assert written_in("DPRK", "ORG", "North Korea said the drills were a provocation.")


def test_agencies_time_zones_datelines_and_cut_titles_are_no_actors():
    texts = ["PORTVILLE — The harbour board met at 10 a.m. CDT, the Associated Press reported."]
    mentions = [
        Mention("a", name, 0, len(name), "ORG")
        for name in ("PORTVILLE", "CDT", "Associated Press", "Army Col", "Harbour Board")
    ]
    found = fragments(mentions, ["Harbour Wire"], lambda m: m.text, texts)
    assert {"portville", "cdt", "associated press", "army col"} <= found
    assert "harbour board" not in found
    assert "portville" not in fragments(
        mentions, [], lambda m: m.text, texts + ["Ships left PORTVILLE at dawn."]
    )


def test_a_plain_word_before_a_capitalised_title_is_no_label():
    from newsprism.stories.compare_labels import label_before

    for text, label in (
        ("The threat called into doubt President Aldo Fenn", "President"),
        ('"We salute Director Mara Quill', "Director"),
        ("She criticised the embattled Mayor Aldo Fenn", "embattled Mayor"),
        ("The communist leader Aldo Fenn", "communist leader"),
    ):
        name = "Aldo Fenn" if "Aldo" in text else "Mara Quill"
        assert label_before(text, text.index(name)) == label, text


def test_a_paraphrase_restates_the_quotation_not_only_its_names():
    from newsprism.stories.compare_quotes import _says_the_same

    quotation = "We will look at what Harbour Board has said"
    assert not _says_the_same("the decision belongs to Harbour Board", quotation)
    assert _says_the_same("she would look at what the board said", quotation)
