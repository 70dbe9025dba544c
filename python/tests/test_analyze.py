"""marsad.analyze: the whole pipeline from Python, offsets checked by slicing Python strings."""

import threading

import pytest

import marsad

# An invented news item: a named official with a title, a place, a relative date, a quote.
ARTICLE = (
    "وزير الطاقة يزور البصرة لافتتاح محطة جديدة\n"
    "زار وزير الطاقة العراقي كريم الحسني أمس مدينة البصرة، حيث افتتح محطة لتوليد الكهرباء "
    "بقدرة 500 ميغاواط.\n"
    "وقال الحسني في مؤتمر صحفي: «ستنهي هذه المحطة انقطاع التيار عن الأحياء الجنوبية قبل الصيف».\n"
    "وأضاف أن الوزارة ستطلق مشروعين مماثلين في الناصرية والعمارة خلال العام المقبل."
)


@pytest.fixture(scope="module")
def result():
    return marsad.analyze(ARTICLE, date="2024-05-14")


def spans(result):
    for e in result["entities"]:
        yield from e["mentions"]
    yield from result["times"]
    yield from result["quotes"]
    yield from result["summary"]
    yield from result["timeline"]


def test_every_span_slices_the_python_string(result):
    assert result["text"] == ARTICLE
    found = list(spans(result))
    assert found, "the article has entities, times and quotes"
    for s in found:
        assert ARTICLE[s["start"]:s["end"]] == s["text"]


def test_relative_dates_resolve_against_the_given_date(result):
    values = {t["text"]: t["value"] for t in result["times"]}
    assert values.get("أمس") == "2024-05-13"


def test_the_quote_and_its_speaker_are_found(result):
    direct = [q for q in result["quotes"] if q["kind"] == "direct"]
    assert direct and "ستنهي هذه المحطة" in direct[0]["text"]
    assert "الحسني" in direct[0]["speaker"]


def test_title_and_body_form_one_text():
    title, body = "أمطار غزيرة في عمّان", "هطلت أمطار غزيرة على عمّان مساء أمس وأغلقت طرقا عدة."
    r = marsad.Analyzer().analyze(title=title, body=body, date="2024-01-10")
    assert r["text"] == title + "\n" + body
    assert r["text"][r["title_start"]:r["title_end"]] == title


@pytest.mark.parametrize("kwargs", [
    {"text": ""},                                # nothing to analyze
    {"text": "   \n  "},                          # only spaces
    {"text": ARTICLE, "date": "2024-02-30"},      # no such day
])
def test_bad_input_is_an_input_error(kwargs):
    with pytest.raises(marsad.InputError):
        marsad.Analyzer().analyze(**kwargs)


def test_text_and_body_together_are_refused():
    with pytest.raises(marsad.InputError):
        marsad.Analyzer().analyze("نص", body="نص آخر")


def test_threads_share_one_analyzer():
    analyzer = marsad.Analyzer()
    results = [None] * 4

    def run(i):
        results[i] = analyzer.analyze(ARTICLE, date="2024-05-14")

    threads = [threading.Thread(target=run, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == results[0] for r in results)


def test_the_accurate_mode_finds_at_least_the_same_people_and_places():
    # The neural tagger only adds entities or widens them; the official and the city stay.
    fast = marsad.Analyzer().analyze(ARTICLE, date="2024-05-14")
    accurate = marsad.Analyzer(ner="accurate").analyze(ARTICLE, date="2024-05-14")
    names = {e["name"] for e in accurate["entities"]}
    assert "كريم الحسني" in names and "البصرة" in names
    assert len(accurate["entities"]) >= len(fast["entities"]) - 1  # merges may join two into one


def test_an_unknown_ner_mode_is_an_input_error():
    with pytest.raises(marsad.InputError):
        marsad.Analyzer(ner="fastest")
