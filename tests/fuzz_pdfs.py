"""Mutated PDFs for fuzzing the indexer: bytes flipped, objects truncated, the xref broken, streams recompressed
wrongly. Deterministic: mutant ``i`` of a seed is always the same file.

Used by tests/qa/test_fuzz_index.py (a fixed-seed sample in the suite; ``SCR_QA_FUZZ_N`` for a larger run) and
runnable on its own: ``python tests/fuzz_pdfs.py OUT_DIR N [SEED]`` writes N mutants of data/practice.
"""

from __future__ import annotations

import random
import re
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

MUTATIONS = ("flip-bytes", "truncate-object", "break-xref", "bad-stream")
MAX_SOURCE_BYTES = 700_000  # larger wild PDFs are left out: many mutants of them would make the run slow
PRACTICE_PAGES = 2  # longer practice PDFs are cut to their first pages first (fewer passages to embed)

_OBJ = re.compile(rb"\d+\s+\d+\s+obj\b")
_STREAM = re.compile(rb"stream\r?\n")
_XREF_ROW = re.compile(rb"\d{10} \d{5} [nf]")
_STARTXREF = re.compile(rb"startxref\s+(\d+)")


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 64)):
        i = rng.randrange(8, len(out))  # keep the %PDF- header: a file without it is refused before reading
        out[i] = rng.randrange(256) if rng.random() < 0.5 else out[i] ^ (1 << rng.randrange(8))
    return bytes(out)


def truncate_object(data: bytes, rng: random.Random) -> bytes:
    objects = [m.start() for m in _OBJ.finditer(data)]
    if not objects or rng.random() < 0.25:  # the whole file cut short somewhere in its second half
        return data[: rng.randrange(len(data) // 2, len(data))]
    start = rng.choice(objects)
    end = data.find(b"endobj", start)
    end = len(data) if end < 0 else end + len(b"endobj")
    cut = rng.randrange(start + 1, max(start + 2, end))
    return data[:cut] + data[end:]  # the object's tail and its endobj are gone; offsets after it shift


def break_xref(data: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(4)
    match = _STARTXREF.search(data, max(0, len(data) - 2048)) or _STARTXREF.search(data)
    rows = list(_XREF_ROW.finditer(data))
    if choice == 0 and match:  # startxref points somewhere else
        number = str(rng.randrange(0, len(data) * 2)).encode()
        return data[: match.start(1)] + number + data[match.end(1):]
    if choice == 1 and rows:  # some xref rows get wrong offsets
        out = bytearray(data)
        for row in rng.sample(rows, k=min(len(rows), rng.randint(1, 8))):
            out[row.start(): row.start() + 10] = b"%010d" % rng.randrange(10**10)
        return bytes(out)
    if choice == 2:  # the xref section and trailer are gone
        at = data.rfind(b"xref")
        if at > 0:
            return data[:at] + b"%%EOF\n"
    if match:  # startxref is not a number
        return data[: match.start(1)] + b"x" * (match.end(1) - match.start(1)) + data[match.end(1):]
    return flip_bytes(data, rng)


def _streams(data: bytes) -> list[tuple[int, int]]:
    spans = []
    for m in _STREAM.finditer(data):
        end = data.find(b"endstream", m.end())
        if end > m.end():
            spans.append((m.end(), end))
    return spans


def bad_stream(data: bytes, rng: random.Random) -> bytes:
    spans = _streams(data)
    if not spans:
        return flip_bytes(data, rng)
    start, end = rng.choice(spans)
    body = data[start:end].rstrip(b"\r\n")
    try:
        plain = zlib.decompress(body)
    except zlib.error:
        plain = body
    how = rng.randrange(5)
    if how == 0:
        new = plain  # stored uncompressed, still marked /FlateDecode
    elif how == 1:
        new = zlib.compress(plain)[: max(1, len(zlib.compress(plain)) // 2)]  # compressed, then cut short
    elif how == 2:
        squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw deflate without the zlib header
        new = squeeze.compress(plain) + squeeze.flush()
    elif how == 3:
        new = zlib.compress(zlib.compress(plain))  # compressed twice
    else:
        new = bytes(rng.randrange(256) for _ in range(len(body)))  # noise of the same length
    return data[:start] + new + b"\n" + data[end:]  # /Length no longer matches either


MUTATORS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "flip-bytes": flip_bytes, "truncate-object": truncate_object, "break-xref": break_xref, "bad-stream": bad_stream,
}


def practice_sources(practice: Path, work: Path) -> list[Path]:
    """The practice PDFs, the long review cut to its first pages (written with pypdf into ``work``)."""
    from pypdf import PdfReader, PdfWriter

    work.mkdir(parents=True, exist_ok=True)
    out = []
    for pdf in sorted(practice.glob("*.pdf")):
        reader = PdfReader(str(pdf))
        if len(reader.pages) <= PRACTICE_PAGES:
            out.append(pdf)
            continue
        writer = PdfWriter()
        for page in reader.pages[:PRACTICE_PAGES]:
            writer.add_page(page)
        target = work / pdf.name
        with open(target, "wb") as handle:
            writer.write(handle)
        out.append(target)
    return out


def wild_sources(folder: Path) -> list[Path]:
    """The wild PDFs worth mutating: small enough, and PDFs at all (an empty or non-PDF file is refused before it
    is read, mutated or not)."""
    out = []
    for p in sorted(folder.glob("*.pdf")):
        size = p.stat().st_size
        if 256 <= size <= MAX_SOURCE_BYTES and b"%PDF-" in p.read_bytes()[:1024]:
            out.append(p)
    return out


def mutants(sources: list[Path], out: Path, n: int, seed: int) -> list[tuple[Path, str, str]]:
    """Write ``n`` mutants of ``sources`` into ``out``; (path, mutation, source name) each."""
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(n):
        rng = random.Random(f"{seed}-{i}")
        source = sources[i % len(sources)]
        kind = MUTATIONS[(i // len(sources)) % len(MUTATIONS)] if n >= len(sources) * 4 else rng.choice(MUTATIONS)
        data = MUTATORS[kind](source.read_bytes(), rng)
        target = out / f"{i:04d}-{kind}-{source.stem[:40]}.pdf"
        target.write_bytes(data)
        made.append((target, kind, source.name))
    return made


if __name__ == "__main__":  # python tests/fuzz_pdfs.py OUT_DIR N [SEED]
    root = Path(__file__).resolve().parent.parent
    out_dir, count = Path(sys.argv[1]), int(sys.argv[2])
    made = mutants(practice_sources(root / "data" / "practice", out_dir / "sources"), out_dir, count,
                   int(sys.argv[3]) if len(sys.argv) > 3 else 19)
    print(f"{len(made)} mutants in {out_dir}")
