"""The trained reader: candidate sentences → the span model → a typed answer → calibrated answerability."""
