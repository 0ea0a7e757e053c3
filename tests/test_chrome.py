"""Chrome stripping: table-driven lines from varied sites, figures, metadata, corrections, HTML
contract, repeated lines, and properties (nothing lost, idempotent, never raises)."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefings.chrome import (
    AUTHOR_BIO,
    BODY_KINDS,
    CAPTION_LABEL,
    CREDIT_TAIL,
    FIGURE_KINDS,
    HEADING_MARK,
    ClassifiedLine,
    Corrections,
    LineKind,
    _content_words,
    _not_a_headline,
    contents_key,
    find_copies,
    find_phrase,
    find_repeated_lines,
    key_seed,
    line_key,
    load_rules,
    match_credit,
    match_phrase,
    match_translator,
    profile_document,
    split_credit_tail,
    strip_chrome,
)
from briefings.ingest import SourceText, read_source
from briefings.sections import Figure, split_sections

P1 = (
    "The regional parliament approved the budget on Wednesday after a debate that lasted "
    "more than nine hours, with the opposition voting against every article of the bill."
)
P2 = (
    "Officials said the money would go mostly to schools and hospitals, and that the first "
    "payments could reach the districts before the end of the summer."
)
P3 = (
    "Critics argued that the plan relied on optimistic forecasts of tax revenue, and they "
    "warned that cuts might follow if the economy slowed down next year."
)


def source(lines: list[str] | tuple[str, ...], name: str = "t.txt") -> SourceText:
    return SourceText(name=name, lines=tuple(lines), encoding="utf-8")


def in_body(line: str) -> ClassifiedLine:
    """Classify ``line`` placed between article paragraphs; return its ClassifiedLine."""
    lines = ["Menu", "Home", "", P1, "", line, "", P2, "", P3]
    stripped = strip_chrome(source(lines))
    return stripped.lines[5]


# Lines that are page chrome wherever they stand (phrase lists, patterns), from varied sites.
CHROME_LINES = [
    "Skip to main content",
    "Skip to content",
    "Advertisement",
    "Sponsor Message",
    # an ad slot's placeholder text (Bernama)
    "Ad Banner",
    # an image's placeholder named by its shape (RFE/RL), and a warning to readers in Russia
    "16x9 Image",
    "If you are in Russia and hold a Russian passport, please note that you could face fines"
    " or imprisonment for sharing, liking, commenting on, or saving our content.",
    # a press release's or a wire story's end mark, and a release's contacts
    "- ENDS -",
    "Enditem",
    "-30-",
    "Media contact: Jane Doe, jane@example.com",
    "Investor Relations:",
    "For more information, contact: Jane Doe, +1 555 0100",
    "Note from the author:",
    "Article Comments",
    "Thanks for reading Slow Boring! Subscribe for free to receive new posts and support my work.",
    "Go deeper: The border plans face legal hurdles",
    "More:Milwaukee County Transit System to restore Route 35 service in January",
    "Also interesting: Merz wants to cut electricity tax immediately",
    "NEWYou can now listen to Fox News articles!",
    "Why you can trust Sky News",
    # a syndicated copy's fold (Yahoo News)
    "Story continues",
    # a browser's Reader view's reading time (Firefox)
    "6–8 minutes",
    # an e-mail newsletter's controls and a sponsor's pitch in it
    "View in browser",
    "Was this newsletter forwarded to you? Sign up here.",
    "You are receiving this email because you subscribed to The Morning Brief.",
    "Forward this email to a friend",
    "Acme Bank: Open a high-yield savings account today and earn 4.5% APY. Learn more",
    "Please use Chrome browser for a more accessible video player",
    "Join our commenting forum",
    "Your support helps us to tell the story",
    "Join ST's Telegram channel and get the latest breaking news delivered to you.",
    "Follow Sky News on WhatsApp",
    "BIDEN ADMIN APPROVES UKRAINE'S USE OF LONG-RANGE MISSILES INSIDE RUSSIA",
    "CLICK HERE TO GET THE FOX NEWS APP",
    "RelatedValencia floods: What we know so far",
    "Profile Image of Theresa Clift",
    "Article continues after this advertisement",
    "Paid Post",
    "View this post on Instagram",
    "A post shared by BBC News (@bbcnews)",
    "This article is more than 3 years old",
    "Sorry, this video isn't available any more.",
    "Open image in gallery",
    "Click to expand",
    "Cancel reply",
    "Donate now",
    "Please consider supporting our work",
    "Like this:",
    "Like Loading...",
    "Hey, Martin here. Thanks for reading. If you value our journalism, please consider becoming"
    " a member.",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Live broadcast",
    "Share this article",
    "Share on Facebook",
    "Tweet",
    "Sign up for our newsletter",
    # a post's footer of short parts between dashes
    "Jane Doe — 2019-03-01— in Travel — Permalink — License— flattr this",
    "No spam, ever. We'll never share your email address and you can opt out at any time.",
    "Get the weekly digest. Unsubscribe anytime.",
    "Subscribe now",
    "Read more",
    "Read more: Why the bridge closed",
    "Related Stories",
    "You may also like",
    "Comments (12)",
    "941 comments",
    "1 of 10 articles read",
    "© 2017 The New York Times Company",
    "Copyright 2024 Example Media. All rights reserved.",
    "We use cookies to improve your experience on our site.",
    "https://nyti.ms/2iqtp74",
    "Home | News | Sport | Weather | Business",
    "Follow us on Twitter",
    "Listen to this article",
    "Log in",
    "Privacy Policy",
    "Terms of Service",
    "Прямой эфир",
    "Поделиться",
    "Читайте также",
    "Читайте также: Кремль ответил на заявление",
    "Подписывайтесь на наш канал в Telegram",
    "Озвучить текст",
    "Выделить главное",
    "Все права защищены",
    "Anzeige",
    "Weiterlesen",
    "Publicité",
    "Lire aussi",
    "Publicidad",
    "Leia mais",
    "Čtěte také",
    "Current Time 0:00",
    "This is a modal window. This modal can be closed by pressing the Escape key.",
    "1/50 United goin down",
    "11Comments. Click to view comments",
    "Your email address will not be published. Required fields are marked *",
    "Web page addresses and e-mail addresses turn into links automatically.",
    "před 2 hodinami",
    "Updated 5 minutes ago",
    "3 часа назад",
    "Facebook Twitter",
    "Sdílet článek",
    "Diminuir fonte",
    "Relacionadas",
    "Os comentários não representam a opinião do jornal",
    # paywall and newsletter prompts, consent buttons, app-store prompts
    "Already a subscriber?",
    "Cet article est réservé aux abonnés.",
    "Il vous reste 78.2% de cet article à lire. La suite est réservée aux abonnés.",
    "Sei già abbonato?",
    "Уже подписаны?",
    "Thanks! Please check your inbox to confirm your subscription.",
    "By signing up, you agree to our Privacy Policy and Terms of Use.",
    "The news, but shorter, delivered straight to your inbox.",
    "Accept all cookies",
    "Alle akzeptieren",
    "Tout accepter",
    "Do Not Sell or Share My Personal Information",
    "Nous utilisons des cookies pour améliorer votre expérience.",
    "Download the app",
    "Get it on Google Play",
    "Скачайте приложение",
    # a comment section's policy under the article (Postmedia's papers)
    "Comments may take up to an hour for moderation before appearing on the site.",
    "We ask you to keep your comments relevant and respectful.",
    # live-blog labels, reading time, audio players, time stamps
    "Key events",
    "Show key events only",
    "Pinned post",
    # a gallery's arrows and counter (CNN's pages of the 2000s)
    "Click to view previous image",
    "Click to view next image",
    "1 of 2",
    "Key posts",  # (Nine's papers)
    "Pinned post from",
    "Latest posts",
    # a widget that failed to load (Nine's papers)
    "We’re sorry, this feature is currently unavailable. We’re working to restore it. Please"
    " try again later.",
    "5 min read",
    "Reading time: 4 minutes",
    "Lesezeit: 3 Min.",
    "Время чтения: 5 минут",
    "3 мин чтения",
    "Listen to this article · 5 min",
    "Listen · 5:32 min",
    "Listen to this story. Enjoy more audio and podcasts on iOS or Android.",
    "12:03 GMT",
    "James Akinaka • 8h",
    "Сегодня в 14:30",
    "3 ore fa",
    "2 години тому",
    # share/follow, related lists, previous/next links, players
    "Suivez-nous sur Twitter",
    "Folgen Sie uns auf Facebook",
    "Подписывайтесь на нас в Telegram",
    "Share via",
    "Copy link to clipboard",
    "@stevenmusil",
    "Most Read Business Stories",
    "Other news",
    "Las más leídas",
    "Más sobre Conflicto mapuche",
    "Next Up In Culture",
    "Previous article These Weeks in Firefox: Issue 84 December 8, 2020",
    "Up Next Governments suck at social media, but you deserve some blame",
    "Your video will play in 00:25",
    "Unfortunately, this video is not available in your region.",
    "Read in English",
    "Gift this article",
    "Reprints & Permissions",
    # footers, sponsors, comment widgets, error-report hints
    "Privacy PolicyTerms of UseAdChoicesAdvertising Inquiries",
    "About Us Advertise With Us Terms of Use Privacy Policy Site Map",
    "US & Canada is sponsored by",
    "Seascape: the state of our oceans is supported by",
    "Comments are closed.",
    "Enviá tu comentario",
    "Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter",
    "Facebook Tweet Email Link",
    "Copy Link copied",
    "Read 123 comments",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Please turn on JavaScript to use this feature.",
    "Skip past newsletter promotion",
    "Explore more on these topics",
    "Рубрика: Политика",
    "Sigue leyendo",
    "Continua a leggere",
    "Нашли опечатку?",
    "Scan the QR code to follow us on WeChat",
    "Page top",
    # a toggle's two labels run together in copied text
    "RecommendRecommended",
    "BookmarkBookmarked Share More",
    # inline controls: an image viewer's and a code block's buttons, a wiki's link to a page
    "View photo",
    "View this image ›",
    "Copy",
    "Main article: History of New Zealand",
    "Main articles: Music of New Zealand, Cinema of New Zealand, and Media of New Zealand",
    # a shop button, a subscriber-only label, a contents or tags heading
    "Buy Now",
    "Édition abonnés",
    "In this article:",
    # a wiki page's permanent link under the copied text
    'Retrieved from "https://en.wikipedia.org/w/index.php?title=Mozilla&oldid=746574460"',
    "Read the full transcript of his interview",
    "Watch the full interview",
    # a link to another story, however long its title
    "Lire aussi : Les critiques de la CNIL contre le projet de loi sur le renseignement",
    "READ MORE: Why the talks in Riyadh failed and what the Kremlin wants from the next round",
    "Lire aussi | Article réservé à nos abonnés Défense européenne : les Vingt-Sept divisés",
    "Читайте также: Переговоры России и США продолжатся в двустороннем формате, заявил он",
    "Audio herunterladen",
    "Más información",
    # a reporter's title and location under the byline
    "Chief international correspondent",
    "Senior political reporter",
    "Reporting from Jerusalem",
]


@pytest.mark.parametrize("line", CHROME_LINES)
def test_chrome_lines_are_removed_with_a_reason(line: str) -> None:
    got = in_body(line)
    assert got.kind is LineKind.CHROME
    assert got.reason


# Lines that belong to the article (body, heading, quote) even when short.
BODY_LINES = [
    ("Mr Obama said race relations had improved during his presidency.", LineKind.PARAGRAPH),
    # (no release's contacts: the label runs on into a sentence)
    ("Press relations between the two capitals have soured since the vote.", LineKind.PARAGRAPH),
    ("Contacts between the two sides resumed on Monday, officials said.", LineKind.PARAGRAPH),
    # a sentence naming one footer link twice is no run of legal links
    (
        "If you have questions about this Agreement, you should contact us at legal@example.com."
        " Alternatively, you may contact us at:",
        LineKind.PARAGRAPH,
    ),
    # dashes in prose, four of them too, are no menu of links
    (
        "He left — quietly — and the town — for once — was calm about it all, the mayor said.",
        LineKind.PARAGRAPH,
    ),
    ("— We will not stop now, the minister said.", LineKind.QUOTE),
    ('"It is a good day for the city," she said.', LineKind.QUOTE),
    ("What happens next", LineKind.HEADING),
    # headings ending in a reporter's word, without a desk's words before it
    ("Letters to the editor", LineKind.HEADING),
    ("Web Audio Editor", LineKind.HEADING),
    ("Why did the talks fail?", LineKind.HEADING),
    # a short quoted phrase, alone or with words after it, is a heading; a quoted sentence, or
    # a quoted title with its source after a dash, is a quote
    ("‘We need to listen’", LineKind.HEADING),
    ("‘Unprecedented’ strandings", LineKind.HEADING),
    ("“We’re still here”", LineKind.HEADING),
    ("“It is over,” she said", LineKind.QUOTE),
    ('"I have no doubt that as time goes on, there will be more and more cases"', LineKind.QUOTE),
    ('"Oh, prefer oh yes. I never use it myself"', LineKind.QUOTE),
    ('"Document found on street not secret" — The Canadian Press, 2008', LineKind.QUOTE),
    # (longer than quoted_heading_max_words: a quote, though no clause ends inside it)
    ('"We will keep fighting for the rights of the people of this city"', LineKind.QUOTE),
    # short lines that are no heading: code, a copied encyclopedia's reference, a sentence
    # broken off at a dash, a list, two sentences; and short lines that are one all the same
    ('fetch("/data.json").then(function(res) {', LineKind.PARAGRAPH),
    ("$ hg push ../public", LineKind.PARAGRAPH),
    ("Content-Type: application/json; charset=UTF-8", LineKind.PARAGRAPH),
    ("What does `fetch(url, {mode: 'cors'})` return?", LineKind.HEADING),  # a question
    ('^ Bailey, Keith. "Retroactive"', LineKind.PARAGRAPH),
    ("Don’t worry, the real problem is: most devs just suck —", LineKind.PARAGRAPH),
    ("Response has a type, which is basic, cors, default, error or", LineKind.PARAGRAPH),
    ("Ye Gods. She is not doing his taxes for him, so her point is invalid?", LineKind.PARAGRAPH),
    ("Hori Parata at his farm, the place where he was born and grew up", LineKind.PARAGRAPH),
    ("whale strandings", LineKind.PARAGRAPH),  # a link's words, in lower case
    ("npm install inspector-api --save", LineKind.PARAGRAPH),
    ("iPhone sales in China", LineKind.HEADING),  # (a brand in lower case opens it)
    ("Great! How does it work?", LineKind.HEADING),
    ("See How Much Money, Time and Space You Spent on the Stuff You Threw Out", LineKind.HEADING),
    ("A light at the end of the tunnel, or are student newsrooms still stuck?", LineKind.HEADING),
    ("Video games, movies, and more", LineKind.HEADING),
    ("Depth of Content = Quality + Frequency", LineKind.HEADING),
    ("Jim & Andy (documentaire, 1h33, Netflix)", LineKind.HEADING),
    # (commas in brackets make no list: three of them here)
    ("Jim & Andy (documentaire, France, 1h33, Netflix)", LineKind.HEADING),
    ("Raspberry Pi 3 - A credit card sized PC for schools", LineKind.HEADING),
    # an editor's insert in brackets is text, no heading
    ("[Read: Why Tunisia, a sole success story, suffers from violence]", LineKind.PARAGRAPH),
    ("(for more details you can read my previous article here)", LineKind.PARAGRAPH),
    ("Share prices fell sharply on Monday after the report was published.", LineKind.PARAGRAPH),
    ("Live music returned to the square for the first time in two years.", LineKind.PARAGRAPH),
    # sentences that start with or contain the words of a chrome phrase
    ("The project is supported by a grant from the regional government.", LineKind.PARAGRAPH),
    ("Officials said they would learn more about the plan in coming weeks.", LineKind.PARAGRAPH),
    ("He read the email that he had forwarded to his lawyer on Monday.", LineKind.PARAGRAPH),
    ("The event is sponsored by a local bank and runs until Sunday.", LineKind.PARAGRAPH),
    ("Facebook changed its privacy policy last week after complaints.", LineKind.PARAGRAPH),
    ("The site uses cookies to track visitors, the regulator found.", LineKind.PARAGRAPH),
    ("Les commentaires sont nombreux sur les réseaux sociaux depuis lundi.", LineKind.PARAGRAPH),
    ("Netflix raised prices for subscribers in the United States on Thursday.", LineKind.PARAGRAPH),
    ("The channel will be available to subscribers only from May.", LineKind.PARAGRAPH),
    ("Read more about ad blocking here.", LineKind.PARAGRAPH),
    ("Read the full text of the agreement before you sign, lawyers told them.", LineKind.PARAGRAPH),
    ("Lire : c'est ce que le ministre a conseillé aux élèves en vacances.", LineKind.PARAGRAPH),
    ("Other news outlets reported the same figures.", LineKind.PARAGRAPH),
    ("Most read newspapers lost readers in 2023.", LineKind.PARAGRAPH),
    ("Next up is the budget vote in parliament.", LineKind.PARAGRAPH),
    ("Next article in the series will explain the reform.", LineKind.PARAGRAPH),
    ("Listen to the people, she told the council on Monday.", LineKind.PARAGRAPH),
    ("On 12 May 2025 the government resigned after the vote.", LineKind.PARAGRAPH),
    ("Reading time fell among teenagers, by 20 percent since 2010.", LineKind.PARAGRAPH),
    ("Line by line, copy the text into the form and press send.", LineKind.PARAGRAPH),
    ("Our standards of living have fallen, the report concluded.", LineKind.PARAGRAPH),
    ("Main article of the day was about the budget, editors said.", LineKind.PARAGRAPH),
    ("Copy the file to a safe place before you start.", LineKind.PARAGRAPH),
    ("View photos of the flood on our site, the police asked.", LineKind.PARAGRAPH),
    ("Retrieved from the river, the car was towed away on Monday.", LineKind.PARAGRAPH),
    ("Our foreign staff were evacuated on Friday, the paper said.", LineKind.PARAGRAPH),
    ("Buy now, pay later schemes are growing fast, regulators said.", LineKind.PARAGRAPH),
    ("In this article we explain how the new tax rules will work.", LineKind.PARAGRAPH),
    ("More stories like this one reached the newsroom every week.", LineKind.PARAGRAPH),
]


@pytest.mark.parametrize(("line", "kind"), BODY_LINES)
def test_article_lines_are_kept(line: str, kind: LineKind) -> None:
    got = in_body(line)
    assert got.kind is kind, got.reason


@pytest.mark.parametrize(
    "line",
    [
        "Markets | Economy | Politics",
        "Older posts → Newer posts",
        # a photo's caption ending in its credit, in brackets or after a dash
        "Raspberry Pi 3 - A credit card sized PC - Image: Raspberry Pi Foundation",
        "Raspberry Pi 3, a credit card sized PC (Photo: Raspberry Pi Foundation)",
        # a photo's caption without its credit, told by its words (the Daily Mail)
        "John Tinniswood, pictured on his 112th birthday in August, was born in 1912",
        "Prince William (left) and Prince Harry at the unveiling",
        # a table's row, its cells copied with tabs between them
        "Journey to the Center of Time\t1967\tRemake of The Time Travelers",
        "Website\tmozilla.org",
    ],
)
def test_a_row_of_links_or_a_caption_is_no_heading(line: str) -> None:
    got = in_body(line)
    assert got.kind is not LineKind.HEADING, got.reason


@pytest.mark.parametrize(
    ("nxt", "kind"),
    [
        ("The rules take effect in May and change how phone makers ship chargers.", "heading"),
        # opening in lower case, the next line goes on with the same sentence, wrapped
        ("the rules take effect in May and change how phone makers ship chargers.", "paragraph"),
        # (a lower-case brand opens a sentence all the same)
        ("iPhone makers and others will have to ship their chargers apart from May.", "heading"),
    ],
)
def test_a_short_line_is_a_heading_unless_the_next_line_continues_it(nxt: str, kind: str) -> None:
    lines = [P1, "", "What the new rules change", nxt, "", P2, "", P3]
    got = strip_chrome(source(lines)).lines[2]
    assert got.kind is LineKind(kind), got.reason


@pytest.mark.parametrize(
    ("under", "kinds"),
    [
        # an inline control under a heading is looked past: a wiki's main-article link
        (["Main article: History of the city"], ["heading", "chrome"]),
        # ... and so is it for the line under it: a photo's caption under the heading and the
        # control makes a list of two short lines with the heading, neither is a heading
        (
            ["Main article: History of the city", "The old harbour in 1900"],
            ["paragraph", "chrome", "paragraph"],
        ),
    ],
)
def test_a_heading_is_judged_past_an_inline_control_under_it(
    under: list[str], kinds: list[str]
) -> None:
    lines = [P1, "", "History", *under, "", P2, "", P3]
    got = strip_chrome(source(lines)).lines[2 : 3 + len(under)]
    assert [line.kind for line in got] == [LineKind(k) for k in kinds], [g.reason for g in got]


@pytest.mark.parametrize(
    "line",
    [
        "History[edit]",
        "pdf.js[edit]",
        "See also[edit]",  # (whatever the phrase lists say of its words)
        "Geschichte[Bearbeiten | Quelltext bearbeiten]",
        "Histoire[modifier | modifier le code]",
        "История[править | править код]",
        # a heading's permalink anchor, copied with it
        "Conclusion¶",
        "Current status #",
    ],
)
def test_a_line_with_an_edit_or_permalink_mark_is_a_heading(line: str) -> None:
    # (over a short line, before a short paragraph: the short-line rule alone would not take it)
    lines = [P1, "", line, "Firefox logo", "", "Firefox is a browser.", "", P2, "", P3]
    got = strip_chrome(source(lines)).lines
    assert got[2].kind is LineKind.HEADING, got[2].reason
    # the short line right under a heading is its photo's caption, no heading of its own
    assert got[3].kind is not LineKind.HEADING, got[3].reason


def test_a_heading_under_a_caption_with_its_credit_is_a_heading() -> None:
    # (the caption is no heading over it: a line ending in a photo credit is a figure note)
    caption = (
        "Workers learning how to fix water mains in Queens.CreditHiroko Masuike/The New York Times"
    )
    lines = [P1, "", caption, "So, where do people learn how to fix them?", "", P2, "", P3]
    got = strip_chrome(source(lines)).lines
    assert got[2].kind is LineKind.FIGURE_CAPTION, got[2].reason
    assert got[3].kind is LineKind.HEADING, got[3].reason


@pytest.mark.parametrize(
    "line",
    [
        "[edit]",  # (no heading's words before it)
        "He wrote it. Then he changed it.[edit]",  # (sentences)
        "Home | News | Sport [edit]",  # (a row of links)
        "He wrote it. Then he changed it. #",
        "Tags: #news #sport #",
    ],
)
def test_a_mark_alone_makes_no_heading(line: str) -> None:
    lines = [P1, "", line, "", P2, "", P3]
    got = strip_chrome(source(lines)).lines
    assert got[2].reason != HEADING_MARK, got[2].reason


P4 = (
    "The museum reopened in the spring after two years of work on its roof, and the number of "
    "visitors soon passed the figures of the years before the closure, its director said."
)


def wiki_page(label: str, entries: list[str]) -> list[str]:
    """A copied encyclopedia page: a lead, a table of contents under ``label``, then sections
    (a heading right over a main-article link, a photo's caption between two paragraphs)."""
    return [
        P3, "", label, *entries, "History", "Main article: History of the island", P1, "",
        "A service at the war memorial", "", P2, "", "Economy", "", P3, "", "Trade", "", P4, "",
        "Culture", "", P1,
    ]  # fmt: skip


TOC = ["1 History", "2 Economy", "2.1 Trade", "3 Culture"]


@pytest.mark.parametrize(
    ("label", "entries", "caption"),
    [
        # the page's own table of contents names its sections: the caption is named by none
        ("Contents", TOC, "paragraph"),
        ("Table of Contents", ["1. History....2", "2. Economy...3", "2.1 Trade", "3. Culture"],
         "paragraph"),
        # without one (no label over the list), the caption reads as a heading
        ("Menu", TOC, "heading"),
    ],
)  # fmt: skip
def test_a_table_of_contents_names_the_headings(
    label: str, entries: list[str], caption: str
) -> None:
    got = strip_chrome(source(wiki_page(label, entries))).lines
    at = {
        line.text: line for line in got if line.text in ("History", "Economy", "Trade", "Culture")
    }
    if label != "Menu":
        assert {t: ln.kind for t, ln in at.items()} == dict.fromkeys(at, LineKind.HEADING)
        assert len(at) == 4
    assert got[len(entries) + 7].kind is LineKind(caption), got[len(entries) + 7].reason


@pytest.mark.parametrize(
    ("entries", "caption"),
    [
        # two of its entries recur (contents_min_found is 3): no table of contents of this page
        (["1 History", "2 Economy", "3 Religion", "4 Sport"], "heading"),
        # three of eight recur (contents_share is a half): its headings, but it may list only
        # some of the page's sections, so the caption is left to the short-line rule
        (["1 History", "2 Economy", "3 Culture", "4 Religion", "5 Sport", "6 Media", "7 Art",
          "8 Food"], "heading"),
    ],
)  # fmt: skip
def test_a_table_of_contents_counts_when_the_page_repeats_its_entries(
    entries: list[str], caption: str
) -> None:
    got = strip_chrome(source(wiki_page("Contents", entries))).lines
    assert got[len(entries) + 7].kind is LineKind(caption), got[len(entries) + 7].reason


def test_an_entry_names_its_first_line_only() -> None:
    # a box of links to the same topics under the article is no run of headings
    lines = [*wiki_page("Contents", TOC), "", "Economy", "Culture", P2, "", P3]
    got = strip_chrome(source(lines)).lines[-6:-2]
    assert [line.kind for line in got] == [
        LineKind.BLANK,
        LineKind.PARAGRAPH,
        LineKind.PARAGRAPH,
        LineKind.PARAGRAPH,
    ], [g.reason for g in got]


def test_a_menu_link_before_the_article_is_no_heading_of_the_contents() -> None:
    # a menu of the same topics between the table and the article: removed, and the article's
    # own heading further down is the one the entry names
    menu = ["", "Home", "History", "Economy", "Culture", "Sign in", ""]
    lines = ["Contents", *TOC, *menu, *wiki_page("Contents", TOC)[7:]]
    got = strip_chrome(source(lines)).lines
    assert [line.kind for line in got[7:10]] == [LineKind.CHROME] * 3, [g.reason for g in got[7:10]]
    assert got[12].text == "History"
    assert got[12].kind is LineKind.HEADING, got[12].reason


@pytest.mark.parametrize(
    ("entry", "key"),
    [
        ("1.2 Early years", "early years"),
        ("2. Terminology.......3", "terminology"),
        ("IV. The end of the war", "the end of the war"),
        ("Early years[edit]", "early years"),
        ("Conclusion¶", "conclusion"),
        ("2024 in review", "2024 in review"),  # (a year opens a title: no section number)
    ],
)
def test_a_contents_entry_and_its_heading_share_a_key(entry: str, key: str) -> None:
    assert contents_key(entry) == key


NEXT = "The rules take effect in May and change how phone makers ship chargers to buyers."


@pytest.mark.parametrize(
    ("above", "kind"),
    [
        # a run of short unpunctuated lines is a list: its last item is no heading ...
        (["Chargers", "Cables"], "paragraph"),
        # ... but code is no list item, nor is a line of a sentence's length (a list of
        # changes written without periods, heading_list_max_words)
        (["fetch(url).then(function(res) {", "});"], "heading"),
        (["Neil has patches up to improve the behaviour of the tab unloader in the browser"],
         "heading"),
        # a question over it is no list item either (a list of questions is: see below)
        (["What about existing solutions?"], "heading"),
    ],
)  # fmt: skip
def test_what_stands_above_a_short_line_decides_whether_it_is_a_heading(
    above: list[str], kind: str
) -> None:
    lines = [P1, "", *above, "What the new rules change", NEXT, "", P2]
    got = strip_chrome(source(lines)).lines[2 + len(above)]
    assert got.kind is LineKind(kind), got.reason


@pytest.mark.parametrize(
    "questions",
    [
        ["Is this a planned purchase?", "Where am I going to put it?"],
        ["Is this a planned purchase?", "Where am I going to put it?", "Why do I want it?"],
    ],
)
def test_a_list_of_questions_one_a_line_holds_no_heading(questions: list[str]) -> None:
    lines = [P1, "", *questions, "", P2, "", P3]
    got = strip_chrome(source(lines)).lines[2 : 2 + len(questions)]
    assert [line.kind for line in got] == [LineKind.PARAGRAPH] * len(questions), [
        line.reason for line in got
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a part's title over its first chapter's title is a heading too (a blank line
        # between: without one, a short line right above makes a list, see above)
        ("Part Two: The New Rules", "heading"),
        ("Project updates", "heading"),
        # not a count, nor a sentence left unpunctuated (heading_over_max_chars)
        ("7.7 MB 52", "paragraph"),
        ("To follow along with the article and try the queries yourself open the notebook",
         "paragraph"),
    ],
)  # fmt: skip
def test_a_short_line_over_a_heading_is_a_heading(line: str, kind: str) -> None:
    lines = [P1, "", line, "", "What the new rules change", NEXT, "", P2]
    got = strip_chrome(source(lines)).lines
    assert got[4].kind is LineKind.HEADING, got[4].reason
    assert got[2].kind is LineKind(kind), got[2].reason


@pytest.mark.parametrize(
    ("above", "kind"),
    [
        (P1, "heading"),
        # the last of a run of short lines a blank line apart (a gallery's captions) is no
        # part's title over the heading below it
        ("Rural scene near the lake", "paragraph"),
        # (a line ending in a colon introduces what follows: no item of a list)
        ("The states of a task:", "heading"),
    ],
)
def test_a_short_line_over_a_heading_is_no_heading_after_a_list_item(above: str, kind: str) -> None:
    lines = [P1, "", above, "", "Achieving guarantees", "", "What the new rules change", NEXT]
    got = strip_chrome(source([*lines, "", P2])).lines
    assert got[6].kind is LineKind.HEADING, got[6].reason
    assert got[4].kind is LineKind(kind), got[4].reason


# Sentences in the article's own language that start with or contain a chrome phrase's words:
# no phrase list or pattern may claim them (the line model still judges them in context).
@pytest.mark.parametrize(
    "line",
    [
        "Сюжет фильма прост, но актёры играют блестяще.",
        "Рубрика появилась в журнале в 2010 году.",
        "Themen wie Klima und Energie bestimmen die Wahl.",
        "Les commentaires sont nombreux sur les réseaux sociaux depuis lundi.",
        "Plus de 200 personnes ont été évacuées dimanche.",
        "Más sobre el tema se sabrá mañana, dijo el ministro.",
        "Other news outlets reported the same figures.",
        "Share to be listed in London next year, the company said.",
        "Follow our advice and stay indoors, the mayor said.",
        "Melden Sie sich bei der Polizei, sagte der Sprecher.",
        "The event is sponsored by a local bank.",
        "Google changed its privacy policy and terms of use last week.",
        "Users can opt out at any time, and spam filters catch most of the rest.",
    ],
)
def test_sentences_are_no_chrome_phrase(line: str) -> None:
    assert match_phrase(line) is None


@pytest.mark.parametrize(
    ("line", "key", "value"),
    [
        ("Переведено сервисом «Яндекс Переводчик»", "translated_by", "Yandex Translator"),
        ("Translated by Google Translate", "translated_by", "Google Translate"),
        ("Machine translated by DeepL", "translated_by", "DeepL"),
        ("This article was translated with DeepL", "translated_by", "DeepL"),
        ("By Jane Smith", "byline", "Jane Smith"),
        ("By Jane Smith and John de Vries", "byline", "Jane Smith and John de Vries"),
        ("Автор: Иван Петров", "byline", "Иван Петров"),
        # (every opener of data/words.yml byline_openers)
        ("Posted by Alon Zakai", "byline", "Alon Zakai"),
        ("Door Jan de Vries", "byline", "Jan de Vries"),
        ("di Mario Rossi", "byline", "Mario Rossi"),
        ("Von Max Muster", "byline", "Max Muster"),
        ("Additional reporting by Jane Smith", "byline", "Jane Smith"),
        (
            "Mit Informationen von Nina Barth, ARD-Studio Kiew",
            "byline",
            "Nina Barth, ARD-Studio Kiew",
        ),
        ("Stand: 04.03.2025 15:45 Uhr", "date", "04.03.2025 15:45 Uhr"),
        # a dateline's place before the date stamp (not a weekday)
        ("Madrid - 06 mar 2025 - 13:45 CET", "date", "06 mar 2025 - 13:45 CET"),
        ("Burak Dag |22.04.2024 - Update : 22.04.2024", "date", "22.04.2024"),
        # a byline run together with the author's handle and the update's stamp (Vox)
        (
            "By Alissa Wilkinson@alissamarie Updated Jul 24, 2018, 2:15pm EDT",
            "byline",
            "Alissa Wilkinson",
        ),
        ("By Jane Doe Updated May 12, 2025 5:34 PM", "byline", "Jane Doe"),
        # a morning's or an afternoon's briefing (Japan's Kantei)
        ("April 15, 2016 (AM)", "date", "April 15, 2016"),
        # the hour after the day (the BBC's pages of 1998), the print edition's page (the Taipei
        # Times), the author in capitals after the hour
        (
            "Wednesday, April 1, 1998 Published at 17:21 GMT 18:21 UK",
            "date",
            "Wednesday, April 1, 1998",
        ),
        ("Wed, Jul 02, 2003 - Page 3", "date", "Wed, Jul 02, 2003"),
        ("27.11.2021 / 10:28 ANNA SMITH", "date", "27.11.2021 / 10:28"),
        ("Thursday, September 5, 2013 (PM)", "date", "Thursday, September 5, 2013"),
        # where the reporter files from, and the paper in brackets (China Daily)
        ("By CHEN WEIHUA in Washington(China Daily USA)", "byline", "CHEN WEIHUA"),
        ("By Jane Doe in Kyiv", "byline", "Jane Doe"),
        ("By Jane Doe (AP)", "byline", "Jane Doe"),
        ("Published: 14 April 2025", "date", "14 April 2025"),
        # a date label with a space before its colon, or one that also opens sentences
        ("Latest update : 2015-05-12", "date", "2015-05-12"),
        ("Date created : 2015-05-12", "date", "2015-05-12"),
        ("First published on 3 May 2019", "date", "3 May 2019"),
        ("April 14, 2025", "date", "April 14, 2025"),
        ("Source: Interfax", "source", "Interfax"),
        # a desk's byline without a name
        ("Our Foreign Staff", "byline", "Our Foreign Staff"),
        ("By our Moscow correspondent", "byline", "our Moscow correspondent"),
        # date stamps with a time, an "Updated" tail, a weekday or an agency, many languages
        (
            "April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm",
            "date",
            "April 28, 2019 at 6:01 am",
        ),
        (
            "Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC",
            "date",
            "Dec. 6, 2024, 10:00 PM UTC",
        ),
        ("16 November 2017 • 2:15pm", "date", "16 November 2017 • 2:15pm"),
        ("1 de diciembre de 2017 3:00 AM PST", "date", "1 de diciembre de 2017 3:00 AM PST"),
        (
            "AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)",
            "date",
            "30 avril 2015 à 07:19",
        ),
        ("Montag, 12. Mai 2025, 14:30 Uhr", "date", "Montag, 12. Mai 2025, 14:30 Uhr"),
        ("12 мая 2025, 14:30", "date", "12 мая 2025"),
        ("14:30, 12 травня 2025", "date", "14:30, 12 травня 2025"),
        ("Oct 18, 2019 · 8 min read", "date", "Oct 18, 2019"),
        ("Jun 7, 2023, 8:54 PM UTC|", "date", "Jun 7, 2023, 8:54 PM UTC"),
        # (a time zone in brackets)
        ("2 June 2018 12:10 (UTC +04:00)", "date", "2 June 2018 12:10 (UTC +04:00)"),
        # (with the story's age after a slash, Reuters' older pages)
        ("October 23, 2017 / 10:18 PM / a day ago", "date", "October 23, 2017 / 10:18 PM"),
        ("April 26, 2012 / 5:46 AM / 5 years ago", "date", "April 26, 2012 / 5:46 AM"),
        ("November 15, 20245:04 PM ET", "date", "November 15, 20245:04 PM ET"),
        ("01/15/2025January 15, 2025", "date", "January 15, 2025"),
        ("15:28 November 05, 2024", "date", "15:28 November 05, 2024"),
        ("Issued on: 04/12/2024 - 20:51", "date", "04/12/2024 - 20:51"),
        ("Monday 25 November 2024 08:24, UK", "date", "Monday 25 November 2024 08:24, UK"),
        (
            "2024-11-20 10:35:12 Source: Shenzhen Special Zone Daily Author: Li Ming",
            "date",
            "2024-11-20 10:35:12",
        ),
        ("Modified: 05/12/2024 - 07:12", "date", "05/12/2024 - 07:12"),
        (
            "Published: 10:32 EST, 26 November 2024 | Updated: 11:47 EST, 26 November 2024",
            "date",
            "10:32 EST, 26 November 2024",
        ),
        (
            "Published 7:01 p.m. CT Nov. 11, 2024 | Updated 9:15 a.m. CT Nov. 12, 2024",
            "date",
            "7:01 p.m. CT Nov. 11, 2024",
        ),
        ("2024年11月14日 10時25分", "date", "2024年11月14日 10時25分"),
        ("by Steven Musil January 18, 2017 11:00 PM PST", "byline", "Steven Musil"),
        ("Written by Steven Musil | January 18, 2017", "byline", "Steven Musil"),
        ("By Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET", "byline", "Ahiza Garcia"),
        ("By Kim Arin (arin@heraldcorp.com)", "byline", "Kim Arin"),
        ("By Jane Doe | jdoe@example.com", "byline", "Jane Doe"),
        # (the agency after a dash, Trend's "By Fikret Dolukhanov – Trend:")
        ("By Jane Doe – Trend:", "byline", "Jane Doe"),
        ("By Jane Doe - AP", "byline", "Jane Doe"),
        (
            "By KENJI KAWASE, Nikkei Asia chief business news correspondent",
            "byline",
            "KENJI KAWASE, Nikkei Asia",
        ),
        # (with the star of a note on the author under the article: MercoPress)
        ("By Mark Staffieri (*)", "byline", "Mark Staffieri"),
        ("By Jane Doe*", "byline", "Jane Doe"),
        # machine-translation footers
        ("Translated with www.DeepL.com/Translator (free version)", "translated_by", "DeepL"),
        ("Übersetzt mit DeepL.com (kostenlose Version)", "translated_by", "DeepL"),
        ("Translated from Russian by Google Translate", "translated_by", "Google Translate"),
        ("Переведено с помощью Яндекс Переводчика", "translated_by", "Yandex Translator"),
        ("Translated by the service «Yandex Translator»", "translated_by", "Yandex Translator"),
        # a desk's byline, without a name
        ("By our Political Correspondent", "byline", "our Political Correspondent"),
        # ... or the body's or the paper's staff as a whole
        ("By Atlantic Council experts", "byline", "Atlantic Council experts"),
        ("By Reuters staff", "byline", "Reuters staff"),
        # a wire agency's sign-off closing the story on its own line
        ("-- BERNAMA", "source", "BERNAMA"),
        ("— AFP", "source", "AFP"),
        ("(With inputs from PTI)", "source", "PTI"),
        ("/IANS", "source", "IANS"),
    ],
)
def test_metadata_lines(line: str, key: str, value: str) -> None:
    got = in_body(line)
    assert got.kind is LineKind.METADATA
    assert (got.meta_key, got.meta_value) == (key, value)


@pytest.mark.parametrize(
    ("line", "service"),
    [
        # a lead, a source language, a connector, a frame: one grammar (data/translators.yml)
        ("This article was translated from Russian using Google Translate.", "Google Translate"),
        ("Automatically translated from Chinese by Google Translate", "Google Translate"),
        ("(Translated by Google Translate)", "Google Translate"),
        ("Translated by Google", "Google Translate"),
        ("Traducido del inglés por Google Translate", "Google Translate"),
        ("Traducción automática de Google", "Google Translate"),
        ("Powered by Google Translate", "Google Translate"),
        ("Translated from the Russian by Yandex.Translate", "Yandex Translator"),
        ("[Machine translated by Yandex Translate]", "Yandex Translator"),
        ("Original article in Russian. Translated by Yandex.", "Yandex Translator"),
        ("Text translated with Yandex Translator", "Yandex Translator"),
        ("Переведено Яндекс Переводчиком", "Yandex Translator"),
        ("Перевод: Яндекс.Переводчик", "Yandex Translator"),
        ("Machine translation by DeepL", "DeepL"),
        ("Traduit de l'anglais par DeepL", "DeepL"),
        ("Translated using DeepL Translator", "DeepL"),
        ("Machine translated by Bing", "Microsoft Translator"),
        ("Article translated by Papago", "Papago"),
        ("Translated by ChatGPT", "ChatGPT"),
        # no service named, but said to be automatic
        ("This page has been automatically translated.", "machine translation"),
        ("This text was machine-translated from German.", "machine translation"),
        ("Автоматический перевод с английского", "machine translation"),
        # the browser's page translation's rating box
        ("Your feedback will be used to help improve Google Translate", "Google Translate"),
    ],
)
def test_translator_footers(line: str, service: str) -> None:
    assert match_translator(line) == service
    got = in_body(line)
    assert (got.kind, got.meta_key, got.meta_value) == (LineKind.METADATA, "translated_by", service)


@pytest.mark.parametrize(
    "line",
    [
        "He said the text was translated by Google Translate before it was sent to us.",
        "The translation by Google was poor, critics said.",
        "Translation services like Google Translate are improving",
        "Google Translate",  # a service's name alone: a heading, a link
        "Powered by Google",  # a search box
        "Machine translation",  # a heading of an article about it
        "Translated by Anna Ivanova",  # a person: no machine translation
        "Translated from Russian",
        # a sentence opening as a footer does ("the whole line must be the footer")
        "Translated by Google Translate, the leaflet still made no sense to the voters.",
    ],
)
def test_lines_naming_a_translator_that_are_no_footer(line: str) -> None:
    assert match_translator(line) is None


def test_translator_pattern_needs_the_whole_line() -> None:
    assert match_translator("Переведено сервисом «Яндекс Переводчик»") == "Yandex Translator"
    sentence = "He said the text was translated by Google Translate before it was sent to us."
    assert match_translator(sentence) is None


@pytest.mark.parametrize(
    ("line", "is_credit"),
    [
        ("Photo: RIA Novosti/Gavriil Grigorov", True),
        ("Photo: Global Look Press/Serg Glovny", True),
        ("Фото: РИА Новости/Иван Иванов", True),
        ("Photo by James Martin/CNET", True),
        ("Image: Vjeran Pavic / The Verge", True),
        ("Credit: AP Photo/Evan Vucci", True),
        ("Photographer: Kiyoshi Ota/Bloomberg", True),  # (Bloomberg)
        ("Getty Images", True),
        ("(Reuters)", True),
        ("Kevin Frayer/Getty Images", True),
        ("Source: Reuters", True),
        ("Photo Prakash Mathema. AFP", True),
        ("Photo Prakash Mathema. He said so", False),
        # an agency's photo handed on by another; a sentence saying so is none
        ("Kay Nietfeld/dpa via AP", True),
        ("dpa via AP Kay Nietfeld", True),
        ("The footage was distributed via AP.", False),
        # the agency's name ends the credit or a separator follows it; a headline about it is none
        ("Getty Images for Netflix", True),
        ("Getty Images/iStockphoto", True),
        ("Getty Images delete World Cup's 'sexiest fans' gallery after backlash", False),
        # a credit in brackets on a line of its own; a bracketed aside is none
        ("(Credit: Clayton Aldern / Grist)", True),
        ("(Bild: Hersteller)", True),
        ("(Credit where it is due: he said so.)", False),
        ("Source: the finance ministry", False),
        ("Photography was my lucky way of experiencing the many types of people.", False),
        ("The photo was taken in 1990 by a tourist who later sold it to a museum.", False),
    ],
)
def test_credit_patterns(line: str, is_credit: bool) -> None:
    assert match_credit(line) is is_credit


@pytest.mark.parametrize(
    ("line", "split"),
    [
        # a name and an agency after the caption's last sentence
        (
            "Security forces secure the area in Tunis, the capital. Fethi Belaid/AFP/Getty Images",
            ("Security forces secure the area in Tunis, the capital.",
             "Fethi Belaid/AFP/Getty Images"),
        ),
        ("A rally in Seoul on Thursday.Anthony Wallace / AFP - Getty Images", (
            "A rally in Seoul on Thursday.", "Anthony Wallace / AFP - Getty Images")),
        # ... or an agency's name in capitals alone before the slash
        ("Firefighters at a damaged building in Kyiv, March 4, 2025. REUTERS/Gleb Garanich", (
            "Firefighters at a damaged building in Kyiv, March 4, 2025.",
            "REUTERS/Gleb Garanich")),
        ("Police stand guard in Ankara, Turkey. EPA-EFE/NECATI SAVAS", (
            "Police stand guard in Ankara, Turkey.", "EPA-EFE/NECATI SAVAS")),
        # in brackets, with a slash or a photo word
        ("Workers at the sign museum, in 2016. (John Minchillo / AP)", (
            "Workers at the sign museum, in 2016.", "John Minchillo / AP")),
        ("Un Népalais prie à Katmandou. (Photo Prakash Mathema. AFP)", (
            "Un Népalais prie à Katmandou.", "Photo Prakash Mathema. AFP")),
        # (spaces inside the brackets: the Bangkok Post)
        ("Migrants were detained on a boat in the reservoir. ( Photo: Piyarach Chongcharoen )", (
            "Migrants were detained on a boat in the reservoir.", "Photo: Piyarach Chongcharoen")),
        # after a "Credit" marker, glued by the copy or not, initials kept
        ("A man shovels slush and rock salt.CreditCreditChang W. Lee/The New York Times", (
            "A man shovels slush and rock salt.", "Chang W. Lee/The New York Times")),
        ("A man walks past a carrier on a Harare street Credit: STR/AFP", (
            "A man walks past a carrier on a Harare street", "STR/AFP")),
        ("Ayn Rand, Rand Paul and Ron Paul (Credit: AP/Manuel Balce Ceneta)", (
            "Ayn Rand, Rand Paul and Ron Paul", "AP/Manuel Balce Ceneta")),
        # a credit word after a dash or a bar (Spanish, Czech, German captions)
        ("El terremoto provocó una emergencia en el país - crédito @alejoeder/X", (
            "El terremoto provocó una emergencia en el país", "@alejoeder/X")),
        ("Los departamentos más afectados tras el sismo -crédito Luisa González/REUTERS", (
            "Los departamentos más afectados tras el sismo", "Luisa González/REUTERS")),
        ("Spokojený Tomáš Souček po vítězství ve Villa Parku. | Foto: Reuters", (
            "Spokojený Tomáš Souček po vítězství ve Villa Parku.", "Reuters")),
        ("Der Minister spricht im Bundestag - Bild: Michael Kappeler", (
            "Der Minister spricht im Bundestag", "Michael Kappeler")),
        ("Die Ministerin spricht in Bonn - bild: Anna Weber", (
            "Die Ministerin spricht in Bonn", "Anna Weber")),
        # a photo word and a colon after the caption's last sentence, then a name's words only
        ("The first robotics contest was held in Washington D.C. Image: United States Navy.", (
            "The first robotics contest was held in Washington D.C.", "United States Navy")),
        ("Fernando Caudevilla, AKA DoctorX. Photo: Joseph Cox", (
            "Fernando Caudevilla, AKA DoctorX.", "Joseph Cox")),
        ("Starmer greets Zelenskyy on Saturday. Photograph: Toby Melville/Reuters", (
            "Starmer greets Zelenskyy on Saturday.", "Toby Melville/Reuters")),
        ("Flooding in Pontypridd, south Wales, on Sunday. Pic: PA", (
            "Flooding in Pontypridd, south Wales, on Sunday.", "PA")),
        # a credit of two letters after "Credit:" run on (Nine's papers: The Age, the Sydney
        # Morning Herald)
        ("Smoke rises from the bridge linking Crimea to the mainland.Credit: AP", (
            "Smoke rises from the bridge linking Crimea to the mainland.", "AP")),
        # the site's address before the photographer's name in brackets (The Jakarta Post)
        ("Officials parade the suspects in Denpasar. (thejakartapost.com/Jane Doe)", (
            "Officials parade the suspects in Denpasar.", "thejakartapost.com/Jane Doe")),
        ("The figures are online (example.com/data)", None),
        # a photographer's name or an agency alone in square brackets (Kathimerini)
        ("The architect's work includes the Faliro Bay revamp. [Nikos Papadakis]", (
            "The architect's work includes the Faliro Bay revamp.", "Nikos Papadakis")),
        ("Protesters march in Athens on Monday. [AP]", (
            "Protesters march in Athens on Monday.", "AP")),
        ("The audience rose to its feet. [Applause]", None),
        ("He said the law was clear. [Emphasis added]", None),
        ("The Chozo expedition came to an impasse. [MP3 SP]", None),
        # ... or "by", "from", "courtesy of" after the photo word (Rappler)
        ("BRIEFING. The council meets in Quezon City. Photo by Toni Reyes", (
            "BRIEFING. The council meets in Quezon City.", "Toni Reyes")),
        ("Members attend the gathering on March 20, 2019. Photo from Ana Cruz/Rappler", (
            "Members attend the gathering on March 20, 2019.", "Ana Cruz/Rappler")),
        ("The minister said the photo by Smith was fake.", None),
        ("He took it himself. Photo by the author.", None),
        # ... run onto the caption's last word (DW's copied text)
        ("The car industry has been hit by the downturnImage: Jan Woitas/dpa/picture alliance", (
            "The car industry has been hit by the downturn", "Jan Woitas/dpa/picture alliance")),
        # a photo word before "Credit:", after a bar (The Hindu)
        ("A view of the Supreme Court in New Delhi. File | Photo Credit: SHIV KUMAR PUSHPAKAR", (
            "A view of the Supreme Court in New Delhi. File", "SHIV KUMAR PUSHPAKAR")),
        # a photographer's name in capitals, the agency in brackets
        ("Pedro Sánchez, este jueves en Bruselas. OLIVIER HOSLET (EFE)", (
            "Pedro Sánchez, este jueves en Bruselas.", "OLIVIER HOSLET (EFE)")),
        ("Ants carrying a larva into the nest. Image: Daily et al.", (
            "Ants carrying a larva into the nest.", "Daily et al")),
        # ... or a photographer's name for a paper's
        ("Soldiers train near the front. (Serhii Korovainyi for The Washington Post)", (
            "Soldiers train near the front.", "Serhii Korovainyi for The Washington Post")),
        ("He spoke for an hour (Labour for the Many)", None),
        ("Xi Jinping meets Joe Biden in Lima, Peru, November 16, 2024. /Xinhua", (
            "Xi Jinping meets Joe Biden in Lima, Peru, November 16, 2024.", "Xinhua")),
        ("The ratio was one to four. 1/4", None),
        ("Inflation fell from 2.8 per cent in September. PHOTO: ST FILE", (
            "Inflation fell from 2.8 per cent in September.", "ST FILE")),
        ("Michel Barnier speaks in Paris on December 4, 2024. © Bertrand Guay, AFP", (
            "Michel Barnier speaks in Paris on December 4, 2024.", "© Bertrand Guay, AFP")),
        ("The page ends with its notice. © 2024 Example Media", None),
        # after a bar (Politico), a screen grab's (Times of Israel), an agency after an
        # unpunctuated caption (Yonhap, translated Arabic pages)
        ("Ribera is set to become vice president. | Frederick Florin/AFP via Getty Images", (
            "Ribera is set to become vice president.", "Frederick Florin/AFP via Getty Images")),
        ("Netanyahu delivers a statement in Jerusalem, November 26, 2024. (GPO screenshot)", (
            "Netanyahu delivers a statement in Jerusalem, November 26, 2024.", "GPO screenshot")),
        ("A picture showing trucks loaded with aid waiting at the Rafah crossing (AFP)", (
            "A picture showing trucks loaded with aid waiting at the Rafah crossing", "AFP")),
        ("Revenue by quarter, in millions | Q1/Q2 2024", None),
        ("The app shows the error message (see screenshot)", None),
        ("Flags fly in Brussels, March 1, 2023. REUTERS/Yves Herman/File Photo", (
            "Flags fly in Brussels, March 1, 2023.", "REUTERS/Yves Herman/File Photo")),
        # ... or in square brackets
        ("Palestinians search the rubble in Jabalia, northern Gaza [Omar al-Qattaa/AFP]", (
            "Palestinians search the rubble in Jabalia, northern Gaza", "Omar al-Qattaa/AFP")),
        # a credit after a dash under a caption of one sentence (Dawn)
        ("Protesters gather outside the Karachi Press Club on Monday. — AFP", (
            "Protesters gather outside the Karachi Press Club on Monday.", "AFP")),
        ("A shopkeeper pulls down the shutter of his store. — Reuters/File", (
            "A shopkeeper pulls down the shutter of his store.", "Reuters/File")),
        ("Police stand guard in Saddar on Tuesday. – Photo by Fahim Siddiqi/White Star", (
            "Police stand guard in Saddar on Tuesday.", "Photo by Fahim Siddiqi/White Star")),
        ("The rally ended peacefully. The police left at noon. — AFP", None),
        ("The minister left the talks early. — He said nothing", None),
        # sentences of an article
        ("He spoke to the press - photo opportunities were rare.", None),
        ("The game runs in several modes [MP / MPH / MP2 SP]", None),
        ("The law was amended twice [see 2019/2021 notes]", None),
        ("He left the room. Photo: the police took it later that day.", None),
        ("Users upload a profile Picture: the site resizes it.", None),
        ("The exhibition opens today. Image: Her Life in Pictures opens Monday at noon.", None),
        ("La familia posó en la playa - foto de archivo", None),
        ("The bank said its Credit Suisse unit would be sold.", None),
        ("He said the price was 50/50 and the deal was done.", None),
        ("Gunmen stormed the museum, killing at least 19 people. (Reuters)", None),
        ("Revenue grew 5% in the quarter (see chart/table below)", None),
        ("The vote was close. Yes/No", None),
        ("The network ran over TCP. IP/TCP", None),
        ("The files were shared. PDF/A", None),
        ("Nature and Human Societies. ABC-CLIO/Greenwood. ISBN 978-1-57607-868-6.", None),
        ("He moved to the city in 1990. (Later he moved to Paris/Berlin.)", None),
        ("It was, he said, a choice between Labour/Tories.", None),
        # a credit alone is a credit line, not a caption
        ("Fethi Belaid/AFP/Getty Images", None),
        # ... and so is one in brackets, or one after a caption of fewer than three words
        ("(John Minchillo / AP)", None),
        ("In Tunis. (John Minchillo / AP)", None),
    ],
)  # fmt: skip
def test_a_caption_may_end_in_its_credit(line: str, split: tuple[str, str] | None) -> None:
    assert split_credit_tail(line) == split


def test_a_kept_line_ending_in_its_credit_is_a_figure_note() -> None:
    caption = "Security forces secure the area in Tunis, the capital. Fethi Belaid/AFP/Getty Images"
    lines = strip_chrome(source([P1, "", caption, "", P2, "", P3])).lines
    got = lines[2]
    assert (got.kind, got.meta_value) == (
        LineKind.FIGURE_CAPTION,
        "Security forces secure the area in Tunis, the capital.",
    )
    # a line the editor keeps stays text
    kept = strip_chrome(source([P1, "", caption, "", P2]), Corrections(keep=frozenset({caption})))
    assert kept.lines[2].kind is LineKind.PARAGRAPH


def test_the_lead_photos_caption_with_its_credit_above_the_body_is_a_figure_note() -> None:
    """(Read alone, the caption scores as a menu line: names in capitals, no sentence.)"""
    caption = (
        "Anna Smith greets Budget Minister John Doe outside Parliament House on Saturday."
        " Photograph: Toby Melville/Reuters"
    )
    lines = ["Menu", "", HEAD, STANDFIRST, caption, "Anna Smith Political editor", "Share", ""]
    got = strip_chrome(source([*lines, P1, "", P2, "", P3])).lines[4]
    assert (got.kind, got.meta_value) == (
        LineKind.FIGURE_CAPTION,
        "Anna Smith greets Budget Minister John Doe outside Parliament House on Saturday.",
    )


def test_a_caption_with_its_credit_the_scores_removed_inside_the_body_is_a_figure_note() -> None:
    """(Names in capitals and no space before the credit: it scores as a menu line; here between
    the first paragraph, a standfirst, and the date and byline under it, NBC News' order.)"""
    caption = (
        "Prime Minister Shigeru Ishiba at the Liberal Democratic Party headquarters in Tokyo on"
        " Sunday.Kim Kyung-Hoon / Reuters"
    )
    page = [HEAD, P1, "Oct. 28, 2024, 4:12 AM EDT", caption, "By Arata Yamamoto", P2, P3]
    got = strip_chrome(source(page)).lines[3]
    assert (got.kind, got.meta_value) == (
        LineKind.FIGURE_CAPTION,
        "Prime Minister Shigeru Ishiba at the Liberal Democratic Party headquarters in Tokyo on"
        " Sunday.",
    )


def test_figure_parts_before_a_credit() -> None:
    lines = [
        P1,
        "",
        "Президент США Дональд Трамп",
        "",
        "US President Donald Trump",
        "",
        "Photo: REUTERS/Nathan Howard",
        "",
        "герб забор",
        "Photo: Global Look Press/Serg Glovny",
        "",
        P2,
        "",
        P3,
    ]
    kinds = [ln.kind for ln in strip_chrome(source(lines)).lines]
    assert kinds[2] is LineKind.FIGURE_ORIGINAL
    assert kinds[4] is LineKind.FIGURE_CAPTION
    assert kinds[6] is LineKind.FIGURE_CREDIT
    assert kinds[8] is LineKind.FIGURE_ORIGINAL
    assert kinds[9] is LineKind.FIGURE_CREDIT


_CAPTION = "Senate leader Anna Smith speaks to reporters at the Capitol on Thursday."
_CREDIT = "Kevin Dietsch/Getty Images"


@pytest.mark.parametrize(
    ("figure", "kinds"),
    [
        # "hide caption" / "toggle caption": the caption and credit printed again (NPR)
        (
            [_CAPTION, _CREDIT, "hide caption", "toggle caption", _CREDIT, _CAPTION, "", _CREDIT],
            ["figure-caption", "figure-credit", *["chrome"] * 5],
        ),
        # a gallery's photos credited alike each keep their credit: each has its own caption
        (
            [
                "Anna Smith arrives in Cairo.",
                _CREDIT,
                "",
                "Crowds gather outside the hall",
                _CREDIT,
            ],
            ["figure-caption", "figure-credit", "figure-caption", "figure-credit"],
        ),
        # a sentence over a credit whose caption is printed under it is the article's
        (
            [
                "The minister left the room at noon.",
                _CREDIT,
                "Crowds gather outside the hall in the capital",
            ],
            ["paragraph", "figure-credit", "figure-caption"],
        ),
    ],
)
def test_a_figure_printed_again_right_under_itself_is_chrome(
    figure: list[str], kinds: list[str]
) -> None:
    lines = strip_chrome(source([P1, "", *figure, "", P2, "", P3])).lines
    assert [ln.kind.value for ln in lines[2 : 2 + len(figure)] if ln.text] == kinds


def test_the_lead_photos_sentence_over_its_credit_is_its_caption() -> None:
    """(CNN: a date line above, the article's first paragraph right under the credit)"""
    date = "Updated 5:32 PM EST, Mon November 18, 2024"
    lines = ["Parliament approves the regional budget", date, _CAPTION, _CREDIT, P1, "", P2, P3]
    kinds = [ln.kind.value for ln in strip_chrome(source(lines)).lines[1:5]]
    assert kinds == ["metadata", "figure-caption", "figure-credit", "paragraph"]


def test_a_caption_under_its_credit_when_none_is_above() -> None:
    """Sites that print the credit on the photo give the caption under it."""
    caption = "Palestinians inspect the damage after an Israeli strike in Rafah on Monday"
    lines = ["Menu", "", HEAD, "", "6 May 2024", "", "Getty Images", caption, "", P1, "", P2]
    kinds = [ln.kind for ln in strip_chrome(source(lines)).lines]
    assert (kinds[6], kinds[7]) == (LineKind.FIGURE_CREDIT, LineKind.FIGURE_CAPTION)
    # ... not when a caption is above it, nor a short line (a section heading) under it
    above = [P1, "", "Rescue teams at the site", "Getty Images", "What happens next", P2, P3]
    kinds = [ln.kind for ln in strip_chrome(source(above)).lines]
    assert (kinds[2], kinds[4]) == (LineKind.FIGURE_CAPTION, LineKind.HEADING)
    short = [P1, "", "Getty Images", "What happens next", "", P2, "", P3]
    assert strip_chrome(source(short)).lines[3].kind is LineKind.HEADING


@pytest.mark.parametrize(
    ("above", "kind"),
    [
        # a sentence, blank lines, then a credit that opens with its label: the photo's caption
        ("Residents wade through floodwaters in the valley on Sunday.", LineKind.FIGURE_CAPTION),
        # ... not two sentences, nor a quotation
        ("Residents wade through floodwaters. Rain is expected.", LineKind.PARAGRAPH),
        ("“We have lost everything,” a farmer said on Sunday.", LineKind.QUOTE),
    ],
)
def test_a_sentence_over_a_labelled_credit_apart_from_it_is_its_caption(
    above: str, kind: LineKind
) -> None:
    lines = [P1, "", above, "", "", "Photo credit: John Otieno | Nation Media Group", "", P2, P3]
    stripped = strip_chrome(source(lines)).lines
    assert (stripped[2].kind, stripped[5].kind) == (kind, LineKind.FIGURE_CREDIT)
    # ... not when the credit's caption is under it (the BBC's "Image source, Reuters")
    below = [P1, "", above, "", "Image source, Reuters", "Image caption, The minister", "", P2]
    assert strip_chrome(source(below)).lines[2].kind is not LineKind.FIGURE_CAPTION


@pytest.mark.parametrize(
    ("last", "trimmed"),
    [
        # an editor's initials closing the last paragraph (The Jakarta Post)
        (P3 + " (bbn)(+)", P3),
        (P3 + " (dre)", P3),
        # ... not a unit or an abbreviation in brackets inside a sentence, nor capitals
        ("The road is 20 kilometres (km) long and will open to traffic next spring.", None),
        (P3 + " (AFP)", None),
    ],
)
def test_an_editors_initials_closing_the_article_are_left_out(
    last: str, trimmed: str | None
) -> None:
    lines = strip_chrome(source([P1, "", P2, "", last])).lines
    assert (lines[4].kind, lines[4].meta_value) == (LineKind.PARAGRAPH, trimmed)


_TURN_1 = (
    "MR KIRBY: Okay, just a couple of things at the top. On the funding announcement that the"
    " Secretary made in London, I do want to reiterate some of the key points for you."
)
_TURN_2 = (
    "QUESTION: Can you say anything about the meetings the Secretary will hold next week with"
    " his counterparts from the region, and what he expects to come out of them?"
)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # a transcript's short turns at the edges of its text are its text
        ([_TURN_1, "", _TURN_2, "", P1], True),
        # ... not without labelled turns in the text
        ([P2, "", P3, "", P1], False),
    ],
)
def test_a_transcripts_short_turns_at_its_edges_are_text(body: list[str], kept: bool) -> None:
    lines = ["Menu", "Search", "", "MR KIRBY: Afternoon, everybody.", "", *body, "",
             "MR KIRBY: That is it.", "", "Copyright 2016", "Privacy policy"]  # fmt: skip
    kinds = {ln.text: ln.kind for ln in strip_chrome(source(lines)).lines}
    edges = ("MR KIRBY: Afternoon, everybody.", "MR KIRBY: That is it.")
    assert [kinds[t] in BODY_KINDS for t in edges] == [kept, kept]


def test_the_lead_photos_caption_printed_twice_with_its_cue_is_one_figure() -> None:
    """(RFE/RL: a sentence with "(file photo)" twice between the headline and the text)"""
    caption = (
        "Russian shelling in the town left three people wounded, an official said. (file photo)"
    )
    lines = ["Menu", "", HEAD, "", "", caption, caption, "", P1, "", P2, "", P3]
    got = [(ln.kind, ln.meta_key) for ln in strip_chrome(source(lines)).lines if ln.text]
    assert got[1:5] == [
        (LineKind.METADATA, "title"),
        (LineKind.FIGURE_CAPTION, None),
        (LineKind.CHROME, None),
        (LineKind.PARAGRAPH, None),
    ]


@pytest.mark.parametrize(
    ("label", "value", "key"),
    [
        # a metadata label alone over its value (gov.uk): the value is metadata, not the headline
        ("From:", "Foreign & Commonwealth Office and The Rt Hon Boris Johnson MP", "source"),
        # (Medium's author box)
        ("Written by", "John C. Welch", "byline"),
        # ... not a sentence under it, nor a query's clause
        ("From:", "The ministry said the talks would resume next week in the capital.", None),
        ("FROM", "Foreign Office records", None),
    ],
)
def test_a_metadata_label_alone_gives_the_next_line_its_key(
    label: str, value: str, key: str | None
) -> None:
    lines = ["Press release", "", HEAD, "", label, value, "Published", "22 April 2018", "",
             P1, "", P2, "", P3]  # fmt: skip
    stripped = {ln.text: ln for ln in strip_chrome(source(lines)).lines}
    assert stripped[value].meta_key == key
    assert stripped[HEAD].meta_key == "title"


def test_a_headline_atop_the_text_over_the_lead_photo_is_the_title() -> None:
    """(The Inquirer copied from its first line: the headline, the lead photo's caption)"""
    caption = (
        "President Ferdinand Marcos Jr. delivers his message at Villamor Airbase, Pasay city,"
        " before he left for Canberra on Wednesday morning. (File photo from INQUIRER / NINO"
        " ORBETA)"
    )
    head = "Regional parliament approves the budget after addressing the opposition's objections"
    lines = [head, "", caption, caption, "", P1, "", P2, "", P3]
    got = [(ln.kind, ln.meta_key) for ln in strip_chrome(source(lines)).lines if ln.text]
    assert got[:4] == [
        (LineKind.METADATA, "title"),
        (LineKind.FIGURE_CAPTION, None),
        (LineKind.CHROME, None),
        (LineKind.PARAGRAPH, None),
    ]


# Caption and credit markers (screen-reader labels copied with the page): the kind, and the
# caption or credit without its marker (None: the line has no marker).
MARKED_LINES = [
    (
        "Image caption, Mr Smith arrived at the summit",
        LineKind.FIGURE_CAPTION,
        "Mr Smith arrived at the summit",
    ),
    (
        "Media caption Mr Obama spoke to the BBC",
        LineKind.FIGURE_CAPTION,
        "Mr Obama spoke to the BBC",
    ),
    ("Caption: Rescue teams at the site", LineKind.FIGURE_CAPTION, "Rescue teams at the site"),
    ("Image source, Getty Images", LineKind.FIGURE_CREDIT, "Getty Images"),
    ("Photo credit: Jane Doe", LineKind.FIGURE_CREDIT, "Jane Doe"),
    ("Photo: Reuters", LineKind.FIGURE_CREDIT, None),
    (
        "Captioned photographs were shown to the jury on the second day of the trial.",
        LineKind.PARAGRAPH,
        None,
    ),
]


@pytest.mark.parametrize(("line", "kind", "value"), MARKED_LINES)
def test_caption_and_credit_markers(line: str, kind: LineKind, value: str | None) -> None:
    got = in_body(line)
    assert (got.kind, got.meta_value) == (kind, value)


@pytest.mark.parametrize("label", ["Media caption", "Image caption", "Caption", "Подпись"])
def test_a_caption_label_alone_is_chrome_and_the_next_line_is_the_caption(label: str) -> None:
    lines = [P1, "", label, "Rescue teams search the rubble of the school", "", P2, "", P3]
    stripped = strip_chrome(source(lines))
    assert (stripped.lines[2].kind, stripped.lines[2].reason) == (LineKind.CHROME, CAPTION_LABEL)
    assert stripped.lines[3].kind is LineKind.FIGURE_CAPTION
    assert [ln.kind for ln in stripped.lines if ln.kind in BODY_KINDS] == [LineKind.PARAGRAPH] * 3


def test_html_caption_label_is_chrome_and_hinted_markers_are_dropped() -> None:
    lines = (P1, "Media caption", "The minister at the summit", "Image source, AFP", P2)
    hints = ("", "caption", "caption", "credit", "")
    src = SourceText("p.html", lines, "utf-8", format="html", hints=hints)  # type: ignore[arg-type]
    got = [(ln.kind, ln.meta_value) for ln in strip_chrome(src).lines]
    assert got == [
        (LineKind.PARAGRAPH, None),
        (LineKind.CHROME, None),
        (LineKind.FIGURE_CAPTION, None),
        (LineKind.FIGURE_CREDIT, "AFP"),
        (LineKind.PARAGRAPH, None),
    ]


_HEADLINE = "Parliament approves regional budget"
_SHORT_BODY = "The minister said that the vote would take place next week."


@pytest.mark.parametrize(
    ("before", "caption"),
    [
        # a short sentence the scores drop, right before a credit above the article: its caption
        (["Menu", "Search", _HEADLINE, "", "The app also scans QR codes.", "", "(Photo: Maker)"],
         "The app also scans QR codes."),
        # ... not two sentences, nor article text
        (["Menu", "Search", _HEADLINE, "", "It scans codes. Try it.", "", "(Photo: Maker)"], None),
        ([P1, "", _SHORT_BODY, "", "(Photo: Maker)"], None),
    ],
)  # fmt: skip
def test_a_short_sentence_before_a_credit_is_its_caption(
    before: list[str], caption: str | None
) -> None:
    stripped = strip_chrome(source([*before, "", P2, "", P3, "", P1 + " More."]))
    captions = [ln.text for ln in stripped.lines if ln.kind is LineKind.FIGURE_CAPTION]
    assert captions == ([caption] if caption else [])
    if _SHORT_BODY in before:
        assert [ln.kind for ln in stripped.lines if ln.text == _SHORT_BODY] == [LineKind.PARAGRAPH]


def test_other_script_line_without_caption_context_is_chrome() -> None:
    got = in_body("Это строка на другом языке, и она длиннее, чем обычная подпись к фото.")
    assert got.kind is LineKind.CHROME
    assert "script" in got.reason


def test_navigation_run_before_the_article_is_chrome() -> None:
    nav = ["News", "World", "Business", "Tech", "Science", "Culture", "Opinion"]
    stripped = strip_chrome(source([*nav, "", P1, "", P2, "", P3, "", "Most popular", "Top 10"]))
    kinds = [ln.kind for ln in stripped.lines]
    assert kinds[: len(nav)] == [LineKind.CHROME] * len(nav)
    assert kinds[-2:] == [LineKind.CHROME, LineKind.CHROME]
    assert [ln.number for ln in stripped.kept] == [9, 11, 13]


def test_editor_corrections_override_the_classifier() -> None:
    lines = ["Advertisement", "", P1, "", P2, "", P3]
    stripped = strip_chrome(
        source(lines), Corrections(keep=frozenset({"Advertisement"}), drop=frozenset({P2}))
    )
    assert stripped.lines[0].kind is LineKind.PARAGRAPH
    assert stripped.lines[0].reason == "kept by the editor"
    assert stripped.lines[4].kind is LineKind.CHROME
    assert stripped.lines[4].reason == "dropped by the editor"


def test_repeated_lines_across_seeds_are_chrome() -> None:
    a = source(["Daily Gazette front desk line", "", P1, "", P2], "a.txt")
    b = source(["Daily Gazette front desk line", "", P3], "b.txt")
    c = source(["Photo: Reuters", "Daily Gazette front desk line", "", P2], "c.txt")
    repeated = find_repeated_lines([a, b, c])
    assert line_key("Daily Gazette front desk line") in repeated
    assert line_key(P1) not in repeated
    text = ["Daily Gazette front desk line", "", P1, "", "Photo: Reuters", "", P2, "", P3]
    stripped = strip_chrome(source(text), repeated=repeated | {line_key("Photo: Reuters")})
    assert stripped.lines[0].kind is LineKind.CHROME
    assert "repeated" in stripped.lines[0].reason
    assert stripped.lines[4].kind is LineKind.FIGURE_CREDIT


def test_html_sources_trust_the_extractor_and_use_hints() -> None:
    # (a caption that is a whole UI phrase, "x" the share button, is chrome: see below)
    lines = ("Title here", "Short line kept", "Advertisement", "Sub head", P1, "Photo: AP", "A bus")
    hints = ("title", "", "", "heading", "", "credit", "caption")
    src = SourceText("p.html", lines, "utf-8", format="html", hints=hints)  # type: ignore[arg-type]
    kinds = [ln.kind for ln in strip_chrome(src).lines]
    assert kinds == [
        LineKind.METADATA,
        LineKind.PARAGRAPH,
        LineKind.CHROME,
        LineKind.HEADING,
        LineKind.PARAGRAPH,
        LineKind.FIGURE_CREDIT,
        LineKind.FIGURE_CAPTION,
    ]


def html_source(lines: list[str], hints: list[str]) -> SourceText:
    return SourceText("p.html", tuple(lines), "utf-8", format="html", hints=tuple(hints))  # type: ignore[arg-type]


def test_html_headings_and_list_items_that_are_ui_phrases_are_chrome() -> None:
    # the extractor's hints do not keep a widget's heading or a slideshow's buttons
    lines = [P1, "Share on Twitter", "Previous", "Markets in 2025", P2]
    hints = ["", "list", "list", "heading", ""]
    kinds = [ln.kind for ln in strip_chrome(html_source(lines, hints)).lines]
    assert kinds == [
        LineKind.PARAGRAPH,
        LineKind.CHROME,
        LineKind.CHROME,
        LineKind.HEADING,
        LineKind.PARAGRAPH,
    ]


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        # whole-line patterns flagged ``extracted`` judge extracted text too: a gallery's counter
        # and a share row an extractor kept inside the article
        ("Bild 1 von 9", True),
        ("Image 3 of 12", True),
        ("WhatsApp Teilen…", True),
        ("Facebook Twitter E-Mail", True),
        # a site's box of links to its other stories
        ("DW recommends", True),
        ("Die Redaktion empfiehlt", True),
        ("The health minister strongly recommends it.", False),
        # a related link, its label run onto the title (Euronews)
        ("RelatedValencia floods: What we know so far", True),
        ("Related Valencia floods were worse than forecast.", False),
        # WordPress' likes widget, but not a wrapped sentence's end
        ("Like this:", True),
        ("like this:", False),
        # a newsletter box's pitch and legal note (SCMP)
        ("Get the latest insights and analysis from our Global Impact newsletter on China.", True),
        ("By registering, you agree to our T&C and Privacy Policy", True),
        ("Readers get the latest news from the newsletter, the editor said.", False),
        # a credit slot the page left empty
        ("(Bild: )", True),
        ("Photo:", True),
        # a page saved before its script ran: the template's own expressions
        ('{{ctrl.content.status === "published" ? "Contenu publié" : "Brouillon"}} {{x.y}}', True),
        ("{{nrco.user.fullName}} - {{t | date}} - {{t | time}} Ouvrir le mode avancé", True),
        # one placeholder inside a sentence (a tutorial about templates) stays
        ("Write {{ user.name }} where the name should appear on the page.", False),
        # other patterns judge copied text only: an extracted line that happens to match stays
        ("12 comments", False),
        ("All 4 of them came home safely after the storm.", False),
    ],
)
def test_html_lines_matching_an_extracted_pattern_are_chrome(line: str, removed: bool) -> None:
    lines = [P1, line, P2]
    kinds = [ln.kind for ln in strip_chrome(html_source(lines, ["", "", ""])).lines]
    assert (kinds[1] is LineKind.CHROME) == removed
    assert kinds[0] is kinds[2] is LineKind.PARAGRAPH


def test_a_template_expression_over_several_lines_is_removed_up_to_its_closing_braces() -> None:
    template = [
        '{{ctrl.content.status === "published" ? "Contenu publié" :',
        'ctrl.content.status === "pending" ? "En attente" :',
        'ctrl.content.status === "draft" ? "Brouillon" : "Inconnu"}}',
    ]
    lines = [*template, "", P1, "", P2, "", P3]
    out = strip_chrome(source(lines)).lines
    assert [ln.reason for ln in out[:3]] == ["unrendered template placeholder"] + [
        "unrendered template placeholder (its code, continued)"
    ] * 2
    assert [ln.kind for ln in out if ln.text in (P1, P2, P3)] == [LineKind.PARAGRAPH] * 3


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # a date stamp the extractor kept with the article is metadata, not text
        ("Updated: May 12, 2025 5:34 PM", "May 12, 2025 5:34 PM"),
        ("24 Ago, 2026 06:28 p. m.Actualizado: 24 Ago, 2026 07:53 p. m. EST",
         "24 Ago, 2026 06:28 p. m."),
        ("posted on April 21, 2015, at 11:29 a.m.", "April 21, 2015, at 11:29 a.m."),
        # a sentence with a date stays text
        ("On May 12, 2025 the council met again to vote on the plan.", None),
    ],
)  # fmt: skip
def test_html_date_stamp_lines_are_metadata(line: str, date: str | None) -> None:
    stripped = strip_chrome(html_source([P1, line, P2], ["", "", ""]))
    found = stripped.lines[1]
    if date is None:
        assert found.kind is LineKind.PARAGRAPH
    else:
        assert (found.kind, found.meta_key, found.meta_value) == (LineKind.METADATA, "date", date)


def test_html_captions_that_are_ui_phrases_or_empty_credits_are_chrome() -> None:
    # a widget's label in a <figcaption> ("Font Size", a share button), an empty "(Bild: )"
    # credit slot; a real caption and a credit that names a platform stay
    lines = [P1, "Font Size", "(Bild: )", P2, "A bus on its first trip.", "Twitter", P3]
    hints = ["", "caption", "caption", "", "caption", "credit", ""]
    kinds = [ln.kind for ln in strip_chrome(html_source(lines, hints)).lines]
    assert kinds[1:3] == [LineKind.CHROME, LineKind.CHROME]
    assert kinds[4:6] == [LineKind.FIGURE_CAPTION, LineKind.FIGURE_CREDIT]


def test_html_captions_give_their_run_on_credit_to_the_figure() -> None:
    # a <figcaption> with its credit at the end: the figure note shows them apart
    caption = "Los departamentos más afectados tras el sismo -crédito Luisa González/REUTERS"
    bracketed = "Workers at the sign museum, in 2016. (John Minchillo / AP)"
    lines = [P1, caption, P2, bracketed, P3]
    stripped = strip_chrome(html_source(lines, ["", "caption", "", "caption", ""]))
    assert [ln.kind for ln in stripped.lines][1::2] == [LineKind.FIGURE_CAPTION] * 2
    assert stripped.lines[1].reason == stripped.lines[3].reason == CREDIT_TAIL


def test_html_text_after_an_end_of_article_heading_is_cut_when_short() -> None:
    body = [f"{p} ({k})" for k in range(3) for p in (P1, P2, P3)]
    tail = ["“One girl can be silenced” slideshow", "A photo contest winner", TEASER]
    lines = [*body, "You Might Also Like", *tail]
    hints = [""] * len(body) + ["heading", "heading", "list", ""]
    kept = [ln.text for ln in strip_chrome(html_source(lines, hints)).kept]
    assert kept == body
    # an article going on after such a heading (more than tail_share of the text) stays
    long_tail = [P1 + " (end)", P2 + " (end)", P3 + " (end)"]
    lines = [*body[:3], "Related stories", *long_tail]
    kept = [ln.text for ln in strip_chrome(html_source(lines, [""] * len(lines))).kept]
    assert kept == [*body[:3], *long_tail]


def test_a_box_of_links_closed_by_its_printed_end_is_inside_the_article() -> None:
    """ "Keep reading" then linked headlines (one with its teaser photo) and "end of list": the
    box goes, and the article goes on below it."""
    box = [
        "keep reading",
        "list of 3 items",
        "list 1 of 3",
        "UN says aid deliveries fell to their lowest level in a year",
        "list 2 of 3",
        "Photos: Life in the tent camps as winter nears",
        "list 3 of 3",
        "Ministers meet in Cairo to discuss the truce",
        "end of list",
    ]
    after = [P3, "Officials said the talks would resume on Monday in the capital."]
    lines = strip_chrome(source([P1, "", P2, "", *box, *after])).lines
    kinds = {ln.text: ln.kind for ln in lines}
    assert [kinds[t] for t in after] == [LineKind.PARAGRAPH, LineKind.PARAGRAPH]
    assert {kinds[t] for t in box} == {LineKind.CHROME}
    # without its printed end the same box ends the article
    lines = strip_chrome(source([P1, "", P2, "", *box[:-1], *after])).lines
    assert {ln.kind for ln in lines if ln.text in after} == {LineKind.CHROME}


_LAST = "Officials said the first payments would reach the districts before the end of summer."


@pytest.mark.parametrize(
    ("control", "kind"),
    [
        # a section's title under a button or an ad inside the article (Substack, lazy-image-2)
        ("Subscribe", LineKind.HEADING),
        ("Advertisement", LineKind.HEADING),
        # ... not under a related-stories heading: that is a teaser's headline
        ("Related", LineKind.CHROME),
    ],
)
def test_a_title_under_a_control_inside_the_article(control: str, kind: LineKind) -> None:
    lines = [P1, "", P2, "", control, "The politics of housing", P3, "", _LAST]
    got = strip_chrome(source(lines)).lines
    assert (got[4].kind, got[5].kind) == (LineKind.CHROME, kind)


def test_a_newsletters_box_inside_the_post_does_not_end_it() -> None:
    box = "Thanks for reading! Subscribe for free to receive new posts and support my work."
    lines = [P1, "", P2, "", box, "", "Subscribe", "The politics of housing", P3, "", _LAST]
    kinds = {ln.text: ln.kind for ln in strip_chrome(source(lines)).lines}
    assert (kinds[box], kinds[P3], kinds[_LAST]) == (
        LineKind.CHROME,
        LineKind.PARAGRAPH,
        LineKind.PARAGRAPH,
    )


@pytest.mark.parametrize(
    "box",
    [
        # (The Moscow Times: the appeal, its text, its buttons)
        [
            "We need your help now more than ever.",
            "Independent journalism is under threat in Russia, and our staff face prosecution"
            " for their work.",
            "Your support helps us continue our work. Contributions of any size are welcome.",
            "Continue",
            "Not ready to support today?",
            "Remind me later.",
        ],
        # (The Moscow Times' box of 2024: its title, a letter, its amount buttons)
        [
            "A Message from The Moscow Times:",
            "Dear readers,",
            "We are facing unprecedented challenges, and our staff face prosecution for their"
            " work.",
            "Every donation, big or small, helps us keep reporting. Support us today.",
            "Once",
            "Monthly",
            "$2",
            "Continue",
            "Not ready to support today?",
            "Remind me later.",
        ],
        # (The Independent: the appeal, its text, the editor's signature)
        [
            "Support free-thinking journalism and attend Independent events",
            "Our mission is to deliver unbiased, fact-based reporting that holds power to account.",
            "Whether $5 or $50, every contribution counts.",
            "Support us to deliver journalism without an agenda.",
            "Louise Thomas",
            "Editor",
        ],
        # (Premium Times: the appeal's title, its text, its button)
        [
            "Support PREMIUM TIMES' journalism of integrity and credibility",
            "",
            "Good journalism costs a lot of money. Yet only good journalism can ensure the"
            " possibility of a good society, an accountable democracy, and a transparent"
            " government.",
            "",
            "By contributing to PREMIUM TIMES, you are helping to sustain a journalism of"
            " relevance and ensuring it remains free and available to all.",
            "",
            "Donate",
        ],
    ],
)
def test_a_donation_appeal_inside_the_article_goes_and_the_article_goes_on(
    box: list[str],
) -> None:
    after = [P3, "", _LAST]
    lines = strip_chrome(source([P1, "", P2, "", *box, "", *after])).lines
    kinds = {ln.text: ln.kind for ln in lines}
    assert {kinds[t] for t in box if t} == {LineKind.CHROME}
    assert [kinds[t] for t in (P1, P2, P3, _LAST)] == [LineKind.PARAGRAPH] * 4


_GALLERY = (
    "European Union flags flutter outside the EU Commission headquarters in Brussels,"
    " Belgium, March 1, 2023. REUTERS/Yves Herman/File Photo"
)


def test_a_gallerys_caption_printed_again_with_its_controls_is_one_figure() -> None:
    """(Reuters: the caption with its counter, then again with the buttons' words run on)"""
    lines = [
        P1,
        "",
        "Item 1 of 2 " + _GALLERY,
        "[1/2]" + _GALLERY + " Purchase Licensing Rights, opens new tab",
        P2,
        "",
        P3,
    ]
    got = strip_chrome(source(lines)).lines
    assert (got[2].kind, got[2].meta_value) == (LineKind.FIGURE_CAPTION, _GALLERY.split(" REU")[0])
    assert (got[3].kind, got[3].reason) == (
        LineKind.CHROME,
        "repeats the line above, with page controls",
    )
    # the same line twice (a wiki's references citing one book twice) is left
    twice = strip_chrome(source([P1, "", P2, P2, "", P3])).lines
    assert [ln.kind for ln in twice[2:4]] == [LineKind.PARAGRAPH, LineKind.PARAGRAPH]


_LEAD_PHOTO = (
    "Chancellor Olaf Scholz, center, speaks to reporters next to Finance Minister Christian"
    " Lindner, left, before a cabinet meeting in Berlin, Germany, Wednesday, May 8, 2024."
)


@pytest.mark.parametrize(
    ("added", "figure"),
    [
        ("dpa via AP Kay Nietfeld", True),  # (agency, then photographer)
        ("Michael Sohn/AP", True),
        ("Mikhail Metzel/TASS Host Photo Agency", True),  # (no credit pattern: names alone)
        ("AP Photo/Markus Schreiber", True),
        ("Purchase Licensing Rights, opens new tab", False),  # (controls: the repeat is chrome)
    ],
)
def test_a_caption_printed_again_with_its_credit_is_the_lead_photo(
    added: str, figure: bool
) -> None:
    """AP's pages and the papers printing its stories give the lead photo's caption above the
    headline, then the caption again with its credit: a figure, and the headline is found below
    it (not the caption, read as the article's first paragraph)."""
    lines = [
        _LEAD_PHOTO,
        _LEAD_PHOTO + " " + added,
        "",
        "Politics",
        "",
        "German budget talks stall over defense spending",
        "",
        "January 9, 2024 12:11 AM",
        "",
        *[f"{p}\n" for p in (P1, P2, P3)],
    ]
    stripped = strip_chrome(source(lines))
    got = stripped.lines
    title = [ln.meta_value for ln in got if ln.meta_key == "title"]
    if figure:
        lead = split_sections(stripped, "t").lead
        assert lead is not None
        assert lead.blocks[0] == Figure(_LEAD_PHOTO, added, None, 1)
        assert [(ln.kind, ln.meta_value) for ln in got[:2]] == [
            (LineKind.FIGURE_CAPTION, None),
            (LineKind.FIGURE_CREDIT, added),
        ]
        assert title == ["German budget talks stall over defense spending"]
    else:
        assert got[1].kind is LineKind.CHROME
        assert got[0].kind is not LineKind.FIGURE_CAPTION


def test_a_short_caption_printed_again_with_its_credit_is_one_figure() -> None:
    """(the Hindustan Times: the photo's caption, then the caption with its credit in brackets)"""
    caption = "The post prompted people to share hilarious reactions."
    lines = [P1, "", caption, caption + " (Facebook/@richmondpolicecali)", "", P2, "", P3]
    got = strip_chrome(source(lines)).lines
    assert [(ln.kind, ln.meta_value) for ln in got[2:4]] == [
        (LineKind.FIGURE_CAPTION, None),
        (LineKind.FIGURE_CREDIT, "Facebook/@richmondpolicecali"),
    ]


@pytest.mark.parametrize(
    "copies",
    [
        4,  # (The National: a picture's sources each give the caption again)
        2,
        1,  # (once: a caption ending in its credit just above the body, as before)
    ],
)
def test_a_caption_with_its_credit_printed_over_and_over_is_one_figure(copies: int) -> None:
    """The lead photo's caption, its credit run on, printed two to four times one under the
    other above the headline: one figure, the copies chrome, the headline the title (the
    copies had read as a headline printed twice)."""
    caption = "Lawmakers leave the regional parliament after the vote on Wednesday."
    credited = f"{caption} Photo: Jane Doe for The Herald"
    headline = "Regional parliament approves the budget after a long debate"
    lines = [*[credited] * copies, "", headline, "", "", "Share", "Print", "", P1, "", P2, "", P3]
    stripped = strip_chrome(source(lines))
    got = stripped.lines
    assert [ln.meta_value for ln in got if ln.meta_key == "title"] == [headline]
    lead = split_sections(stripped, "t").lead
    assert lead is not None
    assert lead.blocks[0] == Figure(caption, "Jane Doe for The Herald", None, 1)
    assert [ln.kind for ln in got[1:copies]] == [LineKind.CHROME] * (copies - 1)


def test_an_opening_printed_above_the_headline_again_is_no_article_text() -> None:
    """(Trend: headline, the first paragraph, the headline again, the article with that
    paragraph; every line between the two headlines printed again below)"""
    head = "Lawmakers back the regional budget after a long night"
    lines = [head, "", P1, head, "", "By Jane Doe", "", P1, "", P2, "", P3]
    got = strip_chrome(source(lines)).lines
    assert [ln.kind for ln in got[:4]] == [
        LineKind.METADATA,
        LineKind.BLANK,
        LineKind.CHROME,
        LineKind.CHROME,
    ]
    assert [
        ln.text for ln in strip_chrome(source(lines)).kept if ln.kind is LineKind.PARAGRAPH
    ] == [
        P1,
        P2,
        P3,
    ]
    # (a line between them that the article does not print again keeps both)
    lines = [head, "", P2, head, "", "By Jane Doe", "", P1, "", P3]
    got = strip_chrome(source(lines)).lines
    assert got[2].kind is LineKind.PARAGRAPH


def test_a_caption_printed_twice_inside_the_article_is_one_figure() -> None:
    """(the Daily Mail: each photo's caption twice, one under the other, between paragraphs)"""
    caption = "Protesters gather outside the regional parliament before the vote on Wednesday"
    got = strip_chrome(source([P1, "", P2, "", caption, "", caption, "", P3])).lines
    assert [(ln.kind, ln.reason) for ln in got[4:7:2]] == [
        (LineKind.FIGURE_CAPTION, "photo caption, printed twice"),
        (LineKind.CHROME, "repeats the photo's caption or credit just above"),
    ]
    # (a short title printed twice is no caption: too few words)
    got = strip_chrome(source([P1, "", P2, "", "The vote", "", "The vote", "", P3])).lines
    assert LineKind.FIGURE_CAPTION not in {ln.kind for ln in got}


def test_a_sentence_printed_twice_over_a_gallerys_arrows_is_one_figure() -> None:
    """(CNN's pages of the 2000s: the caption twice, then the gallery's arrows and counter;
    without them, the same sentence twice is left: a wiki's references cite one book twice)"""
    caption = "Lawmakers leave the regional parliament after the vote on Wednesday."
    arrows = ["Click to view previous image", "1 of 2", "Click to view next image"]
    got = strip_chrome(source([P1, "", caption, "", caption, "", *arrows, "", P2, "", P3])).lines
    assert [(ln.kind, ln.reason) for ln in got[2:5:2]] == [
        (LineKind.FIGURE_CAPTION, "photo caption, printed twice"),
        (LineKind.CHROME, "repeats the photo's caption or credit just above"),
    ]
    got = strip_chrome(source([P1, "", caption, "", caption, "", P2, "", P3])).lines
    assert LineKind.FIGURE_CAPTION not in {ln.kind for ln in got}


def test_an_images_placeholder_text_printed_over_and_over_is_chrome() -> None:
    """(the BBC's pages of 1998-2002: spacer images' alt text, "News image", around the menu and
    the header, runs of it glued together; it had become the title and the lead)"""
    head = "Regional parliament approves the budget after a nine-hour debate"
    menu = ["Front Page", "News image", "World", "News image", "Sport", "News image"]
    lines = [*menu, "News imageNews imageNews image", "Wednesday, April 1, 1998 Published at 17:21"]
    lines += ["News image", "News image", "World: Europe", "News image"]
    got = strip_chrome(source([*lines, "", head, "", P1, "", P2, "", P3])).lines
    assert [ln.meta_value for ln in got if ln.meta_key == "title"] == [head]
    assert all(ln.kind is LineKind.CHROME for ln in got if "News image" in ln.text)
    # (a phrase run together once, printed twice in all, is left to the scores)
    got = strip_chrome(source(["Go goGo go", "", head, "", P1, "", "Go go", "", P2])).lines
    assert "an image's placeholder text, printed over and over" not in {ln.reason for ln in got}


@pytest.mark.parametrize("bullet", ["•", "▪", "-", "*", "►"])
def test_a_list_item_is_no_heading(bullet: str) -> None:
    """(the Daily Mail's summary bullets under the headline)"""
    item = f"  {bullet} The photo agency removed the image collection amid complaints"
    got = strip_chrome(source([P1, "", item, "", P2, "", P3])).lines
    assert got[2].kind is not LineKind.HEADING


def _live_page(marker: str) -> list[str]:
    post = [
        "Share",
        "Posted at 19:30 GMT",
        "What we know about the deal",
        "Lyse Doucet",
        "Chief international correspondent",
    ]
    return [
        marker,
        "Posted at 19:42 GMT",
        P1,
        "",
        P2,
        *post,
        P3,
        *[line.replace("19:30", "19:10") for line in post],
        "Officials said the first releases could begin within days, after the cabinet vote.",
        "Share",
        "Get in touch",
    ]


def test_a_live_pages_posts_are_one_article() -> None:
    """On a live page (a live-feed marker, three time stamps or more) the share button, heading
    and author between two posts are no end of the article."""
    last = "Officials said the first releases could begin within days, after the cabinet vote."
    kinds = {ln.text: ln.kind for ln in strip_chrome(source(_live_page("Live Reporting"))).lines}
    assert (kinds[P3], kinds[last]) == (LineKind.PARAGRAPH, LineKind.PARAGRAPH)
    # without the marker the time stamps may be a list of teasers': the article ends earlier
    kinds = {ln.text: ln.kind for ln in strip_chrome(source(_live_page("Politics"))).lines}
    assert (kinds[P3], kinds[last]) == (LineKind.CHROME, LineKind.CHROME)


_FEEDBACK = (
    "Tell the council what you think of the new routes at one of the spring hearings, or "
    "write to the transport office before the end of April. Every letter will be answered."
)


@pytest.mark.parametrize(
    ("heading", "after", "hint", "kept"),
    [
        # a footer phrase that is also a section title, over a prose paragraph: the post's
        # last section (the heading and its paragraph stay)
        ("Feedback", _FEEDBACK, "", True),
        ("FAQ", _FEEDBACK, "", True),
        # over a link list or a short line it is the footer's link (and what follows goes)
        ("Feedback", "Help Center", "list", False),
        ("Feedback", "Terms of use", "", False),
        # a phrase that is no section title stays chrome over prose too
        ("You Might Also Like", _FEEDBACK, "", False),
    ],
)
def test_a_section_title_that_is_also_a_footer_link(
    heading: str, after: str, hint: str, kept: bool
) -> None:
    body = [f"{p} ({k})" for k in range(3) for p in (P1, P2, P3)]
    lines = [*body, heading, after]
    # saved page: the extractor's heading hint
    html = strip_chrome(html_source(lines, [""] * len(body) + ["heading", hint])).lines
    assert (html[-2].kind is LineKind.HEADING, html[-1].kind in BODY_KINDS) == (kept, kept)
    # copied text: the heading on a line of its own between blank lines
    text = [x for p in lines for x in (p, "")]
    copied = strip_chrome(source(text)).lines
    assert (copied[-4].kind is not LineKind.CHROME) == kept
    assert copied[-2].kind in BODY_KINDS or not kept


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        # a digest's section: "Jobs", a job's title, its text
        ("The transport office is hiring a route planner", True),
        # a footer: "Jobs" then another link, no prose right after
        ("Terms of use", False),
    ],
)
def test_a_section_title_over_an_item_title_and_its_prose(item: str, kept: bool) -> None:
    # (the footer phrase no longer decides the line: the scores and its neighbours do)
    body = [f"{p} ({k})" for k in range(3) for p in (P1, P2, P3)]
    lines = [x for p in [*body, "Jobs", item, _FEEDBACK] for x in (p, "")]
    jobs = strip_chrome(source(lines)).lines[-6]
    assert jobs.text == "Jobs"
    assert (jobs.reason != "footer text 'Jobs'") == kept


def test_phrase_data_is_loaded_and_reasons_are_readable() -> None:
    rules = load_rules()
    assert len(rules.groups) >= 10
    assert match_phrase("Select important") == "UI control phrase 'Select important'"
    assert match_phrase(P1) is None


# --------------------------------------------------------------------------- properties

_LINE = st.one_of(
    st.just(""),
    st.sampled_from(CHROME_LINES + [b for b, _ in BODY_LINES] + [P1, P2, P3]),
    st.lists(
        st.sampled_from([*list('abc xyzАБВ абв.,?!—"«»:/|©()0123\t'), "Photo: ", " the "]),
        max_size=60,
    ).map("".join),
    st.text(max_size=60),
)
_LINES = st.lists(_LINE.map(lambda t: t.replace("\n", " ").replace("\r", " ")), max_size=40)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_LINES)
def test_every_line_lands_in_exactly_one_place(lines: list[str]) -> None:
    stripped = strip_chrome(source(lines))
    assert [ln.number for ln in stripped.lines] == list(range(1, len(lines) + 1))
    assert [ln.text for ln in stripped.lines] == lines
    for ln in stripped.lines:
        assert (ln.kind is LineKind.BLANK) == (not ln.text.strip())
        if ln.kind is LineKind.CHROME:
            assert ln.reason
        if ln.kind is LineKind.METADATA:
            assert ln.meta_key
    kept = {ln.number for ln in stripped.kept}
    removed = {ln.number for ln in stripped.removed}
    blank = {ln.number for ln in stripped.lines if ln.kind is LineKind.BLANK}
    assert kept | removed | blank == set(range(1, len(lines) + 1))
    assert not (kept & removed) and not (kept & blank) and not (removed & blank)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_LINES)
# a caption after a slide counter with no article around it: kept once, dropped when alone
@example(["1/50 United goin down", "0"])
@example(["1/50 United goin down", "0", "Share prices fell sharply on Monday after the report."])
@example(["1/50 United goin down", "A0A", "Share prices fell sharply on Monday after the report."])
# (an inline control before a short line: it must not cost the body stretch a line that the
# second pass, without the control, would keep)
@example(
    [
        "Jim & Andy (documentaire, 1h33, Netflix)",
        "View photo",
        "0",
        "[Read: Why Tunisia, a sole success story, suffers from violence]",
    ]
)
# (short texts read with the page's edges as article text: the kept lines read alone must keep
# what they keep)
@example(
    [
        "Content-Type: application/json; charset=UTF-8",
        "View photo",
        "Content-Type: application/json; charset=UTF-8",
    ]
)
@example(["PHOTO:0", "AΆΆ"])
# (a credit, a skip link, a line printed twice: without the skip link, the line under the credit
# is no caption either, its repeat no repeat of a figure)
@example(
    [
        "PHOTO:0",
        "Skip to main content",
        "If you have questions about this Agreement, you should contact us at legal@example.com."
        " Alternatively, you may contact us at:",
        "If you have questions about this Agreement, you should contact us at legal@example.com."
        " Alternatively, you may contact us at:",
    ]
)
# (a headline candidate over a skip link, then a line opening in lower case: judged as if the
# skip link were not there, as the second pass reads it)
@example(
    ["APHOT00000000000 A A", "Skip to main content", "a000000000000000000 aPHOT000000000000000"]
)
@example(["APHOT00000000000 A A", "0", "a000000000000000000 aPHOT000000000000000"])
# (a line three times over is no caption printed twice)
@example(["0", "A0A0A0¹", "A0A0A0¹", "A0A0A0¹"])
# (a line printed twice with a removed line between: read past it, as the second pass reads the
# pair next to each other)
@example(
    [
        '"I have no doubt that as time goes on, there will be more and more cases"',
        "Letters to the editor",
        "aΆΆ",
        "Letters to the editor",
        "A light at the end of the tunnel, or are student newsrooms still stuck?",
    ]
)
# (a page whose only long line is chrome: its few other letters name no script)
@example(
    [
        "Thanks for reading Slow Boring! Subscribe for free to receive new posts and support"
        " my work.",
        "Ͱ",
        "AAΆ",
    ]
)
# (a page whose only prose is a line over a credit: its text, with or without a blank between)
@example([".", "", "©00"])
@example(
    [
        "APHOT00000000000 A A",
        "BIDEN ADMIN APPROVES UKRAINE'S USE OF LONG-RANGE MISSILES INSIDE RUSSIA",
        "a000000000000000000 aPHOT000000000000000",
    ]
)
@example(
    [
        "0",
        "Jim & Andy (documentaire, France, 1h33, Netflix)",
        "Please turn on JavaScript to use this feature.",
    ]
)
def test_stripping_is_idempotent(lines: list[str]) -> None:
    once = strip_chrome(source(lines))
    kept_text = [ln.text for ln in once.kept]
    twice = strip_chrome(source(kept_text))
    assert [ln.text for ln in twice.kept] == kept_text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_on_any_text(text: str) -> None:
    lines = text.replace("\r", "\n").split("\n")
    stripped = strip_chrome(source(lines))
    assert len(stripped.lines) == len(lines)


def test_the_same_article_saved_twice_is_not_emptied_by_repetition() -> None:
    lines = ["Menu", "", P1, "", P2, "", P3]
    a, b = source(lines, "a.txt"), source(lines, "b.txt")
    repeated = find_repeated_lines([a, b])
    stripped = strip_chrome(a, repeated=repeated)
    assert [ln.text for ln in stripped.kept] == [P1, P2, P3]
    medium = [
        "Menu",
        "",
        "The mayor said on Monday that the new library will open in the spring.",
        "",
        "It will have a reading room for children, a cafe and a small cinema.",
        "",
        "Construction cost less than planned, the city's finance office said.",
    ]
    alone = [ln.text for ln in strip_chrome(source(medium)).kept]
    assert alone, "the page alone keeps its body"
    repeated = find_repeated_lines([source(medium, "c.txt"), source(medium, "d.txt")])
    assert [ln.text for ln in strip_chrome(source(medium), repeated=repeated).kept] == alone


@pytest.mark.parametrize(
    "line",
    [
        "By contrast, the results were poor.",
        "By then it was too late",
        "Updated rules will apply from May.",
        "Source code of the tool is public.",
        "May 12, 2025 was a Monday.",
        "In March 2020, 5 people died.",
        "By May 12, 2025 the deal was done.",
        "Our staff were told to leave.",
        "Our reporters visited the town on Monday",
        "March 2020",
        "Latest update on the talks came at 9 pm, officials said.",
        # a label's word only as the start of another word
        "Standards (53)",
        # a surname whose particle also opens bylines ("di", "von") is no byline
        "Di Maio",
        "Von Trapp",
        # an article's attribution, no publication's name
        "Source: decree of the president No. 142/2024",
    ],
)
def test_sentences_that_start_like_metadata_stay_text(line: str) -> None:
    from briefings.chrome import match_metadata

    assert match_metadata(line) is None


def test_headline_before_the_article_becomes_title_metadata() -> None:
    lines = ["News", "Politics", "", "Parliament approves the regional budget", "", P1, "", P2]
    got = strip_chrome(source(lines)).lines[3]
    assert (got.kind, got.meta_key, got.meta_value) == (
        LineKind.METADATA,
        "title",
        "Parliament approves the regional budget",
    )
    first = ["Parliament approves the regional budget", "", "Friday, July 21, 2017", "", P1, "", P2]
    top = strip_chrome(source(first)).lines
    assert (top[0].meta_key, top[2].meta_key) == ("title", "date")


def test_the_headline_printed_again_above_the_first_paragraph_is_chrome() -> None:
    """(a photo's alt text with the headline's words, Times of India); further down a line
    with the title's words is the article's own"""
    title = "Parliament approves the 'record' regional budget; schools get more money"
    date = "Updated: Nov 14, 2024, 09:12 IST"
    lines = ["News", "Politics", "", title, date, "Share", title, P1, "", title, P2, P3]
    got = strip_chrome(source(lines)).lines
    assert (got[3].meta_key, got[6].kind, got[6].reason) == (
        "title",
        LineKind.CHROME,
        "repeats the headline",
    )
    assert got[9].kind is LineKind.PARAGRAPH


def test_a_share_box_labelled_with_the_headline_makes_the_bare_line_the_title() -> None:
    """A share box labels its button with the headline ("Share The 21 best movies of 2017",
    Vox): the bare line is the headline printed twice, the labelled one no title."""
    title = "Parliament approves the regional budget"
    standfirst = "How the money is shared out, and what it means for the schools of the region."
    lines = ["News", "Video", title, standfirst, "By Jane Doe", "Share  Tweet", f"Share {title}"]
    lines += ["", P1, "", P2]
    got = strip_chrome(source(lines)).lines
    assert (got[2].meta_key, got[2].meta_value) == ("title", title)
    assert got[6].kind is LineKind.CHROME


_COLUMNISTS = ["Grace Dent", "Mary Dejevsky", "Robert Fisk", "John Rentoul", "Mark Steel"]


@pytest.mark.parametrize(
    ("tail", "removed"),
    [
        # the authors' box under the article: a name, then a sentence opening with it
        (["Arata Yamamoto", "Arata Yamamoto is a producer and reporter based in Tokyo."], 2),
        (
            [
                "Arata Yamamoto",
                "Arata Yamamoto is a producer and reporter based in Tokyo.",
                "Jennifer Jett",
                "Jennifer Jett is the Asia digital editor for NBC News, based in Hong Kong.",
            ],
            4,
        ),
        # a section heading naming a person, then a paragraph about them, stays
        (["Anna Smith", "Anna Smith said the budget would pass before the end of the year."], 0),
        (["Anna Smith", "The minister, Anna Smith, is a former teacher from the north."], 0),
    ],
)
def test_the_authors_box_after_the_article_is_chrome(tail: list[str], removed: int) -> None:
    lines = strip_chrome(source([HEAD, "", P1, "", P2, "", P3, "", *tail])).lines
    got = [ln for ln in lines if ln.text in tail and ln.reason == AUTHOR_BIO]
    assert len(got) == removed
    assert all(ln.kind is LineKind.CHROME for ln in got)
    assert all(ln.kind in BODY_KINDS for ln in lines if ln.text in (P1, P2, P3))


@pytest.mark.parametrize(
    ("under_title", "byline"),
    [
        # authors' names alone on their lines under the headline (Axios, NPR)
        (["Stef W. Kight", "Alex Thompson"], "Stef W. Kight, Alex Thompson"),
        (["Share", "Deirdre Walsh", "", "Claudia Grisales"], "Deirdre Walsh, Claudia Grisales"),
        # ... or one name right over the date line (Substack, The Independent)
        (["Matthew Yglesias", "Nov 20, 2024"], "Matthew Yglesias"),
        # ... also with the author's title and handle between them (Sky News)
        (
            ["Jane Doe", "Political correspondent", "@janedoe", "Tuesday 4 June 2024 14:07, UK"],
            "Jane Doe",
        ),
        (["Jane Doe", "@janedoe", "Nov 20, 2024"], "Jane Doe"),
        # ... or a name, any name, in capitals or not, with the handle on its line (Daily Sabah)
        (["NURAY KAYA @nuray_kaya", "Published 01.01.2019 00:00"], "NURAY KAYA"),
        (["Nuray Kaya @nuraykaya"], "Nuray Kaya"),
        # ... or one line of names and the place the story was filed from (the Guardian)
        (["Fiona Harvey in Baku"], "Fiona Harvey"),
        (["Fiona Harvey and Damian Carrington in Baku"], "Fiona Harvey and Damian Carrington"),
        (["Protests in Baku"], None),
        (["Middle East in Focus"], None),
        # one name alone, a menu of columnists, names that are no given names, names far
        # below the headline: no byline
        (["Alex Thompson"], None),
        (_COLUMNISTS, None),
        (["Middle East", "Latin America"], None),
        (["Share", "Print", "Save", "Listen", "Email", "Stef W. Kight", "Alex Thompson"], None),
    ],
)
def test_names_alone_under_the_headline_are_the_byline(
    under_title: list[str], byline: str | None
) -> None:
    lines = ["News", "", "Parliament approves the regional budget", *under_title, "", P1, P2, P3]
    got = strip_chrome(source(lines)).lines
    assert got[2].meta_key == "title"
    bylines = [ln.meta_value for ln in got if ln.meta_key == "byline" and ln.meta_value]
    assert bylines == ([byline] if byline else [])


def test_the_headline_over_the_lead_photos_credit_is_no_caption() -> None:
    """(Arab News: the headline, the illustration's credit, controls, the date, the headline
    again, the article: the first copy is no caption of the illustration)"""
    head = "Regional parliament approves the budget after a nine-hour debate"
    lines = [head, "", "Illustration by Jane Doe", "Short Url", "Updated 12 December 2019"]
    got = strip_chrome(source([*lines, "Follow", "", head, "", P1, "", P2, "", P3])).lines
    assert (got[0].kind, got[2].kind) == (LineKind.CHROME, LineKind.FIGURE_CREDIT)
    assert [ln.meta_value for ln in got if ln.meta_key == "title"] == [head]


def test_the_headline_printed_again_under_the_byline_and_date_is_chrome() -> None:
    """(Daily Sabah: headline, the author's name and handle, dates, the headline again)"""
    head = "Regional parliament approves the budget after a nine-hour debate"
    lines = [head, "", "NURAY KAYA @nuray_kaya", "Published 01.01.2019 00:00", head, "", P1, "", P2]
    got = strip_chrome(source(lines)).lines
    assert [(ln.kind, ln.meta_key) for ln in got[:5]] == [
        (LineKind.METADATA, "title"),
        (LineKind.BLANK, None),
        (LineKind.METADATA, "byline"),
        (LineKind.METADATA, "date"),
        (LineKind.CHROME, None),
    ]


def test_the_authors_title_and_handle_under_the_byline_are_metadata() -> None:
    under_title = ["Jane Doe", "Political correspondent", "@janedoe", "4 June 2024 14:07"]
    lines = ["News", "", "Parliament approves the regional budget", *under_title, "", P1, P2]
    got = strip_chrome(source(lines)).lines
    assert [ln.kind for ln in got[3:7]] == [LineKind.METADATA] * 4


@pytest.mark.parametrize(
    "headline",
    ["Von der Leyen warns the regional parliament", "Di Maio quits the regional government"],
)
def test_a_headline_opening_with_a_bylines_word_is_the_title(headline: str) -> None:
    got = strip_chrome(source([headline, "", P1, "", P2])).lines[0]
    assert (got.kind, got.meta_key, got.meta_value) == (LineKind.METADATA, "title", headline)


HEADLINE = "Regional budget approved"
STANDFIRST = (
    "After nine hours of debate the regional parliament passed the budget for schools and hospitals"
)


HEAD = "Parliament approves regional budget"
BELOW = [
    STANDFIRST,
    "By Anna Smith",
    "Share on Facebook",
    "Share on Twitter",
    "",
    P1,
    "",
    P2,
    "",
    P3,
]


_ZH_P1 = (
    "\u3000\u3000市议会周二投票决定把公交网络扩展到北部城区，这项计划已经讨论了三年多。"
    "支持者说，新线路将为数千名居民缩短通勤时间。"
)
_ZH_HEAD = "北部城区公交网络扩建？市议会批准"
_ZH_P2 = "\u3000\u3000反对者认为，四千万欧元的费用会给本已紧张的预算带来压力。"


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # the longest title-like line sharing a subject word with the article ...
        (["Menu", "", "Budget", "", STANDFIRST, *BELOW[1:]], STANDFIRST),
        (["Menu", "", HEAD, "", "Anna Smith", "", STANDFIRST, *BELOW[1:]], STANDFIRST),
        # ... unless a shorter one sits right above it (lines of a phrase list, a byline, passed
        # over): headline, then its standfirst (or a caption), the headline first
        (["Menu", "", HEAD, *BELOW], HEAD),
        # ... also a headline asking a question after a statement
        (["Menu", "", "The budget is late. Can parliament pass it?", *BELOW],
         "The budget is late. Can parliament pass it?"),
        (["Menu", "", "The budget is late. Parliament will pass it.", *BELOW], STANDFIRST),
        (["Menu", "", HEAD, "", "By Anna Smith", "", "Photo", "", *BELOW], HEAD),
        (["Menu", "", HEAD, "", STANDFIRST, "", f"{STANDFIRST} on Wednesday", *BELOW[1:]], HEAD),
        # ... but not a line less plain than it: the one with two sentences stays below
        (["Menu", "", "Budget passed. Schools get it", STANDFIRST, *BELOW[1:]], STANDFIRST),
        # ... unless a shorter one is printed twice on the page (a sticky bar): the headline
        ([HEAD, "Menu", HEAD, *BELOW], HEAD),
        # ... or the longer one holds two sentences (a standfirst)
        (
            ["Menu", "", HEAD, "Budget passed. Schools and hospitals get most", *BELOW[1:]],
            HEAD,
        ),
        # a headline in capitals (a line so printed between paragraphs is a link: Fox News)
        (
            ["Menu", "", "PARLIAMENT APPROVES REGIONAL BUDGET AFTER NINE HOURS", "", P1, "", P2],
            "PARLIAMENT APPROVES REGIONAL BUDGET AFTER NINE HOURS",
        ),
        # a repeated label of fewer than four words does not win
        (["Regional budget news", "Menu", "Regional budget news", *BELOW], STANDFIRST),
        # (its words counted, not an ampersand: a section's label in the menu and over the headline)
        (["Regional Budget & Finance", "Menu", "Regional Budget & Finance", *BELOW], STANDFIRST),
        # a headline may open with a quote when its own words follow
        (
            ["Menu", "", "'We had no choice': regional parliament approves budget", "", P1, "", P2],
            "'We had no choice': regional parliament approves budget",
        ),
        # a headline may end in initials' period (the first line, before the body)
        (
            ["Regional parliament approves budget for N.Y.C.", "", P1, "", P2, "", P3],
            "Regional parliament approves budget for N.Y.C.",
        ),
        # ... or with a quoted term (up to four words) its own words follow
        (
            ["Menu", "", "'Neutral' budget office: 'Is there any money left?'", "", P1, "", P2],
            "'Neutral' budget office: 'Is there any money left?'",
        ),
        (
            ["Menu", "", "‘Regional Budget’ approved by parliament after debate", "", P1, "", P2],
            "‘Regional Budget’ approved by parliament after debate",
        ),
        # ... or a quoted clause, its speaker and four words or more (a report of speech)
        (
            ["Menu", "", "'We won't cut it,' parliament tells the regional government", "", P1,
             "", P2],
            "'We won't cut it,' parliament tells the regional government",
        ),
        (
            ["Menu", "", "“Is the budget lost?” regional parliament asks after the vote", "", P1,
             "", P2],
            "“Is the budget lost?” regional parliament asks after the vote",
        ),
        # ... but not a long quotation, nor a quote and its speaker
        (["Menu", "", "'We approve the regional budget,' parliament said", "", P1, "", P2],
         None),
        (["Menu", "", "'We approve the whole budget today' parliament said", "", P1, "", P2],
         None),
        (["Menu", "", "'Budget' — parliament's speaker on the vote", "", P1, "", P2], None),
        # a headline may end in a question or an exclamation ...
        (["Menu", "", "Parliament approves the regional budget at last!", "", P1, "", P2],
         "Parliament approves the regional budget at last!"),
        # ... but an exclamation loses to a plain title-like line (a list item's cheer)
        (["Menu", "", "Schools and hospitals are the big budget winners this year!", "", HEAD,
          *BELOW[1:]], HEAD),
        # a line opening with a lower-case word continues something (a tag strip, wrapped text)
        (["Menu", "", "in Featured Article Budget Parliament Regional", "", P1, "", P2], None),
        (["Menu", "", "the regional parliament passed the budget", "", P1, "", P2], None),
        # (a brand's lower-case first letter is no such line)
        (["Menu", "", "iPhone budget approved by the regional parliament", "", P1, "", P2],
         "iPhone budget approved by the regional parliament"),
        # a line whose sentence goes on in the line under it (text wrapped into short lines) ...
        (["Menu", "", HEAD, "", "Anna Smith", "", "The budget gives schools and hospitals",
          "more money than any plan before it, and", *BELOW[1:]], HEAD),
        # ... not a headline over a byline or a date stamp in lower case
        (["Menu", "", HEAD, "by Anna Smith", "", P1, "", P2], HEAD),
        (["Menu", "", "Lawmakers back the budget after a long night",
          "on March 10, 2015 by Anna Smith", *BELOW[2:]],
         "Lawmakers back the budget after a long night"),
        # a row of tab-separated cells is a menu or a table row
        (["Menu", "", "Regional news\tBudget debate\tParliament\tSchools", "", HEAD, *BELOW[1:]],
         HEAD),
        # an interview's question is its text, no headline
        (["Menu", "", "Q: Will the regional budget pass after the long parliament debate?", "",
          P1, "", P2], None),
        # a quote alone is no headline
        (["Menu", "", "'We had no choice in the regional budget'", "", P1, "", P2], None),
        # a wiki's title is the line above its tagline, however short ...
        (["Parliament", "From Wikipedia, the free encyclopedia", "Jump to search", "", P1, P2],
         "Parliament"),
        (["Budget", "Aus Wikipedia, der freien Enzyklopädie", "", P1, P2], "Budget"),
        # ... when it shares a word with the article (not a menu's last button)
        (["Parliament", "Edit", "Tools", "From Wikipedia, the free encyclopedia", "", P1, P2],
         None),
        # ... and reads as a title: no sentence, no byline
        (["Parliament met on Wednesday.", "From Wikipedia, the free encyclopedia", "", P1, P2],
         None),
        (["By Budget Staff", "From Wikipedia, the free encyclopedia", "", P1, P2], None),
        # a headline printed right above the photo's credit (read as its caption) when no other
        # line is one
        (["Menu", "", "21.07.2017", "", HEAD, "", "© Photo: REUTERS / Jane Doe", "", P1, "", P2,
          "", P3], HEAD),
        # a breadcrumb trail ending in the headline is not it: the headline printed below is
        (["Menu", f"Home > News > 2017 > {HEAD}", "", "21.07.2017", "", HEAD, "", P1, "", P2, "",
          P3], HEAD),
        # a document's headline dated after a dash, though it shares no word with the text
        # and the speaker's name and title stand under it (State Department briefings)
        (["Menu", "", "Department Press Briefing – October 11, 2022", "",
          "Ned Price, Department Spokesperson", "", P1, "", P2],
         "Department Press Briefing – October 11, 2022"),
        (["Menu", "", "Joint Statement - 5 May 2023", "", P1, "", P2],
         "Joint Statement - 5 May 2023"),
        # ... not a place's date line ("Madrid - 06 mar 2025")
        (["Menu", "", "Madrid - 6 March 2025", "", P1, "", P2], None),
        # a Chinese headline: unspaced, under twenty characters, a character about a word
        (["首页 > 科技频道 > 正文", _ZH_HEAD, "", _ZH_P1, "", _ZH_P2], _ZH_HEAD),
        # ... but two characters are no headline
        (["首页", "公交", "", _ZH_P1, "", _ZH_P2], None),
    ],
)  # fmt: skip
def test_which_title_like_line_is_the_headline(lines: list[str], title: str | None) -> None:
    titles = [ln.meta_value for ln in strip_chrome(source(lines)).lines if ln.meta_key == "title"]
    assert titles == ([title] if title else [])


SHARE = ["Share on Facebook", "Share on Twitter", "Share via Email", "Share on LinkedIn"]


def test_lines_removed_by_a_phrase_list_do_not_use_up_the_headline_window() -> None:
    lines = ["Menu", "", HEADLINE, "", *SHARE, *SHARE, *SHARE, "", P1, "", P2, "", P3]
    titles = [ln.text for ln in strip_chrome(source(lines)).lines if ln.meta_key == "title"]
    assert titles == [HEADLINE]


# a tag list and an editor's toolbar between the headline and the body, longer than the window
TAG_ROWS = [
    "money", "shopping", "savings", "finances", "habits", "budget", "psychology", "picks",
    "politics", "economy", "regions", "parliament", "taxes", "schools", "hospitals", "debate",
    "opposition", "summer",
]  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # no line near the body is a headline: the nearest further up sharing two subject words
        (["Menu", "", "Mayor opens a new bridge", "", HEAD, "", *TAG_ROWS, "", P1, "", P2, "", P3],
         HEAD),
        # ... not one sharing a single word
        (["Menu", "", "Mayor opens a new budget bridge", "", *TAG_ROWS, "", P1, "", P2, "", P3],
         None),
    ],
)  # fmt: skip
def test_a_headline_far_above_the_body(lines: list[str], title: str | None) -> None:
    titles = [ln.meta_value for ln in strip_chrome(source(lines)).lines if ln.meta_key == "title"]
    assert titles == ([title] if title else [])


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # sharing no subject word with the body: the title-like line right above the date line
        (["Menu", "", "Spokesperson Jane Doe's Regular Press Conference", "",
          "Updated: Jul 24, 2019", "", P1, "", P2, "", P3],
         "Spokesperson Jane Doe's Regular Press Conference"),
        # ... not a section's label of fewer words, nor a line further up
        (["Menu", "", "Press Conference", "", "Updated: Jul 24, 2019", "", P1, "", P2, "", P3],
         None),
        (["Spokesperson Jane Doe's Regular Press Conference", "", "Share - WeChat", "",
          "Updated: Jul 24, 2019", "", P1, "", P2, "", P3],
         None),
    ],
)  # fmt: skip
def test_a_headline_right_above_the_date_line(lines: list[str], title: str | None) -> None:
    titles = [ln.meta_value for ln in strip_chrome(source(lines)).lines if ln.meta_key == "title"]
    assert titles == ([title] if title else [])


def test_code_opening_the_body_is_no_headline() -> None:
    lines = ["window._taboola = window._taboola || [];", "", P1, "", P2, "", P3]
    assert not [ln for ln in strip_chrome(source(lines)).lines if ln.meta_key == "title"]


@pytest.mark.parametrize(
    ("line", "rejected"),
    [
        # bylines and date stamps the metadata patterns miss, chrome run together, code
        ("Dan Goodin - Apr 16, 2015 8:02 pm UTC", True),
        ("by Lucas Nolan22 Dec 2016651", True),
        ("Reporting by Lucas Nolan22 Dec 2016651", True),
        ("Par Jean Dupont, le 12 mars 2024 à 10h30", True),
        ("Von Max Muster und Erika Mustermann, 12. März 2024", True),
        ("Skip to contentSkip to site index", True),
        ("Continue reading the main story Share This Page", True),
        ("window._taboola = window._taboola || [];", True),
        ("Netanyahu visits the Western Wall on March 18. (Thomas Coex/AFP/Getty Images)", True),
        ("Un Népalais prie à Katmandou, le 30 avril 2015. (Photo Prakash Mathema. AFP)", True),
        # headlines
        ("Just-released Minecraft exploit makes it easy to crash game servers", False),
        ("United States to Lift Sudan Sanctions", False),
        ("The 21 best movies of 2017", False),
        # ... also a document's, dated after a dash
        ("Department Press Briefing – October 11, 2022", False),
        # ... also when they open with a byline's opening word
        ("Von der Leyen warns Moscow over gas supplies", False),
        ("Di Maio quits Five Star Movement", False),
        ("By the numbers: a year of war in Ukraine", False),
        # ... also with their date, or a semicolon
        (
            "Biologist Nick Bos tells Wikinews about 'self-medicating' ants Tuesday, "
            "September 1, 2015",
            False,
        ),
        (
            "NASA celebrates 30th anniversary of first shuttle launch; announces new homes "
            "for retired shuttles",
            False,
        ),
    ],
)
def test_bylines_dates_and_chrome_are_no_headline(line: str, rejected: bool) -> None:
    assert _not_a_headline(line, load_rules()) is rejected


def test_a_headline_shares_a_subject_word_with_the_article() -> None:
    body = _content_words(f"{P1} {P2}", frozenset({"the", "with", "that"}))
    assert _content_words("Regional parliament approves budgets", frozenset()) & body
    assert not _content_words("Forgot your password?", frozenset()) & body
    assert not _content_words("From Wikipedia, the free encyclopedia", frozenset()) & body


@pytest.mark.parametrize(
    ("headline", "shared"),
    [
        # a short name is a subject word (Chinese, Korean names: "Xi", "Li", "Kim") ...
        ("Highlights of President Xi's written interview", {"xi"}),
        ("Kim arrives in Hanoi", {"kim"}),
        # ... a short common word is none, in capitals or not
        ("The UN and we", set()),
    ],
)
def test_a_short_name_is_a_subject_word(headline: str, shared: set[str]) -> None:
    body = "Xi: China is ready to partner with the UN. Kim and we said so, and the Korean side."
    stop = frozenset({"the", "and", "we", "so", "is", "to", "with", "said"})
    assert _content_words(headline, stop) & _content_words(body, stop) == shared


PAGES = Path(__file__).resolve().parent / "golden" / "pages"

# Hand-made pages in the shape of real sites (copied text): the article's lines and kinds.
PAGE_CASES = [
    (
        "ru-news-page.txt",
        {20: "paragraph", 22: "quote", 26: "paragraph", 28: "heading", 30: "paragraph",
         34: "paragraph"},
        {13: "date", 14: "title"},
        {32: "figure-credit"},
    ),
    (
        "en-blog-page.txt",
        {13: "paragraph", 15: "paragraph", 17: "heading", 19: "paragraph", 21: "paragraph",
         23: "heading", 25: "paragraph"},
        {9: "title", 11: "date"},
        {},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "meta", "figures"), PAGE_CASES)
def test_hand_made_pages(
    name: str, body: dict[int, str], meta: dict[int, str], figures: dict[int, str]
) -> None:
    source = read_source(PAGES / name)
    stripped = strip_chrome(source)
    got_body = {ln.number: ln.kind.value for ln in stripped.lines if ln.kind in BODY_KINDS}
    got_meta = {ln.number: ln.meta_key for ln in stripped.lines if ln.kind is LineKind.METADATA}
    got_fig = {ln.number: ln.kind.value for ln in stripped.lines if ln.kind in FIGURE_KINDS}
    assert (got_body, got_meta, got_fig) == (body, meta, figures)
    others = set(range(1, len(source.lines) + 1)) - set(body) - set(meta) - set(figures)
    for number in others:
        line = stripped.lines[number - 1]
        assert line.kind in (LineKind.CHROME, LineKind.BLANK), (number, line)


_HINTS = st.sampled_from(["", "heading", "caption", "credit", "quote", "list", "title", "byline"])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(_LINE, _HINTS), max_size=30))
def test_html_sources_keep_every_line_in_one_place(pairs: list[tuple[str, str]]) -> None:
    lines = tuple(t.replace("\n", " ") for t, _ in pairs)
    hints = tuple(h for _, h in pairs)
    src = SourceText("p.html", lines, "utf-8", format="html", hints=hints)  # type: ignore[arg-type]
    stripped = strip_chrome(src)
    assert [ln.text for ln in stripped.lines] == list(lines)
    assert all(ln.reason for ln in stripped.removed)


@given(st.text(max_size=40))
def test_line_key_edge_trim_matches_the_regex_it_replaces(text: str) -> None:
    # _trim_edges replaced a quadratic regex; it must keep the regex's meaning exactly.
    from briefings.chrome import _trim_edges

    assert _trim_edges(text) == re.sub(r"^[\W_]+|[\W_]+$", "", text)


def _script_counts_reference(text: str) -> list[tuple[str, int]]:
    """Letters per script the slow way (per character, in order of each script's first letter)."""
    import unicodedata

    out: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            try:
                first = unicodedata.name(ch).split(" ", 1)[0]
            except ValueError:
                first = ""
            if first in ("CJK", "HIRAGANA", "KATAKANA", "IDEOGRAPHIC"):
                first = "CJK"
            out[first] = out.get(first, 0) + 1
    return list(out.items())


_MIXED_TEXT = st.text(
    alphabet=st.sampled_from(list("ab Z9,.\t\x1c“”’éßÀ×÷ЖжДαΩ中文。ｱ\u00a0\u2003-")), max_size=40
)


@given(st.one_of(_MIXED_TEXT, st.text(max_size=40)))
def test_script_counts_fast_paths_match_the_per_character_count(text: str) -> None:
    # ASCII and Latin-only lines are counted by bytes; the counts and their order must not move.
    from briefings.chrome import script_counts

    assert list(script_counts(text).items()) == _script_counts_reference(text)


@given(st.one_of(_MIXED_TEXT, st.text(max_size=40)))
def test_line_features_digit_share_matches_the_per_character_count(text: str) -> None:
    from briefings.chrome import DocumentProfile, line_features

    stripped = text.strip()
    non_space = [ch for ch in stripped if not ch.isspace()]
    other = [ch for ch in non_space if not ch.isalpha()]
    want = len(other) / len(non_space) if non_space else 1.0
    profile = DocumentProfile(script="LATIN", language="", stopwords=frozenset())
    assert line_features(text, profile)["digits"] == want


_KEY_TEXT = st.text(
    alphabet=st.sampled_from(list("aB 1()[]\t\n\u00a0\u2028.-•（）İıI\u0307")), max_size=30
)


@given(st.one_of(_KEY_TEXT, st.text(max_size=30)))
def test_line_key_shortcuts_match_the_full_substitutions(text: str) -> None:
    # line_key skips the space and counter substitutions where they cannot change the key.
    from briefings.chrome import _trim_edges

    slow = re.sub(r"\s*[\(\[（]\d+[\)\]）]$", "", re.sub(r"\s+", " ", text.strip().lower()))
    slow = slow.replace("\u0307", "").replace("ı", "i")  # (Turkish i, see line_key)
    assert line_key.__wrapped__(text) == _trim_edges(slow)


def test_no_character_before_the_first_cjk_bound_is_cjk() -> None:
    # text_length skips counting CJK characters in text below _FIRST_CJK.
    from briefings.chrome import _FIRST_CJK, _char_script

    assert not [hex(cp) for cp in range(ord(_FIRST_CJK)) if _char_script(chr(cp)) == "CJK"]
    assert _char_script(_FIRST_CJK) == "CJK"


_PHRASE_TEXT = st.text(alphabet=st.sampled_from(list("abc .-(")), max_size=12)


@given(st.lists(_PHRASE_TEXT, max_size=8), _PHRASE_TEXT)
def test_trie_alternation_finds_what_the_phrase_loop_finds(phrases: list[str], text: str) -> None:
    # find_phrase screens lines with one trie-shaped regex per phrase kind (speed, issue 7).
    from briefings.chrome import _any_of

    pattern = _any_of(phrases)
    found = pattern is not None and pattern.search(text) is not None
    assert found == any(p in text for p in phrases)
    starts = pattern is not None and pattern.match(text) is not None
    assert starts == any(text.startswith(p) for p in phrases)


_SCREEN_LINES = st.one_of(
    st.sampled_from(
        [
            "Advertisement", "Sponsored by Acme", "©", "© 2024 Acme", "Read more", "3 comments",
            "Share on Facebook", "All rights reserved.", "Skip to main content", "12 / 40",
            "Follow us on X", "Related stories", "The minister said the budget would pass.",
            "Privacy PolicyTerms of UseAdChoices", "Contact us about us", "Site Map. Site Map",
        ]
    ),
    st.text(max_size=60),
)  # fmt: skip


@given(_SCREEN_LINES, st.booleans())
def test_phrase_screen_never_changes_what_find_phrase_finds(text: str, exact_only: bool) -> None:
    # The screen only skips the group and pattern loops where they cannot match.
    import dataclasses

    from briefings.chrome import find_phrase

    rules = load_rules()
    assert rules.phrase_filter is not None
    unscreened = dataclasses.replace(rules, phrase_filter=None)
    assert find_phrase(text, rules, exact_only) == find_phrase(text, unscreened, exact_only)


def test_the_pattern_screen_holds_every_pattern_it_can_join() -> None:
    # A pattern that refers to its own groups ("(?P=first)") cannot be joined; it is left out
    # of the one search per line and tried alone, instead of every line going through all the
    # patterns one by one (speed, issue 7: one such pattern had turned the screen off).
    from briefings.chrome import _GROUP_REFERENCE

    rules = load_rules()
    assert rules.phrase_filter is not None and rules.phrase_filter.patterns is not None
    apart = [k for k, (_, p, _) in enumerate(rules.patterns) if _GROUP_REFERENCE.search(p.pattern)]
    assert list(rules.phrase_filter.unscreened) == apart


@given(st.one_of(st.text(alphabet=st.sampled_from(list("aZ9_ '-’é\t.")), max_size=30), st.text()))
def test_find_words_ascii_pattern_finds_what_the_unicode_one_does(text: str) -> None:
    from briefings.chrome import _WORD, find_words

    assert find_words(text) == _WORD.findall(text)


# --------------------------------------------------------------------------- wire datelines

DATELINES = [
    ("MOSCOW (AP) — An unmanned Russian cargo ship broke up over Siberia.", True),
    ("SEOUL, South Korea — A plan to impeach the president failed on Saturday.", True),
    ("WASHINGTON, Nov. 3 (Reuters) - The U.S. economy added jobs in October.", True),
    ("NEW YORK -- Stocks fell sharply on Wall Street in early trading on Monday.", True),
    ("The UK - and the EU - agreed on the text after a long night of talks.", False),
    ("Moscow — the capital — was quiet on Sunday as voters went to the polls.", False),
]


@pytest.mark.parametrize(("line", "is_dateline"), DATELINES)
def test_dateline_patterns(line: str, is_dateline: bool) -> None:
    assert any(p.match(line) for p in load_rules().datelines) is is_dateline


OTHER_STORY = (
    "Ohio's prison parole board heard arguments on Thursday for and against mercy for a man set "
    "to die in January, and the governor is expected to decide next month."
)
WIRE_BODY = [
    "MOSCOW (AP) — An unmanned Russian cargo spaceship heading to the space station broke up in "
    "the atmosphere over Siberia on Thursday, the space agency said.",
    P1,
    P2,
]


@pytest.mark.parametrize("marker", ["216 Comments. Click to view comments", "Related stories"])
def test_a_dateline_after_an_end_of_article_marker_starts_the_story(marker: str) -> None:
    # (three long paragraphs of another story outweigh the marker in the body stretch)
    lines = [OTHER_STORY, OTHER_STORY, OTHER_STORY, "", marker, "", P3, "", *WIRE_BODY]
    kept = [ln.number for ln in strip_chrome(source(lines)).kept]
    assert kept == [7, 9, 10, 11]  # P3 right above the dateline stays (a caption's place)


def test_a_dateline_without_a_marker_before_it_changes_nothing() -> None:
    lines = [OTHER_STORY, OTHER_STORY, OTHER_STORY, "", P3, "", *WIRE_BODY]
    kept = [ln.number for ln in strip_chrome(source(lines)).kept]
    assert kept == [1, 2, 3, 5, 7, 8, 9]


# --------------------------------------------------------------------------- lists of items

COMMENT = (
    "I think the author is right about this, and I have written to my representative twice "
    "about the very same problem, without any answer so far."
)


def test_a_comment_thread_after_the_article_is_cut() -> None:
    thread = []  # (long comments: their text outweighs the markers in the body stretch)
    for name in ("Lars", "Anonymous", "Maria", "Tom"):
        thread += [name, "", COMMENT * 3, "", COMMENT * 2, "", "Reply", ""]
    lines = [P1, "", P2, "", P3, "", P1 + " (2)", "", "View comments (4)", "", *thread]
    stripped = strip_chrome(source(lines))
    assert [ln.number for ln in stripped.kept] == [1, 3, 5, 7]
    assert all(ln.kind is LineKind.CHROME for ln in stripped.lines if COMMENT in ln.text)


TEASER = (
    "Scientists have shown how a drug cocktail of four compounds can convert support cells "
    "into neurons in the brain of mice."
)


def test_a_short_tail_of_teasers_after_a_related_heading_is_cut() -> None:
    body = [f"{p} ({k})" for k in range(5) for p in (P1, P2, P3)]
    teasers = [f"Story {k} of the week: new findings on the brain. {TEASER}" for k in range(3)]
    lines = [*body, "", "Related coverage", "", *teasers]
    stripped = strip_chrome(source(lines))
    assert [ln.text for ln in stripped.kept] == body
    assert all(ln.kind is LineKind.CHROME for ln in stripped.lines if TEASER in ln.text)


def test_two_tails_of_teasers_after_two_related_headings_are_cut() -> None:
    # the last heading's tail is cut first; the one before it is then the stretch's last
    body = [f"{p} ({k})" for k in range(5) for p in (P1, P2, P3)]
    teasers = [f"Story {k} of the week: new findings on the brain. {TEASER}" for k in range(3)]
    more = [f"Story {k} of the day: a new drug for the heart. {TEASER}" for k in range(2)]
    lines = [*body, "", "Related coverage", *teasers, "share", "Latest news", *more]
    stripped = strip_chrome(source(lines))
    assert [ln.text for ln in stripped.kept] == body


@pytest.mark.parametrize(
    ("card", "closer", "cut"),
    [
        # a headline and its summary, then the link's words: a card teasing another story
        (
            ["Scientists find a new mechanism", "How do we form memories? A new study."],
            "Read now",
            True,
        ),
        (["Scientists find a new mechanism for memory formation"], "Read the full story", True),
        # a block of four lines is article text, whatever link follows it
        ([P1[:60], P2[:60], P3[:60], P1[60:120]], "Read now", False),
    ],
)
def test_a_card_teasing_another_story_goes_with_its_link(
    card: list[str], closer: str, cut: bool
) -> None:
    lines = [P1, "", P2, "", *card, closer, "", P3, "", P1 + " (2)", "", P2 + " (2)"]
    kinds = {ln.text: ln.kind for ln in strip_chrome(source(lines)).lines}
    assert all((kinds[c] is LineKind.CHROME) is cut for c in card), kinds
    assert all(kinds[p] in BODY_KINDS for p in (P1, P2, P3, P1 + " (2)", P2 + " (2)"))


@pytest.mark.parametrize("heading", ["More stories", "More news", "See more stories"])
def test_a_list_of_other_stories_after_the_article_is_cut(heading: str) -> None:
    # (a heading of other stories marks the article's end, as "Related coverage" does; a
    # single story's "Read more" link does not)
    body = [f"{p} ({k})" for k in range(5) for p in (P1, P2, P3)]
    teasers = [f"Story {k} of the week: new findings on the brain. {TEASER}" for k in range(3)]
    lines = [*body, "", heading, "", *teasers]
    stripped = strip_chrome(source(lines))
    assert [ln.text for ln in stripped.kept] == body


@pytest.mark.parametrize("control", ["Main article: History of New Zealand", "View photo", "Copy"])
def test_an_inline_control_leaves_the_heading_and_caption_next_to_it(control: str) -> None:
    # an inline control is removed, but the short lines around it (a section heading above a
    # wiki's "Main article" link, a caption under an image viewer's button) stay article
    # lines: they are judged by the article around them, not by the control
    lines = [P1, "", "Early history", control, "Settlers near the harbour", P2, "", P3]
    stripped = strip_chrome(source(lines))
    kinds = {ln.text: ln.kind for ln in stripped.lines}
    assert kinds[control] is LineKind.CHROME
    assert kinds["Early history"] in BODY_KINDS
    assert kinds["Settlers near the harbour"] in BODY_KINDS


HEADLINES = [
    "Woman, 116, becomes the oldest person in the world",
    "Housing market splits into two very different pieces",
    "Boeing chief refuses to admit flaws in the design",
    "Amazon expands again with the lease of two towers",
]


@pytest.mark.parametrize("marker", ["Most Read Business Stories", "Read more", "Related"])
def test_a_box_of_headlines_inside_the_article_is_cut(marker: str) -> None:
    # the article goes on after the box; the headline right before the next paragraph is
    # left alone (it may be the heading of the article's next section)
    before = [P1, P2, P3]
    after = [P1 + " (2)", P2 + " (2)", P3 + " (2)"]
    lines = [*before, marker, *HEADLINES, "Trade talks resume", *after]
    kinds = {ln.text: ln.kind for ln in strip_chrome(source(lines)).lines}
    assert all(kinds[h] is LineKind.CHROME for h in HEADLINES)
    assert kinds["Trade talks resume"] in BODY_KINDS
    assert all(kinds[p] in BODY_KINDS for p in before + after)


@pytest.mark.parametrize(
    "box",
    [
        # each headline under its section's label (NBC News' "Recommended" box) ...
        ["Recommended", "World", HEADLINES[0], "World", HEADLINES[1]],
        # ... or the box's own controls above, a share row under it (the Daily Mail's)
        ["RELATED ARTICLES", "Previous", "1", "Next", HEADLINES[0], HEADLINES[1], "Share"],
    ],
)
def test_the_last_headline_of_a_box_fenced_by_its_controls_is_a_teaser_too(
    box: list[str],
) -> None:
    # (with page chrome right above it or right under it, the last headline before the next
    # paragraph is a teaser's card, not the heading of the article's next section)
    before = [f"{p} ({k})" for k in range(2) for p in (P1, P2, P3)]
    after = [f"{p} ({k})" for k in range(2, 4) for p in (P1, P2, P3)]
    lines = [HEAD, *before, *box, *after]
    kinds = {ln.text: ln.kind for ln in strip_chrome(source(lines)).lines}
    assert kinds[HEADLINES[0]] is LineKind.CHROME
    assert kinds[HEADLINES[1]] is LineKind.CHROME
    assert all(kinds[p] in BODY_KINDS for p in before + after)


@pytest.mark.parametrize(
    ("gap", "teaser"),
    [
        # one headline printed right under a "Related" phrase is the story linked there ...
        ([], True),
        # ... but after a blank line it may be the heading of the article's next section
        ([""], False),
    ],
)
def test_one_headline_right_under_a_related_phrase_is_a_teaser(
    gap: list[str], teaser: bool
) -> None:
    headline = "Ex-coach sacked after a row with the board"
    lines = [P1, "", P2, "", "Related", *gap, headline, "", P3, "", P1 + " (2)"]
    kinds = {ln.text: ln.kind for ln in strip_chrome(source(lines)).lines}
    assert (kinds[headline] is LineKind.CHROME) is teaser
    assert all(kinds[p] in BODY_KINDS for p in (P1, P2, P3, P1 + " (2)"))


def test_a_box_of_two_headlines_keeps_only_the_last_for_a_heading() -> None:
    # (the Independent's "Read More" box of two stories: the first is a teaser, the one right
    # above the next paragraph may be the section's heading and stays)
    before = [f"{p} ({k})" for k in range(2) for p in (P1, P2, P3)]
    lines = [*before, "Read More", HEADLINES[0], HEADLINES[1], P1 + " (2)", P2 + " (2)"]
    kinds = {ln.text: ln.kind for ln in strip_chrome(source(lines)).lines}
    assert kinds[HEADLINES[0]] is LineKind.CHROME
    assert kinds[HEADLINES[1]] in BODY_KINDS


@pytest.mark.parametrize("marker", ["Read more", "See also"])
def test_section_headings_after_a_read_more_link_stay(marker: str) -> None:
    # one title-like line and then a paragraph is a heading, not a list of other stories;
    # a "See also" list is the article's own (no teasers flag)
    heading = "What the new budget means for schools and hospitals"
    lines = [P1, P2, marker, HEADLINES[0], heading, P3, P1 + " (2)"]
    kinds = {ln.text: ln.kind for ln in strip_chrome(source(lines)).lines}
    assert kinds[heading] in BODY_KINDS
    see_also = [P1, P2, P3, "See also", *HEADLINES, P1 + " (2)", P2 + " (2)"]
    kept = {ln.text for ln in strip_chrome(source(see_also)).kept}
    assert set(HEADLINES[:2]) <= kept


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # section headings in Title Case, scored as menu lines, between two paragraphs
        ("Make a List of Everything You Own and Do Some Decluttering", True),
        ("Learn to Delay Gratification and Destroy the Urge to Impulse Buy", True),
        # between paragraphs too, but a caption with its credit, a previous-post link
        ("Ayn Rand and Rand Paul (Credit: AP/Manuel Balce Ceneta)", False),
        # (the case above is a figure note by its "Credit:" anyway; this one only by the rule)
        ("Protesters Gather Outside the Parliament Building (Reuters)", False),
        ("← Previous: Chasing Quick Fixes To Sustainability", False),
    ],
)
def test_a_title_case_line_between_paragraphs_is_a_heading(line: str, kept: bool) -> None:
    got = in_body(line)
    assert (got.kind in BODY_KINDS) is kept, got.reason


def test_an_article_going_on_after_a_related_heading_is_kept() -> None:
    # (the text after the heading is more than a quarter of the text before it)
    before = [f"{p} ({k})" for k in range(2) for p in (P1, P2, P3)]
    after = [P1 + " (end)", P2 + " (end)", P3 + " (end)"]
    lines = [*before, "Related stories", *after]
    kept = [ln.text for ln in strip_chrome(source(lines)).kept]
    assert kept == [*before, *after]


def test_a_gallery_inside_the_article_does_not_cut_it() -> None:
    gallery = []
    for k in range(1, 4):
        gallery += [f"{k}/3 Markets in pictures", "", COMMENT, ""]
    after = [P2, "", P3, "", P1 + " (2)", "", P2 + " (2)", "", P3 + " (2)"]
    before = [f"{p} ({k})" for k in range(4) for p in (P1, P2, P3)]
    lines = [*before, "", *gallery, *after]
    kept = {ln.text for ln in strip_chrome(source(lines)).kept}
    assert set(after) - {""} <= kept


def test_a_credit_run_into_a_long_paragraph_leaves_the_paragraph_in_the_article() -> None:
    line = (
        "© Provided by Business Insider Inc Nintendo/Apple Nintendo and Apple shocked the world "
        'earlier this year by announcing "Super Mario Run," the legendary gaming company\'s first '
        "foray into mobile gaming. It's a Mario game you can play on your phone with one hand."
    )
    assert in_body(line).kind is LineKind.PARAGRAPH
    assert in_body("© 2017 Business Insider Inc. Reproduction prohibited").kind is LineKind.CHROME


@pytest.mark.parametrize(
    ("line", "ticker"),
    [
        ("14:44 Accusations de viols : 14 militaires mis en cause, certains identifiés", True),
        ("9h05 Le Conseil constitutionnel refuse d'examiner le texte", True),
        ("14:10", False),  # a live blog's own time line: no end marker
        ("10:30 is when the meeting starts, the mayor said.", False),  # a sentence
        ("1.50 euros is what a ticket costs on the new line", False),  # a price, not a time
        ("25:10 Not a time of day at all in this headline", False),
    ],
)
def test_news_ticker_items_are_end_markers(line: str, ticker: bool) -> None:
    found = find_phrase(line)
    assert (found is not None and found[0] == "news ticker item (time and headline)") is ticker
    if ticker:
        assert found is not None and found[1] >= load_rules().params["list_marker_cost"]


def test_a_news_ticker_after_the_article_is_cut() -> None:
    # A live-news list below the story: clock time and headline on one line, some items with a
    # long paragraph under them (their text outweighs the items in the body stretch).
    ticker = ["Live", ""]
    for k, minute in enumerate(("44", "32", "10", "54", "43", "24", "18")):
        ticker += [f"1{k}:{minute} Soldiers accused of abuse in the capital, inquiry opened", ""]
        if k % 2:
            ticker += [COMMENT * 3, ""]
    lines = [P1, "", P2, "", P3, "", P1 + " (2)", "", *ticker]
    stripped = strip_chrome(source(lines))
    assert [ln.number for ln in stripped.kept] == [1, 3, 5, 7]
    assert all(ln.kind is LineKind.CHROME for ln in stripped.lines if COMMENT in ln.text)


def test_a_live_blog_with_times_on_lines_of_their_own_keeps_its_entries() -> None:
    entries = []
    for k in range(1, 5):
        entries += [f"1{k}:05", "", f"{P2} ({k})", "", f"{P3} ({k})", ""]
    # (an introduction long enough for the item-list cut to apply, were the times markers)
    intro = [P1, "", P2, "", P3, "", f"{P1} (intro)", ""]
    kept = {ln.text for ln in strip_chrome(source([*intro, *entries])).kept}
    assert {f"{P2} ({k})" for k in range(1, 5)} <= kept


def test_a_gallery_slide_counter_makes_the_next_line_a_caption() -> None:
    caption = "Rescue teams search the rubble of the school after the earthquake on Monday."
    lines = [P1, "", P2, "", "2/12 Earthquake in the north", caption, "", P3]
    stripped = strip_chrome(source(lines))
    assert (stripped.lines[4].kind, stripped.lines[4].reason) == (
        LineKind.CHROME,
        "gallery slide counter",
    )
    assert stripped.lines[5].kind is LineKind.FIGURE_CAPTION
    assert [ln.number for ln in stripped.kept] == [1, 3, 6, 8]


# --------------------------------------------------------------------------- copies of one story


def test_copies_of_one_story_count_as_one_seed_for_repetition() -> None:
    short = "However, the mayor said the plan had improved since last year."  # < 100 chars
    story = [P1, "", short, "", P2, "", P3]
    # the same wire story on two sites, each with its own menu; a third story shares the menu
    a = source(["Home", "World", "", *story], "site-a.txt")
    b = source(["Start", "News", "", *story], "site-b.txt")
    c = source(["Home", "World", "", COMMENT * 2, "", COMMENT * 3], "site-a-other.txt")
    repeated = find_repeated_lines([a, b, c])
    assert line_key(short) not in repeated
    assert line_key(P1) not in repeated
    assert line_key("Home") in repeated  # shared by two different stories of site a
    kept = [ln.text for ln in strip_chrome(a, repeated=repeated).kept]
    assert kept == [P1, short, P2, P3]


def test_copies_of_a_chinese_story_count_as_one_seed() -> None:
    # CJK lines are long in Latin-equivalent characters (text_length), not in len()
    story = [
        "一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣",
        "玉峰道路一路上雲氣山嵐滯留山頭 順路下切蜿蜒道路後不久即抵達來到玉峰國小",
        "美樹美如其名偌大楓香樹早已呈現金黃 泛紅色彩也是愛攝人仕所喜愛造訪之地",
        "第二次造訪美樹發現到營區變了 印象中以前生冷招牌換成了原木招牌可謂匠心獨運",
    ]
    a = source(["首頁", "", *story], "blog.txt")
    b = source(["首頁", "部落格", "", *story], "blog.html")
    repeated = find_repeated_lines([a, b])
    assert not {line_key(t) for t in story} & repeated


def test_a_page_copied_and_saved_with_other_line_breaks_counts_as_one_seed() -> None:
    # the copied text has one line per paragraph; the saved page (or a wire service) breaks the
    # same sentences at 60 columns: few lines are shared whole (a subheading and the short
    # sentence under it), the shingles of the words are
    sub = ["Headers", "The Headers interface is a simple map of names to values:"]
    a = source(["Home", "", P1, "", *sub, "", P2, "", P3], "page.txt")
    wrapped = [*textwrap.wrap(P1, 60), "", *sub, "", *textwrap.wrap(f"{P2} {P3}", 60)]
    b = source(["Start", "", *wrapped], "page.html")
    c = source(["Home", "", COMMENT * 2], "other-story.txt")
    repeated = find_repeated_lines([a, b, c])
    assert not {line_key(t) for t in sub} & repeated
    assert [ln.text for ln in strip_chrome(a, repeated=repeated).kept] == [P1, *sub, P2, P3]
    assert line_key("Home") in repeated  # still chrome: two different stories of one site


def test_two_versions_of_a_short_story_count_as_one_seed() -> None:
    # two sentences, none 100 characters long: a short brief, copied from two sites
    brief = [
        "The bridge over the river will be closed for repairs from Monday.",
        "Drivers should use the northern ring road, the city said in a statement.",
    ]
    a = source(["Latest news", "", *brief], "a.txt")
    b = source(["Top stories", "", *brief], "b.txt")
    repeated = find_repeated_lines([a, b])
    assert not {line_key(t) for t in brief} & repeated
    assert [ln.text for ln in strip_chrome(a, repeated=repeated).kept] == brief


def test_two_stories_sharing_a_sites_prose_like_menus_are_no_copies() -> None:
    # WebMD-like: promotions written as sentences, the same on every page of the site; whole
    # shared lines tell copies apart only for a brief, too short to sample its shingles
    promos = [
        "Fight allergies with daily forecasts, local alerts, and personalized tips for you",
        "Connect with people like you, and get expert guidance on living a healthy life",
        "Sign up to receive our award-winning content delivered to your inbox every week",
        "See what your medical symptoms could mean, and learn about possible conditions",
    ]
    clinic = [
        "The clinic will open a second ward in the autumn, and its doctors expect the waiting "
        "lists to shrink by half before the end of next year, the director told reporters.",
        "Nurses from three other hospitals are to move there, which the union welcomed, "
        "although it asked for the night shifts to be paid at the rates agreed in the spring.",
        "Patients who were waiting for surgery at the old building will be called by letter, "
        "and those who cannot travel so far may ask for a place closer to their home town.",
    ]
    a = source([*promos, "", P1, "", P2, "", P3], "a.txt")
    b = source([*promos, "", COMMENT, "", *clinic], "b.txt")
    repeated = find_repeated_lines([a, b])
    assert {line_key(t) for t in promos} <= repeated


def test_prose_in_more_seeds_than_copy_max_seeds_is_boilerplate_not_copies() -> None:
    # a site's disclaimer, written as sentences, on nine pages with a one-line story each:
    # the story's shingles alone tell whether two pages are copies
    disclaimer = [
        "This information is not a substitute for professional medical advice, and you should "
        "always consult your own doctor before you change any treatment.",
        "The opinions expressed in the comments below are those of their authors and do not "
        "reflect the views of the publisher or of its editorial staff.",
        "We may earn a commission when you buy through the links on our site, which helps us "
        "to keep our reporting free for every reader around the world.",
        "All content on this site is protected by copyright and may not be copied, reproduced "
        "or republished without the written permission of the owners.",
    ]
    things = ["apples", "bridges", "cats", "dams", "eels", "farms", "goats", "hills", "inns"]
    assert len(things) > load_rules().params["copy_max_seeds"]
    seeds = [
        source(
            [
                *disclaimer,
                "",
                f"Story number {i} tells of {thing} in a town nobody has heard of before, its "
                "mayor said on the radio.",
            ],
            f"s{i}.txt",
        )
        for i, thing in enumerate(things)
    ]
    assert find_copies([key_seed(s) for s in seeds]) == tuple((i,) for i in range(len(things)))


MENU_BETWEEN = [P1, "", "Newsletter", "Conclusion", "Archive", "", P2]
SURVEY = "Conclusion of the annual Gazette readers survey"


@pytest.mark.parametrize(
    ("lines", "other", "line", "removed"),
    [
        # a short line recurring on an unrelated page (a heading, a word) is no site chrome ...
        (MENU_BETWEEN, ["About us", "", P3, "", "Conclusion", "", COMMENT], "Conclusion", False),
        # ... but it is beside a neighbour that recurs beside it (the site's menu): after it ...
        (MENU_BETWEEN, ["Conclusion", "Archive", "", P3], "Conclusion", True),
        # ... or before it
        (MENU_BETWEEN, ["Newsletter", "Conclusion", "", P3], "Conclusion", True),
        # a line of repeat_alone_chars (20) stands alone
        ([P1, "", SURVEY, "", P2], [SURVEY, "", P3], SURVEY, True),
    ],
)
def test_a_short_line_recurring_elsewhere_needs_a_recurring_neighbour(
    lines: list[str], other: list[str], line: str, removed: bool
) -> None:
    repeated = find_repeated_lines([source(lines, "a.txt"), source(other, "b.txt")])
    assert line_key(line) in repeated  # the line recurs; its neighbours decide
    stripped = strip_chrome(source(lines, "a.txt"), repeated=repeated)
    found = next(ln for ln in stripped.lines if ln.text == line)
    assert ("repeated in other seeds" in found.reason) is removed


def test_two_stories_of_one_site_are_no_copies() -> None:
    notice = (
        "We use cookies and similar technologies to give you a better experience, to show you "
        "relevant adverts and to measure how our site is used."
    )
    a = source(["Home", "", notice, "", P1, "", P2], "a.txt")
    b = source(["Home", "", notice, "", P3, "", COMMENT * 2], "b.txt")
    repeated = find_repeated_lines([a, b])
    assert {line_key("Home"), line_key(notice)} <= repeated


# ------------------------------------- Chinese, Japanese, Korean, right-to-left and Turkish pages

# (line, the group or pattern label its removal reason starts with): page chrome of sites in these
# languages, matched by phrase data or patterns wherever it stands.
CJK_RTL_CHROME_LINES = [
    # Chinese (traditional and simplified): blog and news chrome
    ("跳到主文", "skip link"),
    ("回到頁首 回到主文 免費註冊 客服中心", "skip link"),
    ("廣告", "advertisement marker"),
    ("广告", "advertisement marker"),
    ("登入", "login control"),
    ("登录/注册", "login control"),
    ("分享到：", "share button"),
    ("產生短網址 E-mail轉寄", "share button"),
    ("阅读全文", '"read more" link'),
    ("相關文章", "related-stories teaser"),
    ("【相关阅读】", "related-stories teaser"),
    ("您可能會有興趣的文章", "related-stories teaser"),
    ("上一篇文章與下一篇文章", "related-stories teaser"),
    ("此分類上一篇： 美樹營地 - 探訪老鷹溪 (下) 2011/12/18", "related-stories teaser"),
    ("留言列表 (42)", "comment widget"),
    ("留言列表（42）", "comment widget"),
    ("發表留言", "comment widget"),
    ("发表评论", "comment widget"),
    ("悄悄話", "comment widget"),
    ("您尚未登入，將以訪客身份留言。亦可登入留言", "comment widget"),
    ("关于我们", "footer text"),
    ("首頁", "navigation line"),
    ("全站分類：國內旅遊", "navigation line"),
    ("個人分類：尖石_美樹營地", "navigation line"),
    ("标签：旅游 露营", "navigation line"),
    ("您现在的位置：首页 > 新闻", "navigation line"),
    ("下载APP", "app-store prompt"),
    ("【字体：大 中 小】", "UI control phrase"),
    ("评论加载中，请稍候...", "comment widget"),
    ("以上网友发言只代表其个人观点，不代表新浪网的观点或立场。", "comment widget"),
    # Japanese
    ("本文へスキップ", "skip link"),
    ("広告", "advertisement marker"),
    ("ログイン", "login control"),
    ("この記事をシェア", "share button"),
    ("続きを読む", '"read more" link'),
    ("関連記事", "related-stories teaser"),
    ("あわせて読みたい", "related-stories teaser"),
    ("コメントを書く", "comment widget"),
    ("プライバシーポリシー", "footer text"),
    ("タグ：東京 五輪", "navigation line"),
    ("テーマ：日記", "navigation line"),
    ("この記事へのコメント", "comment widget"),
    ("月別アーカイブ", "related-stories teaser"),
    # Korean
    ("본문 바로가기", "skip link"),
    ("광고", "advertisement marker"),
    ("공유하기", "share button"),
    ("이 기사를 공유합니다", "share button"),
    ("관련기사", "related-stories teaser"),
    ("많이 본 뉴스", "related-stories teaser"),
    ("이 블로그의 인기글", "related-stories teaser"),
    ("이웃추가", "UI control phrase"),
    ("댓글", "comment widget"),
    ("<저작권자 ⓒ 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "footer text"),
    # Arabic
    ("انتقل إلى المحتوى", "skip link"),
    ("إعلان", "advertisement marker"),
    ("تسجيل الدخول", "login control"),
    ("شارك", "share button"),
    ("اقرأ أيضا: ارتفاع أسعار القمح في الأسواق العالمية", '"read more" link'),
    ("أخبار ذات صلة", "related-stories teaser"),
    ("الأكثر قراءة", "related-stories teaser"),
    ("أضف تعليق", "comment widget"),
    ("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "comment widget"),
    ("سياسة الخصوصية", "footer text"),
    ("الوسوم: الزراعة، الحكومة", "navigation line"),
    # Hebrew
    ("דלג לתוכן", "skip link"),
    ("פרסומת", "advertisement marker"),
    ("שתפו בפייסבוק", "share button"),
    ("קראו גם: הממשלה אישרה את התקציב", '"read more" link'),
    ("כתבות נוספות", "related-stories teaser"),
    ("תגובות", "comment widget"),
    ("כל הזכויות שמורות", "footer text"),
    # Persian
    ("پرش به محتوا", "skip link"),
    ("تبلیغات", "advertisement marker"),
    ("اشتراک گذاری", "share button"),
    ("اخبار مرتبط", "related-stories teaser"),
    ("ارسال نظر", "comment widget"),
    ("لینک کوتاه: https://example.ir/x1", "UI control phrase"),
    # Turkish (dotted and dotless i in any case)
    ("Reklam", "advertisement marker"),
    ("İLGİLİ HABERLER", "related-stories teaser"),
    ("İlgili Haberler", "related-stories teaser"),
    ("Yorum Yap", "comment widget"),
    ("YORUMLAR", "comment widget"),
    ("Tüm hakları saklıdır.", "footer text"),
    ("Etiketler: ekonomi, enflasyon", "navigation line"),
    # patterns: comment headers and replies, counters, times, previous/next, copyright, editors
    ("#1  小鳳  於 2013/12/28 10:28", "comment header or reply line"),
    ("#12 Sheila Teng 於 2014/01/03 19:41", "comment header or reply line"),
    ("史蒂文的家_藍天 於 2014/01/01 20:31 回覆", "comment header or reply line"),
    ("网友小王 2024-01-02 10:31 回复", "comment header or reply line"),
    ("人氣(23925)", "counter or timestamp line"),
    ("本日人氣：613", "counter or timestamp line"),
    ("阅读 1234", "counter or timestamp line"),
    ("1234次阅读", "counter or timestamp line"),
    ("12条评论", "counter or timestamp line"),
    ("史蒂文的家_藍天 發表在 痞客邦 PIXNET 留言(42) 人氣(23925)", "counter or timestamp line"),
    ("已有 35 人参与", "counter or timestamp line"),
    ("3件のコメント", "counter or timestamp line"),
    ("조회수 1,234", "counter or timestamp line"),
    ("댓글 3개", "counter or timestamp line"),
    ("مشاهدات: 120", "counter or timestamp line"),
    ("12 תגובות", "counter or timestamp line"),
    ("بازدید: ۱۲۳", "counter or timestamp line"),
    ("45 yorum", "counter or timestamp line"),
    ("3小时前", "relative time stamp"),
    ("3時間前", "relative time stamp"),
    ("3시간 전", "relative time stamp"),
    ("منذ 3 ساعات", "relative time stamp"),
    ("לפני 3 שעות", "relative time stamp"),
    ("۳ ساعت پیش", "relative time stamp"),
    ("3 saat önce", "relative time stamp"),
    ("预计阅读时间 5 分钟", "reading-time line"),
    ("この記事は約3分で読めます", "reading-time line"),
    ("مدة القراءة: 4 دقائق", "reading-time line"),
    ("זמן קריאה: 3 דקות", "reading-time line"),
    ("Okuma süresi: 4 dk", "reading-time line"),
    ("上一篇：愛上喜翁露營_歡慶聖誕夜市趴", "previous or next article link"),
    ("下一篇： 走進莫內遇見落羽松_菁芳園", "previous or next article link"),
    ("次の記事 » 新しい政策の発表", "previous or next article link"),
    ("이전글", "previous or next article link"),
    ("前の記事へ", "previous or next article link"),
    ("المقال السابق: الحكومة تعلن خطة جديدة", "previous or next article link"),
    ("中国青年网 版权所有", "copyright line"),
    ("京ICP备12345678号", "copyright line"),
    ("جميع الحقوق محفوظة © 2024", "copyright line"),
    ("کلیه حقوق این سایت محفوظ است", "copyright line"),
    ("（责任编辑：李四）", "editor or reporter line"),
    ("홍길동 기자 hong@yna.co.kr", "editor or reporter line"),
    ("发布时间：2024-01-02 来源：新华网 作者：王五", "article information line"),
]


# Text scraped with its scripts: an ad or analytics script (a known object's name, a loader
# snippet) is chrome, and so is its code up to the bracket that closes it; the paragraphs on
# both sides stay, and a script of the article's own (a code sample) is the article's.
SCRIPTS = [
    "var googletag = googletag || {};",
    "googletag.cmd.push(function() {",
    "  googletag.defineSlot('/1234/news/top', [728, 90], 'div-gpt-ad-1');",
    "  googletag.enableServices();",
    "});",
]
TABOOLA = [
    "window._taboola = window._taboola || [];",
    "_taboola.push({",
    "  mode: 'thumbnails-a',",
    "  container: 'taboola-below-article',",
    "  placement: 'Below Article',",
    "});",
]
LOADERS = [
    "(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){"
    "(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date()})(window,document,'script',"
    "'https://www.google-analytics.com/analytics.js','ga');",
    "ga('create', 'UA-12345-1', 'auto');",
    "ga('send', 'pageview');",
]
SAMPLE = ["fetch('/api/items', {", "  mode: 'cors',", "  credentials: 'include',", "});"]


def test_ad_scripts_and_their_code_are_chrome_the_article_around_them_stays() -> None:
    lines = ["Menu", *SCRIPTS, HEAD, P1, *TABOOLA, P2, P3, *LOADERS, "© 2025 Example News"]
    out = {ln.text: ln for ln in strip_chrome(source(lines)).lines}
    for text in [*SCRIPTS[1:], *TABOOLA, *LOADERS]:
        assert out[text].kind is LineKind.CHROME
        assert out[text].reason.startswith("ad or analytics script"), (text, out[text].reason)
    assert out[TABOOLA[3]].reason == "ad or analytics script (its code, continued)"
    assert [out[p].kind for p in (P1, P2, P3)] == [LineKind.PARAGRAPH] * 3


def test_a_code_sample_of_the_article_is_not_an_ad_script() -> None:
    lines = [P1, "Here is the request the page sends:", *SAMPLE, P2, P3]
    out = {ln.text: ln for ln in strip_chrome(source(lines)).lines}
    assert not any(out[t].reason.startswith("ad or analytics") for t in SAMPLE)


def test_a_script_left_open_takes_at_most_block_max_lines() -> None:
    limit = int(load_rules().params["block_max_lines"])
    lines = ["_taboola.push({", *[f"  item_{k}: 'x'," for k in range(limit + 5)], P1, P2, P3]
    out = strip_chrome(source(lines)).lines
    continued = [ln for ln in out if ln.reason.endswith("(its code, continued)")]
    assert len(continued) == limit
    assert {ln.kind for ln in out if ln.text in (P1, P2, P3)} == {LineKind.PARAGRAPH}


# A page's own markup scraped as text (a <noscript> ad inside its <div>, a tracking pixel, an
# embed) is markup; a tag-like placeholder of a specification, or emphasis around prose, is not.
MARKUP_LINES = [
    ('<div><a href="http://ad.example.net/jump/site;sz=300x250"><img src="http://ad.example.net'
     '/ad/site;sz=300x250" width="300" height="250"></a></div>', True),
    ('<img src="//pixel.example.com/t.gif?id=1" style="display:none" width="1" height="1">', True),
    ('<iframe src="https://www.example.com/embed/video/123" allowfullscreen></iframe>', True),
    ("<module> ':rw') any requests to paths that start with the module's name", False),
    ("<b>Note:</b> the budget was passed on Friday after two days of talks.", False),
]  # fmt: skip


@pytest.mark.parametrize(("line", "markup"), MARKUP_LINES)
def test_a_page_s_scraped_markup_is_no_prose(line: str, markup: bool) -> None:
    reason = match_phrase(line)
    assert (reason is not None and reason.startswith("code or markup")) is markup, reason


# A breadcrumb trail and a pair of arrows between articles (above the headline); not a French
# headline's quotes, a comparison or one arrow in a sentence.
NAVIGATION_LINES = [
    ("World > Europe > 2017 > Parliament approves regional budget", "breadcrumb trail"),
    ("Accueil › Monde › Le parlement vote le budget régional", "breadcrumb trail"),
    ("Startseite » Politik » Parlament beschließt den Haushalt", "breadcrumb trail"),
    ("首页 > 科技频道 > 正文", "breadcrumb trail"),
    ("Home / It's Viral / Cops get call about 'burglary' in progress", "breadcrumb trail"),
    ("Home / World / Europe", "breadcrumb trail"),
    ("Home / office workers said the new rules were unclear.", None),
    ("Work / life balance / stress: the survey. Most workers said so.", None),
    ("« Previous | Next »", "previous or next article link"),
    ("‹ Vorige | Nächste ›", "previous or next article link"),
    ("« Nous » et « eux » : le parlement vote le budget", None),
    ("Prices > wages > savings: why the budget failed. Experts explain", None),
    ("Growth > 3 % is expected, the minister said.", None),
    ("entries > 10 AND zscore > 3 AS alert", None),
    ("If (a > 1) { b = c > 2; }", None),
]


@pytest.mark.parametrize(("line", "label"), NAVIGATION_LINES)
def test_breadcrumbs_and_article_arrows_are_navigation(line: str, label: str | None) -> None:
    reason = match_phrase(line)
    assert (reason.split(":")[0] if reason else None) == label, reason


@pytest.mark.parametrize(("line", "label"), CJK_RTL_CHROME_LINES)
def test_cjk_rtl_and_turkish_chrome_lines_match_their_group(line: str, label: str) -> None:
    reason = match_phrase(line)
    assert reason is not None and reason.startswith(label), reason


# Article sentences in these languages with the words of a chrome phrase in them (comments,
# sharing, ads, "previous article", copyright, tags...): no phrase list or pattern may claim them.
CJK_RTL_SENTENCES = [
    "该公司在声明中表示，将认真对待网友的评论，并尽快公布调查结果。",
    "他在社交媒体上分享了自己的经历，引发大量网友留言讨论。",
    "广告行业的收入在去年增长了百分之十二，创下历史新高。",
    "上一篇文章提到的问题，至今仍未得到有关部门的回应。",
    "版权所有者可以向法院申请禁令，要求平台删除侵权内容。",
    "网友评论称这项政策过于仓促，需要更多时间讨论。",
    "阅读时间越来越少，成为困扰许多年轻人的问题。",
    "留言板上写满了对遇难者的哀悼。",
    "警方提醒市民请遵守相关法律法规，切勿酒后驾车。",
    "上篇",  # (a serial's part heading, no "previous post" link)
    "相關文章指出，台灣的觀光人數在去年創下新高。",
    "読者からのコメントが相次ぎ、同社は声明を発表した。",
    "広告収入は前年比で大きく減少したと発表された。",
    "関連記事によると、政府は新しい対策を検討している。",
    "이 기사에 대한 댓글이 수천 개 달렸다고 관계자는 밝혔다.",
    "전체 댓글 수는 1만 건을 넘었다.",
    "관련 기사 수백 건이 쏟아졌다.",
    "광고 시장은 지난해 크게 성장했다.",
    "그는 타인을 비방하는 댓글을 단 혐의로 기소됐다.",
    "وقال المتحدث إن التعليقات على مواقع التواصل الاجتماعي كانت إيجابية في معظمها.",
    "المقال السابق الذي نشرته الصحيفة أثار جدلا واسعا.",
    "شارك عبر الفيديو في المؤتمر الدولي",
    "اشترك في الحرب عام 1973",
    "التعليقات على القرار كانت سلبية",
    "جميع حقوق الإنسان مكفولة بموجب الدستور.",
    "התגובות ברשתות החברתיות היו קשות, אמר דובר המשטרה.",
    "תגובות הציבור היו חריפות במיוחד",
    "הכתבה הקודמת עסקה בנושא הדיור.",
    "نظرات کارشناسان درباره این طرح متفاوت است",
    "تمامی حقوق شهروندان باید محترم شمرده شود.",
    "حقوق شما محفوظ است.",
    "Yorumlar olumlu oldu, dedi bakan.",
    "Kategori bazında satışlar arttı.",
    "Reklam sektörü geçen yıl yüzde on büyüdü.",
    "Giriş",
]


@pytest.mark.parametrize("line", CJK_RTL_SENTENCES)
def test_cjk_rtl_and_turkish_sentences_are_no_chrome_phrase(line: str) -> None:
    assert match_phrase(line) is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("留言列表（42）", "留言列表"),  # a full-width counter goes like "(42)"
        ("上一篇：愛上喜翁", "上一篇：愛上喜翁"),  # "：" inside the key stays, at the edge it goes
        ("【相关阅读】：", "相关阅读"),
        ("İLGİLİ HABERLER", "ilgili haberler"),  # Turkish İ, I, ı key alike
        ("İlgili Haberler", "ilgili haberler"),
        ("YAZILAR", "yazilar"),
        ("Yazılar", "yazilar"),
    ],
)
def test_line_key_of_cjk_and_turkish_lines(text: str, key: str) -> None:
    assert line_key(text) == key


def test_a_full_width_colon_ends_a_cjk_prefix_phrase() -> None:
    # "分類" is a prefix phrase: "分類：旅遊" is the category line, "分類學家" a word going on
    assert match_phrase("分類：旅遊") is not None
    assert match_phrase("分類學家認為這種鳥已經滅絕了。") is None


ZH_BLOG_BODY = [
    "十月中旬，我們一家人終於找到空檔，從台北出發前往宜蘭的太平山國家森林遊樂區，準備走一趟期待已久的登山步道。",
    "出發那天清晨下著細雨，山路上雲霧繚繞，能見度只有十幾公尺，開車的先生一路上都不敢分心，孩子們則在後座睡得香甜。",
    "抵達遊客中心時雨勢漸歇，服務人員提醒我們步道濕滑，最好穿著防滑的鞋子，並且在下午三點以前下山，以免天色變暗。",
    "步道入口兩旁是高聳的檜木林，空氣中瀰漫著淡淡的木頭香氣，偶爾還能聽見遠處傳來的鳥鳴，讓人忘記了城市的喧囂。",
    "走了大約一個小時，我們來到一處觀景平台，雲海在山谷間緩緩流動，陽光偶爾穿透雲層，把整片山林照得閃閃發亮。",
    "中午在山莊的餐廳用餐，點了當地有名的三星蔥炒飯和香菇雞湯，價格實惠，份量也很足，大家都吃得心滿意足。",
    "下午的行程是翠峰湖環山步道，這是台灣最大的高山湖泊，湖面平靜如鏡，倒映著周圍的山景，美得讓人捨不得離開。",
    "回程時天色已經暗了下來，我們在路邊的小店買了幾包山產當作伴手禮，也約好明年秋天一定要再來看一次楓紅。",
]

ZH_BLOG_PAGE = [
    "跳到主文",
    "首頁",
    "部落格",
    "相簿",
    "登入",
    "",
    "太平山兩日遊：在雲霧中走完翠峰湖步道",
    "",
    "2024/10/20 21:15",
    "",
    *[line for p in ZH_BLOG_BODY for line in (p, "")],
    "全站分類：國內旅遊",
    "個人分類：宜蘭",
    "上一篇：春天的櫻花季",
    "下一篇：冬季露營裝備清單",
    "相關文章",
    "阿里山日出之旅",
    "溪頭森林雨中漫步",
    "",
    "留言列表 (3)",
    "發表留言",
    "#1  小王  於 2024/10/21 09:12",
    "寫得真好，照片也很美，下次我也想帶家人去走走。",
    "版主 於 2024/10/21 20:01 回覆",
    "#2  阿美  於 2024/10/22 13:40",
    "請問山莊的房間需要多久以前預訂呢？",
    "版主 於 2024/10/22 21:30 回覆",
    "#3  訪客 於 2024/10/23 08:05",
    "翠峰湖真的很漂亮，謝謝分享！",
    "回到頁首",
]


def test_a_chinese_blog_page_keeps_the_post_and_drops_nav_links_and_comments() -> None:
    stripped = strip_chrome(source(ZH_BLOG_PAGE, "zh-blog.txt"))
    title = stripped.lines[6]  # (kept as the first paragraph or taken as the title: both right)
    assert title.kind in BODY_KINDS or title.meta_key == "title"
    kept = [ln.text for ln in stripped.lines if ln.kind in BODY_KINDS and ln is not title]
    assert kept == ZH_BLOG_BODY
    removed = {ln.text for ln in stripped.removed}
    for line in ("跳到主文", "上一篇：春天的櫻花季", "發表留言", "#2  阿美  於 2024/10/22 13:40"):
        assert line in removed


AR_NEWS_BODY = [
    "أعلنت وزارة الزراعة يوم الأحد عن خطة جديدة لدعم صغار المزارعين في المناطق "
    "الريفية، تتضمن قروضا ميسرة وتوزيع بذور محسنة على أكثر من عشرين ألف أسرة.",
    "وقال وزير الزراعة في مؤتمر صحفي إن الخطة تهدف إلى رفع إنتاج القمح بنسبة "
    "خمسة عشر في المئة خلال ثلاث سنوات، وتقليل الاعتماد على الاستيراد.",
    "وأضاف الوزير أن الحكومة خصصت مبلغ ملياري دولار للبرنامج، سيصرف "
    "على مراحل تبدأ مع موسم الزراعة الشتوي المقبل في شهر نوفمبر.",
    "ورحب اتحاد المزارعين بالخطة، لكنه طالب بتسريع صرف القروض وتبسيط الإجراءات "
    "الإدارية التي تعيق وصول الدعم إلى المستحقين في القرى البعيدة.",
    "ويعاني القطاع الزراعي منذ سنوات من شح المياه وارتفاع أسعار الأسمدة، "
    "ما دفع كثيرا من الشباب إلى ترك الأرض والهجرة إلى المدن بحثا عن عمل.",
    "وأشار خبراء اقتصاديون إلى أن نجاح الخطة يتوقف على تحسين شبكات الري "
    "وتطوير الطرق الريفية التي تربط الحقول بالأسواق الرئيسية في البلاد.",
    "وفي محافظة الجنوب، قال أحد المزارعين إنه ينتظر الدعم منذ عامين، وإنه "
    "اضطر إلى بيع جزء من أرضه لتسديد ديونه المتراكمة لدى المصارف.",
    "ومن المقرر أن تعرض الحكومة تفاصيل البرنامج على البرلمان الأسبوع المقبل، "
    "وسط توقعات بأن يحظى بموافقة أغلبية النواب رغم تحفظات المعارضة.",
]

AR_NEWS_PAGE = [
    "انتقل إلى المحتوى",
    "الرئيسية",
    "أخبار",
    "اقتصاد",
    "رياضة",
    "تسجيل الدخول",
    "",
    "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية",
    "",
    "منذ 3 ساعات",
    "",
    "شارك",
    "فيسبوك",
    "تويتر",
    "واتساب",
    "",
    *[line for p in AR_NEWS_BODY[:4] for line in (p, "")],
    "اقرأ أيضا: ارتفاع أسعار القمح في الأسواق العالمية",
    "",
    *[line for p in AR_NEWS_BODY[4:] for line in (p, "")],
    "الوسوم: الزراعة، الحكومة",
    "أخبار ذات صلة",
    "البنك المركزي يرفع أسعار الفائدة",
    "ارتفاع معدل التضخم في الربع الثالث",
    "",
    "التعليقات",
    "أضف تعليق",
    "جميع الحقوق محفوظة © 2024",
]


def test_an_arabic_news_page_keeps_the_story_and_drops_its_chrome() -> None:
    stripped = strip_chrome(source(AR_NEWS_PAGE, "ar-news.txt"))
    kept = [ln.text for ln in stripped.lines if ln.kind in BODY_KINDS]
    assert kept == AR_NEWS_BODY
    removed = {ln.text for ln in stripped.removed}
    for line in ("اقرأ أيضا: ارتفاع أسعار القمح في الأسواق العالمية", "أخبار ذات صلة", "أضف تعليق"):
        assert line in removed


@pytest.mark.parametrize(
    ("line", "key", "value"),
    [
        ("来源：光明日报", "source", "光明日报"),
        ("來源：中央社", "source", "中央社"),
        ("المصدر: وكالة الأنباء", "source", "وكالة الأنباء"),
        ("Kaynak: AA", "source", "AA"),
        ("发布时间：2024-01-02 05:30", "date", "2024-01-02 05:30"),
        ("公開日：2024年1月2日", "date", "2024年1月2日"),
        ("2024年1月2日 星期二 10:30", "date", "2024年1月2日 星期二 10:30"),
        ("입력 2024.01.02. 10:30 수정 2024.01.02. 11:00", "date", "2024.01.02. 10:30"),
        # (approved: Korea's common newsroom system; in a list of the header's items)
        ("승인 2018.04.20 13:26", "date", "2018.04.20 13:26"),
        ("  • 승인 2018.04.20 13:26", "date", "2018.04.20 13:26"),
        ("• Published 12 May 2020", "date", "12 May 2020"),
        ("| 15 Feb 2024 | 08:20", "date", "15 Feb 2024"),
        ("تاريخ النشر: 12 أكتوبر 2024", "date", "12 أكتوبر 2024"),
        ("פורסם: 12.10.24, 10:30", "date", "12.10.24, 10:30"),
        ("Yayınlanma tarihi: 12.10.2024 10:30", "date", "12.10.2024 10:30"),
    ],
)
def test_cjk_rtl_and_turkish_metadata_lines(line: str, key: str, value: str) -> None:
    from briefings.chrome import match_metadata

    assert match_metadata(line) == (key, value)


@pytest.mark.parametrize("line", ["时间过去了3年", "来源于生活的艺术", "입력된 데이터 2024.01.02"])
def test_cjk_sentences_with_a_metadata_label_word_are_no_metadata(line: str) -> None:
    from briefings.chrome import match_metadata

    assert match_metadata(line) is None


JA_NEWS_BODY = [
    "東京都は二日、感染症対策として、都内の全ての公立学校で換気設備を更新する計画を発表した。"
    "総事業費は約三百億円に上る見通しだ。",
    "知事は記者会見で「子どもたちが安心して学べる環境を整えることが最優先だ」と述べ、"
    "来年度中の完了を目指す考えを示した。",
    "計画では、約二千校の教室に新しい換気装置を設置するほか、二酸化炭素の濃度を測るセンサーも配備する。",
    "一方、専門家からは、設備の更新だけでなく、教員の負担を減らすための人員配置も必要だとの指摘が出ている。",
    "都教育委員会によると、すでに一部の学校では試験的な導入が始まっており、"
    "保護者からはおおむね好意的な反応が寄せられているという。",
    "都は今後、区市町村とも連携し、私立学校への補助制度の創設についても検討を進める方針だ。",
]

JA_NEWS_PAGE = [
    *["本文へスキップ", "ホーム", "ニュース", "政治", "経済", "ログイン", ""],
    *["都立学校の換気設備を全面更新へ　総額三百億円", "", "2024年1月2日 10:30", ""],
    *[line for p in JA_NEWS_BODY for line in (p, "")],
    *[
        "この記事をシェア",
        "ツイート",
        "関連記事",
        "都内の感染者数、前週比で減少",
        "新学期の授業計画を発表",
        "",
    ],
    *[
        "コメントを書く",
        "コメント一覧",
        "山田太郎 2024/01/02 12:00",
        "大変良い取り組みだと思います。",
        "返信",
    ],
    *["プライバシーポリシー", "利用規約", "© 2024 Example News"],
]


def test_a_japanese_news_page_keeps_the_story_and_drops_its_chrome() -> None:
    stripped = strip_chrome(source(JA_NEWS_PAGE, "ja-news.txt"))
    title = stripped.lines[7]
    assert title.kind in BODY_KINDS or title.meta_key == "title"
    kept = [ln.text for ln in stripped.lines if ln.kind in BODY_KINDS and ln is not title]
    assert kept == JA_NEWS_BODY
    assert stripped.lines[9].meta_key == "date"


def test_every_chrome_pattern_is_anchored_at_the_line_start() -> None:
    # the patterns are joined into one search per line (PhraseFilter); one that may start
    # anywhere makes that search try every position of every line (it once doubled the time
    # of chrome stripping)
    loose = [label for label, p, _ in load_rules().patterns if not p.pattern.startswith("^")]
    assert loose == []


# Short texts with no chrome around them: scores and context alone never empty an article.
SHORT_TEXTS = [
    (
        [
            "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on"
            " Tuesday to discuss the war in Ukraine."
        ],
        [
            "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on"
            " Tuesday to discuss the war in Ukraine."
        ],
    ),
    (
        [
            "The United Nations Security Council will meet on Friday. Secretary-General António"
            " Guterres urged restraint."
        ],
        [
            "The United Nations Security Council will meet on Friday. Secretary-General António"
            " Guterres urged restraint."
        ],
    ),
    (
        ["Владимир Путин заявил в Москве.", "", "Пресс-секретарь Кремля Дмитрий Песков сказал."],
        ["Владимир Путин заявил в Москве.", "Пресс-секретарь Кремля Дмитрий Песков сказал."],
    ),
    (
        ["Big news today", "", "Body text by Jane Doe in London."],
        ["Body text by Jane Doe in London."],
    ),
]


@pytest.mark.parametrize(("lines", "kept"), SHORT_TEXTS)
def test_a_short_text_without_chrome_keeps_its_text(lines: list[str], kept: list[str]) -> None:
    stripped = strip_chrome(source(lines))
    body = [ln.text for ln in stripped.lines if ln.kind in BODY_KINDS]
    assert [t for t in kept if t not in body] == []


@pytest.mark.parametrize(
    "lines",
    [
        ["Skip to main content", "Advertisement", "Share", "Subscribe"],
        ["Home", "", "Cookie settings", "Accept all cookies"],
    ],
)
def test_a_page_of_chrome_alone_stays_empty(lines: list[str]) -> None:
    stripped = strip_chrome(source(lines))
    assert not any(ln.kind in BODY_KINDS for ln in stripped.lines)


# The article's language from its stop words: the long lists of some languages hold common
# English words ("apple", "with", "london"), which must not decide a short English text; and a
# text with too few stop words names no language.
LANGUAGES = [
    ("Apple CEO Tim Cook visited Beijing on Monday.", ""),
    (
        "Apple CEO Tim Cook visited Beijing on Monday to meet the officials of the government.",
        "English",
    ),
    ("Headline with BOM\nBody text by Jane Doe in London.", "English"),
    ("My cat s name is Twinky.", ""),
    ("My cat s name is Twinky and it is the best cat in the street.", "English"),
    ("Der Bundeskanzler traf am Dienstag den französischen Präsidenten.", "German"),
    ("Le président a rencontré le chancelier allemand mardi à Paris.", "French"),
    ("Il presidente della Repubblica ha incontrato il cancelliere tedesco a Roma.", "Italian"),
    ("Владимир Путин заявил в Москве, что Кремль готов к переговорам.", "Russian"),
    ("Zelensky meets Biden", ""),
]


@pytest.mark.parametrize(("text", "language"), LANGUAGES)
def test_the_language_of_a_short_text(text: str, language: str) -> None:
    assert profile_document(text.split("\n")).language == language


# A short line right after the article's last paragraph, with chrome (or the page's end) below:
# a sentence by its own score is the article's last line; a control or a label is not.
LAST_SHORT_LINES = [
    ("The ruling party lost its majority.", True),
    ("Is the video available to the public?", True),
    ("Share on Facebook", False),
    ("More from this section", False),
    ("Tags: Japan, Politics", False),
]


@pytest.mark.parametrize(("line", "kept"), LAST_SHORT_LINES)
def test_a_short_sentence_ends_the_article(line: str, kept: bool) -> None:
    lines = ["Menu", "", P1, "", P2, "", line, "", "Privacy policy", "Terms of use"]
    stripped = strip_chrome(source(lines))
    assert (stripped.lines[6].kind in BODY_KINDS) is kept


# In an extractor's text (saved pages), a menu row and a byline are no article text.
EXTRACTED_LINES = [
    ("Home | News | Sports", LineKind.CHROME),
    ("World › Europe › Germany", LineKind.CHROME),
    ("By Tom Baker, Staff Writer", LineKind.METADATA),
    ("Updated: May 12, 2025 5:34 PM", LineKind.METADATA),
    # a sentence with bars, a price table row, code: text
    ("Prices rose 3% | Inflation | what it means for you, explained.", LineKind.PARAGRAPH),
    ("Price: $5 | Size: M | Color: red", LineKind.PARAGRAPH),
    ("WHERE entries > 10 AND zscore > 3 AS alert", LineKind.PARAGRAPH),
]


@pytest.mark.parametrize(("line", "kind"), EXTRACTED_LINES)
def test_extracted_menus_and_bylines(line: str, kind: LineKind) -> None:
    from briefings.extract import extract_html

    html = f"<html><body><article><p>{line}</p><p>{P1}</p><p>{P2}</p></article></body></html>"
    stripped = strip_chrome(extract_html("page.html", html, "utf-8"))
    (found,) = [ln for ln in stripped.lines if ln.text == line]
    assert found.kind is kind


@pytest.mark.parametrize(
    ("lines", "hints", "dateline"),
    [
        # a bold dateline alone over the first paragraph of a saved page (Anadolu, Dawn)
        (["Standfirst of the story in a heading", "ANKARA", P1, P2], ["heading", "", "", ""], 1),
        (["KARACHI:", P1, P2, P3], ["", "", "", ""], 0),
        (["ISLAMABAD/KARACHI:", P1, P2], ["", "", ""], 0),
        (["GENEVA (Reuters) -", P1, P2], ["", "", ""], 0),
        # ... also under a standfirst kept as text that ends no sentence (Anadolu's copy)
        (["Committee to meet every three months, says ministry", "ANKARA", P1], ["", "", ""], 1),
        # further down, a line in capitals is a section's title
        ([P1, "BACKGROUND", P2, P3], ["", "", "", ""], None),
        # a kicker over the story is none (TMZ)
        (["EXCLUSIVE", P1, P2], ["", "", ""], None),
        # ... and a line in capitals over a heading is no dateline
        (["ANKARA", "The talks", P1], ["", "heading", ""], None),
    ],
)
def test_a_dateline_alone_over_the_first_paragraph_opens_it(
    lines: list[str], hints: list[str], dateline: int | None
) -> None:
    got = strip_chrome(html_source(lines, hints)).lines
    marked = [i for i, ln in enumerate(got) if ln.meta_key == "dateline"]
    assert marked == ([] if dateline is None else [dateline])
    assert all(ln.kind is not LineKind.CHROME for ln in got)


@pytest.mark.parametrize(
    ("lines", "dateline"),
    [
        # a dated dateline the scores removed with the header, a byline under it
        (
            [
                "Home",
                "Politics",
                "",
                HEAD,
                "",
                "Baku, Azerbaijan, June 2",
                "",
                "By Trend",
                "",
                P1,
                P2,
            ],
            5,
        ),
        (["Home", "Politics", "", HEAD, "MOSCOW, April 14", P1, P2], 4),
        (["Home", "Politics", "", HEAD, "Tehran, 14 April 2025 (IRNA)", P1, P2], 4),
        # not a weekday's date, nor a label's, nor a place alone, nor one over a heading
        (["Home", "Politics", "", HEAD, "Friday, June 2", P1, P2], None),
        (["Home", "Politics", "", HEAD, "Updated June 2", P1, P2], None),
        (["Home", "Politics", "", HEAD, "Baku, Azerbaijan", P1, P2], None),
    ],
)
def test_a_dated_dateline_over_the_first_paragraph_opens_it(
    lines: list[str], dateline: int | None
) -> None:
    got = strip_chrome(source(lines)).lines
    marked = [i for i, ln in enumerate(got) if ln.meta_key == "dateline"]
    assert marked == ([] if dateline is None else [dateline])


@pytest.mark.parametrize(
    ("lines", "summary"),
    [
        # a sentence right under the headline, over the byline and the date: the standfirst
        (["Menu", "", HEAD, *BELOW], STANDFIRST),
        (["Menu", "", HEAD, STANDFIRST, "Jane Doe", "Political correspondent", "", P1, P2],
         STANDFIRST),
        # not a line of capitalised words (a menu, a tag line), nor a short label
        (["Menu", "", HEAD, "Budget News Politics Schools Hospitals Regions Markets Sport",
          *BELOW[1:]], None),
        (["Menu", "", HEAD, "Regional budget", *BELOW[1:]], None),
        # with blank lines around it, read as a heading over the first paragraph (TASS)
        (["All news", "", HEAD, "", STANDFIRST, "", P1, "", P2], STANDFIRST),
    ],
)  # fmt: skip
def test_a_standfirst_under_the_headline_is_the_summary(
    lines: list[str], summary: str | None
) -> None:
    got = strip_chrome(source(lines)).lines
    found = [ln.meta_value for ln in got if ln.meta_key == "summary"]
    assert found == ([summary] if summary else [])
    assert all(ln.kind in BODY_KINDS for ln in got if ln.text in (P1, P2))


def test_a_regional_papers_obituaries_and_classifieds_after_the_article_go() -> None:
    tail = [
        "Obituaries",
        "John A. Peterson, 84, of Ridgefield",
        'Margaret "Peggy" Walsh, 91',
        "Classifieds",
        "Legal Notices",
        "Garage sale Saturday 8-2, 14 Oak Lane. Furniture, tools, toys.",
        "Help wanted: part-time cashier, apply within, Ridgefield Hardware.",
    ]
    got = strip_chrome(source(["Menu", "", P1, "", P2, "", P3, "", *tail])).lines
    kinds = {ln.text: ln.kind for ln in got}
    assert [kinds[t] for t in (P1, P2, P3)] == [LineKind.PARAGRAPH] * 3
    assert {kinds[t] for t in tail} == {LineKind.CHROME}


def test_a_live_pages_posts_stamped_with_clock_times_are_kept_with_their_titles() -> None:
    posts = [
        ("14:05 GMT", "Delegations arrive in Cairo for talks", P1),
        ("13:40 GMT", "Aid agency warns of shortages", P2),
        ("13:12 GMT", "Strikes hit two houses overnight", P3),
    ]
    lines = ["Live", "Budget talks live: the latest", "Key events", "Show key events only"]
    for stamp, title, text in posts:
        lines += [stamp, title, text, "Share"]
    got = strip_chrome(source(lines)).lines
    kinds = {ln.text: ln.kind for ln in got}
    assert [kinds[text] for _, _, text in posts] == [LineKind.PARAGRAPH] * 3
    assert [kinds[title] for _, title, _ in posts] == [LineKind.HEADING] * 3


@pytest.mark.parametrize(
    ("heading", "summary"),
    [
        # a saved page's standfirst in a heading tag under the headline (Anadolu, Salon)
        (
            "Joint committee to meet every three months to set monthly releases from the dam",
            True,
        ),
        # ... not a section's title, nor a question
        ("The committee and its work", False),
        ("Will the committee meet every three months to set the monthly releases from the dam?",
         False),
    ],
)  # fmt: skip
def test_a_saved_pages_standfirst_in_a_heading_is_the_summary(heading: str, summary: bool) -> None:
    lines = ["Türkiye and Iraq agree on water sharing", heading, P1, P2]
    got = strip_chrome(html_source(lines, ["title", "heading", "", ""])).lines
    assert (got[1].meta_key == "summary") is summary
    assert got[1].kind is (LineKind.METADATA if summary else LineKind.HEADING)


@pytest.mark.parametrize(
    ("credit", "figure"),
    [
        # a photographer's name and an agency not in the lists, under the caption
        ("Sergei Kiselyov / Moskva News Agency", True),
        ("Anna Weber / The Kyiv Independent", True),
        # ... not a breadcrumb, nor names that open with no given name
        ("Ukraine War / Politics", False),
        ("Central Bank / Economy", False),
    ],
)
def test_a_photographers_name_and_agency_under_a_caption_is_its_credit(
    credit: str, figure: bool
) -> None:
    caption = "The Central Bank said inflation was running well above its forecast."
    got = strip_chrome(source(["Menu", "", P1, "", caption, credit, "", P2, "", P3])).lines
    assert (got[5].kind is LineKind.FIGURE_CREDIT) is figure
