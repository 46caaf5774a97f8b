"""Issue 20 point 3 (branch actors46): who a participant the parse gives stands for. A pronoun
speaker after a named one is that name; an act or a thing as doer or as the one acted on is its
owner's; the verb's own object is acted on, not the parties inside what it is accused of."""

from __future__ import annotations

from test_events import events_of

from newsprism.events import rules


def _main(nlp, text: str) -> tuple[str, list[str], list[str]]:
    found = events_of(nlp, text)
    assert found, text
    return found[0].type, list(found[0].actors), list(found[0].recipients)


def test_a_pronoun_speaker_after_a_named_one_is_that_name(nlp):
    text = 'Smith argued that the plan would fail, he said, noting that "Jones lied to voters."'
    _, actors, _ = _main(nlp, text)
    assert actors == ["Smith"]
    with rules.switched_off(["earlier_speakers"]):
        assert _main(nlp, text)[1] == ["he"]


def test_an_act_as_doer_is_its_owner(nlp):
    _, actors, _ = _main(nlp, "Iran's attack on the base killed two soldiers.")
    assert actors == ["Iran"]


def test_an_owned_act_criticised_names_its_owner(nlp):
    event_type, actors, recipients = _main(nlp, "Russia's invasion of Ukraine was condemned by NATO.")
    assert (event_type, actors, recipients) == ("ACCUSE", ["NATO"], ["Russia"])
    _, _, recipients = _main(nlp, "Trump's attack on the judge drew criticism from Republicans.")
    assert recipients == ["Trump"]
    with rules.switched_off(["owned_acts"]):
        assert _main(nlp, "Trump's attack on the judge drew criticism from Republicans.")[2] != ["Trump"]


def test_a_thing_with_no_owner_is_still_no_party(nlp):
    _, _, recipients = _main(nlp, "The ruling was criticized by Senator Graham on Monday.")
    assert recipients == []


def test_the_accused_not_the_parties_of_the_accusation(nlp):
    text = "Trump's critics accused Obama of paying ransom for release of a hostage."
    assert _main(nlp, text)[2] == ["Obama"]
    assert _main(nlp, "Critics accused him of paying ransom for release of a hostage.")[2] == ["him"]
    with rules.switched_off(["own_objects"]):
        assert "hostage" in _main(nlp, text)[2]


def test_other_recipients_of_a_verb_stay(nlp):
    _, _, recipients = _main(nlp, "Obama praised Merkel and Macron for their courage.")
    assert recipients == ["Merkel", "Macron"]


def test_where_a_thing_goes_names_a_party(nlp):
    text = "The ministers agreed to provide 70 million dollars of aid for Romania and Poland."
    assert _main(nlp, text)[2] == ["Romania", "Poland"]


def test_a_relative_undergoer_is_its_noun(nlp):
    found = events_of(nlp, "The mayor, who was criticized by the council, fired the police chief.")
    criticised = [e for e in found if e.type == "ACCUSE"]
    assert criticised and criticised[0].recipients == ["mayor"]


def test_a_name_ends_before_a_conjunction(nlp):
    assert _main(nlp, "Smith and Jones, two Democrats, criticized Trump.")[1] == ["Smith", "Jones"]


def test_the_owner_one_of_down(nlp):
    text = "The United States has demanded the dismantlement of North Korea's nuclear weapons program."
    assert _main(nlp, text)[2] == ["North Korea"]


def test_every_party_joined_inside_a_thing(nlp):
    text = "Pakistan threatened to break off diplomatic relations with Congo and Costa Rica."
    recipients = _main(nlp, text)[2]
    assert "Congo" in recipients and "Costa Rica" in recipients


def test_a_named_object_of_a_joined_verb_before_a_pronoun(nlp):
    text = (
        "Gates called Biden a man of integrity but also accused him of poisoning the well for the generals."
    )
    accused = [e for e in events_of(nlp, text) if e.trigger == "accused"]
    assert accused and accused[0].recipients == ["Biden"]


def test_a_bare_count_undergoes_a_passive(nlp):
    found = events_of(nlp, "The other eight kept their jobs, and six were sentenced to prison terms.")
    sentenced = [e for e in found if e.type == "SANCTION"]
    assert sentenced and sentenced[0].recipients == ["six"]
