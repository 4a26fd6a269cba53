#include "tm/tokens.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>
#include <mutex>

#include "aligner/error.h"
#include "aligner/normalize.h"

namespace songngu {
namespace {

bool IsWordChar(UChar32 c) { return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK; }

UChar32 At(std::string_view s, size_t i, size_t* next) {
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
  *next = static_cast<size_t>(pos);
  return c < 0 ? 0xFFFD : c;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t next;
    UChar32 c = At(text, i, &next);
    if (u_isUWhiteSpace(c)) {
      i = next;
      continue;
    }
    Token t;
    t.begin = i;
    if (!IsWordChar(c)) {
      t.end = next;  // one punctuation character
    } else {
      t.word = true;
      size_t j = i;
      UChar32 prev = 0;
      while (j < text.size()) {
        size_t n;
        UChar32 d = At(text, j, &n);
        if (IsWordChar(d)) {
          if (u_isdigit(d)) t.has_digit = true;
          if (u_isalpha(d)) t.has_letter = true;
          prev = d;
          j = n;
          continue;
        }
        // Inner joiners: "59-NQ/TW", "TP.HCM", "1.234,5", "28-5".
        bool joiner = d == '-' || d == '/' || d == '.' || d == '\'' || (d == ',' && u_isdigit(prev));
        if (!joiner || n >= text.size()) break;
        size_t n2;
        UChar32 e = At(text, n, &n2);
        if (!IsWordChar(e) || (d == ',' && !u_isdigit(e))) break;
        prev = d;
        j = n;
      }
      t.end = j;
    }
    t.text = std::string(text.substr(t.begin, t.end - t.begin));
    size_t ignored;
    t.upper_initial = u_isupper(At(text, t.begin, &ignored)) || u_istitle(At(text, t.begin, &ignored));
    t.key = MatchingKey(t.text);
    out.push_back(std::move(t));
    i = out.back().end;
  }
  return out;
}

std::string StripDiacritics(std::string_view text) {
  static std::once_flag once;
  static std::unique_ptr<icu::Transliterator> translit;
  static std::mutex mu;
  std::call_once(once, [] {
    UErrorCode status = U_ZERO_ERROR;
    // Latin-ASCII maps đ/Đ to d/D and removes what NFD leaves as marks.
    translit.reset(icu::Transliterator::createInstance("NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII",
                                                       UTRANS_FORWARD, status));
    SONGNGU_THROW_IF(U_FAILURE(status), "ICU transliterator unavailable");
  });
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  {
    // icu::Transliterator::transliterate is not thread-safe on one instance.
    std::lock_guard<std::mutex> lock(mu);
    translit->transliterate(u);
  }
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace songngu
