#include "tm/entities.h"

#include <algorithm>
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
    for (const char* w : {"ông",   "bà",    "ngày",  "tháng", "năm",  "giai", "đoạn", "nhiệm",
                          "kỳ",    "nghìn", "triệu", "tỷ",    "đồng", "ngàn", "tỉ",   "quý",
                          "trước", "sau",   "từ",    "đến",   "tới",  "vào",  "tính", "cuối",
                          "đầu",   "giữa",  "USD",   "đô",    "la",   "Mỹ",   "euro", "EUR"}) {
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
    case EntityType::kInstitution:
      return "institution";
  }
  return "number";
}

std::string AsciiName(std::string_view text) { return StripDiacritics(text); }

bool LooksLikePersonName(std::string_view text) {
  std::vector<Token> t = Tokenize(text);
  return t.size() >= 3 && t[0].word && IsSurname(t[0].key);
}

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

namespace {

// "I".."IV" or "1".."4": a quarter number, else 0.
int QuarterNumber(const std::string& s) {
  static const std::map<std::string, int> kQuarters = {{"I", 1}, {"II", 2}, {"III", 3}, {"IV", 4},
                                                       {"1", 1}, {"2", 2},  {"3", 3},   {"4", 4}};
  auto it = kQuarters.find(s);
  return it == kQuarters.end() ? 0 : it->second;
}

const char* const kOrdinals[] = {"first", "second", "third", "fourth"};

std::string SmallNumberWord(int n) {
  static const char* const kWords[] = {"zero",  "one",   "two",  "three", "four",   "five",  "six",
                                       "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  return n >= 0 && n <= 12 ? kWords[n] : std::to_string(n);
}

// Words after a number that make it a quantity, not part of a name ("An Hòa 1 có 20 lớp").
bool IsMeasureWord(const std::string& key) {
  static const std::set<std::string> words = [] {
    std::set<std::string> s;
    for (const char* w : {"ngày",   "tháng", "năm",  "giờ", "phút",  "người", "hộ",     "lớp",
                          "học",    "sinh",  "ha",   "km",  "m",     "tỷ",    "triệu",  "nghìn",
                          "ngàn",   "đồng",  "tuổi", "lần", "dự",    "công",  "trường", "xã",
                          "phường", "căn",   "tấn",  "con", "chiếc", "cái",   "điểm",   "tuyến"}) {
      s.insert(MatchingKey(w));
    }
    return s;
  }();
  return words.count(key) > 0;
}

// Named institutions: Vietnamese head words, then the English pattern with {} for the name.
struct Institution {
  std::vector<std::string> keys;  // matching keys of the head words
  std::string en;                 // "{} Secondary School"
};

const std::vector<Institution>& Institutions() {
  static const auto* list = [] {
    auto* v = new std::vector<Institution>();
    for (auto [vi, en] : std::vector<std::pair<const char*, const char*>>{
             {"Trường Đại học", "{} University"},
             {"Đại học", "{} University"},
             {"Trường Cao đẳng", "{} College"},
             {"Trường THPT chuyên", "{} High School for the Gifted"},
             {"Trường Trung học phổ thông chuyên", "{} High School for the Gifted"},
             {"Trường THPT", "{} High School"},
             {"Trường Trung học phổ thông", "{} High School"},
             {"Trường THCS", "{} Secondary School"},
             {"Trường Trung học cơ sở", "{} Secondary School"},
             {"Trường Tiểu học", "{} Primary School"},
             {"Trường Mầm non", "{} Kindergarten"},
             {"Trường Mẫu giáo", "{} Kindergarten"},
             {"Bệnh viện Đa khoa", "{} General Hospital"},
             {"Bệnh viện", "{} Hospital"},
             {"Công ty TNHH", "{} Co., Ltd."},
             {"Công ty Cổ phần", "{} Joint Stock Company"},
             {"Công ty CP", "{} Joint Stock Company"},
             {"Công ty", "{} Company"},
             {"Tổng Lãnh sự quán", "Consulate General of {}"},
             {"Lãnh sự quán", "Consulate of {}"},
             {"Đại sứ quán", "Embassy of {}"}}) {
      Institution in;
      for (const Token& t : Tokenize(vi)) in.keys.push_back(t.key);
      in.en = en;
      v->push_back(std::move(in));
    }
    // Longest head first: "Trường THPT chuyên" before "Trường THPT".
    std::stable_sort(v->begin(), v->end(), [](const Institution& a, const Institution& b) {
      return a.keys.size() > b.keys.size();
    });
    return v;
  }();
  return *list;
}

// Country names that take "the" after "of": "Embassy of the United States".
bool TakesThe(const std::string& en) {
  return en.rfind("United ", 0) == 0 || en == "Netherlands" || en == "Philippines" ||
         en.rfind("Republic", 0) == 0;
}

}  // namespace

bool NumberValue(std::string_view written, bool vietnamese, double* value) {
  std::string s(written);
  std::vector<std::string> g;
  std::string joins;
  if (!DigitGroups(s, ".,", &g, &joins)) return false;
  if (vietnamese) s = EnglishNumber(s);
  // English conventions now: "," groups thousands, "." marks decimals.
  std::string plain;
  for (char c : s) {
    if (c != ',') plain += c;
  }
  if (std::count(plain.begin(), plain.end(), '.') > 1) return false;
  try {
    *value = std::stod(plain);
  } catch (...) {
    return false;
  }
  return true;
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
  // A name may end in a small number ("An Hòa 1", "Tân An 2") unless a
  // measure word follows it ("An Hòa 20 lớp").
  auto with_number = [&](size_t e) {
    if (e < tokens.size() && tokens[e].word && AllDigits(tokens[e].text) &&
        tokens[e].text.size() <= 2 && !skipped(e) &&
        !(e + 1 < tokens.size() && tokens[e + 1].word && IsMeasureWord(tokens[e + 1].key)) &&
        !(e + 1 < tokens.size() && (tokens[e + 1].text == "%" || tokens[e + 1].text == "/"))) {
      return e + 1;
    }
    return e;
  };
  auto place_at = [&](size_t k) -> std::pair<size_t, std::string> {
    if (options.glossary == nullptr || k >= tokens.size()) return {0, ""};
    for (size_t n = std::min<size_t>(4, tokens.size() - k); n >= 1; --n) {
      std::string key = Glossary::Key(text.substr(tokens[k].begin, tokens[k + n - 1].end - tokens[k].begin));
      const GlossaryEntry* g = options.glossary->Best(key, "");
      // A proper name only: level words ("sông" = river) are not places by themselves.
      if (g != nullptr && g->kind == "place" && tokens[k].upper_initial && !g->vi.empty() &&
          Tokenize(g->vi)[0].upper_initial) {
        return {n, g->en};
      }
    }
    return {0, ""};
  };
  auto span_text = [&](size_t from, size_t to) {
    return text.substr(tokens[from].begin, tokens[to - 1].end - tokens[from].begin);
  };

  // A date starting at token k: (end, English, takes_on) or end == k. takes_on:
  // a day, which reads "on May 28"; months, quarters and years do not.
  struct DateAt {
    size_t end = 0;
    std::string en;
    bool day = false;
  };
  auto date_at = [&](size_t k) -> DateAt {
    DateAt d;
    d.end = k;
    if (k >= tokens.size() || skipped(k)) return d;
    int day = 0, month = 0, year = 0;
    // ngày 28-5 / ngày 28/05/2024 / 28-5
    size_t dk = key_is(k, "ngày") ? k + 1 : k;
    if (dk < tokens.size() && ParseDayMonth(tokens[dk].text, &day, &month, &year) &&
        (dk > k || year != 0 || tokens[dk].text.find('-') != std::string::npos)) {
      return {dk + 1, EnglishDate(day, month, year), true};
    }
    // quý III-2024, quý 3/2024, quý III năm 2024, quý I
    if (key_is(k, "quý") && k + 1 < tokens.size()) {
      std::vector<std::string> parts;
      std::string q = tokens[k + 1].text, y;
      size_t cut = q.find_first_of("-/");
      if (cut != std::string::npos) {
        y = q.substr(cut + 1);
        q = q.substr(0, cut);
      }
      int n = QuarterNumber(q);
      if (n > 0 && (y.empty() || IsYear(y))) {
        size_t e = k + 2;
        if (y.empty() && key_is(e, "năm") && e + 1 < tokens.size() && IsYear(tokens[e + 1].text)) {
          y = tokens[e + 1].text;
          e += 2;
        } else if (y.empty() && e + 1 < tokens.size() &&
                   (tokens[e].text == "-" || tokens[e].text == "/") && IsYear(tokens[e + 1].text)) {
          y = tokens[e + 1].text;
          e += 2;
        }
        std::string en = std::string("the ") + kOrdinals[n - 1] + " quarter";
        if (!y.empty()) en += " of " + y;
        return {e, en, false};
      }
    }
    // tháng 5/2024, tháng 5 năm 2024, tháng 5
    if (key_is(k, "tháng") && k + 1 < tokens.size()) {
      std::vector<std::string> g;
      std::string joins;
      if (DigitGroups(tokens[k + 1].text, "/-", &g, &joins) && g.size() == 2 && g[0].size() <= 2 &&
          IsYear(g[1]) && std::stoi(g[0]) >= 1 && std::stoi(g[0]) <= 12) {
        return {k + 2, std::string(kMonths[std::stoi(g[0]) - 1]) + " " + g[1], false};
      }
      if (AllDigits(tokens[k + 1].text) && tokens[k + 1].text.size() <= 2) {
        int mo = std::stoi(tokens[k + 1].text);
        if (mo >= 1 && mo <= 12) {
          if (key_is(k + 2, "năm") && k + 3 < tokens.size() && IsYear(tokens[k + 3].text)) {
            return {k + 4, std::string(kMonths[mo - 1]) + " " + tokens[k + 3].text, false};
          }
          return {k + 2, kMonths[mo - 1], false};
        }
      }
    }
    // năm 2024
    if (key_is(k, "năm") && k + 1 < tokens.size() && IsYear(tokens[k + 1].text)) {
      return {k + 2, tokens[k + 1].text, false};
    }
    return d;
  };
  // cuối tháng 8 -> the end of August; đầu năm 2025 -> early 2025; cuối tháng -> the end of the
  // month
  auto part_of_period_at = [&](size_t k) -> DateAt {
    DateAt d;
    d.end = k;
    bool end = key_is(k, "cuối"), start = key_is(k, "đầu"), mid = key_is(k, "giữa");
    if (!(end || start || mid) || skipped(k)) return d;
    DateAt inner = date_at(k + 1);
    if (inner.end > k + 1 && !inner.day) {
      std::string en = end     ? "the end of " + inner.en
                       : start ? "early " + inner.en
                               : "mid-" + inner.en;
      return {inner.end, en, false};
    }
    if (key_is(k + 1, "tháng") || key_is(k + 1, "năm")) {
      // "cuối tháng" alone (no number after it)
      if (!(k + 2 < tokens.size() && tokens[k + 2].has_digit)) {
        std::string unit = key_is(k + 1, "tháng") ? "month" : "year";
        std::string en = end     ? "the end of the " + unit
                         : start ? "the beginning of the " + unit
                                 : "the middle of the " + unit;
        return {k + 2, en, false};
      }
    }
    return d;
  };
  auto any_date_at = [&](size_t k) {
    DateAt p = part_of_period_at(k);
    return p.end > k ? p : date_at(k);
  };
  auto capitalise = [](std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
  };

  size_t i = 0;
  while (i < tokens.size()) {
    const Token& t = tokens[i];
    if (skipped(i)) {
      ++i;
      continue;
    }
    std::string from, to;
    // ông/bà + name
    if (key_is(i, "ông") || key_is(i, "bà")) {
      size_t e = capitalised(i + 1, 5);
      if (e > i + 1) {
        std::string name = AsciiName(span_text(i + 1, e));
        add(i, e, (key_is(i, "ông") ? "Mr. " : "Ms. ") + name, EntityType::kName);
        i = e;
        continue;
      }
    }
    // ThS. Lê Thị Mai
    if (t.word && NameTitles().count(t.key) && key_is_text(i + 1, ".")) {
      size_t e = capitalised(i + 2, 5);
      if (e >= i + 4) {
        std::string name = AsciiName(span_text(i + 2, e));
        add(i, e, NameTitles().at(t.key) + " " + name, EntityType::kName);
        i = e;
        continue;
      }
    }
    // Institutions by pattern: Trường THCS Tân An -> Tan An Secondary School.
    if (t.word && t.upper_initial) {
      bool found = false;
      for (const Institution& in : Institutions()) {
        size_t n = in.keys.size();
        bool match = i + n < tokens.size();
        for (size_t k = 0; match && k < n; ++k)
          match = tokens[i + k].key == in.keys[k] && !skipped(i + k);
        if (!match) continue;
        size_t k = i + n;
        std::string name;
        size_t e = k;
        auto [pn, pen] = place_at(k);
        if (pn > 0) {
          e = k + pn;
          name = in.en[0] == '{' || !TakesThe(pen) ? pen : "the " + pen;
        } else {
          // Two capitalised syllables at least: "Bệnh viện Nhi đồng" is not a "Nhi Hospital".
          e = capitalised(k, 5);
          e = e >= k + 2 ? with_number(e) : k;
          if (e > k) name = AsciiName(span_text(k, e));
        }
        if (e == k) continue;
        std::string en = in.en;
        en.replace(en.find("{}"), 2, name);
        add(i, e, en, EntityType::kInstitution);
        i = e;
        found = true;
        break;
      }
      if (found) continue;
    }
    // Dates with their preposition: trước ngày 31-8 -> before August 31;
    // từ ngày 1-7 đến ngày 15-8 -> from July 1 to August 15.
    {
      const char* prep = nullptr;
      size_t at = i;
      if (key_is(i, "tính") && (key_is(i + 1, "đến") || key_is(i + 1, "tới"))) {
        prep = "as of";
        at = i + 2;
      } else if (key_is(i, "trước")) {
        prep = "before";
        at = i + 1;
      } else if (key_is(i, "sau")) {
        prep = "after";
        at = i + 1;
      } else if (key_is(i, "từ")) {
        prep = "from";
        at = i + 1;
      } else if (key_is(i, "đến") || key_is(i, "tới")) {
        prep = "by";
        at = i + 1;
      } else if (key_is(i, "vào")) {
        prep = "on";
        at = i + 1;
      }
      if (prep != nullptr && !skipped(at - 1)) {
        DateAt d = any_date_at(at);
        if (d.end > at) {
          std::string p = prep;
          if (p == "on" && !d.day) {
            bool point = d.en.rfind("the end", 0) == 0 || d.en.rfind("the beginning", 0) == 0 ||
                         d.en.rfind("the middle", 0) == 0;
            p = point ? "at" : "in";  // vào cuối tháng 9 -> at the end of September
          }
          std::string en = p + " " + d.en;
          size_t e = d.end;
          if (p == "from" && (key_is(e, "đến") || key_is(e, "tới"))) {
            DateAt d2 = any_date_at(e + 1);
            if (d2.end > e + 1) {
              en += " to " + d2.en;
              e = d2.end;
            }
          }
          if (t.upper_initial) en = capitalise(en);
          add(i, e, en, EntityType::kDate);
          i = e;
          continue;
        }
      }
    }
    {
      DateAt p = part_of_period_at(i);
      if (p.end > i) {
        add(i, p.end, t.upper_initial ? capitalise(p.en) : p.en, EntityType::kDate);
        i = p.end;
        continue;
      }
      DateAt d = date_at(i);
      if (d.end > i) {
        // "ngày 28-5" reads "on May 28"; a bare "28/05/2024" (a date line) stays bare.
        std::string en = d.en;
        if (d.day && key_is(i, "ngày"))
          en = (t.upper_initial ? "On " : "on ") + en;
        else if (t.upper_initial)
          en = capitalise(en);
        add(i, d.end, en, EntityType::kDate);
        i = d.end;
        continue;
      }
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
        // 6 tháng đầu năm 2024 -> the first six months of 2024
        static const std::string kDauNam[] = {MatchingKey("tháng"), MatchingKey("đầu"),
                                              MatchingKey("năm")};
        if (AllDigits(s) && s.size() <= 2 && i + 3 < tokens.size() &&
            tokens[i + 1].key == kDauNam[0] && tokens[i + 2].key == kDauNam[1] &&
            tokens[i + 3].key == kDauNam[2]) {
          size_t e = i + 4;
          std::string en = "the first " + SmallNumberWord(std::stoi(s)) + " months of ";
          if (e < tokens.size() && IsYear(tokens[e].text)) {
            en += tokens[e].text;
            ++e;
          } else {
            en += "the year";
          }
          add(i, e, en, EntityType::kDate);
          i = e;
          continue;
        }
        std::string en = EnglishNumber(s);
        size_t e = i + 1;
        if (e < tokens.size() && tokens[e].text == "%") {
          en += "%";
          ++e;
        }
        // 3,5 nghìn tỷ đồng -> VND 3.5 trillion; 500 triệu USD -> USD 500 million
        std::string scale;
        if ((key_is(e, "nghìn") || key_is(e, "ngàn")) &&
            (key_is(e + 1, "tỷ") || key_is(e + 1, "tỉ"))) {
          scale = "trillion";
          e += 2;
        } else if (key_is(e, "nghìn") || key_is(e, "ngàn")) {
          scale = "thousand";
          ++e;
        } else if (key_is(e, "triệu")) {
          scale = "million";
          ++e;
        } else if (key_is(e, "tỷ") || key_is(e, "tỉ")) {
          scale = "billion";
          ++e;
        }
        if (!scale.empty()) en += " " + scale;
        std::string currency;
        if (key_is(e, "đồng")) {
          currency = "VND";
          ++e;
        } else if (key_is(e, "USD")) {
          currency = "USD";
          ++e;
        } else if (key_is(e, "EUR") || key_is(e, "euro")) {
          currency = "EUR";
          ++e;
        } else if (key_is(e, "đô") && key_is(e + 1, "la")) {
          currency = "USD";
          e += key_is(e + 2, "Mỹ") ? 3 : 2;
        }
        if (!currency.empty()) en = currency + " " + en;
        add(i, e, en, EntityType::kNumber);
        i = e;
        continue;
      }
    }
    // Known places ("Cần Thơ", "Nhật Bản"), then other runs of two or more
    // capitalised words in mid-sentence (names, "An Hòa 1" with its number).
    if (t.word && t.upper_initial && !t.has_digit) {
      auto [n, en] = place_at(i);
      if (n > 0) {
        add(i, i + n, en, EntityType::kPlace);
        i += n;
        continue;
      }
      size_t e = capitalised(i, 5);
      if (e >= i + 2 && (!IsSentenceStart(tokens, i) || (e >= i + 3 && IsSurname(t.key)))) {
        e = with_number(e);
        add(i, e, AsciiName(span_text(i, e)), EntityType::kName);
        i = e;
        continue;
      }
      if (e >= i + 2) {
        i = with_number(e);  // a sentence's first words: not a name, and not its tail either
        continue;
      }
    }
    ++i;
  }
  return out;
}

}  // namespace songngu
