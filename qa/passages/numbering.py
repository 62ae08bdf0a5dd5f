"""Paragraphs numbered with bare integers ("34 At 02.15 hrs on 19 August 2021 Mother rang 999 …"), found as a
property of the whole document, and the headings set just above them.

A line that starts "14 March …", "12 Children were …" or "40 Pellam Street" is no paragraph number on its own, so
``qa.passages.blocks`` refuses a bare integer without its full stop. Some reports (Welsh practice reviews, many
legal-style documents) number every paragraph 1, 2, 3 … straight through with no dot. Such a document shows it:
many of its lines of body text start with an integer and a capitalised word, and those integers run in sequence
(n, n+1, … with small gaps where extraction lost a number) through the pages. Only the line starts that make up
such a run are paragraph starts; a date, a time, an amount, a table row, a heading ("1 Introduction") or a count
out of sequence is not. A document without such a run comes out exactly as before.

An appendix or a summary may number its paragraphs the same way behind a letter prefix counting from 1 (A1, A2 …;
ES1, ES2 …): four such line starts in sequence make a scheme, numbered as printed ("A3"); role codes that start
lines (HV2, HV3 …) do not count from 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.passages.lines import (
    CONTINUES, PARA_NUMBER, SENTENCE_END, TERMINAL, Line, _is_heading_like, _number_parts, plausible_next,
)

BARE_START = re.compile(r"^(?P<prefix>[A-Z]{1,3}\.?)?(?P<num>[1-9]\d{0,2})\s+(?P<rest>[A-Z“\"‘'(].*)$")
MONTH = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
)
MIN_RUN = 8  # fewer numbered line starts than this is no numbering scheme ("1 Background" … "7 Find out more")
MIN_LETTERED_RUN = 4  # numbers behind a letter prefix counting up from 1 (an appendix's A1, A2 …, a summary's
# ES1, ES2 …) are a scheme sooner: a role code at a line start ("HV2 Visited …") is rarely followed by a capital
MAX_STEP = 3  # the next number, or one or two later where extraction lost a paragraph's number
MAX_PAGE_GAP = 3  # the next paragraph's number is at most this many pages on (a long table may come between)
DENSITY = 0.6  # the run names at least this share of the numbers between its first and its last
WRAPPED = 0.5  # and at least this share of its paragraphs run past their first line (a list of one-line items
# "1 Shows help information." … is no paragraph numbering)
RUNS_TRIED = 12  # a document numbers its paragraphs in a few runs (a summary, the report, an appendix): after
# looking at this many of the longest, the rest of a table-heavy document is not searched again and again
HEADING_LINES = 2  # a heading above a numbered paragraph wraps to at most this many lines
HEADING_WORDS = 16


@dataclass
class _Start:
    line: int  # index of the line
    number: int
    prefix: str  # "" for a bare integer, else the letters before it ("A", "ES", "B.")
    page: int
    rest: str  # the paragraph's first text, after its number
    wrapped: bool  # the line runs to the full width, or the next goes on in lower case: the paragraph goes on


def _candidate(lines: list[Line], i: int, width: int) -> _Start | None:
    """Line i when it could start a paragraph numbered with a bare integer: an integer, then body text starting
    with a capital — not a month ("14 March"), not a short heading ("1 Introduction"), and not the continuation of
    a sentence the line before left open ("… arranged for" / "12 Children …")."""
    found = BARE_START.match(lines[i].text)
    if not found or MONTH.match(found.group("rest")):
        return None
    rest = found.group("rest")
    # a short line is a heading ("1 Introduction") unless the next line goes on with its sentence in lower case
    # (a paragraph in a narrow column: "4 Notifications were screened in" / "isolation. The first …")
    goes_on = i + 1 < len(lines) and lines[i + 1].text[:1].islower()
    if _is_heading_like(rest) and len(lines[i].text) < 0.6 * width and not goes_on:
        return None
    previous = lines[i - 1].text if i else ""
    if CONTINUES.search(previous) or previous.endswith((",", "-")):
        return None
    return _Start(i, int(found.group("num")), found.group("prefix") or "", lines[i].page, rest,
                  len(lines[i].text) >= 0.75 * width or goes_on)


def _longest(starts: list[_Start]) -> list[int]:
    """Positions in ``starts`` of the longest run whose numbers count up in steps of 1 to MAX_STEP, each at most
    MAX_PAGE_GAP pages after the one before. Where two line starts could carry the same number, the later one is
    taken: a stray "5 Children …" inside paragraph 4 comes before the real paragraph 5."""
    length = [1] * len(starts)
    back = [-1] * len(starts)
    best: dict[int, tuple[int, int]] = {}  # number → (length of the longest run ending in it, its position)
    for k, start in enumerate(starts):
        prior = [best[m] for m in range(start.number - MAX_STEP, start.number)
                 if m in best and start.page - starts[best[m][1]].page <= MAX_PAGE_GAP]
        if prior:
            run, j = max(prior)
            length[k], back[k] = run + 1, j
        if start.number not in best or length[k] >= best[start.number][0]:
            best[start.number] = (length[k], k)
    end = max(range(len(starts)), key=lambda k: (length[k], k))
    chain: list[int] = []
    while end >= 0:
        chain.append(end)
        end = back[end]
    return chain[::-1]


def _runs(starts: list[_Start], least: int = MIN_RUN) -> list[list[_Start]]:
    """The numbering runs among the candidate line starts: the longest, then those before and after it (a
    document may number a summary and then the report each from 1), in reading order."""
    found: list[list[_Start]] = []
    todo = [starts]
    for _ in range(RUNS_TRIED):
        todo = sorted((part for part in todo if len(part) >= least), key=len)
        if not todo:
            break
        part = todo.pop()  # the largest part not yet searched
        chain = _longest(part)
        if len(chain) < least:
            continue
        run = [part[k] for k in chain]
        if run[0].prefix and run[0].number != 1:
            todo += [part[: chain[0]], part[chain[-1] + 1:]]
            continue  # a lettered scheme counts from 1 (A1 …), a run of role codes from anywhere
        span = run[-1].number - run[0].number + 1
        if len(run) >= DENSITY * span and sum(s.wrapped for s in run) >= WRAPPED * len(run):
            found.append(run)
        todo += [part[: chain[0]], part[chain[-1] + 1:]]
    return sorted(found, key=lambda run: run[0].line)


def bare_paragraph_starts(lines: list[Line], widths: list[int], excluded: list[bool]) -> dict[int, tuple[str, str]]:
    """Line index → (paragraph number, the paragraph's first text) for every line that starts a paragraph numbered
    with a bare integer; empty for a document that does not number its paragraphs that way. ``widths`` is each
    line's full-line length on its page; ``excluded`` marks lines that are something else already (a table row
    rebuilt at ingest, a contents entry)."""
    starts = [s for i in range(len(lines)) if not excluded[i] and (s := _candidate(lines, i, widths[i]))]
    runs = _runs([s for s in starts if not s.prefix])
    for prefix in sorted({s.prefix for s in starts if s.prefix}):
        runs += _runs([s for s in starts if s.prefix == prefix], MIN_LETTERED_RUN)
    return {s.line: (f"{s.prefix}{s.number}", s.rest) for run in runs for s in run}


def headings_above(lines: list[Line], starts: dict[int, tuple[str, str]], excluded: list[bool]) -> set[int]:
    """Lines that are a heading run in above a numbered paragraph ("Learning theme 2: The father was present but
    not seen" / "54 Father was …"): at most HEADING_LINES short lines without closing punctuation, starting with a
    capital, between a line that ends a sentence (or a table row, or the start) and a numbered paragraph start.
    Lines after a colon are what it announces (list items, a quotation), not a heading. In
    a document numbered this way every paragraph of the body carries its number, so text there is a heading."""
    heads: set[int] = set()
    for start in starts:
        run: list[int] = []
        j = start - 1
        while j >= 0 and len(run) < HEADING_LINES and j not in starts and not excluded[j]:
            text = lines[j].text
            if TERMINAL.search(text) or len(text) > 100 or len(text.split()) > HEADING_WORDS:
                break
            run.append(j)
            j -= 1
        # the heading starts right after a sentence's end (not a colon, which announces a list or a quote), a table
        # row or the document's start, with a capital
        while run and not (run[-1] == 0 or excluded[run[-1] - 1] or SENTENCE_END.search(lines[run[-1] - 1].text)):
            run.pop()
        if run and (lines[run[-1]].text[:1].isupper() or lines[run[-1]].text[:1].isdigit()):
            heads.update(run)
    return heads


def run_starts(lines: list[Line], skipped: list[bool]) -> set[int]:
    """Lines whose multi-level paragraph number ("4.22 The …") and the next two such numbers count on from one
    another (4.1, 4.2, 4.3): a run of paragraph numbers, to be taken though it does not follow the last number
    taken (the numbering before it went unread: it began at 4.1, or a part of the document was read as a table).
    ``skipped`` marks lines that are something else already (a table row, a contents entry, a date-led row)."""
    dotted: list[list[int] | None] = []
    for line, skip in zip(lines, skipped):
        found = None if skip else PARA_NUMBER.match(line.text)
        num = found.group("num") if found and found.group("rest") else None
        dotted.append(_number_parts(num) if num and "." in num else None)
    later = [j for j, parts in enumerate(dotted) if parts]
    starts = set()
    for k, i in enumerate(later):
        nxt = [dotted[j] for j in later[k + 1 : k + 3]]
        if len(nxt) == 2 and plausible_next(dotted[i], nxt[0]) and plausible_next(nxt[0], nxt[1]):
            starts.add(i)
    return starts
