"""Reading seeds: encodings, binary input, control characters, line ends, big inputs."""

from __future__ import annotations

import codecs
import random
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.ingest import (
    IngestError,
    clean_text,
    declared_charset,
    decode_bytes,
    decode_source,
    plausibility,
    read_source,
    split_lines,
    unwrap_lines,
    wrap_width,
)

# Short, realistic news sentences: the hard case for statistical detectors.
RU_LONG = (
    "В Москве прошли переговоры делегаций России и США по Украине. "
    "Стороны обсудили условия прекращения огня, сообщил источник."
)
RU_SHORT = "Цены на нефть выросли на 3%."
RU_HEADLINE = "Правительство утвердило бюджет на 2025 год"
RU_CAPS = "США и ЕС"
RU_QUOTES = "«Газпром» сообщил о росте добычи — на 5%."
UK = "Україна отримала нову партію гуманітарної допомоги від Євросоюзу."
BG = "Българското правителство одобри новия бюджет за следващата година."
FR = "Le président a rencontré les élèves à l'école élémentaire de Besançon."
DE = "Die Bundesregierung hat am Mittwoch über höhere Zölle für Stahl beraten."
ES = "El presidente habló sobre la economía española y la inflación en el año."
PT = "A inflação no Brasil caiu para 4,5% em março, segundo o IBGE."
EN_CURLY = "The “quick” brown fox — jumped over the lazy dog’s back… for €5."
PL = "Rząd przyjął nowy budżet na przyszły rok, powiedział minister."
EL = "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία."
JA = "東京都は新しい予算案を発表しました。"

ENCODING_CASES = [
    # (text, how it is encoded, the codec name we expect recorded)
    (RU_LONG, "utf-8", "utf-8"),
    (RU_LONG, "utf-8-sig", "utf-8-sig"),
    (RU_LONG, "utf-16", "utf-16-le"),  # Python writes a little-endian BOM
    (RU_LONG, "utf-16-be-bom", "utf-16-be"),
    (RU_LONG, "utf-16-le", "utf-16-le"),  # no BOM: recognised by its NUL pattern
    (RU_LONG, "cp1251", "cp1251"),
    (RU_LONG, "koi8-r", "koi8-r"),
    (RU_SHORT, "cp1251", "cp1251"),
    (RU_SHORT, "koi8-r", "koi8-r"),  # charset-normalizer alone says cp932
    (RU_HEADLINE, "cp1251", "cp1251"),
    (RU_HEADLINE, "koi8-r", "koi8-r"),  # charset-normalizer alone says shift_jis_2004
    (RU_CAPS, "cp1251", "cp1251"),
    (RU_CAPS, "koi8-r", "koi8-r"),
    (RU_QUOTES, "cp1251", "cp1251"),
    ("Москва", "cp1251", "cp1251"),
    ("Москва", "koi8-r", "koi8-r"),
    (UK, "cp1251", "cp1251"),
    (BG, "cp1251", "cp1251"),
    (FR, "latin-1", "latin-1"),
    (DE, "latin-1", "latin-1"),
    (ES, "latin-1", "latin-1"),  # charset-normalizer alone says cp1250 ("espańola")
    (PT, "latin-1", "latin-1"),
    ("Café", "latin-1", "latin-1"),
    (EN_CURLY, "cp1252", "cp1252"),  # charset-normalizer alone says cp852
    (PL, "cp1250", "cp1250"),
    (EL, "cp1253", "cp1253"),
    (JA, "shift_jis", "cp932"),
]


def _encode(text: str, how: str) -> bytes:
    if how == "utf-16-be-bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return text.encode(how)


@pytest.mark.parametrize(("text", "how", "expected"), ENCODING_CASES)
def test_decodes_known_text(text: str, how: str, expected: str) -> None:
    decoded, encoding = decode_bytes("seed.txt", _encode(text, how))
    assert decoded == text
    assert codecs.lookup(encoding).name == codecs.lookup(expected).name


@pytest.mark.parametrize(("text", "how", "expected"), ENCODING_CASES[:12])
def test_encoding_is_recorded_on_the_source(text: str, how: str, expected: str) -> None:
    source = decode_source("seed.txt", _encode(f"{text}\n{text}\n", how))
    assert source.lines[:2] == (text, text)
    assert codecs.lookup(source.encoding).name == codecs.lookup(expected).name


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(3000), "PNG image"),
        (b"\xff\xd8\xff\xe0" + random.Random(2).randbytes(3000), "JPEG image"),
        (b"%PDF-1.7\n" + random.Random(3).randbytes(3000), "PDF document"),
        (random.Random(4).randbytes(5000), "binary data"),
        (b"\x00" * 200, "binary data"),
    ],
)
def test_binary_input_is_an_error_naming_the_file(data: bytes, problem: str) -> None:
    with pytest.raises(IngestError, match=rf"^picture\.txt: .*{problem}"):
        decode_bytes("picture.txt", data)


def test_a_broken_bom_is_an_error() -> None:
    with pytest.raises(IngestError, match=r"^x\.txt: not valid UTF-16-LE despite its byte-order"):
        decode_bytes("x.txt", codecs.BOM_UTF16_LE + b"a\x00\x00\xd8")


@pytest.mark.parametrize(
    ("data", "lines"),
    [
        (b"one\r\ntwo\r\n", ("one", "two", "")),
        (b"one\rtwo\rthree", ("one", "two", "three")),
        (b"one\r\n\rtwo\n", ("one", "", "two", "")),
        ("one\u2028two\u2029three\x85four".encode(), ("one", "two", "three", "four")),
        (b"trailing   \n", ("trailing", "")),
        ("a\u00a0b".encode(), ("a b",)),
        ("e\u0301".encode(), ("\u00e9",)),  # NFC
    ],
)
def test_line_ends_are_normalised(data: bytes, lines: tuple[str, ...]) -> None:
    assert decode_source("x.txt", data).lines == lines


@pytest.mark.parametrize(
    ("text", "cleaned", "warnings"),
    [
        ("a\x00b", "ab", ("dropped 1 NUL character(s) (first on line 1)",)),
        ("ok\nx\x00y\x00z", "ok\nxyz", ("dropped 2 NUL character(s) (first on line 2)",)),
        ("a\x07b\x1bc", "abc", ("dropped 2 control character(s) (first on line 1)",)),
        ("a\nb\x0c\nc\x7f\x9b", "a\nb\nc", ("dropped 3 control character(s) (first on line 2)",)),
        ("\ufeffbom", "bom", ()),  # a stray byte-order mark is dropped silently
        # invisible formatting characters too: a soft hyphen splits no word for later stages
        ("Netan\u00adyahu", "Netanyahu", ()),
        ("zero\u200bwidth\u2060joined", "zerowidthjoined", ()),
        ("tab\tkept", "tab\tkept", ()),
        (
            "\x00\x01",
            "",
            (
                "dropped 1 NUL character(s) (first on line 1)",
                "dropped 1 control character(s) (first on line 1)",
            ),
        ),
    ],
)
def test_control_characters_are_dropped_with_a_warning(
    text: str, cleaned: str, warnings: tuple[str, ...]
) -> None:
    assert clean_text(text) == (cleaned, warnings)


def test_nul_bytes_in_a_text_file_are_dropped_not_refused() -> None:
    source = decode_source("x.txt", b"First line.\nSecond\x00 line.\n")
    assert source.lines == ("First line.", "Second line.", "")
    assert source.warnings == ("dropped 1 NUL character(s) (first on line 2)",)


def test_big_article_reads_whole() -> None:
    paragraph = "В Москве прошли переговоры делегаций России и США по Украине, сообщил источник.\n"
    text = paragraph * (5_000_000 // len(paragraph.encode("cp1251")) + 1)
    data = text.encode("cp1251")
    assert len(data) > 5_000_000
    source = decode_source("big.txt", data)
    assert source.encoding == "cp1251"
    assert len(source.lines) == text.count("\n") + 1
    assert source.lines[0] == paragraph.rstrip("\n")


def test_single_one_megabyte_line() -> None:
    data = ("слово " * 200_000).encode("koi8-r")
    source = decode_source("line.txt", data)
    assert source.encoding == "koi8-r"
    assert len(source.lines) == 1
    assert source.lines[0].split() == ["слово"] * 200_000


def test_ten_thousand_one_word_lines() -> None:
    data = "\n".join(f"w{i}" for i in range(10_000)).encode()
    source = decode_source("words.txt", data)
    assert len(source.lines) == 10_000
    assert source.lines[-1] == "w9999"


def test_plausibility_prefers_the_right_code_page() -> None:
    raw = RU_HEADLINE.encode("koi8-r")
    assert plausibility(raw.decode("koi8-r")) > plausibility(raw.decode("cp1251"))
    raw = RU_HEADLINE.encode("cp1251")
    assert plausibility(raw.decode("cp1251")) > plausibility(raw.decode("cp1252"))
    raw = ES.encode("latin-1")
    assert plausibility(raw.decode("latin-1")) > plausibility(raw.decode("cp1251"))


@pytest.mark.parametrize(
    ("head", "charset"),
    [
        (b'<meta charset="windows-1251">', "cp1251"),
        (b"<meta charset=koi8-r />", "koi8-r"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "cp1252"),
        (b'<?xml version="1.0" encoding="utf-8"?>', "utf-8"),
        (b'<meta charset="no-such-charset">', None),
        (b"<p>no declaration</p>", None),
    ],
)
def test_declared_charset(head: bytes, charset: str | None) -> None:
    assert declared_charset(b"<html><head>" + head + b"</head><body></body></html>") == charset


def test_html_is_decoded_with_its_declared_charset() -> None:
    # Short text where detection alone could guess wrong; the declaration settles it.
    html = (
        '<html><head><meta charset="koi8-r"><title>Новости</title></head><body><article>'
        f"<p>{RU_SHORT}</p><p>{RU_HEADLINE}.</p></article></body></html>"
    )
    source = decode_source("page.html", html.encode("koi8-r"), "html")
    assert source.encoding == "koi8-r"
    assert source.format == "html"
    assert RU_SHORT in source.lines


def test_a_wrong_declaration_falls_back_to_detection() -> None:
    html = f'<html><head><meta charset="utf-8"></head><body><p>{RU_LONG}</p></body></html>'
    source = decode_source("page.html", html.encode("cp1251"), "html")
    assert source.encoding == "cp1251"
    assert RU_LONG in source.lines


def test_read_source_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"missing\.txt: cannot read"):
        read_source(tmp_path / "missing.txt")
    other = tmp_path / "notes.md"
    other.write_text("hello", encoding="utf-8")
    with pytest.raises(IngestError, match=r"notes\.md: not a seed"):
        read_source(other)
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(IngestError, match=r"photo\.txt: looks like a PNG image"):
        read_source(png)


def test_read_source_by_suffix(tmp_path: Path) -> None:
    seed = tmp_path / "Статья.TXT"
    seed.write_bytes(f"{RU_LONG}\r\n".encode("cp1251"))
    source = read_source(seed)
    assert (source.name, source.format, source.encoding) == ("Статья.TXT", "txt", "cp1251")
    assert source.lines == (RU_LONG, "")


def mhtml(html: bytes, charset: str | None, location: str = "https://example.org/news/1") -> bytes:
    """A page saved as Chromium saves "Webpage, single file": multipart/related, the HTML
    quoted-printable, then its images."""
    import quopri

    kind = f"text/html; charset={charset}" if charset else "text/html"
    return (
        b"From: <Saved by Blink>\r\nSnapshot-Content-Location: " + location.encode() + b"\r\n"
        b"Subject: =?utf-8?Q?News?=\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="--B--"\r\n\r\n'
        b"----B--\r\nContent-Type: " + kind.encode() + b"\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n"
        b"Content-Location: "
        + location.encode()
        + b"\r\n\r\n"
        + quopri.encodestring(html).replace(b"\n", b"\r\n")
        + b"\r\n----B--\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"iVBORw0KGgo=\r\n----B----\r\n"
    )


PAGE = (
    "<html><head><title>Новости</title></head><body><article>"
    f"<p>{RU_LONG}</p><p>{RU_SHORT}</p></article></body></html>"
)


@pytest.mark.parametrize("charset", ["koi8-r", "windows-1251", None])
def test_a_page_saved_as_mhtml_reads_as_the_page(charset: str | None) -> None:
    data = mhtml(PAGE.encode(charset or "utf-8"), charset)
    source = decode_source("page.mhtml", data, "mhtml")
    assert source.format == "html"
    assert RU_LONG in source.lines and RU_SHORT in source.lines
    assert ("url", "https://example.org/news/1") in source.meta  # the page gives none itself
    assert not any("=D0" in line or "Content-Type" in line for line in source.lines)


def test_an_mhtml_page_is_decoded_in_its_parts_charset() -> None:
    # (a short Polish page: without the part's charset it is read as cp1250, "gę¶l± jaĽń")
    text = "Zażółć gęślą jaźń, powiedział minister w środę."
    page = f"<html><head><title>T</title></head><body><p>{text}</p></body></html>"
    source = decode_source("page.mhtml", mhtml(page.encode("iso-8859-2"), "iso-8859-2"), "mhtml")
    assert text in source.lines


def test_an_mhtml_page_that_names_its_address_keeps_it() -> None:
    page = PAGE.replace("<head>", '<head><link rel="canonical" href="https://example.org/own">')
    source = decode_source("page.mhtml", mhtml(page.encode("utf-8"), "utf-8"), "mhtml")
    assert [value for key, value in source.meta if key == "url"] == ["https://example.org/own"]


def test_an_mhtml_file_without_a_page_is_an_error_naming_it(tmp_path: Path) -> None:
    seed = tmp_path / "saved.mht"
    seed.write_bytes(mhtml(b"", None).replace(b"text/html", b"text/plain"))
    with pytest.raises(IngestError, match=r"saved\.mht: an MHTML file without an HTML page"):
        read_source(seed)


@pytest.mark.parametrize(
    ("opening", "html"),
    [
        ("<!DOCTYPE html>\n", True),
        ("\ufeff  <!doctype HTML PUBLIC '-//W3C//DTD HTML 4.01//EN'>", True),
        ("<!-- saved from url=(0014)about:internet -->\n<html lang='ru'>", True),
        ('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', True),
        ("<b>Moscow</b> talks went on for hours, the agency said.\n", False),
        ("The <html> tag opens a page, the tutorial says.\n", False),
    ],
)
def test_a_txt_seed_holding_a_saved_page_reads_as_the_page(
    tmp_path: Path, opening: str, html: bool
) -> None:
    seed = tmp_path / "article.txt"
    seed.write_bytes((opening + PAGE.split("<html>", 1)[1]).encode("utf-8"))
    source = read_source(seed)
    assert source.format == ("html" if html else "txt")
    assert (RU_LONG in source.lines) is html  # as text, the paragraph sits inside its markup
    assert any("read as a saved page" in w for w in source.warnings) is html


def test_read_source_reads_every_page_suffix(tmp_path: Path) -> None:
    for name in ("a.xhtml", "b.shtml", "c.HTM"):
        (tmp_path / name).write_text(PAGE, encoding="utf-8")
        assert read_source(tmp_path / name).format == "html"
    (tmp_path / "d.mht").write_bytes(mhtml(PAGE.encode(), "utf-8"))
    assert RU_SHORT in read_source(tmp_path / "d.mht").lines


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_utf8_text_decodes_to_itself_without_controls(text: str) -> None:
    data = text.encode("utf-8")
    try:
        source = decode_source("x.txt", data)
    except IngestError as exc:  # text made mostly of control characters reads as binary
        assert str(exc).startswith("x.txt: looks like binary data")
        return
    joined = "\n".join(source.lines)
    assert not any(ch in joined for ch in "\x00\r\x07\x1b\x7f")
    assert len(source.lines) >= 1


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_raise_ingest_error(data: bytes) -> None:
    try:
        source = decode_source("x.txt", data)
    except IngestError as exc:
        assert str(exc).startswith("x.txt: ")
    else:
        assert isinstance(source.encoding, str) and source.encoding


def test_split_lines_matches_clean_text() -> None:
    lines, warnings = split_lines("a\r\nb\x00\rc  ")
    assert lines == ("a", "b", "c")
    assert warnings == ("dropped 1 NUL character(s) (first on line 2)",)


_CONTROL_TEXT = st.text(
    alphabet=st.sampled_from(list("ab é\u0301\u00a0\u00ad\x00\x07\r\n\x85\u2028\ufeff\x9f")),
    max_size=20,
)


@given(st.one_of(_CONTROL_TEXT, st.text(max_size=30)))
def test_clean_text_printable_shortcut_matches_the_full_cleaning(text: str) -> None:
    # clean_text returns printable one-line text (an HTML block) without its substitutions;
    # the same text plus a line end goes the full way and must clean to the same.
    from hypothesis import assume

    assume(not text.endswith("\r"))  # (a CR before the LF would join it: one line end)
    cleaned, warnings = clean_text(text)
    assert clean_text(text + "\n") == (cleaned + "\n", warnings)


# --------------------------------------------------------------------------- hard-wrapped text

WIRE = """Ministers agree on new budget after long talks

LONDON (Reuters) - The finance ministers of the seven largest economies
agreed on Friday to a new budget framework after two days of talks in
London, officials said, ending months of disagreement over spending rules.

The agreement, which still needs approval by national parliaments, sets
limits on deficits and gives governments more time to cut their self-
imposed debts, according to a draft seen by the reporters there. Internet-
Drafts followed.

The ministers agreed on:
- lower limits on deficits for the next five years from January
- a review of the rules by an independent panel of economists

Critics said the deal did not go far enough and warned that the new rules
would be hard to enforce.""".splitlines()

WIRE_UNWRAPPED = [
    "Ministers agree on new budget after long talks",
    "",
    "LONDON (Reuters) - The finance ministers of the seven largest economies agreed on Friday"
    " to a new budget framework after two days of talks in London, officials said, ending"
    " months of disagreement over spending rules.",
    "",
    "The agreement, which still needs approval by national parliaments, sets limits on deficits"
    " and gives governments more time to cut their self-imposed debts, according to a draft"
    " seen by the reporters there. Internet-Drafts followed.",
    "",
    "The ministers agreed on:",
    "- lower limits on deficits for the next five years from January",
    "- a review of the rules by an independent panel of economists",
    "",
    "Critics said the deal did not go far enough and warned that the new rules would be hard"
    " to enforce.",
]

# Copied web text: one line per paragraph, menus and teasers of similar lengths between.
COPIED = [
    "Home",
    "World",
    "Business",
    "Ministers agree on new budget after long talks in London on Friday",
    "Oil prices rise as traders weigh the new budget rules of the ministers",
    "Markets close higher after the central bank keeps its interest rates",
    "Football: the league approves a new budget for its clubs this season",
    "The finance ministers of the seven largest economies agreed on Friday to a new budget"
    " framework after two days of talks in London, officials said, ending months of"
    " disagreement over spending rules.",
    "The agreement, which still needs approval by national parliaments, sets limits on"
    " deficits and gives governments more time to cut their debts.",
]
#: Copied text: one quoted sentence a line, alike in length, ending in a question's or an
#: exclamation's mark and a closing quote.
DIALOGUE = [
    "“Will the ministers agree on the new budget before the summer break?”",
    "“Nobody in the room could tell us, and nobody would even try to guess!”",
    "“Would the opposition vote against it when the plan comes to a vote?”",
    "“They told reporters outside the hall that they had not yet decided.”",
    "“Could the talks in London go on into the autumn, as some now fear?”",
]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # wrapped paragraphs become one line each; a short line ends its paragraph, a list item
        # starts a line of its own, a word broken after its hyphen joins without a space
        (WIRE, WIRE_UNWRAPPED),
        # a scraper's fragments (a link or an emphasis cut out): a closing mark after a line
        # that ends no sentence, lower case after a comma or a word no sentence ends on
        (["The finance ministers agreed on a budget framework with", "the central bank",
          ", officials said, after talks in", "London", ". The deal needs approval."],
         # (a capital opens a line of its own: it may be a heading)
         ["The finance ministers agreed on a budget framework with the central bank, officials"
          " said, after talks in", "London. The deal needs approval."]),
        # (a fragment opening with a byline's word, but no name, goes on: "by the end")
        (["The finance ministers agreed on a budget framework with the central bank,",
          "by the end of the year, officials said."],
         ["The finance ministers agreed on a budget framework with the central bank, by the end"
          " of the year, officials said."]),
        # ... not a byline after a headline, nor list items, nor a sentence's next line
        (["The deck of cards that made tarot a global phenomenon", "by Jane Doe"],
         ["The deck of cards that made tarot a global phenomenon", "by Jane Doe"]),
        (["A profile of the program should be read like this:",
          "the x-axis shows the population of the stack", "the y-axis shows its depth"],
         ["A profile of the program should be read like this:",
          "the x-axis shows the population of the stack", "the y-axis shows its depth"]),
        (["The talks ended on Friday.", ". . .", "Fin"], ["The talks ended on Friday.", ". . .",
          "Fin"]),
        # a paragraph the page's source wrapped, in copied text not wrapped as a whole: a line
        # of prose ending on a word no sentence ends on, or a line opening with one, goes on
        (["Headers", "", "Fetch introduces three interfaces. These are Headers, Request and",
          "Response. They map directly to the underlying HTTP concepts, and",
          "they have filters in place for privacy and security reasons.", "", "Home"],
         ["Headers", "", "Fetch introduces three interfaces. These are Headers, Request and"
          " Response. They map directly to the underlying HTTP concepts, and they have filters"
          " in place for privacy and security reasons.", "", "Home"]),
        (["The same can be achieved by passing an array of arrays or a JS object literal",
          "to the constructor:"],
         ["The same can be achieved by passing an array of arrays or a JS object literal to the"
          " constructor:"]),
        # ... not a Title Case headline, a source label, list items opening with a user's
        # name, a byline
        (["The 25 Toughest Colleges in the Country to Get Into", "Prestige And Money",
          "Students pay more."],
         ["The 25 Toughest Colleges in the Country to Get Into", "Prestige And Money",
          "Students pay more."]),
        (["Trump signs an order withdrawing the country from the trade deal in",
          "Business Insider", "More stories."],
         ["Trump signs an order withdrawing the country from the trade deal in",
          "Business Insider", "More stories."]),
        # (a Title Case line ending on a lower-case word no sentence ends on; code; a label
        # of three words opening with such a word)
        (["The 25 Toughest Colleges in the Country to Get into", "Prestige And Money",
          "Students pay more."],
         ["The 25 Toughest Colleges in the Country to Get into", "Prestige And Money",
          "Students pay more."]),
        (["hg log -q -r 'head()' --template '{node}' --rev tip default",
          "to the server you pushed to."],
         ["hg log -q -r 'head()' --template '{node}' --rev tip default",
          "to the server you pushed to."]),
        (["Le gouvernement a présenté mardi son projet de budget pour l'année prochaine",
          "les plus partagés", "Le texte sera voté."],
         ["Le gouvernement a présenté mardi son projet de budget pour l'année prochaine",
          "les plus partagés", "Le texte sera voté."]),
        (["mconley fixed an AsyncShutdown hang caused by the startup cache",
          "mstriemer hid the print settings that do not relate to PDFs."],
         ["mconley fixed an AsyncShutdown hang caused by the startup cache",
          "mstriemer hid the print settings that do not relate to PDFs."]),
        (["Ministers agree on a new budget after the long talks in London with",
          "by Jane Doe and John Smith."],
         ["Ministers agree on a new budget after the long talks in London with",
          "by Jane Doe and John Smith."]),
        (["Ministers agree on a new budget after the long talks in London with",
          "posted by Jane Doe and John Smith."],
         ["Ministers agree on a new budget after the long talks in London with",
          "posted by Jane Doe and John Smith."]),
        # a block of prose the page's source broke anywhere (a scrape keeps the HTML's line
        # breaks): every line joins the one above, but after a paragraph's short last line
        (["Gallery", "", "The Xbox", "One X is the ultimate video game system. It sports",
          "more horsepower than any system ever. And it plays more", "titles in native 4K than",
          "the PlayStation 4 Pro. It's just about everything",
          "you could want without a gaming PC. The price?",
          "It costs $500.", "Everyone else might be better off waiting for the sale.", "",
          "Hardware"],
         ["Gallery", "", "The Xbox One X is the ultimate video game system. It sports more"
          " horsepower than any system ever. And it plays more titles in native 4K than the"
          " PlayStation 4 Pro. It's just about everything you could want without a gaming PC."
          " The price? It costs"
          " $500.", "Everyone else might be better off waiting for the sale.", "", "Hardware"]),
        # ... not a block of teasers and captions (capitals open their lines, "U.S." is no
        # sentence's end), nor a menu
        (["Related Coverage", "U.S. Sweetens Offer to Take Sudan Off Terror List",
          "Photo: The talks in Khartoum. Officials met for hours and agreed on nothing at all",
          "Sudan Lifts Curfew. Markets Rally", "Most Read"],
         ["Related Coverage", "U.S. Sweetens Offer to Take Sudan Off Terror List",
          "Photo: The talks in Khartoum. Officials met for hours and agreed on nothing at all",
          "Sudan Lifts Curfew. Markets Rally", "Most Read"]),
        # a wire dateline alone on its line, its dash last, and the first paragraph under it
        (["CNN  —", "Sudan's army said on Friday it had retaken the palace."],
         ["CNN  — Sudan's army said on Friday it had retaken the palace."]),
        (["WASHINGTON (AP) —", "The Supreme Court on Thursday appeared skeptical."],
         ["WASHINGTON (AP) — The Supreme Court on Thursday appeared skeptical."]),
        # ... not after a blank line, nor a line of words ending in a dash, nor before lower case
        (["CNN —", "", "Sudan's army said on Friday it had retaken the palace."],
         ["CNN —", "", "Sudan's army said on Friday it had retaken the palace."]),
        (["He paused and said nothing at all —", "The room was silent."],
         ["He paused and said nothing at all —", "The room was silent."]),
        (["CNN —", "updated an hour ago"], ["CNN —", "updated an hour ago"]),
        # ... not an author's box, one long line among short ones
        (["MARK SHERMAN", "Sherman covers the Supreme Court for The Associated Press. He has"
          " reported on the court since 2008.", "twitter", "mailto"],
         ["MARK SHERMAN", "Sherman covers the Supreme Court for The Associated Press. He has"
          " reported on the court since 2008.", "twitter", "mailto"]),
        # ... a dateline printed a part a line, the dash alone last (CNN)
        (["Washington", "CNN", " — ", "President Joe Biden on Monday authorized Ukraine to use"
          " long-range missiles, two officials said."],
         ["Washington CNN — President Joe Biden on Monday authorized Ukraine to use long-range"
          " missiles, two officials said."]),
        # ... not a dash alone between short lines (a menu's separator)
        (["Home", "News", "—", "Sport", "Weather"], ["Home", "News", "—", "Sport", "Weather"]),
        # copied text, a poem, a table of contents: left as they are
        (COPIED, COPIED),
        # (one paragraph a line, alike in length, each a quote ending "?”" or "!”": sentences'
        # ends, so no wrap)
        (DIALOGUE, DIALOGUE),
        (["Roses are red,", "violets are blue,", "sugar is sweet,", "and so are you."] * 2,
         ["Roses are red,", "violets are blue,", "sugar is sweet,", "and so are you."] * 2),
        (["1. Introduction" + "." * 50 + "2", "2. Terminology" + "." * 51 + "3"] * 3,
         ["1. Introduction" + "." * 50 + "2", "2. Terminology" + "." * 51 + "3"] * 3),
    ],
)  # fmt: skip
def test_unwrap_lines_joins_only_the_wrap_s_own_breaks(
    lines: list[str], expected: list[str]
) -> None:
    assert list(unwrap_lines(tuple(lines))[0]) == expected


def test_wrap_width_tells_wrapped_text_from_copied_text() -> None:
    assert wrap_width(tuple(WIRE)) == 74
    assert wrap_width(tuple(COPIED)) is None


def test_a_wrapped_seed_reports_the_file_s_line_numbers() -> None:
    text = "\n".join([*WIRE, "", "Advertisement", ""])
    source = decode_source("wire.txt", text.encode())
    assert source.lines == (*WIRE_UNWRAPPED, "", "Advertisement", "")
    assert source.number(2) == 3  # "LONDON (Reuters) ..." starts on the file's line 3
    assert source.number(4) == 7
    assert source.number(source.lines.index("Advertisement")) == len(WIRE) + 2
    text_lines = decode_source("copied.txt", "\n".join(COPIED).encode())
    assert text_lines.numbers == () and text_lines.number(3) == 4


# (capitalised: a lower-case line after a line of prose would join as a scraper's fragment)
_WORD = st.builds(
    str.__add__,
    st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=11),
)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.lists(_WORD, min_size=25, max_size=80), min_size=2, max_size=6),
    st.integers(min_value=52, max_value=100),
)
def test_unwrapping_restores_the_paragraphs_a_wrap_broke(
    paragraphs: list[list[str]], width: int
) -> None:
    """Paragraphs wrapped at any width come back as they were, once each, with the numbers of
    their first lines; unwrapping them again changes nothing. (Words of at most 12 letters at a
    width of 52 or more: every full line is 40 to 100 long, within 20 of the longest.)"""
    wrapped = [textwrap.wrap(" ".join(p), width, break_on_hyphens=False) for p in paragraphs]
    lines: list[str] = []
    firsts = []
    for block in wrapped:
        firsts.append(len(lines) + 1)
        lines += [*block, ""]
    out, numbers = unwrap_lines(tuple(lines))
    if sum(len(b) - 1 for b in wrapped) < 4:  # too few wrapped lines to tell a width
        assert out == tuple(lines)
        return
    assert out == tuple(x for p in paragraphs for x in (" ".join(p), ""))
    assert [numbers[i] for i in range(0, len(out), 2)] == firsts
    assert unwrap_lines(out) == (out, ())
