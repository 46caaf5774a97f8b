"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "atb-003": (ev("REQUEST", ["He"], ["Americans"], None, "asks Americans to join him"), []),
    "atb-009": (ev("REJECT", ["She"], [], None, "refused to concede"), []),
    "atb-016": (ev("CONSULT", ["President Trump"], ["Democrats", "Republicans"], None,
                   "brought Democrats and Republicans together to draft"), []),
    "atb-031": (ev("ACCUSE", ["Debbie Wasserman Schultz"], ["the governor"], "disapprove", "hit the governor over"),
                []),
    "atb-033": (ev("PROTEST", ["the man"], ["Republican Party"], None, "lights his GOP registration on fire"), []),
    "atb-038": (ev("SUPPORT", ["A spokesman for Florida GOP Sen. Marco Rubio"], ["Governor Bush"], None,
                   "has a lot of respect for ... believes he would be a formidable candidate"), []),
    "atb-041": (ev("ACCUSE", ["The U.S. officials"], ["Russian intelligence agents"], "allege",
                   "said ... work under cover as diplomats"), []),
    "atb-054": (ev("ASSAULT", ["Alabama"], ["Nathaniel Woods"], None, "executed"), []),
    "atb-059": (ev("ACCUSE", ["Ethan Porter"], ["Twitter"], "disapprove", "called Twitter’s decision disappointing"),
                []),
    "atb-068": (ev("ASSAULT", [], ["Six people"], None, "were injured ... in the attack on the synagogue"), []),
    "atb-070": (ev("CONSULT", ["We"], ["Amazon"], None, "were at the table talking to Amazon"), []),
    "atb-074": (ev("ACCUSE", ["The Clinton campaign"], ["Sanders"], "disapprove",
                   "pressed its advantage against ... attempting to link his vote"), []),
    "atb-075": (ev("ACCUSE", ["a bottling company"], ["the newly filled board"], None, "objected to a decision"), []),
    "atb-078": (ev("REJECT", ["Mr. Small"], [], None, "would not yield the floor"),
                [ev("REQUEST", ["a security guard"], ["him"], None, "approached him and said, \"Let's go.\"")]),
    "atb-083": (ev("REQUEST", ["the Obama administration"], ["big businesses"], None,
                   "is urging big businesses to ratchet up the pressure"), []),
    "atb-086": (ev("ACCUSE", ["The Post"], ["Mr. Fairfax"], "disapprove", "denied parts of Mr. Fairfax’s statement"),
                []),
    "atb-089": (ev("CONSULT", ["Moon"], ["Pyongyang", "Washington"], None, "facilitated a flurry of ... meetings"),
                [ev("CONSULT", ["Moon"], ["Kim Jong Un"], None, "met")]),
    "atb-091": (ev("REQUEST", ["then-Attorney General Eric Holder"], ["prosecutors"], None,
                   "issued a memo instructed prosecutors to stop"), []),
}

NOTES = {
    "atb-003": "Obama 'asks Americans to join him in pursuing the goal' (Syria): an appeal to the public, REQUEST "
               "(borderline: told as his ongoing campaign rather than one act).",
    "atb-009": "'She refused to concede her ... gubernatorial loss, instead alleging she'd been undone by a ... "
               "voter-suppression scheme': refusal, REJECT with no recipient named; the allegation names no one "
               "(a scheme), so no other event.",
    "atb-010": "'Obama addressed the expected GOP opposition to the plan': answering objections not yet made, NONE.",
    "atb-016": "Trump 'brought Democrats and Republicans together to draft' a bill: convening the parties, CONSULT "
               "(borderline: COOPERATE).",
    "atb-024": "'After diplomatic talks between Washington and Pyongyang, Warmbier was medically evacuated': the "
               "talks only a nominal mention in a prepositional phrase, the evacuation has no actor acting on "
               "another; NONE (borderline: a release, RETREAT by North Korea).",
    "atb-033": "A man burning his GOP registration on camera while addressing the party: a symbolic protest, PROTEST "
               "(borderline: one person's act).",
    "atb-034": "'he had also been required to delete the link' (by a platform, not named): NONE (borderline).",
    "atb-038": "Rubio's spokesman: 'Marco has a lot of respect for Governor Bush and believes he would be a "
               "formidable candidate': praise, SUPPORT.",
    "atb-039": "'Obama has offered $600 billion in spending cuts': a negotiating offer naming no counterpart, NONE "
               "as offers of plans (borderline: CONCEDE/AGREE to Republicans).",
    "atb-041": "Officials said 100 Russian agents 'work under cover as diplomats' and called the number "
               "unacceptable: an allegation against them, ACCUSE/allege.",
    "atb-045": "'Politicians, conservative organizations seek to foster denial of the reality, she says' (no full "
               "stop, a subheading): NONE by the heading rule (would be ACCUSE/allege in running text).",
    "atb-050": "'Perry opposes the federal health care law ...': a standing view of a policy, NONE.",
    "atb-054": "'Alabama executed Nathaniel Woods': a state killing a person, ASSAULT (borderline: SANCTION as "
               "the carrying out of a sentence).",
    "atb-059": "'called Twitter's decision disappointing': criticism of a thing whose owner is named, "
               "ACCUSE/disapprove with Twitter as recipient.",
    "atb-068": "'Six people were injured ... in the attack on the synagogue': ASSAULT, passive with no doer.",
    "atb-069": "All-caps heading 'TRUMP SLAMS RALPH NORTHAM YEARBOOK CONTROVERSY ...': NONE by the heading rule.",
    "atb-070": "Quote with its speaker (Thompson): 'We were at the table talking to Amazon': talks, CONSULT.",
    "atb-072": "'Obama will announce both nominations': a domestic personnel act, NONE.",
    "atb-074": "'The Clinton campaign ... pressed its advantage against Sanders, attempting to link his vote ... to "
               "the ... shooting': an attack on Sanders, ACCUSE/disapprove.",
    "atb-075": "Fragment: a case that 'involves a bottling company that objected to a decision issued by the newly "
               "filled board': the relative clause's objection, a complaint against the board, ACCUSE "
               "(borderline: REJECT).",
    "atb-078": "'Mr. Small would not yield the floor, and ... a security guard approached him and said, \"Let's "
               "go.\"': the refusal REJECT (main clause), the guard's order REQUEST as other event (borderline).",
    "atb-079": "'House leaders reportedly will release a broad plan ..., but the White House has reserved "
               "comment': a plan and a refusal to comment, NONE.",
    "atb-083": "'the Obama administration is urging big businesses to ratchet up the pressure on House Republicans': "
               "REQUEST of the businesses (the pressure asked for is not done).",
    "atb-086": "'The Post denied parts of Mr. Fairfax's statement': disputing someone's account, ACCUSE/disapprove.",
    "atb-089": "'Moon, who met Kim Jong Un three times in 2018, facilitated a flurry of ... meetings between "
               "Pyongyang and Washington': mediation, CONSULT; the meetings with Kim as other event CONSULT.",
    "atb-091": "Holder 'issued a memo instructed prosecutors to stop putting information on drug quantities in "
               "indictments': instructing someone to act, REQUEST (borderline: an internal administrative act).",
    "atb-093": "'The U.S. Fish and Wildlife Service delisted the bears': a domestic policy change, NONE.",
}
