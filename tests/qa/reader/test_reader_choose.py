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


def test_an_answer_the_structure_gives_is_as_sure_as_such_answers_were_right():
    """A foreword's signature or a letter's To: line: the share of such answers right on the development questions
    (add-one smoothed), counted by eval/fit_chooser.py; nothing counted, no such floor."""
    assert choose.structural_probability({"structure": {"n": 6, "right": 5}}) == 0.75
    assert choose.structural_probability({"structure": {"n": 0, "right": 0}}) == 0.5
    assert choose.structural_probability({}) == 0.0
    shipped = choose.load()["structure"]
    assert 0 <= shipped["right"] <= shipped["n"]


def test_years_a_text_states_in_every_form_reports_use():
    assert choose.years("in the 2012/13 school year") == ({"2012-13"}, {"2012", "2013"})
    assert choose.years("in 2022–2023 and 2019 to 2020") == ({"2022-23", "2019-20"}, {"2019", "2020", "2022", "2023"})
    assert choose.years("31/01/07 arrested") == (set(), {"2007"})
    assert choose.years("2010-14 and 0207 946 0381") == (set(), {"2010"})  # not consecutive years: no pair


def test_a_year_the_question_names_must_be_stated_by_the_text():
    asked = choose.years("What was Child M's school attendance in the 2012/13 school year?")
    assert choose.year_missing(asked, "Attendance was 81.5% in the 2011/12 school year.") == 1.0
    assert choose.year_missing(asked, "Attendance was 81.5% in 2012-13.") == 0.0
    assert choose.year_missing(asked, "Attendance in 2012 and 2013 was poor.") == 0.0
    in_2007 = choose.years("What bail condition was set after the arrest in January 2007?")
    assert choose.year_missing(in_2007, "31/01/07 | Ms A arrested and bailed") == 0.0
    assert choose.year_missing(in_2007, "On 3 May 2006 she was bailed") == 1.0
    assert choose.year_missing(choose.years("Who chaired the meeting?"), "no year here") == 0.0
