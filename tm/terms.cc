#include "tm/terms.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "aligner/normalize.h"
#include "tm/store.h"
#include "tm/tokens.h"

namespace songngu {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Quoted variants in a note: "also 'municipal People's Committee' (Viet Nam News)".
std::vector<std::string> QuotedVariants(const std::string& note) {
  std::vector<std::string> out;
  size_t pos = 0;
  while ((pos = note.find('\'', pos)) != std::string::npos) {
    // An opening quote starts a word: at the start or after a space.
    if (pos > 0 && note[pos - 1] != ' ') {
      ++pos;
      continue;
    }
    size_t end = note.find("' ", pos + 1);
    if (end == std::string::npos && !note.empty() && note.back() == '\'') end = note.size() - 1;
    size_t close = note.find("',", pos + 1);
    if (close != std::string::npos && (end == std::string::npos || close < end)) end = close;
    size_t close2 = note.find("')", pos + 1);
    if (close2 != std::string::npos && (end == std::string::npos || close2 < end)) end = close2;
    if (end == std::string::npos) break;
    out.push_back(note.substr(pos + 1, end - pos - 1));
    pos = end + 1;
  }
  return out;
}

const std::unordered_set<std::string>& ViStop() {
  static const auto* s = [] {
    auto* set = new std::unordered_set<std::string>();
    for (const char* w : {"của", "và", "các", "những", "được", "là", "có", "trong", "cho", "với", "theo", "tại",
                          "về", "đã", "đang", "sẽ", "này", "đó", "để", "khi", "thì", "một", "số", "từ", "đến",
                          "cũng", "như", "nhưng", "hoặc", "do", "bị", "ra", "vào", "lên", "còn", "không", "trên",
                          "dưới", "qua", "sau", "trước", "giữa", "ngoài", "cùng", "nhằm", "bằng", "rất", "nhiều"}) {
      set->insert(MatchingKey(w));
    }
    return set;
  }();
  return *s;
}

const std::unordered_set<std::string>& EnStop() {
  static const std::unordered_set<std::string> s = {
      "the", "of",  "and",  "a",   "an",   "in",   "on",    "for", "to",   "with", "by",   "at",  "is",
      "are", "was", "were", "be",  "been", "has",  "have",  "had", "this", "that", "from", "as",  "or",
      "it",  "its", "their", "which", "who", "will", "also", "but", "not", "all", "some", "other"};
  return s;
}

// Phrases of 2..max words between punctuation, not starting or ending with a
// function word, without digits, not overlapping a glossary term (those are
// known; a phrase cutting one, like "Bộ Chính" of "Bộ Chính trị", is noise):
// (key, surface).
std::vector<std::pair<std::string, std::string>> ViPhrases(const std::string& text, int max_words,
                                                           const Glossary& glossary) {
  std::vector<Token> tokens = Tokenize(text);
  std::vector<bool> in_term(tokens.size(), false);
  for (const TermMatch& m : glossary.Recognize(text)) {
    for (size_t k = 0; k < tokens.size(); ++k) {
      if (tokens[k].begin < m.end && tokens[k].end > m.begin) in_term[k] = true;
    }
  }
  std::vector<std::pair<std::string, std::string>> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].word || tokens[i].has_digit || in_term[i] || ViStop().count(tokens[i].key)) continue;
    for (size_t n = 2; n <= static_cast<size_t>(max_words) && i + n <= tokens.size(); ++n) {
      const Token& last = tokens[i + n - 1];
      if (!last.word || last.has_digit || in_term[i + n - 1]) break;
      if (ViStop().count(last.key)) continue;
      std::string key;
      for (size_t k = i; k < i + n; ++k) key += (k > i ? " " : "") + tokens[k].key;
      out.emplace_back(key, text.substr(tokens[i].begin, last.end - tokens[i].begin));
    }
  }
  return out;
}

// English phrases of 1..max words (lower-case key, surface).
std::vector<std::pair<std::string, std::string>> EnPhrases(const std::string& text, int max_words) {
  std::vector<Token> tokens = Tokenize(text);
  std::vector<std::pair<std::string, std::string>> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].word || tokens[i].has_digit || EnStop().count(Lower(tokens[i].text))) continue;
    for (size_t n = 1; n <= static_cast<size_t>(max_words) && i + n <= tokens.size(); ++n) {
      const Token& last = tokens[i + n - 1];
      if (!last.word || last.has_digit) break;
      if (EnStop().count(Lower(last.text))) continue;
      std::string surface = text.substr(tokens[i].begin, last.end - tokens[i].begin);
      out.emplace_back(Lower(surface), surface);
    }
  }
  return out;
}

}  // namespace

std::vector<TermVariants> CheckTerms(TmStore& store, const Glossary& glossary, const TermsCheckOptions& options) {
  struct Acc {
    std::string vi;
    std::map<std::string, TermRendering> by_rendering;
    int64_t total = 0;
  };
  std::map<std::string, Acc> acc;
  ExportFilter filter;
  store.ForEachUnit(filter, [&](const Unit& u) {
    std::string en = Lower(u.en);
    // Each glossary entry on its own ("Chủ tịch", "UBND"), not compositions:
    // consistency is a property of the pieces.
    RecognizeOptions pieces;
    pieces.compose = false;
    for (const TermMatch& m : glossary.Recognize(u.vi, pieces)) {
      std::vector<std::string> variants = {m.en};
      for (const GlossaryEntry& e : glossary.Lookup(m.vi)) {
        variants.push_back(e.en);
        if (!e.en_female.empty()) variants.push_back(e.en_female);
        for (const std::string& q : QuotedVariants(e.note)) variants.push_back(q);
      }
      std::string found;
      for (const std::string& v : variants) {
        if (v.size() > found.size() && en.find(Lower(v)) != std::string::npos) found = v;
      }
      Acc& a = acc[MatchingKey(m.vi)];
      if (a.vi.empty()) a.vi = m.vi;
      TermRendering& r = a.by_rendering[found];
      r.en = found;
      ++r.count;
      ++a.total;
      if (r.examples.size() < 2) r.examples.emplace_back(u.vi, u.en);
    }
  });
  std::vector<std::pair<int64_t, TermVariants>> ranked;
  for (auto& [key, a] : acc) {
    size_t named = 0;
    bool missing = false;
    for (const auto& [en, r] : a.by_rendering) {
      if (en.empty()) {
        missing = true;
      } else {
        ++named;
      }
    }
    if (named < 2 && !(options.include_missing && named >= 1 && missing)) continue;
    TermVariants tv;
    tv.vi = a.vi;
    for (auto& [en, r] : a.by_rendering) {
      if (!en.empty() || options.include_missing) tv.renderings.push_back(std::move(r));
    }
    std::sort(tv.renderings.begin(), tv.renderings.end(),
              [](const TermRendering& x, const TermRendering& y) { return x.count > y.count; });
    ranked.emplace_back(a.total, std::move(tv));
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
  std::vector<TermVariants> out;
  for (auto& r : ranked) out.push_back(std::move(r.second));
  return out;
}

std::vector<TermProposal> ExtractTerms(TmStore& store, const Glossary& glossary, const TermsExtractOptions& options) {
  ExportFilter filter;
  // Pass 1: units per Vietnamese phrase.
  std::unordered_map<std::string, int64_t> vi_count;
  std::unordered_map<std::string, std::string> vi_surface;
  store.ForEachUnit(filter, [&](const Unit& u) {
    std::unordered_set<std::string> seen;
    for (auto& [key, surface] : ViPhrases(u.vi, options.max_words, glossary)) {
      if (!seen.insert(key).second) continue;
      ++vi_count[key];
      vi_surface.emplace(key, surface);
    }
  });
  std::unordered_set<std::string> candidates;
  for (const auto& [key, n] : vi_count) {
    if (n < options.min_count) continue;
    if (!glossary.Lookup(vi_surface[key]).empty()) continue;  // already known
    candidates.insert(key);
  }
  // A phrase inside a longer candidate that occurs as often adds nothing.
  std::unordered_set<std::string> dropped;
  for (const std::string& c : candidates) {
    for (const std::string& d : candidates) {
      if (d.size() > c.size() && vi_count[d] == vi_count[c] &&
          (" " + d + " ").find(" " + c + " ") != std::string::npos) {
        dropped.insert(c);
        break;
      }
    }
  }
  for (const std::string& d : dropped) candidates.erase(d);
  if (candidates.empty()) return {};

  // Pass 2: co-occurrence with English phrases; pass 3: English phrase counts.
  std::unordered_map<std::string, std::unordered_map<std::string, int64_t>> cooc;
  std::unordered_map<std::string, std::string> en_surface;
  store.ForEachUnit(filter, [&](const Unit& u) {
    std::unordered_set<std::string> here;
    for (auto& [key, surface] : ViPhrases(u.vi, options.max_words, glossary)) {
      if (candidates.count(key)) here.insert(key);
    }
    if (here.empty()) return;
    std::unordered_set<std::string> en_here;
    for (auto& [key, surface] : EnPhrases(u.en, options.max_words + 1)) {
      if (en_here.insert(key).second) en_surface.emplace(key, surface);
    }
    for (const std::string& v : here) {
      for (const std::string& e : en_here) ++cooc[v][e];
    }
  });
  std::unordered_map<std::string, int64_t> en_count;
  for (const auto& [v, m] : cooc) {
    for (const auto& [e, n] : m) {
      if (n >= options.min_count) en_count.emplace(e, 0);
    }
  }
  store.ForEachUnit(filter, [&](const Unit& u) {
    std::unordered_set<std::string> seen;
    for (auto& [key, surface] : EnPhrases(u.en, options.max_words + 1)) {
      if (seen.insert(key).second) {
        auto it = en_count.find(key);
        if (it != en_count.end()) ++it->second;
      }
    }
  });
  std::vector<TermProposal> out;
  for (const auto& [v, m] : cooc) {
    TermProposal best;
    for (const auto& [e, n] : m) {
      if (n < options.min_count) continue;
      double dice = 2.0 * static_cast<double>(n) / static_cast<double>(vi_count[v] + en_count[e]);
      // Ties go to the longer phrase ("People's Committee" over "Committee").
      if (dice > best.dice + 1e-9 || (std::abs(dice - best.dice) <= 1e-9 && e.size() > best.en.size())) {
        best.vi = vi_surface[v];
        best.en = en_surface[e];
        best.count = n;
        best.dice = dice;
      }
    }
    if (!best.vi.empty() && best.dice >= options.min_dice) out.push_back(best);
  }
  std::sort(out.begin(), out.end(), [](const TermProposal& a, const TermProposal& b) {
    // More units first: the evidence, once the association passed min_dice.
    return a.count != b.count ? a.count > b.count : a.dice != b.dice ? a.dice > b.dice : a.vi < b.vi;
  });
  if (out.size() > options.limit) out.resize(options.limit);
  return out;
}

// --- house style ---------------------------------------------------------------

namespace {

bool UpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

// Words of `en` split at spaces, with their byte offsets.
std::vector<std::pair<size_t, std::string>> SpacedWords(const std::string& en) {
  std::vector<std::pair<size_t, std::string>> out;
  size_t i = 0;
  while (i < en.size()) {
    while (i < en.size() && en[i] == ' ') ++i;
    size_t b = i;
    while (i < en.size() && en[i] != ' ') ++i;
    if (i > b) out.emplace_back(b, en.substr(b, i - b));
  }
  return out;
}

std::string StripPunct(const std::string& w) {
  size_t e = w.size();
  while (e > 0 && (w[e - 1] == ',' || w[e - 1] == '.' || w[e - 1] == ';' || w[e - 1] == ':' ||
                   w[e - 1] == ')'))
    --e;
  return w.substr(0, e);
}

// A place-level word after a capitalised name ("Tan An Ward", "Ninh Kieu district"),
// not followed by a capitalised word (then it belongs to a body: "District People's Committee").
struct LevelUse {
  std::string rule;  // "ward" or "district"
  bool upper = false;
  size_t begin = 0, end = 0;  // the name and the level word
};

std::vector<LevelUse> LevelUses(const std::string& en) {
  std::vector<LevelUse> out;
  auto words = SpacedWords(en);
  for (size_t k = 1; k < words.size(); ++k) {
    std::string w = StripPunct(words[k].second);
    std::string lower = Lower(w);
    if (lower != "ward" && lower != "district") continue;
    const std::string& prev = words[k - 1].second;
    if (prev.empty() || !UpperAscii(prev[0]) || StripPunct(prev) != prev) continue;
    if (prev == "The" || prev == "City" || prev == "Provincial") continue;
    bool punct_after = w != words[k].second;
    if (!punct_after && k + 1 < words.size() && UpperAscii(words[k + 1].second[0])) continue;
    LevelUse u;
    u.rule = lower;
    u.upper = UpperAscii(w[0]);
    size_t first = k - 1;
    while (first > 0 && UpperAscii(words[first - 1].second[0]) &&
           StripPunct(words[first - 1].second) == words[first - 1].second &&
           words[first - 1].second != "The") {
      --first;
    }
    u.begin = words[first].first;
    u.end = words[k].first + w.size();
    out.push_back(u);
  }
  return out;
}

// "MSc Le Thi Mai" / "Ms. Le Thi Mai": title words before a capitalised name.
const std::vector<std::string>& AcademicTitles() {
  static const std::vector<std::string> t = {"MSc", "Dr.", "Prof.", "Assoc. Prof.", "Eng."};
  return t;
}

// Counts (or lists) academic vs honorific titles before names that follow
// "ThS."/"TS." in the Vietnamese: only names the unit itself writes with an academic title.
void TitleUses(const Unit& u, int64_t* academic, int64_t* honorific) {
  for (const char* vi_title : {"ThS.", "TS.", "PGS.TS.", "GS.TS.", "BS.", "KS."}) {
    size_t p = u.vi.find(vi_title);
    if (p == std::string::npos) continue;
    if (p > 0 && u.vi[p - 1] != ' ' && u.vi[p - 1] != '(' && u.vi[p - 1] != ',') continue;
    std::vector<Token> t =
        Tokenize(std::string_view(u.vi).substr(p + std::string(vi_title).size()));
    std::string name;
    for (size_t k = 0; k < t.size() && k < 5 && t[k].word && t[k].upper_initial; ++k) {
      name += (name.empty() ? "" : " ") + StripDiacritics(t[k].text);
    }
    if (name.find(' ') == std::string::npos) continue;
    size_t at = u.en.find(name);
    if (at == std::string::npos) continue;
    std::string before = u.en.substr(0, at);
    while (!before.empty() && before.back() == ' ') before.pop_back();
    auto ends = [&](const std::string& s) {
      return before.size() >= s.size() &&
             before.compare(before.size() - s.size(), s.size(), s) == 0;
    };
    bool acad = false;
    for (const std::string& a : AcademicTitles()) acad |= ends(a);
    if (acad)
      ++*academic;
    else if (ends("Mr.") || ends("Ms.") || ends("Mrs."))
      ++*honorific;
  }
}

int64_t CountWord(const std::string& en, const std::string& word) {
  int64_t n = 0;
  for (const auto& [b, w] : SpacedWords(en)) {
    std::string s = StripPunct(w);
    if (s == word || s == word + "s" || s == word + "'s") ++n;
  }
  return n;
}

}  // namespace

HouseStyle LearnHouseStyle(TmStore& store, size_t max_units) {
  HouseStyle h;
  ExportFilter f;
  f.limit = max_units;  // the lambda cannot stop the scan; the query can
  store.ForEachUnit(f, [&](const Unit& u) {
    for (const LevelUse& l : LevelUses(u.en)) {
      if (l.rule == "ward")
        ++(l.upper ? h.ward_upper : h.ward_lower);
      else
        ++(l.upper ? h.district_upper : h.district_lower);
    }
    h.centre += CountWord(u.en, "Centre") + CountWord(u.en, "centre");
    h.center_us += CountWord(u.en, "Center") + CountWord(u.en, "center");
    TitleUses(u, &h.academic, &h.honorific);
  });
  // A convention needs two uses and a majority to override the glossary's form.
  h.lower_ward = h.ward_lower >= 2 && h.ward_lower > h.ward_upper;
  h.lower_district = h.district_lower >= 2 && h.district_lower > h.district_upper;
  h.center = h.center_us >= 2 && h.center_us > h.centre;
  h.honorific_names = h.honorific >= 2 && h.honorific > h.academic;
  return h;
}

std::string ApplyHouseStyle(std::string en, const HouseStyle& style, int female) {
  for (const LevelUse& l : LevelUses(en)) {
    bool lower = l.rule == "ward" ? style.lower_ward : style.lower_district;
    if (lower && l.upper)
      en[l.end - l.rule.size()] = static_cast<char>(std::tolower(en[l.end - l.rule.size()]));
  }
  if (style.center) {
    for (size_t p = en.find("Centre"); p != std::string::npos; p = en.find("Centre", p + 1))
      en.replace(p, 6, "Center");
    for (size_t p = en.find("centre"); p != std::string::npos; p = en.find("centre", p + 1))
      en.replace(p, 6, "center");
  }
  if (style.honorific_names && female >= 0) {
    for (const std::string& a : AcademicTitles()) {
      if (en.rfind(a + " ", 0) == 0) {
        en = (female ? "Ms. " : "Mr. ") + en.substr(a.size() + 1);
        break;
      }
    }
  }
  return en;
}

std::vector<StyleIssue> CheckHouseStyle(TmStore& store, const HouseStyle& style, size_t limit) {
  std::vector<StyleIssue> out;
  ExportFilter f;
  store.ForEachUnit(f, [&](const Unit& u) {
    if (out.size() >= limit) return;
    for (const LevelUse& l : LevelUses(u.en)) {
      bool lower = l.rule == "ward" ? style.lower_ward : style.lower_district;
      // Only an established convention (two uses, a majority) is enforced.
      int64_t upper_n = l.rule == "ward" ? style.ward_upper : style.district_upper;
      if (!lower && upper_n < 2) continue;
      if (lower != !l.upper) {
        std::string found = u.en.substr(l.begin, l.end - l.begin);
        std::string expected = found;
        char& c = expected[expected.size() - l.rule.size()];
        c = lower ? static_cast<char>(std::tolower(c)) : static_cast<char>(std::toupper(c));
        out.push_back({l.rule, found, expected, u.vi, u.en});
      }
    }
    bool centre = CountWord(u.en, "Centre") + CountWord(u.en, "centre") > 0;
    bool center = CountWord(u.en, "Center") + CountWord(u.en, "center") > 0;
    if (style.center && centre) out.push_back({"center", "Centre", "Center", u.vi, u.en});
    if (!style.center && style.centre >= 2 && center) {
      out.push_back({"center", "Center", "Centre", u.vi, u.en});
    }
    int64_t academic = 0, honorific = 0;
    TitleUses(u, &academic, &honorific);
    if (style.honorific_names && academic > 0)
      out.push_back({"honorific", "MSc/Dr. + name", "Mr./Ms. + name", u.vi, u.en});
    if (!style.honorific_names && style.academic >= 2 && honorific > 0) {
      out.push_back({"honorific", "Mr./Ms. + name", "MSc/Dr. + name", u.vi, u.en});
    }
  });
  return out;
}

}  // namespace songngu
