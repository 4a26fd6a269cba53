// Unicode normalization and matching keys for Vietnamese and English text.
//
// Text is stored in NFC. Matching uses a separate key that also unifies what
// users type differently for the same word: case, NFC/NFD, the old and new
// tone-mark placement (hoà/hòa, thuỷ/thủy) and, where asked, all diacritics.
#ifndef SONGNGU_ALIGNER_NORMALIZE_H_
#define SONGNGU_ALIGNER_NORMALIZE_H_

#include <string>
#include <string_view>
#include <vector>

namespace songngu {

struct KeyOptions {
  bool fold_case = true;         // "Cần Thơ" and "cần thơ" share a key
  bool fold_diacritics = false;  // "Cần Thơ" -> "can tho" (names across languages)
};

// NFC form of UTF-8 text. Invalid UTF-8 bytes become U+FFFD.
std::string ToNfc(std::string_view text);

// The matching key: NFC, tone mark moved onto the syllable's last vowel,
// case folded, diacritics optionally removed (đ -> d), runs of white space
// collapsed to one space, trimmed. Punctuation is kept.
std::string MatchingKey(std::string_view text, const KeyOptions& options = KeyOptions());

// Convenience: MatchingKey with fold_diacritics = true ("Trần Việt Trường" -> "tran viet truong").
std::string FoldedKey(std::string_view text);

// Words of a text: maximal runs of letters, digits and marks (plus inner
// apostrophes, hyphens, slashes and dots between digits/letters as in
// "59-NQ/TW", "45/2022/QH15", "1.234,5"). Returned as they appear.
std::vector<std::string> Words(std::string_view text);

// Offset of the first invalid UTF-8 sequence, or -1 if the text is valid.
long FindInvalidUtf8(std::string_view text);

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_NORMALIZE_H_
