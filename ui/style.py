"""How the web UI looks: the CSS and the theme (its JavaScript is in ``ui.scripts``).

The theme uses fonts Gradio bundles (nothing is fetched from the internet). Colours are chosen for 4.5:1
contrast in light and dark mode (Gradio follows the operating system's setting: ``.dark`` on the body).
"""

from __future__ import annotations

import gradio as gr

CSS = """
.gradio-container { max-width: 1320px !important; margin: 0 auto !important; }
/* overflow: hidden on the container would stop the preview column from sticking; clip does not */
.gradio-container { overflow: clip !important; }
.scr-serif, .scr-quote, .scr-short, .scr-notfound { font-family: Georgia, 'Iowan Old Style', 'Palatino Linotype', 'DejaVu Serif', 'Times New Roman', serif; }
.scr-header { display: flex; justify-content: space-between; align-items: flex-end; gap: 24px;
  padding: 6px 2px 14px; border-bottom: 1px solid var(--border-color-primary); margin-bottom: 4px; }
.scr-header h1 { font-size: 1.6rem; font-weight: 600; margin: 0 0 2px; letter-spacing: -0.01em; }
.scr-header p { margin: 0; color: var(--body-text-color-subdued); font-size: 0.98rem; }
.scr-index-status { white-space: nowrap; font-size: 0.9rem !important; }
.scr-muted { color: var(--body-text-color-subdued); }
.scr-card { background: var(--background-fill-primary); border: 1px solid var(--border-color-primary);
  border-radius: 10px; padding: 18px 22px; }
.scr-answer { border-top: 4px solid var(--color-accent); }
.scr-abstain { border-top-color: #9aa4b2; }
.scr-question { margin: 0 0 10px; color: var(--body-text-color-subdued); font-size: 0.95rem; }
.scr-kicker { display: flex; align-items: center; gap: 12px; margin: 0 0 6px; font-size: 0.74rem;
  font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: var(--body-text-color-subdued); }
.scr-confidence { text-transform: none; letter-spacing: 0; font-weight: 600; font-size: 0.78rem;
  padding: 1px 8px; border-radius: 999px; border: 1px solid currentColor; }
.scr-confidence .scr-score { font-weight: 400; opacity: 0.8; margin-left: 2px; }
.scr-confidence-high { color: #1f7a4d; }
.scr-confidence-medium { color: #9a6700; }
.scr-confidence-low { color: #8a4b4b; }
.scr-short { font-size: 1.65rem; line-height: 1.25; font-weight: 600; margin: 4px 0 10px; }
.scr-notfound { font-size: 1.45rem; line-height: 1.3; font-weight: 600; margin: 4px 0 6px; }
.scr-quote { font-size: 1.04rem; line-height: 1.6; margin: 8px 0; padding: 2px 0 2px 14px;
  border-left: 3px solid #e0b000; color: var(--body-text-color); quotes: none; }
.scr-quote mark, .scr-answer mark { background: #ffe47a; color: #1b1b1b; padding: 0 2px; border-radius: 2px; }
.scr-source { margin: 12px 0 2px; font-size: 1rem; }
.scr-doc { font-weight: 600; }
.scr-fulltitle { display: block; font-size: 0.8rem; margin: 0; }
.scr-h { font-size: 0.8rem; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase;
  color: var(--body-text-color-subdued); margin: 18px 0 8px; }
.scr-passages { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 10px; }
.scr-passage { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px 14px 6px;
  background: var(--background-fill-primary); cursor: pointer; transition: border-color 0.15s; }
.scr-passage:hover { border-color: var(--color-accent); }
.scr-passage.is-selected { border-color: var(--color-accent); box-shadow: inset 3px 0 0 var(--color-accent); }
.scr-open { all: unset; display: flex; align-items: baseline; gap: 10px; width: 100%; cursor: pointer;
  font-size: 0.95rem; }
.scr-open:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 3px; border-radius: 4px; }
.scr-num { display: inline-flex; justify-content: center; align-items: center; min-width: 1.4em; height: 1.4em;
  border-radius: 999px; font-size: 0.75rem; font-weight: 600; background: var(--background-fill-secondary);
  color: var(--body-text-color-subdued); }
.scr-open .scr-score { margin-left: auto; font-size: 0.8rem; color: var(--body-text-color-subdued); }
.scr-showpage { font-size: 0.8rem; color: var(--color-accent); white-space: nowrap; }
.scr-passage .scr-quote { font-size: 0.98rem; border-left-color: var(--border-color-primary); }
.scr-passage.is-selected .scr-quote { border-left-color: #e0b000; }
.scr-message { padding: 12px 16px; font-size: 0.98rem; }
.scr-error { color: #a12622; }
.scr-warn { color: #9a6700; }
.scr-ok { color: #1f7a4d; }
.scr-preview-caption { margin: 6px 2px 0; font-size: 0.92rem; display: flex; flex-direction: column; gap: 2px; }
.scr-note { font-size: 0.84rem; }
#scr-preview-col { position: sticky; top: 10px; align-self: flex-start; }
@media (max-width: 1000px) { #scr-preview-col { position: static; } }
#scr-preview img { background: white; }
.scr-table { width: 100%; border-collapse: collapse; font-size: 0.93rem; }
.scr-table th { text-align: left; font-weight: 600; font-size: 0.78rem; text-transform: uppercase;
  letter-spacing: 0.05em; color: var(--body-text-color-subdued); border-bottom: 2px solid var(--border-color-primary);
  padding: 8px 10px; }
.scr-table td { vertical-align: top; padding: 10px; border-bottom: 1px solid var(--border-color-primary); }
.scr-file { font-family: var(--font-mono); font-size: 0.82rem; overflow-wrap: anywhere; }
.scr-numcol { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.scr-status { font-size: 0.8rem; font-weight: 600; padding: 1px 8px; border-radius: 999px;
  border: 1px solid currentColor; }
.scr-status-indexed { color: #1f7a4d; }
.scr-status-partial { color: #9a6700; }
.scr-status-skipped { color: #a12622; }
.scr-problems { margin: 0; padding-left: 1.1em; font-size: 0.86rem; }
.scr-upload-report { margin: 8px 0 0; padding-left: 1.1em; }
#scr-examples { gap: 6px; flex-wrap: wrap; align-items: center; }
#scr-examples .scr-try-wrap { flex: 0 0 auto !important; min-width: 0 !important; width: auto !important; }
.scr-try { font-size: 0.85rem; color: var(--body-text-color-subdued); margin-right: 2px; }
#scr-examples button { flex: 0 1 auto !important; min-width: 0 !important; font-weight: 400; }
.scr-cmp-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 14px; }
.scr-cmp { display: flex; flex-direction: column; gap: 2px; padding: 14px 18px; border-top: 4px solid var(--color-accent); }
.scr-cmp.scr-pick { cursor: pointer; }
.scr-cmp.scr-pick:hover, .scr-cmp.is-selected { border-color: var(--color-accent); box-shadow: inset 0 0 0 1px var(--color-accent); }
.scr-cmp-none { border-top-color: #9aa4b2; background: var(--background-fill-secondary); }
.scr-cmp-head { display: flex; flex-direction: column; margin-bottom: 6px; }
.scr-cmp-head .scr-doc { font-size: 1.05rem; }
.scr-cmp-short { font-family: Georgia, 'DejaVu Serif', serif; font-size: 1.3rem; font-weight: 600; margin: 2px 0 4px; }
.scr-notaddressed { font-family: Georgia, 'DejaVu Serif', serif; font-size: 1.1rem; color: var(--body-text-color-subdued); margin: 8px 0; }
.scr-cmp .scr-quote { font-size: 0.98rem; }
.scr-cmp-foot { display: flex; align-items: center; gap: 10px; margin: 8px 0 0; font-size: 0.8rem; }
.scr-cmp-foot .scr-showpage { margin-left: auto; width: auto; }
.scr-compare .scr-kicker { margin: 0 0 10px; }
.scr-tl-wrap { max-height: calc(100vh - 150px); overflow-y: auto; }
.scr-tl-table td.scr-when { white-space: nowrap; width: 9.5em; }
.scr-date { font-weight: 600; display: block; }
.scr-iso { font-size: 0.78rem; font-family: var(--font-mono); }
.scr-tl-table .scr-what { font-family: Georgia, 'DejaVu Serif', serif; line-height: 1.5; }
.scr-tl-table mark { background: #ffe47a; color: #1b1b1b; padding: 0 2px; border-radius: 2px; }
.scr-event { cursor: pointer; }
.scr-event:hover td { background: var(--background-fill-secondary); }
.scr-event.is-selected td { background: #eff6ff; }
.scr-event.is-selected td:first-child { box-shadow: inset 3px 0 0 var(--color-accent); }
.scr-sources { list-style: none; margin: 0; padding: 0; font-size: 0.84rem; }
.scr-sources li { white-space: nowrap; }
.scr-cite-link { all: unset; cursor: pointer; color: var(--color-accent); }
.scr-cite-link:hover { text-decoration: underline; }
.scr-cite-link:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 2px; }
.scr-side-preview { position: sticky; top: 10px; align-self: flex-start; }
@media (max-width: 1000px) { .scr-side-preview { position: static; } }
#scr-compare-preview img, #scr-timeline-preview img { background: white; }
/* ---- issue 17: accessibility, phone width, dark mode ---- */
#scr-remove-doc input { color: var(--body-text-color) !important; }
.scr-sr-block { position: absolute !important; width: 1px !important; height: 1px !important; overflow: hidden;
  clip: rect(0 0 0 0); margin: 0 !important; padding: 0 !important; border: 0 !important; }
@media (min-width: 1001px) { #scr-closeup { display: none !important; } }
.scr-visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
:focus-visible { outline: 3px solid #2563eb !important; outline-offset: 2px; }
#scr-question textarea:focus, #scr-compare-question textarea:focus, #scr-timeline-query textarea:focus {
  outline: 3px solid #2563eb !important; outline-offset: 1px; }
textarea::placeholder, input::placeholder { color: #475569 !important; opacity: 1; }
.dark textarea::placeholder { color: #94a3b8 !important; }
.dark input::placeholder { color: #94a3b8 !important; }
.scr-lead { margin: 4px 0 0; font-weight: 700; }
.scr-meaning { font-size: 0.86rem; margin: 8px 0 0; }
.scr-tools { display: flex; flex-wrap: wrap; align-items: center; gap: 10px 16px; margin: 12px 0 0; font-size: 0.9rem; }
.scr-tool { font: inherit; color: #1d4ed8; background: none; border: 1px solid currentColor; border-radius: 6px;
  padding: 3px 10px; cursor: pointer; text-decoration: none; }
.scr-copied { color: var(--body-text-color-subdued); }
.scr-kicker { font-size: 0.74rem; }
h2.scr-kicker, h3.scr-doc { margin-top: 0; }
h3.scr-doc { font-size: 1.05rem; margin-bottom: 0; }
.scr-cells { border-collapse: collapse; font-size: inherit; }
.scr-cells td { border: 1px solid var(--border-color-primary); padding: 3px 8px; vertical-align: top;
  overflow-wrap: break-word; }
/* a phone: a quoted row's cells stack, one under another, rather than run off the screen */
@media (max-width: 600px) {
  .scr-cells, .scr-cells tbody, .scr-cells tr, .scr-cells td { display: block; width: auto; }
  .scr-cells td + td { border-top: none; }
}
.scr-row { border-left-color: #e0b000; }
.scr-agree { font-weight: 700; margin: 0 0 10px; }
.scr-maybe { font-style: italic; margin: 2px 0 4px; }
.scr-cmp-weak { border-top-color: #9a6700; }
.scr-history-list { margin: 0; padding-left: 1.3em; font-size: 0.95rem; }
.scr-history-list a { color: #1d4ed8; }
.scr-closeup { display: none; margin: 12px 0 0; }
.scr-closeup figcaption { font-size: 0.9rem; margin: 0 0 4px; }
#scr-closeup, #scr-closeup div { min-width: 0 !important; max-width: 100% !important; }
#scr-closeup { overflow: hidden; contain: inline-size; }  /* its wide image never widens the page */
.scr-zoom { overflow-x: auto; width: 100%; max-width: 100%; border: 1px solid var(--border-color-primary); border-radius: 6px;
  background: white; }
.scr-zoom img { display: block; max-width: none; height: auto; }
.scr-cmp-grid { grid-template-columns: repeat(auto-fit, minmax(min(280px, 100%), 1fr)); }
.scr-exports { gap: 8px; }
@media (max-width: 1000px) {
  .scr-closeup { display: block; }
}
@media (max-width: 700px) {
  .gradio-container { padding-left: 8px !important; padding-right: 8px !important; }
  .scr-header { flex-direction: column; align-items: flex-start; gap: 4px; }
  .scr-index-status { white-space: normal; }
  .scr-card { padding: 14px 14px; }
  .scr-short { font-size: 1.4rem; }
  .scr-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .scr-table, .scr-table tbody, .scr-table tr, .scr-table td { display: block; width: auto; }
  .scr-table tr { border-bottom: 2px solid var(--border-color-primary); padding: 6px 0; }
  .scr-table td { border-bottom: none; padding: 4px 6px; text-align: left; }
  .scr-tl-table td.scr-when { width: auto; white-space: normal; }
  .scr-sources li { white-space: normal; }
  .scr-tl-wrap { max-height: none; }
}
@media (max-width: 800px) {  /* one column: the answer, then its close-up, passages and the page */
  .scr-main-row { flex-direction: column !important; }
  .scr-main-row > .column { width: 100% !important; min-width: 0 !important; flex: 1 1 auto !important; }
}
/* dark mode (Gradio sets .dark on the body from the system setting): every text at least 4.5:1 on its
   background. One selector per rule: Gradio scopes '.dark' only at the start of a rule. */
.dark .scr-confidence-high { color: #4ade80; }
.dark .scr-ok { color: #4ade80; }
.dark .scr-status-indexed { color: #4ade80; }
.dark .scr-confidence-medium { color: #fbbf24; }
.dark .scr-warn { color: #fbbf24; }
.dark .scr-status-partial { color: #fbbf24; }
.dark .scr-confidence-low { color: #fca5a5; }
.dark .scr-error { color: #fca5a5; }
.dark .scr-status-skipped { color: #fca5a5; }
.dark .scr-tool { color: #93c5fd; }
.dark .scr-history-list a { color: #93c5fd; }
.dark .scr-showpage { color: #93c5fd; }
.dark .scr-cite-link { color: #93c5fd; }
.dark .scr-open .scr-showpage { color: #93c5fd; }
.dark .scr-num { color: #cbd5e1; }
.dark .scr-event.is-selected td { background: #1e3a8a; color: #f8fafc; }
.dark .scr-event:hover td { background: #1e293b; }
"""


def theme() -> gr.themes.Base:
    """A quiet theme with fonts Gradio ships (nothing fetched from the internet).

    Only some of the fonts bundled with Gradio have full glyph sets: Source Sans Pro and IBM Plex Mono
    Regular and Bold do; their SemiBold files, Source Sans 3 and Lora are subsets without most
    capitals (text would mix fonts). So: weights 400 and 700 only. Quotes use the system's serif.
    """
    return gr.themes.Base(
        primary_hue="blue",
        neutral_hue="slate",
        radius_size="md",
        font=[gr.themes.LocalFont("Source Sans Pro", weights=(400, 700)), "ui-sans-serif", "system-ui", "sans-serif"],
        font_mono=[gr.themes.LocalFont("IBM Plex Mono", weights=(400, 700)), "ui-monospace", "monospace"],
    ).set(
        body_text_size="16px",
        body_text_color_subdued="*neutral_500",  # the default (*neutral_400) is too faint to read well
        body_text_color_subdued_dark="*neutral_400",
        color_accent="#1d4ed8",
        button_primary_background_fill="#1d4ed8",
        button_primary_background_fill_hover="#1e40af",
    )
