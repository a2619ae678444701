"""The pack's patterns: what they catch, what they leave; the built-in rules take them."""

from __future__ import annotations

import cleanpress_lang_ru_zh_ja
import pytest
from cleanpress_lang_ru_zh_ja.patterns import FAMILIES

from cleanpress import Cleaner
from cleanpress.markers import Markers
from cleanpress.testing import check_marker_pack

MARKERS = Markers([cleanpress_lang_ru_zh_ja.cleanpress_markers()])

CATCHES = [
    ("newsletter", "Подпишитесь на нашу рассылку"),
    ("newsletter", "订阅我们的新闻通讯"),
    ("newsletter", "メールマガジンの登録はこちら"),
    ("app", "Скачайте наше мобильное приложение"),
    ("app", "下载新闻客户端"),
    ("app", "公式アプリをダウンロード"),
    ("share", "Поделиться: ВКонтакте Telegram"),
    ("share", "Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости."),
    ("share", "分享到：微信 微博"),
    ("share", "この記事をシェアする"),
    ("related", "Читайте также: В центре перекроют движение"),
    ("related", "【相关阅读】"),
    ("related", "相关新闻"),
    ("related", "関連記事"),
    ("related", "あわせて読みたい：新しい駅が開業"),
    ("advertisement", "— Реклама —"),
    ("advertisement", "【广告】"),
    ("advertisement", "スポンサーリンク"),
    ("copyright", "© 2026 Городские новости. Все права защищены."),
    ("copyright", "Использование материалов разрешено только с указанием источника."),
    ("copyright", "版权所有 © 2026 东方日报网 未经授权禁止转载"),
    ("copyright", "記事・写真の無断転載を禁じます。"),
    ("cookie", "Этот сайт использует файлы cookie для улучшения работы."),
    ("cookie", "本网站使用cookie以改善您的体验"),
    ("cookie", "当サイトではクッキーを使用しています"),
    ("reading_time", "5 минут чтения"),
    ("reading_time", "阅读时间：约3分钟"),
    ("reading_time", "この記事は約4分で読めます"),
    ("subscription", "Только для подписчиков"),
    ("subscription", "立即订阅"),
    ("subscription", "この記事の続きは有料会員登録でお読みいただけます"),
    ("tags_label", "Теги: мосты, транспорт"),
    ("tags_label", "标签：地铁、交通"),
    ("tags_label", "キーワード：鉄道"),
    ("bio_heading", "Об авторе"),
    ("bio_heading", "作者简介"),
    ("bio_heading", "この記事を書いた人"),
    ("update_note", "Обновлено: 12:30"),
    ("update_note", "更正：本文中的日期已修改"),
    ("update_note", "追記（11月20日）"),
    ("caption_credit", "Мост через Казанку. Фото: Иван Смирнов"),
    ("caption_credit", "新车站内景（图片来源：东方日报）"),
    ("caption_credit", "開業した新駅（写真：共同）"),
    ("caption_credit", "Автор фото, Getty Images"),
    ("caption_credit", "图像来源，Getty Images"),
    ("caption_credit", "画像提供：共同"),
    ("caption_label", "Подпись к фото, Мост через Казанку вечером"),
    ("caption_label", "图像加注文字，新车站内景"),
    ("caption_label", "写真説明：開業した新駅"),
    ("production_credit", "(Репортаж Иван Смирнов; редактор Анна Петрова)"),
    ("production_credit", "责任编辑：陈静"),
    ("production_credit", "（編集：山田太郎）"),
    ("standards", "Наши стандарты: принципы доверия Thomson Reuters."),
    ("standards", "编辑准则"),
    ("standards", "編集方針"),
    ("amendment_note", "Эта статья была обновлена 3 мая."),
    ("amendment_note", "本文已于5月3日更新"),
    ("amendment_note", "この記事は5月3日に更新しました"),
    ("button", "Сохранить"),
    ("button", "收藏"),
    ("button", "保存"),
    ("station_promo", "Слушайте радио в прямом эфире"),
    ("station_promo", "收听电台直播"),
    ("station_promo", "ラジオ番組をアプリで聴く"),
    ("byline_label", "Автор: Иван Смирнов"),
    ("byline_label", "作者：王小明"),
    ("byline_label", "文：山田太郎"),
]

LEAVES = [
    ("newsletter", "Рассылка повесток началась в понедельник, сообщили в ведомстве."),
    ("share", "Поделились своими планами руководители трёх районов."),
    ("share", "分享经济在这座城市发展迅速。"),
    ("share", "シェアハウスの人気が高まっている。"),
    ("related", "По темпам роста город опережает соседние регионы."),
    ("related", "相关部门表示将加强管理。"),
    ("related", "関連する法律は来年施行される。"),
    ("advertisement", "Реклама на билбордах будет запрещена с января."),
    ("advertisement", "广告市场规模持续扩大。"),
    ("copyright", "Авторские права музыкантов обсудили в Думе."),
    ("cookie", "Печенье и cookie-файлы — разные вещи, пошутил министр."),
    ("reading_time", "Министр выступал 40 минут, рассказав о чтении в школах."),
    ("tags_label", "Темы реформы обсудят в парламенте на следующей неделе."),
    ("tags_label", "标签化管理成为新趋势。"),
    ("update_note", "Обновление парка автобусов завершится к весне."),
    ("update_note", "更新换代的列车将于明年投入使用。"),
    ("caption_credit", "Фотографии выставки можно увидеть в музее до конца месяца."),
    ("caption_credit", "写真展は来月まで開かれる。"),
    ("caption_label", "Подписи собирали жители три недели."),
    ("standards", "Наши стандарты высоки, заявил тренер."),
    ("amendment_note", "Эта статья закона была изменена в 1998 году."),
    ("button", "分享经济在这座城市发展迅速。"),
    ("station_promo", "Слушайте, сказал мэр, это важно для всех."),
    ("byline_label", "Автором проекта стал местный архитектор."),
]


@pytest.mark.parametrize(
    ("family", "text", "chrome"),
    [(*case, True) for case in CATCHES] + [(*case, False) for case in LEAVES],
)
def test_what_a_family_catches(family: str, text: str, chrome: bool) -> None:
    assert (MARKERS.search(family, text) is not None) is chrome


def test_a_well_formed_marker_pack() -> None:
    check_marker_pack(cleanpress_lang_ru_zh_ja, FAMILIES, cleanpress_lang_ru_zh_ja.LANGUAGES)


HEADLINES = {
    "ru": "В Казани открыли новый мост через реку",
    "zh": "上海地铁新线路今日开通运营",
    "ja": "市営地下鉄の新路線が開業",
}

PAGES = {
    "ru": (
        [
            "Новый мост длиной 800 метров соединил два района города и должен разгрузить "
            "центральные улицы, сообщили в мэрии в понедельник.",
            "Строительство моста началось три года назад и обошлось бюджету в 12 миллиардов "
            "рублей; по словам мэра, движение откроют уже на этой неделе.",
            "Специалисты ожидают, что время в пути между районами сократится почти вдвое, а "
            "для пешеходов предусмотрены широкие тротуары.",
        ],
        ["5 минут чтения", "Читайте также", "Подписывайтесь на наш канал в Telegram",
         "Реклама", "© 2026 Городские новости. Все права защищены."],
    ),
    "zh": (
        [
            "记者从地铁集团获悉，地铁新线路将于今日上午九点正式开通运营，全长约三十公里，"
            "共设二十座车站，连接城市东部和西部多个居民区。",
            "据介绍，新线路采用全自动驾驶技术，最高运行速度每小时八十公里。开通初期，列车"
            "高峰时段发车间隔为三分钟。",
            "市民张女士表示，以前上班需要换乘两次，现在可以直达，通勤时间节省了近半个小时。",
        ],
        ["阅读时间：约3分钟", "相关阅读", "分享到：微信 微博", "广告",
         "版权所有 © 2026 东方日报网 未经授权禁止转载"],
    ),
    "ja": (
        [
            "市営地下鉄の新しい路線が二十日、開業した。全長は約十二キロで、十の駅が市の東部と"
            "西部を結ぶ。",
            "市によると、朝の混雑時には三分ごとに列車が走り、中心部までの所要時間はこれまでの"
            "半分ほどになる。",
            "開業初日の駅には多くの利用者が訪れ、記念の切符を買い求める人の列ができた。",
        ],
        ["この記事は約3分で読めます", "関連記事", "この記事をシェアする", "スポンサーリンク",
         "記事・写真の無断転載を禁じます。"],
    ),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_the_builtin_rules_take_the_chrome_and_keep_the_article(language: str) -> None:
    article, chrome = PAGES[language]
    reading, related, share, advert, rights = chrome
    headline = HEADLINES[language]
    lines = [reading, headline, article[0], advert, article[1], share, related, article[2],
             rights]
    cleaner = Cleaner(plugins=[cleanpress_lang_ru_zh_ja], entry_points=False)
    result = cleaner.clean("\n\n".join(lines), kind="text")
    assert result.text == "\n\n".join(article)
    assert result.metadata.title == headline
    assert {r.text for r in result.removed} == {*chrome, headline}
    without = Cleaner(entry_points=False).clean("\n\n".join(lines), kind="text")
    assert len(without.removed) < len(chrome)  # the pack made the difference


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("Теги: мосты, транспорт, Казань", ["мосты", "транспорт", "Казань"]),
        ("标签：地铁、交通、城市", ["地铁", "交通", "城市"]),
        ("キーワード：鉄道、地下鉄", ["鉄道", "地下鉄"]),
    ],
)
def test_the_builtin_tag_rule_reads_the_pack_labels(line: str, tags: list[str]) -> None:
    article = PAGES["ru"][0]
    cleaner = Cleaner(plugins=[cleanpress_lang_ru_zh_ja], entry_points=False)
    result = cleaner.clean("\n\n".join([HEADLINES["ru"], *article, line]), kind="text")
    # (The headline goes once the tag line shows the text is a scraped page.)
    assert [(r.rule, r.text) for r in result.removed] == [
        ("page-header", HEADLINES["ru"]), ("tag-list", line),
    ]
    assert result.metadata.tags == tags


def test_the_builtin_closing_rules_read_the_pack() -> None:
    """Credits and buttons in Russian and Chinese go; sentences with their words stay."""
    cleaner = Cleaner(plugins=[cleanpress_lang_ru_zh_ja], entry_points=False)
    article = PAGES["ru"][0]
    chrome = ["Сохранить", "(Репортаж Иван Смирнов; редактор Анна Петрова)", "责任编辑：陈静"]
    traps = ["Сохранить мост удалось благодаря жителям, которые собрали подписи.",
             "Редакторы газеты встретились с мэром и обсудили строительство."]
    lines = [article[0], chrome[0], traps[0], article[1], traps[1], article[2], *chrome[1:]]
    result = cleaner.clean("\n\n".join(lines), kind="text")
    assert sorted(r.text for r in result.removed) == sorted(chrome)
    assert all(trap in result.text for trap in traps)
