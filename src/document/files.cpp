#include "marsad/document.h"

#include <cerrno>
#include <cstring>
#include <iterator>

#include "marsad/error.h"

namespace marsad {

std::ifstream open_input(const std::filesystem::path& path, std::string_view what) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw IoError("cannot read " + std::string(what) + ": is a directory, not a file", Location{path.string()});
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot read " + std::string(what) + ": " + std::strerror(errno), Location{path.string()});
  return in;
}

std::string read_file(const std::filesystem::path& path, std::string_view what) {
  std::ifstream in = open_input(path, what);
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw IoError("reading " + std::string(what) + " failed", Location{path.string()});
  return data;
}

}  // namespace marsad
