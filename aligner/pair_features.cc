#include "aligner/pair_features.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdio>
#include <cstdlib>

#include "aligner/normalize.h"

namespace songngu {
namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "28", "28th", "1st" -> 28, 1; anything else -> 0.
int DayNumber(std::string_view s) {
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix) {
      s.remove_suffix(suffix.size());
      break;
    }
  }
  if (!AllDigits(s) || s.size() > 2) return 0;
  int d = std::atoi(std::string(s).c_str());
  return d >= 1 && d <= 31 ? d : 0;
}

int MonthNumber(std::string_view s) {
  static const std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (s == kMonths[i]) return static_cast<int>(i) + 1;
    // "Jan", "Sept" (the '.' is not part of the word).
    if ((s.size() == 3 || s == "sept") && kMonths[i].substr(0, s.size()) == s) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

bool ValidDayMonth(int day, int month) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month >= 1 && month <= 12 && day >= 1 && day <= kDays[month - 1];
}

std::string DateKey(int day, int month) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d-%02d", month, day);
  return buf;
}

// Splits "28-5", "28/5/2024" into numeric parts; empty if any part is not digits.
std::vector<std::string_view> NumericParts(std::string_view word) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= word.size(); ++i) {
    if (i == word.size() || word[i] == '-' || word[i] == '/') {
      std::string_view p = word.substr(start, i - start);
      if (!AllDigits(p)) return {};
      parts.push_back(p);
      start = i + 1;
    }
  }
  return parts;
}

bool IsVietnameseTimeWord(std::string_view w) {
  // Folded: ngày, sáng, chiều, tối, trưa, đêm, hôm, từ (ranges "từ 20-5").
  for (std::string_view t : {"ngay", "sang", "chieu", "toi", "trua", "dem", "hom", "tu"}) {
    if (w == t) return true;
  }
  return false;
}

void VietnameseDates(const std::vector<std::string>& w, std::vector<std::string>* out) {
  for (size_t i = 0; i < w.size(); ++i) {
    std::vector<std::string_view> parts = NumericParts(w[i]);
    if (parts.size() >= 2 && parts.size() <= 3) {
      bool with_year = parts.size() == 3 && parts[2].size() == 4;
      bool after_time_word = i > 0 && IsVietnameseTimeWord(w[i - 1]);
      if ((with_year || after_time_word) && parts[0].size() <= 2 && parts[1].size() <= 2) {
        int day = std::atoi(std::string(parts[0]).c_str());
        int month = std::atoi(std::string(parts[1]).c_str());
        if (ValidDayMonth(day, month)) out->push_back(DateKey(day, month));
      }
      continue;
    }
    // "ngày 28 tháng 5"
    if (i + 2 < w.size() && i > 0 && w[i - 1] == "ngay" && w[i + 1] == "thang" &&
        AllDigits(w[i]) && AllDigits(w[i + 2]) && w[i].size() <= 2 && w[i + 2].size() <= 2) {
      int day = std::atoi(w[i].c_str());
      int month = std::atoi(w[i + 2].c_str());
      if (ValidDayMonth(day, month)) out->push_back(DateKey(day, month));
    }
  }
}

void EnglishDates(const std::vector<std::string>& w, std::vector<std::string>* out) {
  for (size_t i = 0; i < w.size(); ++i) {
    int month = MonthNumber(w[i]);
    if (month == 0) continue;
    // "May 28th"
    if (i + 1 < w.size()) {
      int day = DayNumber(w[i + 1]);
      if (day && ValidDayMonth(day, month)) {
        out->push_back(DateKey(day, month));
        continue;
      }
    }
    // "28 May", "the 28th of May"
    size_t j = i;
    if (j >= 2 && w[j - 1] == "of") --j;
    if (j >= 1) {
      int day = DayNumber(w[j - 1]);
      if (day && ValidDayMonth(day, month)) out->push_back(DateKey(day, month));
    }
  }
}

UChar32 FirstCodePoint(std::string_view s) {
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c;
}

size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::vector<std::string> MentionedDates(std::string_view text, std::string_view lang) {
  std::vector<std::string> words = Words(FoldedKey(text));
  std::vector<std::string> out;
  if (lang == "vi") {
    VietnameseDates(words, &out);
  } else {
    EnglishDates(words, &out);
  }
  return out;
}

std::vector<std::string> NameKeys(std::string_view sentence) {
  std::vector<std::string> words = Words(sentence);
  std::vector<std::string> keys;
  std::string previous;  // folded key of the previous word if it was capitalised
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    UChar32 c = FirstCodePoint(w);
    bool capitalised = c > 0 && u_isupper(c) && CodePointCount(w) > 1;
    if (!capitalised) {
      previous.clear();
      continue;
    }
    std::string key = FoldedKey(w);
    if (!previous.empty()) keys.push_back("n:" + previous + " " + key);
    if (i > 0) keys.push_back("n:" + key);
    previous = key;
  }
  return keys;
}

std::vector<std::string> NumberKeys(std::string_view text) {
  std::vector<std::string> keys;
  for (const std::string& w : Words(text)) {
    bool has_digit = false;
    for (char c : w) has_digit |= c >= '0' && c <= '9';
    if (!has_digit) continue;
    std::string key;
    for (char c : FoldedKey(w)) {
      if (c != '.' && c != ',') key += c;
    }
    size_t n = key.size();
    if (n > 2 && key[n - 3] >= '0' && key[n - 3] <= '9') {
      std::string_view tail(key.data() + n - 2, 2);
      if (tail == "st" || tail == "nd" || tail == "rd" || tail == "th") key.resize(n - 2);
    }
    keys.push_back("#:" + key);
  }
  return keys;
}

bool IsoDateToDays(std::string_view iso, long* days) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return false;
  if (!AllDigits(iso.substr(0, 4)) || !AllDigits(iso.substr(5, 2)) || !AllDigits(iso.substr(8, 2))) {
    return false;
  }
  long y = std::atol(std::string(iso.substr(0, 4)).c_str());
  long m = std::atol(std::string(iso.substr(5, 2)).c_str());
  long d = std::atol(std::string(iso.substr(8, 2)).c_str());
  if (!ValidDayMonth(static_cast<int>(d), static_cast<int>(m))) return false;
  // Howard Hinnant's days_from_civil.
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  *days = era * 146097 + doe - 719468;
  return true;
}

}  // namespace songngu
