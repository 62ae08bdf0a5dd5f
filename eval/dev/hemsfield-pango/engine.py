"""A small page-layout engine on top of Pango + cairo (via cairocffi / pangocffi /
pangocairocffi).  FICTIONAL practice corpus - see README.md.

It lays out multi-column justified text line by line (each Pango layout line is
placed individually, so paragraphs can break between columns and pages), hangs
paragraph numbers in a gutter at the left of every column, balances columns
before full-width elements (section headings, tables), keeps footnotes at the
foot of the column in which their marker falls, and splits tables row by row
with a repeated header.
"""
import re
import html

import cairocffi as cairo
import pangocffi as pango
import pangocairocffi as pc
from pangocairocffi import _get_cairo_t_from_cairo_ctx

P = pango.pango
PF = pango.ffi
PCF = pc.ffi
PCL = pc.pangocairo

ALIGN = {"left": 0, "center": 1, "right": 2}


def hexrgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


def esc(s):
    return html.escape(s, quote=False)


class Text:
    """Factory for Pango layouts bound to one cairo context."""

    def __init__(self, cr):
        self.cr = cr
        self.crp = _get_cairo_t_from_cairo_ctx(cr)

    def layout(self, markup, font, width=None, align="left", justify=False,
               spacing=0.0):
        lay = pc.create_layout(self.cr)
        fd = P.pango_font_description_from_string(font.encode("utf-8"))
        P.pango_layout_set_font_description(lay.pointer, fd)
        P.pango_font_description_free(fd)
        if width is not None:
            P.pango_layout_set_width(lay.pointer, int(round(width * 1024)))
            P.pango_layout_set_wrap(lay.pointer, 0)  # PANGO_WRAP_WORD
        P.pango_layout_set_alignment(lay.pointer, ALIGN[align])
        P.pango_layout_set_justify(lay.pointer, bool(justify))
        if spacing:
            P.pango_layout_set_spacing(lay.pointer, int(spacing * 1024))
        lay.apply_markup(markup)
        return lay

    @staticmethod
    def size(lay):
        w = PF.new("int *")
        h = PF.new("int *")
        P.pango_layout_get_size(lay.pointer, w, h)
        return w[0] / 1024.0, h[0] / 1024.0

    @staticmethod
    def line_count(lay):
        return P.pango_layout_get_line_count(lay.pointer)

    @staticmethod
    def line_span(lay, i):
        line = P.pango_layout_get_line_readonly(lay.pointer, i)
        return (P.pango_layout_line_get_start_index(line),
                P.pango_layout_line_get_length(line))

    def show_line(self, lay, i, x, baseline, rgb):
        line = P.pango_layout_get_line_readonly(lay.pointer, i)
        ptr = PCF.cast("PangoLayoutLine *", int(PF.cast("uintptr_t", line)))
        self.cr.set_source_rgb(*rgb)
        self.cr.move_to(x, baseline)
        PCL.pango_cairo_show_layout_line(self.crp, ptr)

    def show(self, lay, x, y, rgb):
        self.cr.set_source_rgb(*rgb)
        self.cr.move_to(x, y)
        pc.show_layout(self.cr, lay)

    def baseline(self, lay):
        return P.pango_layout_get_baseline(lay.pointer) / 1024.0


# ----------------------------------------------------------------------------
# flow items

class Item:
    kind = "item"
    h = 0.0
    kwn = False
    fns = ()


class Space(Item):
    kind = "space"

    def __init__(self, h):
        self.h = h


class Line(Item):
    kind = "line"

    def __init__(self, lay, idx, h, num=None, fns=(), kwn=False, rgb=(0, 0, 0)):
        self.lay, self.idx, self.h = lay, idx, h
        self.num, self.fns, self.kwn, self.rgb = num, tuple(fns), kwn, rgb


class Block(Item):
    kind = "block"

    def __init__(self, h, draw, kwn=False, full=False):
        self.h, self.draw, self.kwn = h, draw, kwn


FN_RE = re.compile(r"\[\^(\d+)\]")
TAG_RE = re.compile(r"<[^>]+>")


def plain_len(markup_prefix):
    txt = html.unescape(TAG_RE.sub("", markup_prefix))
    return len(txt.encode("utf-8"))


# ----------------------------------------------------------------------------

class Page:
    def __init__(self, ncols, kind):
        self.draws = []          # callables(cr)
        self.fns = [[] for _ in range(ncols)]
        self.kind = kind
        self.sections = []


class Flow:
    """Column flow for one document.

    geom: dict with page_w, page_h, top, bottom, col_x (list), col_w (box width
    of a column incl. its number gutter), gutter (number gutter width),
    pitch (body line pitch)."""

    def __init__(self, text, geom, footnotes=None, fn_style=None):
        self.t = text
        self.g = geom
        self.ncols = len(geom["col_x"])
        self.pages = []
        self.footnotes = footnotes or {}   # id -> markup
        self.fn_style = fn_style or {}
        self.fn_lay = {}
        self.fn_h = {}
        for k, m in self.footnotes.items():
            lay = text.layout(m, self.fn_style["font"], width=geom["col_w"],
                              justify=True)
            self.fn_lay[k] = lay
            self.fn_h[k] = Text.size(lay)[1] + self.fn_style["gap"]
        self.new_page()

    # ---- pages
    def new_page(self, kind="body"):
        self.pages.append(Page(self.ncols, kind))
        self.y = self.g["top"]

    @property
    def page(self):
        return self.pages[-1]

    def limit(self, fns):
        if not fns:
            return self.g["bottom"]
        return (self.g["bottom"] - self.fn_style["sep"]
                - sum(self.fn_h[f] for f in fns))

    def full_limit(self):
        return min(self.limit(f) for f in self.page.fns)

    # ---- columns
    def fill(self, items, i0, c, top, hlim):
        base_fns = list(self.page.fns[c])
        fns = list(base_fns)
        y = top
        i = i0
        placed = []
        n = len(items)
        while i < n:
            it = items[i]
            if it.kind == "space" and not placed:
                i += 1
                continue
            newf = [f for f in it.fns if f not in fns]
            lim = min(hlim, self.limit(fns + newf))
            if y + it.h > lim + 0.01:
                break
            placed.append((i, y))
            y += it.h
            fns += newf
            i += 1
        if i < n and placed:
            k = len(placed)
            while k > 0 and (items[placed[k - 1][0]].kwn
                             or items[placed[k - 1][0]].kind == "space"):
                k -= 1
            if k == 0:
                k = len(placed)
            if k < len(placed):
                i = placed[k][0]
                placed = placed[:k]
        fns = list(base_fns)
        for idx, _ in placed:
            for f in items[idx].fns:
                if f not in fns:
                    fns.append(f)
        bottom = top
        if placed:
            idx, yy = placed[-1]
            bottom = yy + items[idx].h
        return i, placed, fns, bottom

    def commit(self, items, c, placed, fns):
        x = self.g["col_x"][c]
        gut = self.g["gutter"]
        page = self.page
        page.fns[c] = fns
        for idx, y in placed:
            it = items[idx]
            if it.kind == "line":
                page.draws.append(self._line_draw(it, x, gut, y))
            elif it.kind == "block":
                page.draws.append(self._block_draw(it, x, y))

    def _line_draw(self, it, x, gut, y):
        t = self.t
        base = y + self.g["ascent"]

        def d(cr):
            if it.num is not None:
                lay, rgb = it.num
                t.show_line(lay, 0, x, base, rgb)
            t.show_line(it.lay, it.idx, x + gut, base, it.rgb)
        return d

    def _block_draw(self, it, x, y):
        w = self.g["col_w"]
        gut = self.g["gutter"]

        def d(cr):
            it.draw(cr, x, y, w, gut)
        return d

    def run(self, items, after=6.0):
        """Place a run of column items starting at the current y."""
        i = 0
        n = len(items)
        pitch = self.g["pitch"]
        while i < n:
            top = self.y
            avail = min(self.limit(f) for f in self.page.fns) - top
            if avail < pitch * 2.5:
                self.new_page()
                continue
            rest = items[i:]
            total = sum(it.h for it in rest)
            h = max(total / self.ncols, pitch)
            res = None
            while h <= avail + 1.0:
                j = i
                plans = []
                for c in range(self.ncols):
                    j, pl, fns, bot = self.fill(items, j, c, top, top + h)
                    plans.append((pl, fns, bot))
                if j >= n:
                    res = plans
                    break
                h += 1.5
            if res is not None:
                for c, (pl, fns, bot) in enumerate(res):
                    self.commit(items, c, pl, fns)
                self.y = max(b for _, _, b in res) + after
                return
            j = i
            for c in range(self.ncols):
                j, pl, fns, bot = self.fill(items, j, c, top, 1e9)
                self.commit(items, c, pl, fns)
            i = j
            self.new_page()

    # ---- full-width elements
    def full(self, h, draw, keep=0.0, space_before=0.0):
        sb = space_before if self.y > self.g["top"] + 0.5 else 0.0
        if self.y + sb + h + keep > self.full_limit():
            self.new_page()
            sb = 0.0
        y = self.y + sb
        self.page.draws.append(lambda cr, y=y: draw(cr, y))
        self.y = y + h
        return len(self.pages)

    def table(self, header_h, draw_header, rows, draw_cont_top, cont_top_h,
              draw_cont_bottom, min_rows=2, space_before=8.0, caption=None):
        """rows: list of (h, draw(cr, y)).  caption: (h, draw(cr, y))."""
        sb = space_before if self.y > self.g["top"] + 0.5 else 0.0
        need = (caption[0] if caption else 0) + header_h + sum(
            r[0] for r in rows[:min_rows])
        if self.y + sb + need > self.full_limit():
            self.new_page()
            sb = 0.0
        self.y += sb
        if caption:
            y0 = self.y
            self.page.draws.append(lambda cr, y=y0: caption[1](cr, y))
            self.y += caption[0]
        y0 = self.y
        self.page.draws.append(lambda cr, y=y0: draw_header(cr, y))
        self.y += header_h
        for k, (h, draw) in enumerate(rows):
            if self.y + h > self.full_limit():
                yb = self.y
                self.page.draws.append(lambda cr, y=yb: draw_cont_bottom(cr, y))
                self.new_page()
                y0 = self.y
                self.page.draws.append(lambda cr, y=y0: draw_cont_top(cr, y))
                self.y += cont_top_h
                y0 = self.y
                self.page.draws.append(lambda cr, y=y0: draw_header(cr, y))
                self.y += header_h
            y0 = self.y
            self.page.draws.append(lambda cr, y=y0, d=draw: d(cr, y))
            self.y += h

    # ---- footnotes are drawn when the page is rendered
    def draw_footnotes(self, cr, page):
        st = self.fn_style
        for c, fns in enumerate(page.fns):
            if not fns:
                continue
            x = self.g["col_x"][c]
            y = self.limit(fns)
            cr.set_source_rgb(*st["rule_rgb"])
            cr.set_line_width(0.6)
            cr.move_to(x, y + st["sep"] * 0.45)
            cr.line_to(x + 60, y + st["sep"] * 0.45)
            cr.stroke()
            y += st["sep"]
            for f in fns:
                self.t.show(self.fn_lay[f], x, y, st["rgb"])
                y += self.fn_h[f]


def paragraph_items(text, markup, font, width, pitch, num=None, num_font=None,
                    num_rgb=(0, 0, 0), rgb=(0, 0, 0), justify=True, gap=4.0,
                    widows=True):
    """Turn one paragraph into Line items.  [^n] in markup marks footnote n."""
    fn_pos = []
    out = []
    last = 0
    for m in FN_RE.finditer(markup):
        out.append(markup[last:m.start()])
        prefix = "".join(out)
        fn_pos.append((int(m.group(1)), plain_len(prefix)))
        out.append("<sup><small>%s</small></sup>" % m.group(1))
        last = m.end()
    out.append(markup[last:])
    mk = "".join(out)
    lay = text.layout(mk, font, width=width, justify=justify)
    n = Text.line_count(lay)
    items = []
    for i in range(n):
        s, ln = Text.line_span(lay, i)
        fns = [f for f, pos in fn_pos if s <= pos < s + ln or
               (i == n - 1 and pos >= s)]
        kwn = False
        if widows and n >= 2 and (i == 0 or i == n - 2):
            kwn = True
        numi = None
        if i == 0 and num is not None:
            nl = text.layout(num, num_font)
            numi = (nl, num_rgb)
        items.append(Line(lay, i, pitch, num=numi, fns=fns, kwn=kwn, rgb=rgb))
    if gap:
        items.append(Space(gap))
    return items
