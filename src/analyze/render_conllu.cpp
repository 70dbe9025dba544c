// CoNLL-U: sentences separated by a blank line, tokens split into syntactic words by the
// segmenter (text::append_conllu_sentence). MISC carries the entity as a BIO tag on the stem
// (بالعراق → ب NER=O, العراق NER=B-LOC), SpaceAfter=No and the token's code-point span.
#include <algorithm>
#include <sstream>

#include "analyze/render.h"
#include "marsad/text.h"

namespace marsad::report {
namespace {

// BIO tag of every token, from the entity mentions.
std::vector<std::string> bio_tags(const Analysis& a, std::span<const text::Token> tokens) {
  std::vector<std::string> tags(tokens.size(), "O");
  for (const Entity& e : a.entities) {
    std::string type(entity_type_name(e.type));
    for (const Span& m : e.mentions) {
      auto it = std::lower_bound(tokens.begin(), tokens.end(), m.begin,
                                 [](const text::Token& t, std::uint32_t b) { return t.end <= b; });
      for (bool first = true; it != tokens.end() && it->begin < m.end; ++it, first = false)
        tags[static_cast<std::size_t>(it - tokens.begin())] = (first ? "B-" : "I-") + type;
    }
  }
  return tags;
}

}  // namespace

std::string render_conllu(const Analysis& a) {
  const std::string& text = a.document.text;
  auto tokens = text::tokenize(text);
  auto sentences = text::split_sentences(text, tokens);
  auto tags = bio_tags(a, tokens);
  text::CodepointIndex cps(text);
  std::ostringstream out;
  out << "# newdoc id = " << one_line(a.document.id) << "\n";
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const text::Sentence& sent = sentences[s];
    out << "# sent_id = " << one_line(a.document.id) << "-" << s + 1 << "\n# text = "
        << one_line(std::string_view(text).substr(sent.begin, sent.end - sent.begin)) << "\n";
    std::string lines;
    text::append_conllu_sentence(lines, text, tokens, sent, cps, [&](std::uint32_t t, bool stem) {
      // Clitics are outside the entity; an I- tag stays I- on the stem.
      return "NER=" + (stem ? tags[t] : std::string("O"));
    });
    out << lines;
    out << "\n";
  }
  return out.str();
}

}  // namespace marsad::report
