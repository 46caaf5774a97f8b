"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "asp-004": (ev("ACCUSE", ["the Human Rights Campaign"], ["her"], "disapprove", "criticizing"), []),
    "asp-017": (ev("REJECT", ["Senate Republicans"], ["Judge Merrick Garland"], None, "blocked ... nomination"), []),
    "asp-027": (ev("MOBILIZE", ["North Korea"], [], None, "missiles test-launched by"), []),
    "asp-040": (ev("CONSULT", ["Mr. Trump"], ["She"], "phone", "was called by"), []),
    "asp-052": (ev("CONSULT", [], ["Trump"], None, "was briefed"), []),
    "asp-055": (ev("COERCE", ["the Indian government"], ["the 7 million people in the Kashmir Valley"], "censor",
                   "shut off most communication with"), []),
    "asp-056": (ev("ACCUSE", ["Marco"], ["Governor Bush"], "disapprove", "rather indignantly, look at ... and say"),
                []),
    "asp-058": (ev("ACCUSE", ["Republicans"], ["her"], "disapprove", "drawing comparisons to"), []),
    "asp-061": (ev("ACCUSE", ["The US president-elect"], [], "disapprove", "questioned why"), []),
    "asp-065": (ev("ACCUSE", ["Federal Reserve Chair Janet Yellen"], ["President Donald Trump"], "disapprove",
                   "distanced herself ... from the anti-regulatory rhetoric of"), []),
    "asp-068": (ev("ACCUSE", ["Mr. Clinton"], ["Mr. Obama"], "disapprove", "jabbing at ... for being inexperienced"),
                []),
    "asp-071": (ev("CONSULT", ["Freedom Caucus Chairman Mark Meadows", "founding chairman Jim Jordan"],
                   ["Treasury Secretary Steven Mnuchin", "National Economic Council Director Gary Cohn"], None,
                   "delivered that message ... to"), []),
    "asp-073": (ev("ACCUSE", ["He"], ["Morey"], "disapprove", "talked about how inconsiderate it was for"), []),
    "asp-074": (ev("PROTEST", ["he"], ["the Ferguson Police Station"], "demo", "stood protesting outside"), []),
    "asp-079": (ev("ACCUSE", ["Michelle Rhee"], ["Americans"], "disapprove", "scold"), []),
    "asp-093": (ev("AGREE", [], [], None, "agreed to exchange further work"), []),
}

NOTES = {
    "asp-004": "'Among those criticizing her was the Human Rights Campaign, which tweeted': criticism of a named "
               "person (her), ACCUSE/disapprove.",
    "asp-009": "The president outlining plans to keep 9,800 troops then draw down at an undetermined pace: a "
               "force-posture plan, no actor acted on, NONE (borderline: RETREAT announced).",
    "asp-011": "Comey testifying that he had never leaked: a denial under oath, NONE (borderline).",
    "asp-017": "Main clause (the court avoided cases) no interaction; the as-clause reports Senate Republicans "
               "blocking Garland's nomination: REJECT (borderline: background).",
    "asp-019": "A data breach 'to threaten the private information': no actor, NONE.",
    "asp-023": "'The tweet was not merely an impulsive ... post, as Kevin had explained it', he wrote: an implicit "
               "dispute of Kevin's account, NONE (borderline: ACCUSE/disapprove defensible).",
    "asp-027": "Missiles test-launched by North Korea landing off Japan: a show of force, MOBILIZE (as asg-054).",
    "asp-028": "McConnell wondering why the president would be reluctant to veto: a remark, NONE (borderline: "
               "pressure).",
    "asp-029": "Trump answering that a president's authority is total: a claim of power, NONE (borderline).",
    "asp-038": "'Dunham ... agrees' with an opinion: NONE (agreeing with a view is no AGREE).",
    "asp-040": "She 'supposedly' was called by Trump or someone for him and offered money: CONSULT/phone "
               "(borderline: alleged; the offer not coded).",
    "asp-044": "The Supreme Court hears a case on the ACA (scheduled): court routine with no party acted on, NONE "
               "(borderline).",
    "asp-048": "A headline that 'made no mention of the Democrats' obstruction': media critique, NONE.",
    "asp-052": "Trump briefed on relief efforts with Abbott and Long: a briefing, CONSULT with no briefer named.",
    "asp-055": "Main clause 'was unclear'; the because-clause: the Indian government shut off communication with "
               "Kashmir: COERCE/censor.",
    "asp-056": "A candidate recounting Rubio indignantly telling Bush that criticizing him will not win: a rebuke, "
               "ACCUSE/disapprove (borderline).",
    "asp-057": "The Senate failing to advance a bill: legislative routine, NONE.",
    "asp-058": "Republicans seeking to exploit a vulnerability by drawing comparisons to the Clinton-era dramas: "
               "criticism by comparison, ACCUSE/disapprove of her (borderline).",
    "asp-061": "The president-elect 'questioned why the allegations were not widely made public': criticism with "
               "no one named, ACCUSE/disapprove (borderline).",
    "asp-065": "Yellen 'distanced herself ... from the anti-regulatory rhetoric of ... Trump': ACCUSE/disapprove.",
    "asp-068": "Bill Clinton jabbing at Obama for being inexperienced (2008, background but specific): "
               "ACCUSE/disapprove.",
    "asp-071": "Meadows and Jordan delivered 'that message' to Mnuchin and Cohn: a communication between "
               "officials, CONSULT (borderline: content unknown, REQUEST possible).",
    "asp-073": "He talked about how inconsiderate it was for Morey to tweet: criticism, ACCUSE/disapprove.",
    "asp-074": "He 'stood protesting outside the Ferguson Police Station' (as-clause; the quote's 'fighting' is "
               "figurative): PROTEST/demo.",
    "asp-075": "'We can't let Trump put the world's largest oil company in charge': an exhortation, NONE "
               "(borderline).",
    "asp-078": "A leader's promise to win the election: NONE.",
    "asp-080": "A campaign featuring mothers in ads: campaigning, NONE.",
    "asp-086": "'Mitch has to pull it off,' Trump said: a comment, NONE (borderline: pressure).",
    "asp-089": "Trump winning primaries: elections, NONE.",
    "asp-090": "A donor bankrolling a political operation: campaign finance, NONE (as donations elsewhere).",
    "asp-091": "A senator 'saw it otherwise': disagreement with a bill, a stance on a thing, NONE.",
    "asp-093": "Tillerson: (the two sides) 'agreed to exchange further work regarding commitments of "
               "noninterference': AGREE, the parties not named as subject.",
    "asp-097": "A photo caption ('O'Malley campaigns for reelection'): NONE.",
    "asp-098": "The Supreme Court 'has categorically rejected such limits': a line of case law, no specific ruling "
               "or party, NONE (borderline: SANCTION).",
    "asp-100": "The president announced his proposed changes (after-clause): domestic policy, NONE.",
}
