// The human-readable renderings of an analysis; marsad::render() picks one by name.
#pragma once

#include <string>
#include <string_view>

#include "marsad/analysis.h"

namespace marsad::report {

std::string render_text(const Analysis& a);
std::string render_html(const Analysis& a);
std::string render_conllu(const Analysis& a);

/// `s` cut to at most `max` code points, with "…" when something was left out.
std::string clip(std::string_view s, std::size_t max);

/// The text a span covers.
std::string_view cut(const Analysis& a, Span s);

/// `s` with line breaks and tabs as spaces, for a one-line field.
std::string one_line(std::string_view s);

/// The entity an id names, or nullptr.
const Entity* find_entity(const Analysis& a, std::string_view id);

}  // namespace marsad::report
