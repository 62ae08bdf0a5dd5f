"""Fine-tunes the span reader (``qa.reader.network``) on SQuAD-format data: one command, CPU, reproducible.

Owns the tokenising of examples into windows with start/end token targets, the batches, the training loop
and the held-out figures written into the model card. The training data (SQuAD paragraphs and the sentence
windows the pipeline reads, the split by whole articles) is ``qa.reader.train_data``'s; its names are
re-exported here. Run it as ``scripts/train-reader`` (defaults reproduce the shipped weights) or
``python -m qa.reader.train --help``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from qa.reader.train_data import (  # noqa: F401 - re-exported: tests and scripts use them as qa.reader.train.*
    DEFAULT_DATA,
    FILES,
    HELD_OUT_ARTICLES,
    Example,
    _load_file,
    examples,
    load_squad,
    sentences,
    split_articles,
)


def features(tokenizer, batch: list[Example], max_len: int, stride: int) -> list[dict]:
    """Tokenised (question, context) windows with start/end token targets (0, 0 = [CLS]: not in this window)."""
    enc = tokenizer(
        [e.question for e in batch], [e.context for e in batch], truncation="only_second", max_length=max_len,
        stride=stride, return_overflowing_tokens=True, return_offsets_mapping=True, padding=False,
    )
    out = []
    for j, ids in enumerate(enc["input_ids"]):
        ex = batch[enc["overflow_to_sample_mapping"][j]]
        seq = enc.sequence_ids(j)
        offsets = enc["offset_mapping"][j]
        s = e = 0
        if ex.start >= 0:
            a, b = ex.start, ex.start + len(ex.answer)
            ctx = [k for k, sid in enumerate(seq) if sid == 1]
            if ctx and offsets[ctx[0]][0] <= a and offsets[ctx[-1]][1] >= b:
                s = next(k for k in ctx if offsets[k][1] > a)
                e = next(k for k in reversed(ctx) if offsets[k][0] < b)
                if e < s:
                    s = e = 0
        out.append({"input_ids": ids, "token_type_ids": enc["token_type_ids"][j], "start": s, "end": e})
    return out


def featurise(tokenizer, exs: list[Example], max_len: int, stride: int) -> list[dict]:
    out = []
    for i in range(0, len(exs), 512):
        out.extend(features(tokenizer, exs[i : i + 512], max_len, stride))
    return out


def batches(feats: list[dict], size: int, rng: random.Random) -> list[list[dict]]:
    """Batches of similar length (little padding), in random order."""
    order = list(range(len(feats)))
    rng.shuffle(order)
    chunk = size * 50
    out = []
    for i in range(0, len(order), chunk):
        part = sorted(order[i : i + chunk], key=lambda k: len(feats[k]["input_ids"]))
        out.extend([feats[k] for k in part[j : j + size]] for j in range(0, len(part), size))
    rng.shuffle(out)
    return out


def collate(batch: list[dict]):
    import torch

    n = max(len(f["input_ids"]) for f in batch)
    ids = torch.zeros((len(batch), n), dtype=torch.long)
    types = torch.zeros_like(ids)
    mask = torch.zeros_like(ids)
    for i, f in enumerate(batch):
        k = len(f["input_ids"])
        ids[i, :k] = torch.tensor(f["input_ids"])
        types[i, :k] = torch.tensor(f["token_type_ids"])
        mask[i, :k] = 1
    start = torch.tensor([f["start"] for f in batch])
    end = torch.tensor([f["end"] for f in batch])
    return ids, mask, types, start, end


def span_loss(start, end, mask, types, s, e, top: int = 8):
    """Binary cross-entropy on each span's probability as the reader computes it at run time,
    ``sigmoid(CALIBRATION × (start + end))``: the gold span towards 1, the window's ``top`` best other spans
    (start <= end, at most ``MAX_SPAN_TOKENS``, inside the text read) towards 0. The start/end cross-entropy only
    ranks a window's tokens against each other and its [CLS]; this term fixes what a score means in absolute
    terms, so spans of different windows (and a window with no answer) compare as Haystack's reader assumes."""
    import torch
    import torch.nn.functional as F

    from qa.reader.decode import MAX_SPAN_TOKENS
    from qa.reader.model import CALIBRATION

    b, n = start.shape
    ctx = (types == 1) & (mask == 1)
    ctx[torch.arange(b), mask.sum(1) - 1] = False  # the closing [SEP]
    i = torch.arange(n)
    shape = (i[None, :] >= i[:, None]) & (i[None, :] - i[:, None] < MAX_SPAN_TOKENS)
    valid = ctx[:, :, None] & ctx[:, None, :] & shape[None]
    grid = CALIBRATION * (start[:, :, None] + end[:, None, :])
    gold = s > 0
    rows = torch.arange(b)
    positive = grid[rows, s, e]
    valid[rows[gold], s[gold], e[gold]] = False
    negatives = grid.masked_fill(~valid, -1e4).reshape(b, -1).topk(top, dim=1).values
    keep = negatives > -1e3
    loss_neg = (F.softplus(negatives) * keep).sum(1) / keep.sum(1).clamp(min=1)
    loss_pos = F.softplus(-positive) * gold
    return (loss_neg + loss_pos).mean()


def train(args) -> dict:
    import torch

    from qa.reader import network
    from qa.reader.heldout import evaluate

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    paragraphs = load_squad(Path(args.data))
    train_pars, test_pars = split_articles(paragraphs, args.held_out)
    if args.limit:
        train_pars = train_pars[: args.limit]
    exs = examples(train_pars, rng, whole_share=args.paragraph_share)
    if args.extra:
        # pairs already in the form read at run time (eval/domain_pairs.py): each context read as it is, several
        # times, among a sample of the SQuAD examples so that what was learnt there is kept
        extra = [e for _ in range(args.extra_repeat) for e in examples(_load_file(Path(args.extra)), rng, windows=False)]
        rng.shuffle(exs)
        exs = extra + exs[: args.squad_per_extra * len(extra)]
        print(f"extra: {len(extra)} examples from {args.extra} (×{args.extra_repeat}), "
              f"{len(exs) - len(extra)} SQuAD examples beside them", flush=True)
    tokenizer = network.load_tokenizer()
    feats = featurise(tokenizer, exs, args.max_len, args.stride)
    n_pos = sum(1 for f in feats if f["start"] > 0)
    print(f"train: {len(train_pars)} paragraphs, {len(exs)} examples, {len(feats)} features "
          f"({n_pos} with the answer), held out: {len({t for t, _, _ in test_pars})} articles", flush=True)

    if args.init:
        model, _ = network.load(Path(args.init) / "reader.safetensors", Path(args.init) / "reader.json")
    else:
        model = network.SpanReader.from_base()
    model.freeze_untrained()
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    plan = batches(feats, args.batch, rng)
    while len(plan) < args.steps:
        plan += batches(feats, args.batch, rng)
    plan = plan[: args.steps]
    warmup = max(1, int(0.06 * len(plan)))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min((step + 1) / warmup, max(0.0, (len(plan) - step) / (len(plan) - warmup))))
    ce = torch.nn.CrossEntropyLoss()
    bce = torch.nn.BCEWithLogitsLoss()
    t0 = time.time()
    seen = 0
    for step, batch in enumerate(plan):
        ids, mask, types, s, e = collate(batch)
        start, end, answerable = model(ids, mask, types)
        start = start.masked_fill(mask == 0, -1e4)
        end = end.masked_fill(mask == 0, -1e4)
        loss = (ce(start, s) + ce(end, e)) / 2 + 0.5 * bce(answerable, (s > 0).float())
        if args.span_loss:
            loss = loss + args.span_loss * span_loss(start, end, mask, types, s, e)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimiser.step()
        schedule.step()
        optimiser.zero_grad()
        seen += len(batch)
        if step % args.log_every == 0 or step == len(plan) - 1:
            rate = seen / (time.time() - t0)
            print(f"step {step + 1}/{len(plan)} loss {loss.item():.3f} {rate:.1f} features/s "
                  f"{(time.time() - t0) / 60:.1f} min", flush=True)
        if args.time_budget and time.time() - t0 > args.time_budget:
            print(f"time budget reached at step {step + 1}", flush=True)
            break
    minutes = (time.time() - t0) / 60

    eval_rng = random.Random(args.seed + 1)
    test_pars = sorted(test_pars, key=lambda p: (p[0], p[1]))
    eval_rng.shuffle(test_pars)
    windows = [x for x in examples(test_pars, eval_rng, whole=False)][: args.eval_n]
    whole = [x for x in examples(test_pars, eval_rng, windows=False)][: args.eval_n // 2]
    figures = {"sentence_windows": evaluate(model, tokenizer, windows, args.max_len, args.stride),
               "paragraphs": evaluate(model, tokenizer, whole, args.max_len, args.stride)}
    print(json.dumps(figures), flush=True)
    previous = json.loads((Path(args.init) / "reader.json").read_text(encoding="utf-8")) if args.init else None
    sets = (json.loads(Path(args.extra).read_text(encoding="utf-8")).get("sets") or []) if args.extra else []
    card = {
        "data": [f for f in FILES], "held_out_articles": sorted({t for t, _, _ in test_pars}),
        "features": len(feats), "features_seen": seen, "steps": step + 1, "batch": args.batch, "lr": args.lr,
        "max_len": args.max_len, "stride": args.stride, "seed": args.seed, "minutes": round(minutes, 1),
        "threads": args.threads, "held_out_fp32": figures, "init": bool(args.init), "span_loss": args.span_loss,
        "extra": Path(args.extra).name if args.extra else None,
        # the development sets the extra pairs were drawn from, in this phase or an earlier one (eval/fit_chooser.py
        # weighs them as in-sample)
        "domain_sets": list(dict.fromkeys([*((previous or {}).get("domain_sets") or []), *sets])),
        "previous": previous,
    }
    if args.out:
        out = Path(args.out)
        network.save(model, card, out / "reader.safetensors", out / "reader.json")
        reloaded, _ = network.load(out / "reader.safetensors", out / "reader.json")
        card["held_out_int8"] = {
            "sentence_windows": evaluate(reloaded, tokenizer, windows, args.max_len, args.stride),
            "paragraphs": evaluate(reloaded, tokenizer, whole, args.max_len, args.stride)}
        print(json.dumps(card["held_out_int8"]), flush=True)
        network.save(reloaded, card, out / "reader.safetensors", out / "reader.json")
    return card


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", default=str(DEFAULT_DATA), help="folder of SQuAD-format .json.gz files")
    p.add_argument("--out", default=str(Path(__file__).with_name("weights")), help="where to write the weights")
    p.add_argument("--steps", type=int, default=2200)  # two passes over the ~34.5k SQuAD features (stop 33; 1,100 before)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--lr", type=float, default=1.5e-4)
    p.add_argument("--max-len", type=int, default=192)
    p.add_argument("--stride", type=int, default=64)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--held-out", type=int, default=HELD_OUT_ARTICLES)
    p.add_argument("--eval-n", type=int, default=800, help="held-out sentence windows scored (half as many paragraphs)")
    p.add_argument("--paragraph-share", type=float, default=0.5, help="share of questions also read as a whole paragraph")
    p.add_argument("--init", default="", help="start from the weights in this folder (a second phase)")
    p.add_argument("--extra", default="", help="SQuAD-format JSON of pairs read as they are (eval/domain_pairs.py)")
    p.add_argument("--extra-repeat", type=int, default=3)
    p.add_argument("--squad-per-extra", type=int, default=2, help="SQuAD examples kept per extra example")
    p.add_argument("--span-loss", type=float, default=0.0,
                   help="weight of the span probability loss (span_loss: each span's run-time probability, gold vs the best others)")
    p.add_argument("--limit", type=int, default=0, help="train on the first N paragraphs only (tests)")
    p.add_argument("--time-budget", type=float, default=0, help="stop training after this many seconds (0: none)")
    p.add_argument("--log-every", type=int, default=25)
    return p


def main(argv=None) -> int:
    train(parser().parse_args(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
