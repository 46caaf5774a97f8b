"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


SH = "\u00ad"  # asz-007 is written with soft hyphens inside its words; its participants keep them


def soft(word_with_bars):
    """A participant of asz-007 as it appears there: '|' marks each soft hyphen."""
    return word_with_bars.replace("|", SH)


L = {
    "asz-002": (ev("ASSAULT", [], ["Thousands", "more than 1,500 civilians"], None, "have been killed"), []),
    "asz-003": (ev("REQUEST", ["Santorum"], ["the crowd"], None, "urged ... to fight harder"), []),
    "asz-007": (ev("ACCUSE", [soft("Of|fi|cials at the Na|tion|al Re|pub|lic|an Sen|at|ori|al Com|mit|tee")],
                   [soft("Demo|crat|ic sen|at|ors")], "disapprove", "argue that ... have a credibility problem"), []),
    "asz-020": (ev("REQUEST", ["Student survivors of the horror"], ["Congress", "state governments"], None,
                   "have led a lobbying movement directed at ... demanding"), []),
    "asz-023": (ev("COERCE", [], ["an armed man"], "arrest", "was arrested"), []),
    "asz-026": (ev("ACCUSE", ["She"], ["Lauer"], "allege", "reported the incident to NBC"),
                [ev("SANCTION", ["the network"], ["Lauer"], None, "terminated")]),
    "asz-028": (ev("PROTEST", ["The protesters"], [], None, "mobilized"), []),
    "asz-030": (ev("REQUEST", ["The Vermont senator"], ["Clinton", "Democrats"], None, "has been trying to push ... to adopt"),
                []),
    "asz-042": (ev("REJECT", ["the National Iranian Tanker Company"], [], None, "had denied"), []),
    "asz-044": (ev("ACCUSE", ["Delhi Police officials"], [], "investigate",
                   "have been ordered to conduct a \"detailed inquiry\" into"), []),
    "asz-055": (ev("SUPPORT", ["She"], ["the crew"], None, "applauded"), []),
    "asz-057": (ev("ACCUSE", ["Ed Gillespie"], ["Mr. Obama"], "disapprove", "told ... getting “hammered” under"), []),
    "asz-058": (ev("ASSAULT", [], ["Soleimani", "Abu Mahdi al-Mohandas"], None, "Slaughtered"), []),
    "asz-059": (ev("ACCUSE", ["WAGATWE WANJUKI"], ["the administration"], "disapprove",
                   "talked about how ... did nothing to address"), []),
    "asz-060": (ev("REQUEST", ["he"], ["the G20"], None, "That should be the way forward for"), []),
    "asz-066": (ev("CONSULT", ["She"], ["local participants in a program"], "meet", "met ... with"), []),
    "asz-074": (ev("ACCUSE", ["Democrats"], ["Mr. Price"], "allege", "said ... wasn’t straight with them"), []),
    "asz-079": (ev("ACCUSE", ["many Democrats"], ["Congress", "Mr. Trump"], "disapprove",
                   "said that measure alone fell short"), []),
    "asz-080": (ev("PROTEST", ["Rep. John Lewis"], [], None, "The protest ... a rally"), []),
    "asz-084": (ev("REQUEST", ["Mr. Trump"], ["Mr. Comey"], None, "made his meaning crystal-clear ... Let ... go"), []),
    "asz-087": (ev("ACCUSE", ["America"], ["the Castro regime"], "allege", "will expose the crimes of"),
                [ev("SUPPORT", ["America"], ["the Cuban people"], None, "stand with")]),
    "asz-094": (ev("ACCUSE", ["many local labor activists"], ["the media"], "disapprove", "blamed"), []),
    "asz-096": (ev("ACCUSE", ["That field office"], [], "investigate", "has already interviewed one witness"), []),
}

NOTES = {
    "asz-001": "'Such tactics have elicited substantial support from the mainstream left': support of tactics "
               "that name no one, from a broad camp; NONE (the convention for a thing naming no one).",
    "asz-002": "'Thousands have been killed, including more than 1,500 civilians this year': passive killing with "
               "no agent, ASSAULT as asi-033 and asv-040 (borderline: a running count, statistics).",
    "asz-003": "Glued text (three quotes run together by the source); 'Santorum urged the crowd to fight harder' "
               "is an appeal with its actor in the sentence, REQUEST as asy-010's glued link text was labelled "
               "(borderline: an appeal to a rally audience).",
    "asz-005": "An all-capitals headline ('SANDERS CAMPAIGN HITS BACK ... ACCUSES ...'): NONE by the heading rule.",
    "asz-008": "'where Paul declared himself and his party to be a friend to the African-American community': a "
               "self-description in a speech, background; NONE (borderline: SUPPORT).",
    "asz-009": "'Jenkins knocked off the Democratic incumbent ... by eleven points': an election result, NONE.",
    "asz-011": "'Wyden has fought efforts to weaken encryption': opposition to efforts naming no one, habitual; NONE.",
    "asz-013": "'These students do it because they have ... a love for you Mr. President,' Williams responded: a "
               "description of students in an answer, NONE (borderline: SUPPORT of the students).",
    "asz-018": "'An independent review ... discovered no wrongdoing by Clinton': a finding that clears, of a review "
               "of an incident; NONE (borderline: ACCUSE/investigate).",
    "asz-023": "'tweeted out Thursday that an armed man was arrested at the Walmart': an arrest, COERCE/arrest with "
               "no agent (the tweeting department is not said to have made it).",
    "asz-026": "'She reported the incident to NBC, and the network terminated Lauer': a complaint to an employer "
               "about Lauer, ACCUSE/allege as as-e141's complaint; the firing as other event SANCTION (borderline: "
               "private employment, NONE as as-e114 would say).",
    "asz-039": "'\"Giuliani's great, but I don't think he's going to move the dial,\" Swecker told Fox Business': "
               "a pundit's assessment whose point is a prediction; NONE (borderline: SUPPORT).",
    "asz-042": "'the National Iranian Tanker Company had denied suggesting missiles hit its ship': a denial, "
               "REJECT as asy-038's insistence (borderline: a statement about its own statement).",
    "asz-044": "'posted on Twitter that Delhi Police officials have been ordered to conduct a \"detailed inquiry\" "
               "into the incident': an ordered investigation, ACCUSE/investigate as as-e194 (the order has no "
               "named agent).",
    "asz-051": "'the same Obama coalition that spurned Clinton in 2008 has ... come around to support her': voters' "
               "support in primaries, NONE (an electoral result).",
    "asz-059": "A transcript with its speaker label ('WAGATWE WANJUKI: I talked about how the administration did "
               "nothing to address my rape'): criticism with its speaker in the sentence, ACCUSE/disapprove.",
    "asz-060": "'\"That should be the way forward for the G20 -- to make sure ...,\" he continued': an appeal to the "
               "G20, REQUEST as asy-022's 'need to' (borderline: a stance).",
    "asz-066": "'She met at the Mug'n Muffin coffee shop with local participants in a program': a meeting, "
               "CONSULT/meet (borderline: a campaign stop with local people).",
    "asz-076": "'Someone took issue with his shirt': an unnamed person objecting to a shirt; NONE (no actor).",
    "asz-079": "Main clause passing and signing legislation (domestic policy, NONE); the 'though' clause 'many "
               "Democrats said that measure alone fell short' is criticism of a measure whose doers the sentence "
               "names (Congress passed it, Mr. Trump signed it), ACCUSE (borderline: mild).",
    "asz-080": "'The protest wrapped up with closing remarks by Rep. John Lewis ..., who helped spearhead the "
               "effort, and a rally with supporters outside the Capitol': PROTEST led by Lewis.",
    "asz-082": "'the justice department has not made clear what potential crime is under investigation': a negated "
               "main clause; the investigation is only what is unclear, NONE (borderline: ACCUSE/investigate).",
    "asz-084": "'Mr. Trump made his meaning crystal-clear on Feb. 14: Let the investigation go, and let Mr. Flynn "
               "go': a demand to Comey, REQUEST.",
    "asz-087": "'\"America will expose the crimes of the Castro regime and stand with the Cuban people ...,\" he "
               "said': an announced accusation, ACCUSE/allege; support for the Cuban people as other event.",
    "asz-094": "'many local labor activists blamed the media's failure to cover local unions': blame of a failure "
               "whose owner the possessor names, ACCUSE with the media as recipient.",
    "asz-096": "'That field office has already interviewed one witness': a step of an investigation, "
               "ACCUSE/investigate with no named target (borderline).",
    "asz-099": "'And I think The Weather Channel ought to do its job': the author's own opinion, NONE.",
}
