"""Lines of all pages → blocks: paragraphs (numbered or not), chronology-table rows, bullets, headings,
runs of short lines (a letterhead, an address) and contents entries, in reading order."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qa.passages.lines import (
    BULLET, BULLET_ALONE, CONTENTS_ENTRY, CONTINUES, DATE_LEAD, LETTER_FIELD, MONTH_START, PARA_NUMBER, TERMINAL,
    VALEDICTION, Line, _is_contents_page, _is_heading, _is_heading_like, _is_short_line, _number_parts,
    contents_lists, contents_page_lines, line_widths, page_lines, page_top_furniture, plausible_next,
    starts_with_date, wrapped_headings,
)
from qa.passages.inset_tables import inset_tables
from qa.passages.numbering import bare_paragraph_starts, headings_above, run_starts
from qa.passages.signatures import signature_end
from qa.spans import ROLE_CODE
from qa.tables import TABLE_ROW
from qa.types import Page


# a chronology row's cell of practitioners' codes alone on its line ("MW1", "CT1, DSL1", "SW3 and TM2"): text
# extraction prints it after the row's wrapped event, where it read as the heading of the rows after it
CODES_ONLY = re.compile(rf"^\s*{ROLE_CODE.pattern}(?:\s*(?:,|/|&|and)\s*{ROLE_CODE.pattern})*\s*$")


@dataclass
class Block:
    kind: str  # para | row | bullet | heading | lines (a run of short lines: a letterhead, an address)
    lines: list[Line] = field(default_factory=list)
    number: str | None = None  # paragraph number, for numbered paragraphs (and numbered headings)
    head: str | None = None  # a rebuilt table row: its table's header row ("Name | Relationship | Age at …")

    @property
    def chars(self) -> int:
        return sum(len(line.text) + 1 for line in self.lines)


def split_blocks(pages: list[Page]) -> list[Block]:
    """Walk the lines of all pages in order and group them into paragraphs, rows, bullets and headings."""
    lines = [line for page in pages for line in (
        contents_page_lines if _is_contents_page(page.text) else page_lines)(page.text, page.number)]
    furniture = page_top_furniture(lines)
    lines = [line for i, line in enumerate(lines) if i not in furniture]
    rebuilt = [bool(TABLE_ROW.search(line.text)) for line in lines]  # table rows qa/tables.py put together
    overall, narrow = line_widths(lines, rebuilt)
    typical = overall
    # a document that numbers its paragraphs 1, 2, 3 … without a dot: which line starts carry those numbers
    excluded = [row or bool(CONTENTS_ENTRY.search(line.text)) for line, row in zip(lines, rebuilt)]
    inset = inset_tables(lines, excluded)  # "5.2 … are:" / "Finding" / "In brief" / "1" / "Information …"
    excluded = [gone or i in inset for i, gone in enumerate(excluded)]
    bare = bare_paragraph_starts(lines, [narrow.get(line.page, overall) for line in lines], excluded)
    bare_heads = headings_above(lines, bare, excluded) if bare else set()
    styled = {page.number: [" ".join(t.split()) for t in page.styled] for page in pages if page.styled is not None}

    def set_apart(line: Line, rest: str | None = None) -> bool:
        """Where the page's type is known, only bold or larger type can be a heading; for a numbered line
        (``rest``: its text after the number), the text after the number: a paragraph number set in bold ("4.8"
        before "At 19.25 hrs on …") does not set its line apart."""
        own, text = styled.get(line.page), " ".join(line.text.split())
        if own is None:
            return True
        styled_as = lambda t, least: any(  # noqa: E731
            t == s or (len(s) >= least and t.startswith(s)) or s.startswith(t) for s in own)
        if rest is None:
            return styled_as(text, 3)
        rest = " ".join(rest.split())
        return styled_as(rest, 3) or styled_as(text, len(text) - len(rest) + 3)

    def set_whole(line: Line) -> bool:  # where the page's type is known: the whole line set in bold or larger type
        return (own := styled.get(line.page)) is not None and " ".join(line.text.split()) in own

    date_led = [starts_with_date(lines, i) for i in range(len(lines))]
    listed = contents_lists(lines)  # a contents list on a page that holds other text

    runs = run_starts(lines, [gone or led for gone, led in zip(excluded, date_led)])

    def body_like(j: int) -> bool:
        """Does line j start body text (or is there none)? Then a short line before it can be a heading."""
        if j >= len(lines):
            return True
        text = lines[j].text
        numbered = PARA_NUMBER.match(text)
        return bool(
            j in bare
            or (numbered and numbered.group("bracketed"))
            or (numbered and numbered.group("rest") and numbered.group("dot"))
            or (numbered and numbered.group("num") and "." in numbered.group("num"))
            or BULLET.match(text)
            or BULLET_ALONE.match(text)  # "–" on its own line, the item's text on the next
            or date_led[j]
            or rebuilt[j]  # a table's first row: the line above is its caption ("KEY DATES")
            or lines[j].lead  # a run-in side heading, its paragraph's number after it
            or len(text) >= 0.6 * typical
        )

    titles = wrapped_headings(lines, lambda j: set_whole(lines[j]), body_like, [a or b for a, b in zip(excluded, rebuilt)])
    blocks: list[Block] = []
    title_end = 0
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
        if i and (rebuilt[i - 1] or i - 1 in inset) and not (rebuilt[i] or i in inset):
            current = None  # a rebuilt table row is whole: what follows it is never a wrapped cell of it
        if i < title_end:
            continue  # taken with the heading or signature whose first line was read
        sign = None if i in titles or rebuilt[i] else signature_end(lines, i)
        if i in titles or sign:  # a heading set over several lines; a signature, which is none
            end = titles.get(i) or sign
            if sign and current is not None and current.kind == "lines" and VALEDICTION.match(previous.text.strip()):
                current.lines.extend(lines[i:end])  # a signature under "Yours sincerely," goes on with its closing
            else:
                blocks.append(Block("heading" if i in titles else "lines", lines[i:end]))
            title_end, in_table = end, False
            continue
        if i in inset:  # a small table inside a numbered item: its titles, then rows keyed 1, 2, 3 … or by a code
            if inset.header.get(i) == i or inset.rows.get(i) == i:
                blocks.append(Block("row", [line], head=inset.heads.get(i)))
            else:
                blocks[-1].lines.append(line)  # the next title, or the row's next cell
            in_table = False
            continue

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
        if CONTENTS_ENTRY.search(text) or i in listed:
            blocks.append(Block("contents", [line]))
            continue
        if line.lead and following is not None and PARA_NUMBER.match(following.text):
            blocks.append(Block("heading", [line]))  # "Early months." run in before "4.1 HV1 carried out …"
            in_table = False
            continue

        if i in bare:  # "34 At 02.15 hrs …" in a document numbered 1, 2, 3 …
            number, rest = bare[i]
            blocks.append(Block("para", [Line(rest, line.page)], number=number))
            last_number = [int(number)] if number.isdigit() else last_number  # A1 … leaves the 4.2 run be
            pending_number, in_table = None, False
            continue
        if i in bare_heads:  # the heading just above such a paragraph
            blocks.append(Block("heading", [line]))
            in_table = False
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
        if (match and match.group("rest") is None and previous is not None and not TERMINAL.search(previous.text)
                and len(previous.text) >= 0.6 * typical
                and not plausible_next(last_number, _number_parts(match.group("num")))):
            match = None  # "… should read 14, not" / "41.": the number ends the sentence a full line above left open
        if match:
            parts = _number_parts(match.group("num"))
            rest = match.group("rest")
            single = len(parts) == 1
            starts_ok = rest is None or rest[:1].isupper() or rest[:1] in "\"'“‘([" or rest[:1].isdigit()
            # the items a paragraph announces ("The Board should:" / "5.1.1 agree a protocol …;" / "5.1.2 seek …")
            # are numbered below it and may start in lower case: a number one level deeper after a colon or a
            # semicolon, or the next of a run of three-level numbers
            starts_ok = starts_ok or (
                len(parts) >= 2 and last_number is not None and len(parts) >= len(last_number)
                and previous is not None and (previous.text.rstrip().endswith((":", ";"))
                                               or len(parts) >= 3 and len(parts) == len(last_number)))
            if single and not match.group("dot") and rest is not None:
                starts_ok = False  # "14 March …" or "12 people …": a bare integer needs its full stop
                if (set_whole(line) and rest[:1].isupper() and _is_heading_like(rest) and not MONTH_START.match(rest)
                        and plausible_next(last_number, parts)):  # … unless set as a heading: "4 Agency involvement …"
                    blocks.append(Block("heading", [line], number=match.group("num")))
                    last_number, in_table = parts, False
                    continue
            if starts_ok and (plausible_next(last_number, parts) or (single and match.group("dot")) or i in runs):
                if rest is None:  # number alone on its line; the text follows
                    pending_number = match.group("num")
                    last_number = parts
                    continue
                wrapped = len(text) >= 0.7 * typical or (following is not None and following.text[:1].islower())
                # a numbered line set wholly in bold or larger type is a heading however long ("4.1 Key
                # practice episode 1: pregnancy and the first year (October 2019 – June" / "2021)")
                # … unless a bold lead runs on into body type on the next line ("4.10 Missed health reviews and the
                # change of" / "social worker. Child M was not brought …"): a heading's wrap is set as the heading
                runs_on = following is not None and following.text[:1].islower() and not set_whole(following)
                # after a run-in side heading ("Drug use." / "4.11 Mr T referred himself") the number starts a
                # paragraph, and a heading does not stop on "at", "the" … ("4.4 At" / "23.15 hrs on 2 November")
                titled = previous is not None and previous.lead or bool(
                    CONTINUES.search(rest) and not (following is not None and set_whole(following)))
                if not titled and ((_is_heading_like(rest) and len(rest.split()) <= 10 and not wrapped
                                       and (single or set_apart(line, rest))) or (
                        set_whole(line) and not TERMINAL.search(text) and not runs_on)):
                    blocks.append(Block("heading", [Line(text, line.page)], number=match.group("num")))
                    # a section's heading repeated ("4. Key episodes (continued)") does not restart its numbering
                    last_number = last_number if last_number and last_number[: len(parts)] == parts else parts
                    in_table = False
                    continue
                last_number = parts
                blocks.append(Block("para", [Line(rest, line.page)], number=match.group("num")))
                pending_number, in_table = None, False  # a number alone above it was not this paragraph's
                continue

        if pending_number is not None:
            blocks.append(Block("para", [line], number=pending_number))
            pending_number = None
            continue

        if (date_led[i] and _field_value(lines, i)
                and current is not None and current.kind in ("heading", "lines") and current.lines
                and current.lines[-1] is previous and (current.kind == "lines" or len(current.lines) == 1)
                and set_apart(previous) and not set_whole(line)
                and len(previous.text.split()) <= 5 and not TERMINAL.search(previous.text)
                and (following is None or following.page != line.page or not date_led[i + 1] and (
                    set_whole(following) or _field_value(lines, i + 2) and len(following.text.split()) <= 5
                    or not _is_short_line(following.text, typical) and not any(date_led[i + 2 : i + 4])))):
            # a cover's field, its label set above its value ("Published" / "14 May 2024"), and after it another
            # field or running text, not a row's next cell nor its event before the next row's date ("Step" /
            # "02.10.08" / "Ofsted evaluation letter …" / "16.10.08"): one line of a run of such lines, neither a
            # chronology row nor a heading over what follows
            label = Line(f"{previous.text} {text}", line.page)
            if current.kind == "heading":
                blocks[-1] = Block("lines", [label])
            else:
                current.lines[-1] = label
            in_table = False
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
        if (current is not None and current.kind == "heading" and previous is not None and previous.page == line.page
                and set_whole(previous) and set_whole(line) and _is_heading_like(text) and not TERMINAL.search(previous.text)
                and (len(previous.text) >= 0.6 * typical or CONTINUES.search(previous.text))):
            # the heading ran to the line's end, or stopped on a word no title ends on ("… how the review was" /
            # "done"): a wrap, not a new title
            blocks.append(Block("heading", [line]))  # the second line of a heading that wraps
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
        numbered_next = i + 1 in bare or bool(
            numbered and numbered.group("num") and ("." in numbered.group("num") or numbered.group("dot")))
        if in_short_run and short and not numbered_next:  # "Executive Summary" above "1.1 …" stays a heading
            current.kind = "lines"
            current.lines.append(line)
            continue
        if current is not None and current.kind == "lines":
            current = None  # body text after a run of short lines starts a paragraph of its own
        # a rebuilt table row is whole: a line after it is never the tail of its sentence
        heading_shape = _is_heading(text, None if i and rebuilt[i - 1] else previous, following, typical, body_like(i + 1),
                                    line.page)
        apart = heading_shape and set_apart(line)
        if heading_shape and not apart and short:
            blocks.append(Block("lines", [line]))  # shaped like a heading, set as body: a line of its own ("Published …")
            continue
        if in_table and current is not None and current.kind == "row" and current.lines and CODES_ONLY.match(text):
            current.lines.append(line)  # the row's last cell, the practitioners' codes, printed after its wrapped event
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

        # a line stopping short of the paragraph's own full lines ends it (in a column narrower than the page's
        # other text, its lines are the measure); a numbered paragraph's first line set wholly in bold is its
        # run-in lead ("7 Changes of worker lost information." / "When the first …"), not the whole paragraph
        own = [len(run.text) for run in current.lines] if current is not None else []
        width = min(typical, max(own)) if len(own) >= 3 else typical
        lead_only = current is not None and current.number is not None and len(own) == 1 and set_whole(previous)
        ends_paragraph = (
            previous is not None
            and TERMINAL.search(previous.text)
            and len(previous.text) < 0.75 * width
            and current is not None
            and current.kind in ("para", "bullet")
            and not lead_only
        )
        if current is None or current.kind in ("heading", "contents", "lines") or ends_paragraph:
            blocks.append(Block("para", [line]))
            in_table = False
        else:
            current.lines.append(line)
    return blocks


def _field_value(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is a date alone, as a cover field's value under its label ("14 May 2024")."""
    found = DATE_LEAD.match(lines[i].text) if i < len(lines) else None
    return bool(found) and not lines[i].text[found.end():].strip(" .")

