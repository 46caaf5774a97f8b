"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "asu-002": (ev("REQUEST", ["a small but growing number of Republican lawmakers"], ["party leaders"], None,
                   "have emerged to urge"), []),
    "asu-006": (ev("REJECT", ["Republican Senator Mike Lee"], [], None, "took to the floor to block the bill"), []),
    "asu-025": (ev("ACCUSE", ["Rubio"], ["Trump"], "disapprove", "was effective in pointing out that"),
                [ev("ACCUSE", ["Cruz"], ["Trump"], "disapprove", "was even more effective in pointing out that")]),
    "asu-028": (ev("REJECT", ["Republicans"], ["Democrats"], None, "has been opposed by"), []),
    "asu-038": (ev("CONSULT", ["Trump"], [], "visit", "will be the first sitting US president to visit"), []),
    "asu-039": (ev("COERCE", ["a wall of mostly-white protestors"], ["Tim Tai"], None, "was blocked by"), []),
    "asu-041": (ev("SUPPORT", ["A number of the tiny handful of Republicans"], ["McConnell"], None,
                   "publicly lined up behind"), []),
    "asu-048": (ev("SANCTION", ["Chief Justice John G. Roberts Jr."], [], None, "upheld"), []),
    "asu-056": (ev("ACCUSE", ["she"], ["Donald Trump"], "disapprove", "mocked"), []),
    "asu-061": (ev("PROTEST", ["neo-Nazis and white supremacists"], [], "demo", "The rally ... was in protest at"), []),
    "asu-071": (ev("SUPPORT", ["delegates"], ["Obama"], None, "cheered"), []),
    "asu-073": (ev("ACCUSE", ["the liberal Denver Post"], ["Hudak"], "disapprove", "pointed out that"), []),
    "asu-075": (ev("REQUEST", ["the committee"], [], None, "sought records"), []),
    "asu-077": (ev("SUPPORT", ["Mrs. Trump"], ["HHS"], None, "proud to support"), []),
    "asu-082": (ev("COERCE", ["These bodies"], ["Iran's 2009 Green Movement"], None, "putting down"),
                [ev("ASSAULT", ["government forces"], ["scores"], None, "saw scores killed by")]),
    "asu-097": (ev("REQUEST", ["Fourteen Democratic senators"], ["Mr. Obama"], None, "wrote to urge"), []),
}

NOTES = {
    "asu-003": "'This is designed to assuage liberal partisans ...,' the freshman senator said: a judgement of a "
               "measure ('this'), no actor judged, NONE (as the blind5 convention on quotes judging 'this').",
    "asu-010": "'He was a strong critic of the Saudi government': a standing characterisation, background, NONE "
               "(borderline: ACCUSE).",
    "asu-012": "LGBTQ activists 'have largely advised members of the community to do nothing': advice to the public, "
               "no actor acted upon, NONE (borderline: REQUEST).",
    "asu-014": "'declined to go into specifics': declining to comment is no refusal of anyone, NONE; Carney's "
               "'pointed out that Obama supported reinstating the ban' is support of a measure, NONE.",
    "asu-025": "An analyst's judgement of two debate attacks ('Rubio was effective in pointing out that Trump's "
               "clothing line is made in China'): the attacks are reported, ACCUSE Rubio->Trump with Cruz->Trump as "
               "other event (borderline: the frame is evaluative).",
    "asu-028": "'the unprecedented move has been opposed by Republicans' (the move is the Democrats'): REJECT.",
    "asu-038": "'Trump will be the first sitting US president to visit the Western Wall': a scheduled visit, "
               "CONSULT/visit as asg-068 (a site, no recipient; borderline).",
    "asu-039": "A photographer 'blocked by a wall of mostly-white protestors': physical obstruction of a person, "
               "COERCE (borderline: PROTEST).",
    "asu-045": "An embedded tweet judging a Senate vote, signed by its author: NONE as the other tweets of the sets "
               "(ask-090, asi-011).",
    "asu-048": "'Roberts devastated conservatives when he upheld Obamacare's individual mandate': a court ruling in "
               "a when-clause, SANCTION as asr-086 ('have upheld'); borderline: background of 2012.",
    "asu-053": "An author met with 'a barrage of negative feedback': criticism of the writer by anonymous readers, "
               "NONE.",
    "asu-062": "Obama 'has boasted of how 2014 will be a year of action ... and denied that he is abusing executive "
               "authority': a boast and a denial are statements, NONE.",
    "asu-064": "'I never called Meghan Markle nasty,' Trump tweeted: a denial, NONE.",
    "asu-066": "'Mr. Trump listened intently but apparently deferred to Jeff Sessions' in a campaign meeting: an "
               "internal deference, NONE (borderline).",
    "asu-071": "'Obama said as delegates cheered': cheering a speaker, SUPPORT as ast-002 'cheered as Obama ...' "
               "(borderline: applause).",
    "asu-073": "'the liberal Denver Post pointed out that the old statistics Hudak cited ... applied only to ...': "
               "disputing someone's claim, ACCUSE (borderline).",
    "asu-075": "'The document shows that the committee sought records related to ...': a committee's demand for "
               "records, REQUEST (borderline: ACCUSE/investigate).",
    "asu-077": "Mrs. Trump 'proud to support HHS in its continued efforts': support of an agency, SUPPORT "
               "(borderline: a statement).",
    "asu-082": "'These bodies were instrumental in putting down Iran's 2009 Green Movement ... that saw scores "
               "killed by government forces': the crackdown is COERCE, the killings ASSAULT as other event "
               "(borderline: background of 2009).",
    "asu-086": "'Mueller's team got the emails from the GSA': obtaining evidence, NONE (borderline).",
    "asu-090": "'had his jail sentence dropped': a private person's case, passive with no actor, NONE.",
    "asu-096": "'Mr Trump frequently has called the Iraq war a colossal mistake': habitual judgement of a war, no "
               "actor judged, NONE (borderline: ACCUSE).",
}
