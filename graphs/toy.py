"""A three-organisation toy coalition used by the docstring examples and tests.

``urn:a`` (ACAT Belgium) and ``urn:c`` (SFT Japan) signed both letters, ``urn:b`` (ACAT Japan)
only the first; ``a`` and ``c`` work on Tibet, ``b`` and ``c`` are in Japan, ``a`` and ``b`` are
one name family (ACAT).
"""

from __future__ import annotations

from graphs.records import Agent, CoalitionData, LetterInfo, SignatureRecord

__all__ = ["toy_data"]


def toy_data() -> CoalitionData:
    """The toy coalition: three organisations, two letters.

    Examples
    --------
    >>> data = toy_data()
    >>> sorted(a.name for a in data.agents.values())
    ['ACAT Belgium', 'ACAT Japan', 'SFT Japan']
    """
    agents = [
        Agent("urn:a", "ACAT Belgium", countries=("BE",), themes=("tibet",), qid="Q1"),
        Agent("urn:b", "ACAT Japan", acronym="ACAT-JP", countries=("JP",)),
        Agent("urn:c", "SFT Japan", alt_names=("日本SFT",), countries=("JP",), themes=("tibet",)),
    ]
    letters = [
        LetterInfo("urn:letter1", "First letter", "2020-09-09"),
        LetterInfo("urn:letter2", "Second letter", "2021-06-01"),
    ]
    signatures = [
        SignatureRecord("urn:letter1", "urn:a", 1, "ACAT Belgium"),
        SignatureRecord("urn:letter1", "urn:b", 2, "ACAT Japan (ACAT-JP)"),
        SignatureRecord("urn:letter1", "urn:c", 3, "SFT Japan"),
        SignatureRecord("urn:letter2", "urn:a", 1, "ACAT Belgium"),
        SignatureRecord("urn:letter2", "urn:c", 2, "SFT Japan"),
    ]
    return CoalitionData(
        agents={a.id: a for a in agents},
        letters={letter.id: letter for letter in letters},
        signatures=tuple(signatures),
    )
