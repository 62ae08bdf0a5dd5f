"""Text → vectors: the encoder (offline model from its package), its ONNX export and runtime, pooling.

Knows nothing about questions, answers or indexes, and imports nothing from ``qa``: ``encoder`` turns text
into normalised vectors, ``onnx_runtime`` caches ONNX exports and their sessions (the trained reader's too),
``pooling`` makes a passage's vector from its sentences'. The index on disk that holds the vectors is ``qa.store``.
"""
