// _marsad: the raw pybind11 binding. It mirrors the C++ API and converts only what Python
// needs converted: UTF-8 byte offsets become code-point offsets (what str indexes by), and
// marsad::Error becomes marsad.InputError / FormatError / IoError carrying file, line, offset.
// The Pythonic layer with docstrings is python/marsad/__init__.py.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "marsad/error.h"
#include "marsad/text.h"
#include "marsad/time.h"
#include "marsad/version.h"

namespace py = pybind11;
namespace tx = marsad::text;

namespace {

/// The Python exception classes, created once at import.
struct Exceptions {
  py::object error, input, format, io;
};
Exceptions& exceptions() {
  static Exceptions* e = new Exceptions();  // never destroyed: Python owns the classes
  return *e;
}

py::object make_exception(py::module_& m, const char* name, py::handle base, py::handle extra) {
  std::string qualified = std::string("marsad.") + name;
  py::tuple bases = extra ? py::make_tuple(base, extra) : py::make_tuple(base);
  py::object cls = py::reinterpret_steal<py::object>(
      PyErr_NewException(qualified.c_str(), bases.ptr(), nullptr));
  m.attr(name) = cls;
  return cls;
}

void raise(const py::object& cls, const marsad::Error& e) {
  py::object exc = cls(e.what());
  const marsad::Location& at = e.where();
  exc.attr("message") = e.message();
  exc.attr("file") = at.file.empty() ? py::none() : py::object(py::str(at.file));
  exc.attr("line") = at.line == 0 ? py::none() : py::object(py::int_(at.line));
  exc.attr("offset") =
      at.offset == marsad::Location::kNoOffset ? py::none() : py::object(py::int_(at.offset));
  PyErr_SetObject(cls.ptr(), exc.ptr());
}

void register_exceptions(py::module_& m) {
  Exceptions& e = exceptions();
  e.error = make_exception(m, "Error", PyExc_Exception, nullptr);
  e.input = make_exception(m, "InputError", e.error, PyExc_ValueError);
  e.format = make_exception(m, "FormatError", e.error, nullptr);
  e.io = make_exception(m, "IoError", e.error, PyExc_OSError);
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const marsad::InputError& err) {
      raise(exceptions().input, err);
    } catch (const marsad::FormatError& err) {
      raise(exceptions().format, err);
    } catch (const marsad::IoError& err) {
      raise(exceptions().io, err);
    } catch (const marsad::Error& err) {
      raise(exceptions().error, err);
    }
  });
}

py::tuple normalize_aligned(const std::string& text, const std::string& profile) {
  tx::Normalized n = tx::normalize(text, tx::parse_profile(profile));
  tx::CodepointIndex orig(text);
  std::vector<std::size_t> to_orig;
  for (std::size_t k = 0; k < n.text.size(); ++k)
    if ((static_cast<unsigned char>(n.text[k]) & 0xC0) != 0x80)
      to_orig.push_back(orig.to_codepoint(n.to_orig[k]));
  to_orig.push_back(orig.to_codepoint(text.size()));
  return py::make_tuple(n.text, to_orig);
}

using TokenTuple = std::tuple<std::string, std::string_view, std::size_t, std::size_t>;

std::vector<TokenTuple> tokenize(const std::string& text) {
  tx::CodepointIndex idx(text);
  std::vector<TokenTuple> out;
  for (const auto& t : tx::tokenize(text))
    out.emplace_back(std::string(t.view(text)), tx::token_kind_name(t.kind),
                     idx.to_codepoint(t.begin), idx.to_codepoint(t.end));
  return out;
}

using SentenceTuple = std::tuple<std::string, std::size_t, std::size_t>;

std::vector<SentenceTuple> sentences(const std::string& text) {
  auto tokens = tx::tokenize(text);
  tx::CodepointIndex idx(text);
  std::vector<SentenceTuple> out;
  for (const auto& s : tx::split_sentences(text, tokens))
    out.emplace_back(text.substr(s.begin, s.end - s.begin), idx.to_codepoint(s.begin),
                     idx.to_codepoint(s.end));
  return out;
}

using TimeTuple =
    std::tuple<std::string, std::size_t, std::size_t, std::string, std::string, std::string>;

std::vector<TimeTuple> times(const std::string& text, const std::string& date) {
  auto tokens = tx::tokenize(text);
  tx::CodepointIndex idx(text);
  std::vector<TimeTuple> out;
  for (const auto& t : marsad::time::find_times(text, tokens, date))
    out.emplace_back(text.substr(t.span.begin, t.span.end - t.span.begin),
                     idx.to_codepoint(t.span.begin), idx.to_codepoint(t.span.end), t.type, t.value,
                     t.mod);
  return out;
}

py::tuple segment(const std::string& word) {
  tx::Segmentation s = tx::Segmenter::instance().segment(word);
  return py::make_tuple(s.pieces, s.restored, s.stem);
}

}  // namespace

void bind_archive(py::module_& m);
void bind_analyzer(py::module_& m);

PYBIND11_MODULE(_marsad, m) {
  m.doc() = "marsad's C++ core, raw; use the `marsad` package instead";
  m.attr("__version__") = marsad::kVersion;
  register_exceptions(m);
  m.def(
      "normalize",
      [](const std::string& text, const std::string& profile) {
        std::string out;
        tx::normalize_into(text, tx::parse_profile(profile), out);
        return out;
      },
      py::arg("text"), py::arg("profile") = "search");
  m.def("normalize_aligned", &normalize_aligned, py::arg("text"), py::arg("profile") = "search");
  m.def("tokenize", &tokenize, py::arg("text"));
  m.def("sentences", &sentences, py::arg("text"));
  m.def("segment", &segment, py::arg("word"));
  m.def("times", &times, py::arg("text"), py::arg("date") = "");
  m.def(
      "light_stem", [](const std::string& w) { return tx::light_stem(w); }, py::arg("word"));
  m.def(
      "root", [](const std::string& w) { return tx::root(w); }, py::arg("word"));
  m.def("dediac", [](const std::string& s) { return tx::dediac(s); });
  m.def("normalize_alef", [](const std::string& s) { return tx::normalize_alef(s); });
  m.def("normalize_alef_maksura",
        [](const std::string& s) { return tx::normalize_alef_maksura(s); });
  m.def("normalize_teh_marbuta", [](const std::string& s) { return tx::normalize_teh_marbuta(s); });
  m.def("normalize_digits", [](const std::string& s) { return tx::normalize_digits(s); });
  m.def("remove_tatweel", [](const std::string& s) { return tx::remove_tatweel(s); });
  bind_archive(m);
  bind_analyzer(m);
}
