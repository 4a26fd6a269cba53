#include "aligner/lexical_score.h"

#include <algorithm>
#include <cmath>

namespace songngu {
namespace {

bool HasDigit(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

LexicalScorer::LexicalScorer(const Lexicon& lexicon, const std::vector<std::string>& vi_tokens,
                             const LexicalScoreOptions& options)
    : lexicon_(lexicon), vi_size_(vi_tokens.size()), vi_counts_(vi_tokens.size(), false) {
  for (uint32_t i = 0; i < vi_tokens.size(); ++i) {
    const std::string& vi = vi_tokens[i];
    bool known = false;
    for (const LexiconEntry& e : lexicon.EntriesFor(vi)) {
      links_[e.en].push_back({i, static_cast<float>(std::pow(e.p_en_given_vi, options.exponent)),
                              static_cast<float>(std::pow(e.p_vi_given_en, options.exponent)), false});
      known = true;
    }
    // Identity: numbers, codes and names are written alike in both languages.
    if (HasDigit(vi) || !known) links_[vi].push_back({i, 1.0f, 1.0f, true});
    vi_counts_[i] = known || HasDigit(vi);
    vi_counted_ += vi_counts_[i];
  }
}

double LexicalScorer::Score(const std::vector<std::string>& en_tokens) const {
  std::vector<float> vi_best(vi_size_, 0.0f);
  double en_sum = 0;
  size_t en_counted = 0;
  for (const std::string& en : en_tokens) {
    auto it = links_.find(en);
    float best = 0;
    bool identical = false;
    if (it != links_.end()) {
      for (const Link& l : it->second) {
        vi_best[l.vi] = std::max(vi_best[l.vi], l.en_given_vi);
        best = std::max(best, l.vi_given_en);
        identical |= l.identity;
      }
    }
    if (identical || HasDigit(en) || lexicon_.HasEnglish(en)) {
      en_sum += best;
      ++en_counted;
    }
  }
  double vi_sum = 0;
  for (size_t i = 0; i < vi_size_; ++i) {
    if (vi_counts_[i]) vi_sum += vi_best[i];
  }
  // An identical unknown token found on the English side counts for the Vietnamese side too.
  size_t vi_counted = vi_counted_;
  for (size_t i = 0; i < vi_size_; ++i) {
    if (!vi_counts_[i] && vi_best[i] > 0) {
      vi_sum += vi_best[i];
      ++vi_counted;
    }
  }
  const double vi_part = vi_counted ? vi_sum / vi_counted : 0.0;
  const double en_part = en_counted ? en_sum / en_counted : 0.0;
  if (vi_counted == 0 && en_counted == 0) return 0.0;
  return 0.5 * (vi_part + en_part);
}

double LexicalScore(const Lexicon& lexicon, const std::vector<std::string>& vi_tokens,
                    const std::vector<std::string>& en_tokens, const LexicalScoreOptions& options) {
  return LexicalScorer(lexicon, vi_tokens, options).Score(en_tokens);
}

}  // namespace songngu
