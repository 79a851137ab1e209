"""Generic organisation words across languages, mapped to one concept each.

Used to see that ``日本ウイグル協会`` and ``Japan Uyghur Association`` say the same thing:
countries come from the gazetteer, movements from the theme scheme, and the generic words that
make up organisation names (association, alliance, union, committee ...) from this table. It
holds no organisation's name, only the common nouns and a few very common qualifiers.
"""

from __future__ import annotations

from functools import cache

__all__ = ["ORG_WORDS", "org_phrase_concepts", "org_word_concepts"]

#: concept -> words meaning it, in English, French, Spanish, Portuguese, Italian, German, Dutch,
#: Russian, Chinese (simplified and traditional), Japanese, Korean and Arabic.
ORG_WORDS: dict[str, tuple[str, ...]] = {
    "association": ("association", "associação", "asociación", "associazione", "verein",
                    "vereinigung", "vereniging", "ассоциация", "协会", "協会", "協會", "협회",
                    "جمعية"),
    "alliance": ("alliance", "alianza", "aliança", "alleanza", "allianz", "альянс", "联盟",
                 "聯盟", "同盟", "연대", "تحالف"),
    "union": ("union", "unión", "união", "unione", "союз", "连合", "連合", "联合", "聯合",
              "연합", "اتحاد"),
    "federation": ("federation", "fédération", "federación", "federação", "federazione",
                   "föderation", "федерация", "联合会", "聯合會", "連盟", "연맹"),
    "committee": ("committee", "comité", "comitato", "komitee", "комитет", "委员会", "委員會",
                  "委員会", "위원회", "لجنة"),
    "council": ("council", "conseil", "consejo", "conselho", "consiglio", "rat", "совет",
                "理事会", "理事會", "评议会", "協議会", "협의회", "مجلس"),
    "centre": ("centre", "center", "centro", "zentrum", "centrum", "центр", "中心",
               "センター", "센터", "مركز"),
    "network": ("network", "réseau", "red", "rede", "rete", "netzwerk", "netwerk", "сеть",
                "网络", "網絡", "ネットワーク", "네트워크", "شبكة"),
    "foundation": ("foundation", "fondation", "fundación", "fundação", "fondazione",
                   "stiftung", "stichting", "фонд", "基金会", "基金會", "財団", "財團", "재단",
                   "مؤسسة"),
    "institute": ("institute", "institut", "instituto", "istituto", "институт", "研究所",
                  "研究院", "연구소", "معهد"),
    "society": ("society", "société", "sociedad", "sociedade", "società", "gesellschaft",
                "общество", "学会", "學會", "협회"),
    "league": ("league", "ligue", "liga", "lega", "лига", "رابطة"),
    "group": ("group", "groupe", "grupo", "gruppo", "gruppe", "groep", "группа", "小组",
              "小組", "グループ", "그룹", "مجموعة"),
    "movement": ("movement", "mouvement", "movimiento", "movimento", "bewegung", "beweging",
                 "движение", "运动", "運動", "운동", "حركة"),
    "congress": ("congress", "congrès", "congreso", "congresso", "kongress", "конгресс",
                 "大会", "大會", "대회", "مؤتمر"),
    "forum": ("forum", "foro", "форум", "论坛", "論壇", "フォーラム", "포럼", "منتدى"),
    "project": ("project", "projet", "proyecto", "projeto", "progetto", "projekt", "проект",
                "项目", "項目", "プロジェクト", "프로젝트", "مشروع"),
    "coalition": ("coalition", "coalición", "coalizão", "coalizione", "koalition",
                  "коалиция", "联盟会", "ائتلاف"),
    "human-rights": ("human rights", "droits humains", "droits de l'homme", "derechos humanos",
                     "direitos humanos", "diritti umani", "menschenrechte", "mensenrechten",
                     "права человека", "правозащитный", "人权", "人權", "人権", "인권",
                     "حقوق الإنسان"),
    "democracy": ("democracy", "démocratie", "democracia", "demokratie", "демократия", "民主",
                  "민주", "ديمقراطية"),
    "support": ("support", "soutien", "apoyo", "apoio", "unterstützung", "поддержка", "支援",
                "支持", "声援", "지원", "دعم"),
    "solidarity": ("solidarity", "solidarité", "solidaridad", "solidariedade", "solidarität",
                   "солидарность", "团结", "團結", "連帯", "연대", "تضامن"),
    "friends": ("friends", "amis", "amigos", "freunde", "друзья", "之友", "友の会"),
    "international": ("international", "internacional", "internazionale", "международный",
                      "国际", "國際", "国際", "국제", "دولي"),
    "world": ("world", "mondial", "mundial", "welt", "всемирный", "世界", "세계", "عالمي"),
}  # fmt: skip


@cache
def org_word_concepts() -> dict[str, str]:
    """Lower-case word -> concept, for every word of :data:`ORG_WORDS`.

    >>> org_word_concepts()["協会"], org_word_concepts()["réseau"]
    ('association', 'network')
    """
    return {word: concept for concept, words in ORG_WORDS.items() for word in words}


@cache
def org_phrase_concepts() -> dict[tuple[str, ...], str]:
    """Normalised word sequence -> concept, for the words of :data:`ORG_WORDS` written with
    spaces (``human rights``, ``права человека``) and the single words alike.

    >>> org_phrase_concepts()[("derechos", "humanos")]
    'human-rights'
    """
    from kg.ingest.tokens import norm_token, tokenize

    return {
        tuple(norm_token(t) for _, _, t in tokenize(word)): concept
        for word, concept in org_word_concepts().items()
    }
