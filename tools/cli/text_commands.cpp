// marsad normalize | tokenize | sentences: the text core on files or standard input.
#include <iostream>

#include <nlohmann/json.hpp>

#include "command.h"
#include "marsad/text.h"

namespace marsad::cli {
namespace {

namespace tx = marsad::text;
using nlohmann::json;

struct TextOptions {
  InputArgs input;
  FormatArg format;
  std::string profile = "search";
};

Registration normalize_cmd("", [](CLI::App& app) {
  auto opts = std::make_shared<TextOptions>();
  auto* cmd = app.add_subcommand("normalize", "Normalize Arabic text under a named profile");
  opts->input.add_to(*cmd);
  opts->format.add_to(*cmd, {"text", "json"});
  cmd->add_option("--profile", opts->profile, "search or display")->capture_default_str();
  cmd->callback([opts] {
    tx::Profile profile = tx::parse_profile(opts->profile);
    opts->input.for_each_text([&](const std::string& name, const std::string& text) {
      if (opts->format.value == "text") {
        std::string out;
        tx::normalize_into(text, profile, out);
        std::cout << out;
        return;
      }
      tx::Normalized n = tx::normalize(text, profile);
      tx::CodepointIndex orig(text);
      json to_orig = json::array();
      for (std::size_t k = 0; k < n.text.size(); ++k)
        if ((static_cast<unsigned char>(n.text[k]) & 0xC0) != 0x80)
          to_orig.push_back(orig.to_codepoint(n.to_orig[k]));
      std::cout << json{{"input", name}, {"profile", opts->profile}, {"text", n.text},
                        {"to_orig", to_orig}}.dump() << '\n';
    });
  });
});

Registration tokenize_cmd("", [](CLI::App& app) {
  auto opts = std::make_shared<TextOptions>();
  auto* cmd = app.add_subcommand("tokenize", "Split text into tokens (code-point offsets in JSON)");
  opts->input.add_to(*cmd);
  opts->format.add_to(*cmd, {"text", "json"});
  cmd->callback([opts] {
    opts->input.for_each_text([&](const std::string& name, const std::string& text) {
      auto tokens = tx::tokenize(text);
      if (opts->format.value == "text") {
        for (std::size_t i = 0; i < tokens.size(); ++i) {
          bool newline = i > 0 && text.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end)
                                          .find('\n') != std::string::npos;
          if (i > 0) std::cout << (newline ? '\n' : ' ');
          std::cout << tokens[i].view(text);
        }
        if (!tokens.empty()) std::cout << '\n';
        return;
      }
      tx::CodepointIndex idx(text);
      json arr = json::array();
      for (const auto& t : tokens)
        arr.push_back({{"text", t.view(text)}, {"kind", tx::token_kind_name(t.kind)},
                       {"start", idx.to_codepoint(t.begin)}, {"end", idx.to_codepoint(t.end)}});
      std::cout << json{{"input", name}, {"tokens", arr}}.dump() << '\n';
    });
  });
});

Registration sentences_cmd("", [](CLI::App& app) {
  auto opts = std::make_shared<TextOptions>();
  auto* cmd = app.add_subcommand("sentences", "Split text into sentences, one per line");
  opts->input.add_to(*cmd);
  opts->format.add_to(*cmd, {"text", "json"});
  cmd->callback([opts] {
    opts->input.for_each_text([&](const std::string& name, const std::string& text) {
      auto tokens = tx::tokenize(text);
      auto sentences = tx::split_sentences(text, tokens);
      if (opts->format.value == "text") {
        for (const auto& s : sentences) std::cout << text.substr(s.begin, s.end - s.begin) << '\n';
        return;
      }
      tx::CodepointIndex idx(text);
      json arr = json::array();
      for (const auto& s : sentences)
        arr.push_back({{"text", text.substr(s.begin, s.end - s.begin)},
                       {"start", idx.to_codepoint(s.begin)}, {"end", idx.to_codepoint(s.end)}});
      std::cout << json{{"input", name}, {"sentences", arr}}.dump() << '\n';
    });
  });
});

}  // namespace
}  // namespace marsad::cli
