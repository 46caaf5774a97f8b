"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "asd-065": (ev("SUPPORT", ["President Donald Trump"], ["DeVos"], "appoint", "was named by ... to lead"), []),  # relabelled stop 50
    "asd-006": (ev("SUPPORT", ["Dana Carvey"], ["former President George H.W."], None, "paid tribute to"), []),
    "asd-008": (ev("PROTEST", ["anti-police brutality protesters"], [], "demo", "had taken to the streets"), []),
    "asd-009": (ev("SUPPORT", ["McConnell"], ["Thomas Hardiman", "Raymond Kethledge"], None,
                   "was reported to have advocated for"), []),
    "asd-010": (ev("ACCUSE", ["Trump"], ["Mueller"], "disapprove",
                   "has called ... a politically motivated \u201cwitch hunt\u201d"), []),
    "asd-014": (ev("ACCUSE", ["Mr. Biggs"], ["Mr. Schiff"], "disapprove", "said ... \u201cfairy tale\u201d"), []),
    "asd-019": (ev("ACCUSE", ["Acosta"], ["other members of the administration"], "disapprove",
                   "has also gotten into combative arguments with"), []),
    "asd-022": (ev("SUPPORT", ["Akin"], ["voters"], None, "released an ad pleading for forgiveness from"), []),
    "asd-023": (ev("REJECT", ["Democrats"], [], None, "outright rejected"), []),
    "asd-027": (ev("ACCUSE", ["Twenty states"], [], "allege", "brought one lawsuit"),
                [ev("ACCUSE", ["the Sierra Club", "Southern Border Communities Coalition"], [], "allege",
                    "brought the other")]),
    "asd-034": (ev("ACCUSE", ["the Barr side"], ["the Mueller side"], "disapprove", "was ... disappointed with"),
                [ev("ACCUSE", ["the Mueller side"], ["the Barr side"], "disapprove", "was disappointed with")]),
    "asd-038": (ev("REQUEST", ["De Blasio"], [], None, "called for a halt to demonstrations"), []),
    "asd-041": (ev("ACCUSE", ["Sen. Ben Sasse"], ["the House"], "disapprove", "raised alarm over"), []),
    "asd-045": (ev("CONSULT", ["He"], ["the North Korean dictator"], "meet", "meeting in person with"), []),
    "asd-061": (ev("REJECT", ["Trump"], ["the committee"], None, "asserted executive privilege over"), []),
    "asd-082": (ev("ACCUSE", ["The House Armed Services Committee"], ["Mr. Trump"], "investigate",
                   "will hold a hearing ... about"), []),
    "asd-083": (ev("ACCUSE", ["Patrick Strawbridge"], ["the committees"], "disapprove",
                   "told ... did not have a \u201clegitimate legislative purpose\u201d"), []),
    "asd-084": (ev("CONCEDE", ["The president"], ["Joe Arpaio"], None, "signaled ... he could soon pardon"), []),
    "asd-085": (ev("CONSULT", [], [], None, "negotiations took place"), []),
    "asd-091": (ev("ACCUSE", ["Sen. John McCain"], ["Russia"], "disapprove",
                   "called the decision ... a \u201cslap in the face of all Americans.\u201d"), []),
    "asd-092": (ev("THREATEN", ["they"], [], None, "explicitly warned that they would"), []),
    "asd-094": (ev("REQUEST", ["President Barack Obama"], ["Eric Holder"], None, "Maybe travel less ... told"), []),
    "asd-096": (ev("ACCUSE", ["the three senators"], ["Mrs. Sebelius"], "disapprove",
                   "In their letter ... cited ... editorial that accused"),
                [ev("ACCUSE", ["a recent Washington Post editorial"], ["Mrs. Sebelius"], "allege", "accused")]),
    "asd-098": (ev("CONSULT", ["Vice President Joe Biden"], ["Capitol Hill"], "visit", "visited"), []),
    "asd-100": (ev("PROTEST", ["More than 30 members of Congress"], ["Donald Trump"], None, "will boycott"), []),
}

NOTES = {
    "asd-006": "A comedian paying tribute to a former president (splitter cut the name): praise, SUPPORT.",
    "asd-008": "Protesters who had taken to the streets earlier that month (background, specific): PROTEST.",
    "asd-009": "McConnell reported to have advocated for two nominees: endorsement, SUPPORT.",
    "asd-010": "Main clause 'has not ruled out giving' (cut) is a possibility, NONE; the relative clause "
               "'who has called Mueller's investigation a ... witch hunt' is criticism: ACCUSE.",
    "asd-014": "Biggs calling the allegations the latest 'fairy tale' Schiff uses: criticism of Schiff, ACCUSE.",
    "asd-018": "What the lawsuits state (their content), not their filing: NONE (as asc-027).",
    "asd-019": "Repeated 'combative arguments' with named officials: verbal conflict, ACCUSE/disapprove "
               "(as 'whom he has repeatedly criticized' in as-e158).",
    "asd-022": "An ad pleading for voters' forgiveness: a public apology, SUPPORT as in blind2 (REQUEST defensible).",
    "asd-023": "Main clause (Trump's speech focused on proposals) NONE; concessive 'Democrats have ... "
               "outright rejected them': REJECT.",
    "asd-026": "A date set for the special counsel's testimony (passive, hoped appearance): testimony NONE.",
    "asd-029": "Scientists having signed a petition disputing a claim (glued splitter fragment, aggregate, "
               "opinion content): NONE.",
    "asd-031": "Reiterating opposition to a domestic policy and calling for armed security, no actor acted "
               "on: NONE (borderline).",
    "asd-034": "Interviewer on Barr's and Mueller's sides being disappointed with each other (Mueller's letter): "
               "disapproval, ACCUSE as asc-019 (borderline).",
    "asd-041": "Hill link junk glued in front; Sasse 'raised alarm over' a House provision on Friday: criticism, ACCUSE.",
    "asd-050": "Negated criticism ('did not ... harshly criticize'); offering questions: NONE.",
    "asd-054": "'23 states have declined to do so' (aggregate count, antecedent outside): statistic, NONE.",
    "asd-055": "Scheduled testimony in which the executive will take responsibility: testimony, NONE.",
    "asd-061": "Asserting executive privilege to keep materials from the committee: refusal, REJECT.",
    "asd-065": "Appointment to lead a commission: domestic, no PLOVER interaction, NONE (relabelled SUPPORT appoint "
               "at stop 50 by the nomination convention of data/office_acts.yaml; first run scored as NONE).",
    "asd-082": "A scheduled committee hearing on the president's deployment: oversight, ACCUSE/investigate "
               "(as the planned Benghazi investigation as-e194; borderline).",
    "asd-083": "A lawyer arguing in court that the committees' subpoenas lack a legitimate purpose: ACCUSE "
               "(REJECT defensible).",
    "asd-084": "Signalling a possible soon pardon: an intended pardon, CONCEDE by the set's rule.",
    "asd-085": "Negotiations that took place, no actors in the sentence: CONSULT with no actors.",
    "asd-092": "Main clause (America saw the memo) NONE; complement 'they explicitly warned that they would "
               "follow the example of' a bomber: THREATEN.",
    "asd-093": "Donations to his own political committees: NONE.",
    "asd-094": "Obama telling Holder 'maybe travel less': advice, REQUEST (borderline; it may be a joke).",
    "asd-096": "Senators' letter citing an editorial that accused Sebelius: their criticism, ACCUSE; the "
               "editorial's accusation as other event.",
    "asd-098": "Biden visiting Capitol Hill to spur action on a nominee: CONSULT/visit (REQUEST defensible).",
    "asd-099": "Saying he doesn't believe Kim knew: opinion, NONE.",
    "asd-100": "Members of Congress who will boycott the inauguration: PROTEST (CAMEO 14 'strike or boycott').",
}
