#include "ner/neural.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <nlohmann/json.hpp>

#include "marsad/analysis.h"
#include "marsad/error.h"
#include "marsad/text.h"
#include "ner/model.h"
#include "summary/words.h"
#include "text/word_set.h"

namespace marsad::ner {
namespace {

constexpr std::string_view kMagic = "MRSDNNER";
constexpr std::uint32_t kVersion = 1;
constexpr std::uint32_t kPad = 0, kUnk = 1, kBeginOfWord = 2, kEndOfWord = 3;
enum RecordKind : std::uint32_t { kFloat32 = 0, kBytes = 1, kInt8Rows = 2 };

bool dropped(UChar32 c) {
  return c == 0x0640 || c == 0x0670 || (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) ||
         (c >= 0x06D6 && c <= 0x06ED);
}

UChar32 mapped(UChar32 c) {
  if (c == 0x0623 || c == 0x0625 || c == 0x0622 || c == 0x0671) return 0x0627;
  if (c == 0x0649) return 0x064A;
  if ((c >= '0' && c <= '9') || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9)) return '0';
  return u_tolower(c);
}

// Reads the little-endian records of a model file, with the offset of every failure.
class Reader {
 public:
  Reader(std::string_view bytes, std::string_view source) : bytes_(bytes), source_(source) {}

  [[noreturn]] void fail(const std::string& what) const {
    throw FormatError("neural NER model: " + what, {std::string(source_), 0, pos_});
  }
  std::string_view take(std::size_t n) {
    if (n > bytes_.size() - pos_) fail("ends early");
    std::string_view s = bytes_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  std::uint32_t u32() {
    std::string_view s = take(4);
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = v << 8 | static_cast<unsigned char>(s[static_cast<std::size_t>(i)]);
    return v;
  }
  float f32() {
    std::uint32_t bits = u32();
    float f;
    std::memcpy(&f, &bits, sizeof f);
    if (!std::isfinite(f)) fail("a weight is not a finite number");
    return f;
  }
  std::size_t pos() const { return pos_; }
  std::string_view source() const { return source_; }
  std::size_t remaining() const { return bytes_.size() - pos_; }
  bool done() const { return pos_ == bytes_.size(); }

 private:
  std::string_view bytes_, source_;
  std::size_t pos_ = 0;
};

struct Tensor {
  std::vector<std::size_t> dims;
  std::vector<float> data;
  std::size_t offset = 0;  // where the record starts, for errors
};

Tensor read_tensor(Reader& in, std::uint32_t kind) {
  Tensor t;
  t.offset = in.pos();
  std::uint32_t ndim = in.u32();
  if (ndim == 0 || ndim > 4) in.fail("a tensor of " + std::to_string(ndim) + " dimensions");
  std::size_t size = 1;
  for (std::uint32_t i = 0; i < ndim; ++i) {
    std::size_t d = in.u32();
    if (d == 0 || d > (std::size_t{1} << 26) || size > (std::size_t{1} << 28) / d) in.fail("a tensor too large");
    t.dims.push_back(d);
    size *= d;
  }
  // The file must hold the values before anything is allocated for them.
  const std::size_t needed = kind == kFloat32 ? 4 * size : 4 * t.dims[0] + size;
  if (needed > in.remaining()) in.fail("ends early");
  t.data.resize(size);
  if (kind == kFloat32) {
    for (float& x : t.data) x = in.f32();
  } else {  // one scale per row, then int8 values
    std::size_t rows = t.dims[0], cols = size / rows;
    std::vector<float> scale(rows);
    for (float& s : scale) s = in.f32();
    std::string_view q = in.take(size);
    for (std::size_t i = 0; i < size; ++i)
      t.data[i] = scale[i / cols] * static_cast<float>(static_cast<std::int8_t>(q[i]));
  }
  return t;
}

struct LabelChunk {
  std::size_t begin, end;
  int type;  // 0 PERS, 1 LOC, 2 ORG, 3 MISC (label = 1 + 2 type for B-, 2 + 2 type for I-)
};

// Entities of a label sequence by conlleval's rules: an I- of another type, or after O, opens one.
std::vector<LabelChunk> label_chunks(const std::vector<int>& labels) {
  std::vector<LabelChunk> out;
  int open = -1;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    int l = labels[i], type = l == 0 ? -1 : (l - 1) / 2;
    bool continues = l != 0 && l % 2 == 0 && type == open;
    if (!continues && open >= 0) {
      out.back().end = i;
      open = -1;
    }
    if (l != 0 && !continues) {
      out.push_back({i, i + 1, type});
      open = type;
    }
  }
  if (open >= 0) out.back().end = labels.size();
  return out;
}

// A word of four or more letters that begins with و: in a name's place, mostly the
// conjunction on the next name (وعبدالله) or on a noun (ونجله).
bool conjoined(std::string_view word) {
  return word.starts_with("\u0648") && text::count_codepoints(word) >= 4;
}

float sigmoid(float x) { return 1.0f / (1.0f + std::exp(-x)); }

// tanh through exp: glibc's tanhf took a fifth of the accurate mode's time, expf is several
// times faster; the absolute error (about 1e-7) is far below what changes a tag.
float tanh_exp(float x) { return 1.0f - 2.0f / (1.0f + std::exp(2.0f * x)); }

}  // namespace

// The product loops below: no fuzzer coverage hooks (clang's -fsanitize=fuzzer): they have
// no branch worth covering, and a hook on every step made the accurate mode a hundred times
// slower to fuzz. With GCC on x86-64 they are also compiled for AVX2, chosen at load time
// where the processor has it: twice the floats a step, and the same sums (each output adds
// the same products in the same order; no fused multiply-add in ISO C++ mode).
#if defined(__clang__)
#define MARSAD_PRODUCT_LOOP __attribute__((no_sanitize("coverage")))
#elif defined(__GNUC__) && defined(__x86_64__)
#define MARSAD_PRODUCT_LOOP __attribute__((target_clones("avx2", "default")))
#else
#define MARSAD_PRODUCT_LOOP
#endif

MARSAD_PRODUCT_LOOP void NeuralTagger::Weights::add_product(const float* x, float* y) const {
  for (std::size_t c = 0; c < inputs; ++c) {
    const float xc = x[c];
    if (xc == 0.0f) continue;
    const float* col = by_column.data() + c * outputs;
    for (std::size_t r = 0; r < outputs; ++r) y[r] += col[r] * xc;
  }
}

// y_t += W x_t for every t, eight inputs at a time: each column of W is read once for the
// eight (it stays in the first-level cache) instead of once per input. Each y_t adds the
// same products in the same order as add_product.
MARSAD_PRODUCT_LOOP void NeuralTagger::Weights::add_products(const std::vector<const float*>& xs, float* ys) const {
  constexpr std::size_t kBlock = 8;
  for (std::size_t first = 0; first < xs.size(); first += kBlock) {
    const std::size_t last = std::min(first + kBlock, xs.size());
    for (std::size_t c = 0; c < inputs; ++c) {
      const float* col = by_column.data() + c * outputs;
      for (std::size_t t = first; t < last; ++t) {
        const float xc = xs[t][c];
        if (xc == 0.0f) continue;
        float* y = ys + t * outputs;
        for (std::size_t r = 0; r < outputs; ++r) y[r] += col[r] * xc;
      }
    }
  }
}

void drop_function_words(std::vector<int>& labels, const std::vector<std::string_view>& words) {
  std::string folded;
  for (std::size_t i = 0; i < labels.size() && i < words.size(); ++i) {
    bool alone = labels[i] % 2 == 1 && (i + 1 == labels.size() || labels[i + 1] % 2 == 1 || labels[i + 1] == 0);
    if (!alone) continue;
    folded.clear();
    text::normalize_into(words[i], text::Profile::kSearch, folded);
    if (text::count_codepoints(folded) <= 2 || summary::StopWords::instance().contains(folded)) labels[i] = 0;
  }
}

// Words no name takes in (merge_entities): function words (بشأن، على، يقول), a noun of five or
// six letters with «his» after its alef (مرماه، بيسراه; names so written are of three or four,
// شاه، حماه, or longer, بختونخواه), each also after و or ف; and, as `Closed::kBefore`, titles
// and person triggers but a name's particles (ابن، بنت، أم), also after و، ف، ب، ل، ك and the
// article (باللواء | الغامدي), which open no name but stand inside some (الباجي قائد السبسي)
// or end them (محمد مساعد).
std::vector<Closed> closed_words(const Lexicon& lexicon, const std::vector<std::string_view>& words,
                                 std::span<const std::string> norms) {
  static const text::WordSet particles =  // of names, never closed (أم كلثوم، نوف بنت طلال، ابن عباس)
      text::search_forms({"أم", "أبو", "أبي", "أبا", "بن", "ابن", "بنت", "عبد", "آل", "ذو", "ذي"});
  static const text::WordSet function_words = text::search_forms(
      {"في", "من", "إلى", "على", "عن", "مع", "عبر", "بعد", "قبل", "حول", "خلال", "منذ", "عند", "لدى", "بين", "إن",
       "أن", "هو", "هي", "هم", "هما", "أنه", "أنها", "كان", "كانت", "قد", "ثم", "أو", "سوى", "بشأن", "الآن", "يقول",
       "تقول", "قال", "قالت", "أضاف", "أكد", "أيضا", "حيث", "الذي", "التي", "الذين", "أما", "كما", "لكن", "بل",
       "حتى", "أي", "هذا", "هذه", "ذلك", "تلك", "عليه", "عليها", "إنه", "إنها", "ضد", "دون", "بدون", "عقب", "إثر",
       "خلفا", "نحو", "لصالح", "بحسب", "حسب", "وفق", "وفقا"});
  const auto role = [&](std::string_view v) {
    if (v.starts_with("\u0627\u0644") && v.size() >= 8) v.remove_prefix(4);
    return lexicon.contains(v, Category::kTitle) || lexicon.contains(v, Category::kPersonTrigger);
  };
  std::vector<Closed> closed(words.size(), Closed::kNo);
  std::string w;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string_view raw = words[i];
    if (raw.starts_with("\u0648") || raw.starts_with("\u0641")) raw.remove_prefix(2);
    // علي the name and آلان are no على and الآن to the search form
    if (raw == "\u0639\u0644\u064A" || raw.starts_with("\u0622")) continue;
    if (norms.size() != words.size()) {
      w.clear();
      text::normalize_into(words[i], text::Profile::kSearch, w);
    }
    std::string_view v =
        norms.size() == words.size() ? std::string_view(norms[i]) : std::string_view(w);
    // (وان، فان without a hamza: «One», «van», not و، ف + إن)
    const bool foreign = words[i] == "\u0648\u0627\u0646" || words[i] == "\u0641\u0627\u0646";
    const std::string_view bare =
        v.size() >= 6 && (v.starts_with("\u0648") || v.starts_with("\u0641")) && !foreign ? v.substr(2) : v;
    const std::string_view after_preposition =
        bare.size() >= 6 && (bare.starts_with("\u0628") || bare.starts_with("\u0644") || bare.starts_with("\u0643")) ? bare.substr(2) : bare;
    if (particles.contains(v) || particles.contains(bare) || particles.contains(after_preposition)) continue;
    const std::size_t letters = text::count_codepoints(bare);
    if (function_words.contains(v) || function_words.contains(bare) ||
        (bare.ends_with("\u0627\u0647") && letters >= 5 && letters <= 6)) {
      closed[i] = Closed::kAlways;
      continue;
    }
    if (role(v) || role(bare) || (after_preposition.size() >= 6 && role(after_preposition))) closed[i] = Closed::kBefore;
  }
  return closed;
}

std::vector<int> merge_entities(const std::vector<int>& feature, const std::vector<int>& neural,
                                const std::vector<std::string_view>& words, const std::vector<Closed>& closed) {
  constexpr int kPlace = static_cast<int>(EntityType::kLocation),
                kOrganisation = static_cast<int>(EntityType::kOrganization);
  const auto closed_at = [&](std::size_t i) { return i < closed.size() ? closed[i] : Closed::kNo; };
  std::vector<int> out = feature;
  if (neural.size() != feature.size()) return out;
  const std::vector<LabelChunk> found = label_chunks(feature);
  for (const LabelChunk& n : label_chunks(neural)) {
    std::size_t overlapping = 0, inside = 0;
    bool person_inside = false;  // a person's name of two words or more inside, for another type
    const LabelChunk* one = nullptr;
    bool type_found = false;                   // the neural entity's type is one of the pieces'
    bool organisation_first = false, place = false;  // the first piece an organisation, a place after
    // no person's name opens with a place (كولومبيا | بوش، ريف دمشق | محمد علوش)
    bool place_first = false;
    for (const LabelChunk& f : found) {
      if (f.end <= n.begin || n.end <= f.begin) continue;
      if (overlapping == 0) organisation_first = f.type == kOrganisation, place_first = f.type == kPlace;
      place = place || (overlapping > 0 && f.type == kPlace);
      type_found = type_found || f.type == n.type;
      ++overlapping;
      inside += n.begin <= f.begin && f.end <= n.end;
      person_inside = person_inside || (f.type == 0 && n.type != 0 && f.end - f.begin >= 2);
      one = &f;
    }
    // An I- right after the neural entity would continue it into the feature model's words.
    bool free_end = n.end == feature.size() || feature[n.end] == 0 || feature[n.end] % 2 == 1;
    bool take = overlapping == 0 ? free_end
              : overlapping == 1 ? inside == 1 && one->type == n.type && one->end - one->begin < n.end - n.begin && free_end
                                 : inside == overlapping && !person_inside && !(place_first && n.type == 0);
    // و on a word inside the entity (or on its first word, when the feature model found
    // something there) where the feature model opens no name of its own joins two things.
    if (take && words.size() == neural.size())
      for (std::size_t i = overlapping > 0 ? n.begin : n.begin + 1; i < n.end && take; ++i)
        take = !(conjoined(words[i]) && (feature[i] == 0 || feature[i] % 2 == 1));
    // A longer name of the same type does not take in a word no name has (رييس | بيسراه is
    // "with his left", خالد | يقول), nor open with a title (باللواء | الغامدي) unless a name
    // stands right before it (الباجي | قائد السبسي: the title is a name's word).
    const bool name_before = n.begin > 0 && feature[n.begin - 1] != 0;
    if (take && overlapping == 1)
      for (std::size_t i = n.begin; i < n.end && take; ++i)
        take = (one->begin <= i && i < one->end) || closed_at(i) == Closed::kNo ||
               (closed_at(i) == Closed::kBefore && (i != n.begin || name_before));
    if (!take) continue;
    // An organisation and a place after it, one name of a third type to the network: a club or a
    // company named after its city (دينامو | كييف, ايك | اثينا: no person).
    const int type = organisation_first && place && !type_found ? kOrganisation : n.type;
    for (std::size_t i = n.begin; i < n.end; ++i) out[i] = (i == n.begin ? 1 : 2) + 2 * type;
  }
  return out;
}

std::string neural_word_key(std::string_view word) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(ec);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<std::int32_t>(word.size())));
  if (U_SUCCESS(ec)) s = nfkc->normalize(s, ec);
  std::string out;
  for (std::int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    UChar32 c = s.char32At(i);
    if (dropped(c)) continue;
    icu::UnicodeString(mapped(c)).toUTF8String(out);
  }
  return out;
}

namespace {

using Network = NeuralTagger::Network;

struct Crf {
  std::vector<float> start, end, transitions;  // marsad's label ids; transitions [from][to]
};

// One network of a model file, from its magic to its last record; `shared` is the first
// network's word table, for the networks of an ensemble that store none.
Network parse_network(Reader& in, const std::shared_ptr<const NeuralTagger::WordTable>& shared, Crf& crf) {
  if (in.take(std::min(in.remaining(), kMagic.size())) != kMagic)
    in.fail(shared ? "bytes after the last record that begin no other network (bad magic)"
                   : "not a neural NER model (bad magic)");
  if (std::uint32_t v = in.u32(); v != kVersion)
    in.fail("format version " + std::to_string(v) + ", this build reads " + std::to_string(kVersion));
  std::string_view header_text = in.take(in.u32());
  nlohmann::json header = nlohmann::json::parse(header_text, nullptr, false);
  if (header.is_discarded() || !header.is_object()) in.fail("the header is not a JSON object");

  std::unordered_map<std::string, Tensor> tensors;
  std::optional<std::string> word_list;
  for (std::uint32_t n = in.u32(), i = 0; i < n; ++i) {
    std::string name(in.take(in.u32()));
    std::uint32_t kind = in.u32();
    if (kind == kBytes) {
      if (in.u32() != 1) in.fail("a byte record must have one dimension");
      word_list = std::string(in.take(in.u32()));
    } else if (kind == kFloat32 || kind == kInt8Rows) {
      tensors[name] = read_tensor(in, kind);
    } else {
      in.fail("record '" + name + "' of unknown kind " + std::to_string(kind));
    }
  }

  auto tensor = [&](const std::string& name, std::initializer_list<std::size_t> dims) -> Tensor& {
    auto it = tensors.find(name);
    if (it == tensors.end()) in.fail("no tensor '" + name + "'");
    if (!std::equal(dims.begin(), dims.end(), it->second.dims.begin(), it->second.dims.end()))
      throw FormatError("neural NER model: tensor '" + name + "' has the wrong shape",
                        {std::string(in.source()), 0, it->second.offset});
    return it->second;
  };
  auto weights = [&](const std::string& name, std::size_t outputs, std::size_t inputs) {
    const std::vector<float>& rows = tensor(name, {outputs, inputs}).data;
    NeuralTagger::Weights w{outputs, inputs, std::vector<float>(rows.size())};
    for (std::size_t r = 0; r < outputs; ++r)
      for (std::size_t c = 0; c < inputs; ++c) w.by_column[c * outputs + r] = rows[r * inputs + c];
    return w;
  };
  auto vector = [&](const std::string& name, std::size_t size) { return std::move(tensor(name, {size}).data); };
  auto lstm = [&](const std::string& prefix, const std::string& suffix, std::size_t h, std::size_t input) {
    NeuralTagger::Lstm l{weights(prefix + "weight_ih" + suffix, 4 * h, input),
                         weights(prefix + "weight_hh" + suffix, 4 * h, h), vector(prefix + "bias_ih" + suffix, 4 * h)};
    std::vector<float> b = vector(prefix + "bias_hh" + suffix, 4 * h);
    for (std::size_t i = 0; i < b.size(); ++i) l.bias[i] += b[i];
    return l;
  };

  Network net;
  try {
    // A size in the header must be a whole number ≥ 0: converting a float such as 5e28 to
    // an integer would be undefined.
    auto size = [&](const char* key, std::optional<std::size_t> fallback = std::nullopt) -> std::size_t {
      auto it = header.find(key);
      if (it == header.end() && fallback) return *fallback;
      if (it == header.end()) in.fail(std::string("header: no '") + key + "'");
      if (!it->is_number_unsigned()) in.fail(std::string("header: '") + key + "' is not a whole number");
      return it->get<std::size_t>();
    };
    // The one input bit supported is the domain bit (`ner_neural.py --domain-bit`), the
    // last input column; lexicon bits are not.
    const std::size_t bits = size("n_bits", 0);
    const auto bits_note = header.find("bits");
    const bool domain_bit = bits == 1 && bits_note != header.end() && bits_note->is_string() &&
                            bits_note->get<std::string>().starts_with("domain");
    if (bits != 0 && !domain_bit) in.fail("lexicon input bits are not supported by this build");
    const std::size_t n_words = size("n_words"), word_dim = size("word_dim"), n_chars = size("n_chars"),
                      char_dim = size("char_dim"), filters = size("filters"), h = size("hidden"),
                      lm = size("lm_hidden", 0);
    net.width = size("width");
    net.max_chars = size("max_chars", 24);
    if (net.width % 2 == 0 || net.max_chars < 3) in.fail("unsupported convolution width or word length");
    if (h == 0 || h > 4096 || lm > 4096) in.fail("unsupported hidden size");
    auto tags = header.at("tags").get<std::vector<std::string>>();
    auto chars = header.at("chars").get<std::vector<std::string>>();
    if (chars.size() != n_chars) in.fail("the character list does not match n_chars");
    for (std::size_t i = kEndOfWord + 1; i < chars.size(); ++i) {
      icu::UnicodeString c = icu::UnicodeString::fromUTF8(chars[i]);
      if (c.countChar32() != 1) in.fail("character " + std::to_string(i) + " is not one code point");
      net.char_ids.emplace(static_cast<char32_t>(c.char32At(0)), static_cast<std::uint32_t>(i));
    }
    for (const std::string& tag : tags) {
      int label = parse_label(tag);
      if (label < 0) in.fail("unknown tag '" + tag + "'");
      net.label_of.push_back(label);
    }
    if (word_list) {
      auto table = std::make_shared<NeuralTagger::WordTable>();
      table->vectors = {n_words, word_dim, std::move(tensor("words.weight", {n_words, word_dim}).data)};
      // Row i + 2 of the word table is line i of the word list (rows 0, 1: padding, unknown).
      std::uint32_t row = 2;
      for (std::size_t b = 0; b <= word_list->size() && !word_list->empty();) {
        std::size_t e = std::min(word_list->find('\n', b), word_list->size());
        table->rows.emplace(word_list->substr(b, e - b), row++);
        b = e + 1;
      }
      if (row != n_words && !(word_list->empty() && n_words == 2))
        in.fail("the word list has " + std::to_string(row - 2) + " words for " + std::to_string(n_words) + " rows");
      net.words = std::move(table);
    } else {
      if (!shared) in.fail("no word list");
      if (shared->vectors.rows != n_words || shared->vectors.cols != word_dim)
        in.fail("the shared word table is not n_words × word_dim");
      net.words = shared;
    }
    net.chars = {n_chars, char_dim, std::move(tensor("chars.weight", {n_chars, char_dim}).data)};
    // PyTorch's Conv1d weight is [filter][channel][offset]; stored here as [filter][offset][channel].
    Tensor& conv = tensor("conv.weight", {filters, char_dim, net.width});
    net.conv = {filters, net.width * char_dim, std::vector<float>(filters * net.width * char_dim)};
    for (std::size_t f = 0; f < filters; ++f)
      for (std::size_t d = 0; d < char_dim; ++d)
        for (std::size_t o = 0; o < net.width; ++o)
          net.conv.by_column[(o * char_dim + d) * filters + f] = conv.data[(f * char_dim + d) * net.width + o];
    net.conv_bias = vector("conv.bias", filters);
    if (lm > 0) {
      net.lm_forward = lstm("lm.fwd.", "", lm, word_dim);
      net.lm_backward = lstm("lm.bwd.", "", lm, word_dim);
    }
    const std::size_t input = word_dim + filters + 2 * lm, k = tags.size();
    net.forward = lstm("lstm.", "_l0", h, input + bits);
    net.backward = lstm("lstm.", "_l0_reverse", h, input + bits);
    if (domain_bit)
      for (NeuralTagger::Lstm* l : {&net.forward, &net.backward}) {
        // The bit's column (the last) moves into news_bias; the weights keep the others.
        NeuralTagger::Weights& w = l->w_ih;
        l->news_bias = l->bias;
        for (std::size_t r = 0; r < w.outputs; ++r) l->news_bias[r] += w.by_column[input * w.outputs + r];
        w.by_column.resize(input * w.outputs);
        w.inputs = input;
      }
    net.out = weights("out.weight", k, 2 * h);
    net.out_bias = vector("out.bias", k);
    // CRF scores re-indexed by marsad's label ids; labels the file lacks can never be chosen.
    constexpr float kNever = -1e30f;
    crf.start.assign(kLabels, kNever);
    crf.end.assign(kLabels, kNever);
    crf.transitions.assign(kLabels * kLabels, kNever);
    std::vector<float> start = vector("crf.start", k), end = vector("crf.end", k);
    Tensor& trans = tensor("crf.trans", {k, k});
    for (std::size_t a = 0; a < k; ++a) {
      auto la = static_cast<std::size_t>(net.label_of[a]);
      crf.start[la] = start[a];
      crf.end[la] = end[a];
      for (std::size_t b = 0; b < k; ++b)
        crf.transitions[la * kLabels + static_cast<std::size_t>(net.label_of[b])] = trans.data[a * k + b];
    }
  } catch (const nlohmann::json::exception& e) {
    in.fail(std::string("header: ") + e.what());
  }
  return net;
}


}  // namespace

NeuralTagger NeuralTagger::parse(std::string_view bytes, std::string_view source) {
  Reader in(bytes, source);
  NeuralTagger t;
  std::vector<Crf> crfs;
  do {
    crfs.emplace_back();
    t.nets_.push_back(parse_network(in, t.nets_.empty() ? nullptr : t.nets_.front().words, crfs.back()));
  } while (!in.done());
  // The ensemble's CRF: the mean of the networks' scores, as its emissions are.
  const float share = 1.0f / static_cast<float>(crfs.size());
  t.start_.assign(kLabels, 0.0f);
  t.end_.assign(kLabels, 0.0f);
  t.transitions_.assign(kLabels * kLabels, 0.0f);
  for (const Crf& c : crfs) {
    for (std::size_t l = 0; l < kLabels; ++l) t.start_[l] += share * c.start[l], t.end_[l] += share * c.end[l];
    for (std::size_t i = 0; i < c.transitions.size(); ++i) t.transitions_[i] += share * c.transitions[i];
  }
  return t;
}

std::vector<float> NeuralTagger::Lstm::run(const std::vector<const float*>& inputs, bool reverse, bool news) const {
  const std::vector<float>& bias = news && !news_bias.empty() ? news_bias : this->bias;
  const std::size_t n = inputs.size(), h = hidden();
  // The input's share of every step's gates first, for all steps at once (it does not wait
  // for the previous state); then the steps, each adding the previous state's share.
  std::vector<float> from_input(n * 4 * h);
  for (std::size_t t = 0; t < n; ++t)
    std::copy(bias.begin(), bias.end(), from_input.begin() + static_cast<std::ptrdiff_t>(t * 4 * h));
  w_ih.add_products(inputs, from_input.data());
  std::vector<float> out(n * h), state(h, 0.0f), cell(h, 0.0f);
  for (std::size_t step = 0; step < n; ++step) {
    std::size_t t = reverse ? n - 1 - step : step;
    float* gates = from_input.data() + t * 4 * h;
    w_hh.add_product(state.data(), gates);
    for (std::size_t j = 0; j < h; ++j) {  // PyTorch's gate order: input, forget, cell, output
      float i = sigmoid(gates[j]), f = sigmoid(gates[h + j]), g = tanh_exp(gates[2 * h + j]),
            o = sigmoid(gates[3 * h + j]);
      cell[j] = f * cell[j] + i * g;
      state[j] = o * tanh_exp(cell[j]);
    }
    std::copy(state.begin(), state.end(), out.begin() + static_cast<std::ptrdiff_t>(t * h));
  }
  return out;
}

namespace {

// The character CNN's features of one word key: convolution with zero padding, tanh, max over
// the positions of begin mark, the key's first max_chars - 2 code points, end mark.
void char_features(const Network& net, const std::string& key, std::vector<float>& x) {
  std::vector<std::uint32_t> ids{kBeginOfWord};
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(key);
  for (std::int32_t i = 0; i < u.length() && ids.size() < net.max_chars - 1; i = u.moveIndex32(i, 1)) {
    auto c = net.char_ids.find(static_cast<char32_t>(u.char32At(i)));
    ids.push_back(c == net.char_ids.end() ? kUnk : c->second);
  }
  ids.push_back(kEndOfWord);
  // The character vectors with zero padding around them: the window at position p is the
  // width · dim values from p · dim on.
  const std::size_t dim = net.chars.cols, half = net.width / 2, filters = net.conv.outputs, n = ids.size();
  std::vector<float> padded((n + 2 * half) * dim);
  for (std::size_t q = 0; q < n + 2 * half; ++q) {
    const float* e = net.chars.row(q >= half && q - half < n ? ids[q - half] : kPad);
    std::copy(e, e + dim, padded.begin() + static_cast<std::ptrdiff_t>(q * dim));
  }
  std::vector<const float*> windows;
  std::vector<float> sums;
  for (std::size_t p = 0; p < n; ++p) {
    windows.push_back(padded.data() + p * dim);
    sums.insert(sums.end(), net.conv_bias.begin(), net.conv_bias.end());
  }
  net.conv.add_products(windows, sums.data());
  std::vector<float> best(sums.begin(), sums.begin() + static_cast<std::ptrdiff_t>(filters));
  for (std::size_t p = 1; p < n; ++p)
    for (std::size_t f = 0; f < filters; ++f) best[f] = std::max(best[f], sums[p * filters + f]);
  // tanh rises, so the max of the tanh is the tanh of the max: one tanh per filter.
  for (float b : best) x.push_back(tanh_exp(b));
}

// The row of a key's vector. A key the table lacks is looked up as the name it may be behind
// its proclitics (name_readings: وبرشلونة → برشلونة, للمنتخب → المنتخب, وبالرياض → الرياض), in
// that order: the table keeps the most frequent keys as written, so a name is often there bare
// and not with و or ب before it. Must match ner_data.table_row, which the network was trained with.
std::uint32_t table_row(const NeuralTagger::WordTable& table, const std::string& key) {
  for (const auto& [skip, form] : name_readings(key))
    if (auto it = table.rows.find(form); it != table.rows.end()) return it->second;
  return kUnk;
}

std::vector<float> network_emissions(const Network& net, const std::vector<std::string>& keys, bool news) {
  const std::size_t n = keys.size(), h = net.forward.hidden(), k = net.out.outputs, lm = net.lm_forward.hidden();
  const NeuralTagger::Matrix& table = net.words->vectors;
  std::vector<const float*> vectors;
  for (const std::string& key : keys) vectors.push_back(table.row(table_row(*net.words, key)));
  std::vector<float> lm_fwd, lm_bwd;
  if (lm > 0) lm_fwd = net.lm_forward.run(vectors, false), lm_bwd = net.lm_backward.run(vectors, true);
  // Each word's input: [word vector ; character features ; the language model's two states].
  std::vector<std::vector<float>> inputs(n);
  std::vector<const float*> input_ptrs;
  for (std::size_t t = 0; t < n; ++t) {
    std::vector<float>& x = inputs[t];
    x.assign(vectors[t], vectors[t] + table.cols);
    char_features(net, keys[t], x);
    if (lm > 0) {
      x.insert(x.end(), lm_fwd.begin() + static_cast<std::ptrdiff_t>(t * lm), lm_fwd.begin() + static_cast<std::ptrdiff_t>((t + 1) * lm));
      x.insert(x.end(), lm_bwd.begin() + static_cast<std::ptrdiff_t>(t * lm), lm_bwd.begin() + static_cast<std::ptrdiff_t>((t + 1) * lm));
    }
    input_ptrs.push_back(x.data());
  }
  std::vector<float> fwd = net.forward.run(input_ptrs, false, news), bwd = net.backward.run(input_ptrs, true, news);
  std::vector<float> scores(n * kLabels, -1e30f), both(2 * h), file_scores(k);
  for (std::size_t t = 0; t < n; ++t) {
    std::copy_n(fwd.begin() + static_cast<std::ptrdiff_t>(t * h), h, both.begin());
    std::copy_n(bwd.begin() + static_cast<std::ptrdiff_t>(t * h), h, both.begin() + static_cast<std::ptrdiff_t>(h));
    file_scores = net.out_bias;
    net.out.add_product(both.data(), file_scores.data());
    for (std::size_t a = 0; a < k; ++a) scores[t * kLabels + static_cast<std::size_t>(net.label_of[a])] = file_scores[a];
  }
  return scores;
}

}  // namespace

std::vector<float> NeuralTagger::emissions(const std::vector<std::string_view>& words, Domain domain) const {
  std::vector<std::string> keys;
  keys.reserve(words.size());
  for (std::string_view w : words) keys.push_back(neural_word_key(w));
  std::vector<float> mean(words.size() * kLabels, 0.0f);
  const float share = 1.0f / static_cast<float>(nets_.size());
  for (const Network& net : nets_) {
    std::vector<float> e = network_emissions(net, keys, domain != Domain::kAnercorp);
    for (std::size_t i = 0; i < mean.size(); ++i) mean[i] += share * e[i];
  }
  return mean;
}

std::vector<int> NeuralTagger::tag(const std::vector<std::string_view>& words, Domain domain) const {
  const std::size_t n = words.size();
  if (n == 0) return {};
  std::vector<float> em = emissions(words, domain);
  std::vector<float> score(kLabels), next(kLabels);
  std::vector<int> back(n * kLabels, 0);
  for (std::size_t l = 0; l < kLabels; ++l) score[l] = start_[l] + em[l];
  for (std::size_t t = 1; t < n; ++t) {
    for (std::size_t to = 0; to < kLabels; ++to) {
      float best = -std::numeric_limits<float>::infinity();
      int arg = 0;
      for (std::size_t from = 0; from < kLabels; ++from) {
        float s = score[from] + transitions_[from * kLabels + to];
        if (s > best) best = s, arg = static_cast<int>(from);
      }
      next[to] = best + em[t * kLabels + to];
      back[t * kLabels + to] = arg;
    }
    score.swap(next);
  }
  std::vector<int> labels(n);
  float best = -std::numeric_limits<float>::infinity();
  for (std::size_t l = 0; l < kLabels; ++l)
    if (score[l] + end_[l] > best) best = score[l] + end_[l], labels[n - 1] = static_cast<int>(l);
  for (std::size_t t = n - 1; t > 0; --t) labels[t - 1] = back[t * kLabels + static_cast<std::size_t>(labels[t])];
  return labels;
}


}  // namespace marsad::ner
