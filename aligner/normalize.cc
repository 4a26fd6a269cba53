#include "aligner/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <mutex>

namespace songngu {
namespace {

const icu::Normalizer2& Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  return *n;
}

const icu::Normalizer2& Nfd() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
  return *n;
}

bool IsToneMark(UChar32 c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

// Base vowels after NFD (the other diacritics stay on them as combining marks).
bool IsVowelBase(UChar32 c) {
  switch (u_tolower(c)) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
      return true;
    default:
      return false;
  }
}

// Within one word (already NFD): drop tone marks and re-attach the tone after
// the last vowel cluster's final vowel (with its own non-tone marks), so both
// placement conventions give one spelling.
void CanonicalizeTone(icu::UnicodeString& word) {
  UChar32 tone = 0;
  icu::UnicodeString base;
  for (int32_t i = 0; i < word.length();) {
    UChar32 c = word.char32At(i);
    if (IsToneMark(c)) {
      tone = c;
    } else {
      base.append(c);
    }
    i += U16_LENGTH(c);
  }
  if (tone == 0) {
    word = base;
    return;
  }
  // Find the last vowel; place the tone after its combining marks.
  int32_t pos = -1;
  for (int32_t i = 0; i < base.length();) {
    UChar32 c = base.char32At(i);
    int32_t next = i + U16_LENGTH(c);
    if (IsVowelBase(c)) {
      int32_t j = next;
      while (j < base.length() && u_getCombiningClass(base.char32At(j)) != 0) j += U16_LENGTH(base.char32At(j));
      pos = j;
    }
    i = next;
  }
  if (pos < 0) pos = base.length();
  base.insert(pos, tone);
  word = base;
}

bool IsWordChar(UChar32 c) {
  return u_isalnum(c) || u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK;
}

}  // namespace

std::string ToNfc(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out = Nfc().normalize(u, status);
  std::string result;
  if (U_FAILURE(status)) {
    u.toUTF8String(result);
  } else {
    out.toUTF8String(result);
  }
  return result;
}

std::string MatchingKey(std::string_view text, const KeyOptions& options) {
  // Plain ASCII (most English text) needs no normalisation, tone or diacritic
  // work: case folding is a-z lowering and only white space changes.
  if (std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; })) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (char c : text) {
      if (u_isUWhiteSpace(static_cast<unsigned char>(c))) {
        pending_space = !out.empty();
        continue;
      }
      if (pending_space) {
        out += ' ';
        pending_space = false;
      }
      out += options.fold_case && c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString d = Nfd().normalize(u, status);
  if (U_FAILURE(status)) d = u;
  if (options.fold_case) d.foldCase();
  icu::UnicodeString out;
  icu::UnicodeString word;
  bool pending_space = false;
  auto flush_word = [&]() {
    if (word.isEmpty()) return;
    if (options.fold_diacritics) {
      icu::UnicodeString stripped;
      for (int32_t i = 0; i < word.length();) {
        UChar32 c = word.char32At(i);
        i += U16_LENGTH(c);
        if (u_getCombiningClass(c) != 0) continue;
        if (c == 0x0111) c = 'd';       // đ
        else if (c == 0x0110) c = 'D';  // Đ
        stripped.append(c);
      }
      word = stripped;
    } else {
      CanonicalizeTone(word);
    }
    out.append(word);
    word.remove();
  };
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c) || c == 0x00A0) {
      flush_word();
      pending_space = !out.isEmpty();
      continue;
    }
    if (pending_space) {
      out.append(UChar(' '));
      pending_space = false;
    }
    if (IsWordChar(c)) {
      word.append(c);
    } else {
      flush_word();
      out.append(c);
    }
  }
  flush_word();
  status = U_ZERO_ERROR;
  icu::UnicodeString composed = Nfc().normalize(out, status);
  std::string result;
  (U_FAILURE(status) ? out : composed).toUTF8String(result);
  return result;
}

std::string FoldedKey(std::string_view text) {
  KeyOptions o;
  o.fold_diacritics = true;
  return MatchingKey(text, o);
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  const char* s = text.data();
  int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  int32_t start = -1;
  auto is_word = [](UChar32 c) { return c >= 0 && IsWordChar(c); };
  while (i < n) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (is_word(c)) {
      if (start < 0) start = at;
      continue;
    }
    // Joiners inside a token: 59-NQ/TW, 45/2022, 1.234,5, don't.
    if (start >= 0 && (c == '-' || c == '/' || c == '.' || c == ',' || c == '\'' || c == 0x2019) &&
        i < n) {
      int32_t j = i;
      UChar32 next;
      U8_NEXT(s, j, n, next);
      UChar32 prev;
      int32_t k = at;
      U8_PREV(s, 0, k, prev);
      bool digits = u_isdigit(prev) && u_isdigit(next);
      bool code = (c == '-' || c == '/') && is_word(prev) && is_word(next) &&
                  (u_isdigit(prev) || u_isdigit(next) || u_isupper(prev) || u_isupper(next));
      bool apostrophe = (c == '\'' || c == 0x2019) && u_isalpha(prev) && u_isalpha(next);
      if (digits || code || apostrophe) continue;
    }
    if (start >= 0) {
      words.emplace_back(s + start, at - start);
      start = -1;
    }
  }
  if (start >= 0) words.emplace_back(s + start, n - start);
  return words;
}

long FindInvalidUtf8(std::string_view text) {
  const char* s = text.data();
  int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) return at;
  }
  return -1;
}

}  // namespace songngu
