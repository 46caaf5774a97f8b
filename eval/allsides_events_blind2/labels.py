"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "asc-001": (ev("ACCUSE", ["Giuliani"], ["Comey"], "disapprove", "charged"), []),
    "asc-008": (ev("COOPERATE", ["Flake"], ["Democrats"], None, "is working with"), []),
    "asc-009": (ev("CONSULT", ["Perlmutter"], ["Trump"], "meet", "has previously met with"), []),
    "asc-011": (ev("THREATEN", ["he"], ["a top Ukrainian official"], None,
                   "had told ... aid would likely not occur until"), []),
    "asc-015": (ev("SUPPORT", ["Donald Trump"], [], None, "acknowledged ... regrets"), []),
    "asc-019": (ev("ACCUSE", ["the city"], ["them"], "disapprove", "very disappointed"), []),
    "asc-020": (ev("CONSULT", ["I"], [], "meet", "on my way to a Democratic unity meeting"), []),
    "asc-031": (ev("CONSULT", ["Trump"], ["NATO members"], "meet", "is set to meet with"), []),
    "asc-033": (ev("COERCE", ["Hackers"], ["a few scientists"], "cyber", "stole the emails"), []),
    "asc-040": (ev("REJECT", ["McConnell"], [], None, "has been blocked"), []),
    "asc-045": (ev("CONCEDE", ["Tillerson"], ["Kushner"], None, "had to cede"), []),
    "asc-052": (ev("ACCUSE", ["The Senate report"], ["President Obama\u2019s team"], "investigate",
                   "focuses new scrutiny on"), []),
    "asc-054": (ev("ACCUSE", ["The Obama campaign", "other Democrats"], ["Romney"], "disapprove", "have attacked"), []),
    "asc-059": (ev("SUPPORT", ["Mr. Sanders"], [], None, "apologized"),
                [ev("ACCUSE", ["he"], [], "investigate", "initiated an investigation")]),
    "asc-063": (ev("PROTEST", ["Protesters"], [], None, "painted \u201cDEFUND THE POLICE\u201d"), []),
    "asc-067": (ev("SUPPORT", ["Senate Majority Leader Harry Reid"], ["Democrats"], None, "defended"),
                [ev("ACCUSE", ["Senate Majority Leader Harry Reid"], ["Republicans like McCain"], "disapprove",
                    "said ... \u201cstrictly political\u201d")]),
    "asc-083": (ev("ACCUSE", ["the former vice president"], ["the Trump administration"], "disapprove",
                   "misjudgments ... said"), []),
    "asc-086": (ev("CONSULT", ["Trump"], ["Denmark"], "visit", "had been expected to visit"), []),
    "asc-087": (ev("ACCUSE", ["the Senator"], ["the media"], "disapprove", "blamed"), []),
    "asc-090": (ev("SUPPORT", ["the Chiefs", "Coach Reid"], ["we"], None, "the support we got from"),
                [ev("CONSULT", ["I"], ["Roger Goodell"], None, "talked to"),
                 ev("SUPPORT", ["Roger Goodell"], ["us"], None, "shown his support for")]),
    "asc-096": (ev("CONSULT", ["He"], ["Romania\u2019s president"], "host", "welcome ... to the White House"),
                [ev("CONSULT", ["He"], ["France"], "visit", "travel to France")]),
    "asc-100": (ev("ACCUSE", ["The Republican nominee"], ["sanctuary cities"], "disapprove", "slamming"), []),
}

NOTES = {
    "asc-001": "Giuliani 'charged' that another Comey would be 'interfering horribly': criticism of Comey, ACCUSE.",
    "asc-011": "Sondland telling a Ukrainian official that aid would not resume until a statement was made: "
               "aid withheld on a condition, THREATEN (REQUEST defensible).",
    "asc-015": "Trump saying he regrets some of what he said: a public apology, SUPPORT without a named recipient.",
    "asc-019": "An aide saying the city is 'very disappointed' with them: disapproval, ACCUSE.",
    "asc-020": "'on my way to a Democratic unity meeting': a meeting happening now, CONSULT.",
    "asc-027": "The plaintiffs of a lawsuit listed: describes the suit, not its filing, NONE.",
    "asc-033": "Hackers stealing scientists' emails (background): COERCE/cyber.",
    "asc-038": "Networks deciding not to carry the convention: no request refused, no actor acted on, NONE.",
    "asc-045": "Tillerson having to cede part of his portfolio to Kushner: CONCEDE (borderline).",
    "asc-052": "A Senate report putting new scrutiny on Obama's team: ACCUSE/investigate (borderline).",
    "asc-055": "Sanders adding a surrogate to his list: no PLOVER interaction, NONE.",
    "asc-061": "CNN putting its own show under review: internal, NONE.",
    "asc-067": "Main clause 'defended' (SUPPORT of Democrats); the criticism of McCain as other event.",
    "asc-086": "A visit that had been expected (scheduled): CONSULT/visit.",
    "asc-090": "Quote with 'I' inside: the support got from the Chiefs (main clause) SUPPORT.",
    "asc-092": "'asked Miller' is a question at a hearing (splitter fragment): NONE.",
    "asc-095": "Guilty pleas: a defendant's plea, not a court's ruling; NONE as the project's lexicon has it.",
}
