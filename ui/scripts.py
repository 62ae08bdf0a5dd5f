"""The little JavaScript the web UI runs, as strings Gradio attaches to its blocks: the click handlers of the
HTML blocks (a passage, a card or a timeline row opens its page), the permalink and question history after an
answer, and the names and alt text Gradio leaves out for screen readers.
"""

from __future__ import annotations

PASSAGE_JS = """
element.addEventListener('click', (event) => {
  const item = event.target.closest('.scr-passage');
  if (!item || !element.contains(item)) return;
  const picked = window.getSelection ? String(window.getSelection()) : '';
  if (picked.length > 0 && !event.target.closest('button')) return;  // let people copy a quote
  const index = parseInt(item.dataset.index, 10);
  if (Number.isNaN(index)) return;
  element.querySelectorAll('.scr-passage').forEach((li) => {
    const on = li === item;
    li.classList.toggle('is-selected', on);
    const button = li.querySelector('button');
    if (button) button.setAttribute('aria-pressed', on ? 'true' : 'false');
  });
  trigger('select', {index: index, value: index, selected: true});
  if (window.innerWidth < 1000) {
    const preview = document.getElementById('scr-preview-col');
    if (preview) preview.scrollIntoView({behavior: 'smooth', block: 'start'});
  }
});
"""

PICK_JS = """
element.addEventListener('click', (event) => {
  const item = event.target.closest('.scr-pick');
  if (!item || !element.contains(item)) return;
  const picked = window.getSelection ? String(window.getSelection()) : '';
  if (picked.length > 0 && !event.target.closest('button')) return;  // let people copy a quote
  const index = parseInt(item.dataset.index, 10);
  if (Number.isNaN(index)) return;
  const source = event.target.closest('[data-cite]');
  const cite = source ? parseInt(source.dataset.cite, 10) : 0;
  element.querySelectorAll('.scr-pick').forEach((row) => {
    const on = row === item;
    row.classList.toggle('is-selected', on);
    row.querySelectorAll('button.scr-showpage').forEach((b) => b.setAttribute('aria-pressed', on ? 'true' : 'false'));
  });
  trigger('select', {index: index, value: index, cite: Number.isNaN(cite) ? 0 : cite, selected: true});
  if (window.innerWidth < 1000) {
    const preview = element.closest('.tabitem, [role="tabpanel"]')?.querySelector('.scr-side-preview');
    if (preview) preview.scrollIntoView({behavior: 'smooth', block: 'start'});
  }
});
"""

ANSWER_JS = """
const region = element.closest('#scr-answer') || element;
region.setAttribute('role', 'region');
region.setAttribute('aria-label', 'Answer');
region.setAttribute('aria-live', 'polite');
element.addEventListener('click', async (event) => {
  const button = event.target.closest('.scr-copy');
  if (!button || !element.contains(button)) return;
  const text = button.dataset.copy || '';
  let ok = false;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch (error) {  // no clipboard API (not a secure context): the old way
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    area.remove();
  }
  const status = button.parentElement.querySelector('.scr-copied');
  if (status) status.textContent = ok ? 'Copied.' : 'Could not copy: select the text and copy it instead.';
});
"""

# After an answer: the address bar becomes the answer's permalink, and the question joins this tab's history.
AFTER_ASK_JS = """
(q, files) => {
  const question = (q || '').trim();
  if (!question) return [];
  const url = new URL(window.location.href);
  url.searchParams.set('q', question);
  if (files && files.length) url.searchParams.set('files', files.join(','));
  else url.searchParams.delete('files');
  window.history.replaceState(null, '', url);
  if (window.scrQaHistory) window.scrQaHistory.add(question, files || []);
  return [];
}
"""

# The last questions of this browser tab (sessionStorage), each a permalink. Built with DOM calls and
# textContent, so a question is never parsed as HTML.
HISTORY_JS = """
const KEY = 'scr-qa-history';
const MAX = 10;
const read = () => { try { return JSON.parse(sessionStorage.getItem(KEY) || '[]'); } catch (e) { return []; } };
const render = () => {
  const items = read();
  element.replaceChildren();
  if (!items.length) return;
  const section = document.createElement('section');
  section.className = 'scr-history';
  const heading = document.createElement('h3');
  heading.className = 'scr-h';
  heading.textContent = 'Your recent questions';
  const list = document.createElement('ol');
  list.className = 'scr-history-list';
  for (const item of items) {
    const params = new URLSearchParams();
    params.set('q', item.q);
    if (item.files && item.files.length) params.set('files', item.files.join(','));
    const link = document.createElement('a');
    link.href = window.location.pathname + '?' + params.toString();
    link.textContent = item.q;
    const li = document.createElement('li');
    li.appendChild(link);
    list.appendChild(li);
  }
  section.append(heading, list);
  element.appendChild(section);
};
window.scrQaHistory = {
  read,
  add(q, files) {
    const key = (files || []).join(',');
    const items = read().filter((i) => i.q !== q || (i.files || []).join(',') !== key);
    items.unshift({q: q, files: files || []});
    try { sessionStorage.setItem(KEY, JSON.stringify(items.slice(0, MAX))); } catch (e) { return; }
    render();
  },
};
render();
"""

# Names for what Gradio leaves unnamed or misnames: a text box whose label also holds its submit button, the
# icon-only button around an image (it opens the image full size) and the timeline plot's image. Runs once, from the page header, and follows every change of the page.
NAMES_JS = """
const name = () => {
  // a text box's <label> also holds its submit button ("Question Ask"): name the box by its label text alone
  document.querySelectorAll('label textarea:not([aria-label]), label input:not([aria-label])').forEach((box) => {
    const info = box.closest('label').querySelector('[data-testid="block-info"]');
    if (info && info.textContent.trim()) box.setAttribute('aria-label', info.textContent.trim());
  });
  document.querySelectorAll('.image-container button, .image-frame button').forEach((b) => {
    if (!b.getAttribute('aria-label') && !b.innerText.trim()) b.setAttribute('aria-label', 'Show the image full size');
  });
  document.querySelectorAll('#scr-timeline-plot img').forEach((img) => {
    const alt = 'Plot of the dated events over time, one row per document';
    if (img.alt !== alt) img.alt = alt;
  });
};
let pending = false;
new MutationObserver(() => {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => { pending = false; name(); });
}).observe(document.body, {subtree: true, childList: true});
name();
"""

# A preview's image gets alt text naming its document and page (from the caption above it), and the
# image's unnamed buttons a name.
PREVIEW_ALT_JS = """
const captionBox = element.closest('[id$="-caption"]');
const imageId = captionBox ? captionBox.id.replace(/-caption$/, '') : null;
const label = () => {
  const box = imageId && document.getElementById(imageId);
  if (!box) return;
  const cite = element.querySelector('.scr-cite');
  const words = cite ? cite.innerText.replace(/\\s+/g, ' ').trim() : '';
  const alt = words ? 'Page preview: ' + words : 'Page preview';
  box.querySelectorAll('img').forEach((img) => { if (img.alt !== alt) img.alt = alt; });
  box.querySelectorAll('button').forEach((b) => {
    if (!b.getAttribute('aria-label') && !b.innerText.trim()) b.setAttribute('aria-label', 'Show the page full size');
  });
};
const root = (captionBox && (captionBox.closest('.column') || captionBox.parentElement)) || document.body;
new MutationObserver(label).observe(root, {subtree: true, childList: true, attributes: true, attributeFilter: ['src']});
watch('value', label);
label();
"""
