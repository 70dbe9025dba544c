#include <gtest/gtest.h>

#include "ner/model.h"

namespace marsad::ner {
namespace {

TEST(Labels, Placeholder) { EXPECT_EQ(parse_label("B-PERS"), 1); }

}  // namespace
}  // namespace marsad::ner
