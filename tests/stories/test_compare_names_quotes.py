"""What a researcher reading compare briefs of a real week (February 2019) found wrong, on invented
articles: a two-word phrase in quotation marks listed under who said what and as left out, a
quotation "left out" by an outlet that writes its words, a party or agency "only here" or "left
out" where the others write another of its names ("GOP" / "Republicans", "DOJ" / "Justice
Department"), and a photo credit or a handle listed as a name only one outlet uses."""

from newsprism.models import Article, Mention, Quote
from newsprism.stories.compare import compare_articles
from newsprism.stories.compare_names import written_in


def _article(aid, outlet, text):
    return Article(aid, f"{aid}.txt", text, title=f"Story {aid}", outlet=outlet, published="2019-02-20")


def _quote(article, text, speaker="Mara Quill"):
    start = article.text.index(text)
    return Quote(article.article_id, text, start, start + len(text), "direct", speaker=speaker)


def _mention(article, name, label="ORG", entity_id=None):
    start = article.text.index(name)
    return Mention(article.article_id, name, start, start + len(name), label, entity_id=entity_id)


STATEMENT = "the harbour fund was spent on the mayor's friends"


def _quoting_week():
    articles = [
        _article("a", "Harbour Wire", f'Mara Quill said "{STATEMENT}" and called it a "total sham".'),
        _article(
            "b", "Coast Ledger", f'Quill told the council "{STATEMENT}". It was a "total sham", she said.'
        ),
        _article("c", "River Times", f'"{STATEMENT}," Quill said, calling the fund a "total sham".'),
        _article("d", "Bay Post", "Quill spoke of a total sham at the council on Monday."),
        _article("e", "Gulf Star", "The council met on Monday about the harbour fund."),
    ]
    quotes = []
    for article in articles[:3]:
        quotes += [_quote(article, STATEMENT), _quote(article, "total sham")]
    return articles, quotes


def test_a_phrase_in_quotation_marks_is_no_statement_to_list_or_leave_out():
    articles, quotes = _quoting_week()
    data = compare_articles(articles, quotes, [], [], {})
    assert [q["text"] for q in data["shared_quotes"]] == [STATEMENT]
    rows = {row["outlet"]: row for row in data["outlets"]}
    assert [q["text"] for q in rows["Gulf Star"]["missing_here"]["quotes"]] == [STATEMENT]
    assert all(q["text"] != "total sham" for row in rows.values() for q in row["missing_here"]["quotes"])


def test_a_quotation_an_outlet_writes_without_quotation_marks_is_not_left_out():
    articles, quotes = _quoting_week()
    articles[4] = _article("e", "Gulf Star", f"Critics say {STATEMENT}, and the council met on Monday.")
    data = compare_articles(articles, quotes, [], [], {})
    rows = {row["outlet"]: row for row in data["outlets"]}
    assert rows["Gulf Star"]["missing_here"]["quotes"] == []
    assert [q["text"] for q in rows["Bay Post"]["missing_here"]["quotes"]] == [STATEMENT]


def test_another_name_of_a_party_or_agency_counts_as_naming_it():
    assert written_in("GOP", "ORG", "Republicans in the harbour council objected.")
    assert written_in("Justice Department", "ORG", "A Department of Justice (DOJ) lawyer wrote.")
    assert written_in("US Supreme Court", "ORG", "The case may reach the Supreme Court.")
    assert not written_in("ICE", "ORG", "The ice on the harbour broke early.")  # capitals as written
    assert not written_in("GOP", "ORG", "The harbour council objected.")
    first = _article("a", "Harbour Wire", "The GOP blocked the fund, and the Justice Department sued.")
    second = _article("b", "Coast Ledger", "Republicans blocked the fund; the Justice Department sued.")
    third = _article("c", "River Times", "Republicans blocked the fund and the Justice Department sued.")
    fourth = _article("d", "Bay Post", "Republicans blocked the fund; DOJ lawyers sued on Monday.")
    mentions = [_mention(first, "GOP"), _mention(fourth, "DOJ")]
    mentions += [_mention(article, "Justice Department") for article in (first, second, third)]
    data = compare_articles([first, second, third, fourth], [], mentions, [], {})
    rows = {row["outlet"]: row for row in data["outlets"]}
    assert "GOP" not in rows["Harbour Wire"]["only_here"]["entities"]
    assert rows["Bay Post"]["missing_here"]["entities"] == []
    assert "DOJ" not in rows["Bay Post"]["only_here"]["entities"]


def test_a_photo_credit_or_a_handle_is_no_name_only_one_outlet_uses():
    first = _article(
        "a",
        "Harbour Wire",
        "Mayor Aldo Fenn spoke. Jane Roe/Agence Photo. Posted by @HarbourBoard (Harbour Board).",
    )
    second = _article("b", "Coast Ledger", "Mayor Aldo Fenn spoke at the harbour on Monday.")
    mentions = [
        _mention(first, "Aldo Fenn", "PERSON", "person:fenn"),
        _mention(first, "Jane Roe", "PERSON", "person:roe"),
        _mention(first, "@HarbourBoard", "ORG"),
        _mention(first, "Harbour Board", "ORG"),
        _mention(second, "Aldo Fenn", "PERSON", "person:fenn"),
    ]
    names = {"person:fenn": "Aldo Fenn", "person:roe": "Jane Roe"}
    data = compare_articles([first, second], [], mentions, [], names)
    rows = {row["outlet"]: row for row in data["outlets"]}
    assert rows["Harbour Wire"]["only_here"]["entities"] == ["Harbour Board"]


def test_a_key_event_happened_and_two_outlets_report_it():
    from newsprism.models import Event
    from newsprism.stories.compare_events import key_events

    def event(aid, sentence, **flags):
        return Event(
            aid, "CONSULT", 0, len(sentence), sentence, actors=["Aldo Fenn"], date="2019-02-20", **flags
        )

    outlet_of = {"a": "Harbour Wire", "b": "Coast Ledger", "c": "River Times"}
    met = "Aldo Fenn met the harbour board on Wednesday."
    hoped = "Aldo Fenn could meet the harbour board on Wednesday."
    found = key_events(
        [event("a", hoped, hypothetical=True), event("b", hoped, hypothetical=True)], outlet_of, {}
    )
    assert found == []  # not something that happened
    assert [row["sentence"] for row in key_events([event("a", met), event("b", met)], outlet_of, {})] == [met]
    two = {"a": "Harbour Wire", "b": "Coast Ledger"}
    assert key_events([event("a", met)], two, {}) == []  # one outlet's account of a two-outlet story
    assert [row["sentence"] for row in key_events([event("a", met)], {"a": "Harbour Wire"}, {})] == [met]


def test_a_label_stops_at_a_speech_verb_and_at_a_cut_name_but_keeps_a_name_that_is_a_verb():
    from newsprism.stories.compare_labels import label_before

    cases = {
        ("Aldo Fenn wrote President Ada Vance a letter.", "Ada"): "President",
        ("He told Senator Ada Vance so.", "Ada"): "Senator",
        ("the Harbour Group chief financial officer Ada Vance", "Ada"): "chief financial officer",
        ("then the State Department envoy Ada Vance", "Ada"): "State Department envoy",
    }
    for (text, name), label in cases.items():
        assert label_before(text, text.index(name)) == label, text
    text = "the Secretary of State Ada Vance"
    assert label_before(text, text.index("Ada")) == ""  # "State" ends a role of "X of Y", no label


def test_somebody_s_thing_and_a_title_with_no_name_are_no_names_only_one_outlet_uses():
    first = _article(
        "a",
        "Harbour Wire",
        "The Harbour Police Superintendent spoke on Lena Ortiz's Morning Hour, the AG agreed, and the "
        "Department of Justice sued.",
    )
    second = _article("b", "Coast Ledger", "Lena Ortiz spoke at the harbour on Monday.")
    mentions = [
        _mention(first, "Harbour Police Superintendent"),
        _mention(first, "Lena Ortiz's Morning Hour"),
        _mention(first, "Department of Justice"),
        _mention(first, "AG"),
        _mention(second, "Lena Ortiz", "PERSON", "person:ortiz"),
    ]
    data = compare_articles([first, second], [], mentions, [], {"person:ortiz": "Lena Ortiz"})
    rows = {row["outlet"]: row for row in data["outlets"]}
    assert rows["Harbour Wire"]["only_here"]["entities"] == ["Department of Justice"]


def test_an_outlet_does_not_leave_out_what_was_said_after_it_printed():
    articles, quotes = _quoting_week()
    articles[4] = Article(
        "e", "e.txt", articles[4].text, title="Story e", outlet="Gulf Star", published="2019-02-18"
    )
    data = compare_articles(articles, quotes, [], [], {})
    rows = {row["outlet"]: row for row in data["outlets"]}
    assert rows["Gulf Star"]["missing_here"]["quotes"] == []  # the quotation was printed from the 20th
    assert [q["text"] for q in rows["Bay Post"]["missing_here"]["quotes"]] == [STATEMENT]


def test_an_outlet_does_not_leave_out_a_name_first_named_after_it_printed():
    def dated(aid, outlet, text, day):
        return Article(aid, f"{aid}.txt", text, title=f"Story {aid}", outlet=outlet, published=day)

    early = dated("a", "Harbour Wire", "Mayor Aldo Fenn will speak on Friday.", "2019-02-18")
    late = dated("b", "Gulf Star", "Mayor Aldo Fenn spoke on Friday.", "2019-02-23")
    articles = [early, late] + [
        dated(aid, outlet, "Mayor Aldo Fenn and Ada Vance spoke on Friday.", "2019-02-22")
        for aid, outlet in (("c", "Coast Ledger"), ("d", "River Times"), ("e", "Bay Post"))
    ]
    mentions = [_mention(a, "Aldo Fenn", "PERSON", "person:fenn") for a in articles]
    mentions += [_mention(a, "Ada Vance", "PERSON", "person:vance") for a in articles[2:]]
    data = compare_articles(
        articles, [], mentions, [], {"person:fenn": "Aldo Fenn", "person:vance": "Ada Vance"}
    )
    rows = {row["outlet"]: row for row in data["outlets"]}
    assert rows["Harbour Wire"]["missing_here"]["entities"] == []  # Vance was first named after it printed
    assert rows["Gulf Star"]["missing_here"]["entities"] == ["Ada Vance"]
