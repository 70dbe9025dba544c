// The segmenter model file. Text, one record per line, TAB-separated, usually zstd-compressed:
//
//   marsad-segmenter<TAB>1                    magic and format version (first line)
//   selftest<TAB>للحكومة<TAB>ل+الحكومة        checked when the model loads
//   w<TAB>9f3c…<TAB>-0.25                     weight of a hashed feature (16 hex digits)
//   l<TAB>حكومه<TAB>5120                       corpus count of a search-normalized word
#include <zstd.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <type_traits>

#include "marsad/error.h"
#include "text/segment_model.h"
#include "util/strings.h"

namespace marsad::text::detail {
namespace {

constexpr std::string_view kMagic = "marsad-segmenter";
constexpr std::string_view kVersion = "1";

std::string decompress(std::string_view bytes, const std::string& name) {
  unsigned long long size = ZSTD_getFrameContentSize(bytes.data(), bytes.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ull << 30))
    throw FormatError("damaged zstd frame in segmenter model", Location{name});
  std::string out(size, '\0');
  std::size_t got = ZSTD_decompress(out.data(), out.size(), bytes.data(), bytes.size());
  if (ZSTD_isError(got) || got != size)
    throw FormatError("cannot decompress segmenter model", Location{name});
  return out;
}

template <typename T>
T parse_number(std::string_view s, int base, const Location& where) {
  T v{};
  std::from_chars_result r{};
  if constexpr (std::is_floating_point_v<T>) r = std::from_chars(s.data(), s.data() + s.size(), v);
  else r = std::from_chars(s.data(), s.data() + s.size(), v, base);
  auto [ptr, ec] = r;
  if (ec != std::errc() || ptr != s.data() + s.size())
    throw FormatError("bad number '" + std::string(s) + "' in segmenter model", where);
  return v;
}

void parse_record(const std::vector<std::string_view>& f, SegmenterModel& m, const Location& at) {
  if (f[0] == "w" && f.size() == 3) {
    std::uint64_t id = parse_number<std::uint64_t>(f[1], 16, at);
    m.weights[id] = parse_number<float>(f[2], 10, at);
  } else if (f[0] == "l" && f.size() == 3) {
    m.lexicon.add(std::string(f[1]), parse_number<std::uint32_t>(f[2], 10, at));
  } else if (f[0] == "selftest" && f.size() == 3) {
    m.self_test.emplace_back(f[1], f[2]);
  } else if (!f[0].starts_with("#")) {
    throw FormatError("unknown record '" + std::string(f[0]) + "' in segmenter model", at);
  }
}

}  // namespace

SegmenterModel parse_model(std::string_view bytes, const std::string& name) {
  std::string plain;
  if (bytes.size() >= 4 && static_cast<unsigned char>(bytes[0]) == 0x28 &&
      static_cast<unsigned char>(bytes[1]) == 0xB5) {
    plain = decompress(bytes, name);
    bytes = plain;
  }
  SegmenterModel model;
  std::uint64_t line_no = 0;
  for (std::size_t pos = 0; pos < bytes.size();) {
    std::size_t nl = bytes.find('\n', pos);
    std::string_view line = bytes.substr(pos, nl == bytes.npos ? bytes.npos : nl - pos);
    pos = nl == bytes.npos ? bytes.size() : nl + 1;
    Location at{name, ++line_no};
    auto fields = util::split_tabs(line);
    if (line_no == 1) {
      if (fields.size() != 2 || fields[0] != kMagic)
        throw FormatError("not a marsad segmenter model", at);
      if (fields[1] != kVersion)
        throw FormatError("segmenter model version " + std::string(fields[1]) + ", expected " +
                              std::string(kVersion), at);
      continue;
    }
    if (!line.empty()) parse_record(fields, model, at);
  }
  if (line_no == 0) throw FormatError("empty segmenter model", Location{name});
  return model;
}

std::string write_model(const SegmenterModel& model) {
  std::string out = std::string(kMagic) + "\t" + std::string(kVersion) + "\n";
  for (const auto& [surface, expected] : model.self_test)
    out += "selftest\t" + surface + "\t" + expected + "\n";
  std::vector<std::pair<std::uint64_t, float>> weights(model.weights.begin(), model.weights.end());
  std::sort(weights.begin(), weights.end());
  char buf[64];
  for (const auto& [id, w] : weights) {
    std::snprintf(buf, sizeof buf, "w\t%016llx\t%.6g\n", static_cast<unsigned long long>(id),
                  static_cast<double>(w));
    out += buf;
  }
  std::vector<std::pair<std::string_view, std::uint32_t>> words = model.lexicon.entries();
  std::sort(words.begin(), words.end());
  for (const auto& [word, count] : words)
    out.append("l\t").append(word).append("\t").append(std::to_string(count)).append("\n");
  return out;
}

}  // namespace marsad::text::detail
