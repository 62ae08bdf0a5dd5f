"""Property tests for qa.clean: de-hyphenation never loses, adds or reorders a character and moves only a
word's tail back to the line (and page) where the word starts; header/footer stripping only ever removes
whole edge lines (or a "Page N of M" phrase from an edge line), never touches the middle of a page, and
removes a running header from every page."""

from __future__ import annotations

import re
from functools import lru_cache

from hypothesis import given, settings
from hypothesis import strategies as st

from qa.clean import _PAGE_N_OF_M, _SPACES, _page_edges, dehyphenate, repeated_edge_keys, strip_headers_footers

SETTINGS = settings(max_examples=150, deadline=None)

word = st.one_of(
    st.sampled_from("the child safe guarding well being assess ment SW1 3.14 14/03/07 Ms A £41,250 e.g.".split()),
    st.from_regex(r"[A-Za-z]{1,10}", fullmatch=True),
)
line = st.one_of(
    st.lists(word, min_size=1, max_size=8).map(" ".join),
    st.lists(word, min_size=1, max_size=6).map(lambda ws: " ".join(ws) + "-"),  # hyphenated line end
    st.sampled_from(["well-", "being", "safe-", "guarding,", "-", "a-", "x", "Page 3 of 9", "12", "iv"]),
)
pages_strategy = st.lists(st.lists(line, max_size=8), min_size=1, max_size=6)


def letters(n: int) -> str:
    """0 → "a", 25 → "z", 26 → "ba": a number spelt without digits (digits are folded in header keys)."""
    out = ""
    while True:
        n, r = divmod(n, 26)
        out = chr(97 + r) + out
        if not n:
            return out


def squeeze(text: str) -> str:
    """Everything but whitespace and hyphens: what de-hyphenation must preserve, in order."""
    return re.sub(r"[\s\-]", "", text)


@SETTINGS
@given(pages_strategy)
def test_dehyphenate_keeps_every_character_in_order_and_moves_only_word_tails(pages):
    out = dehyphenate(pages)
    assert len(out) == len(pages)
    assert squeeze("".join("".join(p) for p in out)) == squeeze("".join("".join(p) for p in pages))
    assert all(line for p in out for line in p)  # no empty lines are left behind
    # Page by page: a page may lose a word tail at its start (completed on an earlier page) and gain the tail
    # of a word it ends with (taken from a later page); nothing else crosses a page break.
    text_pages = [i for i, p in enumerate(pages) if p]
    moved_in = {i: 0 for i in range(len(pages))}  # characters a page takes from the next page with text
    given_away = {i: 0 for i in range(len(pages))}
    ins = {i: squeeze("".join(pages[i])) for i in range(len(pages))}
    outs = {i: squeeze("".join(out[i])) for i in range(len(pages))}
    # walk from the last page with text backwards: out = in[given_away:] + next_in[:moved_in]
    following = None
    for i in reversed(text_pages):
        taken = given_away[following] if following is not None else 0
        moved_in[i] = taken
        given_away[i] = len(ins[i]) + taken - len(outs[i])
        assert given_away[i] >= 0, (i, pages, out)
        expected = ins[i][given_away[i]:] + (ins[following][:taken] if following is not None else "")
        assert outs[i] == expected, (i, pages, out)
        if given_away[i]:
            # what left the page is one word tail: letters, then maybe punctuation glued to it
            assert re.fullmatch(r"[a-z][A-Za-z]*[^\sA-Za-z]*", ins[i][: given_away[i]]), (ins[i], given_away[i])
        following = i
    for i, p in enumerate(pages):
        if not p:
            assert out[i] == []


@SETTINGS
@given(pages_strategy)
def test_dehyphenate_leaves_text_without_line_end_hyphens_alone(pages):
    plain = [[l.rstrip("-") or "x" for l in p] for p in pages]
    assert dehyphenate(plain) == [[l for l in p if l] for p in plain]


header_pages = st.lists(st.lists(st.lists(word, min_size=2, max_size=8).map(" ".join), min_size=1, max_size=8),
                        min_size=2, max_size=8)


@SETTINGS
@given(pages_strategy)
def test_strip_headers_footers_only_removes_edge_lines(pages):
    out = strip_headers_footers(pages)
    assert len(out) == len(pages)
    repeated = repeated_edge_keys(pages)
    for before, after in zip(pages, out):
        assert obtainable(before, after, repeated), ("not just edge lines removed or trimmed", before, after)


def obtainable(before: list[str], after: list[str], repeated: set[str]) -> bool:
    """Can ``after`` be made from ``before`` by dropping edge lines and cutting "Page N of M" out of edge
    lines only? (Lines in the middle of the page must stay exactly as they are, in order.) The edge lines are
    up to EDGE_LINES at each end, the running header and footer lines among them not counted."""
    edges = _page_edges(before, repeated)

    @lru_cache(maxsize=None)
    def ok(i: int, j: int) -> bool:
        if i == len(before):
            return j == len(after)
        line = before[i]
        if i not in edges:
            return j < len(after) and after[j] == line and ok(i + 1, j + 1)
        trimmed = _SPACES.sub(" ", _PAGE_N_OF_M.sub(" ", line)).strip()
        return (
            ok(i + 1, j)  # dropped
            or (j < len(after) and after[j] in (line, trimmed) and ok(i + 1, j + 1))
        )

    return ok(0, 0)


@SETTINGS
@given(header_pages, st.booleans())
def test_a_running_header_and_page_footers_are_removed_from_every_page(bodies, with_numbers):
    header = "SERIOUS CASE REVIEW CHILD Q"
    n = len(bodies)
    # each body line carries a unique word, so no body line recurs at page edges like a running header
    bodies = [[f"{line} zq{letters(p)}x{letters(i)}" for i, line in enumerate(body)] for p, body in enumerate(bodies)]
    pages = [[header, *body, f"Page {i} of {n}" if with_numbers else f"{i}"] for i, body in enumerate(bodies, 1)]
    out = strip_headers_footers(pages)
    for body, after in zip(bodies, out):
        assert header not in after
        assert not any(re.fullmatch(r"(Page \d+ of \d+|\d+)", line) for line in after)
        assert after == body  # every body line survives, in order
