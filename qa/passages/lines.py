"""What one line of a page is: a paragraph number that fits the report's numbering, a heading, a bullet,
a letter's field, a contents entry; the patterns and tests ``qa.passages.blocks`` groups lines with."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from qa.spans import DATE_RE

DATE_LEAD = DATE_RE  # a line that starts with a date (matched at the start only)
MONTH_START = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
PARA_NUMBER = re.compile(
    r"^(?:(?P<num>\d{1,2}(?:\.\d{1,3}){0,3})(?P<dot>\.?)|\[(?P<bracketed>\d{1,3})\])(?:\s+(?P<rest>\S.*))?$"
)
BULLET = re.compile(r"^(?:[•●▪■◦‣∙·\-–—*]|\(?[a-z]\)|\(?[ivx]{1,4}\)|\(\d{1,2}\))\s+\S")
CONTENTS_ENTRY = re.compile(r"(?:\.{3,}|…{2,}|(?:\. ){3,})\s*\d{1,4}$|^\S.{2,80}\s\.{2,}\s*\d{1,4}$")
# "2.2 The adults in the household 3": a numbered heading followed by its page number, no leaders
CONTENTS_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[A-Z]\.|Appendix [A-Z0-9]+:?)\s+[A-Z][^.;:]{2,80}?\s\d{1,3}(?:\s|$)")
APPENDIX_TITLE = re.compile(r"^(?:Appendix|Annex|Annexe|Schedule)\s+(?:[A-Z]|\d{1,2})\b")
# an entry of a key of who is who or of abbreviations: a code, then what it stands for ("DSP1 Designated
# safeguarding person, …", "CPR Child Practice Review", "IDVA Independent domestic violence adviser")
KEY_ENTRY = re.compile(r"^[A-Z]{2,6}\d{0,2}\s+[A-Z][a-z]")
BULLET_ALONE = re.compile(r"^[•●▪■◦‣∙·\-–—*]$")
TERMINAL = re.compile(r"[.!?:;][\"'”’)\]]*$")
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
BROKEN_WORD = re.compile(r"[^\W\d_][-\u2010\u00ad]$")  # "Practi‐": a word hyphenated at the line's end runs on below
CONTINUES = re.compile(
    r"\b(?:on|of|the|a|an|in|at|by|from|to|and|or|between|since|until|dated|before|after|for|with|that|"
    r"which|was|were|is|are|than|as|her|his|their|its|this|these)$",
    re.IGNORECASE,
)


@dataclass
class Line:
    text: str
    page: int
    lead: bool = False  # a run-in side heading split off the paragraph number after it on its printed line


def _number_parts(number: str) -> list[int]:
    return [int(p) for p in number.split(".") if p]


def plausible_next(previous: list[int] | None, candidate: list[int]) -> bool:
    """Could ``candidate`` follow ``previous`` in a report's paragraph numbering?

    Allows the next number at the same level, a new sub-level starting at 1, and a step back up
    (3.14 → 4, 4.1), with a little slack for numbers the extraction missed. Dates such as 14.03.07
    fail this test inside a report numbered 3.x.
    """
    if previous is None:
        return len(candidate) <= 2 and candidate[0] <= 3 and all(c <= 5 for c in candidate[1:])
    if candidate[0] <= 1 and all(c <= 1 for c in candidate[1:]) and candidate != previous[: len(candidate)]:
        return True  # numbering (re)starts: 1, 1.1, 1.1.1 — after a contents list or an appendix
    for depth in range(len(previous), 0, -1):
        prefix = previous[: depth - 1]
        if candidate[: depth - 1] != prefix or len(candidate) < depth:
            continue
        step = candidate[depth - 1] - previous[depth - 1]
        if 1 <= step <= 3 and all(c <= 1 for c in candidate[depth:]):
            return True
    # a new sub-level: 3.14 → 3.14.1
    if candidate[: len(previous)] == previous and len(candidate) == len(previous) + 1 and candidate[-1] <= 2:
        return True
    return False


def _is_heading(text: str, previous: Line | None, following: Line | None, typical: int, body_follows: bool,
                page: int) -> bool:
    """A short title line: no closing punctuation, mostly capitalised, not the tail or head of a wrapped
    sentence (the previous line ended a sentence; the line itself is short or the next starts afresh),
    and followed by body text. Runs of short lines (table cells, a title page) are text, not headings; an
    appendix's title ("Appendix B: Role codes used in this report") is one whatever follows it (often a table).
    ``page``: the line's own page (a line the one before leaves open, on the same page, ends it)."""
    appendix = bool(APPENDIX_TITLE.match(text))
    if not body_follows and not appendix:
        return False
    words = text.split()
    if not words or len(text) > 90 or len(words) > 12 or TERMINAL.search(text) or text.endswith(","):
        return False
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    if ";" in text:
        return False
    if previous is not None and not SENTENCE_END.search(previous.text) and not _is_heading_like(previous.text):
        return False  # the tail of a wrapped sentence or list, not a heading
    if CONTINUES.search(text) or BROKEN_WORD.search(text):
        return False
    if previous is not None and CONTINUES.search(previous.text) and previous.page == page:
        return False  # the line before, on its page, stops on "to", "of" …: this ends it ("allocated May to" / "August 2023")
    if KEY_ENTRY.match(text) and any(n is not None and n.page == page and KEY_ENTRY.match(n.text)
                                     for n in (previous, following)):
        return False  # one entry of a key of codes, among others: no section starts at each
    if previous is not None and previous.text.count("“") > previous.text.count("”"):
        return False  # inside a quotation the line before opened: a pull quote's second line is no heading
    if len(text) >= 0.7 * typical and following is not None and following.text[:1].islower():
        return False  # the first line of a wrapped paragraph
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return appendix or capitalised / len(words) >= 0.5 or len(words) <= 6


# the fields of a letter or memo, each a fact on its own line
LETTER_FIELD = re.compile(  # a capital starts it: "to: the police" wrapped from a sentence is no field
    r"(?:Our |Your )?(?:Ref(?:erence)?|Date[d]?|To|From|Cc|CC|Copied to|Copy to|Subject|Re|RE|Tel(?:ephone)?|"
    r"E-?mail|Fax)\s*:\s+\S"
)
VALEDICTION = re.compile(r"(?:yours (?:sincerely|faithfully|truly)|kind regards|(?:with )?best wishes),?\s*$", re.IGNORECASE)


def _is_short_line(text: str, typical: int) -> bool:
    """A line of a letterhead, an address or a signature: well short of the page's lines, and it ends no
    sentence (the lines of a wrapped paragraph run near the full width)."""
    return len(text) < 0.6 * typical and len(text.split()) <= 10 and not TERMINAL.search(text)


def _is_heading_like(text: str) -> bool:
    return len(text) <= 90 and not TERMINAL.search(text) and len(text.split()) <= 12


PAGE_TOP_LINES = 2  # a running header and a section band at most


def _furniture_like(text: str) -> bool:
    """A running title or band: heading-shaped, no paragraph's first line ("1.1 This review was", "… of the")."""
    numbered = PARA_NUMBER.match(text)
    return (_is_heading_like(text) and not text[:1].islower() and not CONTINUES.search(text)
            and not (numbered and "." in (numbered.group("num") or "")))


def page_top_furniture(lines: list[Line]) -> set[int]:
    """Lines at a page's top that interrupt a sentence running over from the page before: a running title or a
    section band printed on each page ("4 Key episodes" / "attend the flat. A strategy …"). The page before
    leaves its last sentence open and the first line after them goes on in lower case, so they start no section
    there and the paragraph runs on past them. Such a line is printed more than once in the document (the band
    repeats its section's heading, the title runs on each page): a heading printed once is where its section
    starts, whatever the line after it. Their indexes."""
    printed = Counter(" ".join(line.text.split()) for line in lines)
    found: set[int] = set()
    for i in range(1, len(lines)):
        page = lines[i].page
        if page == lines[i - 1].page or TERMINAL.search(lines[i - 1].text):
            continue
        j = i
        while (j < len(lines) and j - i < PAGE_TOP_LINES and lines[j].page == page and _furniture_like(lines[j].text)
               and printed[" ".join(lines[j].text.split())] > 1):
            j += 1
        if i < j < len(lines) and lines[j].page == page and lines[j].text[:1].islower():
            found.update(range(i, j))
    return found


def _full_width(widths: list[int]) -> int:
    """How long a full line is: the 80th percentile of line lengths."""
    return sorted(widths)[int(len(widths) * 0.8)] if widths else 80


def line_widths(lines: list[Line], rebuilt: list[bool]) -> tuple[int, dict[int, int]]:
    """How long a full line of the document's text is, and of each page set in narrower columns than the rest (a
    two-column body after single-column front matter has shorter full lines: what is short or long there is
    measured against its own lines). Rebuilt table rows (``rebuilt``) are not text lines."""
    per_page: dict[int, list[int]] = {}
    for line, row in zip(lines, rebuilt):
        if not row:
            per_page.setdefault(line.page, []).append(len(line.text))
    overall = _full_width([n for widths in per_page.values() for n in widths])
    narrow = {page: own for page, own in ((page, _full_width(widths)) for page, widths in per_page.items()
                                          if len(widths) >= 12) if own < 0.75 * overall}
    return overall, narrow


_FOLIO = re.compile(r"\d{1,3}|[ivxlc]{1,6}")  # a page number alone on its line


def _is_entry(line: str) -> bool:
    """A contents entry: a title with dot leaders and its page number, or a numbered title and its page number."""
    return bool(CONTENTS_ENTRY.search(line) or CONTENTS_NUMBERED.match(line))


def _is_contents_page(text: str) -> bool:
    """A table of contents: many lines end in dot leaders and a page number."""
    lines = [line for line in text.split("\n") if line.strip()]
    entries = sum(1 for line in lines if _is_entry(line))
    titled = any(line.strip().lower() in ("contents", "table of contents", "contents page") for line in lines[:3])
    if titled:  # page numbers may come out on lines of their own
        entries += sum(1 for line in lines if _FOLIO.fullmatch(line.strip()))
    return entries >= 5 and entries >= (0.25 if titled else 0.4) * len(lines)


# "5 Findings 5.1 The partnership …": a section's heading and its first paragraph on one line; the paragraph
# number repeats the section number, which is what tells the heading's end
HEADING_RUN_IN = re.compile(r"^(?P<n>\d{1,2})\.?\s+(?P<head>[A-Z][^.;:!?\d]{1,80}?)\s+(?P<para>(?P=n)\.\d{1,3}\.?\s+\S.*)$")


# "Early months. 4.1 HV1 carried out …", "Second incident. 4.13": a run-in side heading printed before the
# paragraph's number on its line; the number is then a paragraph start like any other (it must still fit the
# numbering, or the line stays text)
# "Finding 1: Dogs as nuisance, not risk. 5.2 Every agency …": the side heading may carry its own label and count
LEAD_RUN_IN = re.compile(r"^(?P<head>(?P<label>[A-Z][a-z]+(?: [a-z]+)? \d{1,2}[.:] )?[A-Z][^.;:!?\d]{1,60}[.:])\s+"
                         r"(?P<para>\d{1,2}\.\d{1,3}\.?(?:\s+\S.*)?)$")
LEAD_WORDS = 8


def _heading_run_in(text: str) -> list[str]:
    found = HEADING_RUN_IN.match(text)
    if found and len(found.group("head").split()) <= 10:
        return [f"{found.group('n')} {found.group('head')}", found.group("para")]
    return [text]


def page_lines(text: str, page: int) -> list[Line]:
    """One page's text as lines, a heading run in before a paragraph number set on a line of its own."""
    out: list[Line] = []
    for raw in text.split("\n"):
        if not raw.strip():
            continue
        for part in _heading_run_in(raw):
            found = LEAD_RUN_IN.match(part)
            if found and len(found.group("head").split()) <= LEAD_WORDS + 3 * bool(found.group("label")):
                out += [Line(found.group("head"), page, lead=True), Line(found.group("para"), page)]
            else:
                out.append(Line(part, page))
    return out


def wrapped_headings(lines: list[Line], whole, starts_body, skip: list[bool]) -> dict[int, int]:
    """Headings set over two to four lines, each wholly in bold or larger type ("Episode 2: early help and the
    knife at" / "school (November 2023 to February" / "2024)"): first line → the line after the last. Only a run
    that reads as a title (no line ends a sentence, at most 20 words, not numbered: a numbered heading's wrap has
    its own rule) with body text after it. ``whole(i)``: line i is wholly set apart; ``starts_body(i)``: line i
    starts body text."""
    runs: dict[int, int] = {}
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and j - i < 4 and not skip[j] and lines[j].page == lines[i].page and whole(j):
            j += 1
        run = lines[i:j]
        if len(run) >= 2 and not PARA_NUMBER.match(run[0].text) and not any(TERMINAL.search(line.text) for line in run) \
                and sum(len(line.text.split()) for line in run) <= 20 and starts_body(j):
            runs[i] = j
        i = max(j, i + 1)
    return runs


def starts_with_date(lines: list[Line], i: int) -> bool:
    """Line i is led by a date, also when the date cell wraps ("Early September" / "2007")."""
    text = lines[i].text
    if DATE_LEAD.match(text):
        return True
    if len(text) <= 25 and i + 1 < len(lines):
        found = DATE_LEAD.match(f"{text} {lines[i + 1].text}")
        return bool(found and found.end() > len(text))
    return False


_CONTENTS_TITLE = re.compile(r"(?:table of )?contents", re.IGNORECASE)
_TITLE_FOLIO = re.compile(r"^[A-Z].{1,80}\s(?:\d{1,3}|[ivxlc]{1,6})$")  # "Foreword ii", "4 Key episodes 2"


def contents_lists(lines: list[Line]) -> set[int]:
    """A contents list set on a page that holds other text (after a foreword, before a summary): the "Contents"
    line and the titles and page numbers under it, each number on a line of its own or ending its title's line,
    up to the last page number, when there are at least four."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if not _CONTENTS_TITLE.fullmatch(line.text.strip()):
            continue
        j, folios, last = i + 1, 0, i
        while j < len(lines) and lines[j].page == line.page:
            text = lines[j].text
            folio = bool(_FOLIO.fullmatch(text.strip()) or _is_entry(text) or _TITLE_FOLIO.match(text))
            if not folio and not (_is_heading_like(text) and len(text) <= 80):
                break
            folios, last = folios + folio, j if folio else last
            j += 1
        if folios >= 4:
            out.update(range(i, last + 1))
    return out


def contents_page_lines(text: str, number: int) -> list[Line]:
    """A contents page's lines that are not its contents: the text after the list when the page goes on with
    two sentences or more (a foreword set under the contents), else none."""
    lines = page_lines(text, number)
    listed = contents_lists(lines)
    rest = [line for i, line in enumerate(lines) if i > max(listed, default=len(lines))]
    return rest if sum(1 for line in rest if SENTENCE_END.search(line.text)) >= 2 else []
