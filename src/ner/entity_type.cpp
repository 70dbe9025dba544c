// Entity type names as marsad's JSON writes them (ANERcorp's PERS is read as PER too).
#include "marsad/analysis.h"
#include "marsad/error.h"

namespace marsad {

std::string_view entity_type_name(EntityType type) noexcept {
  switch (type) {
    case EntityType::kPerson: return "PER";
    case EntityType::kLocation: return "LOC";
    case EntityType::kOrganization: return "ORG";
    case EntityType::kMisc: return "MISC";
  }
  return "MISC";
}

EntityType parse_entity_type(std::string_view name) {
  if (name == "PER" || name == "PERS") return EntityType::kPerson;
  if (name == "LOC") return EntityType::kLocation;
  if (name == "ORG") return EntityType::kOrganization;
  if (name == "MISC") return EntityType::kMisc;
  throw InputError("unknown entity type '" + std::string(name) + "' (expected PER, LOC, ORG or MISC)");
}

}  // namespace marsad
