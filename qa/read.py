"""The rules reader, by its old name: ``qa.read`` re-exports the public names of ``qa.rules``.

The rules reader (sentence ranking, the typed span of a sentence, document-structure rules, answer checks;
the ranker of the trained reader and the whole ``rules-only`` configuration) lives in the package
``qa.rules``, one module per part (see its docstring). Code that imported ``from qa.read import …`` keeps
working; new code may import from ``qa.rules.*`` directly. Owns nothing of its own.
"""

from __future__ import annotations

from qa.rules.asked import asked_words, entity_keys, ordinals, term_pairs
from qa.rules.kinds import PassageView, answer_kind, near_people, typed_spans
from qa.rules.patterns import (
    ACCOUNT_ASKED, ASKS_DATE, ASKS_NAME, COVER_MARGIN, HOW_MANY_OF, INDEFINITE, INDEFINITE_QUALITY, LATEST_ASKED,
    MANY_ASKED, PLURAL_ASK, QUOTE_VERBS, TYPED, VETO_UNTYPED, WHO_IS,
)
from qa.rules.reader import Reader
from qa.rules.scored import confidence_values, is_indefinite, mismatched
from qa.rules.settings import (
    ABSTAIN_THRESHOLD, ANSWER_FORM_FEATURES, CONFIDENCE_FEATURES, DATE_REFINE_MARGIN, DEFAULT_CONFIDENCE,
    DEFAULT_WEIGHTS, FEATURES, MAX_ANSWER_WORDS, MODEL_FILE, PRECISION_MARGIN, QUOTE_MAX_CHARS, SUBJECT_SHARE,
    UNIT_RESCUE_MARGIN, ReaderSettings, Unit, load_model,
)

__all__ = [
    "ABSTAIN_THRESHOLD", "ACCOUNT_ASKED", "ANSWER_FORM_FEATURES", "ASKS_DATE", "ASKS_NAME", "CONFIDENCE_FEATURES",
    "COVER_MARGIN", "DATE_REFINE_MARGIN", "DEFAULT_CONFIDENCE", "DEFAULT_WEIGHTS", "FEATURES", "HOW_MANY_OF",
    "INDEFINITE", "INDEFINITE_QUALITY", "LATEST_ASKED", "MANY_ASKED", "MAX_ANSWER_WORDS", "MODEL_FILE",
    "PLURAL_ASK", "PRECISION_MARGIN", "QUOTE_MAX_CHARS", "QUOTE_VERBS", "SUBJECT_SHARE", "TYPED",
    "UNIT_RESCUE_MARGIN", "VETO_UNTYPED", "WHO_IS", "PassageView", "Reader", "ReaderSettings", "Unit",
    "answer_kind", "asked_words", "confidence_values", "entity_keys", "is_indefinite", "load_model", "mismatched",
    "near_people", "ordinals", "term_pairs", "typed_spans",
]
