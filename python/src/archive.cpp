// _marsad.Searcher: the archive, its JSON as Python objects. The GIL is released while C++
// searches; a Searcher is not thread-safe, so the Python layer serializes calls on one.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <optional>

#include "json_to_python.h"
#include "marsad/search.h"

namespace py = pybind11;
using marsad::python::to_python;

namespace {

py::object search(marsad::index::Searcher& s, const std::string& q, std::size_t k,
                  std::size_t offset, bool snippets, bool facets, bool sort_by_date,
                  const std::string& match) {
  nlohmann::json out;
  {
    py::gil_scoped_release release;
    marsad::index::SearchOptions opts;
    opts.k = k;
    opts.offset = offset;
    opts.snippets = snippets;
    opts.facets = facets;
    opts.sort_by_date = sort_by_date;
    opts.match = marsad::index::parse_match(match);
    out = marsad::index::to_json(s.search(q, opts));
  }
  return to_python(out);
}

py::object article(marsad::index::Searcher& s, const std::string& id) {
  std::optional<nlohmann::json> out;
  {
    py::gil_scoped_release release;
    if (auto found = s.article(id)) {
      out = marsad::to_json(found->analysis);
      (*out)["cluster"] = found->cluster;
    }
  }
  return out ? to_python(*out) : py::none();
}

}  // namespace

void bind_archive(py::module_& m) {
  py::class_<marsad::index::Searcher>(m, "Searcher")
      .def(py::init<const std::vector<std::filesystem::path>&>(), py::arg("dirs"))
      .def("search", &search, py::arg("query"), py::arg("k") = 10, py::arg("offset") = 0,
           py::arg("snippets") = true, py::arg("facets") = true, py::arg("sort_by_date") = false,
           py::arg("match") = "auto")
      .def("article", &article, py::arg("id"))
      .def("documents", &marsad::index::Searcher::documents);
}
