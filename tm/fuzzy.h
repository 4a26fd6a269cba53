// Fuzzy matching of one text against a TM unit: word-level edit similarity
// on matching keys, with numbers and codes as placeholders.
//
// Score = 100 * (1 - word_edit_distance / max(len_query, len_unit)) over the
// words of the matching keys (aligner/normalize.h), where every word that
// contains a digit ("11/20", "15", "59-nq") is the placeholder <num> and so
// matches any other number. When aligned numbers differ the score drops by 1
// per differing number (at most 4) and the match is flagged: "11/20 nhiệm vụ"
// against "12/20 nhiệm vụ" scores 99 and the unit's target can have the number
// substituted. Keys make NFC/NFD, tone-mark placement and case irrelevant.
#ifndef SONGNGU_TM_FUZZY_H_
#define SONGNGU_TM_FUZZY_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace songngu {

// The words of a text as the matcher sees them.
struct MatchText {
  std::string key;                 // MatchingKey(text)
  std::vector<std::string> words;  // Words(key); numbers keep their literal form here
  std::vector<bool> is_number;     // words[i] contains a digit (a placeholder)
  std::vector<std::string> surface;  // Words(text) when it lines up with words, else words
};

// Inline-tag placeholders ("⟦1⟧", see tm/tmx.h) replaced by a space: tags never affect matching.
std::string TextForMatching(std::string_view text);

MatchText PrepareMatchText(std::string_view text);
// From a stored matching key alone (surface = key words): cheap, for ranking candidates.
MatchText MatchTextFromKey(std::string key);

// A run of words that differs between query and unit (empty side = inserted/deleted).
struct DiffSpan {
  std::string query;  // the query's words, as typed
  std::string unit;   // the unit's words, as stored
};

struct FuzzyResult {
  double score = 0;                  // 0-100
  bool numbers_differ = false;       // aligned placeholders with different values
  std::vector<DiffSpan> diffs;       // differing runs, in order
  // (unit number, query number) for each aligned number pair that differs.
  std::vector<std::pair<std::string, std::string>> number_changes;
};

FuzzyResult ScoreMatch(const MatchText& query, const MatchText& unit);

// Character-level similarity of the keys (0-100), a tie-breaker between equal scores.
double CharSimilarity(std::string_view a, std::string_view b);

// "100", "95-99", "85-94", "75-84", "50-74" or "<50".
const char* ScoreBand(double score);

// `target` with each changed number replaced when it occurs exactly once in it;
// returns `target` unchanged when any number cannot be placed unambiguously.
std::string SubstituteNumbers(std::string_view target,
                              const std::vector<std::pair<std::string, std::string>>& changes,
                              bool* complete = nullptr);

}  // namespace songngu

#endif  // SONGNGU_TM_FUZZY_H_
