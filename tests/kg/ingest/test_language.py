"""The letter's language, from the body (py3langid), and ``None`` when unsure."""

from __future__ import annotations

import pytest

from kg.ingest.language import SAMPLE_CHARS, detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We, the undersigned organisations, urge the Human Rights Council to act.", "en"),
        ("Nous, organisations soussignées, vous demandons de publier votre rapport.", "fr"),
        ("Instamos a los Estados miembros a convocar una sesión especial del Consejo.", "es"),
        ("Wir fordern die Vereinten Nationen auf, die Lage in Tibet zu untersuchen.", "de"),
        ("Мы призываем ООН расследовать нарушения прав человека в Тибете.", "ru"),
        ("我们呼吁联合国召开特别会议，调查新疆的严重侵犯人权行为。", "zh"),
        ("私たちは、中国政府によるチベットでの人権侵害に深い懸念を表明します。", "ja"),
    ],
)
def test_language_of_a_body(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["", "ok", "1. 2. 3.", "HRW, FIDH"])
def test_too_little_text_is_unsure(text: str) -> None:
    assert detect_language(text) is None


def test_a_short_french_body_is_french() -> None:
    """Regression: the stop-word counter needed five function words and said None here."""
    assert detect_language("Nous vous demandons de publier votre rapport sur le Xinjiang.") == "fr"


def test_only_the_beginning_is_read() -> None:
    english = "We urge the Council to establish an independent mechanism. " * 100
    assert len(english) > SAMPLE_CHARS
    assert detect_language(english + "Nous appelons le Conseil à agir. " * 1000) == "en"
