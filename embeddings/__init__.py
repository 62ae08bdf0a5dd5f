"""The encoder and the on-disk index: offline model, FAISS vectors, passage store, manifest.

Knows nothing about questions or answers: ``encoder`` turns text into normalised vectors, ``store``
writes and reads index snapshots atomically and checks them.
"""
