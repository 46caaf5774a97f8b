"""Issue 17's fourteenth round of quote rules, from the first-run errors of the unseen15 AllSides set,
on invented text: each named rule group finds what a careful reader would, and switching the group
off shows what it is worth."""

from __future__ import annotations

from newsprism.ingest.layout import Layout
from newsprism.quotes import rules
from newsprism.quotes.cues import cue_subject
from newsprism.quotes.organisations import _name_head

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
    "Protests broke out at the University of Tarnwell and Dalby State University.\n\n"
    "Lawyer Omar Pell and the Tarnwell College Republicans said in the lawsuit that the ban “stifles "
    "conservative speech.”\n\n"
    "The school said the charge is “untrue.”"
)


def test_the_school_is_the_latest_university_named_not_a_club(quotes_of, first_quote):
    untrue = first_quote(quotes_of(SCHOOL), "untrue")
    assert untrue is not None and untrue.speaker == "University of Tarnwell"
    # the name's head decides its kind: a club named after a college is no school
    assert _name_head("Berkeley College Republicans") == "republicans"
    assert _name_head("University of California-Berkeley") == "university"
    assert _name_head("Middlebury College") == "college"


def test_a_named_host_after_a_possessive_network_speaks(hand_parse):
    # "CNN’s “Crossfire” co-host Van Jones said ...": the parse made the network the subject and
    # the host's name its apposition
    words = "KTVN ’s co-host Dana Pell said it was crazy .".split()
    heads = [5, 0, 4, 4, 0, 5, 7, 5, 7, 5]
    deps = ["nsubj", "case", "compound", "compound", "appos", "ROOT", "nsubj", "ccomp", "acomp", "punct"]
    pos = ["PROPN", "PART", "NOUN", "PROPN", "PROPN", "VERB", "PRON", "AUX", "ADJ", "PUNCT"]
    doc = hand_parse(words, heads, deps, pos, [(0, 1, "ORG"), (3, 5, "PERSON")])
    assert cue_subject(doc[5], Layout()) == doc[4]
    with rules.switched_off(["possessor_role_name"]):
        assert cue_subject(doc[5], Layout()) == doc[0]


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
    "The tensions threaten to blight Tom Becker’s foreign policy record as his reelection bid shifts into "
    "full gear. Upon entering office, he vowed that the state would never borrow again."
)


def test_a_pronoun_after_a_possessive_name_is_that_person(quotes_of, first_quote):
    vow = first_quote(quotes_of(RECORD), "the state would never")
    assert vow is not None and vow.speaker == "Tom Becker"
    with rules.switched_off(["possessor_antecedent"]):
        assert first_quote(quotes_of(RECORD), "the state would never").speaker is None


SURNAME = (
    "Will Dravely is a vice president at the Foundation for Open Courts.\n\n"
    "Dean Ana Voss had defended the speaker. She said the college supports “free speech.”\n\n"
    "Dravely says incidents like these are becoming common at colleges. He called the trend “deeply "
    "troubling.”"
)


def test_a_surname_tagged_as_an_adverb_still_speaks(quotes_of, first_quote):
    found = quotes_of(SURNAME)
    incidents = first_quote(found, "incidents like these")
    assert incidents is not None and incidents.speaker and incidents.speaker.endswith("Dravely")
    with rules.switched_off(["surname_mistagged"]):
        incidents = first_quote(quotes_of(SURNAME), "incidents like these")
        assert incidents is None or not incidents.speaker


OLIVE = (
    "Ellen Voss, an outspoken veteran of the commission who backs strict rules, offered this olive "
    "branch: “I hope to have a good working relationship with Trey. I hope he will seek common ground.”"
)


def test_a_colon_lead_in_without_a_speech_word_is_its_persons(quotes_of, first_quote):
    assert first_quote(quotes_of(OLIVE), "I hope to have").speaker == "Ellen Voss"
    with rules.switched_off(["colon_subject_lead_in"]):
        assert first_quote(quotes_of(OLIVE), "I hope to have").speaker is None


TRANSCRIPT = (
    "JUAN GARZA: We turn now to the schools and the new rules.\n\n"
    "AMY LINDQVIST: The department is back in the news this month.\n\n"
    "It is good to have you with us. Can you tell us what is happening at the department?\n\n"
    "RITA WOLF: Yes. It is a disaster for the schools.\n\n"
    "JUAN GARZA: And the new deputy?\n\n"
    "RITA WOLF: Right. He comes from the lenders.\n\n"
    "AMY LINDQVIST: This is according to the Department of Education. The agency runs the loans.\n\n"
    "RITA WOLF: Right. That is the problem."
)


def test_a_transcripts_unlabelled_paragraph_and_a_report_across_a_label(quotes_of, first_quote):
    found = quotes_of(TRANSCRIPT)
    welcome = first_quote(found, "It is good to have you")
    assert welcome is not None and welcome.speaker == "Amy Lindqvist"
    turn = first_quote(found, "This is according to")
    assert turn is not None and turn.speaker == "Amy Lindqvist"
    assert not any(q.speaker == "Department of Education" for q in found)
    with rules.switched_off(["continued_turns", "turns_over_reports"]):
        found = quotes_of(TRANSCRIPT)
        assert first_quote(found, "It is good to have you") is None
        assert first_quote(found, "This is according to") is None
