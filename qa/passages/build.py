"""Blocks → passages: one per numbered paragraph, row, list or run of text (long ones cut at sentence
boundaries), headings as the section of what follows, footnotes and asides as passages of their own; each
passage knows the page of every character."""

from __future__ import annotations

import re

from qa.passages.blocks import Block, split_blocks
from qa.passages.lines import Line
from qa.passages.sentences import split_sentences
from qa.spans import DATE_RE
from qa.types import Page, Passage, Sentence

MAX_PASSAGE_CHARS = 1000  # longer paragraphs are cut at sentence boundaries (the encoder reads ~256 tokens)
MERGE_TEXT_CHARS = 600  # unnumbered text blocks are merged up to this size
ROW_MAX_CHARS = 1200
# a table's caption ("Table 2: Chronology of key events", "Table 1. Key episodes, 2024"): it heads the table's rows,
# not the text that follows the table
TABLE_CAPTION = re.compile(r"^Table\s+\d+[.:]?\s", re.IGNORECASE)

# a labelled field set like a heading, its value a name, a code or a number: "Independent reviewer: Dr Alys Pennant"
COVER_FIELD = re.compile(r"[A-Z][A-Za-z’' -]{2,40}:\s+[A-Z0-9]")


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


def number_points(blocks: list[Block]) -> None:
    """A briefing's or a summary's numbered points, each a numbered title over its text ("4. The domestic abuse
    incident" / "Police were called …" / "5. The bruise"): the text under the title is that point and carries its
    number, as printed, when the next number is not one below it. A section's heading over paragraphs with
    numbers of their own ("4 Findings" / … / "4.1 The …") leaves the text between them unnumbered."""
    for k, block in enumerate(blocks):
        if block.kind != "heading" or not block.number:
            continue
        under = []
        for following in blocks[k + 1 :]:
            if following.kind != "para" or following.number:
                break
            under.append(following)
        after = next((b.number for b in blocks[k + 1 + len(under) :] if b.number), None)
        if under and not (after and after.startswith(f"{block.number}.")):
            for point in under:
                point.number = block.number


def build_passages(pages: list[Page], file: str, title: str) -> list[Passage]:
    """All passages of one document, in reading order."""
    blocks = split_blocks(pages)
    number_points(blocks)
    passages: list[Passage] = []
    section: str | None = None
    outer: str | None = None  # the section a run-in side heading sits in
    current: list[Line] = []
    current_kind = "text"
    current_number: str | None = None
    heading_run: list[Line] = []
    first_page = pages[0].number if pages else 1
    # under a table's caption: the section and outer section it interrupts (back once the table's rows end)
    interrupted: tuple[str | None, str | None] | None = None
    table_rows = False  # the captioned table's rows have started

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
        nothing follows on its page, one that gives a date ("Published 29th May 2009" on a cover), or a labelled
        field on the document's first page (a cover's or a letterhead's fields are its facts: "Independent
        reviewer: Dr …", "Our reference: …") is kept as a text passage too, so no words are lost and they can be
        answers."""
        nonlocal heading_run
        dated = any(DATE_RE.search(line.text) for line in heading_run)
        cover = bool(heading_run) and heading_run[0].page == first_page and any(
            COVER_FIELD.match(line.text) for line in heading_run)
        if heading_run and (len(heading_run) >= 3 or alone or dated or cover):
            passages.append(_lines_passage(heading_run, file, title, section))
        heading_run = []

    for block in blocks:
        if block.kind == "contents":
            continue
        if block.kind == "heading":
            flush()
            if block.lines and block.lines[0].lead:  # a run-in side heading ("Drug use." / "4.11 …"): within its section
                section = f"{outer} — {block.lines[0].text}" if outer else block.lines[0].text
                continue
            if heading_run and block.lines and block.lines[0].page != heading_run[-1].page:
                flush_headings(alone=True)  # nothing followed those on their page: they do not title this one's text
            if not heading_run and TABLE_CAPTION.match(block.lines[0].text):
                interrupted, table_rows = (section, outer), False
            elif table_rows:  # a heading after the table: its own section
                interrupted, table_rows = None, False
            heading_run.extend(block.lines)
            section = outer = " ".join(line.text for line in heading_run)  # "2 Background 2.1 The family": none lost
            continue
        if interrupted and block.kind == "row":
            table_rows = True
        elif interrupted and table_rows:  # the table is over: what follows is in the section the caption interrupted
            (section, outer), interrupted, table_rows = interrupted, None, False
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
