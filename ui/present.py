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
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from qa.types import page_words

NOT_FOUND = "Not found in these documents"

# Confidence bands for the score in [0, 1] that ``qa.ask`` returns: the reader's own, measured on the
# development questions (qa/reader/chooser.json), so "high" means what the eval found it to mean.
def _bands() -> tuple[float, float]:
    from qa.reader.choose import load

    fitted = load()
    levels = {band["name"]: band["min"] for band in fitted.get("levels", [])}
    medium = float(levels.get("medium", fitted.get("threshold", 0.5)))
    return float(levels.get("high", max(0.8, medium))), medium


HIGH_CONFIDENCE, MEDIUM_CONFIDENCE = _bands()

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
        parts.append(paragraph.replace(" ", "\u00a0") if paragraph.startswith("footnote") else f"para\u00a0{paragraph}")
    return ", ".join(parts)


def citation_words(name: str, citation: Any) -> str:
    """``cite_words`` for a citation (object or dict): its page range, printed number and paragraph."""
    return cite_words(name, _get(citation, "page"), _get(citation, "paragraph"), _get(citation, "page_end"),
                      _get(citation, "page_label"))


def confidence_words(score: float | None) -> str:
    """"High", "Medium" or "Low" for a score in [0, 1]."""
    value = float(score or 0.0)
    if value >= HIGH_CONFIDENCE:
        return "High"
    if value >= MEDIUM_CONFIDENCE:
        return "Medium"
    return "Low"


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


def _confidence_html(score: float) -> str:
    words = confidence_words(score)
    return (
        f'<span class="scr-confidence scr-confidence-{words.lower()}" title="confidence score {score:.2f} of 1">'
        f"{esc(words)} confidence <span class=\"scr-score\">{score:.2f}</span></span>"
    )


def answer_html(answer: Any, names: Mapping[str, str] | None = None) -> str:
    """The answer card for a ``qa.Answer`` (or its ``to_dict()``, with ``answer_start`` optional)."""
    question = _get(answer, "question", "")
    text = _get(answer, "answer")
    answerable = bool(_get(answer, "answerable")) and bool(text)
    score = float(_get(answer, "score", 0.0) or 0.0)
    citations = list(_get(answer, "citations", []) or [])
    start = _get(answer, "answer_start", -1)
    if start is None:
        start = -1
    q_html = f'<p class="scr-question">{esc(question)}</p>' if question else ""

    if not answerable:
        reason = _get(answer, "abstain_reason", "") or ""
        why = f'<p class="scr-reason">Why: {esc(reason)}.</p>' if reason else ""
        closest = (
            "The closest passages are listed below so you can judge for yourself."
            if citations
            else "Nothing in the index comes close."
        )
        return (
            '<section class="scr-card scr-answer scr-abstain" aria-live="polite">'
            f"{q_html}"
            f'<p class="scr-kicker">No answer</p>'
            f'<p class="scr-notfound">{esc(NOT_FOUND)}</p>'
            f"{why}"
            f'<p class="scr-muted">{esc(closest)}</p>'
            "</section>"
        )

    first = citations[0] if citations else None
    quote = _get(first, "quote", "") if first is not None else ""
    span = find_span(quote, text, start) if quote else None
    short = ""
    if span is None or (span[1] - span[0]) < 0.8 * len(quote.strip()):
        short = f'<p class="scr-short">{esc(text)}</p>'
    body = ""
    if quote:
        body = f'<blockquote class="scr-quote">{highlight(quote, text, start)}</blockquote>'
    cite = ""
    if first is not None:
        full = clean_title(_get(first, "title"))
        file = _get(first, "file", "")
        source = " \u00b7 ".join(x for x in (full, file) if x)
        cite = (
            f'<p class="scr-source">{citation_html(first, names)}</p>'
            f'<p class="scr-muted scr-fulltitle">{esc(source)}</p>'
        )
    return (
        '<section class="scr-card scr-answer" aria-live="polite">'
        f"{q_html}"
        f'<p class="scr-kicker">Answer {_confidence_html(score)}</p>'
        f"{short}{body}{cite}"
        "</section>"
    )


def passages_html(
    answer: Any, names: Mapping[str, str] | None = None, selected: int | None = 0
) -> str:
    """The supporting (or, when abstaining, closest) passages, each a button that opens its page."""
    citations = list(_get(answer, "citations", []) or [])
    if not citations:
        return ""
    text = _get(answer, "answer")
    answerable = bool(_get(answer, "answerable")) and bool(text)
    start = _get(answer, "answer_start", -1)
    heading = "Supporting passages" if answerable else "Closest passages"
    items = []
    for i, citation in enumerate(citations):
        quote = _get(citation, "quote", "")
        if answerable and text:
            quote_html = highlight(quote, text, start if i == 0 else -1)
        else:
            quote_html = esc(quote)
        score = float(_get(citation, "score", 0.0) or 0.0)
        label = citation_words(_name_for(citation, names), citation)
        chosen = " is-selected" if selected == i else ""
        pressed = "true" if selected == i else "false"
        items.append(
            f'<li class="scr-passage{chosen}" data-index="{i}">'
            f'<button type="button" class="scr-open" data-index="{i}" aria-pressed="{pressed}" '
            f'aria-label="Show on page: {esc(label)}">'
            f'<span class="scr-num">{i + 1}</span>{citation_html(citation, names)}'
            f'<span class="scr-score" title="relevance score">{score:.2f}</span>'
            f'<span class="scr-showpage">Show page</span></button>'
            f'<blockquote class="scr-quote">{quote_html}</blockquote>'
            "</li>"
        )
    return (
        '<section class="scr-passages-wrap">'
        f'<h3 class="scr-h">{esc(heading)}</h3>'
        f'<ol class="scr-passages">{"".join(items)}</ol>'
        "</section>"
    )


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


def _problem_lines(problems: Sequence[Mapping[str, Any]]) -> list[str]:
    by_reason: dict[str, list[int]] = {}
    for problem in problems or []:
        by_reason.setdefault(str(problem.get("reason") or "unknown reason"), []).append(int(problem.get("page") or 0))
    return [f"{page_ranges(pages)}: {reason}" for reason, pages in by_reason.items()]


def documents_html(files: Mapping[str, Mapping[str, Any]], index_dir: str = "") -> str:
    """The Documents tab: one row per indexed file (manifest ``files``), skipped pages and why."""
    if not files:
        return message_html(
            "Nothing is indexed yet. Upload PDFs below, or run: scr-qa index <folder> --index-dir "
            + (index_dir or "<index>"),
            "info",
        )
    names = short_titles({f: (info.get("title") or "") for f, info in files.items()})
    rows = []
    total_pages = total_passages = 0
    for file in sorted(files, key=lambda f: (names[f].lower(), f)):
        info = files[file]
        status = str(info.get("status") or "")
        pages = int(info.get("pages") or 0)
        text_pages = int(info.get("text_pages") or 0)
        passages = int(info.get("passages") or 0)
        total_pages += pages
        total_passages += passages
        problems = _problem_lines(info.get("problems") or [])
        if info.get("reason"):
            problems.insert(0, str(info["reason"]))
        problems_html = (
            "<ul class=\"scr-problems\">" + "".join(f"<li>{esc(p)}</li>" for p in problems) + "</ul>"
            if problems
            else '<span class="scr-muted">none</span>'
        )
        pages_html = f"{pages}" if text_pages == pages else f"{text_pages} of {pages}"
        rows.append(
            "<tr>"
            f'<td><span class="scr-doc">{esc(names[file])}</span>'
            f'<span class="scr-fulltitle scr-muted">{esc(clean_title(info.get("title")) or file)}</span></td>'
            f'<td class="scr-file">{esc(file)}</td>'
            f'<td class="scr-numcol">{esc(pages_html)}</td>'
            f'<td class="scr-numcol">{passages}</td>'
            f'<td><span class="scr-status scr-status-{esc(status)}">{esc(status)}</span></td>'
            f"<td>{problems_html}</td>"
            "</tr>"
        )
    count = len(files)
    summary = (
        f"{count} document{'s' if count != 1 else ''} \u00b7 {total_pages} pages \u00b7 {total_passages} passages"
    )
    return (
        '<section class="scr-docs">'
        f'<p class="scr-muted">{esc(summary)}</p>'
        '<table class="scr-table"><thead><tr>'
        "<th>Document</th><th>File</th><th>Pages with text</th><th>Passages</th><th>Status</th>"
        "<th>Skipped pages and why</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        "</section>"
    )


def upload_report_html(
    accepted: Sequence[Mapping[str, Any]],
    rejected: Sequence[tuple[str, str]],
    replaced: Iterable[str] = (),
) -> str:
    """What happened to each uploaded file: rejected before indexing, or the indexer's status.

    ``replaced``: files that were already in the index under the same name and are now replaced.
    """
    replaced = set(replaced)
    items = []
    for name, reason in rejected:
        items.append(f'<li class="scr-error"><span class="scr-file">{esc(name)}</span>: {esc(reason)}</li>')
    for report in accepted:
        status = str(report.get("status") or "")
        detail = report.get("reason") or ""
        problems = _problem_lines(report.get("problems") or [])
        extra = "; ".join([str(detail)] + problems if detail else problems)
        pages = int(report.get("pages") or 0)
        passages = int(report.get("passages") or 0)
        if status == "skipped":
            summary = "not indexed"
        elif report.get("reused"):
            summary = "already indexed (unchanged)"
        else:
            summary = f"{status}, {pages} pages, {passages} passages"
            if report.get("file") in replaced:
                summary += "; replaces the version indexed before"
        cls = "scr-error" if status == "skipped" else ("scr-warn" if status == "partial" else "scr-ok")
        items.append(
            f'<li class="{cls}"><span class="scr-file">{esc(report.get("file"))}</span>: {esc(summary)}'
            + (f' <span class="scr-muted">({esc(extra)})</span>' if extra else "")
            + "</li>"
        )
    if not items:
        return ""
    return f'<ul class="scr-upload-report">{"".join(items)}</ul>'


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


# --------------------------------------------------------------------------------------------------
# Compare and Timeline tabs
# --------------------------------------------------------------------------------------------------

NOT_ADDRESSED = "Not addressed in this document"


def compare_html(comparison: Any, names: Mapping[str, str] | None = None, selected: int | None = None) -> str:
    """One card per document for a ``qa.compare`` result (or its ``to_dict()``): the answer emphasised
    inside its quote and the citation in words, or "Not addressed in this document". Answered cards are
    buttons (``data-index`` = the document's position) that open the cited page."""
    question = _get(comparison, "question", "")
    documents = list(_get(comparison, "documents", []) or [])
    if not documents:
        return message_html("Nothing is indexed yet, so there is nothing to compare.")
    cards = []
    answered = 0
    for i, doc in enumerate(documents):
        file = _get(doc, "file", "")
        name = names.get(file) if names and file in names else short_title(_get(doc, "title"), file)
        full = clean_title(_get(doc, "title")) or file
        text = _get(doc, "answer")
        citations = list(_get(doc, "citations", []) or [])
        head = (
            f'<header class="scr-cmp-head"><span class="scr-doc">{esc(name)}</span>'
            f'<span class="scr-fulltitle scr-muted" title="{esc(full)}">{esc(file)}</span></header>'
        )
        if not (_get(doc, "answerable") and text and citations):
            cards.append(
                f'<article class="scr-card scr-cmp scr-cmp-none" data-index="{i}">{head}'
                f'<p class="scr-notaddressed">{esc(NOT_ADDRESSED)}</p></article>'
            )
            continue
        answered += 1
        first = citations[0]
        quote = _get(first, "quote", "") or ""
        start = _get(doc, "answer_start", -1)
        start = -1 if start is None else start
        span = find_span(quote, text, start)
        short = f'<p class="scr-cmp-short">{esc(text)}</p>' if span is None or (span[1] - span[0]) < 0.8 * len(quote.strip()) else ""
        score = float(_get(doc, "score", 0.0) or 0.0)
        label = citation_words(name, first)
        chosen = " is-selected" if selected == i else ""
        cards.append(
            f'<article class="scr-card scr-cmp scr-pick{chosen}" data-index="{i}">{head}'
            f"{short}"
            f'<blockquote class="scr-quote">{highlight(quote, text, start)}</blockquote>'
            f'<p class="scr-source">{citation_html(first, names)}</p>'
            f'<p class="scr-cmp-foot">{_confidence_html(score)}'
            f'<button type="button" class="scr-open scr-showpage" data-index="{i}" '
            f'aria-pressed="{"true" if selected == i else "false"}" aria-label="Show on page: {esc(label)}">'
            "Show page</button></p>"
            "</article>"
        )
    count = len(documents)
    summary = f"{answered} of {count} document{'s' if count != 1 else ''} address this question"
    return (
        '<section class="scr-compare">'
        + (f'<p class="scr-question">{esc(question)}</p>' if question else "")
        + f'<p class="scr-kicker">{esc(summary)}</p>'
        + f'<div class="scr-cmp-grid">{"".join(cards)}</div>'
        + "</section>"
    )


def _event_sources(event: Any, names: Mapping[str, str] | None, index: int) -> str:
    """The places an event is stated, in words, each a button (``data-cite``) that opens its page."""
    items = []
    for j, citation in enumerate(_get(event, "citations", []) or []):
        name = _name_for(citation, names)
        words = citation_words(name, citation)
        items.append(
            f'<li><button type="button" class="scr-open scr-cite-link" data-index="{index}" data-cite="{j}" '
            f'aria-label="Show on page: {esc(words)}">{esc(words)}</button></li>'
        )
    return f'<ul class="scr-sources">{"".join(items)}</ul>'


def timeline_html(
    events: Sequence[Any],
    names: Mapping[str, str] | None = None,
    selected: int | None = None,
    total: int | None = None,
    query: str = "",
) -> str:
    """The timeline as a table: date as written (and normalised), the event verbatim with its date marked,
    and every place that states it. Rows are selectable (``data-index``); each source is a button."""
    shown = len(events)
    if total is None:
        total = shown
    if not shown:
        if total:
            return message_html(f"No event matches \u201c{query}\u201d. Try other words, or clear the filter.", "info")
        return message_html("No dated events were found in the indexed documents.", "info")
    rows = []
    for i, event in enumerate(events):
        date_text = _get(event, "date_text", "")
        iso = _get(event, "date", "")
        statement = _get(event, "event", "")
        chosen = " is-selected" if selected == i else ""
        plain = f'<span class="scr-iso scr-muted">{esc(iso)}</span>' if iso and iso != date_text else ""
        rows.append(
            f'<tr class="scr-pick scr-event{chosen}" data-index="{i}">'
            f'<td class="scr-when"><span class="scr-date">{esc(date_text)}</span>{plain}</td>'
            f'<td class="scr-what"><span class="scr-quote-inline">{highlight(statement, date_text)}</span></td>'
            f"<td>{_event_sources(event, names, i)}</td>"
            "</tr>"
        )
    if query:
        summary = f"{shown} of {total} events match \u201c{query}\u201d"
    else:
        summary = f"{shown} event{'s' if shown != 1 else ''}"
    return (
        '<section class="scr-timeline">'
        f'<p class="scr-muted scr-tl-summary">{esc(summary)} \u00b7 in date order \u00b7 '
        "select a row or a source to see the page</p>"
        '<table class="scr-table scr-tl-table"><thead><tr>'
        "<th>Date</th><th>Event, as the document states it</th><th>Stated in</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        "</section>"
    )
