"""The Ask tab's HTML: the answer card, the supporting passages, table rows as cells, and the plain text
"Copy with citation" puts on the clipboard.

Pure functions of a ``qa.Answer`` (or its ``to_dict()`` with the extra keys ``answer_start``,
``confidence_level``, ``question_type``, ``abstain_reason`` and, when the reader gives it, ``span``). All
document text is escaped by ``ui.present`` before markup is added around it.

How the card decides what to lead with: the short answer is shown large and bold only when the reader's
confidence is high *and* the answer is of the type the question asks for (a date for "when", a person for
"who"…); otherwise the card leads with the sentence that answers ("The reviews say: …") with the likely span
highlighted, so a wrong span is never the headline. Confidence in words (the fitted bands, what a level
means, whether the answer is of the type asked) is ``ui.confidence``'s; its names are re-exported here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# the card uses these; levels, confidence_level and confidence_meaning are also imported from here (ui.views,
# ui.present, tests): re-exported
from ui.confidence import TYPED, _level_of, confidence_level, confidence_meaning, levels, type_fits  # noqa: F401
from ui.present import NOT_FOUND, _get, _name_for, citation_html, citation_words, clean_title, esc, find_span

# Passages after the first with a score below this are not shown. Measured by tests/ui/measure_floor.py on
# the practice questions (1,048 passages after the first): below 0.01 only 6% were on a page that answers the
# question; the floor keeps 91% of those that were and drops 52% of those that were not.
PASSAGE_FLOOR = 0.01
# Of the passages after the first that the floor keeps, the share on a page that answers (same measurement).
OTHERS_RELEVANT = 0.40

CELL_SEP = " | "  # how qa.tables joins a table row's cells in a quote


# --------------------------------------------------------------------------------------------------
# quotes: spans and table rows
# --------------------------------------------------------------------------------------------------


def answer_span(answer: Any, quote: str) -> tuple[int, int] | None:
    """Where the likely answer is in the first citation's quote: the reader's ``short_answer`` (at
    ``short_start``) when it gives one, else ``answer`` at ``answer_start``; found by plain search if the
    offset does not fit."""
    short = _get(answer, "short_answer")
    if short:
        start = _get(answer, "short_start", -1)
        found = find_span(quote, str(short), -1 if start is None else int(start))
        if found:
            return found
    start = _get(answer, "answer_start", -1)
    return find_span(quote, _get(answer, "answer"), -1 if start is None else int(start))


def cells(quote: str) -> list[tuple[int, int]]:
    """A table row's cells as offsets in the quote (one cell when it is not a row)."""
    out, at = [], 0
    while True:
        cut = quote.find(CELL_SEP, at)
        if cut < 0:
            out.append((at, len(quote)))
            return out
        out.append((at, cut))
        at = cut + len(CELL_SEP)


def _marked(quote: str, a: int, b: int, span: tuple[int, int] | None) -> str:
    """``quote[a:b]`` escaped, with the part inside ``span`` in ``<mark>``."""
    if span is None or span[1] <= a or b <= span[0]:
        return esc(quote[a:b])
    s, e = max(a, span[0]), min(b, span[1])
    return f"{esc(quote[a:s])}<mark>{esc(quote[s:e])}</mark>{esc(quote[e:b])}"


def quote_html(quote: str, span: tuple[int, int] | None = None, cls: str = "scr-quote") -> str:
    """A verbatim quote as HTML with ``span`` marked; a table row (cells joined by " | ") as a one-row table
    of its cells, so the separator is never shown as if the document said it."""
    quote = quote or ""
    parts = cells(quote)
    if len(parts) < 2:
        return f'<blockquote class="{cls}">{_marked(quote, 0, len(quote), span)}</blockquote>'
    tds = "".join(f"<td>{_marked(quote, a, b, span)}</td>" for a, b in parts)
    return (f'<blockquote class="{cls} scr-row"><table class="scr-cells" aria-label="Table row, quoted">'
            f"<tbody><tr>{tds}</tr></tbody></table></blockquote>")


def plain_quote(quote: str) -> str:
    """The quote as text to copy: a table row's cells separated by tabs (as copying a table gives)."""
    return "\t".join(quote[a:b] for a, b in cells(quote or ""))


# --------------------------------------------------------------------------------------------------
# the answer card
# --------------------------------------------------------------------------------------------------


def short_answer(answer: Any) -> str:
    """The short answer: the reader's ``short_answer`` when it gives one (its ``answer`` is then the clause
    around it, when the reader was not sure of the span), else ``answer``."""
    return str(_get(answer, "short_answer") or _get(answer, "answer") or "")


def leads_with_short(answer: Any) -> bool:
    """Whether the card shows the short answer large and bold: the reader answered with the span itself (not
    the clause around it), at high confidence, and it is of the type asked."""
    if not (_get(answer, "answerable") and _get(answer, "answer")):
        return False
    if short_answer(answer) != _get(answer, "answer"):
        return False
    score = float(_get(answer, "score", 0.0) or 0.0)
    return _level_of(answer, score) == "high" and type_fits(answer, short_answer(answer))


def copy_text(answer: Any, names: Mapping[str, str] | None = None) -> str:
    """What "Copy with citation" puts on the clipboard: the answer (or the quote) and where it is from."""
    citations = list(_get(answer, "citations", []) or [])
    text = _get(answer, "answer")
    if not (_get(answer, "answerable") and text and citations):
        return ""
    first = citations[0]
    where = citation_words(_name_for(first, names), first).replace("\u00a0", " ")
    title = clean_title(_get(first, "title"))
    source = f"{where} ({title})" if title and title not in where else where
    if leads_with_short(answer):
        return f"“{short_answer(answer)}” — {source}"
    return f"“{plain_quote(_get(first, 'quote', '') or '')}” — {source}"


def tools_html(answer: Any, names: Mapping[str, str] | None, link: str) -> str:
    """The card's everyday tools: copy the answer with its citation, and a link that asks it again."""
    copy = copy_text(answer, names)
    parts = []
    if copy:
        parts.append(f'<button type="button" class="scr-tool scr-copy" data-copy="{esc(copy)}">Copy with citation</button>')
    if link:
        parts.append(f'<a class="scr-tool scr-permalink" href="{esc(link)}">Link to this answer</a>')
    if not parts:
        return ""
    return f'<p class="scr-tools">{"".join(parts)}<span class="scr-copied" role="status"></span></p>'


def answer_html(answer: Any, names: Mapping[str, str] | None = None, link: str = "") -> str:
    """The answer card for a ``qa.Answer`` (or its ``to_dict()`` with the extra keys); ``link`` is the
    permalink's query string (``?q=…&files=…``)."""
    question = _get(answer, "question", "")
    text = _get(answer, "answer")
    answerable = bool(_get(answer, "answerable")) and bool(text)
    score = float(_get(answer, "score", 0.0) or 0.0)
    citations = list(_get(answer, "citations", []) or [])
    q_html = f'<p class="scr-question">{esc(question)}</p>' if question else ""

    if not answerable:
        reason = _get(answer, "abstain_reason", "") or ""
        why = f'<p class="scr-reason">Why: {esc(reason)}.</p>' if reason else ""
        closest = (
            "The closest passages are listed below so you can judge for yourself; none of them was found to "
            "answer the question, so nothing is highlighted." if closest_passages(answer)
            else "Nothing in the index comes close."
        )
        return (
            '<section class="scr-card scr-answer scr-abstain">'
            f"{q_html}"
            '<h2 class="scr-kicker">No answer</h2>'
            f'<p class="scr-notfound">{esc(NOT_FOUND)}</p>'
            f"{why}"
            f'<p class="scr-muted">{esc(closest)}</p>'
            f"{tools_html(answer, names, link)}"
            "</section>"
        )

    first = citations[0] if citations else None
    quote = (_get(first, "quote", "") or "") if first is not None else ""
    span = answer_span(answer, quote) if quote else None
    level = _level_of(answer, score)
    badge = (f'<span class="scr-confidence scr-confidence-{esc(level)}" title="score {score:.2f} of 1">'
             f"{esc(level.capitalize())} confidence</span>")
    if leads_with_short(answer):
        lead = f'<p class="scr-short">{esc(short_answer(answer))}</p>'
        body = quote_html(quote, span) if quote else ""
    else:
        lead = '<p class="scr-lead">The reviews say:</p>'
        body = quote_html(quote, span) if quote else f'<blockquote class="scr-quote">{esc(text)}</blockquote>'
    cite = ""
    if first is not None:
        source = " \u00b7 ".join(x for x in (clean_title(_get(first, "title")), _get(first, "file", "")) if x)
        cite = (f'<p class="scr-source">{citation_html(first, names)}</p>'
                f'<p class="scr-muted scr-fulltitle">{esc(source)}</p>')
    return (
        '<section class="scr-card scr-answer">'
        f"{q_html}"
        f'<h2 class="scr-kicker">Answer {badge}</h2>'
        f"{lead}{body}{cite}"
        f'<p class="scr-meaning scr-muted">{esc(confidence_meaning(level))}</p>'
        f"{tools_html(answer, names, link)}"
        "</section>"
    )


# --------------------------------------------------------------------------------------------------
# passages
# --------------------------------------------------------------------------------------------------


def closest_passages(answer: Any) -> list[tuple[int, Any]]:
    """(position, citation) of the passages worth showing: the first (where an answer is quoted) and the
    others whose score clears ``PASSAGE_FLOOR``; on an abstention only those that clear it."""
    citations = list(_get(answer, "citations", []) or [])
    answerable = bool(_get(answer, "answerable")) and bool(_get(answer, "answer"))
    return [(i, c) for i, c in enumerate(citations)
            if (i == 0 and answerable) or float(_get(c, "score", 0.0) or 0.0) >= PASSAGE_FLOOR]


def passages_html(answer: Any, names: Mapping[str, str] | None = None, selected: int | None = 0) -> str:
    """The supporting (or, when abstaining, closest) passages above the floor, each a button that opens its
    page (``data-index`` = the citation's position). No scores: they rank passages, they do not measure
    how relevant one is. On an abstention nothing is highlighted."""
    shown = closest_passages(answer)
    if not shown:
        return ""
    answerable = bool(_get(answer, "answerable")) and bool(_get(answer, "answer"))
    if answerable:
        heading = "Supporting passages"
        note = (f"1 is where the answer is quoted; the others are the closest other passages (in the evaluation, "
                f"{round(100 * OTHERS_RELEVANT)}% of these were on a page that answers the question).")
    else:
        heading = "Closest passages"
        note = "None of these was found to answer the question."
    items = []
    for n, (i, citation) in enumerate(shown):
        quote = _get(citation, "quote", "") or ""
        span = answer_span(answer, quote) if answerable and i == 0 else None
        label = citation_words(_name_for(citation, names), citation)
        chosen = " is-selected" if selected == i else ""
        pressed = "true" if selected == i else "false"
        items.append(
            f'<li class="scr-passage{chosen}" data-index="{i}">'
            f'<button type="button" class="scr-open" data-index="{i}" aria-pressed="{pressed}" '
            f'aria-label="Show page: {esc(label)}">'
            f'<span class="scr-num" aria-hidden="true">{n + 1}</span>{citation_html(citation, names)}'
            f'<span class="scr-showpage" aria-hidden="true">Show page</span></button>'
            f"{quote_html(quote, span)}"
            "</li>"
        )
    if len(shown) == 1 and answerable:
        note = "Only the passage the answer is quoted from is close enough to show."
    return (
        '<section class="scr-passages-wrap">'
        f'<h3 class="scr-h">{esc(heading)}</h3>'
        f'<p class="scr-muted scr-note">{esc(note)}</p>'
        f'<ol class="scr-passages">{"".join(items)}</ol>'
        "</section>"
    )


def closeup_html(image: Any, where: str) -> str:
    """The boxed quote's part of the page (a PIL image) as an inline JPEG at its natural size in a frame that
    scrolls sideways, so it is legible on a phone; ``where`` (the citation in words) names it."""
    import base64
    import io

    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="JPEG", quality=82)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    alt = f"Close-up of {where}, the quoted text boxed"
    return (f'<figure class="scr-closeup"><figcaption class="scr-muted">On the page: {esc(where)}</figcaption>'
            f'<div class="scr-zoom" tabindex="0" role="region" aria-label="{esc(alt)}">'
            f'<img src="data:image/jpeg;base64,{data}" alt="{esc(alt)}" width="{image.width}" height="{image.height}">'
            "</div></figure>")
