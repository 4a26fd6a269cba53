#include "tm/concord.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "aligner/lexicon.h"
#include "aligner/normalize.h"
#include "tm/tokens.h"

namespace songngu {
namespace {

bool FunctionWord(const std::string& key) {
  static const std::set<std::string> kWords = {
      "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is",
      "are", "was", "were", "be", "that", "this", "it", "its", "his", "her", "their", "has", "have", "had",
      "và", "của", "các", "những", "là", "đã", "được", "cho", "với", "trong", "tại", "về", "để", "thì"};
  return kWords.count(key) > 0;
}

bool Capitalised(const std::string& word) { return !word.empty() && word != MatchingKey(word); }

// The first known rendering that `words` (keys) contain, in order, with at
// most two other words inside it ("Chairman of the Can Tho City People's
// Committee" for "chairman of the city people's committee"): [begin, end)
// word indices, or begin == end when none.
// Words equal up to a plural "s" ("committees" renders "committee" of a plural phrase).
bool SameWord(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (a.size() == b.size() + 1 && a.back() == 's') return a.compare(0, b.size(), b) == 0;
  if (b.size() == a.size() + 1 && b.back() == 's') return b.compare(0, a.size(), a) == 0;
  return false;
}

std::pair<size_t, size_t> FindKnown(const std::vector<std::string>& words,
                                    const std::vector<std::vector<std::string>>& known) {
  for (const std::vector<std::string>& k : known) {
    if (k.empty() || k.size() > words.size()) continue;
    for (size_t b = 0; b + k.size() <= words.size(); ++b) {
      if (!SameWord(words[b], k[0])) continue;
      size_t j = b + 1, m = 1, extra = 0;
      while (m < k.size() && j < words.size() && extra <= 2) {
        if (SameWord(words[j], k[m])) {
          ++m;
        } else {
          ++extra;
        }
        ++j;
      }
      if (m == k.size() && extra <= 2) return {b, j};
    }
  }
  return {0, 0};
}

// Rank words of a title and their English forms: "Phó Bí thư" is "Vice (or Deputy)
// Secretary", "Phó Chủ tịch Thường trực" "Permanent (or Standing) Vice Chairman".
// In English they come first and rarely recur across hits, so the hits'
// statistics and the lexicon alone leave them out of the span.
struct Rank {
  const char* vi;
  std::vector<const char*> en;
};
const std::vector<Rank>& Ranks() {
  static const std::vector<Rank> kRanks = {
      {"phó", {"vice", "deputy"}},
      {"thường trực", {"standing", "permanent", "executive"}},
      {"quyền", {"acting"}},
      {"nguyên", {"former"}},
  };
  return kRanks;
}

// The English rank words of the rank words `phrase` (keys) contains.
std::set<std::string> EnglishRanks(const std::vector<Token>& phrase) {
  std::set<std::string> out;
  for (const Rank& r : Ranks()) {
    std::vector<std::string> rank = Words(MatchingKey(r.vi));
    for (size_t b = 0; b + rank.size() <= phrase.size(); ++b) {
      bool equal = true;
      for (size_t k = 0; k < rank.size() && equal; ++k) equal = phrase[b + k].key == rank[k];
      if (equal) out.insert(r.en.begin(), r.en.end());
    }
  }
  return out;
}

// English rank words that never stand for anything but a rank at the start of a
// title ("Standing Committee" and "Executive Board" are bodies, not ranks).
bool UnambiguousRank(const std::string& key) {
  return key == "vice" || key == "deputy" || key == "acting";
}

// "People’s" and "People's" are one word.
std::string StraightApostrophes(std::string s) {
  for (size_t p = s.find("\u2019"); p != std::string::npos; p = s.find("\u2019"))
    s.replace(p, 3, "'");
  return s;
}

// Group key of a rendering: case, tone marks and apostrophe forms do not split groups.
std::string GroupKey(const std::string& span) { return MatchingKey(StraightApostrophes(span)); }

// True when some occurrence of `phrase` in `vi` stands as a term of its own:
// not inside (or straddling the start of) a longer glossary entry.
bool WholeTermIn(const Glossary& glossary, const std::vector<Token>& phrase, std::string_view vi,
                 const std::string& date) {
  std::vector<Token> t = Tokenize(vi);
  const size_t n = phrase.size();
  if (n == 0) return true;
  bool any = false;
  for (size_t b = 0; b + n <= t.size(); ++b) {
    bool equal = true;
    for (size_t k = 0; k < n && equal; ++k) equal = t[b + k].key == phrase[k].key;
    if (!equal) continue;
    any = true;
    bool inside = false;
    // An entry starting up to 4 words before the occurrence and reaching into it,
    // or starting at it and reaching past it ("Sở Kế hoạch" in "Sở Kế hoạch và Đầu tư").
    for (size_t a = b >= 4 ? b - 4 : 0; a <= b && !inside; ++a) {
      for (size_t e = (a < b ? b + 1 : b + n + 1); e <= std::min(t.size(), b + n + 6) && !inside;
           ++e) {
        if (a == b && e <= b + n) continue;
        std::string key;
        for (size_t k = a; k < e; ++k) key += (k > a ? "\x1f" : "") + t[k].key;
        const GlossaryEntry* g = glossary.Best(key, date);
        inside = g != nullptr && g->kind != "place";
      }
    }
    if (!inside) return true;
  }
  return !any;  // not found by tokens (punctuation differs): keep what FindPhrase found
}

}  // namespace

std::vector<std::string> GlossaryRenderings(const Glossary& glossary, std::string_view phrase,
                                            const std::string& date) {
  std::vector<std::string> out;
  auto add = [&](const std::string& en) {
    if (!en.empty() && std::find(out.begin(), out.end(), en) == out.end()) out.push_back(en);
  };
  for (const GlossaryEntry& e : glossary.Lookup(phrase, date)) {
    if (Glossary::Key(e.vi) != Glossary::Key(phrase)) continue;  // an English match of the phrase
    add(e.en);
    add(e.en_female);
  }
  // A composed title ("Chủ tịch UBND TP Cần Thơ") has no entry of its own.
  RecognizeOptions ro;
  ro.date = date;
  std::vector<TermMatch> terms = glossary.Recognize(phrase, ro);
  if (terms.size() > 1) {
    // "UBND các quận, huyện": each piece's rendering ("People's Committee", "districts").
    for (const TermMatch& t : terms) add(t.en);
  }
  if (terms.size() == 1 && terms[0].begin == 0 && terms[0].end == phrase.size()) {
    add(terms[0].en);
    std::string female = terms[0].en;
    for (size_t p = female.find("Chairman"); p != std::string::npos;
         p = female.find("Chairman", p + 1)) {
      female.replace(p, 8, "Chairwoman");
    }
    add(female);
  }
  return out;
}

namespace {

// The units holding `phrase` grouped by the rendering of the other side.
ConcordResult Renderings(TmStore& store, std::string_view phrase,
                         const ConcordOptions& options_in) {
  ConcordResult result;
  ConcordOptions options = options_in;
  std::vector<Unit> units = store.FindPhrase(phrase, options.from, options.max_units);
  if (options.glossary != nullptr && options.from == Lang::kVi) {
    for (std::string& r : GlossaryRenderings(*options.glossary, phrase, options.date)) {
      options.known_renderings.push_back(std::move(r));
    }
    std::vector<Token> pt = Tokenize(phrase);
    units.erase(std::remove_if(units.begin(), units.end(),
                               [&](const Unit& u) {
                                 return !WholeTermIn(*options.glossary, pt, u.vi, options.date);
                               }),
                units.end());
  }
  result.units = static_cast<int64_t>(units.size());
  if (units.empty()) return result;
  const Lang other = options.from == Lang::kVi ? Lang::kEn : Lang::kVi;
  const double total = std::max<double>(1.0, static_cast<double>(store.UnitCount()));
  const double n = static_cast<double>(units.size());

  std::vector<std::string> phrase_words = Words(phrase);
  const std::set<std::string> phrase_ranks = EnglishRanks(Tokenize(phrase));
  const bool titled = std::any_of(phrase_words.begin(), phrase_words.end(), [](const std::string& w) {
    return w != MatchingKey(w);
  });

  // Words of each hit's other side (surface and key), and in how many hits each key occurs.
  std::vector<std::vector<std::string>> surface(units.size()), keys(units.size());
  std::unordered_map<std::string, int> hits_with;
  for (size_t i = 0; i < units.size(); ++i) {
    const std::string& text = options.from == Lang::kVi ? units[i].en : units[i].vi;
    surface[i] = Words(ToNfc(text));
    keys[i] = Words(MatchingKey(text));
    if (keys[i].size() != surface[i].size()) keys[i] = surface[i];
    std::set<std::string> seen(keys[i].begin(), keys[i].end());
    for (const std::string& k : seen) ++hits_with[k];
  }
  std::unordered_map<std::string, double> weight;
  double best = 0;
  for (const auto& [k, c] : hits_with) {
    double p_hit = c / n;
    double p_all = std::max<double>(static_cast<double>(store.WordFrequency(k, other)), c) / total;
    double w = FunctionWord(k) ? 0.0 : p_hit * std::max(0.0, std::log(p_hit / p_all));
    weight[k] = w;
    best = std::max(best, w);
  }
  // Lexicon evidence: how well each English word translates one of the phrase's words.
  std::vector<std::string> phrase_tokens;
  if (options.lexicon && options.from == Lang::kVi) phrase_tokens = options.lexicon->GroupVietnamese(phrase);
  auto lexical = [&](const std::string& surface_word) {
    float p = 0;
    if (phrase_tokens.empty()) return 0.0;
    const std::string en = EnglishToken(surface_word);
    for (const std::string& t : phrase_tokens) {
      p = std::max({p, options.lexicon->ProbEnGivenVi(t, en), options.lexicon->ProbViGivenEn(en, t)});
    }
    return static_cast<double>(p);
  };
  std::vector<std::vector<std::string>> known;
  for (const std::string& r : options.known_renderings)
    known.push_back(Words(MatchingKey(StraightApostrophes(r))));
  std::sort(known.begin(), known.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  const size_t max_span = std::max<size_t>(
      3, static_cast<size_t>(std::ceil(options.max_span_ratio * static_cast<double>(phrase_words.size()))));

  std::map<std::string, ConcordGroup> groups;  // by lower-case key of the span
  std::map<std::string, std::map<std::string, int64_t>> surfaces;
  for (size_t i = 0; i < units.size(); ++i) {
    // Words of the source side outside the phrase, diacritics folded: an English word
    // equal to one of them is a copied name ("Nguyen Van Hieu"), not part of the rendering.
    std::set<std::string> copied;
    {
      const std::string& src = options.from == Lang::kVi ? units[i].vi : units[i].en;
      std::set<std::string> in_phrase;
      for (const std::string& w : phrase_words) in_phrase.insert(FoldedKey(w));
      for (const std::string& w : Words(FoldedKey(src))) {
        if (!in_phrase.count(w)) copied.insert(w);
      }
    }
    // Kadane over (weight - threshold); function words cost a little so they can join two content runs.
    double run = 0, best_sum = 0;
    size_t run_start = 0, best_begin = 0, best_end = 0;
    std::vector<std::string> lower;
    for (const std::string& w : surface[i]) lower.push_back(MatchingKey(StraightApostrophes(w)));
    auto [known_begin, known_end] = FindKnown(lower, known);
    // Word evidence on one scale (the most telling word of the hits = 1): the
    // hits' statistics when there are enough hits to have any, and the lexicon.
    const double stat_scale = (n >= 3 && best > 0) ? 1.0 / best : 0.0;
    for (size_t j = 0; j < keys[i].size() && known_begin == known_end; ++j) {
      double w = weight[keys[i][j]] * stat_scale;
      const double lex = lexical(surface[i][j]);
      if (lex > 0) w = std::max(w, 0.5 + 0.5 * lex);  // any dictionary translation is strong evidence
      // Title case supports a word only if it recurs: names in single hits stay out.
      if (titled && w > 0 && Capitalised(surface[i][j]) && hits_with[keys[i][j]] > n / 3) w += 0.2;
      double gain = FunctionWord(keys[i][j]) ? -0.05 : w - 0.25;
      // A capitalised phrase (a title) is rendered in title case: lower-case content words end it.
      if (titled && !FunctionWord(keys[i][j]) && !Capitalised(surface[i][j])) gain -= 0.5;
      if (copied.count(FoldedKey(keys[i][j]))) gain = -0.3;
      if (run <= 0) {
        run = 0;
        run_start = j;
      }
      run += gain;
      if (run > best_sum && j + 1 - run_start <= max_span) {
        best_sum = run;
        best_begin = run_start;
        best_end = j + 1;
      }
    }
    if (known_begin != known_end) {
      best_begin = known_begin;
      best_end = known_end;
      // Adjacent words of the other known renderings join the span: "district" + "People's
      // Committees".
      auto known_word = [&](const std::string& w) {
        if (FunctionWord(w)) return false;
        for (const auto& k : known) {
          for (const std::string& x : k) {
            if (SameWord(w, x)) return true;
          }
        }
        return false;
      };
      while (best_begin > 0 && known_begin - best_begin < 2 && known_word(lower[best_begin - 1]))
        --best_begin;
      while (best_end < lower.size() && best_end - known_end < 2 && known_word(lower[best_end]))
        ++best_end;
    }
    while (best_end > best_begin && FunctionWord(keys[i][best_end - 1])) --best_end;
    while (best_begin < best_end && FunctionWord(keys[i][best_begin])) ++best_begin;
    if (best_begin < best_end && options.from == Lang::kVi) {
      // The rank of the title belongs to its span ("Vice Secretary of ..." for "Phó Bí thư
      // ..."), up to three rank words ("Permanent Vice Chairman"); a rank the phrase does
      // not have ("Vice" for "Bí thư ...") is not part of it.
      for (int k = 0; k < 3 && best_begin > 0 && phrase_ranks.count(lower[best_begin - 1]); ++k)
        --best_begin;
      if (known_begin == known_end) {
        while (best_end - best_begin > 1 && UnambiguousRank(lower[best_begin]) &&
               !phrase_ranks.count(lower[best_begin]))
          ++best_begin;
      }
    }
    std::string span;
    for (size_t j = best_begin; j < best_end; ++j)
      span += (span.empty() ? "" : " ") + surface[i][j];
    const std::string key = GroupKey(span);
    ConcordGroup& g = groups[key];
    g.count += units[i].dup_count;
    surfaces[key][span] += units[i].dup_count;
    g.hits.push_back({std::move(units[i]), span});
  }
  for (auto& [key, g] : groups) {
    const auto& forms = surfaces[key];
    g.rendering = std::max_element(forms.begin(), forms.end(), [](const auto& a, const auto& b) {
                    return a.second < b.second;
                  })->first;
    result.groups.push_back(std::move(g));
  }
  std::stable_sort(result.groups.begin(), result.groups.end(),
                   [](const ConcordGroup& a, const ConcordGroup& b) { return a.count > b.count; });
  return result;
}

}  // namespace

ConcordResult Concord(TmStore& store, std::string_view phrase, const ConcordOptions& options) {
  ConcordResult result = Renderings(store, phrase, options);
  if (options.fragments && options.from == Lang::kVi) {
    static const Glossary kNone;
    result.fragments = FindTmFragments(
        store, phrase, options.glossary != nullptr ? *options.glossary : kNone, options.lexicon,
        options.date);
  }
  return result;
}

}  // namespace songngu
