"""HTML of the Compare, Timeline and Documents tabs: compare cards, the timeline table, the documents
table and the upload report. Pure functions of plain data; all document text is escaped (``ui.present``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
import re
from typing import Any

from ui.present import (
    _get,
    _name_for,
    citation_html,
    citation_words,
    clean_title,
    esc,
    find_span,
    highlight,
    message_html,
    page_ranges,
    short_title,
    short_titles,
)

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


# --------------------------------------------------------------------------------------------------
# Compare and Timeline tabs
# --------------------------------------------------------------------------------------------------

_NUMBER = re.compile(r"\b\d[\d,]*(?:\.\d+)?\b")
_WORD = re.compile(r"\w+")
NOT_ADDRESSED = "Not addressed in this document"


def agreement(texts: Sequence[str]) -> str:
    """One line on whether the documents' answers agree, when they can be compared: dates (by ``qa.dates``,
    so "13 November 2007" and "November 2007" differ in precision, not in fact) and numbers. "" otherwise:
    two different wordings are not a disagreement."""
    texts = [t for t in texts if t and t.strip()]
    if len(texts) < 2:
        return ""
    from qa.dates import parse_date

    dates = [parse_date(t) for t in texts]
    if all(dates):
        if len({d.iso() for d in dates}) == 1:
            return "The documents agree on this date."
        if all(x.compatible(y) for x in dates for y in dates):
            return "The documents agree on this date; some give it less precisely."
        return "The documents give different dates."
    numbers = [_NUMBER.findall(t) for t in texts]
    if all(len(n) == 1 for n in numbers):
        values = {n[0].replace(",", "") for n in numbers}
        return "The documents agree on this figure." if len(values) == 1 else "The documents give different figures."
    plain = {" ".join(_WORD.findall(t.lower())) for t in texts}
    return "The documents give the same answer." if len(plain) == 1 else ""


def weak(doc: Any) -> bool:
    """A document the reader found a possible answer in, below the bar Compare needs (``qa.compare``):
    its score reaches the reader's own threshold (the lowest fitted confidence band)."""
    from ui.cards import levels

    bands = levels()
    floor = min((float(b["min"]) for b in bands), default=1.0)
    citations = _get(doc, "citations", []) or []
    return not _get(doc, "answerable") and bool(citations) and float(_get(doc, "score", 0.0) or 0.0) >= floor


def compare_html(comparison: Any, names: Mapping[str, str] | None = None, selected: int | None = None) -> str:
    """One card per document for a ``qa.compare`` result (or its ``to_dict()``): the sentence that answers
    with the answer marked, its citation and confidence in words; "May address this" with the closest quote
    (nothing marked) when the reader's confidence is below Compare's bar; else "Not addressed in this
    document". Cards with a quote are buttons (``data-index`` = the document's position) that open its page."""
    from ui.cards import confidence_level, quote_html

    question = _get(comparison, "question", "")
    documents = list(_get(comparison, "documents", []) or [])
    if not documents:
        return message_html("Nothing is indexed yet, so there is nothing to compare.")
    cards, answers = [], []
    maybe = 0
    for i, doc in enumerate(documents):
        file = _get(doc, "file", "")
        name = names.get(file) if names and file in names else short_title(_get(doc, "title"), file)
        full = clean_title(_get(doc, "title")) or file
        text = _get(doc, "answer")
        citations = list(_get(doc, "citations", []) or [])
        head = (
            f'<header class="scr-cmp-head"><h3 class="scr-doc">{esc(name)}</h3>'
            f'<span class="scr-fulltitle scr-muted" title="{esc(full)}">{esc(file)}</span></header>'
        )
        answered = bool(_get(doc, "answerable") and text and citations)
        if not answered and not weak(doc):
            cards.append(
                f'<article class="scr-card scr-cmp scr-cmp-none" data-index="{i}">{head}'
                f'<p class="scr-notaddressed">{esc(NOT_ADDRESSED)}</p></article>'
            )
            continue
        first = citations[0]
        quote = _get(first, "quote", "") or ""
        score = float(_get(doc, "score", 0.0) or 0.0)
        label = citation_words(name, first)
        chosen = " is-selected" if selected == i else ""
        if answered:
            answers.append(str(text))
            start = _get(doc, "answer_start", -1)
            span = find_span(quote, text, -1 if start is None else start)
            level = confidence_level(score)
            lead = ""
            badge = f'<span class="scr-confidence scr-confidence-{esc(level)}">{esc(level.capitalize())} confidence</span>'
            cls = ""
        else:
            maybe += 1
            span = None
            lead = '<p class="scr-maybe">May address this: the closest passage, not confident enough to answer.</p>'
            badge = '<span class="scr-confidence scr-confidence-low">Low confidence</span>'
            cls = " scr-cmp-weak"
        cards.append(
            f'<article class="scr-card scr-cmp scr-pick{cls}{chosen}" data-index="{i}">{head}{lead}'
            f"{quote_html(quote, span)}"
            f'<p class="scr-source">{citation_html(first, names)}</p>'
            f'<p class="scr-cmp-foot">{badge}'
            f'<button type="button" class="scr-open scr-showpage" data-index="{i}" '
            f'aria-pressed="{"true" if selected == i else "false"}" aria-label="Show page: {esc(label)}">'
            "Show page</button></p>"
            "</article>"
        )
    count = len(documents)
    summary = f"{len(answers)} of {count} document{'s' if count != 1 else ''} address this question"
    if maybe:
        summary += f"; {maybe} may address it"
    agree = agreement(answers)
    return (
        '<section class="scr-compare">'
        + (f'<p class="scr-question">{esc(question)}</p>' if question else "")
        + f'<h2 class="scr-kicker">{esc(summary)}</h2>'
        + (f'<p class="scr-agree">{esc(agree)}</p>' if agree else "")
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
