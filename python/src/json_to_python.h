// JSON → Python objects, for the bindings that return the library's JSON as dicts.
#pragma once

#include <pybind11/pybind11.h>

#include <nlohmann/json.hpp>

namespace marsad::python {

namespace py = pybind11;

/// JSON → dict, list, str, int, float, bool, None.
inline py::object to_python(const nlohmann::json& j) {
  using Type = nlohmann::json::value_t;
  switch (j.type()) {
    case Type::object: {
      py::dict d;
      for (const auto& [key, value] : j.items()) d[py::str(key)] = to_python(value);
      return d;
    }
    case Type::array: {
      py::list l(j.size());
      for (std::size_t i = 0; i < j.size(); ++i) l[i] = to_python(j[i]);
      return l;
    }
    case Type::string:
      return py::str(j.get_ref<const std::string&>());
    case Type::boolean:
      return py::bool_(j.get<bool>());
    case Type::number_integer:
      return py::int_(j.get<std::int64_t>());
    case Type::number_unsigned:
      return py::int_(j.get<std::uint64_t>());
    case Type::number_float:
      return py::float_(j.get<double>());
    default:
      return py::none();
  }
}

}  // namespace marsad::python
