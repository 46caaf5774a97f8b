"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "ass-004": (ev("COOPERATE", ["Ted Cruz"], ["John Kasich"], None, "have forged an alliance to stop him"), []),
    "ass-017": (ev("ACCUSE", ["Former President Barack Obama"], ["current leaders"], "disapprove",
                   "said ... that current leaders during the coronavirus crisis were failing"), []),
    "ass-025": (ev("ACCUSE", [], ["The White House"], "allege", "is currently facing federal litigation"), []),
    "ass-034": (ev("PROTEST", ["Advocates for D.C. statehood"], [], "demo", "held a rally"), []),
    # relabelled NONE by events45b (criticism of a thing naming no one; allsides_events/README.md)
    # "ass-043": (ev("ACCUSE", ["She"], ["Sanders"], "disapprove", "called the comment a “low blow”"), []),
    "ass-048": (ev("ASSAULT", [], [], None, "A rocket fired from Gaza slammed into"), []),
    "ass-053": (ev("SANCTION", ["China"], ["U.S."], None, "said ... it will slap tariffs on"), []),
    "ass-057": (ev("REQUEST", ["Washington"], ["other countries"], None,
                   "is also telling ... that they should hand him over"), []),
    "ass-059": (ev("REQUEST", ["Trump"], ["Paul"], None, "whom ... tried to persuade"), []),
    "ass-065": (ev("COERCE", ["Trump"], ["the staffers"], None, "forced ... to sign Non-Disclosure Agreements"), []),
    "ass-068": (ev("REQUEST", [], [], None, "there was a frantic last-minute lobbying effort to keep the deal"), []),
    "ass-073": (ev("REJECT", ["Mr. Rubio"], [], None, "who have blocked"), []),
    "ass-075": (ev("THREATEN", ["it"], ["you"], None, "We know where you sleep at night!"), []),
    "ass-076": (ev("ACCUSE", ["The company"], [], "disapprove", "disputed the assertion"), []),
    "ass-077": (ev("SUPPORT", ["Net neutrality backers"], ["Obama"], None, "cheered"), []),
    "ass-086": (ev("ACCUSE", ["Trump"], ["China"], "allege", "has accused ... of covering up"), []),
    "ass-089": (ev("SUPPORT", ["he"], ["Omarosa"], None, "insisted: “I like Omarosa"), []),
    "ass-090": (ev("SANCTION", ["It"], [], None, "to rule against same-sex marriage"), []),
    "ass-092": (ev("ACCUSE", ["Hillary Clinton's campaign"], ["the man"], "disapprove",
                   "releasing this video highlighting clip after clip"),
                [ev("ACCUSE", ["GOP officials"], ["the man"], "disapprove", "disavowing and condemning")]),
    "ass-097": (ev("ACCUSE", ["Clinton"], ["Comey"], "disapprove", "blamed ... for costing her the election"), []),
    "ass-100": (ev("SUPPORT", ["Buttry"], ["He"], None,
                   "He always was trying to do what he thought was the right thing"), []),
}

NOTES = {
    "ass-004": "'It's also true that Ted Cruz and John Kasich have forged an alliance to stop him': the April 2016 "
               "pact told as a fact inside an analyst's frame; forming an alliance is COOPERATE (borderline: "
               "background of an analysis, NONE).",
    "ass-010": "'The full Senate is expected to hold the final vote on Saturday': a chamber's own scheduled vote, no "
               "actor acting on another: NONE (as domestic procedure).",
    "ass-012": "Merkel saying the German-American partnership 'has stood the test of time': a judgement of a "
               "relationship, not praise of an actor: NONE (borderline: SUPPORT of the United States).",
    "ass-020": "The White House 'hopeful that the Assad regime will follow through' on an investigation: a hope, "
               "NONE (borderline: REQUEST as diplomatic pressure).",
    "ass-025": "The White House 'facing federal litigation over its refusal': a lawsuit against it, ACCUSE/allege "
               "with no plaintiff named; the refusal is a passing nominal.",
    "ass-026": "A columnist 'gushed' about an invention: praise of a thing, NONE.",
    "ass-034": "A statehood rally at a memorial: a demonstration, PROTEST/demo.",
    "ass-048": "A rocket fired from Gaza hitting a patio as a cease-fire broke down: ASSAULT with no actor named "
               "(a place, not a person, hit).",
    "ass-053": "China saying it will slap tariffs on U.S. products: an announced SANCTION; Trump's decision to "
               "raise duties and the trade talks are passing nominals.",
    "ass-059": "Main clause a hope ('We hope we can earn his support'); the relative clause 'whom Trump tried to "
               "persuade Saturday in a tweet' reports a specific appeal: REQUEST.",
    "ass-064": "'he bounced between Diaz-Balart and Boehner': figurative or shuttle meetings, unclear out of "
               "context: NONE (borderline: CONSULT).",
    "ass-065": "Trump forcing staffers to sign non-disclosure agreements: a restriction of speech imposed, "
               "COERCE (borderline: REQUEST).",
    "ass-068": "A source confirming 'there was a frantic last-minute lobbying effort to keep the deal in place': "
               "the lobbying is what is asserted, REQUEST with no actor (borderline: a nominal, NONE).",
    "ass-073": "'Mr. Rubio is one of several senators who have blocked ... a conference committee': blocking in "
               "the Senate, REJECT (in an editorial's framing).",
    "ass-075": "'\"We know where you sleep at night!\" it added': a threatening message (speaker 'it', the message "
               "or its account): THREATEN (borderline).",
    "ass-076": "A company disputing the assertion that an account was suspended: ACCUSE/disapprove as asf-091's "
               "'disputed ... version' (borderline: NONE as a correction).",
    "ass-084": "Two separatist leaders stepping down: resignations, no actor acting on another: NONE.",
    "ass-088": "Matalin recalling a conversation; Cheney's hunting accident is background: NONE.",
    "ass-089": "'he insisted: “I like Omarosa.”' after her departure: SUPPORT of an aide (borderline).",
    "ass-090": "'It was the first ... appellate court to rule against same-sex marriage': a court ruling told in an "
               "infinitive relative, SANCTION with no recipient (borderline: background).",
    "ass-092": "Clinton's campaign releasing a video of GOP officials 'disavowing and condemning' Trump's "
               "statements to sow discord: an attack video, ACCUSE/disapprove; the officials' condemnations as "
               "other event.",
    "ass-094": "Trump tweeting 'about Hillary Clinton and other matters' as his Asia trip began: no judgement "
               "told, and the trip a nominal: NONE.",
    "ass-098": "A lawmaker announcing his presidential campaign on a talk show: a candidacy, NONE.",
    "ass-099": "A wife filing for divorce: private, NONE.",
    "ass-100": "Buttry telling POLITICO that 'He always was trying to do ... the right thing': praise of a "
               "person, SUPPORT (as asr-035; borderline).",
}
