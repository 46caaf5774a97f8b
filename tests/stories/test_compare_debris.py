"""What a researcher reading compare briefs of real stories should not see: tweet debris as a
statement, outlet-name fragments as named actors, a sentence tail cut inside a quotation, and a
verb glued onto a label."""

from newsprism.models import Article, Mention
from newsprism.stories.compare import compare_articles, label_before
from newsprism.stories.compare_debris import gallery_spans
from newsprism.stories.compare_text import content_stems, sentences
from newsprism.stories.distinct import distinct_statements
from newsprism.stories.loaded import evaluative_lexicon


def _ranked(text, other=""):
    found = sentences("a", text)
    matches = evaluative_lexicon().matches(text, raw=True)
    return distinct_statements(found, set(content_stems(other)), [], [], matches, text)


def test_an_embedded_tweet_is_shown_without_its_link_and_byline_and_ranks_below_prose():
    prose = "Council members angrily accused the mayor of hiding the costly bridge repairs from voters."
    tweet_words = (
        "The mayor shut the river ferry one day after ex-ferry workers protested the costly fare rise"
    )
    tweet = f"{tweet_words} https://t.co/Xq12Lm9 — Dana Pell (@danapell) June 4, 2019"
    picture = "Striking scene at the closed ferry dock this morning: pic.twitter.com/Ab12Cd — Lu Ortiz (@luortiz) June 4, 2019"
    text = f"{tweet}\n{prose}\n{picture}"
    ranked = _ranked(text)
    shown = {item["text"]: item for item in ranked}
    assert tweet_words in shown, list(shown)
    item = shown[tweet_words]
    assert text[item["start"] : item["end"]] == item["text"]
    assert "embedded post by Dana Pell (@danapell)" in item["why"]
    assert ranked[0]["text"] == prose
    for item in ranked:
        assert "https://" not in item["text"] and "pic.twitter.com" not in item["text"]
        assert "(@" not in item["text"]
        assert text[item["start"] : item["end"]] == item["text"]


def test_a_sentence_cut_inside_a_quotation_is_no_statement_of_its_own():
    text = (
        "The principal said the district “failed the students, many of whom ride two buses to"
        " reach the school, and now the board wants to close it.” The board meets again in May to"
        " vote on the plan."
    )
    tail = text.index("many of whom")
    cut = Mention(
        "a", "Board", tail + 40, tail + 45, "ORG", sentence_start=tail, sentence_end=text.index("” ") + 1
    )
    found = sentences("a", text, mentions=[cut])
    assert all(not s.text.startswith("many of whom") for s in found), [s.text for s in found]
    assert found[0].text.startswith("The principal said")
    assert found[0].end >= text.index("” ")


def test_a_paragraph_opening_in_lower_case_is_a_fragment_not_a_statement():
    text = (
        "The committee said the race was too close to call on Wednesday morning.\n\n"
        "on Tuesday night is a bad omen for the party and its candidates in the autumn races.\n\n"
        "Voters in the western counties waited hours in the cold rain to cast their ballots."
    )
    texts = [item["text"] for item in _ranked(text)]
    assert texts and not any(t.startswith("on Tuesday") for t in texts), texts


def _article(aid, outlet, text):
    return Article(aid, f"{aid}.txt", text, title=f"Story {aid}", outlet=outlet, published="2019-06-04")


def _mention(article, name, label="ORG", entity_id=None):
    start = article.text.index(name)
    return Mention(article.article_id, name, start, start + len(name), label, entity_id=entity_id)


def test_outlet_names_and_one_word_fragments_of_longer_names_are_not_named_actors():
    hill = _article(
        "h",
        "The Daily Ledger",
        "Senator Mara Quill spoke to the Ledger on Monday. Hill staff said the Post had the memo first."
        " Aide Tomas Brandt confirmed the vote.",
    )
    post = _article(
        "p",
        "Capitol Post",
        "Senator Mara Quill spoke on Monday. Capitol Hill aides said the memo was leaked. The clerk agreed.",
    )
    times = _article("t", "River Times", "Senator Mara Quill spoke on Monday in the Capitol Hill office.")
    mentions = [
        _mention(hill, "Mara Quill", "PERSON", "person:quill"),
        _mention(hill, "Ledger"),
        _mention(hill, "Hill"),
        _mention(hill, "Post"),
        _mention(hill, "Tomas Brandt", "PERSON", "person:brandt"),
        _mention(post, "Mara Quill", "PERSON", "person:quill"),
        _mention(post, "Capitol Hill"),
        _mention(times, "Mara Quill", "PERSON", "person:quill"),
    ]
    data = compare_articles([hill, post, times], [], mentions, [], {})
    only = {row["outlet"]: row["only_here"]["entities"] for row in data["outlets"]}
    assert "Tomas Brandt" in only["The Daily Ledger"], only  # a real actor only it names stays
    for junk in ("Ledger", "Hill", "Post"):
        assert junk not in only["The Daily Ledger"], only


def test_a_word_the_story_writes_mostly_inside_longer_names_or_a_link_or_credit_is_no_actor():
    first = _article(
        "x",
        "Morning Ledger",
        "Secretary of State Lena Ortiz left. The State Department said so. State aides agreed."
        " Photo: LEDGER/Ana Ruiz. See https://t.co/Ab12Cd for more. Rival Corp denied it. The ATF Special Agent Al Roe spoke.",
    )
    second = _article("y", "Evening Star", "Secretary of State Lena Ortiz left on Monday.")
    mentions = [
        _mention(first, "Lena Ortiz", "PERSON", "person:ortiz"),
        _mention(second, "Lena Ortiz", "PERSON", "person:ortiz"),
        _mention(first, "LEDGER/Ana Ruiz"),
        _mention(first, "https://t.co/Ab12Cd"),
        _mention(first, "Rival Corp"),
        _mention(first, "ATF"),
    ]
    state = first.text.index("State aides")
    mentions.append(Mention("x", "State", state, state + 5, "ORG"))
    data = compare_articles([first, second], [], mentions, [], {})
    only = {row["outlet"]: row["only_here"]["entities"] for row in data["outlets"]}
    assert sorted(only["Morning Ledger"]) == ["ATF", "Rival Corp"], only


def test_a_verb_form_before_a_title_participle_ends_the_label():
    cases = {
        "The envoy met acting Attorney General Rod Rosenstein.": "acting Attorney General",
        "She later named acting Director Ana Ruiz to the board.": "acting Director",
        "They thanked outgoing Senator Ana Ruiz.": "outgoing Senator",
        "The twice elected Mayor Ana Ruiz spoke.": "twice elected Mayor",
        "The newly elected Mayor Ana Ruiz spoke.": "newly elected Mayor",
    }
    for text, label in cases.items():
        name = next(w for w in ("Rod", "Ana") if w in text)
        assert label_before(text, text.index(name)) == label, text


def test_a_flattened_photo_gallery_is_no_statement_wording_name_or_event_of_the_outlet():
    gallery = (
        "Photos: The harbour vote Photos: The harbour vote Lena Vos waves an iconic flag outside the "
        "harbour office after the shameful vote on June 3. Hide Caption 1 of 2 Photos: The harbour vote "
        "Dockers cheer the disgraceful ruling at the gate of the old pier. Hide Caption 2 of 2"
    )
    cut_short = "Crowds gathered at the pier on the fateful morning of the vote. Hide Caption 1 of 9"
    text = (
        f"The council voted to sell the harbour office to a private fund on Tuesday evening. {gallery} "
        f"Council members angrily accused the mayor of hiding the costly repairs from voters. {cut_short} "
        "The mayor denied the claim and said the sale would pay for the new ferry."
    )
    ledger = _article("g", "The Daily Ledger", text)
    other = _article("o", "River Times", "The council sold the harbour office on Tuesday to a fund.")
    mentions = [_mention(ledger, "Lena Vos", "PERSON", "person:vos")]
    data = compare_articles([ledger, other], [], mentions, [], {})
    row = next(r for r in data["outlets"] if r["outlet"] == "The Daily Ledger")
    shown = [item["text"] for item in row["distinct"]] + [item["text"] for item in row["loaded"]]
    assert any("angrily accused" in t for t in shown), shown
    assert any(t.startswith("The mayor denied") for t in shown), shown  # glued to a caption marker
    for words in ("Hide Caption", "Photos:", "iconic", "shameful", "disgraceful", "Dockers"):
        assert not any(words in t for t in shown), (words, shown)
    assert "Lena Vos" not in row["only_here"]["entities"]
    spans = gallery_spans(text)
    assert text[spans[0][0] : spans[0][1]] == gallery
    assert text[spans[1][0] : spans[1][1]] == "Hide Caption 1 of 9"
    assert gallery_spans("The vote was held on Monday.") == []
