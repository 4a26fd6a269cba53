// Lexicon training from sentence pairs: IBM Model 1 with a diagonal alignment
// prior (as in fast_align, Dyer et al. 2013), trained by EM in both
// directions, with a dictionary lexicon as a prior (Dirichlet pseudo-counts).
//
// The corpus is any vector of (Vietnamese, English) sentence pairs: a parallel
// text file pair, the TM, or a benchmark's test data.
#ifndef SONGNGU_ALIGNER_IBM1_H_
#define SONGNGU_ALIGNER_IBM1_H_

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "aligner/lexicon.h"

namespace songngu {

struct Ibm1Options {
  int iterations = 5;             // EM iterations (each trains both directions)
  double diagonal_tension = 4.0;  // fast_align's lambda: how strongly links prefer the diagonal
  double null_prob = 0.2;         // p0: probability that a word has no counterpart (classifiers,
                                  // articles, aspect markers often have none)
  double prior_weight = 10.0;     // pseudo-count mass the dictionary adds per word (alpha); a
                                  // word seen ~10 times is half corpus, half dictionary
  float min_prob = 0.01f;         // pairs below this in both directions are left out of the result
  int max_tokens = 100;           // longer sentences are skipped (cost grows with m * n)
  int threads = 2;                // E-step and tokenisation threads
};

// One sentence pair in token form (Lexicon::GroupVietnamese / EnglishTokens).
struct TokenPair {
  std::vector<std::string> vi;
  std::vector<std::string> en;
};

// Tokenises raw (vi, en) sentence pairs with `grouping`'s Vietnamese words, in
// `threads` threads. Output order follows the input.
std::vector<TokenPair> TokenizePairs(const Lexicon& grouping,
                                     const std::vector<std::pair<std::string, std::string>>& pairs,
                                     int threads = 2);

// Called after each EM iteration with (iteration, iterations).
using Ibm1Progress = std::function<void(int, int)>;

// Trains p(en|vi) and p(vi|en) on `corpus`. Every entry of `prior` is kept
// (words the corpus never shows keep their dictionary probabilities); pairs
// seen together in the corpus get their EM estimate smoothed towards the prior.
Lexicon TrainIbm1(const std::vector<TokenPair>& corpus, const Lexicon& prior,
                  const Ibm1Options& options = Ibm1Options(), const Ibm1Progress& progress = nullptr);

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_IBM1_H_
