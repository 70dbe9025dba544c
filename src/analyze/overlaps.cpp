#include "analyze/overlaps.h"

#include <algorithm>
#include <string>

namespace marsad::analyze {
namespace {

// A feast or named day of two words or more (عيد الفطر, the listed MISC names) is both an event
// and a date: the entity stays beside the time.
bool named_day(const Entity& e) {
  return e.type == EntityType::kMisc && e.name.find(' ') != std::string::npos;
}

}  // namespace

void drop_mentions_in_times(std::vector<Entity>& entities, const std::vector<TimeExpression>& times) {
  auto inside_time = [&](const Span& m) {
    return std::any_of(times.begin(), times.end(),
                       [&](const TimeExpression& t) { return t.span.begin <= m.begin && m.end <= t.span.end; });
  };
  for (auto& e : entities)
    if (!named_day(e)) std::erase_if(e.mentions, inside_time);
  std::erase_if(entities, [](const Entity& e) { return e.mentions.empty(); });
  for (std::size_t i = 0; i < entities.size(); ++i) {
    std::string id(1, 'e');  // built, then moved: GCC 12 warns (-Wrestrict) on "e" + a temporary
    id += std::to_string(i + 1);
    entities[i].id = std::move(id);
  }
}

}  // namespace marsad::analyze
