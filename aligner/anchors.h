// Anchors: evidence that two sentences in different languages talk about the
// same thing without any dictionary. Names are compared without diacritics
// ("Trần Việt Trường" ~ "Tran Viet Truong", "Cần Thơ" ~ "Can Tho"); numbers,
// codes, fractions and dates are brought to one canonical form per language
// convention ("1.234,5" vi == "1,234.5" en, "28-5" vi == "May 28" en,
// "11/20" vi == "11 out of 20" en, "59-NQ/TW" == "59-nq/tw").
#ifndef SONGNGU_ALIGNER_ANCHORS_H_
#define SONGNGU_ALIGNER_ANCHORS_H_

#include <string>
#include <string_view>
#include <vector>

namespace songngu {

struct SentenceAnchors {
  // Folded (diacritic- and case-free) capitalised words that may be names:
  // every capitalised word except a sentence-initial one that does not start
  // a run of capitalised words. Sorted, unique.
  std::vector<std::string> names;
  // Canonical number/code/date/fraction tokens ("n:1234.5", "code:59-nq/tw",
  // "date:5-28", "frac:11/20"). Sorted, may repeat.
  std::vector<std::string> numbers;
};

// `lang` is "vi" or "en": it decides the decimal/thousands separators and the
// date patterns ("28-5", "28/5" in vi; "May 28", "28 May" in en).
SentenceAnchors ExtractAnchors(std::string_view text, std::string_view lang);

// How two sides of a candidate link agree on anchors.
struct AnchorMatch {
  int names_matched = 0;    // shared name words
  int numbers_matched = 0;  // shared numbers/codes (multiset intersection)
  int numbers_missing = 0;  // significant numbers (>= 10, codes, dates) on one side only
};

// Both sides may be the union of several sentences' anchors (MergeAnchors).
AnchorMatch MatchAnchors(const SentenceAnchors& vi, const SentenceAnchors& en);

// Whether a number token counts against a link when only one side has it:
// codes, dates, fractions and numbers >= 10 do; small numbers are often
// spelled out ("three", "ba") or dropped.
bool IsSignificantNumber(const std::string& token);

// Union of several sentences' anchors (for many-to-one links).
SentenceAnchors MergeAnchors(const std::vector<const SentenceAnchors*>& parts);

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_ANCHORS_H_
