"""The text core from Python: code-point offsets index Python strings, errors are typed."""

import pytest

import marsad

# Sentences written for these tests (news style, with tashkeel, tatweel, digits, Latin).
NEWS = "أعلنَ وزيرُ الخارجيـة، يوم الأحد ٣ آذار، أن الوفد سيزور بغداد. وقال: «نأمل بالتقدّم»."
MIXED = "غرّد @alwazir عن #قمة_الرياض: https://example.org/a 😀 وأضاف 12.5% من UN."


@pytest.mark.parametrize("text", [NEWS, MIXED, "", "   ", "كلمة"])
def test_token_offsets_slice_the_python_string(text):
    # Emoji are one code point but two UTF-16 units and four UTF-8 bytes: only code points
    # make text[start:end] right in Python.
    for tok in marsad.tokenize(text):
        assert text[tok.start:tok.end] == tok.text


def test_token_kinds():
    kinds = {t.text: t.kind for t in marsad.tokenize(MIXED)}
    assert kinds["@alwazir"] == "mention"
    assert kinds["#قمة_الرياض"] == "hashtag"
    assert kinds["https://example.org/a"] == "url"
    assert kinds["12.5%"] == "number"
    assert kinds["UN"] == "latin"
    assert kinds["غرّد"] == "word"


def test_sentence_offsets_slice_the_python_string():
    ss = marsad.sentences(NEWS)
    assert len(ss) == 2
    for s in ss:
        assert NEWS[s.start:s.end] == s.text
    assert ss[1].text.startswith("وقال")


@pytest.mark.parametrize("text, profile, expected", [
    ("أعلنَ الوزيـر", "search", "اعلن الوزير"),       # hamza, fatha and tatweel go
    ("مدرسة على ٣ طوابق", "search", "مدرسه علي 3 طوابق"),  # ta marbuta, alef maqsura, digits
    ("أعلنَ الوزيـر", "display", "أعلنَ الوزيـر"),     # display keeps every letter and mark
])
def test_normalize(text, profile, expected):
    assert marsad.normalize(text, profile) == expected


def test_normalize_aligned_maps_back_to_the_input():
    text = "قالَ الوزيـرُ"
    norm, to_orig = marsad.normalize_aligned(text)
    assert norm == "قال الوزير"
    assert len(to_orig) == len(norm) + 1 and to_orig[-1] == len(text)
    # The word الوزير in the normalized text comes from الوزيـرُ in the input: the dropped
    # tatweel and damma belong to the letters before them.
    i = norm.index("الوزير")
    assert text[to_orig[i]:to_orig[i + len("الوزير")]] == "الوزيـرُ"
    assert text[to_orig[0]:to_orig[3]] == "قالَ"


def test_bad_profile_is_an_input_error_and_a_value_error():
    with pytest.raises(marsad.InputError) as info:
        marsad.normalize("نص", "phonetic")
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, marsad.Error)
    assert "phonetic" in str(info.value)
    assert info.value.file is None and info.value.offset is None


def test_io_error_is_an_os_error():
    assert issubclass(marsad.IoError, OSError)
    assert issubclass(marsad.FormatError, marsad.Error)


def test_segment_splits_clitics_and_restores_the_article():
    seg = marsad.segment("وللحكومة")
    assert "".join(seg.pieces) == "وللحكومة"
    assert seg.pieces[0] == "و"
    assert seg.restored[seg.stem] == "الحكومة"
    latin = marsad.segment("Reuters")
    assert latin.pieces == ["Reuters"]


def test_light_stem_and_root_return_strings():
    assert marsad.light_stem("القوات") == "قوات"
    assert isinstance(marsad.root("الاستقلال"), str)


def test_camel_style_operations_change_one_thing():
    assert marsad.dediac("كَتَبَ") == "كتب"
    assert marsad.normalize_alef("أحمد وإبراهيم") == "احمد وابراهيم"
    assert marsad.normalize_teh_marbuta("مدينة") == "مدينه"
    assert marsad.normalize_alef_maksura("مستشفى") == "مستشفي"
    assert marsad.normalize_digits("٢٠٢٤") == "2024"
    assert marsad.remove_tatweel("جـديد") == "جديد"


def test_times_resolve_against_the_date_and_slice_the_string():
    text = "وصل الوفد أمس إلى عمّان، ويغادر نهاية الشهر المقبل."
    found = marsad.times(text, date="2024-03-10")
    assert [t.value for t in found][:1] == ["2024-03-09"]
    for t in found:
        assert text[t.start:t.end] == t.text
    with pytest.raises(marsad.InputError):
        marsad.times(text, date="2024-13-40")
