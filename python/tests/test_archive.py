"""marsad.Archive over the invented example articles, indexed by the marsad CLI."""

import os
import subprocess

import pytest

import marsad

MARSAD_BIN = os.environ.get("MARSAD_BIN")
EXAMPLES = os.environ.get("MARSAD_EXAMPLES")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    if not MARSAD_BIN or not EXAMPLES:
        pytest.skip("MARSAD_BIN and MARSAD_EXAMPLES are set by CTest (the marsad binary and "
                    "examples/); run through ctest")
    d = tmp_path_factory.mktemp("archive")
    subprocess.run([MARSAD_BIN, "index", "add", "--index", str(d),
                    os.path.join(EXAMPLES, "archive.jsonl")],
                   check=True, stdout=subprocess.DEVNULL, timeout=300)
    return marsad.Archive(d)


def test_search_finds_articles_with_highlighted_snippets(archive):
    results = archive.search("النفط", k=5)
    assert results.total >= 3
    assert 0 < len(results.hits) <= 5
    for hit in results.hits:
        for start, end in hit.highlights:
            # Code points into the snippet: each highlight is a form of the word searched.
            assert "نفط" in hit.snippet[start:end]
    assert dict(results.facets["sources"])


def test_search_filters_by_source(archive):
    results = archive.search("النفط source:almada")
    assert results.hits and all(h.source == "almada" for h in results.hits)


def test_match_all_words_or_any(archive):
    # Two words: by default both are required; "any" also finds articles with one of them,
    # ranked below those with both.
    both = archive.search("النفط الأردن", k=30)
    anyone = archive.search("النفط الأردن", k=30, match="any")
    assert {h.id for h in both.hits} < {h.id for h in anyone.hits}
    assert "ANY(" in anyone.query and "ANY(" not in both.query
    with pytest.raises(marsad.InputError):
        archive.search("النفط", match="some")


def test_article_text_is_indexed_by_code_points(archive):
    a = archive.article("almada-2024-09-28-water-talks")
    assert a is not None and a["source"] == "almada"
    assert a["text"].startswith("بغداد وأنقرة تتفقان")
    assert archive.article("no-such-article") is None
    assert len(archive) == 30


def test_bad_query_and_bad_directory_raise_typed_errors(archive, tmp_path):
    with pytest.raises(marsad.InputError):
        archive.search('"مياه')  # an unclosed quote
    with pytest.raises(marsad.InputError):
        archive.search("مياه", sort="random")
    with pytest.raises((marsad.IoError, marsad.FormatError)) as info:
        marsad.Archive(tmp_path / "nothing-here")
    assert isinstance(info.value, marsad.Error)
