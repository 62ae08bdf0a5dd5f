"""The rules reader, in parts: it ranks the candidate sentences with generic features and proposes typed spans.

It is the ranker of the trained reader (``qa/reader/extractive.py``) and, alone, the ``rules-only``
configuration. Data flows one way through its modules (each imports only those above it):

- ``settings`` — the fitted ranker/confidence weights, feature names, ``ReaderSettings``, ``Unit``
- ``patterns`` — the compiled patterns and margins the rules read questions and sentences with
- ``asked`` — what a question asks (asked noun, ordinals, dates, whose age, the unit of an amount)
- ``kinds`` — ``answer_kind``, ``typed_spans`` and ``PassageView`` (the per-passage cache)
- ``spantext``, ``scored`` — shaping a span in text; helpers over the ranked units
- ``ranking`` → ``structure`` → ``proposal`` → ``vetoes`` → ``assembly`` — the parts of ``Reader``: scoring
  every sentence, document-structure rules, span proposal, answer checks, answer and citation assembly
- ``reader`` — ``Reader`` itself: the confidence and ``read()``, which puts the parts together

``qa.read`` re-exports the public names for the code that imports them from there.
"""
