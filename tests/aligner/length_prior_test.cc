#include "aligner/length_prior.h"

#include <gtest/gtest.h>

#include <cmath>

namespace songngu {
namespace {

TEST(LengthPrior, ExpectedLengthScoresBest) {
  LengthPrior prior(0.8, 0.5);
  // 20 syllables -> 16 words expected.
  EXPECT_NEAR(prior.Delta(20, 16), 0.0, 1e-9);
  EXPECT_NEAR(prior.LogScore(20, 16), 0.0, 1e-9);
  EXPECT_LT(prior.LogScore(20, 30), prior.LogScore(20, 20));
  EXPECT_LT(prior.LogScore(20, 5), prior.LogScore(20, 12));
}

TEST(LengthPrior, DeltaScalesWithSquareRootOfLength) {
  LengthPrior prior(1.0, 1.0);
  // (en - vi) / sqrt(vi + 1): 8 extra words on 63 syllables -> 1.0.
  EXPECT_NEAR(prior.Delta(63, 71), 1.0, 1e-9);
  EXPECT_NEAR(prior.Delta(3, 1), -1.0, 1e-9);
}

TEST(LengthPrior, EmptySentenceDoesNotDivideByZero) {
  LengthPrior prior;
  EXPECT_TRUE(std::isfinite(prior.LogScore(0, 0)));
  EXPECT_LT(prior.LogScore(0, 30), -10);
}

}  // namespace
}  // namespace songngu
