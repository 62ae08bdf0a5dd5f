"""Small tables set inside a numbered paragraph, one cell to a line, whose rows are keyed 1, 2, 3 … or by a code.

Minutes and numbered reports set small tables inside an item: "5.2 The five findings, as summarised by SK, are:",
then the column titles one to a line ("Finding" / "In brief"), then the rows, each a key alone on its line ("1",
or a code such as "A24/27") followed by its cells ("Information about Mr T held by …"). The text extraction gives
no ruling, only these lines. Such a table shows itself by its layout:

* it follows a line that ends a sentence or announces it (":") inside a paragraph numbered in the document's
  dotted scheme ("5.2", "4.1");
* two or more column titles come first, each short and without closing punctuation ("No." is an abbreviation);
* each row starts with a key alone on its line: the integers count 1, 2, 3 … afresh (below a deeper-numbered
  paragraph, so they are not the document's numbering), or the keys are codes of one shape ("A24/27", "A24/29");
* a row has a few cell lines (at most two per column: a cell may wrap), and the table ends where the document's
  own numbering resumes ("5.3 Members thanked …"), a bullet starts, or a row would run longer than that.

Its keys are therefore never paragraph numbers and its cells never headings. A document without such a layout
comes out exactly as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qa.passages.lines import BULLET, PARA_NUMBER, TERMINAL, Line

CONTEXT_LINES = 12  # the announcing line is at most this many lines into its numbered paragraph
MAX_COLUMNS = 6
TITLE_CHARS = 40
TITLE_WORDS = 5
MIN_ROWS = 2
INTEGER_KEY = re.compile(r"^[1-9]\d?$")
CODE_KEY = re.compile(r"^(?=[^ ]*\d)[A-Z][A-Za-z0-9/.\-]{1,11}$")  # "A24/27", "R3": one token, a capital, a digit
ABBREVIATION = re.compile(r"^[A-Z][a-z]{0,3}\.$")  # "No.", "Ref."


@dataclass
class InsetTables:
    header: dict[int, int] = field(default_factory=dict)  # a column title's line → its table's first title line
    rows: dict[int, int] = field(default_factory=dict)  # a line of a row → the row's first line (its key)
    heads: dict[int, str] = field(default_factory=dict)  # a row's first line → its table's column titles

    def __contains__(self, i: int) -> bool:
        return i in self.header or i in self.rows


def _numbered(text: str) -> bool:
    """A line opened by the document's dotted numbering: "5.3 Members …", "6. Rapid review"."""
    found = PARA_NUMBER.match(text)
    return bool(found and found.group("num") and found.group("rest")
                and ("." in found.group("num") or found.group("dot")))


def _title(text: str) -> bool:
    words = text.split()
    if not words or len(text) > TITLE_CHARS or len(words) > TITLE_WORDS or not text[0].isupper():
        return False
    if len(words) == 1 and CODE_KEY.match(text):
        return False  # a row's key, not a column's title
    return not TERMINAL.search(text) or bool(ABBREVIATION.match(text))


def _shape(text: str) -> str:
    return re.sub(r"\d+", "9", text)


def _in_numbered_paragraph(lines: list[Line], i: int, excluded: list[bool]) -> bool:
    for j in range(i, max(-1, i - CONTEXT_LINES), -1):
        if excluded[j]:
            return False
        found = PARA_NUMBER.match(lines[j].text)
        if found and found.group("num") and "." in found.group("num") and found.group("rest"):
            return True
    return False


def _rows(lines: list[Line], k: int, columns: int, excluded: list[bool]) -> list[list[int]]:
    """The rows from line k (the first key on): lists of line indices, the key's line first."""
    key = lines[k].text.strip()
    integer = bool(INTEGER_KEY.match(key))
    expected, shape = 2, _shape(key)
    rows = [[k]]
    for m in range(k + 1, len(lines)):
        text = lines[m].text.strip()
        if excluded[m]:
            break
        same_shape = " " not in text and bool(CODE_KEY.match(text)) and _shape(text) == shape
        if (text == str(expected)) if integer else same_shape:
            rows.append([m])
            expected += 1
            continue
        if _numbered(text) or BULLET.match(text) or len(rows[-1]) > 2 * columns:
            break
        rows[-1].append(m)
    while rows and len(rows[-1]) == 1:
        rows.pop()  # a key without cells ends no table
    return rows


def inset_tables(lines: list[Line], excluded: list[bool]) -> InsetTables:
    """Every small table of the layout above: its column titles and its rows (see the module's docstring).
    ``excluded`` marks lines that are something else already (a table row rebuilt at ingest, a contents entry)."""
    found = InsetTables()
    i = 0
    while i < len(lines) - 3:
        if not (TERMINAL.search(lines[i].text) and _in_numbered_paragraph(lines, i, excluded)):
            i += 1
            continue
        k = i + 1
        while k < len(lines) and k - i <= MAX_COLUMNS and not excluded[k] and _title(lines[k].text):
            k += 1
        columns = k - i - 1
        key = lines[k].text.strip() if k < len(lines) else ""
        keyed = key == "1" or (" " not in key and bool(CODE_KEY.match(key)))  # rows count from 1, or a code
        if k >= len(lines) or columns < 2 or excluded[k] or not keyed:
            i += 1
            continue
        rows = _rows(lines, k, columns, excluded)
        if len(rows) < MIN_ROWS:
            i += 1
            continue
        found.header.update((j, i + 1) for j in range(i + 1, k))
        head = " | ".join(lines[j].text for j in range(i + 1, k))
        for row in rows:
            found.heads[row[0]] = head
            found.rows.update((j, row[0]) for j in row)
        i = rows[-1][-1] + 1
    return found
