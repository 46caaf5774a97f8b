"""Loaded words: candidates (lexicon words, rare adverbs, quoted words) and the default shortlist."""

from newsprism.stories.compare_text import sentences
from newsprism.stories.loaded import (
    SHOWN_FLOOR,
    SHOWN_SHARE_OF_BEST,
    ArticleWords,
    evaluative_lexicon,
    loaded_words,
    shortlist,
)


def _words(text: str, quotes=()) -> ArticleWords:
    lexicon = evaluative_lexicon()
    return ArticleWords("a", text, sentences("a", text), list(quotes), [], [], lexicon.matches(text))


def test_a_rare_manner_adverb_is_a_candidate_and_common_ly_words_are_not():
    lexicon = evaluative_lexicon()
    assert lexicon.rare_adverb("pityingly") and lexicon.rare_adverb("stiffly")
    for word in ("only", "family", "early", "daily", "recently", "Italy"):
        assert not lexicon.rare_adverb(word), word
    text = "The senator answered stiffly and left the room early on Monday."
    found = loaded_words(_words(text), lambda key: 0.0, {}, lexicon)
    assert [item["text"] for item in found] == ["stiffly"]


def test_words_the_others_use_rank_below_words_only_this_outlet_uses():
    text = "The governor slammed the plan and called it a disastrous giveaway."
    lexicon = evaluative_lexicon()
    alone = loaded_words(_words(text), lambda key: 0.0, {}, lexicon)
    shared = loaded_words(_words(text), lambda key: 1.0, {}, lexicon)
    assert alone and {i["text"] for i in alone} == {i["text"] for i in shared}
    assert all(a["score"] > s["score"] for a, s in zip(alone, shared, strict=True))
    assert "no other outlet uses" in alone[0]["why"]


def test_a_word_inside_a_quotation_is_kept_and_marked():
    text = "Mr. Lane said the deal was “a disastrous giveaway” to the banks."
    quote = (text.index("“"), text.index("”") + 1)
    found = loaded_words(_words(text, [quote]), lambda key: 0.0, {}, evaluative_lexicon())
    at = text.index("disastrous")
    word = next(item for item in found if item["start"] <= at < item["end"])  # the word or its phrase
    assert "quotation" in word["why"]


def test_the_shortlist_keeps_words_above_the_floor_and_near_the_best():
    above, below = SHOWN_FLOOR + 0.01, SHOWN_FLOOR - 0.01
    items = [{"score": s, "text": f"word{n}"} for n, s in enumerate((0.4, 0.35, above, below, 0.01))]
    assert [i["score"] for i in shortlist(items, 10)] == [0.4, 0.35, above]
    assert [i["score"] for i in shortlist(items, 2)] == [0.4, 0.35]
    assert shortlist([], 10) == []


def test_a_repeated_word_is_shown_once_where_it_scores_best():
    items = [
        {"score": 1.0, "text": "vendetta", "start": 40},
        {"score": 0.9, "text": "Vendetta", "start": 5},
        {"score": 0.8, "text": "ploy", "start": 70},
    ]
    assert [(i["text"], i["start"]) for i in shortlist(items, 10)] == [("vendetta", 40), ("ploy", 70)]


def test_a_strong_word_leaves_the_article_s_weak_ones_to_the_full_list():
    best = 2.0
    near, far = best * SHOWN_SHARE_OF_BEST + 0.01, best * SHOWN_SHARE_OF_BEST - 0.01
    items = [
        {"score": s, "text": f"word{n}"} for n, s in enumerate((best, 1.5, near, far, SHOWN_FLOOR + 0.01))
    ]
    assert [i["score"] for i in shortlist(items, 10)] == [best, 1.5, near]


def test_a_few_words_set_in_quotation_marks_are_loaded_wording():
    text = (
        "But little is known about these “students.” The senator said his rival ran a "
        '"reign of terror" in the capitol. Reporters watched "Meet the Press" on Sunday.'
    )
    found = loaded_words(_words(text), lambda key: 0.0, {}, evaluative_lexicon())
    quoted = [item["text"] for item in found if "quotation marks" in item["why"]]
    assert "students" in quoted and "reign of terror" in quoted  # the period inside the marks left out
    assert "Meet the Press" not in quoted  # a title, every word capitalised


def test_a_whole_quoted_sentence_is_no_scare_quote():
    text = '"We will not back down from this fight, not now and not ever," he said.'
    found = loaded_words(_words(text), lambda key: 0.0, {}, evaluative_lexicon())
    assert not [item for item in found if "quotation marks" in item["why"]]


def test_a_label_without_an_evaluative_word_ranks_below_an_evaluative_one():
    text = "Spokesman Lee defended the firebrand senator on Tuesday."
    lexicon = evaluative_lexicon()
    words = _words(text)
    words.labels = [(0, 9, "Spokesman", "e1"), (26, 35, "firebrand", "e2")]
    others = {"e1": {"press secretary"}, "e2": {"senator"}}
    found = loaded_words(words, lambda key: 0.0, others, lexicon)
    texts = [item["text"] for item in found]
    assert "firebrand" in texts and texts.index("firebrand") == 0
    assert "Spokesman" not in texts  # a plain title the others word otherwise is no loaded word


def test_degree_words_before_an_evaluative_word_are_part_of_its_item():
    text = "The mayor called the plan very, very reckless and left without a word."
    found = loaded_words(_words(text), lambda key: 0.0, {}, evaluative_lexicon())
    assert "very, very reckless" in [item["text"] for item in found]
    for item in found:
        assert text[item["start"] : item["end"]] == item["text"]


def test_plain_words_cut_from_someone_s_sentence_are_no_scare_quote():
    text = (
        "The mayor said he paid the fund “at the direction” of the board. Critics called the plan "
        'a "reign of terror" for the port. The clerk called the vote "standardless" on Monday.'
    )
    found = loaded_words(_words(text), lambda key: 0.5, {}, evaluative_lexicon())
    quoted = [item["text"] for item in found if "quotation marks" in item["why"]]
    assert "at the direction" not in quoted  # plain words the others write too: a cut quotation
    assert "reign of terror" in quoted and "standardless" in quoted  # evaluative, or a single word
    found = loaded_words(_words(text), lambda key: 0.0, {}, evaluative_lexicon())
    assert "at the direction" in [item["text"] for item in found]  # wording no other outlet writes


def test_routine_hedges_are_no_loaded_words_but_still_evaluative():
    text = "The allegedly unpaid fee was repeatedly reported, and the senator slammed the harbour board."
    lexicon = evaluative_lexicon()
    found = [item["text"] for item in loaded_words(_words(text), lambda key: 0.0, {}, lexicon)]
    assert found == ["slammed"], found
    assert lexicon.strengths.get("allegedly") and not lexicon.weight("allegedly")


def test_verbs_naming_a_statement_s_act_are_no_loaded_words_but_its_manner_is():
    text = (
        "The harbour board denied the report and criticized the auditors, who accused it of waste. "
        "The mayor admitted the delay, then mocked the board and slammed its chairman."
    )
    lexicon = evaluative_lexicon()
    found = {item["text"] for item in loaded_words(_words(text), lambda key: 0.0, {}, lexicon)}
    assert not found & {"denied", "criticized", "accused", "admitted"}, found
    assert {"mocked", "slammed"} <= found, found
    assert lexicon.strengths.get("criticiz") and not lexicon.weight("criticized")


def test_words_reporting_a_dispute_are_no_loaded_words():
    text = "The controversial canal levy passed after a heated, partisan debate, and the mayor blasted it."
    found = [item["text"] for item in loaded_words(_words(text), lambda key: 0.0, {}, evaluative_lexicon())]
    assert found == ["blasted"], found


def test_an_outlet_shows_a_wording_once_over_its_articles():
    from newsprism.models import Article
    from newsprism.stories.compare import compare_articles

    def article(aid, outlet, text):
        return Article(aid, f"{aid}.txt", text, title=f"Story {aid}", outlet=outlet, published="2019-02-20")

    first = article("a", "Harbour Wire", "The mayor gave a searing account of the harbour fund on Monday.")
    second = article("b", "Harbour Wire", "On Tuesday the searing account of the fund reached the council.")
    other = article("c", "Coast Ledger", "The mayor spoke about the harbour fund on Monday.")
    data = compare_articles([first, second, other], [], [], [], {})
    row = next(row for row in data["outlets"] if row["outlet"] == "Harbour Wire")
    assert [item["text"] for item in row["loaded"]].count("searing") == 1, row["loaded"]


def test_an_answer_in_quotation_marks_is_no_loaded_word():
    text = 'The harbour councillor said he would be a "no" vote and called the levy a "cash grab" today.'
    found = [item["text"] for item in loaded_words(_words(text), lambda key: 0.0, {}, evaluative_lexicon())]
    assert "no" not in found  # a vote reported, not wording held up
    assert "cash grab" in found


def test_the_term_an_article_discusses_in_quotation_marks_is_no_loaded_word():
    text = (
        'The judges weighed the "stacking" rule for ferry fares. Under stacking, a fare rises with '
        "each stop. Critics of stacking said riders paid twice. The mayor kept the port's "
        '"sundown clause" in place.'
    )
    found = [item["text"] for item in loaded_words(_words(text), lambda key: 0.0, {}, evaluative_lexicon())]
    assert "stacking" not in found  # the article writes it three times: its topic, a term of art
    assert "sundown clause" in found  # written once, held up


def test_a_word_inside_a_handle_is_no_loaded_word():
    text = "The harbour board was criticised online. — Tide Watch (@reckless) on Monday."
    found = [item["text"] for item in loaded_words(_words(text), lambda key: 0.0, {}, evaluative_lexicon())]
    assert "reckless" not in found
    assert "criticised" in found or not found


def test_a_sentiment_word_inside_a_quotation_is_the_speaker_s_not_a_loaded_word():
    text = "“It was a terrific day and a disastrous giveaway,” the harbour mayor said after the vote."
    quote = (0, text.index("”") + 1)
    found = [
        item["text"]
        for item in loaded_words(_words(text, [quote]), lambda key: 0.0, {}, evaluative_lexicon())
    ]
    assert "terrific" not in found  # a general sentiment lexicon's word: how the speaker feels
    assert "disastrous giveaway" in found or "giveaway" in found  # a characterising word stays
    outside = "The harbour mayor had a terrific day before the vote on the ferry fund."
    found = [
        item["text"] for item in loaded_words(_words(outside), lambda key: 0.0, {}, evaluative_lexicon())
    ]
    assert "terrific" in found  # in the outlet's own voice it is the outlet's wording


def test_plain_words_every_other_outlet_writes_are_no_scare_quote():
    text = 'The council said the ferry plan was a "model" for the port and the levy a "cash grab" today.'
    found = [item["text"] for item in loaded_words(_words(text), lambda key: 1.0, {}, evaluative_lexicon())]
    assert "model" not in found  # every other outlet writes it: the story's term, no difference
    found = [item["text"] for item in loaded_words(_words(text), lambda key: 0.5, {}, evaluative_lexicon())]
    assert "model" in found  # one of two others writes it: still this outlet's choice to hold it up


def test_plain_words_the_quote_stage_gives_a_speaker_are_a_cut_quotation():
    text = 'The harbour mayor said she was "leaning strongly" toward a run and mocked the "sundown clause".'
    words = _words(text)
    at = text.index("leaning")
    words.said_spans = [(at, at + len("leaning strongly"))]  # a partial quote with a speaker and cue
    found = [item["text"] for item in loaded_words(words, lambda key: 0.0, {}, evaluative_lexicon())]
    assert "leaning strongly" not in found  # her words, not wording the outlet holds up
    assert "sundown clause" in found  # no one is said to have said it: the outlet's own scare quote
    assert "leaning strongly" in [
        item["text"] for item in loaded_words(_words(text), lambda key: 0.0, {}, evaluative_lexicon())
    ]


def test_of_overlapping_items_the_better_scoring_stays_and_the_rest_are_kept():
    from newsprism.stories.loaded_items import deduplicated

    def item(article, start, end, score):
        return {"article_id": article, "start": start, "end": end, "score": score}

    items = [
        item("a", 10, 30, 0.5),  # a scare quote around ...
        item("a", 15, 22, 0.9),  # ... a stronger lexicon word: the word stays
        item("a", 0, 9, 0.4),  # touches neither
        item("a", 29, 40, 0.6),  # reaches into the scare quote's end, which is gone: stays
        item("a", 35, 45, 0.3),  # overlaps the one kept before it: out
        item("b", 15, 22, 0.2),  # another article's stretch is its own
    ]
    kept = [(i["article_id"], i["start"]) for i in deduplicated(items)]
    assert kept == [("a", 15), ("a", 29), ("a", 0), ("b", 15)]


def test_a_word_describing_an_occasion_or_issue_ranks_below_one_describing_an_actor():
    lexicon = evaluative_lexicon()
    occasion = "The panel held a combative hearing on Monday."
    actor = "The panel heard a combative senator on Monday."
    low = loaded_words(_words(occasion), lambda key: 0.0, {}, lexicon)
    high = loaded_words(_words(actor), lambda key: 0.0, {}, lexicon)
    assert [i["text"] for i in low] == [i["text"] for i in high] == ["combative"]
    assert low[0]["score"] < high[0]["score"]
    assert "describes the hearing" in low[0]["why"] and "describes" not in high[0]["why"]


def test_a_cut_quotation_holding_only_a_sentiment_word_is_no_scare_quote():
    text = (
        "An aide said the mayor “has never favored the harbour levy” in any vote. Critics called the "
        "plan a “reign of terror” for the port on Monday."
    )
    lexicon = evaluative_lexicon()
    assert lexicon.strengths.get("favor") or lexicon.strengths.get("favored")
    found = loaded_words(_words(text), lambda key: 0.8, {}, lexicon)
    quoted = [item["text"] for item in found if "quotation marks" in item["why"]]
    assert "has never favored the harbour levy" not in quoted  # most others write its words: a cut quotation
    assert "reign of terror" in quoted  # a hand-listed characterising word: the outlet's wording
    for share in (0.0, 0.4):  # no other outlet, or only a few, write its words: the outlet's wording
        found = loaded_words(_words(text), lambda key, share=share: share, {}, lexicon)
        assert "has never favored the harbour levy" in [item["text"] for item in found], share


def test_a_figurative_idiom_is_one_loaded_item_and_a_literal_use_is_none():
    lexicon = evaluative_lexicon()
    text = (
        "The councillor threw the harbour master under the bus at Tuesday's meeting. "
        "Workers drew water from the well behind the bus depot."
    )
    found = loaded_words(_words(text), lambda key: 0.0, {}, lexicon)
    idioms = [item for item in found if item["why"].startswith("idiom")]
    assert [item["text"] for item in idioms] == ["threw the harbour master under the bus"]
    assert "no other outlet uses" in idioms[0]["why"]
    assert not any(item["start"] > text.index("Workers") for item in idioms)


def test_an_idiom_every_other_outlet_writes_is_marked_shared():
    text = "Her rivals said the vote would muddy the waters before the summit."
    shared = loaded_words(_words(text), lambda key: 1.0, {}, evaluative_lexicon())
    idiom = next(item for item in shared if item["why"].startswith("idiom"))
    assert idiom["text"] == "muddy the waters" and "100% of the other outlets use" in idiom["why"]


def test_idioms_are_found_alike_with_or_without_the_text_s_stems():
    from collections import Counter

    from newsprism.stories.compare_text import WORD, stem
    from newsprism.stories.loaded_idioms import idiom_spans

    text = "The mayor dug in her heels, and her deputy kept muddying the waters all week."
    stems = Counter(stem(w) for w in WORD.findall(text))
    found = idiom_spans(text, 0, len(text))
    assert [text[s:e] for s, e in found] == ["dug in her heels", "muddying the waters"]
    assert idiom_spans(text, 0, len(text), stems) == found
    assert idiom_spans("The mayor dug a well near the waters.", 0, 37) == []


def test_a_quoted_word_near_no_main_actor_weighs_less_than_one_about_an_actor():
    # The same characterising word in the same quotation: next to a main actor it says how the
    # speaker casts that actor; about a plan it is the speaker's rhetoric, well below the outlet's
    # own use of it (a quotation alone keeps 0.85 of it).
    lexicon = evaluative_lexicon()
    text = "“The whole ferry levy is reckless,” Mayor Quill told reporters on the pier that evening."
    quote = [(0, text.index("”") + 1)]
    own = {i["text"]: i["score"] for i in loaded_words(_words(text), lambda key: 0.0, {}, lexicon)}
    quoted = {i["text"]: i["score"] for i in loaded_words(_words(text, quote), lambda key: 0.0, {}, lexicon)}
    assert 0 < quoted["reckless"] < 0.7 * own["reckless"]  # still listed: the outlet chose to print it
    near = _words(text, quote)
    at = text.index("ferry levy")  # now the levy is the story's main actor (an invented one)
    near.actor_mentions = [(at, at + len("ferry levy"), "ferry levy", "L1")]
    found = {i["text"]: i["score"] for i in loaded_words(near, lambda key: 0.0, {}, lexicon)}
    assert found["reckless"] > 0.8 * own["reckless"]


def test_a_word_every_other_outlet_writes_keeps_about_a_third_of_its_weight():
    text = "The port director gave a reckless answer about the ferry levy on Tuesday."
    lexicon = evaluative_lexicon()
    alone = {i["text"]: i["score"] for i in loaded_words(_words(text), lambda key: 0.0, {}, lexicon)}
    shared = {i["text"]: i["score"] for i in loaded_words(_words(text), lambda key: 1.0, {}, lexicon)}
    assert 0.3 * alone["reckless"] <= shared.get("reckless", 0.0) <= 0.4 * alone["reckless"]


def test_a_quoted_word_says_whose_word_it_is_and_the_outlet_s_own_word_does_not():
    # Invented: the same characterising word once in the outlet's voice and once inside a
    # quotation the quote stage gives to a named speaker.
    lexicon = evaluative_lexicon()
    text = "“The levy is a reckless grab,” said Mayor Quill. The port board called the plan shoddy."
    quote = (0, text.index("”") + 1)
    words = _words(text, [quote])
    words.speakers = [(*quote, "Dana Quill")]
    found = {i["text"]: i["why"] for i in loaded_words(words, lambda key: 0.0, {}, lexicon)}
    assert "quoted: Dana Quill’s word" in found["reckless"]
    assert "quoted" not in found["shoddy"]
    words.speakers = [(*quote, "Amos Rees")]
    found = {i["text"]: i["why"] for i in loaded_words(words, lambda key: 0.0, {}, lexicon)}
    assert "quoted: Amos Rees’ word" in found["reckless"]


def test_words_in_quotation_marks_given_to_a_named_speaker_say_whose_they_are():
    # Invented: a phrase the quote stage gives to the mayor, set in quotation marks in the
    # outlet's sentence, is the mayor's characterisation, and its item says so.
    lexicon = evaluative_lexicon()
    text = "Mayor Quill called the audit a “rigged charade” on Tuesday. The board met again."
    at = text.index("rigged")
    words = _words(text)
    words.said_spans = [(at, at + len("rigged charade"))]
    words.speakers = [(at, at + len("rigged charade"), "Dana Quill")]
    found = {i["text"]: i["why"] for i in loaded_words(words, lambda key: 0.0, {}, lexicon, limit=None)}
    assert any("quoted: Dana Quill’s word" in why for why in found.values()), found
