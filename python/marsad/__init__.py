"""marsad: read Arabic news — normalize, tokenize, find who, when and who said what, search.

A thin Pythonic layer over the C++ core (the raw binding is ``_marsad``)::

    >>> import marsad
    >>> marsad.normalize("أعلنَ الوزيـر")
    'اعلن الوزير'
    >>> text = "قال الوزير إن المحادثات ستُستأنف."
    >>> [t.text for t in marsad.tokenize(text)][:2]
    ['قال', 'الوزير']
    >>> t = marsad.tokenize(text)[1]
    >>> text[t.start:t.end] == t.text
    True

Offsets are code points, so they index Python strings directly. Errors are
:class:`InputError` (a :class:`ValueError`), :class:`FormatError` and :class:`IoError`
(an :class:`OSError`), all subclasses of :class:`Error`, and carry ``file``, ``line`` and
``offset`` when the library knows where the problem is.
"""

from __future__ import annotations

import os
import threading
from typing import Dict, List, NamedTuple, Optional, Tuple, Union

import _marsad

__version__ = _marsad.__version__

Error = _marsad.Error
InputError = _marsad.InputError
FormatError = _marsad.FormatError
IoError = _marsad.IoError

PROFILES = ("search", "display")


class Token(NamedTuple):
    """One token: its surface ``text``, its ``kind`` and its code-point span.

    ``kind`` is one of ``word`` (Arabic script), ``latin``, ``number``, ``url``, ``email``,
    ``hashtag``, ``mention``, ``punct`` or ``symbol``. ``text[start:end]`` of the string
    that was tokenized is ``text``.
    """

    text: str
    kind: str
    start: int
    end: int


class Sentence(NamedTuple):
    """One sentence with its code-point span in the text it came from."""

    text: str
    start: int
    end: int


class Segmentation(NamedTuple):
    """A word split into clitics and stem.

    ``pieces`` are slices of the word that concatenate back to it; ``restored`` are the same
    pieces written as full forms (``ل`` + ``الحكومة`` for ``للحكومة``); ``stem`` is the index
    of the stem in both lists.
    """

    pieces: List[str]
    restored: List[str]
    stem: int


class TimeExpression(NamedTuple):
    """A TIMEX3 time expression with its code-point span.

    ``type`` is ``DATE``, ``TIME``, ``DURATION`` or ``SET``; ``value`` the TIMEX3 value
    (``2025-09``, ``P2Y``, ``XXXX-09`` when no year could be resolved); ``mod`` is ``START``,
    ``END``, ``APPROX``, … or ``""``.
    """

    text: str
    start: int
    end: int
    type: str
    value: str
    mod: str


def normalize(text: str, profile: str = "search") -> str:
    """Returns ``text`` normalized under ``profile``.

    ``"search"`` (the default) is for matching: it drops tashkeel and tatweel, unifies
    أ إ آ ٱ → ا, ى → ي, ة → ه, Arabic-Indic digits → ASCII and Arabic punctuation → ASCII.
    ``"display"`` is lossless cleanup (presentation forms, odd spaces, invisible controls).
    Raises :class:`InputError` for an unknown profile.
    """
    return _marsad.normalize(text, profile)


def normalize_aligned(text: str, profile: str = "search") -> Tuple[str, List[int]]:
    """Like :func:`normalize`, with the alignment back to the input.

    Returns ``(normalized, to_orig)`` where ``to_orig[i]`` is the code-point offset in
    ``text`` of the character that produced ``normalized[i]``, and one last entry equal to
    ``len(text)``; so ``text[to_orig[i]:to_orig[j]]`` is the source of ``normalized[i:j]``.
    """
    return _marsad.normalize_aligned(text, profile)


def tokenize(text: str) -> List[Token]:
    """Splits ``text`` into :class:`Token` s; whitespace is dropped, nothing else is."""
    return [Token(*t) for t in _marsad.tokenize(text)]


def sentences(text: str) -> List[Sentence]:
    """Splits ``text`` into :class:`Sentence` s.

    A line break always ends a sentence; ``. ! ? ؟ …`` end one unless they follow an
    abbreviation (``د.``) or belong to a number.
    """
    return [Sentence(*s) for s in _marsad.sentences(text)]


def segment(word: str) -> Segmentation:
    """Splits one Arabic word into proclitics, stem and enclitic (see :class:`Segmentation`).

    Words not written in Arabic letters come back as one piece.
    """
    return Segmentation(*_marsad.segment(word))


def times(text: str, date: Optional[str] = None) -> List[TimeExpression]:
    """Finds and normalizes the time expressions of ``text``.

    ``date`` (``"YYYY-MM-DD"``) is the reference date that relative expressions (أمس، الشهر
    المقبل) are resolved against; without it they stay unresolved. Raises
    :class:`InputError` for a malformed date.
    """
    return [TimeExpression(*t) for t in _marsad.times(text, date or "")]


def light_stem(word: str) -> str:
    """The light stem used for search: clitics, the article and common affixes removed."""
    return _marsad.light_stem(word)


def root(word: str) -> str:
    """The consonantal root of ``word`` (for grouping related words), or ``""``."""
    return _marsad.root(word)


class Analyzer:
    """The whole pipeline: entities, time expressions, quotes, keyphrases, summary, timeline.

    Construct once (it loads the models), then call :meth:`analyze` from any thread::

        analyzer = marsad.Analyzer()
        result = analyzer.analyze("قال وزير الخارجية أمس ...", date="2024-03-10")
        for e in result["entities"]:
            print(e["name"], e["type"])

    ``ner="accurate"`` adds a neural tagger to the feature model: more entities found (foreign
    names, the whole of long names), about 1/10 of the speed.
    """

    def __init__(self, ner: str = "fast"):
        self._analyzer = _marsad.Analyzer(ner)

    def analyze(self, text: Optional[str] = None, *, title: Optional[str] = None,
                body: Optional[str] = None, date: Optional[str] = None,
                source: Optional[str] = None) -> dict:
        """Analyzes one article, given as ``text`` (first line the title) or ``title`` + ``body``.

        Returns the analysis as a dict (the JSON of ``marsad analyze --format json``); its
        ``"text"`` is the article text every offset points into, in code points, so
        ``result["text"][m["start"]:m["end"]] == m["text"]`` for every span ``m``. ``date`` (``YYYY-MM-DD``) is the reference
        date for relative time expressions. Raises :class:`InputError` for an empty text or
        a malformed date.
        """
        if text is not None and (title is not None or body is not None):
            raise InputError("give either text or title and body, not both")
        return self._analyzer.analyze(text or "", title or "", body or "", date or "", "input",
                                      source or "")


_default_analyzer: Optional[Analyzer] = None
_default_lock = threading.Lock()


def analyze(text: str, date: Optional[str] = None) -> dict:
    """Analyzes ``text`` (first line the title) with a shared :class:`Analyzer`.

    See :meth:`Analyzer.analyze` for the result.
    """
    global _default_analyzer
    with _default_lock:
        if _default_analyzer is None:
            _default_analyzer = Analyzer()
    return _default_analyzer.analyze(text, date=date)


class Hit(NamedTuple):
    """One search result. ``snippet`` is a slice of the article; ``highlights`` are the
    ``(start, end)`` code-point spans of the matched words inside it."""

    id: str
    title: str
    date: str
    source: str
    url: str
    score: float
    snippet: str
    highlights: List[Tuple[int, int]]
    cluster: str


class SearchResults(NamedTuple):
    """``total`` matching articles, this page of ``hits``, and ``facets``: a dict of
    ``sources``, ``months`` and ``entities``, each a list of ``(value, count)``."""

    total: int
    hits: List[Hit]
    facets: Dict[str, List[Tuple[str, int]]]
    query: str


class Archive:
    """An archive written by ``marsad index`` (or several searched as one)::

        archive = marsad.Archive("archive/")
        for hit in archive.search("العراق source:alriyadh", k=5).hits:
            print(hit.title, hit.snippet)

    Raises :class:`IoError` if a directory is not an archive and :class:`FormatError` if it
    was written by an incompatible version (the message says how to re-index).
    """

    def __init__(self, *paths: Union[str, "os.PathLike[str]"]):
        if not paths:
            raise InputError("Archive needs at least one directory")
        self._searcher = _marsad.Searcher([os.fspath(p) for p in paths])
        # A C++ Searcher is not thread-safe and runs without the GIL.
        self._lock = threading.Lock()

    def search(self, query: str, k: int = 10, offset: int = 0, *, facets: bool = True,
               snippets: bool = True, sort: str = "score", match: str = "auto") -> SearchResults:
        """Runs ``query`` (the language of docs/query-language.md: words, "phrases", OR,
        -exclusion, source:, date:, entity:, type:). ``match`` says how its free words
        combine: ``"all"`` required, ``"any"`` ranked by how many match, ``"auto"`` all for
        up to three words and any for longer queries (questions, headlines). Raises
        :class:`InputError` for a malformed query."""
        if sort not in ("score", "date"):
            raise InputError(f"sort must be 'score' or 'date', not {sort!r}")
        with self._lock:
            r = self._searcher.search(query, k, offset, snippets, facets, sort == "date", match)
        hits = [Hit(h["id"], h["title"], h["date"], h["source"], h["url"], h["score"],
                    h["snippet"], [tuple(x) for x in h["highlights"]], h["cluster"])
                for h in r["hits"]]
        fac = {name: [(f["value"], f["count"]) for f in values]
               for name, values in r["facets"].items()}
        return SearchResults(r["total"], hits, fac, r["query"])

    def article(self, id: str) -> Optional[dict]:
        """The stored article's analysis (as :meth:`Analyzer.analyze` returns it, plus
        ``cluster``), or ``None`` if there is no article with this id."""
        with self._lock:
            return self._searcher.article(id)

    def __len__(self) -> int:
        with self._lock:
            return self._searcher.documents()


# CAMeL Tools-style single operations: each changes one thing and keeps the rest.
dediac = _marsad.dediac
normalize_alef = _marsad.normalize_alef
normalize_alef_maksura = _marsad.normalize_alef_maksura
normalize_teh_marbuta = _marsad.normalize_teh_marbuta
normalize_digits = _marsad.normalize_digits
remove_tatweel = _marsad.remove_tatweel

__all__ = [
    "Error", "InputError", "FormatError", "IoError", "Token", "Sentence", "Segmentation",
    "TimeExpression", "times", "Analyzer", "analyze", "Archive", "Hit", "SearchResults", "normalize", "normalize_aligned", "tokenize", "sentences", "segment", "light_stem", "root",
    "dediac", "normalize_alef", "normalize_alef_maksura", "normalize_teh_marbuta",
    "normalize_digits", "remove_tatweel",
]
