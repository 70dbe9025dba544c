// _marsad.Analyzer: the whole pipeline, its JSON as Python objects. The GIL is released while
// C++ works, so Python threads can analyze in parallel (an Analyzer is thread-safe).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "json_to_python.h"
#include "marsad/analysis.h"
#include "marsad/error.h"

namespace py = pybind11;
using marsad::python::to_python;

namespace {

py::object analyze(const marsad::Analyzer& analyzer, const std::string& text,
                   const std::string& title, const std::string& body, const std::string& date,
                   const std::string& id, const std::string& source) {
  if (text.empty() && title.empty() && body.empty())
    throw marsad::InputError("nothing to analyze: the text is empty");
  nlohmann::json out;
  {
    py::gil_scoped_release release;
    marsad::Document doc = text.empty() ? marsad::Document::from_parts(id, title, body)
                                        : marsad::Document::from_text(id, text);
    doc.source = source;
    marsad::AnalyzeOptions opts;
    opts.date = date;
    out = marsad::to_json(analyzer.analyze(doc, opts));
  }
  return to_python(out);
}

}  // namespace

void bind_analyzer(py::module_& m) {
  py::class_<marsad::Analyzer>(m, "Analyzer")
      .def(py::init([](const std::string& ner) {
             if (ner != "fast" && ner != "accurate")
               throw marsad::InputError("ner must be 'fast' or 'accurate', not '" + ner + "'");
             py::gil_scoped_release release;
             return std::make_unique<marsad::Analyzer>(ner == "accurate" ? marsad::NerMode::kAccurate
                                                                         : marsad::NerMode::kFast);
           }),
           py::arg("ner") = "fast")
      .def("analyze", &analyze, py::arg("text") = "", py::arg("title") = "", py::arg("body") = "",
           py::arg("date") = "", py::arg("id") = "input", py::arg("source") = "");
}
