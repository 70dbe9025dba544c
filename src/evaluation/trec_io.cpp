// Reading and writing TREC qrels and run files.
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <set>

#include "marsad/error.h"
#include "marsad/evaluation.h"
#include "marsad/document.h"

namespace marsad::evaluation {
namespace {

std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    std::size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t' && line[j] != '\r') ++j;
    if (j > i) out.push_back(line.substr(i, j - i));
    i = j;
  }
  return out;
}

// Calls fn(fields, location) for each non-blank line.
template <typename Fn>
void for_each_line(std::string_view text, const std::string& name, Fn fn) {
  std::size_t pos = 0, line_no = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    ++line_no;
    auto f = fields(text.substr(pos, nl - pos));
    if (!f.empty()) fn(f, Location{name, line_no, pos});
    pos = nl + 1;
  }
}


template <typename T>
T to_number(std::string_view s, const char* what, const Location& where) {
  T v{};
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size())
    throw InputError(std::string("bad ") + what + " '" + std::string(s) + "'", where);
  return v;
}

}  // namespace

Qrels parse_qrels(std::string_view text, const std::string& name) {
  Qrels qrels;
  for_each_line(text, name, [&](const auto& f, const Location& where) {
    if (f.size() != 4) throw InputError("qrels line needs 4 fields: qid iter docid rel", where);
    int rel = to_number<int>(f[3], "relevance grade", where);
    if (!qrels[std::string(f[0])].emplace(std::string(f[2]), rel).second)
      throw InputError("document " + std::string(f[2]) + " judged twice for query " + std::string(f[0]), where);
  });
  return qrels;
}

Run parse_run(std::string_view text, const std::string& name) {
  Run run;
  std::map<std::string, std::set<std::string>> seen;
  for_each_line(text, name, [&](const auto& f, const Location& where) {
    if (f.size() != 6) throw InputError("run line needs 6 fields: qid Q0 docid rank score tag", where);
    std::string qid(f[0]), doc(f[2]);
    double score = to_number<double>(f[4], "score", where);
    if (!seen[qid].insert(doc).second)
      throw InputError("document " + doc + " listed twice for query " + qid, where);
    run[qid].push_back({doc, score});
  });
  rank_run(run);
  return run;
}

std::vector<Query> parse_queries(std::string_view text, const std::string& name) {
  std::vector<Query> out;
  std::set<std::string> seen;
  std::size_t pos = 0, line_no = 0;
  while (pos < text.size()) {
    std::size_t nl = std::min(text.find('\n', pos), text.size());
    std::string_view line = text.substr(pos, nl - pos);
    const Location where{name, ++line_no, pos};
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0) throw InputError("query line needs qid<TAB>text", where);
    std::string qid(line.substr(0, tab));
    if (!seen.insert(qid).second) throw InputError("query " + qid + " given twice", where);
    out.push_back({std::move(qid), std::string(line.substr(tab + 1))});
  }
  return out;
}

std::vector<Query> read_queries(const std::filesystem::path& path) {
  return parse_queries(read_file(path, "queries"), path.string());
}

Qrels read_qrels(const std::filesystem::path& path) { return parse_qrels(read_file(path, "qrels"), path.string()); }
Run read_run(const std::filesystem::path& path) { return parse_run(read_file(path, "run"), path.string()); }

void rank_run(Run& run) {
  for (auto& [qid, docs] : run)
    std::sort(docs.begin(), docs.end(), [](const ScoredDoc& a, const ScoredDoc& b) {
      return a.score != b.score ? a.score > b.score : a.doc > b.doc;
    });
}

std::string format_run(const Run& run, std::string_view tag) {
  std::string out;
  char score[32];
  for (const auto& [qid, docs] : run)
    for (std::size_t i = 0; i < docs.size(); ++i) {
      std::snprintf(score, sizeof score, "%.6f", docs[i].score);
      out += qid + " Q0 " + docs[i].doc + ' ' + std::to_string(i + 1) + ' ' + score + ' ';
      out.append(tag);
      out += '\n';
    }
  return out;
}

}  // namespace marsad::evaluation
