#!/usr/bin/env node
// Builds the FICTIONAL Kinross-pdfmake practice corpus with pdfmake.
//
//   cd /tmp/kinross-pdfmake-work && npm install pdfmake@0.3.11
//   cd /tmp/kinross-pdfmake-work && node /work/main/eval/dev/kinross-pdfmake/build.js
//
// pdfmake is resolved from the current working directory (node_modules is not
// kept next to this script). Output PDFs are written next to this script.
//
// Layout engine notes
// * Body text flows in two "snaking" (newspaper) columns (pdfmake 0.3 snakingColumns).
// * Each flow is balanced on its last page: the build lays the document out,
//   reads the positioned lines back from pdfmake's renderer, and re-splits the
//   flow so that the text of its last page is set as two explicit columns of
//   equal height (a paragraph may be split at a line boundary; text is ragged
//   right, so the split is invisible). This lets full-width headings, pull
//   quotes and tables follow a flow on the same page, as in a designed report.
// * Footnote markers are tagged inlines; their page is read from the layout and
//   the footnote bodies are set in the footer zone of that page on the next pass.
// * The contents page takes printed page numbers from the same layout read-back.
// * The PDF creation date is fixed, so rebuilds are byte-for-byte identical.

'use strict';

const path = require('path');
const fs = require('fs');
const { createRequire } = require('module');

const OUT_DIR = __dirname;
const req = createRequire(path.join(process.cwd(), 'package.json'));
const pdfmake = req('pdfmake');
const Renderer = req('pdfmake/js/Renderer').default;
const FONT_DIR = path.join(path.dirname(req.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

const C = require('./content.js');

pdfmake.setFonts({
  Roboto: {
    normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
    bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
    italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
    bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((p) => p.startsWith(FONT_DIR));

// capture the positioned layout of each pass
let captured = null;
const origRenderPages = Renderer.prototype.renderPages;
Renderer.prototype.renderPages = function (pages) {
  captured = pages;
  return origRenderPages.call(this, pages);
};

const FIXED_DATE = new Date(Date.UTC(2024, 1, 27, 9, 0, 0));

// ---------------------------------------------------------------- house style
const TEAL = '#1F4E5A';
const TEAL_LIGHT = '#E4EEF0';
const ACCENT = '#C2562F';
const SAND = '#F6EFE4';
const GREY = '#5B6770';
const PAGE_W = 595.28, PAGE_H = 841.89;
const M_LEFT = 50, M_RIGHT = 50, M_TOP = 70, M_BOTTOM = 104;
const COL_GAP = 20;
const FRONT_PAGES = 3; // cover, contents, foreword: body page 1 is physical page 4

const ROMAN = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi'];

const styles = {
  body: { fontSize: 9.5, lineHeight: 1.27, color: '#1D2327' },
  pnum: { bold: true, color: ACCENT },
  runin: { bold: true, color: TEAL },
  subhead: { fontSize: 10.2, bold: true, color: TEAL, lineHeight: 1.15 },
  boxTitle: { fontSize: 10, bold: true, color: TEAL, margin: [0, 0, 0, 4] },
  boxBody: { fontSize: 8.6, lineHeight: 1.25, color: '#1D2327' },
  secNum: { fontSize: 26, bold: true, color: ACCENT },
  secTitle: { fontSize: 19, bold: true, color: TEAL },
  standfirst: { fontSize: 11, color: TEAL, lineHeight: 1.3, italics: false },
  th: { fontSize: 8.4, bold: true, color: 'white' },
  td: { fontSize: 8.4, lineHeight: 1.18 },
};

// ---------------------------------------------------------------- text runs
function parseMarkup(s) {
  const runs = [];
  const re = /\{\{fn:(\d+)\}\}/g;
  let last = 0, m;
  while ((m = re.exec(s))) {
    if (m.index > last) runs.push({ text: s.slice(last, m.index) });
    runs.push({ text: m[1], sup: true, kfn: Number(m[1]), color: ACCENT, bold: true });
    last = m.index + m[0].length;
  }
  if (last < s.length) runs.push({ text: s.slice(last) });
  return runs;
}

function blockRuns(b) {
  if (b.t === 'h') return [{ text: b.s }];
  const runs = [{ text: b.n, style: 'pnum' }, { text: ' ' }];
  if (b.runin) runs.push({ text: b.runin + ' ', style: 'runin' });
  return runs.concat(parseMarkup(b.s));
}

function runsText(runs) { return runs.map((r) => r.text).join(''); }

function sliceRuns(runs, from, to) {
  const out = [];
  let pos = 0;
  for (const r of runs) {
    const a = pos, z = pos + r.text.length;
    pos = z;
    const s = Math.max(a, from), e = Math.min(z, to);
    if (e > s) out.push(Object.assign({}, r, { text: r.text.slice(s - a, e - a) }));
  }
  return out;
}

// ---------------------------------------------------------------- flows
// collect flows in document order
const flows = [];
for (const sec of C.sections) {
  for (const it of sec.items) {
    if (it.flow) { it.fid = flows.length; flows.push(it.flow); }
  }
}
flows.forEach((blocks) => blocks.forEach((b) => { if (b.t !== 'box') { b.runs = blockRuns(b); b.len = runsText(b.runs).length; } }));

function tagRuns(runs, fl, bk) { return runs.map((r) => Object.assign({}, r, { kfl: fl, kbk: bk })); }

// render fragment [from,to) of block bk of flow fl
function blockNode(fl, bk, from, to, ctx) {
  const b = flows[fl][bk];
  if (b.t === 'box') {
    const isKey = b.kind === 'key';
    const items = [{ text: tagRuns([{ text: b.title }], fl, bk), style: 'boxTitle', color: isKey ? ACCENT : TEAL }];
    b.body.forEach((p, i) => items.push({ text: tagRuns([{ text: p }], fl, bk), style: 'boxBody', margin: [0, 0, 0, i === b.body.length - 1 ? 0 : 4] }));
    return {
      table: { widths: ['*'], body: [[{ stack: items, fillColor: isKey ? SAND : TEAL_LIGHT }]] },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: (i) => (i === 0 ? 3 : 0),
        vLineColor: () => (isKey ? ACCENT : TEAL),
        paddingLeft: () => 10, paddingRight: () => 9, paddingTop: () => 8, paddingBottom: () => 8,
      },
      unbreakable: true,
      margin: [0, ctx.first ? 0 : 4, 0, 10],
    };
  }
  const runs = tagRuns(sliceRuns(b.runs, from, to), fl, bk);
  const startsBlock = from === 0, endsBlock = to >= b.len;
  if (b.t === 'h') {
    let top = ctx.first ? 0 : 7;
    if (ctx.colBreak) top = 5000; // forces a column break in snaking columns
    return { text: runs, style: 'subhead', margin: [0, top, 0, 3] };
  }
  return { text: runs, style: 'body', margin: [0, 0, 0, endsBlock ? 6 : 0], _startsBlock: startsBlock };
}

function cmpPos(a, b) { return a.bk !== b.bk ? a.bk - b.bk : a.off - b.off; }

// nodes for the part of flow fl between positions p and q
function flowNodes(fl, p, q, state) {
  const blocks = flows[fl];
  const nodes = [];
  for (let bk = p.bk; bk < blocks.length; bk++) {
    if (bk > q.bk || (bk === q.bk && q.off === 0)) break;
    const b = blocks[bk];
    const from = bk === p.bk ? p.off : 0;
    const to = bk === q.bk ? q.off : (b.len || 1);
    nodes.push(blockNode(fl, bk, from, to, { first: nodes.length === 0, colBreak: state.colBreak.has(fl + ':' + bk) && nodes.length > 0 }));
  }
  return nodes;
}

function flowContent(fl, state) {
  const blocks = flows[fl];
  const start = { bk: 0, off: 0 }, end = { bk: blocks.length, off: 0 };
  const cfg = state.flowCfg[fl];
  const out = [];
  if (!cfg) {
    out.push({ columns: [{ width: '*', stack: flowNodes(fl, start, end, state) }, { width: '*', text: '' }], columnGap: COL_GAP, snakingColumns: true, margin: [0, 0, 0, 4] });
    return out;
  }
  let bStart = start;
  if (cfg.aEnd) {
    const partA = flowNodes(fl, start, cfg.aEnd, state);
    // part A ends exactly at the foot of a page: drop its last bottom margin so
    // that pdfmake does not start a new page for the margin alone
    const last = partA[partA.length - 1];
    if (last && last.margin) last.margin = [last.margin[0], last.margin[1], last.margin[2], 0];
    out.push({ columns: [{ width: '*', stack: partA }, { width: '*', text: '' }], columnGap: COL_GAP, snakingColumns: true });
    bStart = cfg.aEnd;
  }
  const left = flowNodes(fl, bStart, cfg.mid, state);
  const right = flowNodes(fl, cfg.mid, end, state);
  const node = { columns: [{ width: '*', stack: left }, { width: '*', stack: right }], columnGap: COL_GAP, margin: [0, 0, 0, 4] };
  if (cfg.aEnd) node.pageBreak = 'before';
  out.push(node);
  return out;
}

// ---------------------------------------------------------------- full-width elements
function sectionHeading(sec, state) {
  const node = {
    stack: [
      { columns: [
        { width: 34, text: [{ text: sec.num, khd: sec.id }], style: 'secNum' },
        { width: '*', text: [{ text: sec.title, khd: sec.id }], style: 'secTitle', margin: [0, 5, 0, 0] },
      ] },
      { canvas: [{ type: 'line', x1: 0, y1: 4, x2: PAGE_W - M_LEFT - M_RIGHT, y2: 4, lineWidth: 1.2, lineColor: TEAL }] },
    ],
    margin: [0, 6, 0, 10],
  };
  if (state.secBreak.has(sec.id)) node.pageBreak = 'before';
  return node;
}

function pullQuote(q) {
  const W = PAGE_W - M_LEFT - M_RIGHT;
  return {
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: W, y2: 0, lineWidth: 2, lineColor: ACCENT }] },
      { columns: [
        { width: 40, text: '“', fontSize: 54, color: ACCENT, bold: true, lineHeight: 0.9, margin: [6, 0, 0, 0] },
        { width: '*', stack: [
          { text: q.quote, fontSize: 15.5, italics: true, color: TEAL, lineHeight: 1.22, margin: [0, 10, 30, 4] },
          { text: '— ' + q.by, fontSize: 8.5, color: GREY, margin: [0, 2, 0, 0] },
        ] },
      ] },
      { canvas: [{ type: 'line', x1: 0, y1: 8, x2: W, y2: 8, lineWidth: 0.8, lineColor: ACCENT }] },
    ],
    margin: [0, 8, 0, 12],
    unbreakable: true,
  };
}

function appendixHeading(letter, title, id, state) {
  const node = sectionHeading({ num: letter, title, id }, state);
  return node;
}

function chronologyTable() {
  const body = [[
    { text: 'Date', style: 'th' }, { text: 'Agency', style: 'th' }, { text: 'Who', style: 'th' }, { text: 'Event', style: 'th' },
  ]];
  C.chronology.forEach((r) => body.push([
    { text: r[0], style: 'td', bold: true, color: TEAL },
    { text: r[1], style: 'td' },
    { text: r[2], style: 'td', color: ACCENT },
    { text: r[3], style: 'td' },
  ]));
  return {
    table: { headerRows: 1, widths: [56, 88, 62, '*'], body, dontBreakRows: true },
    layout: {
      fillColor: (row) => (row === 0 ? TEAL : row % 2 === 0 ? '#F1F5F6' : null),
      hLineWidth: (i, node) => (i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.3),
      hLineColor: () => '#9FB3B9', vLineWidth: () => 0,
      paddingTop: () => 4, paddingBottom: () => 4, paddingLeft: () => 5, paddingRight: () => 6,
    },
    margin: [0, 0, 0, 10],
  };
}

function keyTable() {
  const rows = C.roleKey;
  const half = Math.ceil(rows.length / 2);
  const mk = (part) => ({
    table: {
      headerRows: 1, widths: [34, '*'],
      body: [[{ text: 'Code', style: 'th' }, { text: 'Role', style: 'th' }]].concat(part.map((r) => [
        { text: r[0], style: 'td', bold: true, color: ACCENT }, { text: r[1], style: 'td' },
      ])),
    },
    layout: {
      fillColor: (row) => (row === 0 ? TEAL : row % 2 === 0 ? '#F1F5F6' : null),
      hLineWidth: (i) => (i <= 1 ? 0.8 : 0.3), hLineColor: () => '#9FB3B9', vLineWidth: () => 0,
      paddingTop: () => 3, paddingBottom: () => 3,
    },
  });
  return { columns: [mk(rows.slice(0, half)), mk(rows.slice(half))], columnGap: COL_GAP, margin: [0, 0, 0, 8] };
}

function glossaryTable() {
  return {
    table: { widths: [80, '*'], body: C.glossary.map((r) => [
      { text: r[0], style: 'td', bold: true, color: TEAL }, { text: r[1], style: 'td' },
    ]) },
    layout: { hLineWidth: (i) => (i === 0 ? 0 : 0.3), hLineColor: () => '#9FB3B9', vLineWidth: () => 0, paddingTop: () => 3, paddingBottom: () => 3 },
    margin: [0, 0, 0, 8],
  };
}

function teamTable() {
  return {
    table: { widths: [220, '*'], headerRows: 1, body: [[{ text: 'Role', style: 'th' }, { text: 'Organisation', style: 'th' }]].concat(C.reviewTeam.map((r) => [
      { text: r[0], style: 'td' }, { text: r[1], style: 'td' },
    ])) },
    layout: {
      fillColor: (row) => (row === 0 ? TEAL : row % 2 === 0 ? '#F1F5F6' : null),
      hLineWidth: (i) => (i <= 1 ? 0.8 : 0.3), hLineColor: () => '#9FB3B9', vLineWidth: () => 0, paddingTop: () => 3, paddingBottom: () => 3,
    },
    margin: [0, 0, 120, 8],
  };
}

// ---------------------------------------------------------------- front matter
function cover() {
  return [
    { text: 'FICTIONAL', fontSize: 10, bold: true, color: '#FFD9C7', characterSpacing: 3, margin: [0, 40, 0, 0] },
    { text: C.meta.partnership, fontSize: 12, color: 'white', margin: [0, 10, 0, 0] },
    { text: C.meta.title, fontSize: 44, bold: true, color: 'white', margin: [0, 110, 0, 0] },
    { text: 'Lachie', fontSize: 44, color: '#FFD9C7', margin: [0, 0, 0, 10] },
    { text: C.meta.subtitle, fontSize: 14, color: 'white', margin: [0, 0, 0, 0] },
    { text: 'Independent lead reviewer: ' + C.meta.reviewer, fontSize: 11, color: 'white', margin: [0, 26, 0, 0] },
    { text: C.meta.approved, fontSize: 10, color: '#D5E3E6', margin: [0, 6, 0, 0] },
    { text: C.meta.published, fontSize: 10, color: '#D5E3E6', margin: [0, 2, 0, 0] },
    { text: 'This is an invented case written to test a question-answering tool. No real child, family, practitioner, place or agency is described.', fontSize: 9, color: TEAL, margin: [0, 260, 80, 0] },
  ];
}

function contentsPage(state) {
  const pn = (id) => {
    const p = state.hdPages[id];
    if (!p) return '—';
    return p <= FRONT_PAGES ? ROMAN[p] : String(p - FRONT_PAGES);
  };
  const entries = [['', 'Foreword', 'iii', false]];
  for (const s of C.sections) entries.push([s.num, s.title, pn(s.id), false]);
  entries.push(['A', 'Summary chronology', pn('appA'), true]);
  entries.push(['B', 'Key to role codes', pn('appB'), true]);
  entries.push(['C', 'Glossary', pn('appC'), true]);
  entries.push(['D', 'The review team', pn('appD'), true]);
  const body = entries.map((e) => [
    { text: e[0], color: ACCENT, bold: true, fontSize: 12 },
    { text: e[1], fontSize: 12, color: TEAL },
    { text: e[2], fontSize: 12, alignment: 'right', color: TEAL },
  ]);
  return [
    { text: 'Contents', fontSize: 26, bold: true, color: TEAL, pageBreak: 'before', margin: [0, 20, 0, 24] },
    {
      table: { widths: [30, '*', 40], body },
      layout: { hLineWidth: (i) => (i === 0 ? 0 : 0.4), hLineColor: () => '#B8C7CB', vLineWidth: () => 0, paddingTop: () => 8, paddingBottom: () => 8 },
    },
    { text: 'Pages before the report body are numbered in roman numerals. Role codes used for practitioners are listed in Appendix B.', fontSize: 8.5, color: GREY, margin: [0, 24, 0, 0] },
  ];
}

function forewordPage() {
  return [
    { text: 'Foreword', fontSize: 26, bold: true, color: TEAL, pageBreak: 'before', margin: [0, 20, 0, 6] },
    { text: 'by the Independent Chair of the Committee', fontSize: 11, color: ACCENT, margin: [0, 0, 0, 18] },
    { stack: C.foreword.map((p) => ({ text: p, fontSize: 10.5, lineHeight: 1.38, margin: [0, 0, 0, 9] })), margin: [0, 0, 70, 0] },
    { text: C.meta.chair, bold: true, fontSize: 10.5, color: TEAL, margin: [0, 14, 0, 0] },
    { text: 'Independent Chair, ' + C.meta.partnership, fontSize: 9.5, color: GREY },
    { text: 'December 2023', fontSize: 9.5, color: GREY },
  ];
}

// ---------------------------------------------------------------- document
function buildReport(state) {
  const content = [];
  content.push(...cover());
  content.push(...contentsPage(state));
  content.push(...forewordPage());
  for (const sec of C.sections) {
    content.push(sectionHeading(sec, state));
    if (sec.standfirst) content.push({ text: sec.standfirst, style: 'standfirst', margin: [0, 0, 60, 12] });
    for (const it of sec.items) {
      if (it.flow) content.push(...flowContent(it.fid, state));
      else if (it.quote) content.push(pullQuote(it));
    }
  }
  content.push(appendixHeading('A', 'Summary chronology', 'appA', state));
  content.push({ text: 'The table lists the contacts referred to in this report. Dates are given as recorded in the agency chronologies.', style: 'body', margin: [0, 0, 0, 8] });
  content.push(chronologyTable());
  content.push(appendixHeading('B', 'Key to role codes', 'appB', state));
  content.push({ text: 'Practitioners are identified by role codes. Family members are referred to as Ms A (Lachie’s mother), Mr B (her partner), Mr C (Lachie’s father) and Mrs E (his maternal grandmother).', style: 'body', margin: [0, 0, 0, 8] });
  content.push(keyTable());
  content.push(appendixHeading('C', 'Glossary', 'appC', state));
  content.push(glossaryTable());
  content.push(appendixHeading('D', 'The review team', 'appD', state));
  content.push({ text: 'The members of the review team were senior managers with no direct involvement in the case. The names of the agency members are held by the Committee.', style: 'body', margin: [0, 0, 0, 8] });
  content.push(teamTable());

  return {
    pageSize: 'A4',
    pageMargins: [M_LEFT, M_TOP, M_RIGHT, M_BOTTOM],
    info: {
      title: 'Learning Review: Lachie (FICTIONAL)',
      author: C.meta.partnership + ' (fictional)',
      subject: 'FICTIONAL practice document: child safeguarding practice review',
      creator: 'pdfmake', producer: 'pdfmake',
      creationDate: FIXED_DATE,
    },
    defaultStyle: { font: 'Roboto', fontSize: 9.3 },
    styles,
    content,
    background: (page) => {
      if (page === 1) {
        return { canvas: [
          { type: 'rect', x: 0, y: 0, w: PAGE_W, h: 560, color: TEAL },
          { type: 'rect', x: 0, y: 560, w: PAGE_W, h: 8, color: ACCENT },
          { type: 'rect', x: M_LEFT, y: 170, w: 60, h: 5, color: ACCENT },
        ] };
      }
      return null;
    },
    header: (page) => {
      if (page <= FRONT_PAGES) return null;
      return {
        margin: [M_LEFT, 28, M_RIGHT, 0],
        stack: [
          { columns: [
            { text: C.meta.shortTitle, fontSize: 8, bold: true, color: TEAL },
            { text: C.meta.partnership, fontSize: 8, color: GREY, alignment: 'right' },
          ] },
          { canvas: [{ type: 'line', x1: 0, y1: 5, x2: PAGE_W - M_LEFT - M_RIGHT, y2: 5, lineWidth: 0.5, lineColor: '#9FB3B9' }] },
        ],
      };
    },
    footer: (page) => {
      const fns = Object.keys(state.fnPages).map(Number).filter((n) => state.fnPages[n] === page).sort((a, b) => a - b);
      const stack = [];
      if (fns.length) {
        stack.push({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: 90, y2: 0, lineWidth: 0.6, lineColor: GREY }], margin: [0, 0, 0, 3] });
        fns.forEach((n) => stack.push({ text: [{ text: n + ' ', bold: true, color: ACCENT }, C.footnotes[n]], fontSize: 7.2, lineHeight: 1.15, color: '#333', margin: [0, 0, 0, 2] }));
      }
      let num;
      if (page === 1) num = '';
      else if (page <= FRONT_PAGES) num = ROMAN[page];
      else num = String(page - FRONT_PAGES);
      const line = {
        columns: [
          { text: 'FICTIONAL — practice document, not a real case', fontSize: 7.5, color: page === 1 ? TEAL : GREY, bold: page === 1 },
          { text: num, fontSize: 9, bold: true, color: TEAL, alignment: 'right', width: 60 },
        ],
      };
      // fixed-height footer zone: footnotes at the top, folio line at the foot
      return {
        margin: [M_LEFT, 8, M_RIGHT, 0],
        table: { widths: ['*'], heights: [M_BOTTOM - 36, 12], body: [[{ stack }], [line]] },
        layout: 'noBorders',
      };
    },
  };
}

async function render(dd) {
  captured = null;
  const buf = await pdfmake.createPdf(dd).getBuffer();
  return { buf, pages: captured };
}

// ---------------------------------------------------------------- layout read-back
function readLines(pages) {
  const lines = [];
  pages.forEach((pg, pi) => pg.items.forEach((it) => {
    if (it.type !== 'line') return;
    const L = it.item;
    const tagged = L.inlines.find((x) => x.kfl !== undefined);
    const hd = L.inlines.find((x) => x.khd !== undefined);
    const fns = L.inlines.filter((x) => x.kfn !== undefined).map((x) => x.kfn);
    lines.push({
      page: pi + 1, x: L.x, y: L.y, h: L.getHeight(),
      col: L.x < PAGE_W / 2 - COL_GAP / 2 ? 0 : 1,
      fl: tagged ? tagged.kfl : undefined, bk: tagged ? tagged.kbk : undefined,
      hd: hd ? hd.khd : undefined, fns,
      text: L.inlines.map((x) => x.text).join(''),
    });
  }));
  return lines;
}

function ord(a, b) { return a.page - b.page || a.col - b.col || a.y - b.y; }

// lines of flow fl with char offsets within their block
function flowLines(lines, fl) {
  const fLines = lines.filter((l) => l.fl === fl).sort(ord);
  const acc = {};
  for (const l of fLines) {
    const b = flows[fl][l.bk];
    if (b.t === 'box') { l.off = 0; continue; }
    l.off = acc[l.bk] || 0;
    acc[l.bk] = l.off + l.text.length;
  }
  for (const bk of Object.keys(acc)) {
    const b = flows[fl][bk];
    if (acc[bk] !== b.len) throw new Error(`flow ${fl} block ${bk}: text length ${acc[bk]} != ${b.len}`);
  }
  return fLines;
}

function fixOrphanHeadings(lines, fl, state) {
  const fLines = flowLines(lines, fl);
  const P = Math.max(...fLines.map((l) => l.page));
  let changed = false;
  flows[fl].forEach((b, bk) => {
    if (b.t !== 'h' || bk === flows[fl].length - 1) return;
    const hl = fLines.filter((l) => l.bk === bk);
    const nl = fLines.filter((l) => l.bk === bk + 1);
    if (!hl.length || !nl.length) return;
    const h = hl[hl.length - 1], n = nl[0];
    if ((h.page !== n.page || h.col !== n.col) && h.page < P && !state.colBreak.has(fl + ':' + bk)) {
      state.colBreak.add(fl + ':' + bk);
      changed = true;
    }
  });
  return changed;
}

function balanceFlow(lines, fl) {
  const fLines = flowLines(lines, fl);
  const firstPage = fLines[0].page;
  const P = Math.max(...fLines.map((l) => l.page));
  const onP = fLines.filter((l) => l.page === P);
  // units: lines of text blocks, whole boxes
  const units = [];
  for (const l of onP) {
    const b = flows[fl][l.bk];
    if (b.t === 'box') {
      const u = units.find((x) => x.bk === l.bk);
      if (u) { u.top = Math.min(u.top, l.y - 8); u.bottom = Math.max(u.bottom, l.y + l.h + 8); continue; }
      units.push({ bk: l.bk, off: 0, col: l.col, top: l.y - 8, bottom: l.y + l.h + 8, type: 'box', blockStart: true, lastLine: true });
    } else {
      units.push({ bk: l.bk, off: l.off, col: l.col, top: l.y, bottom: l.y + l.h, type: b.t, blockStart: l.off === 0, lastLine: l.off + l.text.length >= b.len });
    }
  }
  units.sort((a, b) => a.col - b.col || a.top - b.top);
  for (let i = 0; i < units.length; i++) {
    const u = units[i], p = units[i - 1];
    if (!p) u.gap = 0;
    else if (p.col === u.col) u.gap = Math.max(0, u.top - p.bottom);
    else u.gap = u.bk !== p.bk ? (u.type === 'h' ? 10 : p.type === 'box' ? 10 : 6) : 0;
    u.hh = u.bottom - u.top;
  }
  const aEnd = firstPage === P ? null : { bk: units[0].bk, off: units[0].off };
  const scored = [];
  for (let s = 1; s <= units.length; s++) {
    const u = units[s], p = units[s - 1];
    if (p.type === 'h') continue; // never end a column with a subheading
    let L = 0, R = 0;
    for (let k = 0; k < s; k++) L += units[k].hh + (k > 0 ? units[k].gap : 0);
    for (let k = s; k < units.length; k++) R += units[k].hh + (k > s ? units[k].gap : 0);
    let score = Math.max(L, R) + (R > L ? 1 : 0);
    if (u && !u.blockStart && u.lastLine) score += 10; // widow
    if (u && !u.blockStart && p.blockStart) score += 10; // orphan
    scored.push({ s, score, L, R });
  }
  scored.sort((a, b) => a.score - b.score || a.s - b.s);
  const best = scored[0];
  return { aEnd, units, s: best.s, L: best.L, R: best.R, page: P, firstPage };
}

function cfgFor(fl, bal, s) {
  const u = bal.units;
  const mid = s < u.length ? { bk: u[s].bk, off: u[s].off } : { bk: flows[fl].length, off: 0 };
  return { aEnd: bal.aEnd, mid };
}

// after balancing: where do the two columns of the flow's last block end?
function checkBalanced(lines, fl, page) {
  const fLines = lines.filter((l) => l.fl === fl);
  const over = fLines.filter((l) => l.page > page);
  const onP = fLines.filter((l) => l.page === page);
  const bottom = (c) => Math.max(0, ...onP.filter((l) => l.col === c).map((l) => l.y + l.h));
  return { overflowCols: [...new Set(over.map((l) => l.col))], bottoms: [bottom(0), bottom(1)] };
}

function headingPages(lines) {
  const out = {};
  for (const l of lines) if (l.hd && !out[l.hd]) out[l.hd] = l.page;
  return out;
}

function fnPages(lines) {
  const out = {};
  for (const l of lines) for (const n of l.fns) if (!out[n]) out[n] = l.page;
  return out;
}

// ---------------------------------------------------------------- companion
function buildBriefing() {
  const B = C.briefing;
  const colors = [TEAL, ACCENT, '#3E6B48'];
  const TOTAL = 384; // body height of a column of boxes
  const box = (bx, ci, h) => {
    const dark = !bx.light;
    const head = dark
      ? { columns: [
        { width: 30, text: bx.n, fontSize: 20, bold: true, color: 'white' },
        { width: '*', text: bx.h, fontSize: 14, bold: true, color: 'white', margin: [0, 4, 0, 0] },
      ], fillColor: colors[ci % 3] }
      : { text: bx.h, fontSize: 11, bold: true, color: colors[ci % 3], fillColor: '#FFFFFF', margin: [0, 2, 0, 0] };
    const body = bx.body.map((p, k) => ({
      text: p, fontSize: bx.quote && k === 0 ? 13 : 10, italics: !!(bx.quote && k === 0),
      color: bx.quote && k === 0 ? TEAL : '#1D2327', lineHeight: 1.3, margin: [0, 0, 0, 6],
    }));
    return {
      table: { widths: ['*'], heights: [dark ? 30 : 18, h], body: [[head], [{ stack: body, fillColor: dark ? (ci % 2 ? '#F7F3EC' : '#EEF3F4') : '#FFFFFF' }]] },
      layout: {
        hLineWidth: () => (dark ? 0 : 1), vLineWidth: () => (dark ? 0 : 1), hLineColor: () => colors[ci % 3], vLineColor: () => colors[ci % 3],
        paddingLeft: () => 10, paddingRight: () => 10, paddingTop: () => 8, paddingBottom: () => 8,
      },
      margin: [0, 0, 0, 10],
    };
  };
  const pages = [];
  B.pages.forEach((cols, pi) => {
    const colNodes = cols.map((boxes, ci) => {
      let hs;
      if (boxes.length === 1) hs = [TOTAL];
      else hs = [TOTAL * 0.56, TOTAL * 0.44 - 58];
      return { width: '*', stack: boxes.map((bx, k) => box(bx, ci, hs[k])) };
    });
    pages.push({
      stack: [
        { columns: [
          { width: '*', stack: [
            { text: B.title.toUpperCase(), fontSize: 9, bold: true, color: ACCENT, characterSpacing: 2 },
            { text: B.subtitle, fontSize: 20, bold: true, color: TEAL },
          ] },
          { width: 260, stack: [
            { text: C.meta.partnership, fontSize: 9, color: GREY, alignment: 'right' },
            { text: B.date + ' · page ' + (pi + 1) + ' of ' + B.pages.length, fontSize: 9, color: GREY, alignment: 'right' },
          ] },
        ], margin: [0, 0, 0, 10] },
        { columns: colNodes, columnGap: 14 },
      ],
      pageBreak: pi > 0 ? 'before' : undefined,
    });
  });
  return {
    pageSize: 'A4', pageOrientation: 'landscape',
    pageMargins: [36, 30, 36, 40],
    info: {
      title: '7-minute briefing: Learning Review: Lachie (FICTIONAL)',
      author: C.meta.partnership + ' (fictional)',
      subject: 'FICTIONAL practice document: 7-minute briefing',
      creator: 'pdfmake', producer: 'pdfmake',
      creationDate: FIXED_DATE,
    },
    defaultStyle: { font: 'Roboto' },
    content: pages,
    footer: () => ({
      margin: [36, 12, 36, 0],
      text: 'FICTIONAL — practice document, not a real case. A 7-minute briefing is a summary; the full report is the authoritative account.', fontSize: 7.5, color: GREY,
    }),
  };
}

// ---------------------------------------------------------------- main
async function main() {
  const state = { flowCfg: {}, colBreak: new Set(), secBreak: new Set(['s1']), fnPages: {}, hdPages: {} };
  let passes = 0;
  const pass = async () => { passes++; const r = await render(buildReport(state)); r.lines = readLines(r.pages); return r; };

  let r = await pass();
  let fi = 0;
  for (const sec of C.sections.concat([{ id: 'appA', items: [] }, { id: 'appB', items: [] }, { id: 'appC', items: [] }, { id: 'appD', items: [] }])) {
    // keep full-width section headings away from the foot of a page
    const hl = r.lines.find((l) => l.hd === sec.id);
    if (hl && !state.secBreak.has(sec.id) && hl.y > PAGE_H - M_BOTTOM - 170) {
      state.secBreak.add(sec.id);
      r = await pass();
    }
    for (const it of sec.items) {
      if (!it.flow) continue;
      const fl = it.fid;
      for (let guard = 0; guard < 5 && fixOrphanHeadings(r.lines, fl, state); guard++) r = await pass();
      const bal = balanceFlow(r.lines, fl);
      let sIdx = bal.s;
      for (let guard = 0; guard < 8; guard++) {
        state.flowCfg[fl] = cfgFor(fl, bal, sIdx);
        r = await pass();
        const chk = checkBalanced(r.lines, fl, bal.page);
        if (process.env.DEBUG) console.log('flow', fl, 'page', bal.page, 's', sIdx, 'pred', bal.L.toFixed(1), bal.R.toFixed(1), 'actual bottoms', chk.bottoms.map((x) => x.toFixed(1)).join(','), 'overflow', chk.overflowCols.join(','));
        if (!chk.overflowCols.length) break;
        // the right-hand column ran over: start it later; the left ran over: start it earlier
        sIdx += chk.overflowCols.includes(1) ? 1 : -1;
        while (sIdx > 0 && sIdx < bal.units.length && bal.units[sIdx - 1].type === 'h') sIdx += chk.overflowCols.includes(1) ? 1 : -1;
      }
      fi++;
    }
  }
  // contents page numbers and footnotes need the final layout
  for (let k = 0; k < 3; k++) {
    const hd = headingPages(r.lines), fn = fnPages(r.lines);
    if (JSON.stringify(hd) === JSON.stringify(state.hdPages) && JSON.stringify(fn) === JSON.stringify(state.fnPages)) break;
    state.hdPages = hd; state.fnPages = fn;
    r = await pass();
  }
  const reportFile = path.join(OUT_DIR, 'ardvane-ballintore-learning-review-lachie.pdf');
  fs.writeFileSync(reportFile, r.buf);
  console.log(`report: ${r.pages.length} pages, ${passes} layout passes -> ${reportFile}`);
  console.log('  section pages:', JSON.stringify(state.hdPages));
  console.log('  footnote pages:', JSON.stringify(state.fnPages));
  console.log('  balanced flows:', JSON.stringify(state.flowCfg));
  console.log('  column breaks:', [...state.colBreak].join(' '), ' section breaks:', [...state.secBreak].join(' '));

  const b = await render(buildBriefing());
  const briefFile = path.join(OUT_DIR, 'ardvane-ballintore-7-minute-briefing-lachie.pdf');
  fs.writeFileSync(briefFile, b.buf);
  console.log(`briefing: ${b.pages.length} pages -> ${briefFile}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
