"""Event triggers read directly: which words start an event and of which type, and which
trigger-looking words do not (idioms, figures of speech, questions, things as doers)."""

from __future__ import annotations

import pytest

from newsprism.events.extract import extract_events
from newsprism.events.lexicon import load_lexicon
from newsprism.events.triggers import find_triggers
from newsprism.models import Article


def triggers_of(nlp, text: str):
    doc = nlp(text)
    return [t for sent in doc.sents for t in find_triggers(sent, load_lexicon())]


def main_type(nlp, text: str) -> str | None:
    found = triggers_of(nlp, text)
    return found[0].type if found else None


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Senator Warren blasted the bank for its lending practices.", "ACCUSE"),
        ("The governor criticized the agency on Friday.", "ACCUSE"),
        ("Trump called the special counsel's investigation a witch hunt.", "ACCUSE"),
        ("The IRS said the agent's video was unacceptable.", "ACCUSE"),
        ("Democrats said the agency had failed to protect voters.", "ACCUSE"),
        ("The former president endorsed the senator for governor.", "SUPPORT"),
        ("The mayor praised the volunteers for their courage.", "SUPPORT"),
        ("The chairman said the nominee was an outstanding choice.", "SUPPORT"),
        ("The House rejected the Senate bill.", "REJECT"),
        ("The White House pushed back against the report.", "REJECT"),
        ("Republicans rallied behind the nominee on Tuesday.", "SUPPORT"),
        ("The senator heaped praise on the governor.", "SUPPORT"),
        ("Democrats called out the senator for his remarks.", "ACCUSE"),
        ("Local officials vowed to resist any new gun controls.", "REJECT"),
        ("Democrats urged the attorney general to recuse himself.", "REQUEST"),
        ("The senator called for the White House to order an inquiry.", "REQUEST"),
        ("A federal judge ruled that the order was unlawful.", "SANCTION"),
        ("The jury found the former mayor guilty of bribery.", "SANCTION"),
        ("A court sentenced the activist to five years in prison.", "SANCTION"),
        ("Police arrested three protesters outside the courthouse.", "COERCE"),
        ("The two leaders agreed to hold talks in Geneva.", "AGREE"),
        ("Kosovo was recognized by Albania in 2008.", "SUPPORT"),
        ("Republicans attacked the senator for his vote.", "ACCUSE"),  # a verbal attack, not an assault
        ("Pelosi ripped the president's response to the pandemic.", "ACCUSE"),
        ("The Justice Department charged the former official with lying to investigators.", "ACCUSE"),
        ("The senator said the president has created a divisive climate.", "ACCUSE"),
        ("The governor wrote that the mayor is a bigot.", "ACCUSE"),
        ("The Supreme Court struck down the state's abortion law.", "SANCTION"),
        ("The governor compared the mayor's policy to Nazi tactics.", "ACCUSE"),
        ("\u201cWe are blessed to have this governor,\u201d the senator told the crowd.", "SUPPORT"),
        ("China introduced new tariffs on goods imported from the United States.", "SANCTION"),
        ("Merkel spoke by telephone with Macron about the crisis.", "CONSULT"),  # "about" is no idiom here
        ("Biden took a swipe at Trump during the debate.", "ACCUSE"),
        ("Republicans cried foul over the new rules.", "ACCUSE"),
        ("The senator threw his support behind the nominee.", "SUPPORT"),
        ("He reiterated his call for a border wall.", "REQUEST"),
        ("Pelosi said the president's response was poor.", "ACCUSE"),  # a mild word, about someone
        ("The senator said the governor is right about the virus.", "SUPPORT"),
        ("The governor credited the nurses with saving lives.", "SUPPORT"),
        ("Republicans rallied to the nominee's defense.", "SUPPORT"),
        ("The White House disputed the report.", "REJECT"),
        ("The foreign ministry lodged a protest with the Chinese embassy.", "ACCUSE"),  # a complaint
        ("Workers staged a protest outside the factory.", "PROTEST"),  # a demonstration
        ("Egypt offered condolences to the families of the victims.", "SUPPORT"),
        ("Japan offered aid to the flood victims.", "AGREE"),  # an offer of aid stays an offer
        ("The senator grilled the chief executive during the hearing.", "ACCUSE"),
        ("Republicans questioned the nominee about his record.", "ACCUSE"),
        ("The president commuted the adviser's sentence.", "CONCEDE"),
        ("The two countries exchanged intelligence on terror suspects.", "COOPERATE"),
        ("Troops exchanged fire with militants near the border.", "ASSAULT"),
        (
            "When the senator criticized the plan, the governor praised the mayor.",
            "SUPPORT",
        ),  # main clause first
    ],
)
def test_political_events_are_typed(nlp, text, event_type):
    assert main_type(nlp, text) == event_type


@pytest.mark.parametrize(
    "text",
    [
        "He burned his bridges with the West.",  # idiom
        "Families struggle to make ends meet.",  # idiom
        "Their very identities are threatened.",  # figure of speech
        "He released a position paper on immigration.",  # a document, not a release of captives
        "We shared good food and watched football.",  # sharing food is no cooperation
        "The senator asked whether the plan would work.",  # a question, not a request
        "The mayor recognizes the budget needs to be different.",  # a belief, not recognition
        "The two leaders agreed that the economy was weak.",  # a view, not an agreement
        "Dozens of tanks were flown to the base in cargo jets.",  # freight, not a visit
        "The camera captured the moment on video.",  # a picture, not a capture
        "Schumer named her to a panel charged with overseeing the fund.",  # tasked, not accused
        "This is our chance to demonstrate we want him in office.",  # to show, not to protest
        "The spokesman said the senator had worked on illegal immigration for years.",  # no judgement
        "Critics questioned whether the plan would work.",  # a doubt, not questioning someone
        "She said the deal is bad for America.",  # a mild word about a thing: an opinion
        "Officials said the economy is strong.",
        "Party leaders moved swiftly to kill his campaign.",  # ending a campaign, no killing
        "The senator is serious about fighting terrorism.",  # a cause, not a fight
        "It gives ammunition to his critics.",  # an idiom
        "He offered little in the way of elaboration.",  # nothing offered
        "Both candidates were eager to defend their turf.",  # an idiom
        "The agency has the power to amass vast collections of data.",  # data, not troops
        "Obama warned of the need for a higher debate on immigration.",  # advice, no threat
        "She ripped up the letter.",  # tearing paper
        "Such a matter can invite the consideration of mankind.",  # nobody invited
        "The president spoke about the virus at a rally.",  # a speech, nobody talked with
    ],
)
def test_trigger_words_that_start_no_event(nlp, text):
    assert main_type(nlp, text) is None


def test_complement_belongs_to_its_trigger(nlp):
    found = triggers_of(nlp, "The rebels threatened to attack the capital.")
    assert [t.type for t in found] == ["THREATEN"]
    assert [c.type for c in found[0].content] == ["ASSAULT"]
    assert found[0].mode == "violence"


def test_request_absorbs_what_is_asked(nlp):
    found = triggers_of(nlp, "The senator asked the White House to direct the FBI to investigate the claims.")
    assert [t.type for t in found] == ["REQUEST"]


def test_place_after_in_is_no_particle(nlp):
    # "gave ... in Kansas City" is no "give in" (a concession)
    assert main_type(nlp, "The candidate gave a speech on Saturday in Kansas City.") is None


def test_light_verb_takes_the_type_of_its_noun(nlp):
    found = triggers_of(nlp, "The European Union imposed sanctions on Belarus.")
    assert found[0].type == "SANCTION" and found[0].kind == "light"
    assert found[0].noun is not None and found[0].noun.lower_ == "sanctions"


def test_events_carry_plover_contexts(nlp):
    text = "The court sentenced the opposition leader to five years in prison."
    event = extract_events(nlp(text), Article(article_id="c", source="t", text=text))[0]
    assert event.type == "SANCTION" and "legal" in event.context.split(", ")
    text = "Foreign ministers of the two countries held talks on the nuclear programme."
    event = extract_events(nlp(text), Article(article_id="c", source="t", text=text))[0]
    assert event.context.split(", ")[0] == "cbrn"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("President Vale ordered the strike against the general near the airport.", "ASSAULT"),
        ("The senator asked whether anyone had approved the strike on the convoy.", "ASSAULT"),
        ("Teachers went on strike on Monday across the city.", "PROTEST"),
        ("The union said the strike by its members would continue.", "PROTEST"),
        ("Thousands of nurses will strike next week over pay.", "PROTEST"),
        ("Prisoners in the jail began a hunger strike on Sunday.", "PROTEST"),
        ("Dock workers launched a 24-hour strike on Tuesday, halting the port.", "PROTEST"),
        ("The army carried out a drone strike on the camp.", "ASSAULT"),
    ],
)
def test_a_word_of_two_senses_takes_the_sense_its_sentence_cues(nlp, text, event_type):
    """ "the strike" is an attack unless the sentence speaks of work or says "on strike"."""
    assert main_type(nlp, text) == event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The foreign minister called the army's strike against the general an act of terrorism.", "ACCUSE"),
        ("Nasrallah called the army's killing of the commander a crime.", "ACCUSE"),
        ("The governor called the killing of the protester a tragedy.", None),
        ("The chairman called a meeting of the board.", "CONSULT"),
    ],
)
def test_naming_an_act_is_no_act_of_the_one_naming(nlp, text, event_type):
    """ "X called the killing a crime" accuses; it is no killing by X."""
    assert main_type(nlp, text) == event_type
