#include "aligner/length_prior.h"

#include <algorithm>
#include <cmath>

namespace songngu {

double LengthPrior::Delta(int vi_syllables, int en_words) const {
  // Smoothing by one syllable keeps one-word captions from dividing by ~0.
  double l1 = std::max(vi_syllables, 0) + 1.0;
  double expected = ratio_ * l1;
  return (en_words + ratio_ - expected) / std::sqrt(variance_ * l1);
}

double LengthPrior::LogScore(int vi_syllables, int en_words) const {
  double d = Delta(vi_syllables, en_words);
  return -0.5 * d * d;
}

}  // namespace songngu
