"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "atc-008": (ev("ASSAULT", ["Beijing"], ["American informants"], None, "killed or imprisoned"),
                [ev("COERCE", ["Beijing"], ["American informants"], None, "imprisoned")]),
    "atc-024": (ev("REJECT", ["Ted Cruz", "James Lankford"], ["the Washington, D.C., council"], None,
                   "introduced a resolution to overturn"),
                [ev("ACCUSE", ["Lankford"], ["the D.C. Council"], "disapprove",
                    "said in a statement that ... is a major threat"),
                 ev("ACCUSE", ["Kimberly Perry"], ["Senators Cruz and Lankford"], "disapprove",
                    "said: ... is absurd and hypocritical")]),
    "atc-047": (ev("ACCUSE", ["a woman"], ["the Trump campaign"], "disapprove",
                   "tells us that ... was \"steeped in racism"), []),
    "atc-062": (ev("SUPPORT", ["Trump"], ["Barletta"], None, "congratulating Barletta"), []),
    "atc-072": (ev("ACCUSE", ["Chike Uzuegbunam", "Joseph Bradford"], ["multiple GGC officials"], "allege", "sued"), []),
    "atc-079": (ev("ACCUSE", ["A U.S. cybersecurity official"], ["Russia"], "allege",
                   "said ... \"successfully penetrated\""), []),
    "atc-096": (ev("CONSULT", ["White House counsel Don McGahn"], ["Feinstein", "Harris"], None,
                   "tried to work with ... on an agreement"), []),
}

NOTES = {
    "atc-001": "'those provisions didn't go far enough' (of a bill approved in a passive relative clause): criticism of "
               "a thing naming no owner, NONE (events45b convention).",
    "atc-008": "The author's list of Beijing's acts ('stolen secrets, antagonized allies, killed or imprisoned "
               "informants, taken jobs'): told as fact, the killing of informants is the concrete interaction, ASSAULT "
               "(borderline: a 15-year summary; theft of secrets has no clear PLOVER type).",
    "atc-016": "'Officials have not said whether the attack ... killed John': an attack as a noun under 'whether', NONE.",
    "atc-022": "A grant from the Department of Energy to a research hub: a domestic administrative act, NONE "
               "(borderline AID).",
    "atc-024": "Several merged sentences; the first reports a resolution to overturn the D.C. council's laws: a formal "
               "move against a body's acts, REJECT (as asy-096 took a resolution to censure as ACCUSE). The two "
               "criticisms in the later sentences name their targets, ACCUSE.",
    "atc-031": "A former official telling the author South Korea deserves credit: a commentator's analysis, NONE "
               "(borderline SUPPORT).",
    "atc-040": "Kaine noting that Hillary 'made history': an introduction at a concession, NONE (borderline SUPPORT).",
    "atc-044": "A bare quote criticising a government's choice with no speaker in the sentence, NONE.",
    "atc-047": "'a woman who tells us that the Trump campaign was steeped in racism': the relative clause reports an "
               "accusation, ACCUSE (borderline: the present 'tells').",
    "atc-048": "'mounted a forceful effort to save immigration, arguing that ...': a campaign naming no addressee, "
               "NONE (borderline REQUEST).",
    "atc-056": "'Let's tax the firearms industry because it's their product that's causing this harm': a policy "
               "proposal, NONE (borderline ACCUSE of the industry).",
    "atc-060": "Members and witnesses 'did not agree about whether' Trump made a request: a difference of accounts, the "
               "request under 'whether', NONE.",
    "atc-064": "'object to the fact that they just received 42,000 pages of documents': an objection to a thing naming "
               "no owner, NONE (events45b convention; borderline ACCUSE).",
    "atc-065": "'They wanted the Democrats to agree to ...': a wish, NONE (borderline REQUEST).",
    "atc-078": "Barr calling 'the idea that there's any discrepancy' simply wrong: disputing an idea naming no owner, "
               "NONE.",
    "atc-079": "An official saying Russia 'successfully penetrated' voter rolls: an allegation, ACCUSE allege (as "
               "atb-041).",
    "atc-081": "'I don't think we would consider them an ally': a standing view, NONE.",
    "atc-087": "'He backed a House health care plan over intense opposition': a stance on a policy, NONE (borderline "
               "SUPPORT).",
    "atc-090": "'McConnell takes issue with that characterization': disputing a thing naming no owner, NONE.",
    "atc-091": "A tweet's 'Countries are coming to us wanting to negotiate' with no speaker in the sentence: generic, "
               "NONE.",
    "atc-096": "McGahn's letter argues 'he tried to work with Feinstein and Harris on an agreement about nominees': the "
               "finite complement reports an attempted negotiation, CONSULT (borderline: an argument in a letter).",
    "atc-100": "'Iran was ready to do everything ... to ensure': a stated willingness, NONE.",
}
