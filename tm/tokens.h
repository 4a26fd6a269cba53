// Word and punctuation tokens with byte offsets, shared by the glossary and
// entity recognizers (internal to songngu_tm).
#ifndef SONGNGU_TM_TOKENS_H_
#define SONGNGU_TM_TOKENS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace songngu {

struct Token {
  size_t begin = 0;  // byte offsets into the tokenized text
  size_t end = 0;
  std::string text;  // as written
  std::string key;   // MatchingKey(text)
  bool word = false;           // letters/digits (with inner - / . ' and , between digits)
  bool upper_initial = false;  // first character is an upper-case letter
  bool has_digit = false;
  bool has_letter = false;
};

// Words as in songngu::Words ("59-NQ/TW", "1.234,5", "TP.HCM" stay whole) and
// every other non-space character as a one-character token.
std::vector<Token> Tokenize(std::string_view text);

// ASCII rendering of a Vietnamese name: diacritics removed, đ -> d (ICU).
std::string StripDiacritics(std::string_view text);

}  // namespace songngu

#endif  // SONGNGU_TM_TOKENS_H_
