"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Only the sentences read as reporting an event are listed; the other 179 of the 200
(no event, or an event too borderline to label: see README) are left out of the set. Each entry:
(main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "ae-003": (ev("ACCUSE", ["Hoover"], ["\u201csubversive influences\u201d"], "allege",
                  "assured the press that ... had gained control of ... and \u201cinaugurated and organized\u201d"), []),
    "ae-016": (ev("ASSAULT", [], ["Syria"], "aerial", "airstrike on"), []),
    "ae-017": (ev("AID", [], ["Glushkov"], "humanitarian", "was granted political asylum"),
               [ev("CONCEDE", [], ["he"], None, "was released from prison"),
                ev("COERCE", [], ["he"], "arrest", "had been jailed")]),
    "ae-020": (ev("REJECT", ["The administration"], [], None, "has been denying"), []),
    "ae-023": (ev("REQUEST", ["Matteo Renzi"], [], None, "called for a meeting of"),
               [ev("ACCUSE", ["he"], ["human traffickers"], "allege", "blamed on")]),
    "ae-056": (ev("SANCTION", ["The justices"], [], None, "unanimously rejected the idea that"), []),
    "ae-059": (ev("SUPPORT", ["The US House of Representatives"], ["Billy Graham"], None, "honored the life and legacy of"),
               []),
    "ae-062": (ev("REJECT", ["Turkey"], [], None, "strongly denies the accusation of"), []),
    "ae-063": (ev("ACCUSE", ["a solid majority"], ["congressional Republicans"], "allege",
                  "placed the responsibility squarely on"), []),
    "ae-064": (ev("MOBILIZE", ["he"], [], "troops", "was deploying 500 state troopers"),
               [ev("REQUEST", ["he"], ["neighboring states"], None, "had asked for 5,000 officers from")]),
    "ae-069": (ev("PROTEST", ["a large gathering of demonstrators"], ["Frey"], None, "was shouted down by"),
               [ev("REJECT", ["he"], ["their"], None, "defied their demands")]),
    "ae-075": (ev("REQUEST", ["Roger Wicker", "Thad Cochran"], [], None, "called for ... to be changed"), []),
    "ae-076": (ev("SANCTION", [], ["Oklahoma Fraternity"], None, "Is Closed Over"), []),
    "ae-082": (ev("AGREE", ["The United States"], ["Taliban militants"], None, "signed a historic peace treaty with"), []),
    "ae-084": (ev("REQUEST", ["Haley"], ["The Security Council"], None,
                  "has to come together and demand ... hold accountable"), []),
    "ae-093": (ev("SANCTION", ["The Brooklyn judge"], [], None, "issued a nationwide injunction on"), []),
    "ae-109": (ev("ACCUSE", ["An unnamed House GOP aide"], ["Trump"], "disapprove",
                  "told CNN that ... Trump \u201ceither doesn\u2019t know, doesn\u2019t care or both\u201d"), []),
    "ae-115": (ev("SUPPORT", ["military veterans"], ["Trump"], None, "endorsing"), []),
    "ae-125": (ev("REJECT", ["the Senate"], [], None, "voted down an amendment offered by"),
               [ev("COERCE", ["the military"], ["the government"], None, "was overthrown by")]),
    "ae-157": (ev("COERCE", [], ["another North Korean spy"], "arrest", "was arrested"), []),
    "ae-167": (ev("COERCE", [], ["Harris"], "arrest", "was arrested"), []),
}

NOTES = {
    "ae-003": "Hoover's claim that subversives took control of the Bonus Army and organized the riot: an "
    "accusation (ACCUSE allege) told through 'assured the press'",
    "ae-006": "advocacy groups 'ratcheting up the war' over a nomination, attacks with no target named: left out",
    "ae-009": "commandos approaching a compound in a raid (the main clause a movement, the shooting a second "
    "sentence glued on): left out",
    "ae-013": "'is set to testify': future, left out",
    "ae-015": "a divorce filing's allegations about a spouse's affair: private, left out",
    "ae-016": "headline 'Israeli officials confirm airstrike on Syria': the reported airstrike is the event "
    "(ASSAULT aerial), its actor not named as such (the officials confirm it)",
    "ae-017": "asylum granted (PLOVER AID, humanitarian) to Glushkov, no granter named; release and jailing "
    "are other events",
    "ae-020": "an administration denying for two weeks that the president lied: REJECT (denial), no recipient",
    "ae-045": "a judge 'also said' a subpoena is not overly broad: a ruling told as speech, left out",
    "ae-047": "an administration defending a tax: a stance on legislation, left out",
    "ae-056": "the justices rejecting an argument in a ruling: a court ruling (SANCTION, the project's merge), "
    "no recipient named as such",
    "ae-059": "the House honoring an evangelist's life: praise (SUPPORT)",
    "ae-062": "Turkey denying the genocide accusation: REJECT, told in the present",
    "ae-063": "poll respondents placing the responsibility on a party: blame (ACCUSE allege)",
    "ae-064": "deploying state troopers: MOBILIZE troops (the governor's own forces, against the violence); the "
    "request to neighbouring states as other event",
    "ae-068": "Democrats opposing a bill: a stance on legislation, left out",
    "ae-069": "a mayor shouted down by demonstrators: PROTEST, the mayor the recipient",
    "ae-076": "headline 'Oklahoma Fraternity Is Closed Over Video': a closure as sanction, no actor",
    "ae-078": "questioning the purpose of a hearing (a thing): left out",
    "ae-079": "a film-maker's claim about migrants in a relative clause: left out",
    "ae-084": "an ambassador's quoted urging that the Security Council demand access: REQUEST of the Council",
    "ae-094": "U.S. troops' withdrawal of 2011 as background in a since-clause: left out",
    "ae-102": "a suspect's stated wish to kill: no act, left out",
    "ae-103": "conservative media 'arguing' media scrutiny is motivated by hatred, no party named: left out",
    "ae-109": "an aide's judgement of Trump told to CNN: ACCUSE disapprove (as ad-176)",
    "ae-112": "a senator endorsing a legislative effort of two senators: a stance on legislation, left out",
    "ae-115": "veterans endorsing Trump, told as what the cameras witnessed: SUPPORT",
    "ae-125": "the Senate voting down an amendment: REJECT (a proposal turned down), its sponsor not a recipient; "
    "the military's overthrow of the government as other event",
    "ae-145": "a leader dropping a proposal from a bill: legislative drafting, left out",
    "ae-149": "an interview: left out",
    "ae-151": "a confirmation vote 'set' for Saturday: future, left out",
    "ae-155": "'after being blamed' for a shutdown: background, no actor, left out",
    "ae-157": "a spy arrested: COERCE arrest (the project's lexicon), no actor",
    "ae-167": "arrested and released without bail: COERCE arrest, no actor",
    "ae-174": "a consulting firm contracting an operative: business, left out",
    "ae-181": "a campaign 'painting him as' a ruthless tycoon in a background clause: left out",
    "ae-189": "'declared that America must move off a permanent war footing': a statement, left out",
    "ae-196": "'declared victory against ISIS' in a tweet: a claim, no act on anyone, left out",
}
