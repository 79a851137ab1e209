"""Chinese cue words (simplified and traditional) for reading recipients and demands.

The tables of :mod:`kg.nlp.cues` hold space-separated words with Latin articles, elisions and
infinitive endings; Chinese has none of these, so its words live in their own table,
:data:`CHINESE`, chosen by :func:`chinese_cues_for` (``Letter.language == "zh"``). The rules
that use it are :mod:`kg.nlp.address_zh`, :mod:`kg.nlp.recipients_zh` and
:mod:`kg.nlp.demands_zh`.

Every word is written in both scripts where they differ (``秘书长`` / ``秘書長``). Words are
matched as substrings (Chinese has no spaces); longer words are tried first.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CHINESE", "LANGUAGE", "ChineseCues", "chinese_cues_for"]

LANGUAGE = "zh"


@dataclass(frozen=True)
class ChineseCues:
    """The Chinese words the address, recipient and demand rules look for.

    ``address_labels`` open an address line (``致：``, ``致…：``); ``salutations`` open a
    salutation (``尊敬的…：``); ``separators`` and ``conjunctions`` join addressees, unless the
    conjunction is part of a word in ``not_conjunction`` (``共和国``, ``和平``); ``honorifics``
    follow a name or office and are dropped (``女士``, ``阁下``); ``titles`` end an office
    (``秘书长``, ``高级专员``), a name may follow; ``collective_prefixes`` and
    ``collective_endings`` make a plural addressee (``各成员国``, ``联合国会员国``);
    ``organization_endings`` end the name of a body, never of a person (``办事处``, ``委员会``);
    ``name_dots`` join the parts of a transliterated name (``米歇尔·巴切莱特``).

    For demands: ``we`` opens a demand; ``we_verbs`` ask only after ``we`` (``我们要求``),
    ``verbs`` ask on their own too (``吁请``); ``adverbs`` may stand between ``we`` and the
    verb (``强烈``); ``you`` after the verb means all recipients; ``act_openers`` open what is
    asked (``立即``, ``设立``, ``就``), so the addressee ends before them; ``un_prefixes`` may be
    left out when an addressee is named again (``联合国``); ``sentence_ends`` end a sentence;
    ``and_acts`` before an act opener start a second act of the same addressee (``并设立``).
    """

    address_labels: tuple[str, ...]
    salutations: tuple[str, ...]
    separators: str
    conjunctions: tuple[str, ...]
    not_conjunction: tuple[str, ...]
    honorifics: tuple[str, ...]
    titles: tuple[str, ...]
    collective_prefixes: tuple[str, ...]
    collective_endings: tuple[str, ...]
    organization_endings: tuple[str, ...]
    name_dots: str
    we: tuple[str, ...]
    we_verbs: tuple[str, ...]
    verbs: tuple[str, ...]
    adverbs: tuple[str, ...]
    you: tuple[str, ...]
    act_openers: tuple[str, ...]
    un_prefixes: tuple[str, ...]
    sentence_ends: str
    and_acts: tuple[str, ...] = ("并且", "並且", "以及", "并", "並", "且")


def _words(text: str) -> tuple[str, ...]:
    """The words of a space-separated list, longest first."""
    return tuple(sorted(set(text.split()), key=lambda word: (-len(word), word)))


CHINESE = ChineseCues(
    address_labels=_words("致 收件人 收信人 呈 敬呈 致函"),
    salutations=_words("尊敬的 尊敬 亲爱的 親愛的"),
    separators="、，,；;/",
    conjunctions=_words("以及 及 和 与 與 暨"),
    not_conjunction=_words(
        "共和 和平 和谐 和諧 和解 温和 溫和 及时 及時 涉及 普及 危及 波及 以及时 与会 與會 "
        "参与 參與"
    ),
    honorifics=_words("女士 先生 阁下 閣下 殿下 夫人 小姐 博士 钧鉴 鈞鑒 台鉴 台鑒 各位 诸位 諸位"),
    titles=_words(
        "秘书长 秘書長 副秘书长 副秘書長 高级专员 高級專員 高级代表 高級代表 特别报告员 "
        "特別報告員 特别代表 特別代表 特使 主席 副主席 总统 總統 副总统 副總統 总理 總理 首相 "
        "部长 部長 外交部长 外交部長 外长 外長 大使 总干事 總幹事 总裁 總裁 行政长官 行政長官 "
        "议长 議長 委员长 委員長 主任 总书记 總書記 国务卿 國務卿 首席执行官 首席執行官 "
        "检察官 檢察官 市长 市長 州长 州長 议员 議員 专员 專員"
    ),
    collective_prefixes=_words("各 全体 全體 所有"),
    collective_endings=_words(
        "成员国 成員國 会员国 會員國 各国政府 各國政府 国家 國家 政府们 代表团 代表團 议员们 "
        "議員們 领导人 領導人 国际社会 國際社會"
    ),
    organization_endings=_words(
        "办事处 辦事處 委员会 委員會 理事会 理事會 组织 組織 政府 议会 議會 大会 大會 公司 "
        "集团 集團 当局 當局 部 局 署 院 厅 廳 处 處 会 會 团 團 署 馆 館 所 司 社 银行 銀行 "
        "联盟 聯盟 机构 機構"
    ),
    name_dots="·•・‧",
    we=_words("我们 我們 吾等 本组织 本組織 我等"),
    we_verbs=_words("要求 请求 請求 恳请 懇請 请 請 希望"),
    verbs=_words("呼吁 呼籲 敦促 促请 促請 吁请 籲請 强烈呼吁 強烈呼籲 敦请 敦請"),
    adverbs=_words(
        "强烈 強烈 再次 再度 特此 谨 謹 在此 也 还 還 一致 共同 紧急 緊急 迫切 郑重 鄭重 因此 "
        "现 現 同时 同時 进一步 進一步"
    ),
    you=_words("你们 你們 您们 您們 阁下 閣下 诸位 諸位 各位 您 贵方 貴方"),
    act_openers=_words(
        "立即 立刻 马上 馬上 尽快 盡快 儘快 尽早 盡早 无条件 無條件 公开 公開 公布 发表 發表 "
        "设立 設立 成立 建立 召开 召開 举行 舉行 停止 释放 釋放 结束 結束 终止 終止 废除 廢除 "
        "撤销 撤銷 撤回 采取 採取 确保 確保 保障 保护 保護 允许 允許 调查 調查 审议 審議 审查 "
        "審查 制定 通过 通過 支持 考虑 考慮 关闭 關閉 进行 進行 谴责 譴責 监督 監督 任命 派遣 "
        "提交 回应 回應 履行 遵守 尊重 不要 不再 勿 就 对 對 向 在 于 於 为 為 将 將 把 从 從 "
        "不 以 能 能够 能夠 应 應"
    ),
    un_prefixes=_words("联合国 聯合國 联合国的 聯合國的"),
    sentence_ends="。！？；!?;",
)


def chinese_cues_for(language: str | None) -> ChineseCues | None:
    """The Chinese cue table when ``language`` is Chinese (``zh``), else None.

    Examples
    --------
    >>> chinese_cues_for("zh").address_labels
    ('收件人', '收信人', '敬呈', '致函', '呈', '致')
    >>> chinese_cues_for("fr") is None
    True
    """
    return CHINESE if language == LANGUAGE else None
