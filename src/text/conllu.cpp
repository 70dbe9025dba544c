// CoNLL-U word lines with multiword tokens from the clitic segmenter.
#include "marsad/text.h"

namespace marsad::text {

void append_conllu_sentence(std::string& out, std::string_view text, std::span<const Token> tokens,
                            const Sentence& sentence, const CodepointIndex& codepoints,
                            const std::function<std::string(std::uint32_t, bool)>& word_misc) {
  constexpr std::string_view kEmptyColumns = "\t_\t_\t_\t_\t_\t_\t_\t";
  int id = 1;
  for (std::uint32_t t = sentence.first_token; t < sentence.last_token; ++t) {
    const Token& tok = tokens[t];
    // FORM may hold no space or tab; the tokenizer never puts one in a token.
    const std::string_view surface = tok.view(text);
    const Segmentation seg = Segmenter::instance().segment(surface);
    std::string token_misc;
    if (t + 1 < sentence.last_token && tokens[t + 1].begin == tok.end) token_misc = "SpaceAfter=No|";
    token_misc += "TokenRange=" + std::to_string(codepoints.to_codepoint(tok.begin)) + ":" +
                  std::to_string(codepoints.to_codepoint(tok.end));
    auto extra = [&](bool stem) { return word_misc ? word_misc(t, stem) : std::string(); };
    if (seg.restored.size() <= 1) {
      const std::string m = extra(true);
      out += std::to_string(id++);
      out += '\t';
      out += surface;
      out += kEmptyColumns;
      out += m.empty() ? token_misc : m + "|" + token_misc;
      out += '\n';
      continue;
    }
    const int last = id + static_cast<int>(seg.restored.size()) - 1;
    out += std::to_string(id) + "-" + std::to_string(last) + "\t";
    out += surface;
    out += kEmptyColumns;
    out += token_misc;
    out += '\n';
    for (std::size_t w = 0; w < seg.restored.size(); ++w) {
      out += std::to_string(id++);
      out += '\t';
      out += seg.restored[w];
      out += kEmptyColumns;
      const std::string m = extra(w == seg.stem);
      out += m.empty() ? std::string("_") : m;
      out += '\n';
    }
  }
}

}  // namespace marsad::text
