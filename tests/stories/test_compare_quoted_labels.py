"""A label inside a quotation is the speaker's word, not the outlet's: "Our very weak leader, Aldo
Fenn, lost the vote," the mayor wrote. It is kept, with whose word it is, under ``quoted_labels``,
never among the outlet's ``labels`` nor in ``label_differences``; so is one inside a post the page
embeds (a paragraph closed by "— Name (@handle) Month D, YYYY")."""

from newsprism.models import Article, Mention, Quote
from newsprism.stories.compare import compare_articles, label_before
from newsprism.stories.compare_debris import embedded_posts
from newsprism.stories.loaded import ArticleWords, evaluative_lexicon, loaded_words

SAID = "Our very weak and ineffective leader, Aldo Fenn, lost the vote"
POST = SAID + ". — Lena Ortiz (@lenaortiz) October 11, 2016"


def _article(aid, outlet, text):
    return Article(aid, f"{aid}.txt", text, title=f"Story {aid}", outlet=outlet, published="2016-10-11")


def _mention(article, name, roles, entity_id, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(name, start + 1)
    found = Mention(article.article_id, name, start, start + len(name), "PERSON", entity_id=entity_id)
    found.roles = roles
    return found


def _story():
    quoted = _article("a", "Harbour Wire", f'Port chief Aldo Fenn spoke. "{SAID}," Lena Ortiz wrote.')
    embedded = _article("b", "Coast Ledger", f"Port chief Aldo Fenn spoke.\n\n{POST}\n\nHe did not reply.")
    plain = _article("c", "Bay Post", "Port chief Aldo Fenn spoke on Monday.")
    start = quoted.text.index(SAID)
    quotes = [Quote("a", SAID, start, start + len(SAID), "direct", speaker="Lena Ortiz")]
    weak = ["very weak and ineffective leader"]
    mentions = [
        _mention(quoted, "Aldo Fenn", ["Port chief"], "person:fenn"),
        _mention(quoted, "Aldo Fenn", weak, "person:fenn", nth=1),
        _mention(quoted, "Lena Ortiz", [], "person:ortiz"),
        _mention(embedded, "Aldo Fenn", ["Port chief"], "person:fenn"),
        _mention(embedded, "Aldo Fenn", weak, "person:fenn", nth=1),
        _mention(embedded, "Lena Ortiz", [], "person:ortiz"),
        _mention(plain, "Aldo Fenn", ["Port chief"], "person:fenn"),
    ]
    names = {"person:fenn": "Aldo Fenn", "person:ortiz": "Lena Ortiz"}
    return compare_articles([quoted, embedded, plain], quotes, mentions, [], names)


def test_a_label_inside_a_quotation_is_the_speakers_not_the_outlets():
    data = _story()
    rows = {row["outlet"]: row for row in data["outlets"]}
    for outlet in ("Harbour Wire", "Coast Ledger"):
        assert rows[outlet]["labels"]["Aldo Fenn"] == {"Port chief": 1}, rows[outlet]["labels"]
        assert rows[outlet]["quoted_labels"] == [
            {
                "entity": "Aldo Fenn",
                "entity_id": "person:fenn",
                "label": "weak and ineffective leader",
                "speaker": "Lena Ortiz",
                "count": 1,
            }
        ]
    assert rows["Bay Post"]["quoted_labels"] == []
    assert not any(row["entity"] == "Aldo Fenn" for row in data["label_differences"])


def test_an_embedded_post_is_its_authors_words():
    text = f"He spoke.\n{POST}\nHe left."
    ((start, end, author),) = embedded_posts(text)
    assert text[start:end] == SAID + "." and author == "Lena Ortiz"
    named = [(text.index("Lena"), text.index("Lena") + 10, "Lena M. Ortiz")]
    assert embedded_posts(text, named)[0][2] == "Lena M. Ortiz"
    assert embedded_posts("He spoke to @lenaortiz on Monday.") == []


def test_a_loaded_label_inside_a_quotation_says_whose_word_it_is():
    text = '"The disgraced chief Aldo Fenn must go now," Lena Ortiz said. The disgraced chief Aldo Fenn left.'
    inside, outside = text.index("disgraced chief"), text.rindex("disgraced chief")
    said = (1, text.index(","))
    labels = [(at, at + 15, "disgraced chief", "person:fenn") for at in (inside, outside)]
    words = ArticleWords("a", text, [], [said], [], labels, [], speakers=[(*said, "Lena Ortiz")])
    items = loaded_words(
        words, lambda key: 0.0, {"person:fenn": {"port chief"}}, evaluative_lexicon(), limit=None
    )
    by_start = {item["start"]: item for item in items}
    assert "quoted: Lena Ortiz’s word, which this outlet chose to print" in by_start[inside]["why"], items
    assert "quoted" not in by_start[outside]["why"], items


def test_an_unattributed_quotation_takes_the_speaker_another_carrier_names():
    named = _article("a", "Harbour Wire", f'"{SAID}," Lena Ortiz wrote.')
    bare = _article("b", "Coast Ledger", f'And then, continuing: "{SAID}".')
    quotes = [
        Quote(a.article_id, SAID, a.text.index(SAID), a.text.index(SAID) + len(SAID), "direct", **who)
        for a, who in ((named, {"speaker": "Lena Ortiz"}), (bare, {}))
    ]
    weak = ["very weak and ineffective leader"]
    mentions = [_mention(a, "Aldo Fenn", weak, "person:fenn") for a in (named, bare)]
    data = compare_articles([named, bare], quotes, mentions, [], {"person:fenn": "Aldo Fenn"})
    rows = {row["outlet"]: row for row in data["outlets"]}
    assert [q["speaker"] for q in rows["Coast Ledger"]["quoted_labels"]] == ["Lena Ortiz"]


def test_a_word_longer_than_the_label_window_before_a_name_is_no_label():
    text = "See https://example.com/" + "a" * 90 + " Aldo Fenn spoke."
    assert label_before(text, text.index("Aldo")) == ""
