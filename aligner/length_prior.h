// Gale-Church length prior for Vietnamese syllables against English words.
//
// The number of English words of a translation is modelled as normal with
// mean c * (Vietnamese syllables) and variance s2 * (Vietnamese syllables).
// The defaults were fitted on IWSLT15 dev2010 (768 parallel segments):
// c = sum(en words) / sum(vi syllables) = 0.819, s2 = 0.49.
#ifndef SONGNGU_ALIGNER_LENGTH_PRIOR_H_
#define SONGNGU_ALIGNER_LENGTH_PRIOR_H_

namespace songngu {

class LengthPrior {
 public:
  LengthPrior(double ratio = 0.819, double variance = 0.49) : ratio_(ratio), variance_(variance) {}

  // Standardised difference: 0 when the lengths fit perfectly, about +-2 at
  // the edge of what translations do.
  double Delta(int vi_syllables, int en_words) const;
  // Log-likelihood relative to a perfect fit: -delta^2 / 2 (<= 0).
  double LogScore(int vi_syllables, int en_words) const;

 private:
  double ratio_;
  double variance_;
};

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_LENGTH_PRIOR_H_
