// Where two analyses of one article claim the same words.
#pragma once

#include <vector>

#include "marsad/analysis.h"

namespace marsad::analyze {

/// Drops entity mentions that lie inside a time expression (the month in «أبريل (نيسان)», a
/// weekday, «الماضي» of «نوفمبر الماضي»): the time reading of those words is the specific one.
/// A mention that reaches beyond the expression (نيسان موتور) stays, and so do the mentions of
/// a named day or feast of two words or more (عيد الفطر: an event and a date). Entities left without
/// mentions go, and the rest are numbered e1, e2, … again in order.
void drop_mentions_in_times(std::vector<Entity>& entities, const std::vector<TimeExpression>& times);

}  // namespace marsad::analyze
