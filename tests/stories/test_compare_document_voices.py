"""A quote whose speaker is only a document ("a subsequent post", no name) in a quotation another
outlet gives to a named person is that person's post: whom the outlet quotes counts it under them,
and the shared quotation names them, with their entity id."""

from newsprism.models import Article, Quote
from newsprism.stories.compare import compare_articles
from newsprism.stories.compare_quotes import cluster_quotes, document_voices

SAID = "It is so good that the chains are finally off me and I can now campaign the way I like to."


def _article(aid, outlet, text):
    return Article(aid, f"{aid}.txt", text, title=f"Story {aid}", outlet=outlet, published="2016-10-11")


def _quote(article, **speaker):
    start = article.text.index(SAID)
    return Quote(article.article_id, SAID, start, start + len(SAID), "direct", **speaker)


def test_a_post_another_outlet_attributes_is_its_writers():
    posted = _article("a", "Harbour Wire", f'A third post stated: "{SAID}"')
    named = _article("b", "Coast Ledger", f'"{SAID}" Lena Ortiz tweeted.')
    quotes = [
        _quote(posted, speaker_mention="a subsequent post"),
        _quote(named, speaker="Lena Ortiz", speaker_entity_id="person:ortiz"),
    ]
    data = compare_articles([posted, named], quotes, [], [], {"person:ortiz": "Lena Ortiz"})
    rows = {row["outlet"]: row for row in data["outlets"]}
    assert [s["speaker"] for s in rows["Harbour Wire"]["sources"]] == ["Lena Ortiz"]
    (shared,) = data["shared_quotes"]
    assert (shared["speaker"], shared["speaker_entity_id"]) == ("Lena Ortiz", "person:ortiz")


def test_a_document_stays_when_no_one_or_several_are_named():
    quotes = [
        Quote("a", SAID, 0, len(SAID), "direct", speaker_mention="a subsequent post"),
        Quote("b", SAID, 0, len(SAID), "direct", speaker="Lena Ortiz", speaker_entity_id="person:ortiz"),
        Quote("c", SAID, 0, len(SAID), "direct", speaker="Aldo Fenn", speaker_entity_id="person:fenn"),
    ]

    def who(quote):
        return quote.speaker or quote.speaker_mention or ""

    assert document_voices(cluster_quotes(quotes[:1] + quotes[1:2], who), who) == {
        id(quotes[0]): "Lena Ortiz"
    }
    assert document_voices(cluster_quotes(quotes, who), who) == {}
    assert document_voices(cluster_quotes(quotes[:1], who), who) == {}
    sources = [Quote("d", SAID, 0, len(SAID), "direct", speaker_mention="sources")]  # no document
    assert document_voices(cluster_quotes(sources + quotes[1:2], who), who) == {}
