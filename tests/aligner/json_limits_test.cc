#include "aligner/json_limits.h"

#include <gtest/gtest.h>

#include <string>

namespace songngu {
namespace {

std::string Nested(size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

TEST(JsonLimitsTest, RecordsOfOrdinaryShapePass) {
  EXPECT_EQ(FindJsonTooDeep(R"({"id": [1, {"a": [2]}], "vi": "x", "en": "y"})"),
            std::string_view::npos);
  EXPECT_EQ(FindJsonTooDeep(Nested(64)), std::string_view::npos);
  EXPECT_EQ(FindJsonTooDeep(""), std::string_view::npos);
}

TEST(JsonLimitsTest, PointsAtTheBracketThatOpensOneLevelTooMany) {
  EXPECT_EQ(FindJsonTooDeep(Nested(65)), 64u);
  EXPECT_EQ(FindJsonTooDeep(R"({"a":{"b":[)", 2), 10u);
  // The finding of the hardening probe: 100,000 levels in the id.
  EXPECT_EQ(FindJsonTooDeep("{\"id\":" + Nested(100000) + "}"), 6u + 63u);
}

TEST(JsonLimitsTest, BracketsInsideStringsDoNotCount) {
  std::string text = "{\"vi\": \"" + std::string(1000, '[') + "\\\"[[[\", \"en\": \"{{{{\"}";
  EXPECT_EQ(FindJsonTooDeep(text, 2), std::string_view::npos);
  // An escaped backslash ends the escape: the quote after it closes the string.
  EXPECT_EQ(FindJsonTooDeep(R"(["\\", [[)", 2), 8u);
}

}  // namespace
}  // namespace songngu
