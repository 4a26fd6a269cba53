#include "aligner/ibm1.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace songngu {
namespace {

// The textbook example (Koehn, Statistical Machine Translation, 4.2): "das Haus /
// the house", "das Buch / the book", "ein Buch / a book". The "Vietnamese"
// side here is the German one; the algorithm does not care.
std::vector<TokenPair> Koehn() {
  return {{{"das", "haus"}, {"the", "house"}}, {{"das", "buch"}, {"the", "book"}}, {{"ein", "buch"}, {"a", "book"}}};
}

// Plain IBM Model 1: no empty word, no diagonal preference, no pruning.
Ibm1Options Plain(int iterations) {
  Ibm1Options o;
  o.iterations = iterations;
  o.null_prob = 0;
  o.diagonal_tension = 0;
  o.min_prob = 0;
  o.threads = 2;
  return o;
}

TEST(Ibm1, FirstIterationMatchesHandComputation) {
  // Start: t(e|f) uniform over the words f co-occurs with, the empty word
  // included (das: the, house, book, <empty> -> 1/4; haus: 1/3; buch 1/4; ein 1/3).
  // E-step, "the" in "das haus": das 1/4 vs haus 1/3 -> 3/7 and 4/7; "the" in
  // "das buch": 1/2 each; "a"/"book" in "ein buch": ein 4/7, buch 3/7.
  // Counts for das: the 3/7 + 1/2 = 13/14, house 3/7, book 1/2; total 13/7.
  Lexicon lex = TrainIbm1(Koehn(), Lexicon(), Plain(1));
  EXPECT_NEAR(lex.ProbEnGivenVi("das", "the"), 1.0 / 2, 1e-5);
  EXPECT_NEAR(lex.ProbEnGivenVi("das", "house"), 3.0 / 13, 1e-5);
  EXPECT_NEAR(lex.ProbEnGivenVi("das", "book"), 7.0 / 26, 1e-5);
  EXPECT_NEAR(lex.ProbEnGivenVi("haus", "the"), 1.0 / 2, 1e-5);
  EXPECT_NEAR(lex.ProbEnGivenVi("buch", "book"), 1.0 / 2, 1e-5);
  EXPECT_NEAR(lex.ProbEnGivenVi("buch", "a"), 3.0 / 13, 1e-5);
  EXPECT_NEAR(lex.ProbEnGivenVi("ein", "a"), 1.0 / 2, 1e-5);
  EXPECT_EQ(lex.ProbEnGivenVi("ein", "the"), 0.0f);  // never seen together
  // The reverse direction is the mirror image: p(vi|en).
  EXPECT_NEAR(lex.ProbViGivenEn("the", "das"), 1.0 / 2, 1e-5);
  EXPECT_NEAR(lex.ProbViGivenEn("the", "haus"), 3.0 / 13, 1e-5);
  EXPECT_NEAR(lex.ProbViGivenEn("book", "buch"), 1.0 / 2, 1e-5);
  EXPECT_NEAR(lex.ProbViGivenEn("book", "ein"), 3.0 / 13, 1e-5);
  EXPECT_NEAR(lex.ProbViGivenEn("house", "haus"), 1.0 / 2, 1e-5);
}

TEST(Ibm1, ConvergesToTheOneToOneTranslations) {
  // Likelihood is maximal (1 per word) when das->the, haus->house, buch->book, ein->a.
  Lexicon lex = TrainIbm1(Koehn(), Lexicon(), Plain(60));
  EXPECT_GT(lex.ProbEnGivenVi("das", "the"), 0.95f);
  EXPECT_GT(lex.ProbEnGivenVi("haus", "house"), 0.95f);
  EXPECT_GT(lex.ProbEnGivenVi("buch", "book"), 0.95f);
  EXPECT_GT(lex.ProbEnGivenVi("ein", "a"), 0.95f);
  EXPECT_GT(lex.ProbViGivenEn("the", "das"), 0.95f);
  EXPECT_GT(lex.ProbViGivenEn("a", "ein"), 0.95f);
}

TEST(Ibm1, SingleThreadGivesTheSameResult) {
  Ibm1Options one = Plain(3);
  one.threads = 1;
  Lexicon a = TrainIbm1(Koehn(), Lexicon(), one);
  Lexicon b = TrainIbm1(Koehn(), Lexicon(), Plain(3));
  EXPECT_FLOAT_EQ(a.ProbEnGivenVi("das", "the"), b.ProbEnGivenVi("das", "the"));
  EXPECT_FLOAT_EQ(a.ProbViGivenEn("book", "ein"), b.ProbViGivenEn("book", "ein"));
}

TEST(Ibm1, DictionaryPriorGuidesAndSurvives) {
  LexiconBuilder dict;
  dict.Add("das", "the", 1, 1);
  dict.Add("sách", "book", 1, 1);  // never in the corpus
  const Lexicon prior = std::move(dict).Build();
  Ibm1Options o = Plain(1);
  o.prior_weight = 1000;
  Lexicon lex = TrainIbm1(Koehn(), prior, o);
  // t(the|das) = (c + 1000) / (C + 1000) with c >= 0 and C <= 2 (das has two tokens to explain).
  EXPECT_GT(lex.ProbEnGivenVi("das", "the"), 1000.0f / 1002.0f - 1e-4f);
  // A word the corpus never shows keeps its dictionary translation.
  EXPECT_FLOAT_EQ(lex.ProbEnGivenVi("sách", "book"), 1.0f);
  EXPECT_GT(lex.ProbViGivenEn("book", "sách"), 0.0f);
}

TEST(Ibm1, DiagonalPriorBreaksTies) {
  // "x y / p q" alone cannot tell whether x is p or q; the diagonal prefers p.
  Ibm1Options o = Plain(5);
  o.diagonal_tension = 4;
  Lexicon lex = TrainIbm1({{{"x", "y"}, {"p", "q"}}}, Lexicon(), o);
  EXPECT_GT(lex.ProbEnGivenVi("x", "p"), lex.ProbEnGivenVi("x", "q"));
  EXPECT_GT(lex.ProbEnGivenVi("y", "q"), lex.ProbEnGivenVi("y", "p"));
}

TEST(Ibm1, TokenizePairsGroupsAndStems) {
  LexiconBuilder b;
  b.Add("thành_phố", "citi", 1, 1);
  const Lexicon grouping = std::move(b).Build();
  auto tokens = TokenizePairs(grouping, {{"Thành phố Cần Thơ", "The city of Can Tho"}, {"", "Cities"}});
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].vi, (std::vector<std::string>{"thành_phố", "cần", "thơ"}));
  EXPECT_EQ(tokens[0].en, (std::vector<std::string>{"the", "citi", "of", "can", "tho"}));
  EXPECT_TRUE(tokens[1].vi.empty());
  EXPECT_EQ(tokens[1].en, (std::vector<std::string>{"citi"}));
}

}  // namespace
}  // namespace songngu
