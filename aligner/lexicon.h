// Vietnamese-English translation lexicon: word and multi-word translation
// probabilities in both directions, Vietnamese word grouping, English stems.
//
// Tokens are in key form: Vietnamese words are MatchingKey()s with the
// syllables of a multi-syllable word joined by '_' ("chủ_tịch", "thành_phố",
// "ubnd"); English tokens are lower-cased Snowball stems ("resolut", "committe").
#ifndef SONGNGU_ALIGNER_LEXICON_H_
#define SONGNGU_ALIGNER_LEXICON_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace songngu {

class Lexicon {
 public:
  Lexicon();  // empty: every probability is 0, grouping falls back to syllables
  ~Lexicon();
  Lexicon(Lexicon&&) noexcept;
  Lexicon& operator=(Lexicon&&) noexcept;

  // Loads a lexicon file written by Save(). Throws songngu::Error naming the
  // file and line on a missing, truncated or corrupt file.
  static Lexicon Load(const std::string& path);
  // The shipped default, data/lexicon/vi-en.lex (see scripts/build_lexicon.py).
  static Lexicon LoadDefault();
  void Save(const std::string& path) const;

  // Vietnamese words by longest match of syllable sequences against the
  // lexicon's multi-syllable entries; unknown syllables stay single.
  // "Chủ tịch UBND thành phố" -> {"chủ_tịch", "ubnd", "thành_phố"}.
  std::vector<std::string> GroupVietnamese(std::string_view text) const;
  // English tokens: lower-cased Snowball stems of the words.
  std::vector<std::string> EnglishTokens(std::string_view text) const;

  // p(en | vi) and p(vi | en) for tokens as returned above; 0 when unknown.
  float ProbEnGivenVi(std::string_view vi, std::string_view en) const;
  float ProbViGivenEn(std::string_view en, std::string_view vi) const;
  // The best English translations of a Vietnamese token, most probable first.
  std::vector<std::pair<std::string, float>> Translations(std::string_view vi, size_t limit = 10) const;

  bool empty() const;
  size_t size() const;  // number of (vi, en) entries

 private:
  friend class LexiconBuilder;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_LEXICON_H_
