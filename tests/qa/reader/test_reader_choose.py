"""qa.reader.choose: the fitted chooser file is complete, its probability is monotone in its weights, and the
levels name the bands the eval measured."""

import json

from qa.reader import choose


def test_the_shipped_chooser_is_fitted_over_the_declared_features():
    fitted = choose.load()
    assert fitted["features"] == list(choose.FEATURES)
    assert len(fitted["weights"]) == len(choose.FEATURES)
    assert 0.0 < fitted["threshold"] < 1.0
    assert fitted["cross_validated"]["pooled"]["answer_precision"] is not None


def test_probability_rises_with_a_positively_weighted_feature():
    fitted = {"features": ["a", "b"], "weights": [2.0, -1.0], "bias": 0.0}
    assert choose.probability({"a": 1.0}, fitted) > choose.probability({}, fitted) > choose.probability({"b": 1.0}, fitted)
    assert choose.probability({}, fitted) == 0.5


def test_levels_and_novelty(tmp_path):
    fitted = {"levels": [{"name": "high", "min": 0.8}, {"name": "medium", "min": 0.5}]}
    assert [choose.level(p, fitted) for p in (0.9, 0.6, 0.2)] == ["high", "medium", "low"]
    assert choose.novelty("the strategy meeting", "When was the strategy meeting?") == 0.0
    assert choose.novelty("14 March 2014", "When was the strategy meeting?") == 1.0
    missing = choose.load(tmp_path / "none.json")
    assert choose.probability({"span": 5.0}, missing) == 0.5
    (tmp_path / "c.json").write_text(json.dumps({**missing, "bias": 1.0}))
    assert choose.probability({}, choose.load(tmp_path / "c.json")) > 0.5


def test_the_shipped_chooser_has_a_clause_model_and_shows_spans_only_above_the_threshold():
    fitted = choose.load()
    assert len(fitted["clause"]["weights"]) == len(choose.FEATURES)
    # span_min is a probability, or 2.0 when no band of spans was right 90% of the time (the clause is always shown)
    assert fitted["threshold"] <= fitted["span_min"] and (fitted["span_min"] <= 1.0 or fitted["span_min"] == 2.0)
    features = {name: 0.5 for name in choose.FEATURES}
    assert 0.0 < choose.probability(features, fitted, "clause") < 1.0
    assert choose.probability(features, {"features": ["a"], "weights": [1.0], "bias": 0.0}, "clause") == \
        choose.probability(features, {"features": ["a"], "weights": [1.0], "bias": 0.0})  # no clause model: the span's
