// A fixed set of words as the modules compare them: search-normalized (hamza forms → ا, ة → ه,
// ى → ي, no tashkeel), looked up by string_view. Internal to the library.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "marsad/text.h"
#include "util/hash.h"

namespace marsad::text {

using WordSet = util::StringSet;  // looked up once or more per word of every article

/// The search-normalized forms of `words` (written as in text: "جماعة", "إلى").
inline WordSet search_forms(std::initializer_list<std::string_view> words) {
  WordSet out;
  for (std::string_view w : words) out.insert(normalize_search(w));
  return out;
}

}  // namespace marsad::text
