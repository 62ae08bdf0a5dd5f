"""Signatures: a name set alone under a foreword or a letter's closing, with the signatory's role below it.

Owns where a signature's block of lines ends (``signature_end``, for ``qa.passages.blocks``), where its name
is in a sentence (``signature_name``) and where a news page's byline names its writers (``byline_names``), both for
``qa.rules.structure``. Pure functions.
"""

from __future__ import annotations

import re

from qa.passages.lines import PARA_NUMBER, SENTENCE_END, VALEDICTION, Line
from qa.spans import holds_personal_name

# the line under a signature's name: the signatory's role ("Independent Chair, Saltmoor and Fenby …")
_ROLE_LINE = re.compile(r"\b(?:Chair|Chairman|Chairperson|Scrutineer|Director|Chief|Head|Manager|Executive|Officer|Author"
                        r"|Reviewer|Minister|Secretary|Lead|Convenor|Convener|President|Commissioner)\b")


def signature_end(lines: list[Line], i: int) -> int | None:
    """A signature under a foreword or a letter: a line that is a person's name and nothing else, after a
    sentence's end or a letter's closing ("Yours sincerely,"), with the signatory's role on the line below ("Dr
    Imogen Latchford" / "Independent Chair, …"). It is no heading: the end (exclusive) of the block of its name,
    role and the lines that go on with them (no sentence, at most three lines in all), or None."""
    text = lines[i].text.strip()
    after = not i or SENTENCE_END.search(lines[i - 1].text) or VALEDICTION.match(lines[i - 1].text.strip())
    if (i + 1 >= len(lines) or len(text.split()) > 6 or not after
            or not _ROLE_LINE.search(lines[i + 1].text) or lines[i + 1].page != lines[i].page
            or not holds_personal_name(text, "")):
        return None
    end = i + 2
    while end < min(len(lines), i + 3) and lines[end].page == lines[i].page and len(lines[end].text) <= 90 \
            and not SENTENCE_END.search(lines[end].text) and not PARA_NUMBER.match(lines[end].text):
        end += 1
    return end


_NAME_LEAD = re.compile(
    r"(?:(?:Dr|Professor|Prof|Mr|Mrs|Ms|Miss|Sir|Dame|Cllr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,4}")
_ROLE_START = re.compile(
    r"(?:(?:Independent|Interim|Acting|Deputy|Assistant|Executive|Joint|Lead)\s+)*" + _ROLE_LINE.pattern)


def signature_name(text: str) -> tuple[int, int] | None:
    """Where a signature's name is in a sentence that is a signature: a person's name alone, or followed by a
    comma or the signatory's role ("Gwen Okafor-Lyle, Independent Scrutineer, …", "Graham Pellow Independent
    Scrutineer"); a sentence that ends like one (a full stop) or runs past 20 words is no signature."""
    text = text.rstrip()
    found = _NAME_LEAD.match(text)
    if not found or len(text.split()) > 20 or SENTENCE_END.search(text):
        return None
    ends = [m.end() for m in re.finditer(r"\S+", text[: found.end()])][1:]  # two words at least
    for end in ends:
        rest = text[end:].lstrip()
        if (not rest or rest.startswith(",") or _ROLE_START.match(rest)) and holds_personal_name(text[:end], ""):
            return (0, end)
    return None


_PERSON = r"(?:(?:Dr|Professor|Prof)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}"
# a news page's byline: "By Sam Oduya, Local Democracy Reporter", "Live reporting by Owen Pritchard and Leah Moss",
# "Hannah Corbett, social affairs correspondent"
_BYLINE = re.compile(
    rf"\b(?:By|[Rr]eporting by|Written by) (?P<by>{_PERSON}(?:,? and {_PERSON})?)(?=,| ·| \||\s*$)"
    rf"|\b(?P<signed>{_PERSON}), (?:[\w-]+ ){{0,4}}?(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor)\b")


def byline_names(text: str) -> tuple[int, int] | None:
    """Where a byline in ``text`` names its writer or writers: "By NAME" (or "NAME and NAME") before a comma or a
    separator, or "NAME, … correspondent / reporter / editor"; None when there is no
    byline or what it names is no person's name."""
    for found in _BYLINE.finditer(text):
        group = "by" if found.group("by") else "signed"
        if holds_personal_name(found.group(group), ""):
            return found.span(group)
    return None
