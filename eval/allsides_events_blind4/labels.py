"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "ase-001": (ev("SUPPORT", ["Russian President Vladimir Putin"], ["He"], None, "a phone call ... thanking him"),
                [ev("ACCUSE", ["Trump"], ["the intelligence community"], "disapprove", "discounts ... assessment")]),
    "ase-007": (ev("CONCEDE", ["negotiators"], [], None, "compromised on"), []),
    "ase-014": (ev("AGREE", ["Rep. Anna Eshoo"], ["the woman"], None, "promised to keep"), []),
    "ase-019": (ev("ACCUSE", ["Nicholas Christakis"], ["Russian bots"], "disapprove", "complained on Twitter of"), []),
    "ase-023": (ev("ACCUSE", ["he"], ["the president"], "disapprove", "attacked"), []),
    "ase-024": (ev("REQUEST", ["It"], [], None, "asks for documents"), []),
    "ase-026": (ev("ACCUSE", ["Stone\u2019s attorney"], ["A SWAT team"], "disapprove",
                   "it was completely unnecessary ... said"), []),
    "ase-028": (ev("SUPPORT", ["McCabe"], [], None, "said, \u2018Yeah, I\u2019m sorry.\u2019"), []),
    "ase-029": (ev("CONSULT", ["the bipartisan group"], [], None, "has been negotiating"), []),
    "ase-041": (ev("REQUEST", ["Ryan"], ["the donors"], None, "pleaded that the donors not assume"), []),
    "ase-051": (ev("ACCUSE", ["Victoria Nuland"], ["the CIA"], "disapprove", "objected to"), []),
    "ase-052": (ev("ACCUSE", ["Mr. Lee"], ["The president"], "disapprove", "is trying to rush ... said"), []),
    # relabelled NONE by events45b (criticism of a thing naming no one; allsides_events/README.md)
    # "ase-056": (ev("ACCUSE", ["Mississippi police"], [], "allege", "called that price gouging"), []),
    "ase-061": (ev("ACCUSE", ["Turkish officials"], ["ISIS"], "allege", "told ... that ISIS was the primary suspect"),
                []),
    "ase-062": (ev("SANCTION", ["the Defense Department"], ["Islamabad"], None,
                   "has suspended $300 million in funding to"), []),
    "ase-067": (ev("ACCUSE", ["Dean Heller", "Jeff Flake"], ["Mr. Trump"], "disapprove",
                   "have been unabashed in their criticism of"), []),
    "ase-074": (ev("ACCUSE", ["social media users", "mainstream media"], ["Google"], "disapprove",
                   "experienced extensive blowback from"), []),
    "ase-075": (ev("REQUEST", ["the president"], ["Mr. Comey"], None, "said he hoped ... \u201ccan let this go\u201d"),
                []),
    "ase-086": (ev("REQUEST", ["Mr. Cantor"], ["the president"], None, "I\u2019d ask ... to stop"), []),
    "ase-094": (ev("CONCEDE", ["The company"], [], None, "reversed its decision"), []),
    "ase-095": (ev("REQUEST", ["Rex Tillerson"], [], None, "called for a \u201csmooth transition\u201d"), []),
}

NOTES = {
    "ase-001": "Two sentences glued by the source. Trump recounting Putin's call thanking him for a tip: the "
               "thanks (a real call) is praise, SUPPORT (borderline: a recounted call); 'discounts the "
               "intelligence community's assessment' as dismissal of a claim, ACCUSE/disapprove (as-e117).",
    "ase-003": "Barr 'has been vocal about' lockdown measures infringing rights: opposition to domestic policy "
               "with no actor acted on, NONE as asd-031 (borderline; ACCUSE defensible).",
    "ase-007": "Main clause 'faces renewed scrutiny in Congress' is a state, NONE; 'negotiators compromised on "
               "contentious provisions' (trade talks): concessions, CONCEDE (AGREE defensible).",
    "ase-014": "Eshoo said she promised to keep Ford's identity private: a commitment, AGREE (borderline).",
    "ase-019": "A physician complaining on Twitter about Russian bots' attention: complaint, ACCUSE (borderline; "
               "the actor is a private person).",
    "ase-024": "A committee letter ('It', antecedent outside) asking for documents: REQUEST.",
    "ase-026": "Stone's attorney calling the SWAT raid completely unnecessary (speaker in the sentence): "
               "criticism, ACCUSE/disapprove.",
    "ase-028": "Fragment: McCabe said 'Yeah, I'm sorry' (to Comey, outside the sentence): apology, SUPPORT.",
    "ase-029": "Main clause 'It's unclear why ...' NONE; 'the bipartisan group has been negotiating for months': "
               "CONSULT.",
    "ase-038": "Campaign vows on domestic policy (legislation, closing detention centres): NONE.",
    "ase-041": "Several sentences glued. 'Ryan warned donors that his majority could be weakened' is a forecast, "
               "not a threat; 'Ryan pleaded that the donors not assume ...' is an appeal: REQUEST.",
    "ase-042": "Supporters 'often' giving ovations when he calls the media scum: habitual, NONE.",
    "ase-048": "Some Republicans softening opposition, others withholding support: aggregate stances, NONE "
               "(borderline; REJECT defensible).",
    "ase-051": "Glued text; Nuland 'objected to a paragraph drafted by the CIA': disapproval, ACCUSE "
               "(REJECT defensible).",
    "ase-052": "Lee (speaker in the sentence) accusing the president of rushing legislation: ACCUSE.",
    # relabelled NONE by events45b (criticism of a thing naming no one; allsides_events/README.md)
    # "ase-056": "Police calling a price 'price gouging' (the charge behind an arrest): ACCUSE/allege (borderline).",
    "ase-058": "Don Jr. receiving an email: NONE.",
    "ase-061": "Turkish officials naming ISIS as the primary suspect to the press: ACCUSE/allege; the infographic "
               "claim is not labelled.",
    "ase-062": "Suspending $300 million of funding to Pakistan over its failure to act: SANCTION.",
    "ase-067": "Two senators unabashed in their criticism of Trump: ACCUSE/disapprove.",
    "ase-074": "Google 'experienced extensive blowback' from users and media: criticism, ACCUSE (borderline).",
    "ase-075": "Negated order NONE, but 'then said he hoped Mr. Comey can let this go': pressure, REQUEST.",
    "ase-079": "Trump admitting to Locke what he spent on a trademark (2011 background): NONE.",
    "ase-080": "Senators trying to gain support for a bill: legislative effort, no actor acted on, NONE (borderline).",
    "ase-082": "Negated (did not take questions); signing a state budget is domestic: NONE.",
    "ase-086": "Cantor: 'I'd ask the president to stop engaging in the blame game': REQUEST (with criticism).",
    "ase-087": "Feinstein's belief that Russia can be effective in encouraging Assad: opinion, NONE (borderline).",
    "ase-094": "A company (invited to a White House meeting) reversing its decision not to attend: CONCEDE "
               "(borderline).",
    "ase-095": "Tillerson calling for a smooth transition: an appeal, REQUEST as asd-038; his firing in the "
               "relative clauses is a domestic personnel act, not labelled.",
}
