#include "tm/fuzzy.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

double Score(const std::string& q, const std::string& u) {
  return ScoreMatch(PrepareMatchText(q), PrepareMatchText(u)).score;
}

TEST(FuzzyTest, IdenticalTextScores100) {
  EXPECT_EQ(Score("Chủ tịch UBND thành phố Cần Thơ", "Chủ tịch UBND thành phố Cần Thơ"), 100);
}

TEST(FuzzyTest, NfdCaseAndToneVariantsScore100) {
  // "Thành phố" typed decomposed (NFD): a + combining grave, o + circumflex + acute.
  EXPECT_EQ(Score("Tha\u0300nh pho\u0302\u0301 Ca\u0302\u0300n Tho\u031b", "Thành phố Cần Thơ"), 100);
  EXPECT_EQ(Score("THÀNH PHỐ CẦN THƠ", "thành phố cần thơ"), 100);
  // Old and new tone placement: hoà / hòa, thuỷ / thủy.
  EXPECT_EQ(Score("hoà bình và thuỷ lợi", "hòa bình và thủy lợi"), 100);
}

TEST(FuzzyTest, OneWordOfFourChanged) {
  EXPECT_DOUBLE_EQ(Score("xây dựng nông thôn mới", "xây dựng nông thôn cũ"), 80);
}

TEST(FuzzyTest, NumberDifferenceIsNearExactAndSubstituted) {
  MatchText q = PrepareMatchText("Đã hoàn thành 11/20 nhiệm vụ");
  MatchText u = PrepareMatchText("Đã hoàn thành 12/20 nhiệm vụ");
  FuzzyResult r = ScoreMatch(q, u);
  EXPECT_GE(r.score, 95);
  EXPECT_LT(r.score, 100);
  EXPECT_TRUE(r.numbers_differ);
  ASSERT_EQ(r.number_changes.size(), 1u);
  EXPECT_EQ(r.number_changes[0].first, "12/20");
  EXPECT_EQ(r.number_changes[0].second, "11/20");
  bool complete = false;
  EXPECT_EQ(SubstituteNumbers("Completed 12/20 tasks", r.number_changes, &complete), "Completed 11/20 tasks");
  EXPECT_TRUE(complete);
}

TEST(FuzzyTest, SubstitutionRefusesAmbiguousNumbers) {
  bool complete = true;
  EXPECT_EQ(SubstituteNumbers("12 of 12 tasks", {{"12", "11"}}, &complete), "12 of 12 tasks");
  EXPECT_FALSE(complete);
  // "2" must not match inside "2024".
  EXPECT_EQ(SubstituteNumbers("2 tasks in 2024", {{"2", "3"}}, &complete), "3 tasks in 2024");
  EXPECT_TRUE(complete);
}

TEST(FuzzyTest, DiffSpansShowChangedWords) {
  FuzzyResult r = ScoreMatch(PrepareMatchText("Sở Y tế tổ chức hội nghị"), PrepareMatchText("Sở Tài chính tổ chức hội nghị"));
  ASSERT_EQ(r.diffs.size(), 1u);
  EXPECT_EQ(r.diffs[0].query, "Y tế");
  EXPECT_EQ(r.diffs[0].unit, "Tài chính");
}

TEST(FuzzyTest, PunctuationOnlyDifferenceIsNotExact) {
  EXPECT_EQ(Score("Cần Thơ, Việt Nam", "Cần Thơ Việt Nam"), 99);
}

TEST(FuzzyTest, Bands) {
  EXPECT_STREQ(ScoreBand(100), "100");
  EXPECT_STREQ(ScoreBand(97), "95-99");
  EXPECT_STREQ(ScoreBand(85), "85-94");
  EXPECT_STREQ(ScoreBand(80), "75-84");
  EXPECT_STREQ(ScoreBand(50), "50-74");
  EXPECT_STREQ(ScoreBand(49.9), "<50");
}

TEST(FuzzyTest, InlinePlaceholdersDoNotAffectMatching) {
  EXPECT_EQ(Score("Chào \u27e61\u27e7mừng\u27e62\u27e7 bạn", "Chào mừng bạn"), 100);
}

}  // namespace
}  // namespace songngu
