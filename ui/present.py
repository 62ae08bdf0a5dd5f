"""Pure presentation: citations in words people use, highlighting, and the HTML of the web UI.

Nothing here touches the index, the PDFs or Gradio; every function maps plain data to a string, so it
is easy to test. The one rule that matters: **all document text is HTML-escaped before it becomes
HTML** (answers, quotes, titles, file names, reasons, questions, error messages). Markup of our own
(``<mark>``, tags, classes) is only ever added around text that is already escaped, never by
substituting into a string that is later escaped or unescaped.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from qa.types import page_words, paragraph_words

NOT_FOUND = "Not found in these documents"

# Document kinds, most specific first: the words people use when they cite one.
_KINDS: tuple[tuple[str, str], ...] = (
    ("executive summary", "Executive summary"),
    ("overview report", "Overview report"),
    ("individual management review", "Individual management review"),
    ("terms of reference", "Terms of reference"),
    ("action plan", "Action plan"),
    ("chronology", "Chronology"),
    ("minutes", "Minutes"),
    ("letter", "Letter"),
)
_SEGMENT_SPLIT = re.compile(r"\s+[-\u2013\u2014|]\s+")
_DATE = re.compile(
    r"\b(\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{4})\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
MAX_SHORT_TITLE = 60


# --------------------------------------------------------------------------------------------------
# escaping
# --------------------------------------------------------------------------------------------------


def esc(text: Any) -> str:
    """HTML-escape any value (``None`` becomes ""), quotes included, so it is safe in text and attributes."""
    if text is None:
        return ""
    return html.escape(str(text), quote=True)


# --------------------------------------------------------------------------------------------------
# document names and citations
# --------------------------------------------------------------------------------------------------


def clean_title(title: str | None) -> str:
    """The title without shouting labels such as "FICTIONAL PRACTICE DOCUMENT" or "CONFIDENTIAL".

    A title is split on spaced dashes and bars; segments written entirely in capitals are dropped
    (unless nothing else is left).
    """
    text = " ".join(unicodedata.normalize("NFKC", title or "").split())
    if not text:
        return ""
    segments = [s.strip() for s in _SEGMENT_SPLIT.split(text) if s.strip()]
    kept = [s for s in segments if not (s.isupper() and len(s) > 3)]
    return " \u2014 ".join(kept or segments)


def _truncate(text: str, limit: int = MAX_SHORT_TITLE) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:-\u2013\u2014 ")
    return (cut or text[: limit - 1]) + "\u2026"


def _kind(title: str) -> str | None:
    low = title.lower()
    best: tuple[int, str] | None = None
    for needle, label in _KINDS:
        match = re.search(r"\b" + re.escape(needle) + r"s?\b", low)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), label)
    return best[1] if best else None


def short_title(title: str | None, file: str = "") -> str:
    """What people call a document: "Overview report", "Executive summary", "Letter, 23 June 2010".

    Falls back to the cleaned title (shortened) and then to the file name without ".pdf".
    """
    cleaned = clean_title(title)
    if cleaned:
        kind = _kind(cleaned)
        if kind:
            if kind == "Letter":
                date = _DATE.search(cleaned)
                return f"{kind}, {date.group(1)}" if date else kind
            return kind
        return _truncate(cleaned)
    stem = re.sub(r"\.pdf$", "", file or "", flags=re.IGNORECASE)
    return stem or "Untitled document"


def short_titles(titles: Mapping[str, str | None]) -> dict[str, str]:
    """Short names for every document of an index ({file: title}), unambiguous among themselves.

    Two documents that would both be "Overview report" get their year ("Overview report (2009)") when
    that tells them apart, else their cleaned title, else their file name.
    """
    names = {file: short_title(title, file) for file, title in titles.items()}
    clashes: dict[str, list[str]] = {}
    for file, name in names.items():
        clashes.setdefault(name, []).append(file)
    for name, files in clashes.items():
        if len(files) < 2:
            continue
        years = {f: _YEAR.search(clean_title(titles[f])) for f in files}
        labels = {f: (m.group(0) if m else None) for f, m in years.items()}
        if all(labels.values()) and len(set(labels.values())) == len(files):
            for f in files:
                names[f] = f"{name} ({labels[f]})"
            continue
        cleaned = {f: _truncate(clean_title(titles[f]), 80) for f in files}
        if all(cleaned.values()) and len(set(cleaned.values())) == len(files):
            for f in files:
                names[f] = cleaned[f]
            continue
        for f in files:
            names[f] = f"{name} ({f})"
    return names


def cite_words(name: str, page: int | None, paragraph: str | None = None, page_end: int | None = None,
               label: str | None = None) -> str:
    """A citation as people write it: "Overview report, p. 12, para 4.3"; "pp. 12–13" when its quote runs
    over a page break; "p. 7 (printed p. 4)" when the page's printed number differs (plain text)."""
    parts = [name]
    if page:
        parts.append(page_words(page, page_end, label, space="\u00a0"))
    if paragraph:  # a footnote passage is cited by its number: "p. 5, footnote 3"
        parts.append(paragraph_words(paragraph, "\u00a0"))
    return ", ".join(parts)


def citation_words(name: str, citation: Any) -> str:
    """``cite_words`` for a citation (object or dict): its page range, printed number and paragraph."""
    return cite_words(name, _get(citation, "page"), _get(citation, "paragraph"), _get(citation, "page_end"),
                      _get(citation, "page_label"))


def confidence_words(score: float | None) -> str:
    """"High", "Medium" or "Low" for a score in [0, 1], by the reader's fitted bands (qa/reader/chooser.json)."""
    from ui.cards import confidence_level

    return confidence_level(score).capitalize()


def page_ranges(pages: Iterable[int]) -> str:
    """[3, 4, 5, 9] -> "pp. 3–5, 9"; [7] -> "p. 7"."""
    numbers = sorted({int(p) for p in pages})
    if not numbers:
        return ""
    runs: list[tuple[int, int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    text = ", ".join(str(a) if a == b else f"{a}\u2013{b}" for a, b in runs)
    return ("p.\u00a0" if len(numbers) == 1 else "pp.\u00a0") + text


# --------------------------------------------------------------------------------------------------
# highlighting
# --------------------------------------------------------------------------------------------------


def find_span(quote: str, answer: str | None, start: int = -1) -> tuple[int, int] | None:
    """Where ``answer`` sits in ``quote``: the given offset if it fits, else a literal search, then a
    case- and whitespace-insensitive one. Plain text search, never a regex built from document text."""
    if not quote or not answer or not answer.strip():
        return None
    if start is not None and 0 <= start and quote[start : start + len(answer)] == answer:
        return start, start + len(answer)
    at = quote.find(answer)
    if at >= 0:
        return at, at + len(answer)
    words = answer.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    match = re.search(pattern, quote, flags=re.IGNORECASE)
    if match:
        return match.start(), match.end()
    return None


def highlight(quote: str, answer: str | None, start: int = -1) -> str:
    """``quote`` as HTML with ``answer`` wrapped in ``<mark>``; every piece is escaped first."""
    quote = quote or ""
    span = find_span(quote, answer, start)
    if span is None:
        return esc(quote)
    a, b = span
    return f"{esc(quote[:a])}<mark>{esc(quote[a:b])}</mark>{esc(quote[b:])}"


# --------------------------------------------------------------------------------------------------
# HTML blocks of the UI
# --------------------------------------------------------------------------------------------------


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _name_for(citation: Any, names: Mapping[str, str] | None) -> str:
    file = _get(citation, "file", "")
    if names and file in names:
        return names[file]
    return short_title(_get(citation, "title"), file)


def citation_html(citation: Any, names: Mapping[str, str] | None = None) -> str:
    """The citation line: document name in bold, then page and paragraph; full title in the tooltip."""
    name = _name_for(citation, names)
    full = clean_title(_get(citation, "title")) or name
    tip = f"{full} \u2014 {_get(citation, 'file', '')}"
    rest = citation_words("", citation).lstrip(", ")
    rest_html = f", {esc(rest)}" if rest else ""
    return f'<span class="scr-cite" title="{esc(tip)}"><span class="scr-doc">{esc(name)}</span>{rest_html}</span>'


def message_html(message: str, kind: str = "info") -> str:
    """A short notice (kind: info | error | warn); the message is escaped."""
    kind = kind if kind in ("info", "error", "warn") else "info"
    return f'<div class="scr-card scr-message scr-{kind}" role="status">{esc(message)}</div>'


def preview_caption_html(
    citation: Any | None,
    names: Mapping[str, str] | None = None,
    status: str = "",
    note: str = "",
) -> str:
    """The line under the page preview: which page it is and whether the quote is highlighted."""
    if citation is None:
        return f'<p class="scr-preview-caption scr-muted">{esc(note or "Ask a question to see the cited page here.")}</p>'
    icon = {"found": "scr-ok", "partial": "scr-ok", "not_found": "scr-warn", "unavailable": "scr-warn"}.get(status, "")
    note_html = f'<span class="scr-note {icon}">{esc(note)}</span>' if note else ""
    return f'<p class="scr-preview-caption">{citation_html(citation, names)}{note_html}</p>'


def header_html(count: int | None) -> str:
    """The page header: product name, promise, and how many documents are indexed."""
    if count is None:
        status = "No index yet"
    else:
        status = f"{count} document{'s' if count != 1 else ''} indexed"
    return (
        '<header class="scr-header">'
        '<div><h1>scr-qa</h1>'
        "<p>Answers quoted verbatim from serious case reviews, cited by document, page and paragraph. "
        "When the reviews do not say, it says so.</p></div>"
        f'<p class="scr-index-status">{esc(status)}</p>'
        "</header>"
    )



# The Ask tab's card and passages live in ui.cards, the other tabs' tables and cards in ui.views; their
# names stay reachable here (``present.answer_html`` …) for scripts written against the older layout.
_MOVED = {"answer_html": "ui.cards", "passages_html": "ui.cards", "PASSAGE_FLOOR": "ui.cards",
          "documents_html": "ui.views", "upload_report_html": "ui.views", "compare_html": "ui.views",
          "timeline_html": "ui.views", "NOT_ADDRESSED": "ui.views"}


def __getattr__(name: str) -> Any:
    if name in _MOVED:
        import importlib

        return getattr(importlib.import_module(_MOVED[name]), name)
    raise AttributeError(f"module 'ui.present' has no attribute {name!r}")
