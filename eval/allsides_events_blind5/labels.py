"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "asf-001": (ev("SANCTION", [], ["Cohen"], None, "was sentenced ... to three years in prison"), []),
    "asf-006": (ev("ACCUSE", ["Trump"], ["Rep. Mia Love"], "disapprove", "tore into her"), []),
    "asf-008": (ev("REQUEST", ["House Democrats"], ["some candidates"], None, "suggesting to ... to withdraw"), []),
    "asf-025": (ev("SANCTION", ["The Supreme Court"], [], None, "struck down"), []),
    "asf-046": (ev("ACCUSE", ["Republican Party officials in New Jersey"], ["Christie"], "disapprove",
                   "privately grumbling that he wasn\u2019t in attendance"), []),
    "asf-047": (ev("SANCTION", ["Congress"], ["Mr. Putin"], None, "imposed the tough sanctions on"), []),
    "asf-049": (ev("ACCUSE", ["Melissa Murray"], ["Trump"], "disapprove",
                   "called ... \u201ca little idiosyncratic and perhaps incoherent.\u201d"), []),
    "asf-052": (ev("ACCUSE", ["Hanen"], ["The Department of Homeland Security"], "disapprove",
                   "\u201chas simply chosen not to enforce ...\u201d Hanen wrote"), []),
    "asf-061": (ev("REJECT", ["Ms. Collins", "John McCain", "Lisa Murkowski"], ["the party"], None,
                   "killed the party\u2019s effort"), []),
    "asf-062": (ev("SANCTION", ["It"], ["Dignity Health"], None, "held that"), []),
    "asf-068": (ev("CONSULT", ["President Trump"], ["Kim Jong Un"], None,
                   "is committed to having a face-to-face conversation with"), []),
    "asf-075": (ev("ACCUSE", ["He"], ["President George W. Bush"], "disapprove", "distanced himself from"), []),
    "asf-088": (ev("ACCUSE", ["he"], [], "investigate", "reopening his investigation"), []),
    "asf-091": (ev("ACCUSE", ["Gill"], ["Cowley", "Salmon"], "disapprove", "disputed ... version"), []),
    "asf-093": (ev("ACCUSE", ["Steve Doocy"], ["the Obama administration"], "allege",
                   "cited allegations ... to claim that ... have been \u201cthreatened\u201d by"), []),
    "asf-095": (ev("SUPPORT", ["Cedric Richmond"], ["Joe Biden"], None, "made an enthusiastic case for"), []),
}

NOTES = {
    "asf-001": "Cohen sentenced to prison (passive, no agent): a conviction's sentence, SANCTION.",
    "asf-003": "A transition team announcing a cabinet pick: domestic personnel act, NONE (as ase-095).",
    "asf-005": "Gingrich calling 'This' (referent outside the sentence, a policy rollout) an embarrassment: "
               "judgement of a thing with no actor in the sentence, NONE (borderline; ACCUSE defensible).",
    "asf-006": "Main clause is the author's judgement; the when-clause 'he tore into her for insufficiently "
               "embracing Trumpism' reports a specific attack: ACCUSE/disapprove. 'dancing on the political "
               "grave' is a metaphor; 'had not yet conceded' is negated.",
    "asf-008": "Party leaders suggesting to candidates that they withdraw: pressure, REQUEST (borderline).",
    "asf-010": "Group members joking about a dead migrant in a private group: NONE (borderline; ACCUSE "
               "defensible).",
    "asf-012": "Boehner proposing that a committee not yet set up borrow staff: internal procedure, NONE "
               "(borderline; REQUEST defensible).",
    "asf-018": "A radio station interviewing a surgeon: NONE.",
    "asf-025": "The Supreme Court striking down a federal law: court ruling, SANCTION.",
    "asf-026": "Characterisation of an administration in a relative clause (advocated, rejected the Paris "
               "accord): background, NONE (borderline).",
    "asf-027": "Headline link line ending 'Read more': NONE by the heading rule.",
    "asf-031": "Quote fragment; announcing one will sign a bill: domestic paperwork, NONE.",
    "asf-032": "The article's headline repeated at the top of its text: NONE by the heading rule (would be "
               "CONSULT in running text).",
    "asf-046": "Party officials privately grumbling about Christie's absence: complaint, ACCUSE/disapprove "
               "(borderline); holding a party confab is an internal gathering, not labelled.",
    "asf-047": "Warner saying Congress imposed sanctions on Putin: SANCTION.",
    "asf-049": "A law professor calling Trump's messaging incoherent: criticism, ACCUSE/disapprove.",
    "asf-050": "Author's gloss of a campaign vow ('take out al-Qaeda leadership'): opinion and conditional "
               "intent, NONE (borderline; THREATEN defensible).",
    "asf-051": "Refugees permitted to travel (passive, no agent): administrative act, NONE (borderline).",
    "asf-052": "A judge writing that DHS has chosen not to enforce the law: criticism, ACCUSE/disapprove.",
    "asf-055": "Negated 'did not reference'; the packages sent to Obama and others are background in a "
               "relative clause, NONE (borderline; ASSAULT defensible).",
    "asf-061": "Main clause (support not assured) NONE; the relative clause 'the three who killed the "
               "party's effort to repeal the health law this summer' reports a specific vote: REJECT "
               "(borderline).",
    "asf-062": "'It' (a court, antecedent outside) holding against Dignity Health: court ruling, SANCTION "
               "(borderline).",
    "asf-068": "Trump committed to a face-to-face conversation with Kim: announced intent to meet, CONSULT.",
    "asf-070": "A city council voting to grant a nonprofit a lease: domestic administrative act, NONE "
               "(borderline; COOPERATE defensible).",
    "asf-075": "Distancing himself from George W. Bush: disapproval, ACCUSE (borderline; REJECT defensible).",
    "asf-076": "Routinely forwarding emails: habitual, NONE.",
    "asf-077": "Did not respond to emails seeking comment: reporting boilerplate, NONE.",
    "asf-086": "Congress having granted CBP powers: standing law, NONE.",
    "asf-088": "Comey reopening his investigation (the reversal is the author's reading): ACCUSE/investigate "
               "(borderline).",
    "asf-090": "Senate to debate police reform: legislative schedule, no actor acted on, NONE.",
    "asf-091": "Disputing two others' version of an incident: ACCUSE/disapprove (as ase-001's 'discounts').",
    "asf-093": "A TV host claiming the administration threatened witnesses: ACCUSE/allege; the alleged "
               "threat is not labelled.",
    "asf-095": "Making an enthusiastic case for Biden: endorsement, SUPPORT.",
    "asf-097": "Terror groups 'are targeting Turkey', speaker outside the sentence: NONE (borderline).",
}
