// Language-independent evidence that a Vietnamese and an English document
// report the same event: proper names without diacritics, numbers and
// document codes, and the day-month dates the texts mention. Each comes out as
// a key that is spelled the same in both languages, so a pairing index can
// look them up directly ("n:tran viet", "#:59-nq/tw", "d:05-28").
#ifndef SONGNGU_ALIGNER_PAIR_FEATURES_H_
#define SONGNGU_ALIGNER_PAIR_FEATURES_H_

#include <string>
#include <string_view>
#include <vector>

namespace songngu {

// Dates mentioned in the text as "MM-DD" (the year is often left out in news,
// "Ngày 28-5" / "on May 28th"). Vietnamese: "ngày 28-5", "sáng 28/5/2024",
// "ngày 28 tháng 5", and bare "28/5/2024"; English: "May 28th", "28 May 2024",
// "June 6". `lang` is "vi" or "en"; impossible dates are skipped.
std::vector<std::string> MentionedDates(std::string_view text, std::string_view lang);

// Proper-name keys of one sentence, diacritics and case folded: every pair of
// adjacent capitalised words ("n:tran viet") and every capitalised word that
// does not open the sentence ("n:borneo"). One-letter words are skipped.
std::vector<std::string> NameKeys(std::string_view sentence);

// Number and code keys: each word containing a digit, case folded, with the
// group and decimal separators '.' and ',' removed (so Vietnamese "1.234,5"
// and English "1,234.5" agree) and ordinal suffixes dropped ("28th" -> "28").
std::vector<std::string> NumberKeys(std::string_view text);

// Days since 1970-01-01 of an ISO date "YYYY-MM-DD"; false if it is not one.
bool IsoDateToDays(std::string_view iso, long* days);

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_PAIR_FEATURES_H_
