"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "asr-004": (ev("ACCUSE", ["The president"], ["Mueller"], "disapprove",
                   "has also seized on accounts ... as evidence ... was wrongly ensnared"), []),
    "asr-007": (ev("SANCTION", ["The Supreme Court"], [], None, "ruled for the officers"), []),
    "asr-011": (ev("SUPPORT", ["Trump"], ["Putin"], None, "congratulated ... on his successful re-election"), []),
    "asr-017": (ev("REQUEST", ["The Republicans"], [], None, "are demanding “significant fines”"), []),
    # relabelled NONE by events45b (criticism of a thing naming no one; allsides_events/README.md)
    # "asr-021": (ev("ACCUSE", ["Rep. Ruben Gallego"], [], "disapprove", "blasted the passage on Twitter"), []),
    "asr-025": (ev("ACCUSE", ["Ron Haskins"], ["He"], "disapprove", "He’s been very partisan"), []),
    "asr-026": (ev("CONSULT", ["the Democrats"], ["Republicans"], None, "The talks between ... will resume"), []),
    "asr-027": (ev("ACCUSE", ["Mr Trump"], ["Google"], "allege", "accused ... of prioritising"), []),
    "asr-032": (ev("ACCUSE", ["Obama"], ["Republican presidential candidate Donald Trump"], "disapprove",
                   "denounced voices who call for"), []),
    "asr-035": (ev("SUPPORT", ["Conway"], ["Judge Kavanaugh"], None,
                   "Judge Kavanaugh is a man of good character and integrity"), []),
    "asr-038": (ev("CONSULT", ["Holder"], [], None, "tried to negotiate a way to avert"), []),
    "asr-041": (ev("REJECT", ["They"], ["the bad guys"], None, "refused to give in to"),
                [ev("SUPPORT", ["site founder Will Leitch"], ["They"], None, "said on Twitter, “They refused")]),
    "asr-062": (ev("ACCUSE", ["Republican Mitt Romney"], ["Obama"], "allege",
                   "hitting a new Republican charge that some of ... policies have helped create jobs overseas"), []),
    "asr-063": (ev("REJECT", ["Democratic Chairwoman Patricia Van Pelt"], ["Republican legislators"], None,
                   "cut ... concerns short"),
                [ev("REQUEST", ["Democratic Chairwoman Patricia Van Pelt"], ["the committee"], None,
                    "to push the committee to vote")]),
    "asr-071": (ev("ACCUSE", ["Biden"], ["Trump"], "disapprove",
                   "drawing a similar contrast to ..., over the president’s handling of"), []),
    "asr-073": (ev("ACCUSE", ["Khojastehpour"], ["foreign agents", "enemies of the revolutions"], "allege",
                   "told state television that ... were to blame"), []),
    "asr-075": (ev("ACCUSE", ["PolitiFact"], ["Brown"], "disapprove", "got a few \"false\" ratings from"), []),
    "asr-076": (ev("ACCUSE", ["Mr. Ryan"], ["He"], "disapprove", "He knows full well that the law already says"), []),
    "asr-080": (ev("REJECT", ["Cruz"], ["Cornyn"], None, "couldn’t even bring himself to endorse"), []),
    "asr-083": (ev("ACCUSE", ["Kasowitz"], ["the individual"], "disapprove", "lashed out"),
                [ev("REQUEST", ["the individual"], ["Kasowitz"], None, "an email ... that reportedly said: “Resign Now")]),
    "asr-086": (ev("SANCTION", ["Four other appeals courts"], [], None, "have upheld the motto’s place"), []),
    "asr-099": (ev("ACCUSE", ["The panel"], ["a succession of bishops and other diocesan leaders"], "allege",
                   "concluded that ... tried to shield the church"), []),
    "asr-100": (ev("REQUEST", ["the owner of Red Hen in Lexington, VA"], ["I"], None, "I was told by ... to leave"),
                []),
}

NOTES = {
    "asr-001": "A bare quote judging a government's ability to deal with an outbreak; speaker outside the sentence: "
               "NONE.",
    "asr-004": "The president citing accounts 'as evidence his former national security adviser was wrongly ensnared' "
               "in Mueller's probe: an accusation against the investigation made without an accusing verb, "
               "ACCUSE/disapprove with Mueller as recipient (borderline: a claim about Flynn, NONE).",
    "asr-005": "A 'More:' link line naming a story in which Comey 'strikes back': NONE by the link-text rule.",
    "asr-007": "The Supreme Court 'ruled for the officers' in an explainer of a past case: a court ruling, SANCTION "
               "with no recipient (as asj-047's 'ruled 9-0').",
    "asr-017": "Republicans 'are demanding “significant fines” ... as a condition for legalization' in immigration "
               "talks (a heading glued in front): a demand in a negotiation, REQUEST with no recipient named "
               "(borderline: a platform, NONE).",
    "asr-018": "'He has no such inherent authority, nor is there any federal statute ...', he added: a legal opinion "
               "denying a claimed power, NONE (borderline: ACCUSE/disapprove of 'He').",
    # relabelled NONE by events45b (criticism of a thing naming no one; allsides_events/README.md)
    # "asr-021": "Gallego 'blasted the passage on Twitter' (a passage of Donald Trump Jr.'s book, named only in link "
    # "text glued into the sentence): criticism, ACCUSE/disapprove with no recipient in the prose.",
    "asr-025": "Haskins: 'He's been very partisan on almost every major occasion ...': a judgement of a person by a "
               "named speaker, ACCUSE/disapprove (no judging verb).",
    "asr-026": "Talks between Democrats and Republicans on the shutdown 'will resume on Sunday': scheduled talks, "
               "CONSULT.",
    "asr-032": "Obama 'denounced voices who call for walls', 'in an apparent reference to' Trump: ACCUSE/disapprove, "
               "Trump the recipient the sentence names.",
    "asr-034": "McCain and Kirkpatrick 'both agree on a pathway ... but clash on the Dream Act': shared and differing "
               "positions of two candidates, no accord and no exchange, NONE.",
    "asr-035": "Conway: 'Judge Kavanaugh is a man of good character and integrity': praise of a named person by a "
               "named speaker, SUPPORT (the 'lauded by women' is background).",
    "asr-036": "House Republicans 'managed to use it to force some real spending cuts in 2011': a legislative outcome "
               "with no one named as forced, background, NONE (borderline: REQUEST/COERCE).",
    "asr-038": "'as Holder tried to negotiate a way to avert the contempt proceedings' (Tuesday): negotiation "
               "attempted, CONSULT; the main clause ('developments follow a flurry') is no event.",
    "asr-040": "'Karl Rove kneecapped tea party candidates in 2010': a metaphor for defeating candidates in primaries, "
               "NONE by the idiom rule (borderline: no PLOVER type fits the act told).",
    "asr-041": "Leitch on Twitter: 'They refused to give in to the bad guys.': a quoted refusal with its speaker in the "
               "sentence, REJECT by 'They'; the speaker's praise as an other event.",
    "asr-043": "'upon being asked to answer for his anti-gay work, VanDyke ... played the victim': the author's "
               "judgement; the asking is a question at a hearing, NONE.",
    "asr-046": "'it's unfair to those who don't have a chance ..., because of a system ... abused by politicians', he "
               "argued: a view of politicians in general, NONE.",
    "asr-048": "Mueller 'appears to be interested in talking to' White House officials: hedged intention, NONE "
               "(borderline: ACCUSE/investigate).",
    "asr-053": "'his insistence that Mexico be forced to pay ... threatens to rupture relations': a risk told with "
               "'threatens', no threat by anyone, NONE.",
    "asr-059": "'The Fourth Circuit was ruling on a similar case whose ultimate outcome will likely be determined by' "
               "this one: a pending case, no ruling told, NONE (borderline: SANCTION).",
    "asr-063": "Van Pelt 'cut Republican legislators' concerns short to push the committee to vote': refusing to hear "
               "them out, REJECT (borderline: ACCUSE/disapprove); pushing the committee as an other event.",
    "asr-067": "A debate described with candidates 'interrupting each other and calling out false claims': "
               "participles describing a debate, background, NONE (borderline: ACCUSE).",
    "asr-071": "Biden 'kicked off his presidential run ... by drawing a similar contrast to Trump, over the "
               "president's handling of' Charlottesville: criticism without a judging verb, ACCUSE/disapprove.",
    "asr-073": "Khojastehpour told state television that 'foreign agents' and 'enemies of the revolutions' 'were to "
               "blame': blame, ACCUSE/allege.",
    "asr-075": "'Brown got a few \"false\" ratings from PolitiFact': fact-checkers' judgements of a politician's "
               "claims, ACCUSE/disapprove by PolitiFact (borderline: NONE as a rating).",
    "asr-076": "Ryan: 'He knows full well that the law already says ...': implies the president is being disingenuous, "
               "ACCUSE/disapprove without a judging verb (borderline: NONE, a legal point).",
    "asr-080": "'Cruz couldn't even bring himself to endorse Cornyn for re-election': an endorsement withheld, REJECT "
               "(as asq-051's 'has declined to do so'; borderline: NONE, an act said not to have happened).",
    "asr-082": "'assessing the effectiveness ... of the attack launched hours earlier', Kirby said: the attack only "
               "mentioned in a participle, NONE (borderline: ASSAULT).",
    "asr-083": "Kasowitz 'lashed out' after an email that said 'Resign Now.': ACCUSE/disapprove of the sender; the "
               "email's demand as an other event.",
    "asr-086": "'Four other appeals courts ... also have upheld the motto's place on American money': court rulings, "
               "SANCTION with no recipient.",
    "asr-088": "The sheriff said 'the students accused in the shooting used two handguns': facts of a case; "
               "'accused' describes the students, NONE.",
    "asr-092": "'I couldn't find the crime': a commentator's view, NONE.",
    "asr-095": "Milo told a TV show 'No one's safety is at risk from different opinions': a view, no one named, NONE.",
    "asr-097": "'During her day in Swansea with academics and local politicians, she answers questions on everything': "
               "a politician's policy answers in a profile, NONE (borderline: CONSULT/visit).",
    "asr-099": "'The panel concluded that a succession of bishops ... tried to shield the church': a grand jury's "
               "finding of wrongdoing, ACCUSE/allege.",
    "asr-100": "'I was told by the owner of Red Hen ... to leave because I work for @POTUS': a demand of the speaker, "
               "REQUEST (borderline: COERCE/expel).",
}
