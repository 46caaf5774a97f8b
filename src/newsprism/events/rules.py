"""Named rule groups of the events stage, each switchable by name for measurement.

The rules added in the third issue-20 round sit behind these names; ``switched_off`` runs the
stage with some of them off for one stretch of code (what ``newsprism eval events --ablate``
does to show what each group is worth on each data set). A group that only one set needs is a
rule fitted to that set.
"""

from __future__ import annotations

from newsprism.rule_groups import RuleGroups

GROUPS: dict[str, str] = {
    "negated_last": "an act said not to happen never ranks first; 'did not X or Y' negates Y too",
    "captions": "picture captions and credits ('Image caption ...') report no event",
    "reader_addressed": "'you' outside quotation marks is the reader: no event",
    "about_frame": "'this is (not) about X doing Y' characterises, reports no act",
    "subjectless_gerunds": "a gerund after a preposition with no one doing it ('in terms of supporting')",
    "thing_states": "a present passive with a thing as subject and no doer is a state ('is settled')",
    "object_classes": "counting heads ('a series of questions'), compounds, object classes refusing a verb",
    "feelings": "feelings towards someone are criticism ('disappointed with', 'furious at')",
    "told_imperatives": "an imperative told to someone is a request",
    "topic_light_verbs": "'focused on proposals': the prepositional object of focus is a topic",
    "link_blurbs": "related-link blurbs glued into the text ('McConnellGOP signals ... MORE'): no event",
    "forecast_warnings": "'warned that growth would slow': a warning of what no one will do is no threat",
    "norm_demands": "'[a judge] must put aside his views': what anyone ought to do is no demand",
    "topic_gerunds": "'asked about agreeing to questioning': a gerund after about names a topic",
    "shared_views": "'reached a consensus that the tactic is over': agreement on a view, not on an act",
    "struck_with": "'hit with a lawsuit', 'slapped with sanctions': the with-phrase names the act",
    "admissions": "'conceded that he could lose': an admission, not a concession",
    "tallies": "'visited the White House 157 times', 'met twice': a count of acts, no one event",
    "acts_asked": "'called on every reporter': a call on someone is a demand only with an act asked",
    "link_tails": "a line ending in link text ('... Read more') is a linked headline, no report",
    "modal_judgements": "'said Russia can be most effective': a judgement under can or may is a possibility",
    "own_plans": "'proposes to redact', 'offered to guide us': a promise of no event to no one is a plan",
    "ownerless_offers": "'used that paradigm to propose our rights': an offer no one is found making",
    "verbal_attacks": "'he attacked the president': an attack between people and role words is words",
    "retorts": "'\"...,\" X shot back': a violent verb that reports words said is a retort",
    "things_judged": "'\"This has been a disaster,\" X told Y': judging a thing named only 'this' or 'that'",
    "noun_infinitives": "'the duty to defend', 'calls to support countries': an act owed, not done",
    "obligations": "'the U.S. has to offer alternatives': what someone has to do now is no act",
    "reflexive_objects": "'tried to kill himself': an act on oneself is no event between parties",
    "participle_mentions": "'the man accused of opening fire': a participle describing someone, no act",
    "participle_objects": "'the resolution, signed by the mayor': a described noun refuses it like an object",
    "sourcing": "'according to the son of a victim who said he spoke with a survivor': a source, no act",
    "general_views": "'Supporters have praised the law': people in general judging a thing is a view",
    "undergone_idioms": "'came under fire for taking a job': criticism suffered by the subject",
    "gapped_objects": "'a balancing act she's had to strike': a relative clause's noun is its verb's object",
    "calls_on_no_one": "'calling for more armed security': a call for a thing asked of no one is a stance",
    "verbal_clashes": "'Trump and Tillerson clashed': a clash between people is a quarrel in words",
    "epithets": "'negotiate with Little Rocket Man': a nickname or epithet is no actor",
    "parties_needed": "'a balancing act she's had to strike': a verb with no one able to act around it",
    "topic_possessors": "'discussed goals for Rice's appearances': a possessor in the topic is no partner",
    "referred_topics": "'referring to successfully prosecuting terrorists': a gerund referred to is a topic",
    "debris_lines": "a sentence cut out of a boilerplate line ('( Also on SITE: ...)') reports nothing",
    "adverbial_phrases": "'tax breaks in exchange for a plant': a fixed phrase of how or why is no particle",
    "alternatives": "'agree or disagree with those positions, it is ...': a verb and its opposite, no act",
    "attacks_in_words": "'renewed his assault on the media', 'attacks on Google, alleging bias': words",
    "reproaches": "'X should not be censoring speech', 'should have known': criticism, not a demand",
    "capacity_for": "'has a great capacity to use bluster and bigotry': what the capacity is for is judged",
    "interview_questions": "'Pressed by a reporter to explain ..., X claimed': a question put, no demand",
    "participles_as_past": "'a professor credited with coining': a describing verb tagged past is participle",
    "joined_onto": "'signed onto a letter urging ...': what is signed onto is the object; the letter acts",
    "acts_judged": "'\"For senators to derail it is frustrating,\" X said': a clause judged as subject",
    "contests": "'Clinton beat Bush' in a sentence about an election or a game: a win, no assault",
    "received_acts": "'received military aid from the US', 'received threats': the act received, no visit",
    "role_holders_only": "'said the governor lied': a role noun names only one the article gives that role",
    "idiom_object_phrases": "'made the right call', 'a judgment call': an object phrase that is an idiom",
    "placed_calls": "'made a call to Putin': a call to someone asking for nothing is a telephone call",
    "poll_findings": "'polls show more people blaming Trump': what a poll finds people doing is a statistic",
    "described_predicates": "'I will be just another soldier defending this revolution': a description",
    "habitual_when": "'When tax preparers sit down with customers, ...': a present when-clause is a habit",
    "clausal_subjects": "'\"Averting the cliff should happen ...,\" X said': a course urged on no one",
    "normative_agreements": "'Republicans agreed that the US should not send troops': one side's view",
    "refused_wills": "'did not want to debate her', 'unwilling to broker a deal': a refusal (REJECT)",
    "judged_in_reasons": "'said he is running because Trump is unfit': a reason given judges too",
    "judging_subjects": "'the most bizarre lie of his presidency is his claim ...': the subject judges",
    "wishes_told": "'\"I would like you to do us a favor\"': a wish that the one spoken to act is a request",
    "relative_clauses_told": "'at a time when the House is suing ...': a relative clause is owed to no noun",
    "struggles": "'everything we have fought so hard to preserve': a struggle for an aim, no opponent",
    "no_determiners": "'offered no specifics', 'no evidence that X conspired': the act is denied",
    "bare_agreements": "'Her husband, who helped her carry the flag, agreed.': assent to what was said",
    "ceased_acts": "'ordered the department to stop defending the law': an act stopped is not done",
    "arrivals": "'they have at least arrived', 'arrived at his residence': an arrival at no host, no visit",
    "definitions": "'INTERPOL is an agency that coordinates efforts': what someone does by definition",
}

_RULES = RuleGroups("event", GROUPS)
checked = _RULES.checked
enabled = _RULES.enabled
switched_off = _RULES.switched_off  # the events stage with exactly these groups off
