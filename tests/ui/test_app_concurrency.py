"""32 concurrent requests to the running web UI's API are all answered, with the answers serial
``qa.ask`` gives. The server is ``ui.app`` on a free loopback port (ui.harness.running_server); requests
go through gradio_client, each with its own timeout; no speed is asserted (the wall time is printed)."""

from __future__ import annotations

import html
import json
import re
import time

import pytest
from conftest import ROOT

import qa
from qa.clean import collapse

REQUESTS = 32
REQUEST_TIMEOUT_S = 600


def eval_questions(n: int) -> list[str]:
    rows = [json.loads(line) for line in (ROOT / "eval" / "questions.jsonl").read_text().splitlines() if line.strip()]
    step = max(1, len(rows) // n)
    return [row["question"] for row in rows[1::step]][:n]


def plain(fragment: str) -> str:
    inline = re.sub(r"</?mark[^>]*>", "", fragment)  # the highlighted answer sits inside the quote's text
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", inline)))


def ask_endpoint(client) -> str:
    """The API name of the question box's submit event (``on_ask(q, files)``)."""
    info = client.view_api(return_format="dict", print_info=False)
    names = [
        name for name, endpoint in info["named_endpoints"].items()
        if re.fullmatch(r"/on_ask(_\d+)?", name) and [p.get("parameter_name") for p in endpoint["parameters"]] == ["q", "files"]
    ]
    assert names, f"no on_ask endpoint in {sorted(info['named_endpoints'])}"
    return sorted(names, key=len)[0]


@pytest.mark.slow
def test_32_concurrent_ui_requests_are_all_answered_like_serial_asks(practice_index):
    from gradio_client import Client

    from ui import app, cards
    from ui.harness import running_server

    questions = eval_questions(REQUESTS)
    assert len(set(questions)) == REQUESTS
    serial = [qa.ask(q, practice_index, app.TOP_K) for q in questions]
    state = app.UIState(practice_index)
    expected_html = [app.ask_question(state, q, None)[:2] for q in questions]

    with running_server(practice_index) as url:
        client = Client(url, verbose=False, analytics_enabled=False, download_files=False, max_workers=REQUESTS)
        endpoint = ask_endpoint(client)
        started = time.perf_counter()
        jobs = [client.submit(q, [], api_name=endpoint) for q in questions]
        results, errors = [], []
        for question, job in zip(questions, jobs):
            try:
                results.append(job.result(timeout=REQUEST_TIMEOUT_S))
            except Exception as exc:  # noqa: BLE001 - counted and reported
                errors.append(f"{question!r}: {type(exc).__name__}: {exc}")
                results.append(None)
        seconds = time.perf_counter() - started
        print(f"\n{REQUESTS} concurrent UI API requests: {seconds:.1f} s wall, {len(errors)} errors")
        client.close()

    assert not errors, errors
    for question, got, want_html, answer in zip(questions, results, expected_html, serial):
        answer_html, passages_html = got
        assert (answer_html, passages_html) == tuple(want_html), question
        # and they say what qa.ask says: the answer, and every cited quote
        if answer.answerable:
            # a table row's cells are shown as cells, without the " | " the index joins them with
            assert all(collapse(cell) in plain(answer_html) for cell in answer.answer.split(" | ")), question
            assert "scr-abstain" not in answer_html
        else:
            assert "scr-abstain" in answer_html, question
        for _, citation in cards.closest_passages(answer):  # the passages above the relevance floor
            for cell in citation.quote.split(cards.CELL_SEP):  # a table row is shown as its cells
                assert collapse(cell) in plain(passages_html), (question, citation.quote)
