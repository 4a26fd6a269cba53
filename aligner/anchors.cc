#include "aligner/anchors.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <iterator>

#include "aligner/normalize.h"

namespace songngu {
namespace {

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool HasLetter(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80 || std::isalpha(static_cast<unsigned char>(c)))
      return true;
  }
  return false;
}

bool StartsUpper(std::string_view word) {
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
  return c > 0 && (u_isupper(c) || u_istitle(c));
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "1.234,5" / "1,234.5" / "2,5" / "2.5" / "1,000" -> "1234.5", "2.5", "1000".
// A separator followed by exactly three digits groups thousands; the other is
// the decimal mark. This reads both the Vietnamese and the English convention
// (and translators who keep the English one in Vietnamese text).
std::string CanonicalNumber(std::string_view word) {
  std::vector<std::string> groups;
  std::vector<char> seps;
  std::string cur;
  for (char c : word) {
    if (c == '.' || c == ',') {
      groups.push_back(cur);
      seps.push_back(c);
      cur.clear();
    } else {
      cur += c;
    }
  }
  groups.push_back(cur);
  std::string integer = groups[0], fraction;
  // The decimal mark is the last separator when it differs from the others or
  // is not followed by exactly three digits.
  size_t n = seps.size();
  bool last_is_decimal = n > 0 && (groups[n].size() != 3 || (n > 1 && seps[n - 1] != seps[0]));
  for (size_t k = 1; k < groups.size(); ++k) {
    if (last_is_decimal && k == n) {
      fraction = groups[k];
    } else {
      integer += groups[k];
    }
  }
  while (integer.size() > 1 && integer[0] == '0') integer.erase(0, 1);
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  return fraction.empty() ? integer : integer + "." + fraction;
}

bool IsPlainNumber(std::string_view w) {
  if (w.empty() || !std::isdigit(static_cast<unsigned char>(w.front())) ||
      !std::isdigit(static_cast<unsigned char>(w.back()))) {
    return false;
  }
  return std::all_of(w.begin(), w.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',';
  });
}

int MonthNumber(std::string_view w) {
  static const char* const kMonths[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};
  std::string l = Lower(w);
  if (!l.empty() && l.back() == '.') l.pop_back();
  for (int m = 0; m < 12; ++m) {
    std::string full = kMonths[m];
    if (l == full || (l.size() == 3 && full.compare(0, 3, l) == 0 && m != 4)) return m + 1;
  }
  return 0;
}

// "28", "28th", "1st" -> 28, 1; 0 when not a day of the month.
int DayNumber(std::string_view w) {
  std::string l = Lower(w);
  for (const char* suffix : {"st", "nd", "rd", "th"}) {
    size_t n = std::char_traits<char>::length(suffix);
    if (l.size() > n && l.compare(l.size() - n, n, suffix) == 0) {
      l.resize(l.size() - n);
      break;
    }
  }
  if (!AllDigits(l) || l.size() > 2) return 0;
  int d = std::atoi(l.c_str());
  return d >= 1 && d <= 31 ? d : 0;
}

std::string DateKey(int month, int day) {
  return "date:" + std::to_string(month) + "-" + std::to_string(day);
}

// "a/b" or "a-b" with two plain integers.
bool SplitPair(std::string_view w, char sep, int* a, int* b) {
  size_t p = w.find(sep);
  if (p == std::string_view::npos) return false;
  std::string_view l = w.substr(0, p), r = w.substr(p + 1);
  if (!AllDigits(l) || !AllDigits(r) || l.size() > 4 || r.size() > 4) return false;
  *a = std::atoi(std::string(l).c_str());
  *b = std::atoi(std::string(r).c_str());
  return true;
}

// Multiplier of a scale word after a number ("1.250 tỷ", "1.25 trillion"), 0 if none.
double ScaleOf(const std::string& folded) {
  static const std::pair<const char*, double> kScales[] = {
      {"nghin", 1e3},     {"ngan", 1e3},     {"trieu", 1e6},   {"ty", 1e9},
      {"ti", 1e9},        {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9},
      {"trillion", 1e12}, {"mln", 1e6},      {"bn", 1e9}};
  for (const auto& [word, scale] : kScales) {
    if (folded == word) return scale;
  }
  return 0;
}

std::string FormatValue(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

// "VND1.25", "USD5", "US$2": a currency code glued to the amount.
std::string_view StripCurrency(std::string_view w) {
  for (std::string_view prefix : {"VND", "USD", "US$", "US", "$", "đ"}) {
    if (w.size() > prefix.size() && w.substr(0, prefix.size()) == prefix &&
        std::isdigit(static_cast<unsigned char>(w[prefix.size()]))) {
      return w.substr(prefix.size());
    }
  }
  return w;
}

// Letters and digits of a folded word (entity keys ignore spaces and punctuation).
std::string EntityPart(const std::string& word) {
  std::string folded = FoldedKey(word), out;
  for (char c : folded) {
    if (std::isalnum(static_cast<unsigned char>(c))) out += c;
  }
  return out;
}

// "12/06/2024" or "12-6-2024": three integers with one separator.
bool SplitTriple(std::string_view w, int* a, int* b, int* c) {
  for (char sep : {'/', '-'}) {
    size_t p = w.find(sep), q = p == std::string_view::npos ? p : w.find(sep, p + 1);
    if (q == std::string_view::npos || w.find(sep, q + 1) != std::string_view::npos) continue;
    std::string_view x = w.substr(0, p), y = w.substr(p + 1, q - p - 1), z = w.substr(q + 1);
    if (!AllDigits(x) || !AllDigits(y) || !AllDigits(z) || x.size() > 2 || y.size() > 2 ||
        z.size() != 4)
      continue;
    *a = std::atoi(std::string(x).c_str());
    *b = std::atoi(std::string(y).c_str());
    *c = std::atoi(std::string(z).c_str());
    return true;
  }
  return false;
}

}  // namespace

bool IsCommonEntity(const std::string& entity) {
  static const char* const kCommon[] = {"cantho", "vietnam", "hochiminh", "thanhpho", "tp"};
  for (const char* c : kCommon) {
    if (entity == c) return true;
  }
  return false;
}

SentenceAnchors ExtractAnchors(std::string_view text, std::string_view lang) {
  SentenceAnchors out;
  const bool vi = lang == "vi";
  std::vector<std::string> words = Words(text);
  for (std::string& w : words) w = std::string(StripCurrency(w));
  // Entities: n-grams of capitalised runs.
  std::vector<std::string> run;
  auto flush_run = [&] {
    for (size_t b = 0; b < run.size(); ++b) {
      std::string key;
      for (size_t e = b; e < run.size() && e - b < static_cast<size_t>(kMaxEntityWords); ++e) {
        key += (e > b ? " " : "") + run[e];
        if (key.size() > 1) out.entities.push_back(key);
      }
    }
    run.clear();
  };
  auto capital_at = [&](size_t i) {
    const std::string& w = words[i];
    return !HasDigit(w) && StartsUpper(w) && (i > 0 || (words.size() > 1 && StartsUpper(words[1])));
  };
  int connectors = 0;  // "of the" after a capitalised word: name words once a capital follows
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (capital_at(i)) {
      if (w.size() > 1) out.name_words += 1 + connectors;  // not "I"
      connectors = 0;
      std::string part = EntityPart(w);
      if (!part.empty()) run.push_back(part);
      continue;
    }
    const bool connector = !vi && i > 0 && (w == "of" || w == "the" || w == "and" || w == "for");
    connectors = connector && (connectors > 0 || (capital_at(i - 1) && words[i - 1].back() != ','))
                     ? connectors + 1
                     : 0;
    flush_run();
  }
  flush_run();
  std::sort(out.entities.begin(), out.entities.end());
  out.entities.erase(std::unique(out.entities.begin(), out.entities.end()), out.entities.end());
  // A number followed by a scale word is one value.
  auto plain_number = [&](size_t* i) {
    std::string canon = CanonicalNumber(words[*i]);
    // Percent is dropped: "3,5%" (the sign is not part of a word) == "3.5 percent".
    if (*i + 1 < words.size()) {
      std::string next = FoldedKey(words[*i + 1]);
      if (double scale = ScaleOf(next)) {
        double v = std::atof(canon.c_str()) * scale;
        ++*i;
        // "nghìn tỷ" (thousand billion) is a trillion.
        if (*i + 1 < words.size()) {
          if (double more = ScaleOf(FoldedKey(words[*i + 1])); more > scale) {
            v *= more;
            ++*i;
          }
        }
        return "n:" + FormatValue(v);
      }
    }
    return "n:" + canon;
  };
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (!HasDigit(w)) {
      // Names: capitalised words; the first word of a sentence only when it
      // opens a run ("Trần Việt Trường phát biểu").
      if (StartsUpper(w) && w.size() > 1 &&
          (i > 0 || (words.size() > 1 && StartsUpper(words[1])))) {
        out.names.push_back(FoldedKey(w));
      }
      if (!vi) {
        // "May 28", "May 28th": a month name before a day.
        int month = MonthNumber(w);
        if (month && i + 1 < words.size() && DayNumber(words[i + 1])) {
          out.numbers.push_back(DateKey(month, DayNumber(words[i + 1])));
          ++i;
        }
      }
      continue;
    }
    int a = 0, b = 0;
    if (!vi) {
      // "28 May", "28th of May".
      int day = DayNumber(w);
      if (day && i + 1 < words.size()) {
        size_t k = i + 1;
        if (Lower(words[k]) == "of" && k + 1 < words.size()) ++k;
        if (int month = MonthNumber(words[k])) {
          out.numbers.push_back(DateKey(month, day));
          i = k;
          continue;
        }
      }
      // "11 out of 20".
      if (AllDigits(w) && i + 3 < words.size() && Lower(words[i + 1]) == "out" &&
          Lower(words[i + 2]) == "of" && AllDigits(words[i + 3])) {
        out.numbers.push_back("frac:" + CanonicalNumber(w) + "/" + CanonicalNumber(words[i + 3]));
        i += 3;
        continue;
      }
    }
    if (vi && SplitPair(w, '-', &a, &b) && a >= 1 && a <= 31 && b >= 1 && b <= 12) {
      out.numbers.push_back(DateKey(b, a));  // "28-5": day-month
      continue;
    }
    if (SplitPair(w, '-', &a, &b)) {
      // A range "2021-2025": two numbers.
      out.numbers.push_back("n:" + std::to_string(a));
      out.numbers.push_back("n:" + std::to_string(b));
      continue;
    }
    int c = 0;
    if (SplitTriple(w, &a, &b, &c) && a >= 1 && a <= 31 && b >= 1 && b <= 12 && c >= 1000) {
      // "12/06/2024", "12-6-2024": day, month, year.
      out.numbers.push_back(DateKey(b, a));
      out.numbers.push_back("n:" + std::to_string(c));
      continue;
    }
    if (vi && AllDigits(w) && i + 2 < words.size() && FoldedKey(words[i + 1]) == "thang" &&
        AllDigits(words[i + 2])) {
      // "ngày 12 tháng 6".
      a = std::atoi(w.c_str());
      b = std::atoi(words[i + 2].c_str());
      if (a >= 1 && a <= 31 && b >= 1 && b <= 12) {
        out.numbers.push_back(DateKey(b, a));
        i += 2;
        continue;
      }
    }
    if (SplitPair(w, '/', &a, &b) && a >= 1 && a <= 12 && b >= 1900 && b <= 2100) {
      // "tháng 6/2024": the year is what an English "June 2024" also gives.
      out.numbers.push_back("n:" + std::to_string(b));
      continue;
    }
    if (SplitPair(w, '/', &a, &b)) {
      bool after_ngay = vi && i > 0 && FoldedKey(words[i - 1]) == "ngay";
      if (after_ngay && a >= 1 && a <= 31 && b >= 1 && b <= 12) {
        out.numbers.push_back(DateKey(b, a));
      } else {
        out.numbers.push_back("frac:" + std::to_string(a) + "/" + std::to_string(b));
      }
      continue;
    }
    if (IsPlainNumber(w)) {
      out.numbers.push_back(plain_number(&i));
      continue;
    }
    if (HasLetter(w)) {
      // "59-NQ/TW", "45/2022/QH15", "98/NQ-CP", "COVID-19": document numbers and codes.
      out.numbers.push_back("code:" + FoldedKey(w));
      continue;
    }
    // Digits with other inner punctuation ("12/5/2024"): keep the digit runs.
    std::string run;
    for (char c : w + " ") {
      if (std::isdigit(static_cast<unsigned char>(c))) {
        run += c;
      } else if (!run.empty()) {
        out.numbers.push_back("n:" + CanonicalNumber(run));
        run.clear();
      }
    }
  }
  std::sort(out.names.begin(), out.names.end());
  out.names.erase(std::unique(out.names.begin(), out.names.end()), out.names.end());
  std::sort(out.numbers.begin(), out.numbers.end());
  return out;
}

SentenceAnchors MergeAnchors(const std::vector<const SentenceAnchors*>& parts) {
  SentenceAnchors out;
  for (const SentenceAnchors* p : parts) {
    out.names.insert(out.names.end(), p->names.begin(), p->names.end());
    out.numbers.insert(out.numbers.end(), p->numbers.begin(), p->numbers.end());
    out.entities.insert(out.entities.end(), p->entities.begin(), p->entities.end());
  }
  std::sort(out.entities.begin(), out.entities.end());
  out.entities.erase(std::unique(out.entities.begin(), out.entities.end()), out.entities.end());
  std::sort(out.names.begin(), out.names.end());
  out.names.erase(std::unique(out.names.begin(), out.names.end()), out.names.end());
  std::sort(out.numbers.begin(), out.numbers.end());
  return out;
}

bool IsSignificantNumber(const std::string& token) {
  if (token.compare(0, 2, "n:") != 0) return true;
  return std::atof(token.c_str() + 2) >= 10;
}

AnchorMatch MatchAnchors(const SentenceAnchors& vi, const SentenceAnchors& en) {
  AnchorMatch m;
  std::vector<std::string> common;
  std::set_intersection(vi.names.begin(), vi.names.end(), en.names.begin(), en.names.end(),
                        std::back_inserter(common));
  m.names_matched = static_cast<int>(common.size());
  std::vector<std::string> only_vi, only_en;
  common.clear();
  std::set_intersection(vi.numbers.begin(), vi.numbers.end(), en.numbers.begin(), en.numbers.end(),
                        std::back_inserter(common));
  m.numbers_matched = static_cast<int>(common.size());
  std::set_difference(vi.numbers.begin(), vi.numbers.end(), en.numbers.begin(), en.numbers.end(),
                      std::back_inserter(only_vi));
  std::set_difference(en.numbers.begin(), en.numbers.end(), vi.numbers.begin(), vi.numbers.end(),
                      std::back_inserter(only_en));
  for (const auto* side : {&only_vi, &only_en}) {
    m.numbers_missing +=
        static_cast<int>(std::count_if(side->begin(), side->end(), IsSignificantNumber));
  }
  return m;
}

}  // namespace songngu
