#include "tm/entities.h"

#include <cstring>
#include <map>
#include <set>

#include "aligner/normalize.h"
#include "tm/glossary.h"
#include "tm/tokens.h"

namespace songngu {
namespace {

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

// Matching keys of the function words the recognizer looks for.
const std::string& Key(const char* vi) {
  static const std::map<std::string, std::string> keys = [] {
    std::map<std::string, std::string> m;
    for (const char* w : {"ông", "bà", "ngày", "tháng", "năm", "giai", "đoạn", "nhiệm", "kỳ", "nghìn", "triệu",
                          "tỷ", "đồng"}) {
      m[w] = MatchingKey(w);
    }
    return m;
  }();
  return keys.at(vi);
}

// Counted nouns after "11/20": the English plural used in "11 out of 20 tasks".
const std::vector<std::pair<std::vector<std::string>, std::string>>& CountNouns() {
  static const auto* nouns = [] {
    auto* v = new std::vector<std::pair<std::vector<std::string>, std::string>>();
    for (auto [vi, en] : std::vector<std::pair<const char*, const char*>>{
             {"nhiệm vụ", "tasks"}, {"dự án", "projects"}, {"chỉ tiêu", "targets"}, {"công trình", "works"},
             {"cơ chế", "mechanisms"}, {"chính sách", "policies"}, {"đơn vị", "units"}, {"xã", "communes"},
             {"phường", "wards"}, {"hộ", "households"}, {"trường", "schools"}, {"tiêu chí", "criteria"},
             {"đề án", "schemes"}, {"kế hoạch", "plans"}, {"hạng mục", "items"}, {"hộ dân", "households"},
             {"tuyến đường", "roads"}}) {
      std::vector<std::string> keys;
      for (const Token& t : Tokenize(vi)) keys.push_back(t.key);
      v->emplace_back(std::move(keys), en);
    }
    return v;
  }();
  return *nouns;
}

bool AllDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool IsYear(const std::string& s) {
  if (s.size() != 4 || !AllDigits(s)) return false;
  int y = std::stoi(s);
  return y >= 1900 && y <= 2100;
}

// Digit groups joined by single separators from `seps`: "1.234,5" -> groups
// {"1", "234", "5"}, separators ".,". False for anything else.
bool DigitGroups(const std::string& s, const char* seps, std::vector<std::string>* groups, std::string* joins) {
  groups->assign(1, "");
  joins->clear();
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      groups->back() += c;
    } else if (std::strchr(seps, c) != nullptr && !groups->back().empty()) {
      joins->push_back(c);
      groups->emplace_back();
    } else {
      return false;
    }
  }
  return !groups->back().empty();
}

// "28-5", "28/05", "28/05/2024", "28-5-2024" -> day, month, year (0 if absent).
bool ParseDayMonth(const std::string& s, int* day, int* month, int* year) {
  std::vector<std::string> g;
  std::string joins;
  if (!DigitGroups(s, "-/.", &g, &joins) || g.size() < 2 || g.size() > 3) return false;
  if (g[0].size() > 2 || g[1].size() > 2 || (g.size() == 3 && g[2].size() != 4)) return false;
  *day = std::stoi(g[0]);
  *month = std::stoi(g[1]);
  *year = g.size() == 3 ? std::stoi(g[2]) : 0;
  if (*year != 0 && (*year < 1900 || *year > 2100)) return false;
  return *day >= 1 && *day <= 31 && *month >= 1 && *month <= 12;
}

std::string EnglishDate(int day, int month, int year) {
  std::string s = std::string(kMonths[month - 1]) + " " + std::to_string(day);
  if (year != 0) s += ", " + std::to_string(year);
  return s;
}

// "2021-2025" as one token: the two years.
bool ParseYearRange(const std::string& s, std::string* from, std::string* to) {
  std::vector<std::string> g;
  std::string joins;
  if (!DigitGroups(s, "-", &g, &joins) || g.size() != 2 || !IsYear(g[0]) || !IsYear(g[1])) return false;
  *from = g[0];
  *to = g[1];
  return true;
}

// "11/20" -> 11, 20 (as written).
bool ParseFraction(const std::string& s, std::string* part, std::string* whole) {
  std::vector<std::string> g;
  std::string joins;
  if (!DigitGroups(s, "/", &g, &joins) || g.size() != 2) return false;
  *part = g[0];
  *whole = g[1];
  return true;
}

bool IsCode(const Token& t) {
  if (!t.has_letter || !t.has_digit) return false;
  return t.text.find('/') != std::string::npos || t.text.find('-') != std::string::npos;
}

bool IsNumber(const std::string& s) {
  std::vector<std::string> g;
  std::string joins;
  return DigitGroups(s, ".,", &g, &joins);
}

// Academic and professional titles written before a name ("ThS. Lê Thị Mai").
const std::map<std::string, std::string>& NameTitles() {
  static const auto* titles = [] {
    auto* m = new std::map<std::string, std::string>();
    for (auto [vi, en] : std::vector<std::pair<const char*, const char*>>{
             {"ThS", "MSc"}, {"TS", "Dr."}, {"PGS.TS", "Assoc. Prof. Dr."}, {"GS.TS", "Prof. Dr."},
             {"PGS", "Assoc. Prof."}, {"GS", "Prof."}, {"BS", "Dr."}, {"BSCKII", "Dr."}, {"KS", "Eng."}}) {
      (*m)[MatchingKey(vi)] = en;
    }
    return m;
  }();
  return *titles;
}

// Common family names: a capitalised run starting with one is a name even at
// the start of a sentence ("Lê Thị Mai cho biết").
bool IsSurname(const std::string& key) {
  static const std::set<std::string> names = [] {
    std::set<std::string> s;
    for (const char* n : {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
                          "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai", "Tô", "Lưu"}) {
      s.insert(MatchingKey(n));
    }
    return s;
  }();
  return names.count(key) > 0;
}

bool IsSentenceStart(const std::vector<Token>& tokens, size_t i) {
  if (i == 0) return true;
  const std::string& p = tokens[i - 1].text;
  return p == "." || p == ":" || p == "!" || p == "?" || p == "(" || p == "\"" || p == "“" || p == "-";
}

}  // namespace

const char* EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kName: return "name";
    case EntityType::kPlace: return "place";
    case EntityType::kDate: return "date";
    case EntityType::kNumber: return "number";
    case EntityType::kCode: return "code";
  }
  return "number";
}

std::string AsciiName(std::string_view text) { return StripDiacritics(text); }

std::string EnglishNumber(std::string_view number) {
  std::string s(number);
  std::vector<std::string> g;
  std::string joins;
  if (!DigitGroups(s, ".,", &g, &joins) || joins.empty()) return s;
  // Vietnamese: "." groups thousands, "," marks decimals: 1.234,5 / 2,5 / 1.000.000.
  bool thousands = g[0].size() <= 3 && joins[0] == '.';
  for (size_t k = 0; thousands && k < joins.size(); ++k) {
    bool last = k + 1 == joins.size();
    if (joins[k] == '.') thousands = g[k + 1].size() == 3;
    else thousands = last;  // one decimal comma, at the end
  }
  bool decimal = joins == ",";
  if (thousands || decimal) {
    for (char& c : s) {
      if (c == '.') c = ',';
      else if (c == ',') c = '.';
    }
  }
  return s;
}

std::vector<Entity> RecognizeEntities(std::string_view text, const EntityOptions& options) {
  std::vector<Token> tokens = Tokenize(text);
  std::vector<Entity> out;
  auto skipped = [&](size_t k) {
    for (auto [b, e] : options.skip) {
      if (tokens[k].begin < e && tokens[k].end > b) return true;
    }
    return false;
  };
  auto add = [&](size_t from, size_t to, std::string en, EntityType type) {
    Entity e;
    e.begin = tokens[from].begin;
    e.end = tokens[to - 1].end;
    e.vi = std::string(text.substr(e.begin, e.end - e.begin));
    e.en = std::move(en);
    e.type = type;
    out.push_back(std::move(e));
  };
  auto key_is = [&](size_t k, const char* vi) { return k < tokens.size() && tokens[k].key == Key(vi); };
  auto key_is_text = [&](size_t k, const char* text) { return k < tokens.size() && tokens[k].text == text; };
  // Capitalised words from k (letters only), at most `limit`; returns the end.
  auto capitalised = [&](size_t k, size_t limit) {
    size_t e = k;
    while (e < tokens.size() && e - k < limit && tokens[e].word && tokens[e].upper_initial &&
           !tokens[e].has_digit && !skipped(e)) {
      ++e;
    }
    return e;
  };
  auto place_at = [&](size_t k) -> std::pair<size_t, std::string> {
    if (options.glossary == nullptr) return {0, ""};
    for (size_t n = std::min<size_t>(4, tokens.size() - k); n >= 1; --n) {
      std::string key = Glossary::Key(text.substr(tokens[k].begin, tokens[k + n - 1].end - tokens[k].begin));
      const GlossaryEntry* g = options.glossary->Best(key, "");
      if (g != nullptr && g->kind == "place" && tokens[k].upper_initial) return {n, g->en};
    }
    return {0, ""};
  };

  size_t i = 0;
  while (i < tokens.size()) {
    const Token& t = tokens[i];
    if (skipped(i)) {
      ++i;
      continue;
    }
    int day, month, year;
    std::string from, to;
    // ông/bà + name
    if (key_is(i, "ông") || key_is(i, "bà")) {
      size_t e = capitalised(i + 1, 5);
      if (e > i + 1) {
        std::string name = AsciiName(text.substr(tokens[i + 1].begin, tokens[e - 1].end - tokens[i + 1].begin));
        add(i, e, (key_is(i, "ông") ? "Mr. " : "Ms. ") + name, EntityType::kName);
        i = e;
        continue;
      }
    }
    // ThS. Lê Thị Mai
    if (t.word && NameTitles().count(t.key) && key_is_text(i + 1, ".")) {
      size_t e = capitalised(i + 2, 5);
      if (e >= i + 4) {
        std::string name = AsciiName(text.substr(tokens[i + 2].begin, tokens[e - 1].end - tokens[i + 2].begin));
        add(i, e, NameTitles().at(t.key) + " " + name, EntityType::kName);
        i = e;
        continue;
      }
    }
    // ngày 28-5 / ngày 28/05/2024
    if (key_is(i, "ngày") && i + 1 < tokens.size() && ParseDayMonth(tokens[i + 1].text, &day, &month, &year)) {
      std::string on = t.upper_initial ? "On " : "on ";
      add(i, i + 2, on + EnglishDate(day, month, year), EntityType::kDate);
      i += 2;
      continue;
    }
    // tháng 5/2024, tháng 5 năm 2024, tháng 5
    if (key_is(i, "tháng") && i + 1 < tokens.size()) {
      std::vector<std::string> g;
      std::string joins;
      if (DigitGroups(tokens[i + 1].text, "/-", &g, &joins) && g.size() == 2 && g[0].size() <= 2 && IsYear(g[1]) &&
          std::stoi(g[0]) >= 1 && std::stoi(g[0]) <= 12) {
        add(i, i + 2, std::string(kMonths[std::stoi(g[0]) - 1]) + " " + g[1], EntityType::kDate);
        i += 2;
        continue;
      }
      if (AllDigits(tokens[i + 1].text) && tokens[i + 1].text.size() <= 2) {
        int mo = std::stoi(tokens[i + 1].text);
        if (mo >= 1 && mo <= 12) {
          if (key_is(i + 2, "năm") && i + 3 < tokens.size() && IsYear(tokens[i + 3].text)) {
            add(i, i + 4, std::string(kMonths[mo - 1]) + " " + tokens[i + 3].text, EntityType::kDate);
            i += 4;
          } else {
            add(i, i + 2, kMonths[mo - 1], EntityType::kDate);
            i += 2;
          }
          continue;
        }
      }
    }
    // năm 2024
    if (key_is(i, "năm") && i + 1 < tokens.size() && IsYear(tokens[i + 1].text)) {
      add(i, i + 2, tokens[i + 1].text, EntityType::kDate);
      i += 2;
      continue;
    }
    // giai đoạn 2021 - 2025, nhiệm kỳ 2021-2026
    bool period = key_is(i, "giai") && key_is(i + 1, "đoạn");
    bool term = key_is(i, "nhiệm") && key_is(i + 1, "kỳ");
    size_t y = (period || term) ? i + 2 : i;
    bool range = false;
    size_t range_end = y;
    if (y < tokens.size() && ParseYearRange(tokens[y].text, &from, &to)) {
      range = true;
      range_end = y + 1;
    } else if (y + 2 < tokens.size() && IsYear(tokens[y].text) &&
               (tokens[y + 1].text == "-" || tokens[y + 1].text == "–") && IsYear(tokens[y + 2].text)) {
      range = true;
      from = tokens[y].text;
      to = tokens[y + 2].text;
      range_end = y + 3;
    }
    if (range) {
      std::string years = from + "–" + to;
      add(i, range_end, period ? "the " + years + " period" : term ? "the " + years + " term" : years,
          EntityType::kDate);
      i = range_end;
      continue;
    }
    if (t.word && t.has_digit) {
      const std::string& s = t.text;
      std::string part, whole;
      bool fraction = ParseFraction(s, &part, &whole);
      if (fraction) {
        // "11/20 nhiệm vụ": a count out of a total when a counted noun follows.
        size_t noun_len = 0;
        std::string noun;
        for (const auto& [keys, en] : CountNouns()) {
          bool match = i + keys.size() < tokens.size();
          for (size_t k = 0; match && k < keys.size(); ++k) match = tokens[i + 1 + k].key == keys[k];
          if (match) {
            noun_len = keys.size();
            noun = en;
            break;
          }
        }
        if (noun_len > 0) {
          add(i, i + 1 + noun_len, part + " out of " + whole + " " + noun, EntityType::kNumber);
          i += 1 + noun_len;
          continue;
        }
      }
      if (ParseDayMonth(s, &day, &month, &year) && (year != 0 || s.find('-') != std::string::npos)) {
        add(i, i + 1, EnglishDate(day, month, year), EntityType::kDate);
        ++i;
        continue;
      }
      if (fraction) {
        add(i, i + 1, part + " out of " + whole, EntityType::kNumber);
        ++i;
        continue;
      }
      if (IsCode(t)) {
        add(i, i + 1, t.text, EntityType::kCode);
        ++i;
        continue;
      }
      if (IsNumber(s)) {
        std::string en = EnglishNumber(s);
        size_t e = i + 1;
        if (e < tokens.size() && tokens[e].text == "%") {
          en += "%";
          ++e;
        }
        // 12 tỷ đồng -> VND 12 billion
        static const std::vector<std::pair<const char*, const char*>> kScales = {
            {"nghìn", "thousand"}, {"triệu", "million"}, {"tỷ", "billion"}};
        for (auto [vi, scale] : kScales) {
          if (key_is(e, vi)) {
            if (key_is(e + 1, "đồng")) {
              en = "VND " + en + " " + scale;
              e += 2;
            } else {
              en += std::string(" ") + scale;
              ++e;
            }
            break;
          }
        }
        if (e == i + 1 && key_is(e, "đồng")) {
          en = "VND " + en;
          ++e;
        }
        add(i, e, en, EntityType::kNumber);
        i = e;
        continue;
      }
    }
    // Known places ("Cần Thơ"), then other runs of two or more capitalised
    // words in mid-sentence (names).
    if (t.word && t.upper_initial && !t.has_digit) {
      auto [n, en] = place_at(i);
      if (n > 0) {
        add(i, i + n, en, EntityType::kPlace);
        i += n;
        continue;
      }
      size_t e = capitalised(i, 5);
      if (e >= i + 2 && (!IsSentenceStart(tokens, i) || (e >= i + 3 && IsSurname(t.key)))) {
        add(i, e, AsciiName(text.substr(t.begin, tokens[e - 1].end - t.begin)), EntityType::kName);
        i = e;
        continue;
      }
      if (e >= i + 2) {
        i = e;  // a sentence's first words: not a name, and not its tail either
        continue;
      }
    }
    ++i;
  }
  return out;
}

}  // namespace songngu
