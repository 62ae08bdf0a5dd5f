"""qa.reader.tokens: the reader's pairs are tokenised exactly as transformers' fast tokenizer does it (ids, text
offsets, overflowing windows), and answering a question does not import torch."""

import subprocess
import sys

from qa.reader import tokens


def test_pairs_with_overflow_match_the_transformers_tokenizer():
    from qa.reader import network

    question = "Who chaired the strategy meeting?"
    texts = ["The meeting was chaired by TM1, the team manager.", "word " * 80]
    ours = tokens.encode([(question, t) for t in texts], max_len=48, stride=8)
    hf = network.load_tokenizer()([question] * 2, texts, truncation="only_second", max_length=48, stride=8,
                                  return_overflowing_tokens=True, return_offsets_mapping=True, padding=True)
    assert ours.owners == list(hf["overflow_to_sample_mapping"])
    assert ours.input_ids.tolist() == hf["input_ids"]
    assert ours.token_type_ids.tolist() == hf["token_type_ids"]
    assert [list(map(tuple, o)) for o in hf["offset_mapping"]] == ours.offsets
    assert ours.sequence_ids == [hf.sequence_ids(i) for i in range(len(ours.owners))]


def test_answering_a_question_never_imports_torch(practice_index):
    import qa

    qa.ask("How much did the review cost?", practice_index)  # the ONNX exports (made once, with torch) are cached
    code = (
        "import sys, qa; a = qa.ask('How much did the review cost?', sys.argv[1]); "
        "assert a.citations; print('torch' in sys.modules, 'transformers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code, practice_index], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split()[-2:] == ["False", "False"]
