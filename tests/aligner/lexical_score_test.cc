#include "aligner/lexical_score.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace songngu {
namespace {

using Tokens = std::vector<std::string>;

Lexicon Small() {
  LexiconBuilder b;
  b.Add("nhà", "hous", 1, 1);  // p(hous|nhà) = 1, p(nhà|hous) = 1
  b.Add("sách", "book", 1, 1);
  b.Add("sách", "volum", 1, 1);  // p(book|sách) = p(volum|sách) = 1/2
  return std::move(b).Build();
}

TEST(LexicalScore, PerfectTranslationScoresOne) {
  EXPECT_DOUBLE_EQ(LexicalScore(Small(), {"nhà"}, {"hous"}), 1.0);
}

TEST(LexicalScore, AveragesBothDirections) {
  // Plain probabilities. vi side: nhà 1 (hous), sách 1/2 (book) -> 3/4.
  // en side: hous 1, book 1 (p(sách|book) = 1) -> 1.  Score (3/4 + 1) / 2.
  LexicalScoreOptions plain;
  plain.exponent = 1;
  EXPECT_DOUBLE_EQ(LexicalScore(Small(), {"nhà", "sách"}, {"hous", "book"}, plain), 0.875);
  // Default exponent 1/4: sách counts 0.5^0.25 = 0.840896; vi side 0.920448, score 0.960224.
  EXPECT_NEAR(LexicalScore(Small(), {"nhà", "sách"}, {"hous", "book"}), 0.960224, 1e-6);
}

TEST(LexicalScore, UnrelatedSentenceScoresZero) {
  EXPECT_DOUBLE_EQ(LexicalScore(Small(), {"nhà"}, {"book"}), 0.0);
  EXPECT_DOUBLE_EQ(LexicalScore(Small(), {}, {"book"}), 0.0);
  EXPECT_DOUBLE_EQ(LexicalScore(Lexicon(), {"xyz"}, {"abc"}), 0.0);
}

TEST(LexicalScore, WordsTheLexiconDoesNotKnowAreNeutral) {
  // "the" is unknown on both sides: it neither helps nor hurts.
  EXPECT_DOUBLE_EQ(LexicalScore(Small(), {"nhà"}, {"the", "hous"}), 1.0);
}

TEST(LexicalScore, IdenticalNumbersAndNamesCount) {
  // 2024 matches itself; "obama" (unknown to the lexicon) too.
  EXPECT_DOUBLE_EQ(LexicalScore(Small(), {"năm", "2024"}, {"in", "2024"}), 1.0);
  EXPECT_DOUBLE_EQ(LexicalScore(Small(), {"obama", "nhà"}, {"obama", "hous"}), 1.0);
  // A number on one side only counts against the pair: vi 1/2 (nhà yes, 2024 no), en 1 -> 3/4.
  EXPECT_DOUBLE_EQ(LexicalScore(Small(), {"nhà", "2024"}, {"hous"}), 0.75);
}

TEST(LexicalScore, ScorerRanksTheTranslationFirst) {
  const Lexicon lex = Small();
  LexicalScorer scorer(lex, {"nhà", "sách"});
  EXPECT_GT(scorer.Score({"hous", "book"}), scorer.Score({"hous", "car"}));
  EXPECT_GT(scorer.Score({"hous", "car"}), scorer.Score({"car"}));
}

TEST(LexicalScore, DefaultLexiconPrefersTheTranslation) {
  const Lexicon lex = Lexicon::LoadDefault();
  const auto vi = lex.GroupVietnamese("Chủ tịch thành phố giao nhiệm vụ cho các sở.");
  LexicalScorer scorer(lex, vi);
  const double truth = scorer.Score(lex.EnglishTokens("The city chairman assigned tasks to the departments."));
  const double other = scorer.Score(lex.EnglishTokens("The weather was cold and rainy all week long."));
  // chủ_tịch, thành_phố, nhiệm_vụ find chairman, city, task; nothing matches the weather.
  EXPECT_GT(truth, 4 * other);
  EXPECT_GT(truth, 0.3);
  EXPECT_LE(truth, 1.0);
}

}  // namespace
}  // namespace songngu
