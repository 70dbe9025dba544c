// Turns one analysed article into the Xapian document the archive stores: its terms (three
// forms per word, title terms, entities, id, source), its values (date, month, source,
// dedup signature, entity names) and its data (the article and analysis as JSON); the writer
// adds only the near-duplicate cluster.
#pragma once

#include <string>

#include <xapian.h>

#include "marsad/analysis.h"
#include "marsad/dedup.h"

namespace marsad::index::detail {

struct PreparedDocument {
  std::string id;
  Xapian::Document doc;  ///< without cluster value and data: the writer adds those
  dedup::Signature signature;
  std::string record;  ///< the document data (format.h encode_article), made on the worker
};

/// Builds the document. Pure and thread-safe, so ingest runs it on several threads. Throws
/// InputError for an empty or over-long id.
PreparedDocument prepare_document(const Analysis& analysis);

/// The date as YYYY-MM-DD if `date` starts with a valid one, else empty.
std::string date_key(std::string_view date);

}  // namespace marsad::index::detail
