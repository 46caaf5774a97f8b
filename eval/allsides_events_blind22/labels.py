"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "asv-003": (ev("ACCUSE", ["Republican and Democratic lawmakers", "veterans groups"], ["Jackson"], None,
                   "has since faced numerous questions from"), []),
    "asv-012": (ev("ACCUSE", ["he"], ["press reports"], "disapprove", "disputed"),
                [ev("SANCTION", ["he"], ["Iran"], None, "the sanctions he imposed last week on")]),
    "asv-013": (ev("ASSAULT", ["Islamic State militants"], ["a northern Kurdish area"], None,
                   "have been attacking"), []),
    "asv-023": (ev("CONSULT", ["Senate Republicans"], [], None, "met"), []),
    "asv-025": (ev("CONSULT", ["Putin"], ["the White House"], "visit", "has visited"), []),
    "asv-031": (ev("ACCUSE", ["Hill"], ["Thomas"], "allege", "accused"), []),
    "asv-038": (ev("ACCUSE", ["Prosecutors"], ["Hopkins"], "allege", "allege"), []),
    "asv-040": (ev("ASSAULT", [], ["Nearly 300 people"], None, "were killed when ... was shot down by a missile"), []),
    "asv-046": (ev("SANCTION", ["The Court of Appeals for the Second Circuit"], ["the NSA spying program"], None,
                   "deemed ... to be illegal"), []),
    "asv-049": (ev("ASSAULT", ["she"], ["Jean"], None, "fired two shots at"), []),
    "asv-053": (ev("ACCUSE", ["McConnell"], ["the president"], "disapprove", "is completely disconnected from reality"),
                []),
    "asv-058": (ev("ACCUSE", ["Arizona’s Democratic party chairwoman, Felecia Rotellini"], ["McSally"], "disapprove",
                   "accused"), []),
    "asv-061": (ev("THREATEN", ["President Donald Trump"], [], None, "has threatened to shut down"), []),
    "asv-063": (ev("ASSAULT", ["Israeli commandoes"], ["nine Turkish citizens"], None,
                   "a skirmish with ... left ... dead"), []),
    "asv-066": (ev("SANCTION", [], ["President Trump"], None, "has lost another legal fight"), []),
    "asv-067": (ev("COERCE", [], ["Tsarnaev"], "arrest", "was captured"), []),
    "asv-075": (ev("ASSAULT", [], ["A good person"], None, "was killed"), []),
    "asv-077": (ev("REQUEST", ["Newsom"], [], None, "requested"),
                [ev("AGREE", ["President Donald Trump"], ["Newsom"], None, "approved")]),
    "asv-078": (ev("CONSULT", ["Kelner"], ["Trump lawyers"], "phone", "received calls from"), []),
    "asv-080": (ev("ACCUSE", ["he"], ["US"], "disapprove", "The might of US propaganda was aimed at smearing"), []),
    "asv-083": (ev("REQUEST", ["The Business Roundtable"], ["Mr Trump"], None, "urged ... to reconsider"), []),
    "asv-086": (ev("THREATEN", ["US President Donald Trump"], [], None, "has threatened to relocate"), []),
    "asv-088": (ev("ACCUSE", ["President Trump"], ["the pollsters"], "disapprove", "took a few more shots ... at"), []),
    "asv-100": (ev("COERCE", ["Hackers"], ["party officials"], None, "disseminated internal communications of"),
                [ev("COERCE", ["WikiLeaks"], [], None, "released thousands of emails")]),
}

NOTES = {
    "asv-003": "Jackson (a nominee) 'has since faced numerous questions from Republican and Democratic lawmakers as "
               "well as veterans groups about whether he has the experience': questioning a nominee's fitness, "
               "ACCUSE as 'drew criticism from' (borderline: scrutiny, mode left null).",
    "asv-006": "'The government is encouraging organizations to suspend non-essential services': an appeal to a "
               "class ('organizations'), no actor acted upon, NONE as asu-012 (borderline: REQUEST).",
    "asv-012": "'he disputed press reports which characterized the sanctions ... as weak': disputing a claim, "
               "ACCUSE/disapprove; the sanctions of the relative clause as other event.",
    "asv-013": "'The Observatory also reported airstrikes near a northern Kurdish area that Islamic State militants "
               "have been attacking for nearly a week': the reported airstrikes are a noun; the relative clause's "
               "attacks are the specific event, ASSAULT (borderline).",
    "asv-014": "A funding measure 'set to advance through the House': legislative procedure, NONE.",
    "asv-022": "A vote count with 'four Republicans joining most Democrats in supporting the compromise': support "
               "of a measure, NONE (as asu-014).",
    "asv-023": "'Senate Republicans met in large numbers' for days: meetings of a caucus, CONSULT with no "
               "recipient (borderline: internal).",
    "asv-024": "'is currently being decided by the Supreme Court': a ruling still to come, no act yet, NONE "
               "(borderline).",
    "asv-025": "'Putin has visited the White House previously': a past visit, CONSULT/visit (borderline: "
               "background, undated).",
    "asv-035": "'denied any knowledge of the edit': a denial, NONE.",
    "asv-036": "Headline 'As Truce Takes Effect, Israel Withdraws Troops From Gaza': NONE by the heading rule.",
    "asv-039": "Photo caption ('Thai soldiers inspect the scene after a bomb exploded'): NONE.",
    "asv-040": "'Nearly 300 people were killed when the Malaysian plane was shot down by a missile on July 17': "
               "ASSAULT, passive with no actor (a missile is no actor).",
    "asv-046": "An appeals court that 'deemed the NSA spying program to be illegal': a court ruling, SANCTION.",
    "asv-049": "'she fired two shots at Jean': a shooting by a police officer, ASSAULT.",
    "asv-053": "McConnell: 'the president is completely disconnected from reality': criticism with its speaker in "
               "the sentence, ACCUSE/disapprove.",
    "asv-063": "Main clause a reminder (opinion); Erdogan's 'comments saying Zionism is a crime' a noun in passing; "
               "the relative clause 'in which a skirmish with Israeli commandoes left nine Turkish citizens dead' "
               "reports a specific event, ASSAULT (borderline: background of 2010).",
    "asv-064": "A speaker who 'spoke of Sarah Root, a college student killed by a drunk driver': a private death "
               "in a modifier, NONE.",
    "asv-065": "A 16-year-old telling a candidate he is frustrated that no one cares: a private citizen's complaint "
               "of no one, NONE.",
    "asv-066": "'President Trump has lost another legal fight': a court ruling against him with the court not "
               "named, SANCTION (borderline).",
    "asv-067": "Main clause a procedure ('The public safety exemption ... was executed'); the capture in the "
               "after-clause, COERCE/arrest (borderline).",
    "asv-070": "'The amendment was supported by progressive groups, ...': support of a measure, NONE (as asu-014).",
    "asv-075": "'\"A good person was killed,\" she said': a killing with its speaker in the sentence, ASSAULT with no "
               "actor (borderline: the sentence judges the victim).",
    "asv-077": "Newsom 'requested a presidential emergency declaration', 'which President Donald Trump approved': "
               "REQUEST, the approval AGREE as other event.",
    "asv-078": "'Trump lawyers received calls from Kelner, alerting them that he could no longer participate': "
               "CONSULT/phone (borderline: the calls announce the end of cooperation).",
    "asv-079": "Manafort 'does not agree with the government's characterization or that he has breached the "
               "agreement', his attorneys said: a denial, NONE (borderline: ACCUSE, disputing a claim).",
    "asv-080": "'The might of US propaganda was aimed at smearing Russia ...,' he went on: criticism of the US with "
               "its speaker in the sentence, ACCUSE/disapprove.",
    "asv-081": "A spokeswoman saying the agency does not comment and directing questions elsewhere: NONE.",
    "asv-084": "'We think this is a very promising model': praise of a thing, NONE.",
    "asv-090": "'have refused to speak about his contributions': declining to comment, NONE.",
    "asv-092": "A private patient who 'apparently lied to the nurses': no political actor, NONE (borderline).",
    "asv-096": "'That bill was approved by voice vote': legislative procedure, NONE.",
    "asv-097": "'White House lawyers have argued since the Nixon administration that ...': a standing legal view, NONE.",
    "asv-098": "'an onslaught of criticism from conservatives who decry the standards': criticism of a policy, "
               "aggregate and habitual, NONE (borderline).",
    "asv-099": "Caption-like line ('Trump walks on stage with his family after he was declared the election "
               "winner'): NONE.",
    "asv-100": "'Hackers disseminated internal communications of party officials ... and WikiLeaks released "
               "thousands of emails': a hack-and-leak operation against a party, COERCE with no mode (PLOVER 2.0 "
               "gives no cyber mode in this project's data; borderline: ASSAULT).",
}
