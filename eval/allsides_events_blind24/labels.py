"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "asx-010": (ev("ACCUSE", ["Bradley Podliska"], ["the committee"], "allege",
                   "said he lost his job ... because he resisted pressure"), []),
    "asx-015": (ev("ACCUSE", ["Schumer"], ["Republicans"], "disapprove", "chastised"), []),
    "asx-021": (ev("CONSULT", ["Neil Trautwein"], ["White House and Treasury officials"], None,
                   "we met with them"), []),
    "asx-032": (ev("CONSULT", ["gun ownership groups"], ["Vice President Joseph R. Biden"], None, "met with"), []),
    "asx-039": (ev("SANCTION", ["the court"], [], None, "the court finds that plaintiffs have made a threshold showing"),
                []),
    "asx-051": (ev("ACCUSE", ["McCain"], ["Russia"], "disapprove", "should be alarmed by Russia’s attacks"), []),
    "asx-060": (ev("REQUEST", ["Attorney General Ken Paxton"], ["a court"], None, "went to a court and asked for"), []),
    "asx-062": (ev("PROTEST", ["Approximately 85 people"], [], "demonstrate",
                   "chanting and waving anti-McConnell signs"), []),
    "asx-065": (ev("MOBILIZE", ["It"], [], None, "conducted its third nuclear test"), []),
    "asx-068": (ev("ACCUSE", ["Buck Brendan"], ["the Assad regime"], "disapprove",
                   "It is long past time to bring the Assad regime’s bloodshed in Syria to an end"), []),
    "asx-070": (ev("SANCTION", ["House Speaker Paul Ryan"], ["Collins"], None, "removed ... from"), []),
    "asx-092": (ev("ACCUSE", ["Tom Pyle"], ["they"], "disapprove",
                   "they are seizing the coronavirus pandemic as an opportunity to slip failed green policies"), []),
    "asx-093": (ev("ACCUSE", ["Trump campaign"], ["JOE BIDEN"], "allege", "JOE BIDEN IS GUILTY"), []),
    "asx-094": (ev("REQUEST", ["the incoming administration"], ["Congress"], None, "has asked ... to pay for"), []),
}

NOTES = {
    "asx-002": "Breitbart 'has published numerous stories alleging that migrants have been responsible for a surge "
               "in crime': a site's coverage over time, habitual and aimed at a population, NONE (borderline: "
               "ACCUSE).",
    "asx-010": "Podliska 'said he lost his job ... partly because he resisted pressure to focus his investigation "
               "only into Mrs. Clinton': a charge against the committee that fired him, ACCUSE/allege "
               "(borderline: the recipient only implied by 'the committee').",
    "asx-015": "'Schumer then chastised Republicans for talking during his speech': ACCUSE/disapprove.",
    "asx-021": "'\"I can't tell you how many times we met with them,\" said Neil Trautwein ..., recounting his "
               "frequent conversations with White House and Treasury officials': repeated past meetings, CONSULT "
               "(borderline: habitual).",
    "asx-023": "A writer's rebuttal of another writer's legal assessment: commentary, NONE (borderline: ACCUSE).",
    "asx-026": "A quote's first sentence about 'Today's indictments' with no speaker in the sentence, NONE.",
    "asx-032": "Main clause a prediction (NRA president 'predicted that Congress will not pass a ban'); the "
               "finite after-clause 'gun ownership groups met with Vice President Joseph R. Biden' a specific "
               "meeting, CONSULT.",
    "asx-039": "'the court finds that plaintiffs have made a threshold showing of a substantial burden, and, thus, "
               "a likelihood of success,' the ruling states: a court ruling, SANCTION as in the earlier sets "
               "(borderline: a preliminary finding, no party named as the one ruled against).",
    "asx-040": "'who has been critical of costly nuclear modernization efforts': criticism of a policy; the main "
               "clause a hope, NONE.",
    "asx-051": "McCain: 'Every American should be alarmed by Russia's attacks on our nation': criticism of Russia "
               "with its speaker in the sentence, ACCUSE/disapprove.",
    "asx-052": "'If the @BuzzFeed story is true, President Trump must resign or be impeached' (a tweet signed by "
               "Castro): a conditional demand, NONE (borderline: REQUEST).",
    "asx-053": "A spokesman: 'I'm sure he'd be far preferable to any Trump nominee': a comparison under a "
               "hypothetical, NONE (borderline: SUPPORT).",
    "asx-060": "Paxton 'went to a court and asked for a preliminary ruling that it was constitutional': REQUEST "
               "of a court, as asw-091; the governor signing the law is domestic, NONE.",
    "asx-062": "'Approximately 85 people stood together, chanting and waving anti-McConnell signs': a "
               "demonstration, PROTEST/demonstrate (McConnell only inside the adjective).",
    "asx-065": "'It conducted its third nuclear test': a weapons test as a show of force, MOBILIZE as the missile "
               "launch of an earlier set (actor a pronoun whose referent is outside the sentence).",
    "asx-068": "Boehner's spokesman: 'It is long past time to bring the Assad regime's bloodshed in Syria to an "
               "end': condemnation of the regime with its speaker in the sentence, ACCUSE/disapprove "
               "(borderline: REQUEST to the administration, not named).",
    "asx-069": "'the firing of hosts Reza Aslan and Kathy Griffin': nominals in passing, NONE.",
    "asx-070": "'House Speaker Paul Ryan removed Collins from the ... Committee following the congressman's "
               "arrest': a punitive removal by a party leader, SANCTION (borderline: a personnel act).",
    "asx-071": "'\"The complete and total abdication of any basic journalistic standards continues,\" Barron told "
               "Fox News': criticism with no one judged in the sentence, NONE (borderline).",
    "asx-085": "'\"It is delusional, dangerous, not to mention unconstitutional,\" she said': judging 'it', NONE.",
    "asx-086": "An airline warning it could lay off workers: a business forecast, NONE.",
    "asx-090": "'the mass protest and the police pushback is being described as the worst unrest': the protest a "
               "noun in passing under 'is being described', NONE (borderline: PROTEST).",
    "asx-092": "Tom Pyle's statement: 'they are seizing the coronavirus pandemic as an opportunity to slip failed "
               "green policies into legislation': criticism of 'they' (referent outside), ACCUSE/disapprove.",
    "asx-093": "'\"JOE BIDEN IS GUILTY,\" read the subject line of a recent Trump campaign fundraising email': an "
               "accusation by the campaign, ACCUSE/allege (borderline: a fundraising email).",
    "asx-094": "A numbered item of an opinion piece: Trump 'has insisted that Mexico will pay', 'as the incoming "
               "administration has asked Congress, not Mexico, to pay for the wall': the request of Congress is the "
               "one concrete act, REQUEST (borderline: the promise and the claim are stances).",
    "asx-095": "Feinstein: 'The Justice Department needs a leader who will be independent of the White House': "
               "a stance on a nominee, no one judged outright, NONE (borderline: ACCUSE).",
}
