"""Where the chosen answer is cited: since reviews are cited by paragraph number, the numbered paragraph that
tells what a chronology row, a table or unnumbered text answered (``numbered_twin`` from the reader's own
proposals, ``stated_twin`` from the answer's words, in its own document or another searched, ``dated_twin`` from
the row's day; the quote around an answer is ``qa.reader.shown``'s). The decision and its probabilities are never
changed here. Pure functions over passages.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from qa.dates import parse_date
from qa.reader import choose, shown
from qa.reader.shown import page_part, quote_bounds
from qa.spans import MONTH, ROLE_CODE, clock_of, find_dates, find_times
from qa.terms import STOPWORDS, stem


def numbered_twin(best: choose.Choice, choices: list[choose.Choice], passages, part: bool = False) -> choose.Choice:
    """Where to cite the chosen answer. Reports are cited by paragraph number, and a chronology row, a table or
    unnumbered text often repeats what a numbered paragraph says: when the chosen span's passage has no number and
    another proposal saying the same (``said``: the same day in any form, else the very same words) lies in a
    numbered paragraph, at least half as probable, that paragraph is cited. A one-word answer counts only when it
    is a name, a code or a number, not a common word. With ``part`` (a question asking for one thing), a proposal
    saying a part of the chosen span counts too: a row or a key gives several things at once ("PC1, PC2 … PC3",
    "07.52 hrs: 999 call by Mr L. 08.01 hrs"), the paragraph tells the one the reader also found there. The
    decision (its probabilities) stays the chosen span's."""
    if passages[best.passage].paragraph:
        return best
    text = passages[best.passage].text[best.start : best.end]
    if not what_said(text):
        return best
    sayings = said_in(text, part)
    twins = [c for c in choices if passages[c.passage].paragraph and c.probability >= 0.5 * best.probability
             and what_said(passages[c.passage].text[c.start : c.end]) in sayings]
    if not twins:
        return best
    twin = max(twins, key=lambda c: c.probability)
    return replace(twin, probability=best.probability, clause_probability=best.clause_probability)


def said_in(text: str, part: bool = True) -> set[tuple]:
    """What a proposal may say to say the same as an answer: what the answer says (``what_said``) and, with
    ``part``, what each of its parts says (``_parts``)."""
    return ({what_said(text)} | (_parts(text) if part else set())) - {()}


def _parts(text: str) -> set[tuple]:
    """What a part of an answer may say (``said``), of the parts a row or a key gives several of and a paragraph
    tells one by one: each day it gives, each clock time and each role code (SW2). Not any run of its words: "450"
    of "312 of 450 escorts trained" is another answer."""
    out = {said for a, b in find_dates(text) if (said := what_said(text[a:b])) and said[0] == "day"}
    out.update(what_said(text[a:b]) for a, b in find_times(text))
    out.update(what_said(code) for code in ROLE_CODE.findall(text))
    return out - {()}


def what_said(text: str) -> tuple:
    """What an answer says, to find it said again: its day when it is one date to the day ("19/04/2012" and
    "19 April 2012" say the same), its time when it is one clock time ("23:40" and "23.40 hrs"), else its words, a
    leading article aside; empty for one common word ("held" is said of too many things; a name, a code or a
    number is not)."""
    text = text.strip(" ,.;:()")
    dates = find_dates(text)
    if len(dates) == 1 and dates[0] == (0, len(text)) and (day := parse_date(text)) and day.day and day.year:
        return ("day", day.year, day.month, day.day)
    if (clock := clock_of(text)) is not None:
        return ("time", *clock)
    words = tuple(choose._WORD.findall(text.lower()))
    if len(words) > 2 and words[0] in ("the", "a", "an"):  # "the Family Support Team" says "Family Support Team"
        words = words[1:]
    if len(words) == 1 and not re.search(r"[A-Z0-9]", text):
        return ()
    return words


def numbered_index(passages, file: str) -> list[int]:
    """The numbered paragraphs of one document (rows aside), in order: built once per document and kept."""
    return [i for i, p in enumerate(passages) if p.file == file and p.paragraph and p.kind != "row"]


def stated_twin(best: choose.Choice, passages, question: str, numbered: list[int], restated: bool = False) -> choose.Choice:
    """Where to cite an answer read from a passage with no number (a chronology row, a sidebar, a key of who is
    who, unnumbered text): a review states its findings in numbered paragraphs, and what a row or an aside gives
    is often stated there too. The sentence of a numbered paragraph of the same document that holds the answer's
    very words (one word only when it is a name, a code or a number, and as written) and, with the sentences
    either side of it, the most of the question's event words (two at least) is cited, the answer being its words. The decision stays the chosen span's. ``numbered`` is the
    document's ``numbered_index``. With ``restated``, a numbered answer looks too (read from a summary, it is
    looked for in the report the summary restates), and the twin must tell half the event words the answer's own
    sentence and its neighbours tell, at least. A number is not found again inside a date or a clock time."""
    here = passages[best.passage]
    if here.paragraph and not restated:
        return best
    said = here.text[best.start : best.end]
    words = choose._WORD.findall(said.lower())
    if not what_said(said):  # one common word is said of too many things to be a twin
        return best
    if len(words) == 1:  # one word, a name, a code or a number, is found as written ("Fathers" is not "fathers"),
        # and a number not as a part of another (the "18" of "18.05" or "18:05" is a clock time's)
        pattern = re.compile(r"(?<![A-Za-z0-9])(?<!\d[.:])" + re.escape(said.strip(" ,.;:()“”‘’\"'")) + r"(?![A-Za-z0-9])(?![.:]\d)")
    else:
        pattern = re.compile(r"(?<![A-Za-z0-9])" + r"[^A-Za-z0-9]+".join(map(re.escape, words)) + r"(?![A-Za-z0-9])",
                             re.IGNORECASE)
    need = event_words(question)
    # a summary's sentence restated in the report: the report's sentence tells half the question's event words
    # the summary's sentence (with its neighbours) tells, at least
    least = max(2, (shared(need, _around(here, here.sentence_at(best.start) or 0)) + 1) // 2) if restated else 2
    top = None
    for i in numbered:
        passage = passages[i]
        for found in pattern.finditer(passage.text):
            a, b = found.span()
            k = passage.sentence_at(a)
            if k is None or b > passage.sentences[k].end or passage.page_at(a) != passage.page_at(b - 1):
                continue
            if len(words) == 1 and said.strip(" ,.;:()").isdigit() and _in_date_or_time(passage.text, a, b):
                continue  # the "18" of "18 May 2013" is a day's
            score = shared(need, _around(passage, k))
            if score >= least and (top is None or score > top[0]):
                top = (score, i, a, b)
    if top is None:
        return best
    _, i, a, b = top
    passage = passages[i]
    q0, q1 = quote_bounds(passage, a, b, None)
    return replace(best, passage=i, start=a, end=b, clause=shown.clause(passage.text, a, b, page_part(passage, a, q0, q1)))


def stated_twin_in(best: choose.Choice, passages, question: str, numbered: list[list[int]]) -> choose.Choice:
    """``stated_twin`` over groups of numbered paragraphs in turn, the first group with a twin giving it: the
    answer's own document first, then the other documents searched together (a summary, a briefing or a covering
    letter restates the report, and the report's numbered paragraph is what a reader cites)."""
    for group in numbered:
        twin = stated_twin(best, passages, question, group)
        if twin is not best:
            return twin
    return best


def dated_twin(best: choose.Choice, passages, question: str, days: dict | None = None) -> choose.Choice:
    """Where to cite an answer read from a chronology row, or a date read from other unnumbered text: the numbered
    paragraph of the same document that tells that day's event (a sentence giving the row's date, to the day, in
    any form, and the answer's own words, or for an answer that is the date itself that date in the sentence's
    form, on one page), with the most of the question's event words in it and the sentences either side (two at
    least; the text read must share two with the question too). The decision stays the chosen span's; the answer is the paragraph's words. ``days`` is the document's
    ``day_index`` (built here when not given)."""
    here = passages[best.passage]
    if here.paragraph:
        return best
    span = here.text[best.start : best.end]
    is_date = any(a <= best.start and best.end <= b for a, b in find_dates(here.text))
    if not is_date and here.kind != "row":
        return best
    # the day of the answer when it is a date, else the row's own day
    day = parse_date(span) if is_date else _row_day(here.text)
    need = event_words(question)
    if day is None or not (day.day and day.year) or shared(need, told(here.text)) < 2:
        return best
    days = day_index(passages, here.file) if days is None else days
    found = None
    for i, a, b in days.get((here.file, day), ()):
        passage = passages[i]
        q0, q1 = quote_bounds(passage, a, b, None)
        k = passage.sentence_at(a)
        score = shared(need, _around(passage, k)) if k is not None else 0
        at = (a, b) if is_date else _within(passage.text, span, q0, q1) or _same_time(passage.text, span, q0, q1)
        on_one_page = at and passage.page_at(at[0]) == passage.page_at(at[1] - 1)
        if on_one_page and score >= 2 and (found is None or score > found[0]):
            found = (score, i, *at, q0, q1)
    if found is None:
        return best
    _, i, a, b, q0, q1 = found
    passage = passages[i]
    return replace(best, passage=i, start=a, end=b, clause=shown.clause(passage.text, a, b, page_part(passage, a, q0, q1)))


def _in_date_or_time(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` lies inside a date or a clock time written around it."""
    return any(s <= a and b <= e and (s, e) != (a, b) for s, e in find_dates(text) + find_times(text))


def _around(passage, k: int) -> set[str]:
    """What sentence ``k`` and the sentences either side of it tell (``told``): a paragraph often names the day
    or the person in one sentence and tells the event in the next."""
    last = len(passage.sentences) - 1
    return told(passage.text[passage.sentences[max(0, k - 1)].start : passage.sentences[min(last, k + 1)].end])


def event_words(question: str) -> set[str]:
    """The question's words about the event, not its date's: no numbers, months or small words."""
    return {w for w in choose._WORD.findall(question.lower()) if not w.isdigit() and not _MONTH.fullmatch(w)} - STOPWORDS


def told(text: str) -> set[str]:
    """What a text tells, to look event words up in: its words, and their stems marked "~" (``qa.terms``)."""
    words = words_of(text)
    return words | {"~" + stem(w) for w in words}


def shared(need: set[str], said: set[str]) -> int:
    """How many of the event words ``need`` a text (its ``told``) says, as written or in another form of the
    word ("attend" is said by "attended", "reviewer" by "reviewers")."""
    return sum(1 for w in need if w in said or "~" + stem(w) in said)


def words_of(text: str) -> set[str]:
    """A text's words, lower case."""
    return set(choose._WORD.findall(text.lower()))


def _full_days(text: str):
    """(start, end, date) of each date a text gives to the day, year included."""
    for a, b in find_dates(text):
        if (day := parse_date(text[a:b])) and day.day and day.year:
            yield a, b, day


def _row_day(text: str):
    """The first date to the day a row gives (its own date), or None."""
    return next((day for _, _, day in _full_days(text)), None)


def day_index(passages, file: str) -> dict:
    """(document, day) → (passage, start, end) of each date, to the day, that the numbered paragraphs of one
    document give, in any form: built once per document and kept, so a row's day is looked up, not searched for."""
    found = defaultdict(list)
    for i, passage in enumerate(passages):
        if passage.file != file or not passage.paragraph:
            continue
        for a, b, day in _full_days(passage.text):
            found[(file, day)].append((i, a, b))
    return found


def dated_sentence(best: choose.Choice, passages, question: str, days: dict) -> tuple[int, int, int] | None:
    """The sentence of a numbered paragraph, in the document of the chronology row ``best`` was read from, that
    gives the row's day and tells its event, with the sentence after it (a paragraph often gives the day, then
    the event): of the question's event words the row shares, it shares the most, two at least, or it shares
    three of the row's own event words. (passage, start, end) of the dated sentence, or None. ``days`` is the
    row's document's ``day_index``."""
    here = passages[best.passage]
    if here.paragraph or here.kind != "row" or (day := _row_day(here.text)) is None:
        return None
    row = told(here.text)
    need = {w for w in event_words(question) if shared({w}, row)}
    event = {w for w in event_words(here.text) if len(w) > 2}
    scored, seen = [], set()
    for i, at, _ in days.get((here.file, day), ()):
        passage = passages[i]
        k = passage.sentence_at(at)
        if passage.kind == "row" or k is None or (i, k) in seen:
            continue
        seen.add((i, k))
        said = _told(passage, k)
        scored.append((shared(need, said), shared(event, said), i, passage.sentences[k].start, passage.sentences[k].end))
    top = max((x for x in scored if x[0] >= 2 or x[1] >= 3), default=None)
    return top[2:] if top else None


def _told(passage, k: int) -> set[str]:
    """What sentence ``k`` of a passage and the sentence after it tell (``told``): a paragraph often names the day
    or the person in one sentence and tells the event in the next."""
    end = passage.sentences[k + 1].end if k + 1 < len(passage.sentences) else passage.sentences[k].end
    return told(passage.text[passage.sentences[k].start : end])


_CODE = re.compile(r"\b[A-Z]{1,5} ?\d{1,2}\b")  # anonymised role codes: SW2, HV 1, PC3, DSL1


def code_index(passages, file: str) -> dict:
    """Role code ("SW2", "HV 1" → "HV1") → (passage, sentence) of each sentence of one document's numbered
    paragraphs that names it: built once per document and kept, like ``day_index``."""
    found = defaultdict(list)
    for i in numbered_index(passages, file):
        passage = passages[i]
        for k, sentence in enumerate(passage.sentences):
            named = _CODE.findall(passage.text[sentence.start : sentence.end])
            for code in dict.fromkeys(c.replace(" ", "") for c in named):
                found[code].append((i, k))
    return found


def coded_sentence(best: choose.Choice, passages, question: str, codes: dict) -> tuple[int, int, int] | None:
    """For an answer read from a table row that names someone by role code (a key of who is who, a chronology),
    the sentence of a numbered paragraph of the same document where that code does the question's event: it
    holds the code and, with the sentence after it, the most (two at least) of the question's event words.
    (passage, start, end), or None. ``codes`` is the row's document's ``code_index``."""
    here = passages[best.passage]
    named = {c.replace(" ", "") for c in _CODE.findall(here.text[best.start : best.end])}
    if here.paragraph or here.kind != "row" or not named:
        return None
    need = event_words(question)
    top = None
    for i, k in sorted({at for code in named for at in codes.get(code, ())}):
        passage = passages[i]
        score = shared(need, _told(passage, k))
        if score >= 2 and (top is None or score > top[0]):
            top = (score, i, passage.sentences[k].start, passage.sentences[k].end)
    return top[1:] if top else None


def _within(text: str, span: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``span`` (case and spacing aside) stands between ``start`` and ``end`` of ``text``."""
    found = re.compile(r"\s+".join(map(re.escape, span.split())), re.IGNORECASE).search(text, start, end)
    return (found.start(), found.end()) if found and span.strip() else None


def _same_time(text: str, span: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the clock time ``span`` is (one time, in any form: "23:40" is "23.40 hrs") between ``start`` and
    ``end`` of ``text``."""
    clock = clock_of(span)
    if clock is None:
        return None
    return next(((start + a, start + b) for a, b in find_times(text[start:end])
                 if clock_of(text[start + a : start + b]) == clock), None)


_MONTH = re.compile(MONTH, re.IGNORECASE)
