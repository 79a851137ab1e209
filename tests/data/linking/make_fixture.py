"""Regenerate ``kb.jsonl``, the knowledge-base fixture of the labelled linking set.

Run: ``.venv/bin/python tests/data/linking/make_fixture.py``. The output is Wikidata entity JSON
exactly as ``wbgetentities`` returns it (one entity per line, a header line first).

Real QIDs are used only for items verified in ``tests/data/wikidata/verified-entities.tsv``;
their labels/aliases/claims follow that file (plus well-known labels in other languages and
P31 classes that make the fixture useful, which are fixture assumptions). Every item with a QID
of Q9000000000 or above is SYNTHETIC: a confuser invented for the test (sections, namesakes,
dissolved and renamed organisations, people with an organisation's name, acronym collisions,
generic names). They do not exist on Wikidata.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("kb.jsonl")

ORG, NGO, INGO, HUMAN, COUNTRY, POSITION = "Q43229", "Q163740", "Q79913", "Q5", "Q6256", "Q4164871"

# qid, {lang: label}, {lang: [aliases]}, {prop: [values]}, description, sitelinks
Item = tuple[str, dict, dict, dict, str, int]


def _country(qid: str, name: str, *aliases: str, sitelinks: int = 300) -> Item:
    """A country item: English label, code aliases, instance of country, no description."""
    return (qid, {"en": name}, {"en": list(aliases)}, {"P31": [COUNTRY]}, "", sitelinks)


ITEMS: list[Item] = [
    # --- classes -------------------------------------------------------------------------
    ("Q5", {"en": "human"}, {}, {}, "", 0),
    ("Q43229", {"en": "organization"}, {}, {}, "", 0),
    ("Q163740", {"en": "nonprofit organization"}, {}, {"P279": [ORG]}, "", 0),
    ("Q79913", {"en": "non-governmental organization"}, {}, {"P279": [ORG]}, "", 0),
    ("Q6256", {"en": "country"}, {}, {}, "", 0),
    ("Q4164871", {"en": "position"}, {}, {}, "", 0),
    ("Q4167410", {"en": "Wikimedia disambiguation page"}, {}, {}, "", 0),
    ("Q11424", {"en": "film"}, {}, {}, "", 0),
    # --- real, verified ------------------------------------------------------------------
    (
        "Q42970",
        {"en": "Amnesty International", "es": "Amnistía Internacional", "zh": "国际特赦组织"},
        {"en": ["AI", "Amnesty"]},
        {"P31": [INGO, NGO], "P571": ["1961-05-28"], "P856": ["https://www.amnesty.org"]},
        "human-rights organization",
        180,
    ),
    (
        "Q187052",
        {"en": "Human Rights Watch"},
        {"en": ["HRW"]},
        {"P31": [NGO]},
        "international non-governmental organization",
        90,
    ),
    (
        "Q154330",
        {"en": "Reporters Without Borders", "fr": "Reporters sans frontières"},
        {"en": ["RSF", "RWB"]},
        {"P31": [ORG], "P17": ["Q142"], "P571": ["1985"], "P856": ["https://rsf.org/en"]},
        "press freedom organization",
        80,
    ),
    ("Q7118978", {"en": "PEN America"}, {}, {"P31": [NGO]}, "", 10),
    (
        "Q206811",
        {"en": "PEN International"},
        {"en": ["International PEN"]},
        {"P31": [NGO], "P571": ["1921"]},
        "worldwide association of writers",
        50,
    ),
    ("Q7118977", {"en": "PEN Canada"}, {}, {"P31": [NGO], "P17": ["Q16"]}, "", 3),
    ("Q18353598", {"en": "English PEN"}, {}, {"P31": [NGO]}, "", 5),
    ("Q28136196", {"en": "PEN Hong Kong"}, {}, {"P31": [NGO]}, "", 1),
    ("Q15921831", {"en": "Independent Chinese PEN Center"}, {}, {"P31": [NGO]}, "", 4),
    (
        "Q215613",
        {"en": "Unrepresented Nations and Peoples Organization"},
        {"en": ["UNPO"]},
        {"P31": [ORG], "P17": ["Q55"], "P571": ["1991"], "P856": ["https://unpo.org"]},
        "international organization",
        30,
    ),
    (
        "Q311440",
        {"en": "António Guterres"},
        {"en": ["António Manuel de Oliveira Guterres", "Antonio Guterres"]},
        {"P31": [HUMAN], "P39": ["Q81066"]},
        "Secretary-General of the United Nations",
        150,
    ),
    (
        "Q81066",
        {"en": "United Nations Secretary-General"},
        {"en": ["UNSG", "Secretary-General of the United Nations", "UN Secretary-General"]},
        {"P31": [POSITION], "P571": ["1945"]},
        "",
        100,
    ),
    (
        "Q656812",
        {"en": "Office of the High Commissioner for Human Rights"},
        {
            "en": [
                "OHCHR",
                "Office of the United Nations High Commissioner for Human Rights",
                "UN Human Rights Office",
            ]
        },
        {"P31": [ORG]},
        "",
        40,
    ),
    (
        "Q1065",
        {"en": "United Nations"},
        {"en": ["UN", "UNO", "United Nations Organization"]},
        {"P31": [ORG], "P571": ["1945"]},
        "intergovernmental organization",
        300,
    ),
    (
        "Q205650",
        {"en": "United Nations Human Rights Council"},
        {"en": ["UNHRC", "Human Rights Council"]},
        {"P31": [ORG], "P571": ["2006"]},
        "",
        60,
    ),
    (
        "Q160016",
        {"en": "member state of the United Nations"},
        {"en": ["UN member state", "member states of the United Nations"]},
        {},
        "",
        40,
    ),
    (
        "Q148",
        {"en": "People's Republic of China"},
        {"en": ["China", "CN", "CHN"]},
        {"P31": [COUNTRY]},
        "country in East Asia",
        300,
    ),
    ("Q8646", {"en": "Hong Kong"}, {"en": ["HK", "Hong Kong SAR"]}, {"P17": ["Q148"]}, "", 250),
    ("Q17252", {"en": "Tibet"}, {"en": ["Xizang"]}, {"P17": ["Q148"]}, "", 150),
    ("Q17269", {"en": "Tibet Autonomous Region"}, {}, {"P17": ["Q148"]}, "", 120),
    (
        "Q34800",
        {"en": "Xinjiang"},
        {"en": ["Xinjiang Uyghur Autonomous Region", "XUAR"]},
        {"P17": ["Q148"]},
        "",
        150,
    ),
    (
        "Q46118",
        {"en": "Uyghurs"},
        {"en": ["Uyghur people", "Uighurs"]},
        {"P31": ["Q41710"]},
        "ethnic group",
        100,
    ),
    ("Q8458", {"en": "human rights"}, {}, {}, "inalienable fundamental rights", 200),
    _country("Q31", "Belgium", "BE", "BEL"),
    _country("Q183", "Germany", "DE", "DEU"),
    _country("Q142", "France", "FR", "FRA"),
    _country("Q17", "Japan", "JP", "JPN"),
    _country("Q30", "United States of America", "US", "USA"),
    _country("Q668", "India", "IN", "IND"),
    _country("Q16", "Canada", "CA", "CAN"),
    _country("Q1036", "Uganda", "UG", "UGA", sitelinks=250),
    _country("Q114", "Kenya", "KE", "KEN", "Republic of Kenya", sitelinks=250),
    _country("Q1044", "Sierra Leone", "SL", "SLE", sitelinks=250),
    _country("Q39", "Switzerland", "CH", "CHE"),
    _country("Q40", "Austria", "AT", "AUT"),
    # --- SYNTHETIC confusers (Q9000000000+; not real Wikidata items) ----------------------
    (
        "Q9000000001",
        {"en": "ACAT-France", "fr": "Action des chrétiens pour l'abolition de la torture"},
        {"en": ["ACAT France"]},
        {"P31": [NGO], "P17": ["Q142"], "P571": ["1974"]},
        "French Christian human rights NGO",
        8,
    ),
    (
        "Q9000000002",
        {"en": "Students for a Free Tibet"},
        {"en": ["SFT"]},
        {"P31": [NGO], "P17": ["Q30"], "P571": ["1994"]},
        "advocacy organization for Tibetan independence",
        6,
    ),
    (
        "Q9000000003",
        {"en": "Human Rights Foundation"},
        {"en": ["HRF"]},
        {"P31": [NGO], "P17": ["Q30"], "P571": ["2005"]},
        "nonprofit organization promoting human rights",
        12,
    ),
    (
        "Q9000000004",
        {"en": "Human Rights Foundation"},
        {},
        {"P31": ["Q11424"]},
        "2011 documentary film",
        1,
    ),
    (
        "Q9000000005",
        {"en": "Human Rights Foundation"},
        {},
        {"P31": ["Q4167410"]},
        "Wikimedia disambiguation page",
        2,
    ),
    (
        "Q9000000010",
        {"en": "Friends of Tibet"},
        {},
        {"P31": [NGO], "P17": ["Q668"]},
        "Tibet support group in India",
        1,
    ),
    (
        "Q9000000011",
        {"en": "Centre for Human Rights"},
        {},
        {"P31": [ORG], "P17": ["Q668"]},
        "human rights centre in New Delhi",
        3,
    ),
    (
        "Q9000000012",
        {"en": "Centre for Human Rights"},
        {},
        {"P31": [ORG], "P17": ["Q1036"]},
        "NGO in Kampala",
        0,
    ),
    (
        "Q9000000020",
        {"en": "Asia Rights Forum"},
        {},
        {"P31": [NGO], "P571": ["1995"], "P576": ["2012"]},
        "former human rights NGO",
        1,
    ),
    (
        "Q9000000021",
        {"en": "Global Rights Alliance"},
        {"en": ["Rights Alliance Network"]},
        {"P31": [NGO], "P571": ["2014"]},
        "human rights NGO, formerly Rights Alliance Network",
        2,
    ),
    (
        "Q9000000022",
        {"en": "Rights Alliance Network"},
        {},
        {"P31": [NGO], "P571": ["1999"], "P576": ["2013"]},
        "human rights NGO, renamed Global Rights Alliance in 2014",
        1,
    ),
    ("Q9000000030", {"en": "René Cassin"}, {}, {"P31": [HUMAN]}, "French jurist (1887–1976)", 40),
    ("Q9000000031", {"en": "Raoul Wallenberg"}, {}, {"P31": [HUMAN]}, "Swedish diplomat", 60),
    ("Q9000000032", {"en": "Miloon Kothari Trust"}, {}, {"P31": [ORG]}, "charitable trust", 0),
    (
        "Q9000000040",
        {"en": "Commission on the Status of Women"},
        {"en": ["CSW"]},
        {"P31": [ORG], "P571": ["1946"]},
        "UN commission",
        30,
    ),
    (
        "Q9000000041",
        {"en": "Christian Solidarity Worldwide"},
        {"en": ["CSW"]},
        {"P31": [NGO], "P571": ["1979"]},
        "Christian human rights organisation",
        10,
    ),
    (
        "Q9000000042",
        {"en": "International Service for Human Rights"},
        {"en": ["ISHR"]},
        {"P31": [NGO], "P17": ["Q39"]},
        "human rights NGO in Geneva",
        5,
    ),
    (
        "Q9000000043",
        {"en": "International Society for Human Rights"},
        {"en": ["ISHR", "IGFM"]},
        {"P31": [NGO], "P17": ["Q183"]},
        "human rights NGO in Frankfurt",
        8,
    ),
    (
        "Q9000000044",
        {"en": "International Federation for Human Rights"},
        {"en": ["FIDH"], "fr": ["Fédération internationale pour les droits humains"]},
        {"P31": [NGO], "P17": ["Q142"], "P571": ["1922"]},
        "international human rights NGO",
        40,
    ),
    (
        "Q9000000050",
        {"en": "Human Rights Network"},
        {},
        {"P31": [NGO], "P17": ["Q1036"]},
        "NGO network in Uganda",
        1,
    ),
    (
        "Q9000000051",
        {"en": "International Tibet Network"},
        {},
        {"P31": [NGO]},
        "coalition of Tibet groups",
        2,
    ),
    ("Q9000000052", {"en": "Association for Human Rights"}, {}, {"P31": [NGO]}, "NGO", 0),
    (
        "Q9000000053",
        {"en": "Uyghur"},
        {},
        {"P31": ["Q4167410"]},
        "Wikimedia disambiguation page",
        5,
    ),
    (
        "Q9000000054",
        {"en": "Tibet House"},
        {},
        {"P31": [ORG], "P17": ["Q30"]},
        "cultural institution",
        5,
    ),
    (
        "Q9000000060",
        {"en": "Japan Uyghur Association", "ja": "日本ウイグル協会"},
        {},
        {"P31": [NGO], "P17": ["Q17"], "P571": ["2008"]},
        "Uyghur diaspora organization in Japan",
        2,
    ),
    (
        "Q9000000070",
        {"en": "Human Rights in China"},
        {"en": ["HRIC"]},
        {"P31": [NGO], "P17": ["Q30"], "P571": ["1989"]},
        "human rights NGO",
        8,
    ),
    (
        "Q9000000071",
        {"en": "Amnesty International Belgium"},
        {},
        {"P31": [NGO], "P17": ["Q31"]},
        "Belgian section of Amnesty International",
        1,
    ),
    ("Q9000000072", {"en": "Amnesty International"}, {}, {"P31": ["Q11424"]}, "1983 song", 0),
    (
        "Q9000000080",
        {"en": "World Uyghur Congress"},
        {"en": ["WUC"]},
        {"P31": [NGO], "P17": ["Q183"], "P571": ["2004"]},
        "international organization of exiled Uyghur groups",
        20,
    ),
    ("Q9000000081", {"en": "World Uyghur Congress Youth"}, {}, {"P31": [NGO]}, "youth wing", 0),
    (
        "Q9000000090",
        {"en": "Tibet Justice Center"},
        {},
        {"P31": [NGO], "P17": ["Q30"]},
        "legal advocacy for Tibetans",
        1,
    ),
    (
        "Q9000000091",
        {"en": "Free Tibet"},
        {},
        {"P31": [NGO], "P571": ["1987"]},
        "campaign group based in London",
        4,
    ),
    ("Q9000000092", {"en": "Free Tibet"}, {}, {"P31": ["Q11424"]}, "1998 concert film", 1),
]


def _snak(prop: str, value: str) -> dict:
    if value.startswith("Q") and value[1:].isdigit():
        dv = {
            "type": "wikibase-entityid",
            "value": {"entity-type": "item", "id": value, "numeric-id": int(value[1:])},
        }
        datatype = "wikibase-item"
    elif prop in {"P571", "P576"}:
        precision = 11 if len(value) == 10 else 9
        time = f"+{value}T00:00:00Z" if len(value) == 10 else f"+{value}-00-00T00:00:00Z"
        dv = {
            "type": "time",
            "value": {
                "time": time,
                "timezone": 0,
                "before": 0,
                "after": 0,
                "precision": precision,
                "calendarmodel": "http://www.wikidata.org/entity/Q1985727",
            },
        }
        datatype = "time"
    else:
        dv = {"type": "string", "value": value}
        datatype = "url" if prop == "P856" else "string"
    return {"snaktype": "value", "property": prop, "datavalue": dv, "datatype": datatype}


def record(
    qid: str, labels: dict, aliases: dict, claims: dict, description: str, sitelinks: int
) -> dict:
    return {
        "type": "item",
        "id": qid,
        "labels": {lang: {"language": lang, "value": v} for lang, v in labels.items()},
        "descriptions": {"en": {"language": "en", "value": description}} if description else {},
        "aliases": {
            lang: [{"language": lang, "value": v} for v in vs] for lang, vs in aliases.items()
        },
        "claims": {
            prop: [
                {
                    "mainsnak": _snak(prop, v),
                    "type": "statement",
                    "rank": "normal",
                    "id": f"{qid}${prop}-{i}",
                }
                for i, v in enumerate(values)
            ]
            for prop, values in claims.items()
        },
        "sitelinks": {
            f"site{i}wiki": {"site": f"site{i}wiki", "title": labels.get("en", qid)}
            for i in range(sitelinks)
        },
    }


def main() -> None:
    header = {
        "snapshot": {
            "source": "coalition-kg labelled linking fixture (partly synthetic)",
            "retrieved": "2026-11-27",
        }
    }
    lines = [json.dumps(header, ensure_ascii=False)]
    lines += [json.dumps(record(*item), ensure_ascii=False, sort_keys=True) for item in ITEMS]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
