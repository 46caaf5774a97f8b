"""What a media researcher reading compare briefs of a real week (January 2020) found wrong, on
invented articles: a column's long unattributed excerpt swallowing other speakers' short quotes,
"(unattributed)" for a quotation two outlets attribute, a person "left out" by an outlet that
names them by surname, a key event told by a fragment of a quotation or a sentence pointing back
("They have also argued ..."), and a verb glued onto a title ("to hurt President")."""

from newsprism.models import Article, Event, Mention, Quote
from newsprism.stories.compare import compare_articles, label_before
from newsprism.stories.compare_events import key_events
from newsprism.stories.compare_quotes import cluster_quotes

COLUMN = (
    "The council leader was badly wrong to say the inquiry could go ahead without witnesses, and the "
    "harbour board must now agree to a fair hearing with every document on the table before the vote"
)


def test_an_unattributed_excerpt_does_not_swallow_short_quotes_by_named_speakers():
    quotes = [
        Quote("col", COLUMN, 0, len(COLUMN), "direct"),  # a column quoted at length, no speaker found
        Quote("w1", "the hearing would start soon", 0, 28, "indirect", speaker="Mara Quill"),
        Quote(
            "w2", "the board should agree now to call witnesses", 0, 44, "indirect", speaker="Tomas Brandt"
        ),
        Quote("w3", "We want a fair hearing with every document", 0, 42, "direct", speaker="Tomas Brandt"),
    ]
    clusters = cluster_quotes(quotes, lambda q: q.speaker or "")
    column = next(c for c in clusters if any(q.article_id == "col" for q in c.quotes))
    assert [q.article_id for q in column.quotes] == ["col"], [q.article_id for q in column.quotes]
    # the same long run of words still joins, whoever the carriers name (or do not)
    reprinted = Quote("re", COLUMN[:150], 0, 150, "direct", speaker="Ines Kovac")
    clusters = cluster_quotes([quotes[0], reprinted], lambda q: q.speaker or "")
    assert len(clusters) == 1


def test_a_named_speaker_speaks_for_a_quotation_whose_longest_cut_is_unattributed():
    said = "I am grateful to live in a town where the harbour belongs to everyone who fishes in it"
    quotes = [
        Quote("a", said + " and to their children", 0, len(said) + 23, "direct"),
        Quote("b", said, 0, len(said), "direct", speaker="Lena Ortiz"),
        Quote("c", said, 0, len(said), "direct", speaker="Lena Ortiz"),
    ]
    (cluster,) = cluster_quotes(quotes, lambda q: q.speaker or "")
    assert cluster.longest.speaker == "Lena Ortiz"


def _article(aid, outlet, text):
    return Article(aid, f"{aid}.txt", text, title=f"Story {aid}", outlet=outlet, published="2020-01-07")


def _mention(article, name, label="PERSON", entity_id=None, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(name, start + 1)
    return Mention(article.article_id, name, start, start + len(name), label, entity_id=entity_id)


def test_a_person_an_outlet_names_by_surname_is_not_left_out_nor_only_elsewhere():
    first = _article(
        "a", "Harbour Wire", "Mayor Aldo Fenn said the trial should follow the rules of Ada Vance."
    )
    second = _article("b", "Coast Ledger", "Aldo Fenn cited the precedent set by Ada Vance in 1999.")
    third = _article("c", "River Times", "Fenn wants the hearing set as under Mayor Vance two decades ago.")
    fourth = _article("d", "Bay Post", "Aldo Fenn spoke on Monday about Ada Vance and the Tor system.")
    mentions = [
        _mention(first, "Aldo Fenn", entity_id="person:fenn"),
        _mention(first, "Ada Vance", entity_id="person:vance"),
        _mention(second, "Aldo Fenn", entity_id="person:fenn"),
        _mention(second, "Ada Vance", entity_id="person:vance"),
        _mention(third, "Fenn", entity_id="person:fenn"),
        _mention(third, "Mayor Vance", entity_id="person:mayor-vance"),  # the parser's split entity
        _mention(fourth, "Aldo Fenn", entity_id="person:fenn"),
        _mention(fourth, "Ada Vance", entity_id="person:vance"),
    ]
    names = {"person:fenn": "Aldo Fenn", "person:vance": "Ada Vance", "person:mayor-vance": "Mayor Vance"}
    data = compare_articles([first, second, third, fourth], [], mentions, [], names)
    rows = {row["outlet"]: row for row in data["outlets"]}
    assert "Ada Vance" not in rows["River Times"]["missing_here"]["entities"], rows["River Times"]
    assert "Mayor Vance" not in rows["River Times"]["only_here"]["entities"]
    # a name nobody else writes is still left out by the one outlet that lacks it
    lacking = _article("e", "Gulf Star", "Aldo Fenn spoke on Monday.")
    data = compare_articles(
        [first, second, fourth, lacking],
        [],
        mentions[:2]
        + mentions[2:4]
        + mentions[6:]
        + [_mention(lacking, "Aldo Fenn", entity_id="person:fenn")],
        [],
        names,
    )
    rows = {row["outlet"]: row for row in data["outlets"]}
    assert rows["Gulf Star"]["missing_here"]["entities"] == ["Ada Vance"]


def _event(article_id, sentence, start, actors=("Tomas Brandt",), date="2020-01-07"):
    return Event(article_id, "ACCUSE", start, start + len(sentence), sentence, actors=list(actors), date=date)


def test_a_key_event_is_told_in_a_sentence_that_stands_alone():
    outlet_of = {"a": "one", "b": "two", "c": "three"}
    fragment = "[on the budget], since Tomas Brandt could veto the ferry plan."
    plain = "Tomas Brandt accused the board of hiding the harbour accounts."
    found = key_events([_event("a", fragment, 10), _event("b", plain, 40)], outlet_of, {})
    assert [row["sentence"] for row in found] == [plain]
    pointing = [
        _event("a", "They also claim the old charter allowed the ferry vote.", 10, ["Mara Quill"]),
        _event("c", "That clause angered the clerks, who wanted the vote delayed.", 90, ["Mara Quill"]),
    ]
    assert key_events(pointing, outlet_of, {}) == []  # no outlet tells it in a sentence of its own
    quoted = "“Tomas Brandt accused us of hiding the accounts,” the clerk said."
    found = key_events([_event("a", quoted, 10), _event("c", plain, 70)], outlet_of, {})
    assert [row["sentence"] for row in found] == [plain]  # the outlet's own words before a quotation


def test_a_verb_after_to_or_a_modal_is_no_part_of_the_label():
    cases = {
        "The board may have scrapped its norms to hurt President Aldo Fenn, she said.": "President",
        "A resolution that would force President Aldo Fenn to ask first passed.": "President",
        "Pressure on the port to investigate Democratic rival Aldo Fenn grew.": "Democratic rival",
        "She wrote to longtime adviser Aldo Fenn on Monday.": "longtime adviser",
        "Letters went to veteran aide Aldo Fenn and the board.": "veteran aide",
    }
    for text, label in cases.items():
        assert label_before(text, text.index("Aldo")) == label, text


def test_an_evaluative_verb_after_a_plain_word_or_a_cut_word_is_no_label():
    cases = {
        "LONDON - Harbour candidates denounced President Aldo Fenn on Monday.": "President",
        "Voters who care more about defeating President Aldo Fenn said so.": "President",
        "The embattled Secretary Aldo Fenn left.": "embattled Secretary",
    }
    for text, label in cases.items():
        assert label_before(text, text.index("Aldo")) == label, text
    text = "x" * 60 + " the dissenters (including two-time Harbour Party council candidate Aldo Fenn) met."
    assert not label_before(text, text.index("Aldo")).startswith("time"), label_before(
        text, text.index("Aldo")
    )


def test_a_role_phrase_drops_its_opening_relative_word_but_not_former():
    first = _article("a", "Harbour Wire", "The port union, whose leader Aldo Fenn spoke, won seats.")
    second = _article("b", "Coast Ledger", "Union chief Aldo Fenn spoke on Monday.")
    one = _mention(first, "Aldo Fenn", entity_id="person:fenn")
    one.roles = ["whose leader", "time Harbour Party candidate"]
    two = _mention(second, "Aldo Fenn", entity_id="person:fenn")
    two.roles = ["former union chief"]
    data = compare_articles([first, second], [], [one, two], [], {"person:fenn": "Aldo Fenn"})
    labels = {o: ls for row in data["label_differences"] for o, ls in row["labels"].items()}
    assert sorted(labels["Harbour Wire"]) == ["Harbour Party candidate", "leader"], labels
    assert "former union chief" in labels["Coast Ledger"], labels


def test_a_count_is_no_speaker_and_an_organisation_is_matched_in_any_case():
    text = "Of 712 people asked, most said the ferry is too dear. The Harbour Party lost."
    poll = _article("p", "Poll Desk", text)
    said = "the ferry is too dear"
    start = text.index(said)
    quotes = [
        Quote("p", said, start, start + len(said), "indirect", speaker_mention="712"),
        Quote("p", said, start, start + len(said), "indirect", speaker_mention="about two-thirds"),
    ]
    other = _article("q", "Coast Ledger", "The Harbour Party lost the vote on Monday.")
    third = _article("r", "Bay Post", "The Harbour Party lost badly.")
    lower = _article("s", "Gulf Star", "The Harbour party lost again.")
    arts = [poll, other, third, lower]
    mentions = [_mention(a, "Harbour Party", "ORG") for a in arts[:3]]
    data = compare_articles(arts, quotes, mentions, [], {})
    rows = {row["outlet"]: row for row in data["outlets"]}
    assert [s["speaker"] for s in rows["Poll Desk"]["sources"]] == ["(unattributed)"]
    assert "Harbour Party" not in rows["Gulf Star"]["missing_here"]["entities"]


def test_a_cut_copy_joins_its_quotation_whoever_the_carriers_name():
    """Issue 18: one outlet gives a statement to an office, another to its spokeswoman and trims
    both ends; an unattributed partial quote stands whole inside another outlet's longer one."""
    said = "the latest in an organised smear effort by the opposition."
    trimmed = "organised smear effort by the opposition designed to tear down a good man."
    inside = "with other witnesses that the mayor was present at the dinner."
    longer = "it has not confirmed with other witnesses that the mayor was present at the dinner in May"
    quotes = [
        Quote("a1", said, 0, len(said), "partial", speaker="City Hall"),
        Quote("b1", trimmed, 0, len(trimmed), "partial", speaker="Ada Verne"),
        Quote("a2", inside, 100, 100 + len(inside), "partial"),
        Quote("b2", longer, 200, 200 + len(longer), "indirect", speaker="The magazine"),
    ]
    clusters = cluster_quotes(quotes, lambda q: q.speaker or "")
    assert sorted(sorted(q.article_id for q in c.quotes) for c in clusters) == [["a1", "b1"], ["a2", "b2"]]
