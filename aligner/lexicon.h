// Vietnamese-English translation lexicon: word and multi-word translation
// probabilities in both directions, Vietnamese word grouping, English stems.
//
// Tokens are in key form: Vietnamese words are MatchingKey()s with the
// syllables of a multi-syllable word joined by '_' ("chủ_tịch", "thành_phố",
// "ubnd"); English tokens are lower-cased Snowball stems ("resolut", "committe").
#ifndef SONGNGU_ALIGNER_LEXICON_H_
#define SONGNGU_ALIGNER_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace songngu {

// One (vi, en) pair with its probabilities in both directions.
struct LexiconEntry {
  std::string vi;           // key form, "nghị_quyết"
  std::string en;           // English stem, "resolut"
  float p_en_given_vi = 0;  // p(en | vi)
  float p_vi_given_en = 0;  // p(vi | en)
};

// File format (UTF-8 text, one Vietnamese key per line, sorted):
//   songngu-lexicon 1 english=stems          (or english=words)
//   VI<TAB>EN W_FWD W_BWD<TAB>EN W_FWD W_BWD ...
// A single weight "EN W" stands for W_FWD = W_BWD = W (a joint weight, as the
// dictionary-derived default uses). With english=words the English column
// holds plain lower-case words that Load() stems (so the generating script
// needs no stemmer); stems that coincide are merged by adding their weights.
// Load() normalises: p(en|vi) = W_FWD / sum over en, p(vi|en) = W_BWD / sum over vi.
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
  // The file format in memory (a lexicon kept inside a TM); `name` is used in
  // error messages in place of a file name.
  static Lexicon Parse(std::string_view data, const std::string& name);
  std::string Serialize() const;

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
  // The best Vietnamese sources of an English token by p(vi | en), most probable first.
  std::vector<std::pair<std::string, float>> Sources(std::string_view en, size_t limit = 10) const;
  // All entries of one Vietnamese token (both probabilities), ordered by English stem.
  std::vector<LexiconEntry> EntriesFor(std::string_view vi) const;
  // Every entry, ordered by (vi, en).
  std::vector<LexiconEntry> Entries() const;
  // Dense ids of tokens, -1 when unknown, and the probabilities of an id pair:
  // for many lookups of the same words (aligning every unit of a TM) without
  // copying a common word's thousands of entries as EntriesFor does.
  int64_t VietnameseId(std::string_view vi) const;
  int64_t EnglishId(std::string_view en) const;
  // p(en | vi) and p(vi | en) of two ids from above; false (both 0) when the
  // pair has no entry or an id is -1.
  bool PairProbs(int64_t vi_id, int64_t en_id, float* p_en_given_vi, float* p_vi_given_en) const;
  // True when the Vietnamese token has at least one entry.
  bool HasVietnamese(std::string_view vi) const;
  bool HasEnglish(std::string_view en) const;

  bool empty() const;
  size_t size() const;  // number of (vi, en) entries

 private:
  friend class LexiconBuilder;
  struct Impl;
  explicit Lexicon(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Collects (vi, en, weight) entries and normalises them into a Lexicon; what
// Load() and training use. Tokens must already be in key form.
class LexiconBuilder {
 public:
  LexiconBuilder();
  ~LexiconBuilder();
  // Adds weights (duplicates of a pair add up). Weights must be >= 0.
  void Add(std::string_view vi, std::string_view en, float w_fwd, float w_bwd);
  // p(en|vi) = w_fwd / sum over en; p(vi|en) = w_bwd / sum over vi. Pairs whose
  // two probabilities both fall below min_prob are dropped (then renormalised).
  Lexicon Build(float min_prob = 0) &&;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The English token of one word: lower-cased Snowball stem ("Resolutions" -> "resolut").
// Thread-safe (one stemmer per thread).
std::string EnglishToken(std::string_view word);

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_LEXICON_H_
