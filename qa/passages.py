"""Clean pages of one document → structure-aware passages and their sentences.

Owns: recognising the report's own paragraph numbers ("3.14", "12.", "5.2.3"), headings, bullet items,
chronology-table rows (a line led by a date starts a row; the row is one unit, so its date belongs to its
event), the table rows qa/tables.py rebuilt at ingest (each one unit, a repeated header row dropped),
contents-page entries (dropped), and cutting everything into passages that never mix documents.
Every passage records which physical page each of its characters came from, so a quote taken from a
passage that crosses a page break is cited to the page that holds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sentencex import segment

from qa.spans import DATE_RE
from qa.tables import TABLE_ROW
from qa.types import Page, Passage, Sentence

MAX_PASSAGE_CHARS = 1000  # longer paragraphs are cut at sentence boundaries (the encoder reads ~256 tokens)
MERGE_TEXT_CHARS = 600  # unnumbered text blocks are merged up to this size
ROW_MAX_CHARS = 1200
MAX_SENTENCE_CHARS = 400  # longer runs without a full stop (table cells) are cut into pieces

DATE_LEAD = DATE_RE  # a line that starts with a date (matched at the start only)
MONTH_START = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
PARA_NUMBER = re.compile(
    r"^(?:(?P<num>\d{1,2}(?:\.\d{1,3}){0,3})(?P<dot>\.?)|\[(?P<bracketed>\d{1,3})\])(?:\s+(?P<rest>\S.*))?$"
)
BULLET = re.compile(r"^(?:[•●▪■◦‣∙·\-–—*]|\(?[a-z]\)|\(?[ivx]{1,4}\)|\(\d{1,2}\))\s+\S")
CONTENTS_ENTRY = re.compile(r"(?:\.{3,}|…{2,}|(?:\. ){3,})\s*\d{1,4}$|^\S.{2,80}\s\.{2,}\s*\d{1,4}$")
# "2.2 The adults in the household 3": a numbered heading followed by its page number, no leaders
CONTENTS_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[A-Z]\.|Appendix [A-Z0-9]+:?)\s+[A-Z][^.;:]{2,80}?\s\d{1,3}(?:\s|$)")
BULLET_ALONE = re.compile(r"^[•●▪■◦‣∙·\-–—*]$")
TERMINAL = re.compile(r"[.!?:;][\"'”’)\]]*$")
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
CONTINUES = re.compile(
    r"\b(?:on|of|the|a|an|in|at|by|from|to|and|or|between|since|until|dated|before|after|for|with|that|"
    r"which|was|were|is|are|than|as|her|his|their|its|this|these)$",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------------------------------
# Lines → blocks
# --------------------------------------------------------------------------------------------------


@dataclass
class Line:
    text: str
    page: int


@dataclass
class Block:
    kind: str  # para | row | bullet | heading | lines (a run of short lines: a letterhead, an address)
    lines: list[Line] = field(default_factory=list)
    number: str | None = None  # paragraph number, for numbered paragraphs (and numbered headings)
    head: str | None = None  # a rebuilt table row: its table's header row ("Name | Relationship | Age at …")

    @property
    def chars(self) -> int:
        return sum(len(line.text) + 1 for line in self.lines)


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


def _is_heading(text: str, previous: Line | None, following: Line | None, typical: int, body_follows: bool) -> bool:
    """A short title line: no closing punctuation, mostly capitalised, not the tail or head of a wrapped
    sentence (the previous line ended a sentence; the line itself is short or the next starts afresh),
    and followed by body text. Runs of short lines (table cells, a title page) are text, not headings."""
    if not body_follows:
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
    if CONTINUES.search(text):
        return False
    if len(text) >= 0.7 * typical and following is not None and following.text[:1].islower():
        return False  # the first line of a wrapped paragraph
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitalised / len(words) >= 0.5 or len(words) <= 6


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


def _is_contents_page(text: str) -> bool:
    """A table of contents: many lines end in dot leaders and a page number."""
    lines = [line for line in text.split("\n") if line.strip()]
    entries = sum(1 for line in lines if CONTENTS_ENTRY.search(line) or CONTENTS_NUMBERED.match(line))
    titled = any(line.strip().lower() in ("contents", "table of contents", "contents page") for line in lines[:3])
    if titled:  # page numbers may come out on lines of their own
        entries += sum(1 for line in lines if re.fullmatch(r"\d{1,3}|[ivxlc]{1,6}", line.strip()))
    return entries >= 5 and entries >= (0.25 if titled else 0.4) * len(lines)


# "5 Findings 5.1 The partnership …": a section's heading and its first paragraph on one line; the paragraph
# number repeats the section number, which is what tells the heading's end
HEADING_RUN_IN = re.compile(r"^(?P<n>\d{1,2})\.?\s+(?P<head>[A-Z][^.;:!?\d]{1,80}?)\s+(?P<para>(?P=n)\.\d{1,3}\.?\s+\S.*)$")


def _heading_run_in(text: str) -> list[str]:
    found = HEADING_RUN_IN.match(text)
    if not found or len(found.group("head").split()) > 10:
        return [text]
    return [f"{found.group('n')} {found.group('head')}", found.group("para")]


def split_blocks(pages: list[Page]) -> list[Block]:
    """Walk the lines of all pages in order and group them into paragraphs, rows, bullets and headings."""
    lines = [
        Line(part, page.number)
        for page in pages
        if not _is_contents_page(page.text)
        for text in page.text.split("\n")
        if text.strip()
        for part in _heading_run_in(text)
    ]
    rebuilt = [bool(TABLE_ROW.search(line.text)) for line in lines]  # table rows qa/tables.py put together
    def full_width(widths: list[int]) -> int:
        """How long a full line is: the 80th percentile of line lengths."""
        return sorted(widths)[int(len(widths) * 0.8)] if widths else 80

    per_page: dict[int, list[int]] = {}
    for line, row in zip(lines, rebuilt):
        if not row:
            per_page.setdefault(line.page, []).append(len(line.text))
    overall = full_width([n for widths in per_page.values() for n in widths])
    # a page set in narrower columns than the rest (a two-column body after single-column front matter) has
    # shorter full lines: what is short or long there is measured against its own lines
    narrow = {page: own for page, own in ((page, full_width(widths)) for page, widths in per_page.items()
                                          if len(widths) >= 12) if own < 0.75 * overall}
    typical = overall
    styled = {page.number: [" ".join(t.split()) for t in page.styled] for page in pages if page.styled is not None}

    def set_apart(line: Line) -> bool:
        """Where the page's type is known, only text set in bold or larger type can be a heading."""
        own = styled.get(line.page)
        text = " ".join(line.text.split())
        return own is None or any(text == s or (len(s) >= 3 and text.startswith(s)) or s.startswith(text) for s in own)
    def starts_with_date(i: int) -> bool:
        """A line led by a date, also when the date cell wraps ("Early September" / "2007")."""
        text = lines[i].text
        if DATE_LEAD.match(text):
            return True
        if len(text) <= 25 and i + 1 < len(lines):
            joined = f"{text} {lines[i + 1].text}"
            found = DATE_LEAD.match(joined)
            return bool(found and found.end() > len(text))
        return False

    date_led = [starts_with_date(i) for i in range(len(lines))]

    def body_like(j: int) -> bool:
        """Does line j start body text (or is there none)? Then a short line before it can be a heading."""
        if j >= len(lines):
            return True
        text = lines[j].text
        numbered = PARA_NUMBER.match(text)
        return bool(
            (numbered and numbered.group("bracketed"))
            or (numbered and numbered.group("rest") and numbered.group("dot"))
            or (numbered and numbered.group("num") and "." in numbered.group("num"))
            or BULLET.match(text)
            or BULLET_ALONE.match(text)  # "–" on its own line, the item's text on the next
            or date_led[j]
            or rebuilt[j]  # a table's first row: the line above is its caption ("KEY DATES")
            or len(text) >= 0.6 * typical
        )

    blocks: list[Block] = []
    last_number: list[int] | None = None
    in_table = False
    table_header: set[str] = set()
    table_heads: set[str] = set()
    head: str | None = None
    pending_number: str | None = None
    for i, line in enumerate(lines):
        text = line.text
        previous = lines[i - 1] if i else None
        following = lines[i + 1] if i + 1 < len(lines) else None
        current = blocks[-1] if blocks else None
        typical = narrow.get(line.page, overall)
        if i and rebuilt[i - 1] and not rebuilt[i]:
            current = None  # a rebuilt table row is whole: what follows it is never a wrapped cell of it

        if rebuilt[i]:  # a table row rebuilt at ingest ("Mr C | Cousin of Mr B … | 37 years")
            heads = previous is None or not rebuilt[i - 1]
            if text.lower() in table_heads:
                continue  # the header row repeated at the top of the next page (right after the last row)
            if heads:
                table_heads.add(text.lower())
                head = text
            blocks.append(Block("row", [line], head=None if heads else head))
            in_table = False
            continue
        if CONTENTS_ENTRY.search(text):
            blocks.append(Block("contents", [line]))
            continue

        match = PARA_NUMBER.match(text)
        if match and match.group("bracketed"):  # "[12] The panel …": unambiguous, never a heading
            if match.group("rest"):
                blocks.append(Block("para", [Line(match.group("rest"), line.page)], number=match.group("bracketed")))
            else:
                pending_number = match.group("bracketed")
            in_table = False
            continue
        if match and date_led[i] and not plausible_next(last_number, _number_parts(match.group("num"))):
            match = None  # "14.03.07 Health visitor …" is a table row, not paragraph 14.3.7
        if match:
            parts = _number_parts(match.group("num"))
            rest = match.group("rest")
            single = len(parts) == 1
            starts_ok = rest is None or rest[:1].isupper() or rest[:1] in "\"'“‘([" or rest[:1].isdigit()
            if single and not match.group("dot") and rest is not None:
                starts_ok = False  # "14 March …" or "12 people …": a bare integer needs its full stop
            if starts_ok and (plausible_next(last_number, parts) or (single and match.group("dot"))):
                if rest is None:  # number alone on its line; the text follows
                    pending_number = match.group("num")
                    last_number = parts
                    continue
                wrapped = len(text) >= 0.7 * typical or (following is not None and following.text[:1].islower())
                if _is_heading_like(rest) and len(rest.split()) <= 10 and not wrapped:
                    blocks.append(Block("heading", [Line(text, line.page)], number=match.group("num")))
                    last_number = parts
                    in_table = False
                    continue
                last_number = parts
                blocks.append(Block("para", [Line(rest, line.page)], number=match.group("num")))
                in_table = False
                continue

        if pending_number is not None:
            blocks.append(Block("para", [line], number=pending_number))
            pending_number = None
            continue

        if date_led[i]:
            near = any(date_led[j] for j in range(max(0, i - 8), min(len(lines), i + 9)) if j != i)
            found = DATE_LEAD.match(text)
            date_end = found.end() if found else len(text)
            joins_previous = previous is not None and (
                (CONTINUES.search(previous.text) and not in_table)
                or (re.search(r"\b\d{1,2}$", previous.text) and MONTH_START.match(text))  # "arranged for 3" / "October 2007"
                or (previous.text.endswith(",") and not in_table)
            )
            # "… letter typed" / "14/11/07." : a wrapped cell that happens to start with a date ends a sentence
            joins_previous = joins_previous or bool(re.match(r"[.,;:)]\s*$", text[date_end:]))
            if (near or in_table) and not joins_previous:
                if not in_table:  # the short lines just above the first row are the table's header
                    for j in range(i - 1, max(-1, i - 5), -1):
                        if len(lines[j].text) > 40 or date_led[j]:
                            break
                        table_header.add(lines[j].text.lower())
                blocks.append(Block("row", [line]))
                in_table = True
                continue
        if in_table and text.lower() in table_header:
            continue  # the header row repeated at the top of the next page

        if BULLET.match(text):
            blocks.append(Block("bullet", [line]))
            continue
        if BULLET_ALONE.match(text):  # "•" on its own line, the item's text on the next
            blocks.append(Block("bullet", []))
            continue
        if current is not None and current.kind == "bullet" and not current.lines:
            current.lines.append(line)
            continue

        shouting = text.isupper() and len(text.split()) >= 2  # "WORDS USED IN THIS SUMMARY" is no wrapped table cell
        # A letterhead, an address or a signature is a run of short lines, each a fact of its own ("Rachel
        # Tennant MP" / "Minister of State for …"; "Our reference: MIN/CYP/2010/0417"): a "lines" block. A
        # letter's field ("To: …") or its closing ("Yours sincerely,") starts one; its last line, though body
        # text follows, is no heading.
        short = _is_short_line(text, typical)
        if LETTER_FIELD.match(text) or VALEDICTION.match(text):
            blocks.append(Block("lines", [line]))
            in_table = False
            continue
        in_short_run = (
            current is not None and current.kind in ("para", "lines") and current.number is None  # "1.1 …" keeps its number
            and previous is not None
            and previous.page == line.page
            and (current.kind == "lines" or all(_is_short_line(run.text, typical) for run in current.lines))
        )
        numbered = PARA_NUMBER.match(following.text) if following is not None and not date_led[i + 1] else None
        numbered_next = bool(numbered and numbered.group("num") and ("." in numbered.group("num") or numbered.group("dot")))
        if in_short_run and short and not numbered_next:  # "Executive Summary" above "1.1 …" stays a heading
            current.kind = "lines"
            current.lines.append(line)
            continue
        if current is not None and current.kind == "lines":
            current = None  # body text after a run of short lines starts a paragraph of its own
        heading_shape = _is_heading(text, previous, following, typical, body_like(i + 1))
        apart = heading_shape and set_apart(line)
        if heading_shape and not apart and short:
            blocks.append(Block("lines", [line]))  # shaped like a heading, set as body: a line of its own ("Published …")
            continue
        if apart and (
            current is None or current.kind != "row" or not current.lines or TERMINAL.search(current.lines[-1].text)
            or shouting
        ):
            if current is not None and current.kind == "row" and following is not None and not date_led[i + 1]:
                in_table = False
            if current is None or current.kind != "row" or len(text.split()) <= 8:
                blocks.append(Block("heading", [line]))
                continue

        ends_paragraph = (
            previous is not None
            and TERMINAL.search(previous.text)
            and len(previous.text) < 0.75 * typical
            and current is not None
            and current.kind in ("para", "bullet")
        )
        if current is None or current.kind in ("heading", "contents", "lines") or ends_paragraph:
            blocks.append(Block("para", [line]))
            in_table = False
        else:
            current.lines.append(line)
    return blocks


# --------------------------------------------------------------------------------------------------
# Blocks → passages
# --------------------------------------------------------------------------------------------------


def _join(lines: list[Line]) -> tuple[str, list[tuple[int, int]]]:
    text = ""
    breaks: list[tuple[int, int]] = []
    for line in lines:
        if text:
            text += " "
        if not breaks or breaks[-1][1] != line.page:
            breaks.append((len(text), line.page))
        text += line.text
    return text, breaks


def split_sentences(text: str) -> list[Sentence]:
    """Sentence offsets in ``text`` (sentencex rules: abbreviations, initials, decimals)."""
    sentences: list[Sentence] = []
    cursor = 0
    for piece in segment("en", text):
        stripped = piece.strip()
        if not stripped:
            continue
        start = text.find(stripped, cursor)
        if start < 0:
            continue
        end = start + len(stripped)
        glued = sentences and start == sentences[-1].end  # "window.__pwned": no space, no new sentence
        if sentences and (glued or (len(stripped) < 4 and not re.search(r"[A-Za-z]{2}", stripped))):
            sentences[-1] = Sentence(sentences[-1].start, end)  # "4." or ")" is not a sentence
        else:
            sentences.append(Sentence(start, end))
        cursor = end
    return [part for sentence in sentences for part in _cut_run_on(text, sentence)]


def _cut_run_on(text: str, sentence: Sentence, limit: int = MAX_SENTENCE_CHARS) -> list[Sentence]:
    """A "sentence" longer than ``limit`` (table cells run together) is cut at spaces."""
    parts: list[Sentence] = []
    start = sentence.start
    while sentence.end - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        if cut <= start:
            break
        parts.append(Sentence(start, cut))
        start = cut + 1
    parts.append(Sentence(start, sentence.end))
    return parts


def _sub_passage(
    base: Passage, text: str, breaks: list[tuple[int, int]], offset: int, sentences: list[Sentence]
) -> Passage:
    local_breaks = [(max(0, s - offset), p) for s, p in breaks if s < offset + len(text)]
    first = [b for b in local_breaks if b[0] == 0]
    local_breaks = ([first[-1]] if first else [(0, base.page_at(offset))]) + [b for b in local_breaks if b[0] > 0]
    return Passage(
        file=base.file,
        title=base.title,
        text=text,
        page_breaks=local_breaks,
        paragraph=base.paragraph,
        section=base.section,
        kind=base.kind,
        sentences=[Sentence(s.start - offset, s.end - offset) for s in sentences],
    )


def _split_long(passage: Passage, limit: int) -> list[Passage]:
    sentences = split_sentences(passage.text)
    if not sentences:
        return []
    if len(passage.text) <= limit:
        passage.sentences = sentences
        return [passage]
    parts: list[Passage] = []
    group: list[Sentence] = []
    for sentence in sentences + [None]:
        if sentence is not None and (not group or sentence.end - group[0].start <= limit):
            group.append(sentence)
            continue
        start, end = group[0].start, group[-1].end
        parts.append(_sub_passage(passage, passage.text[start:end], passage.page_breaks, start, group))
        group = [sentence] if sentence is not None else []
    return parts


def embedding_text(passage: Passage) -> str:
    """What the encoder and BM25 read for a passage: its heading gives context the paragraph omits."""
    if passage.section and passage.section not in passage.text:
        return f"{passage.section}: {passage.text}"
    return passage.text


def _lines_passage(lines: list[Line], file: str, title: str, section: str | None) -> Passage:
    """A passage whose sentences are its lines (a title page, a letterhead): they end no sentence, yet each
    says one thing ("Rachel Tennant MP", "Our reference: MIN/CYP/2010/0417")."""
    text, breaks = _join(lines)
    passage = Passage(file, title, text, breaks, None, section, "text")
    offsets, cursor = [], 0
    for line in lines:
        start = text.index(line.text, cursor)
        offsets.append(Sentence(start, start + len(line.text)))
        cursor = start + len(line.text)
    passage.sentences = offsets
    return passage


def build_passages(pages: list[Page], file: str, title: str) -> list[Passage]:
    """All passages of one document, in reading order."""
    blocks = split_blocks(pages)
    passages: list[Passage] = []
    section: str | None = None
    current: list[Line] = []
    current_kind = "text"
    current_number: str | None = None
    heading_run: list[Line] = []

    def flush(head: str | None = None) -> None:
        nonlocal current, current_number, current_kind
        if current:
            text, breaks = _join(current)
            # a table row's section names its table's columns too: "Age at 13 November 2007" is what "37 years" is
            where = f"{section} — {head}" if section and head else (head or section)
            passage = Passage(file, title, text, breaks, current_number, where, current_kind)
            passages.extend(_split_long(passage, ROW_MAX_CHARS if current_kind == "row" else MAX_PASSAGE_CHARS))
        current, current_number, current_kind = [], None, "text"

    def flush_headings(alone: bool = False) -> None:
        """Headings become the section of what follows; a run of three or more (a title page), one that
        nothing follows on its page, or one that gives a date ("Published 29th May 2009" on a cover) is kept
        as a text passage too, so no words are lost and the date can be an answer."""
        nonlocal heading_run
        dated = any(DATE_RE.search(line.text) for line in heading_run)
        if heading_run and (len(heading_run) >= 3 or alone or dated):
            passages.append(_lines_passage(heading_run, file, title, section))
        heading_run = []

    for block in blocks:
        if block.kind == "contents":
            continue
        if block.kind == "heading":
            flush()
            heading_run.extend(block.lines)
            section = " ".join(line.text for line in heading_run)  # "2 Background 2.1 The family": none lost
            continue
        flush_headings(alone=bool(heading_run) and bool(block.lines) and block.lines[0].page != heading_run[-1].page)
        if block.kind == "row":
            flush()
            current, current_kind = list(block.lines), "row"
            flush(block.head)
        elif block.kind == "lines":
            flush()
            passages.append(_lines_passage(block.lines, file, title, section))
        elif block.kind == "para" and block.number:
            flush()
            current, current_kind, current_number = list(block.lines), "paragraph", block.number
        elif block.kind == "bullet":
            if current and current_kind in ("paragraph", "list", "text") and len(current) < 40:
                current.extend(block.lines)
                if current_kind == "text":
                    current_kind = "list"
            else:
                flush()
                current, current_kind = list(block.lines), "list"
        else:  # unnumbered paragraph
            size = sum(len(line.text) + 1 for line in current)
            if current and current_kind in ("text", "list") and size + block.chars <= MERGE_TEXT_CHARS:
                current.extend(block.lines)
            elif current and current_kind == "paragraph" and size + block.chars <= MAX_PASSAGE_CHARS:
                current.extend(block.lines)  # a continuation of the numbered paragraph
            else:
                flush()
                current, current_kind = list(block.lines), "text"
    flush()
    flush_headings(alone=True)
    passages.extend(aside_passages(pages, passages, file, title))
    return [p for p in passages if p.text.strip() and p.sentences]


def aside_passages(pages: list[Page], body: list[Passage], file: str, title: str) -> list[Passage]:
    """A page's footnotes, sidebars and pull quotes (qa/layout/), each a passage of its own. A footnote is cited
    by its number (``paragraph`` "footnote 8", as a reader would cite it); its section names the paragraph
    whose text carries its marker ("Footnote 8, to paragraph 4.12"), found by the words the marker followed on
    that page."""
    out: list[Passage] = []
    for page in pages:
        for aside in page.asides:
            if aside.kind == "footnote":
                cites = next(
                    (p for p in body if p.page <= page.number <= p.last_page and aside.anchor
                     and aside.anchor in " ".join(p.text.split())),
                    None,
                )
                section = f"Footnote {aside.marker}"
                if cites is not None and cites.paragraph:
                    section += f", to paragraph {cites.paragraph}"
                kind = "footnote"
            else:
                kind = "aside"
                section = next((p.section for p in reversed(body) if p.page <= page.number), None)
            number = f"footnote {aside.marker}" if kind == "footnote" and aside.marker else None
            passage = Passage(file, title, aside.text, [(0, page.number)], number, section, kind)
            out.extend(_split_long(passage, MAX_PASSAGE_CHARS))
    return out
