"""Names the model may type PERSON that an analyst reads as groups or things (a March 2020 read): a
team or band written as a plural with an article, an acronym in capitals, a drug's name, a phrase of
common words; a group of people (NORP) holds no office; and an institution written with and without
its last conjunct ("Centers for Disease Control [and Prevention]") is one."""

from __future__ import annotations

from newsprism.entities import link_articles
from newsprism.models import Article, Extraction, Mention
from newsprism.nlp.group_names import group_label
from newsprism.store.store import Store


def _at(doc, word: str, nth: int = 0) -> tuple[int, int]:
    found = [t.i for t in doc if t.text == word]
    return found[nth], found[nth] + 1


def test_a_plural_written_with_an_article_is_a_team_not_a_person(nlp):
    doc = nlp("The Zorbats won on Sunday. The Ravens and Zorbats share a stadium in the new season.")
    assert group_label(doc, *_at(doc, "Zorbats", 1)) == "ORG"
    doc = nlp("Senator Dana Whitlock spoke. The Whitlocks hosted a dinner. Whitlocks arrived late.")
    assert group_label(doc, *_at(doc, "Whitlocks", 1)) is None  # a family named after a person


def test_an_acronym_is_a_body_unless_it_spells_a_full_name_of_the_article(nlp):
    doc = nlp("Officers trained in the JROTC program at the college last spring, officials said.")
    assert group_label(doc, *_at(doc, "JROTC")) == "ORG"
    doc = nlp("Crown Prince Mohammed bin Salman met the envoy. MBS said the talks went well.")
    assert group_label(doc, *_at(doc, "MBS")) is None
    doc = nlp("QUILLON: We will see. Marta Quillon spoke for an hour.")
    assert group_label(doc, *_at(doc, "QUILLON")) is None  # a transcript's speaker


def test_a_common_word_the_article_also_writes_lower_stays_a_name_after_a_title(nlp):
    """A surname that is also a dictionary word ("Thistle") written in lower case elsewhere in the
    article ("a thistle grows") is still a person where the article titles it ("President Thistle")."""
    text = (
        "President Thistle signed the budget order on Monday, aides said. Thistle expects a challenge. "
        "A thistle grows along the road to the capital."
    )
    doc = nlp(text)
    assert group_label(doc, *_at(doc, "Thistle", 1)) is None
    doc = nlp("Our Border is closed, the poster said. The border reopened on Friday.")
    assert group_label(doc, *_at(doc, "Border")) == ""  # untitled: the common word


def test_a_drug_and_a_phrase_of_common_words_are_no_entity_but_names_stay(nlp):
    doc = nlp("Isotonitazene is a new opioid sold online, a chemist said.")
    assert group_label(doc, *_at(doc, "Isotonitazene")) == ""
    doc = nlp("Kindness is catching, she wrote. Clement answered the letter.")
    assert group_label(doc, *_at(doc, "Kindness")) == ""
    assert group_label(doc, *_at(doc, "Clement")) is None  # a given name that ends so
    doc = nlp("He wrote an essay, Kindness Contagion, for a magazine. Hope Hicks read it.")
    start, _ = _at(doc, "Kindness")
    assert group_label(doc, start, start + 2) == ""
    doc2 = nlp("Members of the St. Patrick's Day Parade committee marched.")
    start2, _ = _at(doc2, "Patrick")
    assert group_label(doc2, start2, start2 + 4) == ""  # "Patrick 's Day Parade"
    start, _ = _at(doc, "Hope")
    assert group_label(doc, start, start + 2) is None
    doc = nlp("Donald Trump spoke on Monday. Trial Of President Trump Listen: Live Coverage")
    start, _ = _at(doc, "Trump", 1)
    assert group_label(doc, start, start + 2) is None  # "Trump Listen": a person's word, cut later
    doc = nlp("A plan of Marta Quillon. Quillon spoke.")
    start, _ = _at(doc, "Marta")
    assert group_label(doc, start, start + 2) is None


def test_a_group_of_people_takes_no_role(tmp_path):
    store = Store(str(tmp_path / "groups.db"))
    body = "Senate Democrats. Senator Marta Quillon."
    mentions = [
        Mention("a1", "Democrats", 7, 16, "NORP", local_name="Democrats", roles=["Senate"]),
        Mention("a1", "Marta Quillon", 26, 39, "PERSON", local_name="Marta Quillon", roles=["Senator"]),
    ]
    for n, mention in enumerate(mentions):
        mention.mention_id = f"a1:m{n}"
    store.save_article(Article(article_id="a1", source="a1", text=body), Extraction(mentions=mentions))
    link_articles(store, ["a1"])
    entities = {e.name: e for e in store.entities()}
    assert entities["Democrats"].roles == []
    assert entities["Marta Quillon"].roles == ["Senator"]
    store.close()


def test_an_institution_with_and_without_its_last_conjunct_is_one(tmp_path):
    store = Store(str(tmp_path / "orgs.db"))
    for n, name in enumerate(["Institute for Marine Research", "Institute for Marine Research and Safety"]):
        mention = Mention(f"a{n}", name, 0, len(name), "ORG", local_name=name)
        mention.mention_id = f"a{n}:m0"
        store.save_article(
            Article(article_id=f"a{n}", source=f"a{n}", text=name), Extraction(mentions=[mention])
        )
        link_articles(store, [f"a{n}"])
    assert len({m.entity_id for m in store.mentions(article_ids=["a0", "a1"])}) == 1
    store.close()


def test_a_phrase_of_common_words_after_an_owner_is_no_person(nlp):
    from newsprism.nlp.entity_cleaning import Repaired
    from newsprism.nlp.org_relabels import split_owner_from_person

    doc = nlp("Members of the St. Patrick's Day Parade committee marched.")
    found = [Repaired(3, 8, "ORG")]
    split_owner_from_person(doc, found)
    assert [f.label for f in found] == ["ORG"]
    doc = nlp("He spoke to Channel Nine's Lester Quillon on Monday.")
    found = [Repaired(3, 8, "ORG")]
    split_owner_from_person(doc, found)
    assert [(doc[f.start : f.end].text, f.label) for f in found] == [
        ("Channel Nine", "ORG"),
        ("Lester Quillon", "PERSON"),
    ]


def test_page_furniture_in_capitals_is_no_person(nlp):
    doc = nlp(
        "Lena Orvik contributed to this report.\n\n___ Follow AP’s weather coverage online.\n\nMORE\n\nDone."
    )
    follow = [t.i for t in doc if t.text == "Follow"][0]
    assert group_label(doc, follow, follow + 2) == "ORG"  # a share bar's news agency
    assert group_label(doc, *_at(doc, "AP")) == "ORG"
    assert group_label(doc, *_at(doc, "MORE")) == ""  # a widget word
    doc = nlp("Tom Bloomberg and Mara Bloomberg spoke. Bloomberg said so.")
    assert group_label(doc, *_at(doc, "Bloomberg", 2)) is None  # an outlet's name a person bears too
