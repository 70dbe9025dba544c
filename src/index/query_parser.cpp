#include "index/query_parser.h"

#include <array>

#include "marsad/error.h"
#include "marsad/text.h"

namespace marsad::index::detail {
namespace {

struct FieldName {
  std::string_view name;
  Field field;
};
constexpr std::array<FieldName, 5> kFields{{{"title", Field::kTitle},
                                            {"source", Field::kSource},
                                            {"date", Field::kDate},
                                            {"entity", Field::kEntity},
                                            {"type", Field::kType}}};

// Opening quote → closing quote: ASCII, Arabic guillemets, English curly quotes.
struct QuotePair {
  std::string_view open, close;
};
constexpr std::array<QuotePair, 3> kQuotes{{{"\"", "\""}, {"«", "»"}, {"“", "”"}}};

[[noreturn]] void fail(const std::string& message, std::string_view query, std::size_t offset) {
  std::size_t column = text::count_codepoints(query.substr(0, offset)) + 1;
  throw InputError(message + " (character " + std::to_string(column) + ")",
                   Location{"query", 0, offset});
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_date(std::string_view s) {
  auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i)
      if (s[i] < '0' || s[i] > '9') return false;
    return true;
  };
  auto number = [&](std::size_t from) { return (s[from] - '0') * 10 + (s[from + 1] - '0'); };
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!digits(0, 4)) return false;
  if (s.size() >= 7 && (s[4] != '-' || !digits(5, 2) || number(5) < 1 || number(5) > 12)) return false;
  if (s.size() == 10 && (s[7] != '-' || !digits(8, 2) || number(8) < 1 || number(8) > 31)) return false;
  return true;
}

class Parser {
 public:
  explicit Parser(std::string_view q) : q_(q) {}

  ParsedQuery parse() {
    ParsedQuery out;
    bool pending_or = false;
    std::size_t or_at = 0;
    while (skip_spaces(), pos_ < q_.size()) {
      if (at_or()) {
        if (out.groups.empty() || pending_or) fail("OR needs a term before it", q_, pos_);
        pending_or = true;
        or_at = pos_;
        pos_ += 2;
        continue;
      }
      Atom atom = parse_atom();
      if (!pending_or) {
        out.groups.push_back({{std::move(atom)}});
        continue;
      }
      Group& g = out.groups.back();
      if (atom.negated || g.any.front().negated)
        fail("an exclusion (-) cannot be one side of OR", q_, or_at);
      g.any.push_back(std::move(atom));
      pending_or = false;
    }
    if (pending_or) fail("OR needs a term after it", q_, or_at);
    if (out.groups.empty()) fail("empty query", q_, 0);
    return out;
  }

 private:
  void skip_spaces() {
    while (pos_ < q_.size() && is_space(q_[pos_])) ++pos_;
  }

  bool at_or() const {
    return q_.substr(pos_).starts_with("OR") && (pos_ + 2 == q_.size() || is_space(q_[pos_ + 2]));
  }

  const QuotePair* quote_at(std::size_t p) const {
    for (const auto& qp : kQuotes)
      if (q_.substr(p).starts_with(qp.open)) return &qp;
    return nullptr;
  }

  Atom parse_atom() {
    Atom a;
    a.offset = pos_;
    if (q_[pos_] == '-' && pos_ + 1 < q_.size() && !is_space(q_[pos_ + 1])) {
      a.negated = true;
      ++pos_;
    }
    parse_field(a);
    std::size_t value_at = pos_;
    if (const QuotePair* qp = quote_at(pos_)) {
      std::size_t close = q_.find(qp->close, pos_ + qp->open.size());
      if (close == std::string_view::npos) fail("unclosed quote", q_, pos_);
      a.text = std::string(q_.substr(pos_ + qp->open.size(), close - pos_ - qp->open.size()));
      a.quoted = true;
      pos_ = close + qp->close.size();
      if (a.text.find_first_not_of(" \t\r\n") == std::string::npos) fail("empty phrase", q_, value_at);
    } else {
      std::size_t end = pos_;
      while (end < q_.size() && !is_space(q_[end]) && !quote_at(end)) ++end;
      a.text = std::string(q_.substr(pos_, end - pos_));
      pos_ = end;
    }
    if (a.text.empty()) fail("a field needs a value after ':'", q_, value_at);
    check_value(a, value_at);
    return a;
  }

  void parse_field(Atom& a) {
    std::size_t colon = q_.find(':', pos_);
    if (colon == std::string_view::npos) return;
    std::string_view name = q_.substr(pos_, colon - pos_);
    for (const auto& f : kFields) {
      if (name != f.name) continue;
      a.field = f.field;
      pos_ = colon + 1;
      return;
    }
  }

  void check_value(Atom& a, std::size_t at) {
    if (a.field == Field::kDate) parse_date(a, at);
    if (a.field == Field::kType) {
      for (auto& c : a.text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (a.text != "PER" && a.text != "LOC" && a.text != "ORG" && a.text != "MISC")
        fail("unknown entity type '" + a.text + "' (use PER, LOC, ORG or MISC)", q_, at);
    }
  }

  void parse_date(Atom& a, std::size_t at) {
    std::string value = text::normalize_digits(a.text);
    std::size_t dots = value.find("..");
    std::string from = value.substr(0, dots), to = dots == std::string::npos ? from : value.substr(dots + 2);
    if (from.empty() && to.empty()) fail("date range needs at least one end", q_, at);
    for (const std::string& d : {from, to})
      if (!d.empty() && !is_date(d))
        fail("bad date '" + d + "' (use YYYY, YYYY-MM or YYYY-MM-DD, ranges as FROM..TO)", q_, at);
    // "~" sorts after the digits and '-', so TO + "~" bounds every date that TO is a prefix of.
    if (!from.empty() && !to.empty() && from > to + "~")
      fail("date range ends before it starts: " + value, q_, at);
    a.date_from = from;
    a.date_to = to;
  }

  std::string_view q_;
  std::size_t pos_ = 0;
};

}  // namespace

ParsedQuery parse_query(std::string_view query) { return Parser(query).parse(); }

std::string describe(const Atom& a) {
  std::string s;
  switch (a.field) {
    case Field::kAny: s = a.quoted ? "phrase:\"" + a.text + "\"" : "word:" + a.text; break;
    case Field::kTitle: s = "title:" + (a.quoted ? "\"" + a.text + "\"" : a.text); break;
    case Field::kSource: s = "source:" + a.text; break;
    case Field::kDate: s = "date:[" + a.date_from + ".." + a.date_to + "]"; break;
    case Field::kEntity: s = "entity:\"" + a.text + "\""; break;
    case Field::kType: s = "type:" + a.text; break;
  }
  return a.negated ? "NOT(" + s + ")" : s;
}

}  // namespace marsad::index::detail
