"""Clean stage: the real scraped sample, then one small synthetic text per rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.records import Article, Dropped
from flashpoint.settings import Settings
from flashpoint.stages.clean import article_id, clean_text

SETTINGS = Settings()
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SAMPLE = SHARED / "samples" / "kmiainfo-kazakhstan.txt"
TITLE = "Kazakhstan is the second Ukraine waiting for Russia"

# A fictional world: Veldania, Orsk and the Barrow Pact are invented.
P1 = (
    "Veldanian troops crossed into the Orsk border district on Monday after talks between "
    "the two governments broke down, officials in the capital said."
)
P2 = (
    "The foreign ministry of Orsk called the move an act of aggression and asked the Barrow "
    "Pact to convene an emergency meeting before the end of the week."
)
P3 = (
    "Aid groups said thousands of residents had fled toward the coast, where shelters were "
    "already full and supplies of water were running low."
)
BODY = f"{P1}\n\n{P2}\n\n{P3}"


def clean(text: str, **kwargs: object) -> Article:
    result = clean_text(text, source="test", settings=SETTINGS, **kwargs)  # type: ignore[arg-type]
    assert isinstance(result, Article), result
    return result


def reasons(article: Article) -> list[str]:
    return [r.reason for r in article.dropped]


def paragraphs(article: Article) -> list[str]:
    return article.text.split("\n\n")


# --- the real sample ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample() -> str:
    if not SAMPLE.exists():
        pytest.skip("../shared is absent: the sample and eval sets live there")
    return SAMPLE.read_text(encoding="utf-8")


def body_paragraphs(raw: str) -> list[str]:
    """The body as the page prints it with line breaks (after the one-paragraph copy)."""
    lines = [line.strip() for line in raw.splitlines()]
    after_long = lines.index(max(lines, key=len)) + 1
    skip = {TITLE, "", "Post a Comment", "Previous Post Next Post"}
    body = [line for line in lines[after_long:] if line not in skip]
    return [line.removeprefix("Nur-Sultan - ") for line in body]


def test_sample_title_site_dateline(sample: str) -> None:
    article = clean(sample)
    assert article.title == TITLE
    assert article.site == "kmiainfo"
    assert article.dateline == "Nur-Sultan"
    assert article.language == "en"
    assert article.published is None


def test_sample_every_paragraph_exactly_once(sample: str) -> None:
    article = clean(sample)
    expected = body_paragraphs(sample)
    assert len(expected) == 22
    for para in expected:
        assert article.text.count(para) == 1, para
    assert paragraphs(article) == expected  # headings stay paragraphs of their own
    assert "The ability to turn crises into opportunities" in paragraphs(article)
    assert TITLE not in article.text


def test_sample_boilerplate_gone_and_listed(sample: str) -> None:
    article = clean(sample)
    assert "Post a Comment" not in article.text
    assert "Previous Post Next Post" not in article.text
    assert {"boilerplate", "repeated-block", "dateline", "repeated-title"} <= set(reasons(article))
    long_copy = [r for r in article.dropped if r.reason == "repeated-block"]
    assert len(long_copy) == 1 and long_copy[0].chars > 5000
    assert [r.text for r in article.dropped if r.reason == "boilerplate"] == [
        "Post a Comment",
        "Previous Post Next Post",
    ]


def test_sample_without_long_copy_gives_same_article(sample: str) -> None:
    lines = sample.splitlines()
    longest = max(lines, key=len)
    by_hand = "\n".join(line for line in lines if line != longest)
    assert clean(by_hand).id == clean(sample).id
    assert clean(by_hand).text == clean(sample).text


# --- normalising --------------------------------------------------------------------------


def test_normalises_spaces_breaks_and_unicode() -> None:
    text = f"Cafe\u0301 talks\u00a0resume   \r\n\r\n{P1}\u200b  \r\n{P2}\t\n"
    article = clean(text, title="Given title")
    assert paragraphs(article) == ["Café talks resume", P1, P2]
    assert "\r" not in article.text and "\u200b" not in article.text


def test_heading_and_sentence_on_adjacent_lines_stay_apart() -> None:
    article = clean(f"Border crisis deepens\n{P1}\nSearching for allies\n{P2}", title="T")
    assert paragraphs(article) == ["Border crisis deepens", P1, "Searching for allies", P2]


# --- boilerplate --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Post a Comment",
        "Previous Post Next Post",
        "Share this",
        "Share this article",
        "Share on Facebook",
        "Share on Twitter",
        "Facebook Twitter WhatsApp",
        "Subscribe",
        "Sign up for our newsletter",
        "Read more",
        "Read more: Orsk closes its airspace",
        "Related articles",
        "Advertisement",
        "We use cookies to give you the best experience on our website.",
        "Copyright © 2022 Veldania Daily. All rights reserved.",
        "All rights reserved",
        "Click here to read the full story",
        "Follow us on Twitter",
        "Leave a reply",
        "Comments",
        "12 Comments",
        "Tags: Veldania, Orsk",
        "Loading...",
    ],
)
def test_boilerplate_lines_are_removed(line: str) -> None:
    article = clean(f"{P1}\n{line}\n{P2}\n\n{line}\n", title="T")
    assert paragraphs(article) == [P1, P2]
    assert reasons(article) == ["boilerplate", "boilerplate"]
    assert article.dropped[0].text == line[:80] and article.dropped[0].chars == len(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "Veldania shares a border of 900 kilometres with Orsk.",
        "Residents said they would share the footage with investigators.",
        "Share prices fell sharply in the capital after the announcement.",
        "Comments by the minister drew an angry response from Orsk.",
        "Subscribers to the state broadcaster lost their signal overnight.",
        "Read more carefully, the treaty allows troops to stay.",
    ],
)
def test_real_sentences_mentioning_share_or_comments_stay(sentence: str) -> None:
    article = clean(f"{P1}\n{sentence}\n{P2}", title="T")
    assert sentence in paragraphs(article)
    assert "boilerplate" not in reasons(article)


# --- title and site -----------------------------------------------------------------------


def test_site_glued_to_doubled_title_on_first_line() -> None:
    title = "Orsk asks the Barrow Pact for help"
    article = clean(f"orskwire: {title} {title}\n\n{title}\n\n{BODY}")
    assert (article.title, article.site) == (title, "orskwire")
    assert paragraphs(article) == [P1, P2, P3]
    assert reasons(article) == ["title", "repeated-title"]


@pytest.mark.parametrize(
    ("line", "url"),
    [
        ("Veldania Daily | Orsk asks the Barrow Pact for help", None),
        ("Orsk asks the Barrow Pact for help | Veldania Daily", None),
        ("Orsk asks the Barrow Pact for help - Veldania Daily", "https://veldaniadaily.vd/a/1"),
    ],
)
def test_site_name_split_from_title(line: str, url: str | None) -> None:
    article = clean(f"{line}\n{BODY}", url=url)
    assert (article.title, article.site) == ("Orsk asks the Barrow Pact for help", "Veldania Daily")
    assert article.url == url


def test_headline_with_colon_or_dash_is_not_split_without_evidence() -> None:
    article = clean(f"Orsk: troops cross the border - again\n{BODY}")
    assert article.title == "Orsk: troops cross the border - again"
    assert article.site is None


def test_given_site_wins_and_first_sentence_is_not_a_title() -> None:
    article = clean(BODY, site="Veldania Daily")
    assert article.title is None and article.site == "Veldania Daily"
    assert paragraphs(article) == [P1, P2, P3]


def test_title_repeated_as_line_and_as_paragraph_opening() -> None:
    title = "Orsk asks the Barrow Pact for help"
    article = clean(f"{title}\n{title}  {P1}\n{P2}\n{title.upper()}\n{P3}", title=title)
    assert paragraphs(article) == [P1, P2, P3]
    assert reasons(article) == ["repeated-title", "repeated-title", "repeated-title"]


def test_title_words_inside_a_sentence_stay() -> None:
    title = "Orsk asks the Barrow Pact for help"
    sentence = f"{title} again, the minister said on Tuesday in a short statement."
    article = clean(f"{sentence}\n{P2}", title=title)
    assert paragraphs(article) == [sentence, P2]


# --- repeated blocks and sentences --------------------------------------------------------


def test_exact_duplicate_paragraph_is_removed() -> None:
    article = clean(f"{P1}\n\n{P2}\n\n{P1.upper()}\n\n{P3}\n\n{P2}", title="T")
    assert paragraphs(article) == [P1, P2, P3]
    assert reasons(article) == ["repeated-block", "repeated-block"]
    assert article.dropped[0].chars == len(P1)


def test_one_paragraph_copy_is_removed_and_paragraphed_copy_kept() -> None:
    heading = "Searching for allies"
    glued = f"{P1} {heading} {P2.replace('Orsk', '“Orsk”', 1)} {P3}"
    for text in (
        f"{glued}\n\n{P1}\n{heading}\n{P2}\n\n{P3}",
        f"{P1}\n{heading}\n{P2}\n{P3}\n{glued}",
    ):
        article = clean(text, title="T")
        assert paragraphs(article) == [P1, heading, P2, P3]
        assert reasons(article) == ["repeated-block"]
        assert article.dropped[0].chars == len(glued)


def test_shorter_copy_of_a_longer_paragraph_goes_not_the_longer() -> None:
    longer = f"{P1} Veldania denied the charge and said its soldiers would stay."
    article = clean(f"{P1}\n\n{P2}\n\n{longer}", title="T")
    assert paragraphs(article) == [P2, longer]
    assert reasons(article) == ["repeated-block"]


def test_pull_quote_goes_and_the_quoted_paragraph_stays() -> None:
    quote = (
        "“We will not give up a single village of the border district to Veldania, whatever "
        "the cost and however long the talks in the capital may take,”"
    )
    said = f"{quote} he said."  # the quote is over 90% of this paragraph
    article = clean(f"{P1}\n{quote}\n{P2}\n{said}", title="T")
    assert paragraphs(article) == [P1, P2, said]
    assert reasons(article) == ["repeated-block"]


def test_heading_repeating_a_sentence_leaves_the_sentence_in_the_body() -> None:
    heading = "‘It is impossible to overstate the magnitude of this ruling’"
    body = f"The lawyer spoke after the ruling. “{heading[1:-1]}. People will feel it.”"
    article = clean(f"{heading}\n{P1}\n{body}", title="T")
    assert paragraphs(article) == [heading, P1, body]


def test_a_paraphrase_is_not_a_repeat() -> None:
    pull = (
        "The rapid intervention in Orsk is a message to the Barrow Pact that Veldania is "
        "capable of managing more than one front."
    )
    full = (
        "Observers said the rapid intervention in Orsk is a message to the Barrow Pact, which "
        "is moving on more than one front, that Veldania is able to manage more than one front."
    )
    article = clean(f"{pull}\n\n{full}\n\n{P1}", title="T")
    assert paragraphs(article) == [pull, full, P1]


def test_phrases_pieced_from_several_blocks_are_not_a_repeat() -> None:
    ask = "What would your tasks and duties be as the running mate chosen by the"
    q1, q2 = f"{ask} Harbour Party?", f"{ask} Orsk Liberty Party?"
    named = "Mara Tel was named the running mate chosen by the Orsk Liberty Party in March."
    article = clean(f"{q1}\n{named}\n{q2}\n{P1}", title="T")
    assert paragraphs(article) == [q1, named, q2, P1]


def test_long_sentence_repeated_word_for_word_is_removed() -> None:
    sentence = "Mr. Halvik said the Barrow Pact would send observers to the border within days."
    first = f"{P1} {sentence}"
    second = f"Talks continue. {sentence} The U.S. Embassy in Orsk was closed."
    article = clean(f"{first}\n\n{second}", title="T")
    assert paragraphs(article) == [first, "Talks continue. The U.S. Embassy in Orsk was closed."]
    assert reasons(article) == ["repeated-sentence"]


# --- dateline -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("Nur-Sultan - ", "Nur-Sultan"),
        ("MOSCOW (Reuters) - ", "Moscow"),
        ("Kyiv, Jan 5 (AP) — ", "Kyiv"),
        ("WASHINGTON — ", "Washington"),
        ("NEW YORK, Kazakhstan (AFP) -- ", "New York"),
        ("ORSK CITY—", "Orsk City"),
        ("BASRA, Iraq, Aug 12 - ", "Basra"),  # place, country and date
        ("HEBRON, West Bank, 21 Aug. (AFP) - ", "Hebron"),
    ],
)
def test_dateline_is_cut_and_kept(opening: str, place: str) -> None:
    article = clean(f"Border crisis\n{opening}{P1}\n{P2}", title="T")
    assert article.dateline == place
    assert paragraphs(article) == ["Border crisis", P1, P2]
    assert reasons(article) == ["dateline"]
    assert article.dropped[0].text == opening


@pytest.mark.parametrize(
    "first",
    [
        "Veldania - the largest state in the region - has closed its border with Orsk again.",
        "Halvik — Orsk's defence minister — said troops would remain in the district for now.",
        "Although Veldania shares a long border with Orsk - the longest in the region - it has "
        "few posts.",
    ],
)
def test_dashes_inside_sentences_are_not_datelines(first: str) -> None:
    article = clean(f"{first}\n{P2}", title="T")
    assert article.dateline is None
    assert paragraphs(article)[0] == first


def test_dateline_only_in_first_three_paragraphs() -> None:
    fourth = "The Barrow Pact said its council would meet in the capital of Veldania next week."
    article = clean(f"{P1}\n{P2}\n{P3}\nMOSCOW (Reuters) - {fourth}", title="T")
    assert article.dateline is None
    assert paragraphs(article)[3] == f"MOSCOW (Reuters) - {fourth}"


# --- language, length, id, order ----------------------------------------------------------


def test_not_english_is_dropped() -> None:
    german = (
        "Die Regierung von Veldania hat am Montag Truppen in den Grenzbezirk von Orsk geschickt, "
        "nachdem die Gespräche zwischen beiden Ländern gescheitert waren. Das Außenministerium "
        "sprach von einer Aggression und forderte eine Sitzung des Bündnisses noch in dieser Woche."
    )
    result = clean_text(german, source="de.txt", settings=SETTINGS)
    assert isinstance(result, Dropped)
    assert (result.id, result.stage, result.reason) == ("de.txt", "clean", "not-english")


def test_too_short_after_cleaning_is_dropped() -> None:
    result = clean_text("Title here\nShare this\nOrsk wins.\n", source="s", settings=SETTINGS)
    assert isinstance(result, Dropped) and result.reason == "too-short"
    assert "min_chars=40" in result.detail


def test_id_depends_only_on_text() -> None:
    a = clean_text(BODY, source="a.txt", settings=SETTINGS)
    b = clean_text(f"Share this\n{BODY.upper()}  \n", source="b.txt", title="X", settings=SETTINGS)
    assert isinstance(a, Article) and isinstance(b, Article)
    assert a.id == b.id == article_id(BODY) and a.id.startswith("a_") and len(a.id) == 18
    assert (a.source, b.source) == ("a.txt", "b.txt")
    assert a.story_id is None


def test_metadata_passes_through_and_dropped_is_in_document_order() -> None:
    text = f"Share this\nLONDON - {P1}\n{P2}\nAdvertisement\n{P1}\n{P3}"
    article = clean(text, title="T", url="https://x.vd/1", published="2022-01-07")
    assert (article.url, article.published) == ("https://x.vd/1", "2022-01-07")
    assert reasons(article) == ["boilerplate", "dateline", "boilerplate", "repeated-block"]
