"""The patterns the rules reader reads questions and sentences with: what a question asks (an addressee, a
signatory, a phase, an occasion, a count of a part …) and how a sentence tells it (a modal lead, a
counterfactual, an event called off, a document's own review …), with the margins the rules use.

Owns only constants (compiled patterns, word sets, margins); no functions.
"""

from __future__ import annotations

import re

from qa import spans as S
from qa.terms import terms


VETO_UNTYPED = {
    "time": "time", "number": "number", "age": "age", "duration": "length of time", "place": "place",
    "person": "person", "organisation": "organisation",
}
TYPED = {"date", "time", "duration", "age", "number", "person", "organisation", "place", "description"}
_QUOTE_WORDS = (
    "say said says tell told write wrote written record recorded note noted describe described call called explain "
    "explained explanation account term phrase word words opinion view claim claimed attribute attributed"
).split()
QUOTE_VERBS = re.compile(rf"\b(?:{'|'.join(_QUOTE_WORDS)}|put it)\b", re.IGNORECASE)
# an event named only as a point in time for another: "low mood after the birth of Sibling 2"
_REFERENCE_POINT = re.compile(
    r"\b(?:after|before|since|following|until|till|prior to|ahead of|by the time of|at the time of)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_SEX_OF_TITLE = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
_SEX_OF_PRONOUN = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_PRONOUN = re.compile(rf"\b({'|'.join(_SEX_OF_PRONOUN)})\b", re.IGNORECASE)
# "to whom was the letter addressed?", "who were the letter's recipients?": its "To:" line
_ADDRESSEES_ASKED = re.compile(r"\baddressed\b|\brecipients?\b|\bto whom\b[^?]*\b(?:sent|written)\b", re.IGNORECASE)
_SIGNATORY_ASKED = re.compile(r"\bsign(?:ed|atory)\b|\bwho (?:wrote|sent)\b|\bfrom whom\b", re.IGNORECASE)
# "who wrote the foreword?", "who signed the preface as independent chair?": a part of a report its author signs
PART_SIGNED = re.compile(r"\b(?:wrote|written|signed|signs|authored|author of)\b.{0,40}?\b(foreword|preface|afterword)\b"
                         r"|\b(foreword|preface|afterword)\b.{0,40}?\b(?:written|signed)\b", re.IGNORECASE)
# "who wrote the Courier's story?", "which reporters ran BTN's live coverage?": a news piece's writers, named by its
# byline (not "who wrote the review", which its cover or foreword names)
BYLINE_ASKED = re.compile(r"\b(?:who|which (?:reporters?|journalists?|correspondents?))\b.{0,30}?\b(?:wrote|written|write|"
                          r"reported|ran|covered|byline)\b.{0,40}?\b(?:article|story|analysis|coverage|piece|blog|"
                          r"explainer|live page|report)\b", re.IGNORECASE)
# "when was the review published?", "at what time was the article last updated?": what was done to the document,
# and the label of the field that dates it on a cover or a web page ("Published: 14 April 2026", "Published |
# October 2023", "Updated 16:05 BST", "Page last updated at 15:32 GMT")
DATED_ASKED = re.compile(r"^(?:when|on what date|what date|at what time|what time)\b.*?\b(?:was|were|is)\s+(?P<subject>.+?)\s+"
                         r"(?:(?:first|last|most recently)\s+)?(?P<done>published|updated|posted|issued)\b", re.IGNORECASE)
# words that say what a document is, not which one: "the full review report", "the government press release"
GENERIC_DOCUMENT_WORDS = frozenset(
    "the a an this that its their full review reviews report overview executive summary practice child safeguarding "
    "serious case local partnership partnership's board board's council's article page press release statement "
    "briefing letter document final main version website site government and about of on in for with into from to by"
    .split())
# "what is the reference number of the minister's letter?", "what reference does the Board give this review?": a
# document's own reference, printed in a labelled field ("Our ref: MIN/2010/0417", "Review reference |
# OTVRSB/ECPR/2022-04"); not its terms of reference, nor a reference made to something
REFERENCE_ASKED = re.compile(r"\b(?:what|which)\b[^?]{0,60}?\b(?<!terms of )ref(?:erence)?\b(?:\s+(?:number|no\b\.?|code))?"
                             r"(?!\s+(?:to|was|is)\b|[^?]*\b(?:make|makes|made)\b)", re.IGNORECASE)
# "what does IRD stand for?", "what does the abbreviation ORT mean?", "what is CAIT short for?": the meaning of an
# abbreviation, which a document gives where it defines it
DEFINITION_ASKED = re.compile(r"(?i:\bwhat\s+(?:does|do)\s+(?:the\s+)?(?:abbreviation\s+|acronym\s+|initials\s+)?)"
                              r"[‘“'\"]?(?P<abbr>[A-Z][A-Z&]{1,7})[’”'\"]?(?i:\s+(?:stand\s+for|mean)\b)"
                              r"|(?i:\bwhat\s+is\s+(?:the\s+)?(?:abbreviation\s+|acronym\s+)?)"
                              r"[‘“'\"]?(?P<short>[A-Z][A-Z&]{1,7})[’”'\"]?(?i:\s+short\s+for\b)")
# whose reference a question asks: "the reference number of the urgent heating repair request" → its object
REFERENCE_OF = re.compile(r"\bref(?:erence)?\b(?:\s+(?:number|no\b\.?|code))?\s+(?:of|for|on)\s+(?P<object>[^?]+)",
                          re.IGNORECASE)
# the code a labelled reference field gives: groups joined by "/" or "-", after groups of capitals or digits set
# apart by a space in some house styles ("MIN/2010/0417", "OTVRSB/ECPR/2022-04", "LVRSB CPR 02/2023")
REFERENCE_FIELD = re.compile(r"(?i:\b(?:(?P<whose>our|your|review|case|file|document)\s+)?ref(?:erence)?\b\.?(?:\s*(?:no\b\.?|number))?)"
                             r"\s*[:|]?\s*(?P<code>(?:[A-Z0-9]{2,} )*[A-Z0-9]+(?:[/-][A-Z0-9]+)+)(?![A-Za-z0-9/-])")
DATED_FIELD = {"published": r"(?:Published|Publication date|Date of publication)",
               "updated": r"(?:(?:Page )?[Ll]ast updated|Updated)", "posted": r"Posted", "issued": r"Issued"}
_TO_FIELD = re.compile(r"To\s*:\s+")
_ENDS_SENTENCE = re.compile(r"[.!?]\W*$")  # a line that ends a sentence is no cover, letterhead or field line
_GREETING = re.compile(r"Dear\b")
_DATES_ASKED = re.compile(r"\b(?:which|what) dates\b|\bfrom (?:what|which) date to\b", re.IGNORECASE)
_DATE_PARTS = (re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b"), re.compile(r"\b\d{4}\b"), re.compile(rf"\b{S.MONTH}\b", re.IGNORECASE))
_HOW_TOLD = re.compile(r"^\s*how (?:was|were|is|are|had)\b", re.IGNORECASE)
_TOLD_AS = re.compile(r"\b[a-z]+ed as (?:an? |the )?[\"“‘']?$")
_CLOSING_QUOTES = {'"', "”", "’", "'"}
_COARSE_ASKED = re.compile(r"\b(?:what|which) (?:month|year)\b|\bmonth and year\b", re.IGNORECASE)
_QUALIFIED_DATE = re.compile(r"\b(?:end|beginning|start|middle|early|late|mid|by|before|after|around|about|until)\b[^,;]*$|"
                             r"\b(?:early|late|mid)-?\s*\w+\s+\d{4}", re.IGNORECASE)
_OCCASION_ASKED = re.compile(r"\b(?:when|at|during|by the time|on the day)\b(?! birth\b)", re.IGNORECASE)
# "when did Mr B start the programme?", "when was the review completed?": the start or end of something
_PHASE_ASKED = re.compile(
    r"\b(?:did|does|do)\s+(?:[\w'’]+\s+){1,4}?(start|begin|commence|complete|finish|end|conclude)\b|"
    r"\b(?:was|were)\s+(?:[\w'’]+\s+){1,6}?(started|begun|commenced|completed|finished|ended|concluded)\s*\?",
    re.IGNORECASE,
)
_PHASES = (frozenset({"start", "begin", "began", "begun", "commenc"}), frozenset({"complet", "finish", "end", "conclud"}))
# an occasion named by "at": "at her antenatal booking", "at a clinic contact with the health visitor"
_AT_OCCASION = re.compile(
    r"\bat (?:his|her|the|a|an|their) (?!time\b)((?:(?!(?:in|on|of|during|when|after|before|with|for|by)\b)[\w'’-]+\s?){1,4})",
    re.IGNORECASE,
)
# "which antidepressant was …": the asked kind of thing; the words before it that make it a particular one
_WHICH_NOUN = re.compile(r"^\s*(?:\w+\s+)?which ((?:[a-z'’-]+\s+){0,2}?[a-z'’-]+)\s+(?:was|were|is|are|did|does|do|had|has)\b", re.IGNORECASE)
_NAMED_BEFORE = re.compile(r"(?:\bthe|\bthis|\bthat|\bthese|\bthose|['’]s)\s+(?:[\w'’-]+\s+){0,2}$|\b[A-Z][\w'’-]*\s+$")
_LIST_FOLLOWS = re.compile(r"(?:These|They|Those)\s+(?:include[sd]?|are|were|comprised?|consist(?:ed)? of)\b|(?:They|These) (?:are|were) as follows")
_MODIFIER_OF = re.compile(r"\b(?:into|of|about|concerning|regarding)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_WHO_DID = re.compile(r"^\s*who\s+(?!(?:was|were|is|are|had|has|did|does|do|will|would|could|should)\b)([a-z]+ed|told|saw|wrote|gave|made|took|met|led|sent|spoke|found|brought|rang|left|knew)\b", re.IGNORECASE)
_OUTCOME_ASKED = re.compile(r"\b(?:outcome|result|verdict)s?\b", re.IGNORECASE)
_UNDER_WAY = re.compile(r"\b(?:had|has|have) (?:only |just )?(?:begun|started|commenced)\b|\b(?:ongoing|under way|underway|pending|not yet (?:concluded|completed|finished|known))\b", re.IGNORECASE)
_ENDED = re.compile(r"\b(?:concluded|completed|finished with|resulted|outcome was|found (?:guilty|that)|convicted|dismissed|upheld)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|no|never|without|nor|neither|none)\b|n't\b", re.IGNORECASE)
ACCOUNT_ASKED = re.compile(r"\b(?:explanation|explain|explained|account)\b", re.IGNORECASE)  # an account is the reason asked
_QUOTE_TERMS = frozenset(terms(" ".join(_QUOTE_WORDS)))  # the words of QUOTE_VERBS, as terms
HOW_MANY_OF = re.compile(r"\bhow many of\b|^\s*of\b[^?]*,\s*how many\b", re.IGNORECASE)  # a part of a whole
_MANY_ASKED = (
    r"who (?:were|attended|else)|which (?:\w+ )?(?:agencies|people|professionals|members|workers|"
    r"organisations|services|documents|adults)|who\b.*\b(?:attended|present|arrested|charged|involved)"
)
MANY_ASKED = re.compile(rf"\b(?:{_MANY_ASKED})\b", re.IGNORECASE)  # more than one is asked for
PLURAL_ASK = re.compile(rf"\b(?:{_MANY_ASKED}|whom)\b", re.IGNORECASE)  # … or may be ("to whom …")
# asks for a name ("what was the name of …", "what was the programme called?"), not "Child T's name was placed …"
ASKS_NAME = re.compile(
    r"\bnames? of\b|\bwhat (?:is|was|were) (?:the|their|his|her|its) names?\b|\b(?:what|which) (?:[\w'’-]+ ){1,5}(?:called|named)\b",
    re.IGNORECASE,
)
INDEFINITE_QUALITY = 0.3
INDEFINITE = re.compile(r"(?:an?|another|some)\s", re.IGNORECASE)
COVER_MARGIN = 4.0  # ranker score by which a near-best sentence may lead a cover line that answers
_DOCUMENT_DATE = re.compile(
    r"\bdate (?:of|on) (?:the |this |that )?(?:[\w'’]+ ){0,4}?(?:letter|memo|memorandum|report|summary|document)\b", re.IGNORECASE
)
_WROTE_TERMS = frozenset({"wrote", "written", "write", "writer"})
# what is done to a document, as its cover says it: "Independent overview author: …", "Published …"
_DOCUMENT_EVENTS = frozenset({"author", "chair", "publish", "complet", "date", "issu", "sign", "commiss"})
ASKS_DATE = re.compile(r"\b(?:what|which)(?: (?:exact|precise|specific|actual))? date\b|\bdate (?:of|on)\b", re.IGNORECASE)
LATEST_ASKED = re.compile(r"\b(?:last|final|latest|most recent)\b(?!\s+(?:time|year|month|week))", re.IGNORECASE)
WHO_IS = re.compile(r"^\s*who (?:is|was|were|are) (?P<name>.+?)\??\s*$", re.IGNORECASE)


_FIELD_VALUE = re.compile(r"([A-Z][\w ]{0,30}):\s+(\S.{0,120}?)\s*$")  # a line "Label: value"
_CODE = re.compile(r"\b([A-Z]{2,4})(\d{1,2})\b")
_TITLED = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|DC|DS|PC|Child|Sibling|Baby)\.?\s+([A-Z]\b|\d{1,2}\b)")


# what ends a clause inside a sentence, and the first auxiliary, which ends the sentence's subject
_CLAUSE_WORDS = r"\b(?:and|but|while|whereas|although)\b"
_AUXILIARY_WORDS = r"\b(?:was|were|is|are|has|had|have|did|will|would)\b"
_CLAUSE_BREAK = re.compile(rf"[;:]|{_CLAUSE_WORDS}")
_AUXILIARY = re.compile(_AUXILIARY_WORDS)
# the main clause's verb after an aside, and where the subject before the aside starts
_VERB_AFTER_ASIDE = re.compile(rf",\s*{_AUXILIARY_WORDS}")
_HEAD_BOUNDARY = re.compile(rf"[,;:]|{_CLAUSE_WORDS}")
# an event that did not happen: "the next meeting, arranged for 3 October 2007, was cancelled"
_CALLED_OFF = re.compile(
    r"\b(?:cancell?ed|called off|did not (?:take place|happen|go ahead|meet)|never (?:took place|happened|met)|"
    r"was not held|were not held|postponed|abandoned)\b",
    re.IGNORECASE,
)
# what would have happened had things been otherwise: "Had the information … been brought together, …";
# "If the letter had been sent promptly, it would not have reached SW2"
_COUNTERFACTUAL = re.compile(r"^\s*Had\s|\b[Ii]f\b[^.;]{0,150}\bhad\b[^.;]{0,150}\b(?:would|could|might)\b(?:\s+\w+){0,2}\s+have\b")
# a document's own review, as it speaks of it: "The review cost £68,400."; "this review interviewed …"
_OWN_REVIEW = re.compile(r"(?:^|(?<=[.|]\s))(?:The|This) (?:review|panel)\b|\bthis review\b")
# a question about what happened ("when did …", "on what date was …") …
_PAST_QUESTION = re.compile(r"\b(?:did|was|were|had)\b", re.IGNORECASE)
# … is not answered where the documents say it will or should happen ("will issue", "should be published"),
# as a recommendation does: the sentence's first clause says what should or will be done ("Wendmere Children's
# Services should introduce a caseload weighting system, with the aim that …")
_MODAL_LEAD = re.compile(
    r"(?:[A-Z]\d{1,2}\s*\|\s*)?(?:(?!\bthat\b)[^,;:.|]){0,80}?\b(?:should|must|shall|will)\b(?!\s+have\b)",
    re.IGNORECASE,
)
_MODAL_BEFORE = re.compile(
    r"\b(?:will|shall|should|would|must|is to|are to|intends? to|plans? to|expects? to|proposes? to)"
    r"(?!\s+have\b)(?:\s+(?:not|also|then|now|be|normally|only|soon|shortly))*\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


_PREPOSITION_WHOM = re.compile(r"\b(with|to|by|from) whom\b", re.IGNORECASE)
