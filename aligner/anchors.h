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
  // "date:5-28", "frac:11/20"). Numbers are values: a scale word is applied
  // ("1.250 tỷ" and "1.25 trillion" are both "n:1250000000000"), a percent
  // sign or word is dropped ("3,5%" and "3.5 percent" are "n:3.5"), and a full
  // date "12/06/2024" gives "date:6-12" and "n:2024". Sorted, may repeat.
  std::vector<std::string> numbers;
  // Names and places as whole entities: every contiguous run of 1 to
  // kMaxEntityWords words inside a run of capitalised words, folded, words
  // without punctuation and joined by one space ("Ông Trần Văn An" -> "ong",
  // "tran", ..., "tran van an", "van an", ...). The aligner compares them
  // without the spaces ("Việt Nam" == "Vietnam") and keeps, of the entities
  // two sides share, only the longest (a shared "tran van an" makes "tran"
  // and "an" say nothing more). Sorted, unique.
  std::vector<std::string> entities;
  // Words in runs of capitalised words, with repeats; in English also the
  // "of"/"the"/"and"/"for" inside a run ("Chairman of the People's Committee"
  // is 5). Titles and bodies that one report spells out beside a name and the
  // other drops are most of the length difference of such sentences.
  int name_words = 0;
};

// Longest entity n-gram (Vietnamese names have up to four syllables).
constexpr int kMaxEntityWords = 5;

// Entities (without spaces) that stand in most sentences of city news on both sides ("Cần
// Thơ", "Việt Nam", "Hồ Chí Minh"): they are worth little even in a short
// pair where document frequencies cannot show it.
bool IsCommonEntity(const std::string& entity);

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
