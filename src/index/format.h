// The on-disk layout of an archive: term prefixes, value slots, marsad.json, document data.
// Everything a reader must agree on with the writer lives here, and marsad.json records it
// so that an archive explains itself.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <xapian.h>

#include "marsad/analysis.h"

namespace marsad::index::detail {

// Term prefixes (Xapian convention: one capital letter, or X + capitals). Words are lower case
// after kSearch normalization, so a prefix never runs into its term.
inline constexpr std::string_view kPrefixWord = "W";       // clitic-free word (segmenter)
inline constexpr std::string_view kPrefixStem = "Z";       // light stem
inline constexpr std::string_view kPrefixTitle = "XT";     // + "", W or Z form: title only
inline constexpr std::string_view kPrefixId = "Q";         // unique article id
inline constexpr std::string_view kPrefixSource = "XS";    // source, boolean
inline constexpr std::string_view kPrefixEntity = "XE";    // full normalized entity name
inline constexpr std::string_view kPrefixEntityWord = "XP";  // each word of an entity name
inline constexpr std::string_view kPrefixType = "XY";      // entity type present: PER LOC …

/// The boolean term that finds an article by its id.
inline std::string id_term(std::string_view id) {
  std::string term(kPrefixId);
  term += id;
  return term;
}

enum Slot : Xapian::valueno {
  kSlotDate = 0,       // YYYY-MM-DD (sorts as a string)
  kSlotSource = 1,
  kSlotMonth = 2,      // YYYY-MM, for the month facet
  kSlotCluster = 3,    // near-duplicate cluster id (marsad::dedup, leader linkage)
  kSlotSignature = 4,  // dedup::serialize(signature of the body)
  kSlotEntities = 5,   // entity names joined by '\n', for the entity facet
};

inline constexpr std::string_view kMetaFile = "marsad.json";

/// Writes marsad.json into `dir` (format, analyzer version, prefixes, slots).
void write_metadata(const std::filesystem::path& dir);
enum class Access { kRead, kWrite };

/// Checks marsad.json in `dir` and returns its format version. Throws IoError if missing (not
/// an archive), FormatError if unreadable, of another analyzer version, or of a format this
/// marsad cannot read (kRead) or write into (kWrite), saying how to re-index.
int check_metadata(const std::filesystem::path& dir, Access access);

/// Document data: the article and its analysis as JSON, so that results need no re-analysis.
/// (The near-duplicate cluster is a value slot, assigned by the writer.)
std::string encode_article(const Analysis& analysis);
/// Inverse of encode_article; FormatError naming `where` if the bytes are not ours.
Analysis decode_article(std::string_view data, const std::string& where);

/// Opens the database in `dir` after checking its metadata (for readers).
Xapian::Database open_database(const std::filesystem::path& dir);

}  // namespace marsad::index::detail
