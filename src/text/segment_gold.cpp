// Gold clitic segmentations from CoNLL-U, and the words P/R/F1 of a segmenter against them.
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>

#include "marsad/error.h"
#include "marsad/segment_train.h"
#include "util/strings.h"

namespace marsad::text {
namespace {

struct Row {
  std::string id, form, upos, xpos;
};

std::string read_file(const std::filesystem::path& path) {
  gzFile gz = gzopen(path.c_str(), "rb");  // reads uncompressed files as they are
  if (!gz) throw IoError(std::string("cannot open: ") + std::strerror(errno), Location{path.string()});
  std::string data;
  char buf[1 << 16];
  int got;
  while ((got = gzread(gz, buf, sizeof buf)) > 0) data.append(buf, static_cast<std::size_t>(got));
  int err = 0;
  std::string msg = got < 0 ? gzerror(gz, &err) : "";
  gzclose(gz);
  if (got < 0) throw IoError("cannot read: " + msg, Location{path.string()});
  return data;
}

std::string strip_diacritics(std::string_view s) {
  std::string out;
  for (std::size_t pos = 0; pos < s.size();) {
    int len = 1;
    char32_t c = decode_utf8(s, pos, len);
    if (!is_arabic_diacritic(c) && c != kTatweel) out.append(s.substr(pos, static_cast<std::size_t>(len)));
    pos += static_cast<std::size_t>(len);
  }
  return out;
}

bool is_proclitic(const Row& r) {
  static const std::string_view kForms[] = {"و", "ف", "ب", "ل", "ك", "س"};
  return r.upos != "X" && std::find(std::begin(kForms), std::end(kForms), r.form) != std::end(kForms);
}

// PADT tags a clitic pronoun SP with a genitive (2) or accusative (4) case at position 9.
bool is_enclitic(const Row& r) {
  static const std::string_view kForms[] = {"ه", "ها", "هم", "هما", "هن", "ك", "كم",
                                            "كما", "كن", "ي", "ني", "نا"};
  return r.upos == "PRON" && r.xpos.size() >= 9 && r.xpos.starts_with("SP") &&
         (r.xpos[8] == '2' || r.xpos[8] == '4') &&
         std::find(std::begin(kForms), std::end(kForms), r.form) != std::end(kForms);
}

// How the host of a pronoun is written when the pronoun follows it.
std::string host_before_enclitic(std::string s, const Row& host) {
  if (s.ends_with("ة")) s.replace(s.size() - 2, 2, "ت");
  else if (s.ends_with("ى")) s.replace(s.size() - 2, 2, host.upos == "ADP" ? "ي" : "ا");
  else if (s.ends_with("وا") && host.upos == "VERB") s.pop_back(), s.pop_back();
  return s;
}

GoldToken join_words(const std::vector<Row>& rows, std::size_t from, std::size_t to) {
  GoldToken t;
  for (std::size_t i = from; i < to; ++i) {
    t.words.push_back(rows[i].form);
    if (rows[i].xpos == "U---------") t.analyzed = false;
    std::string form = rows[i].form;
    if (i + 1 < to && is_enclitic(rows[i + 1])) form = host_before_enclitic(form, rows[i]);
    if (!t.surface.empty() && t.surface.ends_with("ل") && is_proclitic(rows[i - 1]) &&
        form.starts_with("ال"))
      form.erase(0, 2);  // ل + الحكومة → للحكومة
    t.surface += form;
  }
  return t;
}

// The old PADT has no range lines: group words into tokens by the clitic rules above.
void rebuild_tokens(const std::vector<Row>& rows, std::vector<GoldToken>& out) {
  for (std::size_t i = 0; i < rows.size();) {
    std::size_t j = i;
    while (j + 1 < rows.size() && is_proclitic(rows[j]) && !is_enclitic(rows[j + 1]) &&
           rows[j + 1].upos != "PUNCT")
      ++j;
    ++j;
    while (j < rows.size() && is_enclitic(rows[j]) && j > i) ++j;
    out.push_back(join_words(rows, i, j));
    i = j;
  }
}

void flush_sentence(std::vector<Row>& rows, std::map<std::string, std::vector<std::string>>& ranges,
                    const std::string& doc, std::vector<GoldToken>& out) {
  std::size_t first = out.size();
  if (ranges.empty()) {
    rebuild_tokens(rows, out);
  } else {
    for (std::size_t i = 0; i < rows.size(); ++i) {
      auto it = ranges.find(rows[i].id);
      GoldToken t;
      if (it == ranges.end()) {
        t.surface = rows[i].form;
        t.words = {rows[i].form};
      } else {
        t.surface = it->second[0];
        std::size_t n = std::stoul(it->second[1]);
        for (std::size_t k = 0; k < n && i < rows.size(); ++k, ++i) t.words.push_back(rows[i].form);
        --i;
      }
      out.push_back(std::move(t));
    }
  }
  for (std::size_t k = first; k < out.size(); ++k) out[k].document = doc;
  if (first < out.size()) out[first].sentence_start = true;
  rows.clear();
  ranges.clear();
}

}  // namespace

std::vector<GoldToken> read_gold_segmentation(const std::filesystem::path& path) {
  std::string data = read_file(path);
  std::vector<GoldToken> out;
  std::vector<Row> rows;
  std::map<std::string, std::vector<std::string>> ranges;  // first word id → {form, count}
  std::string doc;
  std::uint64_t line_no = 0;
  for (std::size_t pos = 0; pos < data.size();) {
    std::size_t nl = data.find('\n', pos);
    std::string_view line = std::string_view(data).substr(pos, nl == data.npos ? data.npos : nl - pos);
    pos = nl == data.npos ? data.size() : nl + 1;
    ++line_no;
    if (line.starts_with("# orig_file_sentence ")) doc = line.substr(21, line.find('#', 21) - 21);
    if (line.starts_with("# newdoc id = ")) doc = line.substr(14);
    if (line.empty() || line.front() == '#') {
      if (line.empty() && !rows.empty()) flush_sentence(rows, ranges, doc, out);
      continue;
    }
    auto f = util::split_tabs(line);
    if (f.size() != 10)
      throw FormatError("expected 10 TAB-separated CoNLL-U fields, got " + std::to_string(f.size()),
                        Location{path.string(), line_no});
    if (f[0].find('.') != f[0].npos) continue;  // empty nodes are not written
    std::size_t dash = f[0].find('-');
    if (dash != f[0].npos) {
      std::size_t a = std::stoul(std::string(f[0].substr(0, dash)));
      std::size_t b = std::stoul(std::string(f[0].substr(dash + 1)));
      ranges[std::string(f[0].substr(0, dash))] = {strip_diacritics(f[1]), std::to_string(b - a + 1)};
      continue;
    }
    rows.push_back(Row{std::string(f[0]), strip_diacritics(f[1]), std::string(f[3]), std::string(f[4])});
  }
  if (!rows.empty()) flush_sentence(rows, ranges, doc, out);
  return out;
}

double SegmentationScores::precision() const noexcept {
  return system_words ? static_cast<double>(correct_words) / static_cast<double>(system_words) : 0;
}
double SegmentationScores::recall() const noexcept {
  return gold_words ? static_cast<double>(correct_words) / static_cast<double>(gold_words) : 0;
}
double SegmentationScores::f1() const noexcept {
  double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

SegmentationScores evaluate_segmenter(const Segmenter& segmenter, std::span<const GoldToken> gold) {
  SegmentationScores s;
  for (const auto& t : gold) {
    Segmentation seg = segmenter.segment(t.surface);
    std::vector<std::string> sys = seg.restored, ref = t.words;
    ++s.tokens;
    s.exact_tokens += sys == ref;
    s.gold_words += ref.size();
    s.system_words += sys.size();
    s.gold_split_tokens += ref.size() > 1;
    s.over_split += sys.size() > ref.size();
    s.under_split += sys.size() < ref.size();
    std::sort(sys.begin(), sys.end());
    std::sort(ref.begin(), ref.end());
    std::vector<std::string> common;
    std::set_intersection(sys.begin(), sys.end(), ref.begin(), ref.end(), std::back_inserter(common));
    s.correct_words += common.size();
  }
  return s;
}

}  // namespace marsad::text
