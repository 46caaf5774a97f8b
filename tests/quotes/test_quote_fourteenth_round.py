"""Issue 17's fourteenth round of quote rules, from the first-run errors of the unseen15 AllSides set,
on invented text: each named rule group finds what a careful reader would, and switching the group
off shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules

PROGRAMMES = (
    "Radio host Mira Dallin said on “New Day” Sept. 30 that the plan was part of “crazy town.” "
    "Anchor Tomas Berrow seemed pleased on Nov. 30’s “Nightly News,” saying “The season ended "
    "quietly.” That same day WKRP “Evening Report” correspondent Lena Soto warned that “the next "
    "one could be even worse.”"
)


def test_a_programmes_quoted_name_is_no_quote(quotes_of):
    found = quotes_of(PROGRAMMES)
    texts = [q.text for q in found]
    assert not {"New Day", "Nightly News", "Evening Report"} & set(texts)
    assert any(q.text.startswith("the next one") and q.speaker == "Lena Soto" for q in found)
    with rules.switched_off(["programme_titles"]):
        texts = [q.text for q in quotes_of(PROGRAMMES)]
        assert {"New Day", "Nightly News", "Evening Report"} & set(texts)


SCHOOL = (
    "Protests broke out at colleges across the state, including the University of Tarnwell, Merrow "
    "College and Dalby State University.\n\n"
    "Earlier this month the University of Tarnwell cancelled a planned speech by the writer Ana Kiel.\n\n"
    "The student group that invited her did not like the plan. Lawyer Omar Pell and the Tarnwell "
    "College Republicans said in the lawsuit that the campus “stifles conservative speech.”\n\n"
    "The school said the charge is “untrue.”"
)


def test_the_school_is_the_latest_university_named_not_a_club(quotes_of, first_quote):
    untrue = first_quote(quotes_of(SCHOOL), "untrue")
    assert untrue is not None and untrue.speaker == "University of Tarnwell"
    with rules.switched_off(["body_kinds"]):
        assert first_quote(quotes_of(SCHOOL), "untrue").speaker != "University of Tarnwell"


HOST = "WKRP’s “Morning Drive” co-host Dana Pell said on Monday that the council was part of “crazy town.”"


def test_a_named_host_after_a_possessive_network_speaks(quotes_of, first_quote):
    assert first_quote(quotes_of(HOST), "crazy town").speaker == "Dana Pell"
    with rules.switched_off(["possessor_role_name"]):
        assert first_quote(quotes_of(HOST), "crazy town").speaker != "Dana Pell"


OBJECT = (
    "Just a day before the launch, KTVX’s Lina Marsh made a similar comparison saying it would be like "
    "“going to shop for a flight online.”"
)


def test_a_participle_on_a_speakers_object_is_the_speakers(quotes_of, first_quote):
    assert first_quote(quotes_of(OBJECT), "going to shop").speaker == "Lina Marsh"
    with rules.switched_off(["participle_on_object"]):
        assert first_quote(quotes_of(OBJECT), "going to shop").speaker != "Lina Marsh"


STUDY = (
    "Trust in newspapers has fallen, according to the Harlan Research Institute.\n\n"
    "About 61% of students report getting their news from their phones in a given week, according to "
    "a Harlan Research Institute analysis of young readers."
)


def test_a_study_named_after_its_issuer_is_the_issuers(quotes_of, first_quote):
    share = first_quote(quotes_of(STUDY), "About 61%")
    assert share is not None and share.speaker == "Harlan Research Institute"
    with rules.switched_off(["study_named_issuer"]):
        assert first_quote(quotes_of(STUDY), "About 61%").speaker is None


RECORD = (
    "The tensions threaten to blight Governor Ana Ruiz’s budget record as her reelection bid shifts into "
    "full gear. Upon entering office, she vowed that the state would never borrow again."
)


def test_a_pronoun_after_a_possessive_name_is_that_person(quotes_of, first_quote):
    vow = first_quote(quotes_of(RECORD), "the state would never")
    assert vow is not None and vow.speaker == "Ana Ruiz"
    with rules.switched_off(["possessor_antecedent"]):
        assert first_quote(quotes_of(RECORD), "the state would never").speaker is None


SURNAME = (
    "Will Creely is a vice president at the Foundation for Open Courts.\n\n"
    "Dean Ana Voss had defended the speaker. She said the college supports “free speech.”\n\n"
    "Creely says incidents like these are becoming common at colleges. He called the trend “deeply "
    "troubling.”"
)


def test_a_surname_tagged_as_an_adverb_still_speaks(quotes_of, first_quote):
    found = quotes_of(SURNAME)
    incidents = first_quote(found, "incidents like these")
    assert incidents is not None and incidents.speaker and incidents.speaker.endswith("Creely")
    with rules.switched_off(["surname_mistagged"]):
        incidents = first_quote(quotes_of(SURNAME), "incidents like these")
        assert incidents is None or not incidents.speaker
