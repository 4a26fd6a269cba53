// Lexical translation evidence between a Vietnamese and an English sentence,
// from a Lexicon's p(en|vi) and p(vi|en): the aligner's lexical bead score and
// the ranking score of bench/lexicon_rank.
#ifndef SONGNGU_ALIGNER_LEXICAL_SCORE_H_
#define SONGNGU_ALIGNER_LEXICAL_SCORE_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "aligner/lexicon.h"

namespace songngu {

struct LexicalScoreOptions {
  // Each token's best probability counts as p^exponent: dictionary probabilities
  // are spread over all senses, so "has a plausible translation here" matters
  // more than how likely that sense is (0.25 ranks best on IWSLT dev2010;
  // 1 gives plain probabilities, 0 a mere overlap test).
  double exponent = 0.25;
};

// Scores one Vietnamese sentence against many English candidates; builds its
// lookup table once. Tokens are in Lexicon key form (GroupVietnamese,
// EnglishTokens). Thread-compatible: Score() is const.
//
// Score = mean of the two directions' coverage. Vietnamese side: average over
// the Vietnamese tokens that carry evidence (the lexicon knows them, or they
// contain a digit) of the best p(en|vi) against the English tokens; English
// side likewise with p(vi|en) (both raised to options.exponent). A token identical on both sides (numbers,
// codes, names the lexicon does not know) counts as a sure translation.
// Length-normalised, symmetric, in [0, 1]; 0 when neither side has evidence.
class LexicalScorer {
 public:
  LexicalScorer(const Lexicon& lexicon, const std::vector<std::string>& vi_tokens,
                const LexicalScoreOptions& options = LexicalScoreOptions());
  double Score(const std::vector<std::string>& en_tokens) const;

 private:
  struct Link {
    uint32_t vi;  // position in the Vietnamese sentence
    float en_given_vi;  // p(en|vi)^exponent
    float vi_given_en;  // p(vi|en)^exponent
    bool identity;      // the same token on both sides (numbers, unknown names)
  };
  const Lexicon& lexicon_;
  size_t vi_size_ = 0;
  std::vector<bool> vi_counts_;  // does this Vietnamese token carry evidence?
  size_t vi_counted_ = 0;
  std::unordered_map<std::string, std::vector<Link>> links_;  // English token -> links
};

// LexicalScorer(lexicon, vi_tokens).Score(en_tokens).
double LexicalScore(const Lexicon& lexicon, const std::vector<std::string>& vi_tokens,
                    const std::vector<std::string>& en_tokens,
                    const LexicalScoreOptions& options = LexicalScoreOptions());

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_LEXICAL_SCORE_H_
