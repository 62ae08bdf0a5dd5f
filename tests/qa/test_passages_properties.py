"""Property tests for cleaning + chunking: random report-like pages → clean_pages → build_passages.

Whatever the pages hold (words, decimals like 3.14, dates like 14/03/07, money, abbreviations, words
hyphenated across line and page ends, a running header, "Page N of M" footers), every sentence of every
passage must be real text of the page it is cited to, offsets must stay in bounds, passages never mix
documents, and no body word may vanish.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa.clean import clean_pages, normalize
from qa.passages import build_passages
from qa.types import Page

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HEADER = "SERIOUS CASE REVIEW \u2014 CHILD Q (FICTIONAL)"
WORDS = (
    "the panel child social worker visited home and was told that mother health visitor police school "
    "review conference protection agency record said he fell saw bruising on his arm after before with "
    "Ms A Dr D Mr B SW1 HV1 Child T Board Wendmere Eastmarch hospital assessment strategy meeting held "
    "report (redacted) \u201cquoted\u201d caf\u00e9 na\u00efve well-being \u2014 e.g. i.e. No. 7 a.m. "
    "Dr. St. Mrs. etc. \ufb01le"  # a ligature, normalised by cleaning
).split()
LONG_WORDS = ["safeguarding", "assessment", "information", "conference", "arrangements", "independent"]
PUNCT = ["", "", "", ".", ",", ";", ":", "?", "!", ".", "."]


def numbers() -> st.SearchStrategy[str]:
    return st.one_of(
        st.builds(lambda a, b: f"{a}.{b}", st.integers(0, 20), st.integers(0, 99)),  # 3.14
        st.builds(lambda d, m, y: f"{d:02d}/{m:02d}/{y:02d}", st.integers(1, 28), st.integers(1, 12),
                  st.integers(0, 99)),  # 14/03/07
        st.builds(lambda d, y: f"{d} March {y}", st.integers(1, 28), st.integers(1990, 2020)),
        st.builds(lambda n: f"\u00a3{n:,}", st.integers(0, 10**6)),
        st.integers(0, 5000).map(str),
    )


def token() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), numbers())


def _letters(n: int) -> str:
    out = ""
    n += 26 * 27  # at least three letters
    while n:
        n, r = divmod(n, 26)
        out = chr(97 + r) + out
    return out


@dataclass
class Doc:
    raw_pages: list[str]  # as the PDF reader would return them
    with_header: bool = False
    body_tokens: list[str] = field(default_factory=list)  # every word the passages must keep (cleaned form)
    sentence_tokens: list[str] = field(default_factory=list)  # words of lines that end a sentence (never headings)
    markers: set[str] = field(default_factory=set)  # the unique per-line words of this document


@st.composite
def documents(draw, prefix: str = "zq") -> Doc:
    n_pages = draw(st.integers(1, 5))
    with_header = draw(st.booleans())
    footer = draw(st.sampled_from(["none", "page-n-of-m", "bare-number"]))
    counter = 0
    pages: list[list[str]] = []
    body: list[str] = []
    sentence_words: list[str] = []
    markers: set[str] = set()
    carry: str | None = None  # the tail of a word hyphenated at the end of the previous body line
    for _ in range(n_pages):
        lines: list[str] = []
        for _ in range(draw(st.integers(1, 9))):
            counter += 1
            marker = prefix + _letters(counter)  # unique, so body lines never look like running headers
            markers.add(marker)
            words = draw(st.lists(token(), min_size=1, max_size=14))
            words = [marker] + words
            if draw(st.integers(0, 9)) == 0:  # a report paragraph number leads the line
                words = [f"{draw(st.integers(1, 9))}.{draw(st.integers(1, 20))}", "The"] + words
            words[-1] += draw(st.sampled_from(PUNCT))
            tokens = list(words)
            own = list(words)  # the words that stay on this line after de-hyphenation
            if carry is not None:
                tail, carry = carry, None
                tokens = [tail] + tokens
                body[-1] = body[-1] + tail  # the hyphenated word is rejoined where it starts
            body.extend(w for t in own for w in normalize(t).split())
            line = " ".join(tokens)
            if draw(st.integers(0, 5)) == 0:  # hyphenate a long word at the end of this line
                word = draw(st.sampled_from(LONG_WORDS))
                cut = draw(st.integers(2, len(word) - 2))
                line += f" {word[:cut]}-"
                body.append(word[:cut])
                carry = word[cut:]
            elif re.search(r"[.!?:;]$", line):
                sentence_words.extend(w for t in own for w in normalize(t).split())
            lines.append(line)
        pages.append(lines)
    if carry is not None:  # nothing follows the last hyphen: the head stays as written
        body[-1] = body[-1] + "-"
    total = len(pages)
    raw = []
    for number, lines in enumerate(pages, start=1):
        page = ([HEADER] if with_header else []) + lines
        if footer == "page-n-of-m":
            page.append(f"Page {number} of {total}")
        elif footer == "bare-number":
            page.append(str(number))
        raw.append("\n".join(page))
    return Doc(raw, with_header, body, sentence_words, markers)


def collapse(text: str) -> str:
    return " ".join(text.split())


def to_pages(doc: Doc) -> list[Page]:
    cleaned = clean_pages(doc.raw_pages)
    return [Page(number=i + 1, text="\n".join(lines)) for i, lines in enumerate(cleaned) if lines]


def check_passages(passages, pages: list[Page], file: str) -> None:
    page_text = {p.number: collapse(p.text) for p in pages}
    for passage in passages:
        assert passage.file == file
        text = passage.text
        assert text.strip()
        breaks = passage.page_breaks
        assert breaks and breaks[0][0] == 0, breaks
        assert all(0 <= start < len(text) for start, _ in breaks), (breaks, len(text))
        assert [s for s, _ in breaks] == sorted({s for s, _ in breaks}), breaks
        assert [p for _, p in breaks] == sorted(p for _, p in breaks), breaks
        assert all(p in page_text for _, p in breaks), breaks
        previous_end = 0
        for sentence in passage.sentences:
            assert 0 <= previous_end <= sentence.start < sentence.end <= len(text), (sentence, len(text))
            previous_end = sentence.end
            # split the sentence at the page breaks it crosses; each piece is on its own page
            cuts = [s for s, _ in breaks if sentence.start < s < sentence.end]
            bounds = [sentence.start, *cuts, sentence.end]
            for a, b in zip(bounds, bounds[1:]):
                piece = collapse(text[a:b])
                if not piece:
                    continue
                page = passage.page_at(a)
                assert piece in page_text[page], (piece, page, page_text[page])
            if cuts:  # a sentence across a page break: its pages follow one another
                pages_crossed = [passage.page_at(x) for x in bounds[:-1]]
                assert pages_crossed == sorted(pages_crossed)


def output_tokens(passages) -> Counter:
    out: Counter = Counter()
    for p in passages:
        out.update(p.text.split())
        if p.section:
            out.update(p.section.split())
        if p.paragraph:
            out.update([p.paragraph])
    return out





def test_short_title_lines_are_not_lost():
    passages = build_passages([Page(1, "Serious Case Review\nChild T\nOverview Report")], "a.pdf", "A")
    words = output_tokens(passages)
    assert {"Child", "T", "Overview", "Report"} <= set(words), [(p.text, p.section) for p in passages]


@SETTINGS
@given(documents())
def test_every_sentence_maps_back_to_its_cited_page(doc):
    pages = to_pages(doc)
    passages = build_passages(pages, "a.pdf", "A")
    check_passages(passages, pages, "a.pdf")
    out = output_tokens(passages)
    # a running header (2+ pages) and the footers are gone
    if doc.with_header and len(doc.raw_pages) >= 2:
        assert "SERIOUS" not in out
    assert not any(re.fullmatch(r"Page \d+ of \d+", p.text) for p in passages)



@SETTINGS
@given(documents())
def test_no_word_is_lost(doc):
    """Every body word (all but the running header and the footers) is in some passage's text, section or
    paragraph number."""
    passages = build_passages(to_pages(doc), "a.pdf", "A")
    out = output_tokens(passages)
    missing = Counter(doc.body_tokens) - out
    assert not missing, (missing, [p.text for p in passages])


@SETTINGS
@given(documents(prefix="zq"), documents(prefix="xj"))
def test_passages_never_mix_documents(doc_a, doc_b):
    pages_a, pages_b = to_pages(doc_a), to_pages(doc_b)
    passages_a = build_passages(pages_a, "a.pdf", "A")
    passages_b = build_passages(pages_b, "b.pdf", "B")
    check_passages(passages_a, pages_a, "a.pdf")
    check_passages(passages_b, pages_b, "b.pdf")
    for passage in passages_a:
        assert not set(re.findall(r"\bxj[a-z]+", passage.text)), passage.text
    for passage in passages_b:
        assert not set(re.findall(r"\bzq[a-z]+", passage.text)), passage.text


@SETTINGS
@given(documents())
def test_no_sentence_word_is_lost(doc):
    """Lines that end a sentence are never taken for headings: every one of their words is in passage text."""
    passages = build_passages(to_pages(doc), "a.pdf", "A")
    out: Counter = Counter()
    for p in passages:
        out.update(p.text.split())
        if p.paragraph:
            out.update([p.paragraph])
    missing = Counter(doc.sentence_tokens) - out
    assert not missing, (missing, doc.raw_pages, [p.text for p in passages])
