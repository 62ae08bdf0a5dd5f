"""Page text cleaning: raw extracted text of each page → clean lines, page by page.

Owns: Unicode NFKC (ligatures, non-breaking spaces), control characters, whitespace, running headers and
footers (lines repeated at the top or bottom of many pages), "Page N of M" and bare page numbers, and words
hyphenated at line ends. Pure functions over lists of strings; the page a line is on never changes, except
that a word split across a page break is completed on the page where it starts.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

EDGE_LINES = 3  # how many lines at the top and at the bottom of a page may be header/footer
REPEAT_FRACTION = 0.4  # a line repeated at a page edge on this share of text pages is a running header/footer

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_PAGE_NUMBER = re.compile(
    r"^(?:"
    r"(?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
    r"|\d{1,4}\s*(?:of|/)\s*\d{1,4}"
    r"|[-–—]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—]?"
    r"|[ivxlcdm]{1,7}"
    r")\.?$",
    re.IGNORECASE,
)
_PAGE_N_OF_M = re.compile(r"\bpage\s+\d{1,4}\s+of\s+\d{1,4}\b", re.IGNORECASE)
_HYPHEN_END = re.compile(r"([A-Za-z]{2,})-$")
_WORD_START = re.compile(r"^([a-z][A-Za-z]*)([^\sA-Za-z]*)(\s|$)")
_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def valid_unicode(text: str) -> str:
    """Text that UTF-8 can hold. pypdf decodes ToUnicode maps with "surrogatepass", so a broken map yields
    lone UTF-16 surrogates, which no index file can store; pair them where they pair, else U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def normalize(text: str) -> str:
    """NFKC, no control characters, soft hyphens removed, Unix newlines."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "")
    text = text.replace("\t", " ")
    return _CONTROL.sub("", text)


def split_lines(text: str) -> list[str]:
    """Normalised, whitespace-collapsed, non-empty lines of one page."""
    lines = []
    for line in normalize(text).split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if line:
            lines.append(line)
    return lines


_NUMBER_ALONE = re.compile(r"^#(?:\.#)+\.?$")


def line_key(line: str) -> str:
    """What a running header/footer line looks like on every page: case and digits folded."""
    key = re.sub(r"\d+", "#", line.lower())
    key = re.sub(r"((?:\bpage\s+|[|–—-]\s*))[ivxlcdm]{1,7}$", r"\1#", key)  # "… Page iii" in front matter
    # … or the label alone at the end of a running footer ("… CPR 02/2024 iii" as "… CPR 02/2024 7")
    key = re.sub(r"(?<=\s)(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$", "#", key)
    # the page number beside a running title is on the title's line on some pages and a line of its own on others
    # … and so is "2 of 2" ("Page 2 of 9" is taken whole above)
    return re.sub(r"(?<=\D)\s+#(?:\s*(?:of|/)\s*#)?$", "", key) if len(key) > 8 else key


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER.match(line.strip()))


def _edge_count(n: int) -> int:
    """How many lines at each end of a page of ``n`` lines may be header or footer: EDGE_LINES, fewer on short
    pages."""
    return max(1, min(EDGE_LINES, n // 3))


def _edge_indexes(n: int) -> set[int]:
    """Lines that may be header or footer: up to EDGE_LINES at each end, fewer on short pages."""
    edge = _edge_count(n)
    return set(range(min(edge, n))) | set(range(max(0, n - edge), n))


def repeated_edge_keys(pages: list[list[str]]) -> set[str]:
    """Keys of lines that recur at the top or bottom of many pages (running headers and footers)."""
    text_pages = [p for p in pages if p]
    if len(text_pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in text_pages:
        counts.update({line_key(lines[i]) for i in _edge_indexes(len(lines))})
    threshold = max(2, int(REPEAT_FRACTION * len(text_pages) + 0.999))
    # a paragraph number standing alone ("4.4", its text on the next line) may open many pages: never a header
    keep = lambda key, n: n >= threshold and len(key) > 1 and not _NUMBER_ALONE.match(key)  # noqa: E731
    repeated = {key for key, n in counts.items() if keep(key, n)}
    # furniture stacks at a page's edges: a line that repeats right inside the header or footer lines found (a
    # protective marking written after them, "OFFICIAL-SENSITIVE" fourth from the foot) is one too
    for _ in range(EDGE_LINES):
        counts = Counter(line_key(lines[i]) for lines in text_pages for i in _inside_furniture(lines, repeated))
        found = {key for key, n in counts.items() if keep(key, n)} - repeated
        if not found:
            break
        repeated |= found
    return repeated


def _furniture(line: str, repeated: set[str]) -> bool:
    """A running header or footer line (its key among ``repeated``) or a page number."""
    return line_key(line) in repeated or is_page_number(line)


def _inside_furniture(lines: list[str], repeated: set[str]) -> set[int]:
    """On a page long enough to hold more than its edges, the line right inside the run of running header lines
    and page numbers at its top, and the one right inside that run at its foot."""
    n = len(lines)
    if n < 4 * EDGE_LINES:
        return set()
    top = next((i for i in range(n) if not _furniture(lines[i], repeated)), n)
    foot = next((i for i in range(n - 1, -1, -1) if not _furniture(lines[i], repeated)), -1)
    return {i for i, run in ((top, top), (foot, n - 1 - foot)) if 0 < run <= EDGE_LINES and 0 <= i < n}


def _page_edges(lines: list[str], repeated: set[str]) -> set[int]:
    """A page's lines that may be header or footer: up to EDGE_LINES at each end (fewer on short pages), not
    counting the running header and footer lines and page numbers among them. A text stream may write all of a
    page's furniture first (header, footer, folio, then the body), so the folio can stand fourth."""
    n = len(lines)
    out: set[int] = set()
    for order in (range(n), range(n - 1, -1, -1)):
        budget = _edge_count(n)
        for i in order:
            if budget <= 0:
                break
            out.add(i)
            if not _furniture(lines[i], repeated):
                budget -= 1
    return out


def _two_parts(line: str, repeated: set[str]) -> bool:
    """A line made of two running header or footer lines side by side ("Child Y – Local Child Safeguarding
    Practice Review" and "FICTIONAL"), which most pages give as two lines."""
    words = line.split(" ")
    return any(line_key(" ".join(words[:k])) in repeated and line_key(" ".join(words[k:])) in repeated
               for k in range(1, len(words)))


def strip_headers_footers(pages: list[list[str]]) -> list[list[str]]:
    """Drop running headers/footers, "Page N of M" and bare page numbers from the edges of each page."""
    repeated = repeated_edge_keys(pages)
    cleaned = []
    for lines in pages:
        edges = _page_edges(lines, repeated)
        # a running header read as two lines on some pages (a column's gutter falls inside it): both go
        split = {j for i in edges if i + 1 in edges and line_key(f"{lines[i]} {lines[i + 1]}") in repeated
                 for j in (i, i + 1)}
        # … and the other way round: its two parts, two lines on most pages, one line on a page read another way
        joined = {i for i in edges if _two_parts(lines[i], repeated)}
        kept = []
        for i, line in enumerate(lines):
            if i in split or i in joined or (i in edges and _furniture(line, repeated)):
                continue
            if i in edges and _PAGE_N_OF_M.search(line):
                line = _SPACES.sub(" ", _PAGE_N_OF_M.sub(" ", line)).strip()
                if not line:
                    continue
            kept.append(line)
        cleaned.append(kept)
    return cleaned


def document_vocabulary(pages: list[list[str]]) -> set[str]:
    """Lower-cased words of a document, hyphenated compounds included, for line-end hyphen decisions."""
    vocab: set[str] = set()
    for lines in pages:
        for line in lines:
            vocab.update(w.lower() for w in _WORDS.findall(line))
    return vocab


def dehyphenate(pages: list[list[str]]) -> list[list[str]]:
    """Rejoin words hyphenated at line ends ("safe-" / "guarding" → "safeguarding").

    The hyphen is kept when the document elsewhere spells the compound with a hyphen ("well-being") and
    the unhyphenated word never occurs. With no such evidence either way ("two-" / "bedroom", each spelling
    used once), it follows the document: one that hyphenates words (some line-end split rejoins to a word it
    prints elsewhere, as typeset text does) has its unknown splits joined; one that never does (a word
    processor's or a browser's: lines break only at hyphens printed) keeps them when its other splits are
    compounds or both halves are words it uses ("sa-" / "feguarding" is joined). The completed word stays on
    the line (and page) where it starts.
    """
    vocab = document_vocabulary(pages)
    counts = Counter(w.lower() for lines in pages for line in lines for w in re.findall(r"[A-Za-z]+", line))
    pages = [list(lines) for lines in pages]
    flat = [(p, i) for p, lines in enumerate(pages) for i in range(len(lines))]
    splits = []
    for (p, i), (q, j) in zip(flat, flat[1:]):
        end, start = _HYPHEN_END.search(pages[p][i]), _WORD_START.match(pages[q][j])
        if end and start:
            splits.append(((p, i), (q, j), end.group(1), start.group(1)))
    breaks_words = any((h + t).lower() in vocab and f"{h}-{t}".lower() not in vocab for _, _, h, t in splits)
    at_splits = Counter(w.lower() for _, _, h, t in splits for w in (h, t))  # halves seen elsewhere: beyond these
    keeps_compounds = any(f"{h}-{t}".lower() in vocab and (h + t).lower() not in vocab for _, _, h, t in splits)
    for (p, i), (q, j), _, _ in splits:
        line, nxt = pages[p][i], pages[q][j]
        end = _HYPHEN_END.search(line)
        start = _WORD_START.match(nxt)
        if not end or not start:
            continue
        head, tail = end.group(1), start.group(1)
        joined = head + tail
        hyphenated = f"{head}-{tail}".lower()
        if hyphenated in vocab or joined.lower() in vocab:
            keep_hyphen = hyphenated in vocab and joined.lower() not in vocab
        else:  # both halves words of the document ("two", "bedroom"), or the document's splits are compounds
            keep_hyphen = not breaks_words and (keeps_compounds or all(counts[w] > at_splits[w] for w in (head.lower(), tail.lower())))
        word = f"{head}-{tail}" if keep_hyphen else joined
        pages[p][i] = line[: end.start()] + word + start.group(2)
        pages[q][j] = nxt[start.end() :].lstrip()
    return [[line for line in lines if line] for lines in pages]


def clean_pages(raw_pages: list[str | None]) -> list[list[str]]:
    """Raw page texts (None for a page that could not be read) → clean lines per page."""
    pages = [split_lines(text) if text else [] for text in raw_pages]
    return dehyphenate(strip_headers_footers(pages))


def looks_garbled(text: str) -> bool:
    """Text whose letters are spread over many unrelated scripts (Greek, Cyrillic, Kannada, Arabic …
    on one page) comes from a broken font mapping, not from a real document."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 40:
        return False
    counts = Counter(unicodedata.name(ch, "?").split(" ")[0] for ch in letters)
    shares = [n / len(letters) for n in counts.values()]
    return sum(1 for share in shares if share >= 0.03) >= 4 and max(shares) < 0.8


def collapse(text: str) -> str:
    """All whitespace runs to one space: the form in which answers are verbatim."""
    return _SPACES.sub(" ", re.sub(r"\s+", " ", text)).strip()


_PRINTED = re.compile(r"(?:^|\bpage\s+|\|\s*|[-–—]\s*)(\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?\s*[-–—]?\.?$", re.IGNORECASE)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def _value(token: str) -> tuple[str, int] | None:
    """("arabic" | "roman", value) of a printed page number."""
    if token.isdigit():
        return "arabic", int(token)
    digits = [_ROMAN[c] for c in token.lower()]
    total = sum(-d if i + 1 < len(digits) and d < digits[i + 1] else d for i, d in enumerate(digits))
    return ("roman", total) if total > 0 else None


def printed_labels(pages: list[list[str]]) -> list[str | None]:
    """Each page's printed page number, from the end of a line at its top or bottom ("7", "Page 4 of 9",
    "… | page 12", "- iii -"), when a page beside it (up to two away) prints the number that follows by the
    same step: a lone number that does not count the pages with its neighbours is not a page number."""
    found: list[tuple[str, str, int] | None] = []
    for lines in pages:
        hit = None
        for i in sorted(_edge_indexes(len(lines)), key=lambda i: -i):  # footers first
            match = _PRINTED.search(lines[i].strip())
            value = _value(match.group(1)) if match else None
            if value:
                hit = (match.group(1), *value)
                break
        found.append(hit)
    labels: list[str | None] = []
    for n, hit in enumerate(found):
        agrees = hit is not None and any(
            0 <= n + d < len(found) and (other := found[n + d]) is not None
            and other[1] == hit[1] and other[2] - hit[2] == d
            for d in (-2, -1, 1, 2)
        )
        labels.append(hit[0] if agrees else None)
    return labels
