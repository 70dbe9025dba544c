// The pipeline: tokens and sentences once, then entities, times, quotes, keyphrases, the
// summary and the timeline, all over the document's text as given (nothing is normalized in
// place, so every span points into Document::text).
#include "marsad/analysis.h"

#include "analyze/overlaps.h"
#include "marsad/error.h"
#include "marsad/ner.h"
#include "marsad/quotes.h"
#include "marsad/summary.h"
#include "marsad/text.h"
#include "marsad/time.h"
#include "time/calendar.h"

namespace marsad {
namespace {

// A day of the calendar written YYYY-MM-DD (not 2015-13-45, nor 2015-02-29).
bool is_iso_date(std::string_view d) {
  const auto day = d.size() == 10 ? time::parse_day(d) : std::nullopt;
  return day && day->month >= 1 && day->month <= 12 && day->day >= 1 && day->day <= time::days_in_month(day->year, day->month);
}

// The reference date for relative times: the option, else the document's own date when it
// is one. A malformed option is the caller's error; a malformed document date is ignored.
std::string reference_date(const Document& doc, const AnalyzeOptions& opts) {
  if (!opts.date.empty()) {
    if (!is_iso_date(opts.date))
      throw InputError("reference date '" + opts.date + "' is not a day written YYYY-MM-DD");
    return opts.date;
  }
  std::string_view own = std::string_view(doc.date).substr(0, 10);
  return is_iso_date(own) ? std::string(own) : std::string();
}

}  // namespace

struct Analyzer::Impl {
  std::unique_ptr<const ner::Recognizer> owned;  // null for a built-in recognizer
  const ner::Recognizer& recognizer;
};

Analyzer::Analyzer(NerMode ner) : impl_(std::make_unique<Impl>(Impl{nullptr, ner::Recognizer::instance(ner)})) {}

Analyzer::Analyzer(std::unique_ptr<const ner::Recognizer> recognizer) {
  if (!recognizer) throw InputError("Analyzer: no recognizer");
  const ner::Recognizer& r = *recognizer;
  impl_ = std::make_unique<Impl>(Impl{std::move(recognizer), r});
}
Analyzer::~Analyzer() = default;

Analysis Analyzer::analyze(const Document& doc, const AnalyzeOptions& opts) const {
  Analysis a;
  a.document = doc;
  a.date = reference_date(doc, opts);
  const std::string& text = a.document.text;
  auto tokens = text::tokenize(text);
  auto sentences = text::split_sentences(text, tokens);
  // Each token's search form, made once for the modules that read words by it.
  std::vector<std::string> norms(tokens.size());
  for (std::size_t t = 0; t < tokens.size(); ++t) text::normalize_into(tokens[t].view(text), text::Profile::kSearch, norms[t]);
  a.entities = impl_->recognizer.recognize(text, tokens, sentences, norms);
  a.times = time::find_times(text, tokens, a.date, norms);
  analyze::drop_mentions_in_times(a.entities, a.times);
  a.quotes = quotes::find_quotes(text, tokens, sentences, a.entities, norms);
  summary::Context ctx{text, tokens, sentences, a.entities, {doc.title_begin, doc.title_end}};
  ctx.norms = norms;
  const std::vector<bool> boilerplate = summary::boilerplate(ctx);  // once for keyphrases and summary
  ctx.boilerplate = &boilerplate;
  a.keyphrases = summary::keyphrases(ctx, opts.keyphrases);
  a.summary = summary::summarize(ctx, opts.summary_sentences);
  a.timeline = summary::timeline(ctx, a.times);
  return a;
}

}  // namespace marsad
