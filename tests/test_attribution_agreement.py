"""Two annotators' codings of the same sentences: agreement figures with known answers."""

import json

import pytest

from pipeline.attribution_agreement import agreement, main


def write(path, speakers, texts=None):
    texts = texts or [f"Sentence {i}." for i in range(len(speakers))]
    rows = [{"doc_id": "d1", "paragraph": i, "is_title": False, "text": t, "speakers": s}
            for i, (t, s) in enumerate(zip(texts, speakers, strict=True))]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_agreement_counts_same_speakers_and_corrects_for_chance(tmp_path):
    first = write(tmp_path / "a.jsonl", [["X"], ["X"], [], [], ["Y"], ["X", "Y"]])
    second = write(tmp_path / "b.jsonl", [["X"], ["Y"], [], ["X"], ["Y"], ["X"]])
    scores = agreement(first, second)
    assert scores["n_sentences"] == 6
    assert scores["speaker_accuracy"] == pytest.approx(3 / 6)  # rows 0, 2, 4
    assert scores["precision"] == pytest.approx(3 / 5)  # hits in rows 0, 4, 5; misses in 1, 3
    assert scores["recall"] == pytest.approx(3 / 5)
    # has a speaker: first 1 1 0 0 1 1, second 1 1 0 1 1 1 -> p_o 5/6, p_e (4*5 + 2*1)/36
    expected = (5 / 6 - 22 / 36) / (1 - 22 / 36)
    assert scores["kappa_has_speaker"] == pytest.approx(expected)
    assert len(scores["errors"]) == 3


def test_identical_codings_agree_fully_and_different_texts_are_refused(tmp_path, capsys):
    first = write(tmp_path / "a.jsonl", [["X"], [], ["Y"]])
    assert agreement(first, first)["speaker_accuracy"] == 1.0
    other = write(tmp_path / "b.jsonl", [["X"], [], ["Y"]], ["One.", "Two.", "Three."])
    assert main([str(first), str(other)]) == 2
    assert "does not hold the same sentences" in capsys.readouterr().err
