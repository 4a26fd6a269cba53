#include "tm/suggest.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "aligner/normalize.h"
#include "aligner/sentence_splitter.h"
#include "tm/store.h"
#include "tm/tokens.h"
#include "tm/wordalign.h"
#include "tm/xml_util.h"

namespace songngu {
namespace {

// English renderings of the terms and entities found in a snippet, in order.
std::vector<std::string> Renderings(const std::string& text, const Glossary& glossary, const std::string& date) {
  TextAnalysis t = AnalyzeText(text, glossary, date);
  std::vector<std::pair<size_t, std::string>> found;
  for (const TermMatch& m : t.terms) found.emplace_back(m.begin, m.en);
  for (const Entity& e : t.entities) found.emplace_back(e.begin, e.en);
  std::sort(found.begin(), found.end());
  std::vector<std::string> out;
  for (auto& f : found) out.push_back(std::move(f.second));
  return out;
}

std::string Join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

bool AlnumByte(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (static_cast<unsigned char>(c) >= 0x80);
}

// The first whole-word occurrence of `from` ("6" is not the 6 of "2026"), or npos.
size_t FindWhole(const std::string& text, const std::string& from) {
  if (from.empty()) return std::string::npos;
  for (size_t pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + 1)) {
    bool left = pos == 0 || !AlnumByte(text[pos - 1]) || !AlnumByte(from.front());
    size_t after = pos + from.size();
    bool right = after >= text.size() || !AlnumByte(text[after]) || !AlnumByte(from.back());
    // "1,200" is not inside "11,200" nor "1,2000": digits joined by , or . belong to the number.
    if (left && pos >= 2 && (text[pos - 1] == ',' || text[pos - 1] == '.') &&
        text[pos - 2] >= '0' && text[pos - 2] <= '9' && from.front() >= '0' &&
        from.front() <= '9') {
      left = false;
    }
    if (right && after + 1 < text.size() && (text[after] == ',' || text[after] == '.') &&
        text[after + 1] >= '0' && text[after + 1] <= '9' && from.back() >= '0' &&
        from.back() <= '9') {
      right = false;
    }
    if (left && right) return pos;
  }
  return std::string::npos;
}

// Replaces the first whole-word occurrence of `from`.
bool ReplaceFirst(std::string& text, const std::string& from, const std::string& to) {
  size_t pos = FindWhole(text, from);
  if (pos == std::string::npos) return false;
  text.replace(pos, from.size(), to);
  return true;
}

// Numbers written in `text` (digits with inner "," or "."): [begin, end) byte spans.
std::vector<std::pair<size_t, size_t>> NumberSpans(const std::string& text) {
  std::vector<std::pair<size_t, size_t>> out;
  auto digit = [&](size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
  size_t i = 0;
  while (i < text.size()) {
    if (!digit(i) || (i > 0 && AlnumByte(text[i - 1]))) {
      ++i;
      continue;
    }
    size_t e = i;
    while (digit(e) || ((text[e] == ',' || text[e] == '.') && digit(e + 1))) ++e;
    if (e >= text.size() || !std::isalpha(static_cast<unsigned char>(text[e])))
      out.emplace_back(i, e);
    i = e;
  }
  return out;
}

// The number of `was` (an English rendering) found in `target` by value,
// whatever its written form ("48.5" finds "48,5" and "48.5"), replaced by the
// number of `now`. False unless each differing number is placed exactly once.
bool ReplaceByValue(std::string& target, const std::string& was, const std::string& now) {
  auto was_spans = NumberSpans(was), now_spans = NumberSpans(now);
  if (was_spans.empty() || was_spans.size() != now_spans.size()) return false;
  // Only the numbers may differ: "VND 3.5 trillion" never replaces the number of "VND 1,250
  // billion".
  auto skeleton = [](const std::string& text,
                     const std::vector<std::pair<size_t, size_t>>& numbers) {
    std::string out;
    size_t at = 0;
    for (auto [b, e] : numbers) {
      out += text.substr(at, b - at) + "#";
      at = e;
    }
    return out + text.substr(at);
  };
  if (skeleton(was, was_spans) != skeleton(now, now_spans)) return false;
  std::string out = target;
  bool changed = false;
  for (size_t k = 0; k < was_spans.size(); ++k) {
    std::string from = was.substr(was_spans[k].first, was_spans[k].second - was_spans[k].first);
    std::string to = now.substr(now_spans[k].first, now_spans[k].second - now_spans[k].first);
    double wv = 0, tv = 0;
    if (from == to || !NumberValue(from, false, &wv)) continue;
    std::vector<std::pair<size_t, size_t>> hits;
    for (auto [b, e] : NumberSpans(out)) {
      std::string written = out.substr(b, e - b);
      bool en = NumberValue(written, false, &tv) && tv == wv;
      bool vi = NumberValue(written, true, &tv) && tv == wv;
      if (en || vi) hits.emplace_back(b, e);
    }
    if (hits.size() != 1) return false;
    out.replace(hits[0].first, hits[0].second - hits[0].first, to);
    changed = true;
  }
  if (changed) target = out;
  return changed;
}

const char* const kScales[] = {"thousand", "million", "billion", "trillion"};

int ScaleIndex(const std::string& word) {
  for (int k = 0; k < 4; ++k)
    if (word == kScales[k]) return k;
  return -1;
}

// "VND 5,930 billion" in another scale word ("trillion" -> "VND 5.93 trillion"),
// unchanged when it has no number + scale or the number would not be plain.
std::string Rescale(const std::string& rendering, int to) {
  std::vector<std::pair<size_t, size_t>> numbers = NumberSpans(rendering);
  if (numbers.size() != 1 || to < 0) return rendering;
  auto [b, e] = numbers[0];
  size_t w = e;
  while (w < rendering.size() && rendering[w] == ' ') ++w;
  size_t we = w;
  while (we < rendering.size() && std::isalpha(static_cast<unsigned char>(rendering[we]))) ++we;
  int from = ScaleIndex(rendering.substr(w, we - w));
  double value = 0;
  if (from < 0 || from == to || !NumberValue(rendering.substr(b, e - b), false, &value))
    return rendering;
  value *= std::pow(1000.0, from - to);
  if (value < 1 || value >= 1e6) return rendering;  // "VND 0.5 trillion" reads worse
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", value);
  std::string n = buf;
  while (n.back() == '0') n.pop_back();
  if (n.back() == '.') n.pop_back();
  std::string whole = n.substr(0, n.find('.'));
  std::string frac = n.size() > whole.size() ? n.substr(whole.size()) : "";
  for (int k = static_cast<int>(whole.size()) - 3; k > 0; k -= 3) whole.insert(k, ",");
  return rendering.substr(0, b) + whole + frac + " " + kScales[to] + rendering.substr(we);
}

// `was` -> `now` placed in `target`: as rendered, then without the words both
// renderings share ("before April 30" -> "before September 30" finds "by April
// 30"), then an amount the English wrote with another scale word ("VND 4,820
// billion" is the TM's "VND 4.82 trillion": "VND 5.93 trillion"), then numbers
// by value.
// `said`/`says` (if not null) get the words replaced as the target wrote them and their
// replacement.
bool ReplaceRendering(std::string& target, const std::string& was, const std::string& now,
                      std::string* said = nullptr, std::string* says = nullptr) {
  std::string said_, says_;
  if (said == nullptr) said = &said_;
  if (says == nullptr) says = &says_;
  *said = was;
  *says = now;
  if (was == now) return true;
  auto place = [&](std::string& text, const std::string& from, const std::string& to) {
    if (!ReplaceFirst(text, from, to)) return false;
    *said = from;
    *says = to;
    return true;
  };
  if (place(target, was, now)) return true;
  std::vector<std::string> a = Words(was), b = Words(now);
  size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  auto join = [](const std::vector<std::string>& w, size_t from, size_t to) {
    std::string s;
    for (size_t k = from; k < to; ++k) s += (s.empty() ? "" : " ") + w[k];
    return s;
  };
  if (head > 0 && head < a.size() && head < b.size()) {
    if (place(target, join(a, head, a.size()), join(b, head, b.size()))) return true;
  }
  // The words that differ with one shared word beside them: "the first five months
  // of the year" -> "... six ..." finds "first five months" (a bare "five" could be
  // any five).
  size_t tail = 0;
  while (tail + head < a.size() && tail + head < b.size() &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
    ++tail;
  }
  if (tail > 0 && head + tail < a.size() && head + tail < b.size()) {
    if (place(target, join(a, head, a.size() - tail + 1), join(b, head, b.size() - tail + 1))) {
      return true;
    }
    if (head > 0 &&
        place(target, join(a, head - 1, a.size() - tail), join(b, head - 1, b.size() - tail))) {
      return true;
    }
  }
  for (int scale = 0; scale < 4; ++scale) {
    const std::string scaled = Rescale(was, scale);
    if (scaled != was && place(target, scaled, Rescale(now, scale))) return true;
  }
  return ReplaceByValue(target, was, now);
}

bool HasDigit(const std::string& s) { return std::any_of(s.begin(), s.end(), ::isdigit); }

// Sentence spans of one language, one splitter per thread (ICU break iterators are not shared).
std::vector<std::string> Sentences(const std::string& text, bool vietnamese) {
  thread_local SentenceSplitter vi("vi"), en("en");
  std::vector<std::string> out;
  for (auto [b, e] : (vietnamese ? vi : en).Split(text)) out.push_back(text.substr(b, e - b));
  return out;
}

// The English sentences covering Vietnamese part `k` of `n`: the same index when
// both sides have as many sentences, the whole English when it is one sentence,
// else the sentence at the same relative position.
std::string CoveringPart(const std::vector<std::string>& vi_parts, size_t k,
                         const std::string& en) {
  std::vector<std::string> en_parts = Sentences(en, false);
  if (en_parts.size() <= 1) return en;
  if (en_parts.size() == vi_parts.size()) return en_parts[k];
  size_t before = 0, total = 0;
  for (size_t j = 0; j < vi_parts.size(); ++j) {
    if (j < k) before += vi_parts[j].size();
    total += vi_parts[j].size();
  }
  double mid =
      (static_cast<double>(before) + vi_parts[k].size() / 2.0) / std::max<size_t>(1, total);
  size_t en_total = 0;
  for (const auto& p : en_parts) en_total += p.size();
  size_t at = static_cast<size_t>(mid * static_cast<double>(en_total)), run = 0;
  for (const auto& p : en_parts) {
    run += p.size();
    if (run >= at) return p;
  }
  return en_parts.back();
}

// The word tokens of a text (what word alignments count).
std::vector<Token> WordTokensOf(const std::string& s) {
  std::vector<Token> t = Tokenize(s);
  t.erase(std::remove_if(t.begin(), t.end(), [](const Token& x) { return !x.word; }), t.end());
  return t;
}

// The clauses of a unit's English that translate one part of its Vietnamese
// (`links`: that part's word alignment to `en`), when the English is one
// sentence for several Vietnamese ones: "The biggest difficulty is slow
// compensation, as many households have not agreed with the plan." for
// "Nhiều hộ dân chưa đồng thuận với phương án." is "Many households have not
// agreed with the plan." A draft must not carry the other part's content (its
// figures above all) into a release that does not have it. From the clause
// boundary (",;:" or a joining "and", "as", "while", "but", "which", "so")
// before the first linked word to the one after the last; `en` unchanged when
// fewer than two words are linked or the clauses are the whole sentence.
std::string NarrowToLinkedClauses(const std::string& en, const WordLinks& links) {
  const std::vector<Token> w = WordTokensOf(en);
  const int n = static_cast<int>(w.size());
  if (links.size() < 2 || n == 0) return en;
  static const std::set<std::string> kJoiners = {"and", "as", "while", "but", "which", "so"};
  // Clauses as word ranges [start, end).
  std::vector<std::pair<int, int>> clauses = {{0, 0}};
  for (int k = 1; k < n; ++k) {
    bool punct = en.find_first_of(",;:", w[k - 1].end) < w[k].begin;
    // "and" inside a name ("Flood Control and Climate Change Adaptation Project") joins no clauses.
    bool in_name = k + 1 < n && w[k - 1].upper_initial && w[k + 1].upper_initial;
    if (punct || (kJoiners.count(w[k].key) > 0 && !in_name)) clauses.push_back({k, k});
  }
  for (size_t c = 0; c < clauses.size(); ++c)
    clauses[c].second = c + 1 < clauses.size() ? clauses[c + 1].first : n;
  std::vector<char> linked(n, 0);
  for (const auto& [v, e] : links) {
    if (e >= 0 && e < n) linked[e] = 1;
  }
  // A clause belongs to the part when a quarter of its words are linked: one
  // stray link ("đã" to the other clause's "has") does not make it the part's.
  int first = -1, last = -1;
  for (size_t c = 0; c < clauses.size(); ++c) {
    int count = 0, size = clauses[c].second - clauses[c].first;
    for (int k = clauses[c].first; k < clauses[c].second; ++k) count += linked[k];
    if (count > 0 && count * 4 >= size) {
      if (first < 0) first = static_cast<int>(c);
      last = static_cast<int>(c);
    }
  }
  if (first < 0 || (first == 0 && last + 1 == static_cast<int>(clauses.size()))) return en;
  int from = clauses[first].first, to = clauses[last].second - 1;
  while (from < to && kJoiners.count(w[from].key) > 0) ++from;
  std::string out = en.substr(w[from].begin, w[to].end - w[from].begin);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  const size_t end = en.find_last_not_of(" \t");
  if (end != std::string::npos && std::string(".!?").find(en[end]) != std::string::npos)
    out += en[end];
  return out;
}

// Word-level difference between the new sentence and a match's source
// (longest common subsequence over matching keys; punctuation ignored).
// `spans` (if not null) gets each difference's byte span in `now` and in `was`.
std::vector<SuggestDiff> Diff(const std::string& now, const std::string& was,
                              std::vector<std::array<size_t, 4>>* spans = nullptr) {
  auto words = [](const std::string& s) {
    std::vector<Token> t = Tokenize(s);
    t.erase(std::remove_if(t.begin(), t.end(), [](const Token& x) { return !x.word; }), t.end());
    return t;
  };
  std::vector<Token> a = words(now), b = words(was);
  size_t n = a.size(), m = b.size();
  std::vector<std::vector<uint16_t>> lcs(n + 1, std::vector<uint16_t>(m + 1, 0));
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      lcs[i][j] = a[i].key == b[j].key ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::vector<SuggestDiff> out;
  auto span = [](const std::string& s, const std::vector<Token>& t, size_t from, size_t to) {
    return from == to ? std::string() : s.substr(t[from].begin, t[to - 1].end - t[from].begin);
  };
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i].key == b[j].key) {
      ++i;
      ++j;
      continue;
    }
    size_t i0 = i, j0 = j;
    while ((i < n || j < m) && !(i < n && j < m && a[i].key == b[j].key)) {
      if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) ++j;
      else ++i;
    }
    SuggestDiff d;
    d.source = span(now, a, i0, i);
    d.match = span(was, b, j0, j);
    if (spans != nullptr) {
      auto at = [](const std::string& s, const std::vector<Token>& t, size_t from,
                   size_t to) -> std::pair<size_t, size_t> {
        if (from < to) return {t[from].begin, t[to - 1].end};
        size_t p = from < t.size() ? t[from].begin : s.size();
        return {p, p};
      };
      auto [ab, ae] = at(now, a, i0, i);
      auto [bb, be] = at(was, b, j0, j);
      spans->push_back({ab, ae, bb, be});
    }
    d.op = d.source.empty() ? "delete" : d.match.empty() ? "insert" : "replace";
    out.push_back(std::move(d));
  }
  return out;
}

// Whether `text` has a word outside parentheses: "(CT) - " has none, so a
// draft needs no "…" for it.
bool HasWordOutsideParentheses(std::string_view text) {
  int depth = 0;
  for (unsigned char c : text) {
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (depth == 0 && (std::isalnum(c) || c >= 0x80)) return true;
  }
  return false;
}

// Glossary terms and entities in sentence order: the draft without any TM
// material (the "terms" draft mode and the last resort). Words in between
// that none translates, and any before or after them, stand as " … " (the
// page will not confirm a draft with one); pieces separated by a comma only
// keep it ("On May 28, Mr. Tran Viet Truong, Deputy Secretary ...").
std::string TermSkeleton(const std::string& source, const std::vector<TermMatch>& terms,
                         const std::vector<Entity>& entities) {
  struct Part {
    size_t begin, end;
    std::string en;
    bool operator<(const Part& o) const { return begin != o.begin ? begin < o.begin : end > o.end; }
  };
  std::vector<Part> parts;
  for (const TermMatch& t : terms) parts.push_back({t.begin, t.end, t.en});
  for (const Entity& e : entities) parts.push_back({e.begin, e.end, e.en});
  std::sort(parts.begin(), parts.end());
  std::string out;
  size_t pos = 0;
  for (const Part& p : parts) {
    if (p.en.empty() || p.begin < pos) continue;  // inside the previous piece
    const size_t from = std::min(pos, source.size()), to = std::min(p.begin, source.size());
    std::string_view between = std::string_view(source).substr(from, to - from);
    if (HasWordOutsideParentheses(between)) {
      out += out.empty() ? "… " : " … ";
    } else if (!out.empty()) {
      out += between.find(',') != std::string_view::npos ? ", " : " ";
    }
    out += p.en;
    pos = p.end;
  }
  if (!out.empty() && pos < source.size() &&
      HasWordOutsideParentheses(std::string_view(source).substr(pos)))
    out += " …";
  return out;
}

// ---- Drafts: fuzzy repair and fragment assembly (issue 14) ----

// A term or entity of a text as a range of its word tokens, with its English.
struct Piece {
  int from = 0, to = 0;  // word tokens [from, to)
  size_t begin = 0, end = 0;
  std::string vi, en;
  std::string source;  // "glossary", "entity" or "number"
};

std::vector<Piece> Pieces(const std::vector<Token>& words, const TextAnalysis& analysis) {
  std::vector<Piece> out;
  auto add = [&](size_t b, size_t e, const std::string& vi, const std::string& en,
                 const std::string& source) {
    Piece p;
    p.from = -1;
    for (int k = 0; k < static_cast<int>(words.size()); ++k) {
      if (words[k].begin >= b && words[k].end <= e) {
        if (p.from < 0) p.from = k;
        p.to = k + 1;
      }
    }
    if (p.from < 0 || en.empty()) return;
    p.begin = b;
    p.end = e;
    p.vi = vi;
    p.en = en;
    p.source = source;
    out.push_back(std::move(p));
  };
  for (const TermMatch& t : analysis.terms) add(t.begin, t.end, t.vi, t.en, "glossary");
  for (const Entity& e : analysis.entities) {
    bool number =
        e.type == EntityType::kNumber || e.type == EntityType::kDate || e.type == EntityType::kCode;
    add(e.begin, e.end, e.vi, e.en, number ? "number" : "entity");
  }
  std::sort(out.begin(), out.end(), [](const Piece& a, const Piece& b) { return a.from < b.from; });
  return out;
}

bool EnglishFunctionWord(const std::string& key) {
  static const char* const kWords[] = {"the", "a",  "an", "of",  "and", "in",
                                       "on",  "at", "to", "for", "by",  "with"};
  for (const char* w : kWords)
    if (key == w) return true;
  return false;
}

// English word range [e0, e1) that vi words [j0, j1) align to: the hull of
// their links, refused when a word inside it links outside [j0, j1)
// (phrase-extraction consistency).
// With `en` (the English tokens), a stray link of an English function word
// inside the span to a word outside ("ông" - "of") does not refuse it.
// With `content_hull` (and `en`), the hull is that of the links to English
// content words when there are any: a stray link of "các" to a distant "the"
// does not stretch a fragment over half the sentence.
std::optional<std::pair<int, int>> AlignedSpan(const WordLinks& links, int j0, int j1,
                                               const std::vector<Token>* en = nullptr,
                                               bool content_hull = false) {
  int e0 = std::numeric_limits<int>::max(), e1 = -1;
  const int first_pass = content_hull && en != nullptr ? 0 : 1;
  int pass = first_pass;
  for (; pass < 2 && e1 < 0; ++pass) {
    for (auto [v, e] : links) {
      if (v >= j0 && v < j1 && (pass == 1 || !EnglishFunctionWord((*en)[e].key))) {
        e0 = std::min(e0, e);
        e1 = std::max(e1, e + 1);
      }
    }
  }
  if (e1 < 0) return std::nullopt;
  if (pass == 1) {
    // The content hull takes the function words next to it that the same
    // words link ("The health sector", "in Phong Dien"), not a distant one.
    auto linked_from_run = [&](int e) {
      for (auto [v, x] : links)
        if (x == e && v >= j0 && v < j1) return true;
      return false;
    };
    while (e0 > 0 && linked_from_run(e0 - 1)) --e0;
    while (linked_from_run(e1)) ++e1;
  }
  for (auto [v, e] : links) {
    if (e >= e0 && e < e1 && (v < j0 || v >= j1) &&
        (en == nullptr || !EnglishFunctionWord((*en)[e].key))) {
      return std::nullopt;
    }
  }
  return std::make_pair(e0, e1);
}

// An English span [e0, e1) of Vietnamese words [j0, j1) grown over the
// unlinked English words at an edge where the Vietnamese words are unlinked
// too, at most as many as those: "Mỗi hộ bị thiệt hại được hỗ trợ" = "Each
// affected household received", not "Each affected household" ("được hỗ trợ"
// and "received" have no links). Standard phrase extraction's unaligned edges,
// kept to edges that are unexplained on both sides.
void GrowOverUnlinkedEdges(const WordLinks& links, int j0, int j1, int en_size,
                           std::pair<int, int>* span) {
  std::vector<char> vi_linked(std::max(j1, 0), 0), en_linked(en_size, 0);
  for (auto [v, e] : links) {
    if (v >= 0 && v < j1) vi_linked[v] = 1;
    if (e >= 0 && e < en_size) en_linked[e] = 1;
  }
  int tail = 0, head = 0;
  while (j1 - 1 - tail >= j0 && !vi_linked[j1 - 1 - tail]) ++tail;
  while (j0 + head < j1 && !vi_linked[j0 + head]) ++head;
  for (int k = 0; k < tail && span->second < en_size && !en_linked[span->second]; ++k)
    ++span->second;
  for (int k = 0; k < head && span->first > 0 && !en_linked[span->first - 1]; ++k) --span->first;
}

// An unlinked article right before an English span is the span's own
// ("Thành phố sẽ" = "The city will", "hội nghị" = "the conference"):
// Vietnamese has no articles, so alignments leave them unlinked.
void GrowOverLeadingArticle(const WordLinks& links, const std::vector<Token>& en,
                            std::pair<int, int>* span) {
  const int k = span->first - 1;
  if (k < 0 || (en[k].key != "the" && en[k].key != "a" && en[k].key != "an")) return;
  for (auto [v, e] : links)
    if (e == k) return;
  span->first = k;
}

std::string ByteSpan(const std::string& text, const std::vector<Token>& t, int from, int to) {
  if (from >= to) return "";
  return text.substr(t[from].begin, t[to - 1].end - t[from].begin);
}

// Word alignments of units, stored or computed once per Suggest call.
class AlignmentSource {
 public:
  AlignmentSource(const DraftSources& s, const Glossary& glossary, const std::string& date)
      : sources_(s), glossary_(glossary) {
    options_.date = date;
  }
  WordLinks For(const std::string& id, const std::string& vi, const std::string& en,
                bool whole_unit) {
    std::string key = id + (whole_unit ? "" : "\t" + vi + "\t" + en);
    auto it = cache_.find(key);
    if (it != cache_.end()) return it->second;
    std::optional<WordLinks> links;
    if (whole_unit && sources_.tm != nullptr && !id.empty() &&
        id.find_first_not_of("0123456789") == std::string::npos) {
      if (std::optional<std::string> stored = sources_.tm->GetWordAlignment(std::stoll(id))) {
        links = ParseWordLinks(*stored);
      }
    }
    if (!links) links = AlignUnitWords(vi, en, sources_.lexicon, &glossary_, options_);
    return cache_[key] = *links;
  }
  TmStore* tm() const { return sources_.tm; }
  const Lexicon* lexicon() const { return sources_.lexicon; }

 private:
  DraftSources sources_;
  const Glossary& glossary_;
  WordAlignOptions options_;
  std::map<std::string, WordLinks> cache_;
};

// The English of a Vietnamese phrase taken from a TM unit that contains it
// (word index), through that unit's word alignment.
bool TmRendering(AlignmentSource& align, const std::string& phrase, std::string* en,
                 std::string* unit_id) {
  if (align.tm() == nullptr) return false;
  std::vector<Token> p = WordTokensOf(phrase);
  if (p.size() < 2) return false;
  for (const Unit& u : align.tm()->FindPhrase(phrase, Lang::kVi, 5)) {
    std::vector<Token> v = WordTokensOf(u.vi), e = WordTokensOf(u.en);
    for (size_t j = 0; j + p.size() <= v.size(); ++j) {
      bool same = true;
      for (size_t k = 0; k < p.size() && same; ++k) same = v[j + k].key == p[k].key;
      if (!same) continue;
      WordLinks links = align.For(std::to_string(u.id), u.vi, u.en, true);
      auto span = AlignedSpan(links, static_cast<int>(j), static_cast<int>(j + p.size()));
      if (!span) break;
      *en = ByteSpan(u.en, e, span->first, span->second);
      *unit_id = std::to_string(u.id);
      return true;
    }
  }
  return false;
}

// The lexicon's English of Vietnamese words [i0, i1) of `text`, word group by
// word group in Vietnamese order (right for "Đợt 2 của" -> "wave 2 of" before
// its head): terms and entities (`pieces`) by their rendering, the joining
// words by their English, every other group by its most probable translation
// (p >= 0.5) when the TM's English uses that word as written (the lexicon
// holds stems: "festiv" is no word). False when a group has none.
bool LexiconRendering(AlignmentSource& align, const std::string& text, const std::vector<Token>& a,
                      int i0, int i1, const std::vector<Piece>& pieces, std::string* en) {
  const Lexicon* lex = align.lexicon();
  if (lex == nullptr || align.tm() == nullptr || i0 >= i1) return false;
  static const std::map<std::string, std::string> kJoints = [] {
    std::map<std::string, std::string> m;
    for (auto [vi, en] : {std::pair<const char*, const char*>{"của", "of"},
                          {"và", "and"},
                          {"với", "with"},
                          {"tại", "in"},
                          {"từ", "from"}}) {
      m[MatchingKey(vi)] = en;
    }
    return m;
  }();
  std::vector<std::string> out;
  int run = -1;  // start of the words waiting for the lexicon
  auto flush = [&](int to) {
    if (run < 0) return true;
    const std::string words = text.substr(a[run].begin, a[to - 1].end - a[run].begin);
    run = -1;
    for (const std::string& g : lex->GroupVietnamese(words)) {
      auto best = lex->Translations(g, 1);
      if (best.empty() || best[0].second < 0.5f) return false;
      if (align.tm()->FindPhrase(best[0].first, Lang::kEn, 1).empty()) return false;
      out.push_back(best[0].first);
    }
    return true;
  };
  for (int i = i0; i < i1;) {
    const Piece* piece = nullptr;
    for (const Piece& p : pieces)
      if (p.from == i && p.to <= i1) piece = &p;
    auto joint = kJoints.find(a[i].key);
    if (piece == nullptr && joint == kJoints.end()) {
      if (run < 0) run = i;
      ++i;
      continue;
    }
    if (!flush(i)) return false;
    out.push_back(piece != nullptr ? piece->en : joint->second);
    i = piece != nullptr ? piece->to : i + 1;
  }
  if (!flush(i1)) return false;
  *en = Join(out, " ");
  return true;
}

// Spaces and commas left by removals; the first letter as the original had it.
std::string Tidy(std::string s, bool capital) {
  std::string out;
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    if ((c == ',' || c == '.' || c == ';') && !out.empty() && out.back() == ' ') out.pop_back();
    if (c == ',' && !out.empty() && out.back() == ',') continue;
    out.push_back(c);
  }
  while (!out.empty() && (out.back() == ' ')) out.pop_back();
  // ", ." -> "."
  for (size_t k; (k = out.find(",.")) != std::string::npos;) out.erase(k, 1);
  while (!out.empty() && (out.front() == ',' || out.front() == ' ')) out.erase(0, 1);
  if (capital && !out.empty() && std::islower(static_cast<unsigned char>(out[0])))
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

// The English words [e0, e1) of `target` (bytes *eb, *ee) about to become
// `rendering`, widened over the words next to them that the rendering already
// says: an article it starts with ("in the" + "the first six months" is one
// "the"), and the scale word of an amount ("VND 4.82" + "trillion"), kept as
// the TM wrote it: "VND 5,930 billion" becomes "VND 5.93 trillion"; and a
// plural the English gave the old words.
void FitEdges(const std::vector<Token>& t, int e0, int e1, size_t* eb, size_t* ee,
              std::string* rendering, bool keep_plural = true) {
  std::vector<std::string> r = Words(*rendering);
  if (r.empty()) return;
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  if (e0 > 0 && lower(t[e0 - 1].text) == lower(r.front())) *eb = t[e0 - 1].begin;
  int last = e1 - 1;
  if (e1 < static_cast<int>(t.size())) {
    const std::string next = lower(t[e1].text);
    if (next == lower(r.back()) || (ScaleIndex(next) >= 0 && ScaleIndex(lower(r.back())) >= 0)) {
      *ee = t[e1].end;
      last = e1;
    }
  }
  *rendering = Rescale(*rendering, ScaleIndex(lower(t[last].text)));
  // The TM's last word as it wrote it, plural and case: "Ninh Kieu and Cai Rang
  // districts" -> "... Thot Not districts", not "... Thot Not District".
  const std::string was_last = lower(t[last].text), now_last = lower(r.back());
  if ((keep_plural && (was_last == now_last + "s" || was_last == now_last + "es")) ||
      (was_last == now_last && e1 - e0 > 1)) {
    const size_t at = rendering->rfind(r.back());
    if (at != std::string::npos && at + r.back().size() == rendering->size())
      rendering->replace(at, r.back().size(), t[last].text);
  }
}

// Vietnamese words [j0, j1) of `words` hold a plural marker ("các quận" = "the districts").
bool HasPluralMarker(const std::vector<Token>& words, int j0, int j1) {
  static const std::string kMarkers[] = {MatchingKey("các"), MatchingKey("những")};
  for (int j = j0; j < j1; ++j)
    for (const std::string& m : kMarkers)
      if (words[j].key == m) return true;
  return false;
}

// The English span [e0, e1) of old words grown over the whole rendering of a
// term among them (`en`, the glossary's English, in the singular or plural)
// when the target holds it across the span's edge: the alignment gave "UBND
// các quận, huyện" only "district People's" of "district People's
// Committees", and a repair of that span would leave "Committees" behind.
// A word linked to Vietnamese outside [j0, j1) is taken only from a word that
// keeps other English ("phối" - "Committees to work": the glossary's rendering
// outweighs one stray link).
void GrowOverRendering(const std::vector<Token>& t, const WordLinks& links, int j0, int j1,
                       const std::string& en, std::pair<int, int>* span) {
  std::vector<Token> r = WordTokensOf(en);
  const int n = static_cast<int>(t.size()), len = static_cast<int>(r.size());
  if (len == 0) return;
  for (int s = 0; s + len <= n; ++s) {
    bool same = true;
    for (int k = 0; k < len && same; ++k) {
      const std::string& w = t[s + k].key;
      const std::string& x = r[k].key;
      same = w == x || (k == len - 1 && (w == x + "s" || w == x + "es"));
    }
    if (!same || s >= span->second || s + len <= span->first) continue;
    const int lo = std::min(s, span->first), hi = std::max(s + len, span->second);
    bool foreign = false;
    for (auto [v, e] : links) {
      if (e < lo || e >= hi || (v >= j0 && v < j1) || EnglishFunctionWord(t[e].key)) continue;
      bool keeps = false;
      for (auto [v2, e2] : links) keeps |= v2 == v && (e2 < lo || e2 >= hi);
      foreign |= !keeps;
    }
    if (foreign) continue;
    *span = {lo, hi};
    return;
  }
}

// A byte edit of a match's English.
struct Edit {
  size_t begin, end;
  std::string text;
};

// Removing [b, e) of `text` with what joined it to the rest. `closed`: the
// Vietnamese clause ended with a comma (", Ủy viên Trung ương Đảng, Bí thư"),
// so the joint after it goes ("Member of ... and Secretary" -> "Secretary");
// else the one before it (", làm việc với nhà thầu và đề nghị": "embankment,
// worked with the contractor and asked" -> "embankment and asked").
Edit RemovalWithJoint(const std::string& text, size_t b, size_t e, bool closed) {
  auto ahead = [&](const char* w) { return text.compare(e, std::strlen(w), w) == 0; };
  auto behind = [&](const char* w) {
    size_t n = std::strlen(w);
    return b >= n && text.compare(b - n, n, w) == 0;
  };
  for (int pass = 0; pass < 2; ++pass) {
    if (closed == (pass == 0)) {
      if (ahead(" and ")) return {b, e + 5, ""};
      if (ahead(",")) return {b, e + 1, ""};
    } else {
      if (behind(", ")) return {b - 2, e, " "};
      if (behind(" and ")) return {b - 5, e, " "};
    }
  }
  return {b, e, ""};
}

// The words [from, to) of `text` are followed by a comma.
bool CommaAfter(const std::string& text, const std::vector<Token>& t, int to) {
  if (to <= 0) return false;
  size_t at = t[to - 1].end;
  while (at < text.size() && text[at] == ' ') ++at;
  return at < text.size() && text[at] == ',';
}

struct Repaired {
  std::string draft;
  std::vector<DraftRepair> repairs;
};

// The match's English with what differs between the sentence and the match's
// source replaced (see SuggestSentence).
Repaired RepairMatch(const std::string& now, const std::string& was, const std::string& target,
                     const WordLinks& links, const TextAnalysis& now_analysis,
                     const Glossary& glossary, const std::string& date, AlignmentSource& align) {
  std::vector<Token> a = WordTokensOf(now), b = WordTokensOf(was), t = WordTokensOf(target);
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  std::vector<std::vector<uint16_t>> lcs(n + 1, std::vector<uint16_t>(m + 1, 0));
  for (int i = n; i-- > 0;) {
    for (int j = m; j-- > 0;) {
      lcs[i][j] =
          a[i].key == b[j].key ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::vector<int> pa(n, -1), pb(m, -1);
  struct Block {
    int i0, i1, j0, j1;
  };
  std::vector<Block> blocks;
  for (int i = 0, j = 0; i < n || j < m;) {
    if (i < n && j < m && a[i].key == b[j].key) {
      pa[i] = j;
      pb[j] = i;
      ++i;
      ++j;
      continue;
    }
    Block k{i, i, j, j};
    while ((i < n || j < m) && !(i < n && j < m && a[i].key == b[j].key)) {
      if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]))
        ++j;
      else
        ++i;
    }
    k.i1 = i;
    k.j1 = j;
    blocks.push_back(k);
  }
  std::vector<Piece> now_pieces = Pieces(a, now_analysis);
  TextAnalysis was_analysis = AnalyzeText(was, glossary, date);
  std::vector<Piece> was_pieces = Pieces(b, was_analysis);
  // A difference inside a term or entity is the whole term or entity, on both sides.
  auto touches = [](int lo, int hi, const Piece& p) {
    return lo < hi ? p.from < hi && p.to > lo : p.from < lo && p.to > lo;
  };
  for (Block& k : blocks) {
    for (bool changed = true; changed;) {
      changed = false;
      auto grow = [&](int& lo, int& hi, int from, int to) {
        if (lo == hi) {
          lo = from;
          hi = to;
          changed = true;
          return;
        }
        if (from < lo) lo = from, changed = true;
        if (to > hi) hi = to, changed = true;
      };
      for (const Piece& p : now_pieces)
        if (touches(k.i0, k.i1, p) && (p.from < k.i0 || p.to > k.i1))
          grow(k.i0, k.i1, p.from, p.to);
      for (const Piece& p : was_pieces)
        if (touches(k.j0, k.j1, p) && (p.from < k.j0 || p.to > k.j1))
          grow(k.j0, k.j1, p.from, p.to);
      for (int i = k.i0; i < k.i1; ++i) {
        if (pa[i] >= 0 && (pa[i] < k.j0 || pa[i] >= k.j1 || k.j0 == k.j1)) {
          grow(k.j0, k.j1, pa[i], pa[i] + 1);
        }
      }
      for (int j = k.j0; j < k.j1; ++j) {
        if (pb[j] >= 0 && (pb[j] < k.i0 || pb[j] >= k.i1 || k.i0 == k.i1)) {
          grow(k.i0, k.i1, pb[j], pb[j] + 1);
        }
      }
    }
  }
  // Blocks that now overlap become one.
  std::vector<Block> merged;
  for (const Block& k : blocks) {
    if (!merged.empty()) {
      Block& l = merged.back();
      bool overlap = (k.i0 < l.i1 && k.i1 > l.i0) || (k.j0 < l.j1 && k.j1 > l.j0) ||
                     (k.i0 == l.i0 && k.j0 == l.j0);
      if (overlap) {
        l.i0 = std::min(l.i0, k.i0);
        l.i1 = std::max(l.i1, k.i1);
        l.j0 = std::min(l.j0, k.j0);
        l.j1 = std::max(l.j1, k.j1);
        continue;
      }
    }
    merged.push_back(k);
  }

  Repaired out;
  std::vector<Edit> edits;  // byte edits of `target`, from the alignment
  std::vector<std::pair<std::string, std::string>> swaps;  // renderings replaced as written
  std::string scratch = target;
  for (const Block& k : merged) {
    DraftRepair r;
    r.vi_now = ByteSpan(now, a, k.i0, k.i1);
    r.vi_was = ByteSpan(was, b, k.j0, k.j1);
    auto inside = [](const std::vector<Piece>& ps, int lo, int hi) {
      std::vector<const Piece*> out;
      for (const Piece& p : ps)
        if (p.from >= lo && p.to <= hi) out.push_back(&p);
      return out;
    };
    std::vector<const Piece*> np = inside(now_pieces, k.i0, k.i1),
                              wp = inside(was_pieces, k.j0, k.j1);
    // 1. Terms, entities, numbers: the old rendering found in the English, replaced by value.
    if (!np.empty() && np.size() == wp.size()) {
      std::string s = scratch;
      bool ok = true;
      std::vector<std::pair<std::string, std::string>> placed(np.size());
      for (size_t q = 0; q < np.size() && ok; ++q)
        ok = ReplaceRendering(s, wp[q]->en, np[q]->en, &placed[q].first, &placed[q].second);
      if (ok) {
        scratch = s;
        std::string was_en, now_en;
        for (size_t q = 0; q < np.size(); ++q) {
          if (wp[q]->en == np[q]->en) continue;
          swaps.emplace_back(placed[q]);
          was_en += (was_en.empty() ? "" : "; ") + placed[q].first;
          now_en += (now_en.empty() ? "" : "; ") + placed[q].second;
          r.source = np[q]->source;
        }
        if (now_en.empty()) continue;  // same renderings: nothing to change
        r.en_was = was_en;
        r.en_now = now_en;
        out.repairs.push_back(std::move(r));
        continue;
      }
    }
    // A number or code the translation kept as written ("11/20", "59-NQ/TW").
    if (k.i0 < k.i1 && k.j0 < k.j1 && HasDigit(r.vi_was) && np.size() <= 1) {
      std::string s = scratch;
      if (ReplaceFirst(s, r.vi_was, r.vi_now)) {
        scratch = s;
        swaps.emplace_back(r.vi_was, r.vi_now);
        r.en_was = r.vi_was;
        r.en_now = r.vi_now;
        r.source = "number";
        out.repairs.push_back(std::move(r));
        continue;
      }
    }
    // A removed term or name: its rendering as the English wrote it goes, with the
    // "and" or comma that joined it to the rest ("Member of the Party Central
    // Committee and Secretary of ..." -> "Secretary of ...").
    if (k.i0 == k.i1 && k.j0 < k.j1 && !wp.empty()) {
      int covered = 0;
      for (const Piece* p : wp) covered += p->to - p->from;
      std::vector<Edit> cut;
      for (const Piece* p : wp) {
        size_t at = FindWhole(target, p->en);
        if (at == std::string::npos) break;
        cut.push_back(RemovalWithJoint(target, at, at + p->en.size(), CommaAfter(was, b, k.j1)));
      }
      if (covered == k.j1 - k.j0 && cut.size() == wp.size()) {
        for (const Piece* p : wp) r.en_was += (r.en_was.empty() ? "" : "; ") + p->en;
        r.source = "deleted";
        edits.insert(edits.end(), cut.begin(), cut.end());
        out.repairs.push_back(std::move(r));
        continue;
      }
    }
    // 2. Through the word alignment: the English of the old words, replaced by
    // the new words' rendering (terms and entities covering them, else a TM fragment).
    std::string rendering, source, unit_id;
    bool have = false;
    if (k.i0 == k.i1) {
      have = true;
      source = "deleted";
    } else {
      int covered = 0;
      std::string joined;
      for (const Piece* p : np) {
        covered += p->to - p->from;
        joined += (joined.empty() ? "" : " ") + p->en;
        source = p->source;
      }
      if (!np.empty() && covered == k.i1 - k.i0) {
        rendering = joined;
        have = true;
      } else if (TmRendering(align, r.vi_now, &rendering, &unit_id)) {
        source = "tm";
        have = true;
      } else if (LexiconRendering(align, now, a, k.i0, k.i1, now_pieces, &rendering)) {
        source = "lexicon";
        have = true;
      }
    }
    if (have && k.j0 < k.j1) {
      if (auto span = AlignedSpan(links, k.j0, k.j1, &t)) {
        if (!rendering.empty()) {
          for (const Piece* p : wp) GrowOverRendering(t, links, k.j0, k.j1, p->en, &*span);
        }
        if (rendering.empty()) {
          // A removed clause runs over the unlinked words after it up to its joint
          // ("Member of the Party Central" + "Committee" + "and ...").
          std::vector<char> linked(t.size(), 0);
          for (auto [v, e] : links) linked[e] = 1;
          int end = span->second;
          while (end < static_cast<int>(t.size()) && !linked[end] && t[end].key != "and") ++end;
          bool joint = end == static_cast<int>(t.size()) || t[end].key == "and" ||
                       target.compare(t[end - 1].end, 1, ",") == 0;
          if (joint) span->second = end;
        }
        r.en_was = ByteSpan(target, t, span->first, span->second);
        r.en_now = rendering;
        r.source = source;
        r.unit_id = unit_id;
        size_t eb = t[span->first].begin, ee = t[span->second - 1].end;
        if (rendering.empty()) {
          edits.push_back(RemovalWithJoint(target, eb, ee, CommaAfter(was, b, k.j1)));
        } else {
          // "các quận" made the TM's English plural; without it the new words are one.
          const bool keep_plural =
              !HasPluralMarker(b, k.j0, k.j1) || HasPluralMarker(a, k.i0, k.i1);
          FitEdges(t, span->first, span->second, &eb, &ee, &rendering, keep_plural);
          r.en_was = target.substr(eb, ee - eb);
          r.en_now = rendering;
          edits.push_back({eb, ee, rendering});
        }
        out.repairs.push_back(std::move(r));
        continue;
      }
      bool any = false;
      for (auto [v, e] : links) any |= v >= k.j0 && v < k.j1;
      if (!any && k.i0 == k.i1) continue;  // removed words had no English of their own
    }
    if (have && k.j0 == k.j1 && !t.empty()) {
      // Insertion: after the English of the word before, else before that of the word after.
      int after = -1, before = -1;
      for (auto [v, e] : links) {
        if (v == k.j0 - 1) after = std::max(after, e);
        if (v == k.j0 && (before < 0 || e < before)) before = e;
      }
      if (after >= 0 || before >= 0) {
        r.en_now = rendering;
        r.source = source;
        r.unit_id = unit_id;
        // A clause the sentence opens with a comma gets one in English too.
        size_t lead = a[k.i0].begin;
        while (lead > 0 && now[lead - 1] == ' ') --lead;
        const bool comma = lead > 0 && now[lead - 1] == ',';
        auto ends_of = [](const std::string& s) {
          return s.size() > 3 && s.compare(s.size() - 3, 3, " of") == 0;
        };
        if (before >= 1 && ends_of(rendering) && !comma &&
            (t[before - 1].key == "the" || t[before - 1].key == "a" || t[before - 1].key == "an")) {
          // "... of" goes before the head's article: "The campaign" -> "wave 2 of the campaign".
          const Token& article = t[before - 1];
          edits.push_back({article.begin, article.end, rendering + " " + article.key});
        } else if (before >= 0) {
          size_t at = t[before].begin;
          while (at > 0 && target[at - 1] == ' ') --at;
          edits.push_back({at, at, (comma ? ", " : " ") + rendering});
        } else {
          edits.push_back({t[after].end, t[after].end, (comma ? ", " : " ") + rendering});
        }
        out.repairs.push_back(std::move(r));
        continue;
      }
    }
    // Not repaired: said so in every output, never left silently.
    if (k.j0 < k.j1) {
      int e0 = std::numeric_limits<int>::max(), e1 = -1;
      for (auto [v, e] : links) {
        if (v >= k.j0 && v < k.j1) e0 = std::min(e0, e), e1 = std::max(e1, e + 1);
      }
      if (e1 > 0) r.en_was = ByteSpan(target, t, e0, e1);
    }
    r.en_now = rendering;
    r.source = "unrepaired";
    out.repairs.push_back(std::move(r));
  }
  // Alignment edits on the stored English (last first, overlapping ones dropped), then the swaps.
  std::sort(edits.begin(), edits.end(),
            [](const Edit& x, const Edit& y) { return x.begin > y.begin; });
  std::string d = target;
  size_t limit = std::string::npos;
  for (const Edit& e : edits) {
    if (limit != std::string::npos && e.end > limit) continue;
    d.replace(e.begin, e.end - e.begin, e.text);
    limit = e.begin;
  }
  for (const auto& [from, to] : swaps) {
    if (!ReplaceRendering(d, from, to)) {
      for (DraftRepair& r : out.repairs) {
        if (r.en_was == from && r.source != "unrepaired") r.source = "unrepaired";
      }
    }
  }
  bool capital = !target.empty() && std::isupper(static_cast<unsigned char>(target[0]));
  out.draft = Tidy(d, capital);
  return out;
}

// A draft without a match: the longest TM fragments of the sentence (≥ 2
// words, candidates from the word index) with their aligned English, plus
// glossary terms and entities, covering the sentence without overlap, in its order.
// `tm_only`: TM fragments only (concordance), terms and entities still never cut.
std::vector<DraftFragment> AssembleFragments(const std::string& sentence,
                                             const TextAnalysis& analysis, AlignmentSource& align,
                                             bool tm_only = false) {
  std::vector<Token> a = WordTokensOf(sentence);
  const int n = static_cast<int>(a.size());
  std::vector<Piece> pieces = Pieces(a, analysis);
  struct Candidate {
    int from, to;
    double weight;
    DraftFragment f;
    // tm: the unit's English right after the span is an unlinked "to" ("urged
    // residents" + "to" + "tightly cover ..."), and where the span ends there.
    bool to_after = false;
    // tm: the unit's English right after the span is "of" ("leaders" + "of"
    // + "departments"): a head noun whose complement follows it.
    bool of_after = false;
    int e0 = 0, e1 = 0;
    int j0 = 0, j1 = 0;                 // the unit's Vietnamese words it comes from
    int to_min = INT_MAX, to_max = -1;  // the unit's Vietnamese words linked to that "to"
  };
  std::vector<Candidate> cands;
  for (const Piece& p : pieces) {
    if (tm_only) break;
    DraftFragment f;
    f.begin = p.begin;
    f.end = p.end;
    f.vi = p.vi;
    f.en = p.en;
    f.source = p.source == "glossary" ? "glossary" : "entity";
    // A term or name is as good as a fragment one word longer: its rendering is checked.
    cands.push_back({p.from, p.to, p.to - p.from + 1.0, std::move(f)});
  }
  auto cuts_piece = [&](int from, int to) {
    for (const Piece& p : pieces) {
      bool overlap = p.from < to && p.to > from;
      if (overlap && (p.from < from || p.to > to)) return true;
    }
    return false;
  };
  if (align.tm() != nullptr && n >= 2) {
    SearchOptions so;
    so.from = Lang::kVi;
    so.min_score = 20;
    so.limit = 8;
    // Units close to the whole text, and units that hold all of it (a short phrase
    // inside a long unit scores low).
    std::vector<Unit> units;
    auto add_unit = [&units](Unit u) {
      bool known = false;
      for (const Unit& k : units) known |= k.id == u.id;
      if (!known) units.push_back(std::move(u));
    };
    for (Match& mt : align.tm()->Search(sentence, so)) add_unit(std::move(mt.unit));
    for (Unit& u : align.tm()->FindPhrase(sentence, Lang::kVi, 5)) add_unit(std::move(u));
    // Also units close to what no term or name covers: a sentence full of titles
    // ("ông X, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố, chủ trì ...") scores
    // low against a unit that holds only its verb phrase.
    std::string rest = sentence;
    for (const Piece& p : pieces) {
      for (size_t k = p.begin; k < p.end && k < rest.size(); ++k) rest[k] = ' ';
    }
    if (!pieces.empty() && WordTokensOf(rest).size() >= 2) {
      for (Match& mt : align.tm()->Search(rest, so)) add_unit(std::move(mt.unit));
    }
    for (const Unit& u : units) {
      std::vector<Token> b = WordTokensOf(u.vi), e = WordTokensOf(u.en);
      const int m = static_cast<int>(b.size());
      if (m == 0 || e.empty()) continue;
      WordLinks links;
      bool aligned = false;
      // Longest common runs of words (ending where they can grow no more).
      std::vector<std::vector<uint16_t>> run(n + 1, std::vector<uint16_t>(m + 1, 0));
      for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= m; ++j) {
          if (a[i - 1].key == b[j - 1].key) run[i][j] = run[i - 1][j - 1] + 1;
        }
      }
      for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= m; ++j) {
          int len = run[i][j];
          if (len < 2 || (i < n && j < m && a[i].key == b[j].key)) continue;
          if (!aligned) {
            links = align.For(std::to_string(u.id), u.vi, u.en, true);
            aligned = true;
          }
          // The whole run, else shorter runs inside it, longest first.
          bool found = false;
          for (int l = len; l >= 2 && !found; --l) {
            for (int s = 0; s + l <= len && !found; ++s) {
              int i0 = i - len + s, j0 = j - len + s;
              if (cuts_piece(i0, i0 + l)) continue;
              auto span = AlignedSpan(links, j0, j0 + l, &e, /*content_hull=*/true);
              if (span) {
                GrowOverUnlinkedEdges(links, j0, j0 + l, static_cast<int>(e.size()), &*span);
                GrowOverLeadingArticle(links, e, &*span);
              }
              // An English piece never ends with its next noun's article ("asked the").
              while (span && span->second - span->first > 1 &&
                     (e[span->second - 1].key == "the" || e[span->second - 1].key == "a" ||
                      e[span->second - 1].key == "an")) {
                --span->second;
              }
              if (!span) continue;
              DraftFragment f;
              f.begin = a[i0].begin;
              f.end = a[i0 + l - 1].end;
              f.vi = sentence.substr(f.begin, f.end - f.begin);
              f.en = ByteSpan(u.en, e, span->first, span->second);
              f.source = "tm";
              f.unit_id = std::to_string(u.id);
              Candidate c{i0, i0 + l, static_cast<double>(l), std::move(f)};
              c.e0 = span->first;
              c.e1 = span->second;
              c.j0 = j0;
              c.j1 = j0 + l;
              c.of_after = span->second < static_cast<int>(e.size()) && e[span->second].key == "of";
              if (span->second < static_cast<int>(e.size()) && e[span->second].key == "to") {
                c.to_after = true;
                for (auto [v, x] : links) {
                  if (x != span->second) continue;
                  c.to_min = std::min(c.to_min, v);
                  c.to_max = std::max(c.to_max, v);
                }
              }
              cands.push_back(std::move(c));
              found = true;
            }
          }
        }
      }
    }
  }
  std::stable_sort(cands.begin(), cands.end(),
                   [](const Candidate& x, const Candidate& y) { return x.weight > y.weight; });
  std::vector<char> used(n, 0);
  std::vector<Candidate> chosen;
  for (Candidate& c : cands) {
    bool free = true;
    for (int k = c.from; k < c.to && free; ++k) free = !used[k];
    if (!free) continue;
    for (int k = c.from; k < c.to; ++k) used[k] = 1;
    chosen.push_back(std::move(c));
  }
  std::sort(chosen.begin(), chosen.end(),
            [](const Candidate& x, const Candidate& y) { return x.from < y.from; });
  // Two fragments of one unit, next to each other in the sentence, with the
  // unit's infinitive "to" between them: the first keeps it, as the verb that
  // governs it says ("urged residents to"), whatever the unit had in between
  // (the "to" unlinked, or linked only to the words left out: "thường xuyên").
  for (size_t k = 0; k + 1 < chosen.size(); ++k) {
    const Candidate &x = chosen[k], &y = chosen[k + 1];
    if (x.to_after && x.f.source == "tm" && y.f.source == "tm" && x.f.unit_id == y.f.unit_id &&
        x.to == y.from && y.e0 > x.e1 && y.j0 >= x.j1 && y.f.en.rfind("to ", 0) != 0 &&
        (x.to_max < 0 || (x.to_min >= x.j1 && x.to_max < y.j0))) {
      chosen[k].f.en += " to";
    }
  }
  // A head noun the unit followed with "of", right before the next piece in
  // the sentence (no word or comma between): Vietnamese puts the complement
  // after the head without a word for "of" ("lãnh đạo UBND quận Ninh Kiều":
  // "leaders of the Ninh Kieu District People's Committee").
  for (size_t k = 0; k + 1 < chosen.size(); ++k) {
    Candidate &x = chosen[k], &y = chosen[k + 1];
    if (!x.of_after || x.f.source != "tm" || x.to != y.from) continue;
    const std::string between = sentence.substr(x.f.end, y.f.begin - x.f.end);
    const std::string next = MatchingKey(y.f.en.substr(0, y.f.en.find(' ')));
    if (between.find_first_not_of(' ') == std::string::npos && next != "of" && next != "in" &&
        next != "at" && next != "to" && next != "for") {
      x.f.en += " of";
    }
  }
  std::vector<DraftFragment> out;
  for (Candidate& c : chosen) out.push_back(std::move(c.f));
  return out;
}

// "Mr. Tran Van An" -> "Tran Van An".
std::string BareName(const std::string& en) {
  for (const char* h : {"Mr. ", "Ms. ", "Mrs. "}) {
    if (en.rfind(h, 0) == 0) return en.substr(std::strlen(h));
  }
  return en;
}

// A name and its titles in apposition in English order: "ông Trần Văn An, Phó
// Bí thư Thành ủy, Chủ tịch UBND thành phố, tiếp ..." is "Deputy Secretary of
// the City Party Committee and Chairman of the City People's Committee Tran Van
// An received ...", the portal's order: titles first (a composed title stays
// whole), no "Mr.", no article, no commas. Drafts that say the name and then
// the titles are rewritten.
std::string TitleBeforeName(std::string draft, const std::string& sentence,
                            const TextAnalysis& analysis) {
  for (const Entity& n : analysis.entities) {
    if (n.type != EntityType::kName) continue;
    // The titles that follow the name, each right after a comma or space.
    std::vector<const TermMatch*> chain;
    size_t end = n.end;
    for (bool more = true; more;) {
      more = false;
      const size_t next = sentence.find_first_not_of(" ,", end);
      for (const TermMatch& t : analysis.terms) {
        if (t.kind == "title" && t.begin == next && next != std::string::npos) {
          chain.push_back(&t);
          end = t.end;
          more = true;
          break;
        }
      }
    }
    // The longest run of them the draft says after the name wins.
    for (size_t k = chain.size(); k > 0; --k) {
      std::string said, english;
      for (size_t i = 0; i < k; ++i) {
        said += (i ? ", " : "") + chain[i]->en;
        english += (i == 0 ? "" : i + 1 == k ? " and " : ", ") + chain[i]->en;
      }
      bool done = false;
      for (const std::string& form : {n.en + ", " + said + ",", n.en + ", " + said, n.en + " " + said}) {
        const size_t at = FindWhole(draft, form);
        if (at == std::string::npos) continue;
        size_t from = at;
        if (from >= 4 &&
            (draft.compare(from - 4, 4, "The ") == 0 || draft.compare(from - 4, 4, "the ") == 0) &&
            (from == 4 || !AlnumByte(draft[from - 5]))) {
          from -= 4;
        }
        draft.replace(from, at + form.size() - from, english + " " + BareName(n.en));
        done = true;
        break;
      }
      if (done) break;
    }
  }
  return draft;
}

// "The city will" + "held" (two fragments, the second from a unit told in the
// past): a verb right after a modal takes its base form, "will hold".
// Irregular verbs from a short list; a regular "-ed" verb only when the TM's
// English uses the base form as a word ("reviewe" is none, "review" is).
std::string BaseFormAfterModal(std::string draft, TmStore* tm) {
  static const std::set<std::string> kModals = {"will",   "would", "can",   "could", "must",
                                                "should", "may",   "might", "shall"};
  static const std::map<std::string, std::string> kIrregular = {
      {"held", "hold"},   {"made", "make"},     {"took", "take"},   {"gave", "give"},
      {"met", "meet"},    {"sent", "send"},     {"built", "build"}, {"led", "lead"},
      {"began", "begin"}, {"paid", "pay"},      {"kept", "keep"},   {"brought", "bring"},
      {"won", "win"},     {"sold", "sell"},     {"told", "tell"},   {"found", "find"},
      {"spent", "spend"}, {"chose", "choose"},  {"saw", "see"},     {"went", "go"},
      {"came", "come"},   {"became", "become"}, {"said", "say"}};
  std::vector<Token> t = WordTokensOf(draft);
  for (size_t k = t.size(); k-- > 1;) {  // from the end: earlier offsets stay valid
    // Lower case only: "May" is a month.
    if (kModals.count(t[k - 1].key) == 0 || t[k - 1].text != t[k - 1].key) continue;
    const std::string w = t[k].key;
    std::string base;
    if (auto it = kIrregular.find(w); it != kIrregular.end()) {
      base = it->second;
    } else if (tm != nullptr && w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0) {
      std::vector<std::string> forms = {w.substr(0, w.size() - 1), w.substr(0, w.size() - 2)};
      if (w[w.size() - 3] == w[w.size() - 4]) forms.push_back(w.substr(0, w.size() - 3));
      if (w.compare(w.size() - 3, 3, "ied") == 0) forms.push_back(w.substr(0, w.size() - 3) + "y");
      for (const std::string& f : forms) {
        if (!tm->FindPhrase(f, Lang::kEn, 1).empty()) {
          base = f;
          break;
        }
      }
    }
    if (!base.empty() && t[k].text == w) draft.replace(t[k].begin, t[k].end - t[k].begin, base);
  }
  return draft;
}

// Fragments (in sentence order) joined as English: a comma where the
// Vietnamese has one between them; a body takes its article ("the Department
// of Finance"); "tại"/"ở" before a place is "in", before a body "at".
// Words between fragments that have no English word of their own in news
// English ("đã" past, "các" plural) or that the join already says ("tại" =
// "in"): left out without a mark.
bool SilentWord(const std::string& key) {
  static const std::set<std::string> kSilent = [] {
    std::set<std::string> s;
    for (const char* w : {"đã", "đang", "các", "những", "thì", "mà", "tại", "ở"})
      s.insert(MatchingKey(w));
    return s;
  }();
  return kSilent.count(key) > 0;
}

// "(CT) - ": the newspaper's dateline before the first words, no part of the sentence.
bool IsDateline(const std::string& text) {
  size_t k = text.find_first_not_of(' ');
  if (k == std::string::npos || text[k] != '(') return false;
  const size_t close = text.find(')', k);
  if (close == std::string::npos || close == k + 1) return false;
  for (size_t i = k + 1; i < close; ++i)
    if (!std::isupper(static_cast<unsigned char>(text[i]))) return false;
  // Then only spaces and dashes ("-", "–", "—").
  const std::string rest = text.substr(close + 1);
  for (size_t i = 0; i < rest.size();) {
    if (rest[i] == ' ' || rest[i] == '-') {
      ++i;
    } else if (rest.compare(i, 3, "\u2013") == 0 || rest.compare(i, 3, "\u2014") == 0) {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

// The joining words a gap may consist of, with their English.
const std::string* JointEnglish(const std::string& key) {
  static const std::map<std::string, std::string> kJoints = [] {
    std::map<std::string, std::string> m;
    for (auto [vi, en] : {std::pair<const char*, const char*>{"và", "and"},
                          {"của", "of"},
                          {"với", "with"},
                          {"từ", "from"}}) {
      m[MatchingKey(vi)] = en;
    }
    return m;
  }();
  auto it = kJoints.find(key);
  return it == kJoints.end() ? nullptr : &it->second;
}

// What the draft says for the words of `sentence` in [b, e) that no fragment
// covers: nothing when they are silent ("đã", a "(CT) -" dateline at the
// start), the English of joining words ("và" = "and"), else the Vietnamese in
// brackets, "[dẫn đầu đoàn công tác]", so that a post-editor sees what is
// missing instead of a draft that reads complete. The bracketed words are
// added to `gaps`.
std::string GapText(const std::string& sentence, size_t b, size_t e,
                    std::vector<DraftFragment>* gaps) {
  if (b >= e) return "";
  std::vector<Token> w = WordTokensOf(sentence.substr(b, e - b));
  if (w.empty()) return "";
  if (b == 0) {
    // "(CT) - ": the newspaper's dateline, not part of the sentence.
    const size_t close = sentence.find(')', b);
    if (close != std::string::npos && close < e) {
      size_t after = close + 1;
      while (after < e && (sentence[after] == ' ' || sentence[after] == '-')) ++after;
      for (const char* dash : {"\u2013", "\u2014"})
        if (sentence.compare(after, 3, dash) == 0) after += 3;
      while (after < e && sentence[after] == ' ') ++after;
      if (IsDateline(sentence.substr(b, after - b))) {
        return GapText(sentence, after, e, gaps);
      }
    }
  }
  bool content = false;
  std::vector<std::string> joints;
  for (const Token& t : w) {
    if (SilentWord(t.key)) continue;
    if (const std::string* en = JointEnglish(t.key)) {
      joints.push_back(*en);
      continue;
    }
    content = true;
  }
  if (!content) return Join(joints, " ");
  // The bracket runs from the first to the last word that is not silent.
  size_t first = 0, last = w.size();
  while (first < last && SilentWord(w[first].key)) ++first;
  while (last > first && SilentWord(w[last - 1].key)) --last;
  DraftFragment g;
  g.begin = b + w[first].begin;
  g.end = b + w[last - 1].end;
  g.vi = sentence.substr(g.begin, g.end - g.begin);
  g.source = "gap";
  gaps->push_back(g);
  return "[" + g.vi + "]";
}

std::string JoinForEnglish(const std::string& sentence, const std::vector<DraftFragment>& frags,
                           const TextAnalysis& analysis, std::vector<DraftFragment>* gaps) {
  static const std::string kTai = MatchingKey("tại"), kO = MatchingKey("ở");
  std::string out;
  size_t prev_end = 0;
  // The words after the last fragment, with the comma before them if any.
  auto add_gap = [&](size_t b, size_t e) {
    const std::string said = GapText(sentence, b, e, gaps);
    if (said.empty()) return;
    const std::vector<Token> w = WordTokensOf(sentence.substr(b, e - b));
    const bool comma =
        !w.empty() && sentence.substr(b, w.front().begin).find(',') != std::string::npos;
    out += out.empty() ? said : (comma ? ", " : " ") + said;
  };
  for (const DraftFragment& f : frags) {
    const std::string said = GapText(sentence, prev_end, f.begin, gaps);
    std::string kind;
    for (const TermMatch& t : analysis.terms)
      if (f.source == "glossary" && t.begin == f.begin) kind = t.kind;
    for (const Entity& e : analysis.entities)
      if (f.source == "entity" && e.begin == f.begin) kind = EntityTypeName(e.type);
    const std::string gap = sentence.substr(prev_end, f.begin - prev_end);
    std::vector<Token> gw = WordTokensOf(gap);
    const bool at = !gw.empty() && (gw.back().key == kTai || gw.back().key == kO);
    std::string en = f.en;
    std::vector<std::string> before = Words(out);
    const std::string last = before.empty() ? "" : MatchingKey(before.back());
    const bool article = last == "the" || last == "a" || last == "an";
    if (kind == "body" && !article && !en.empty() &&
        std::isupper(static_cast<unsigned char>(en[0])) && en.rfind("The ", 0) != 0) {
      en = "the " + en;
    }
    // A unit's sentence-initial "The" is "the" inside the draft.
    if ((!out.empty() || !said.empty()) && en.rfind("The ", 0) == 0) en[0] = 't';
    if (at && (kind == "body" || kind == "place" || kind == "institution")) {
      en = (kind == "place" ? "in " : "at ") + en;
    }
    bool comma = !out.empty() && gap.find(',') != std::string::npos;
    if (comma) {
      // The comma closing "Tên, Chức danh," is no English comma: the title goes
      // before the name, and the verb follows them.
      // With several titles ("Tên, Chức danh 1, Chức danh 2,") only the last
      // comma closes; the ones between titles stay for TitleBeforeName.
      const size_t c = prev_end + gap.find(',');
      auto title_ending_at = [&](size_t comma_at) -> const TermMatch* {
        for (const TermMatch& t : analysis.terms) {
          if (t.kind == "title" && t.end <= comma_at &&
              sentence.find_first_not_of(' ', t.end) == comma_at) {
            return &t;
          }
        }
        return nullptr;
      };
      const size_t after = sentence.find_first_not_of(' ', c + 1);
      bool title_follows = false;
      for (const TermMatch& t : analysis.terms) title_follows |= t.kind == "title" && t.begin == after;
      const TermMatch* t = title_follows ? nullptr : title_ending_at(c);
      while (t != nullptr && comma) {
        const size_t open =
            t->begin == 0 ? std::string::npos : sentence.find_last_not_of(' ', t->begin - 1);
        if (open == std::string::npos || sentence[open] != ',') break;
        for (const Entity& e : analysis.entities) {
          if (e.type == EntityType::kName && e.end <= open &&
              sentence.find_first_not_of(' ', e.end) == open) {
            comma = false;
          }
        }
        t = title_ending_at(open);  // one more title back in the chain
      }
    }
    if (!said.empty()) {
      // ", trong đó có hơn 5.000": the comma goes before the gap's words when the
      // Vietnamese has it there.
      const bool comma_first = comma && gap.find(',') < gw.front().begin;
      out += out.empty() ? said : (comma_first ? ", " : " ") + said;
      if (comma_first) comma = false;
    }
    out += out.empty() ? en : (comma ? ", " : " ") + en;
    prev_end = f.end;
  }
  size_t end = sentence.find_last_not_of(" \t.?!");
  if (end != std::string::npos && end + 1 > prev_end) add_gap(prev_end, end + 1);
  return out;
}

const char* kReset = "\033[0m";
const char* kBold = "\033[1m";
const char* kGreen = "\033[32m";
const char* kYellow = "\033[33m";
const char* kCyan = "\033[36m";
const char* kDim = "\033[2m";

}  // namespace

TextAnalysis AnalyzeText(std::string_view text, const Glossary& glossary, const std::string& date,
                         const HouseStyle* style) {
  TextAnalysis out;
  EntityOptions eo;
  eo.glossary = &glossary;
  // Named institutions first: "Trường THCS Tân An" is one name, not a glossary
  // piece ("Trường") and a place; a glossary entry covering all of it still wins.
  std::vector<Entity> institutions;
  for (Entity& e : RecognizeEntities(text, eo)) {
    if (e.type == EntityType::kInstitution) institutions.push_back(std::move(e));
  }
  RecognizeOptions ro;
  ro.date = date;
  for (TermMatch& t : glossary.Recognize(text, ro)) {
    bool inside = false;
    for (size_t k = 0; k < institutions.size() && !inside; ++k) {
      const Entity& in = institutions[k];
      if (t.begin < in.end && t.end > in.begin) {
        if (t.begin <= in.begin && t.end >= in.end) {
          institutions.erase(institutions.begin() +
                             static_cast<std::ptrdiff_t>(k));  // the glossary's own name
        } else {
          inside = true;
        }
      }
    }
    if (inside) continue;
    // A bare place name is an entity ("Cần Thơ" -> "Can Tho"), not a glossary term.
    if (t.kind == "place" && !t.composed && !t.en.empty() &&
        std::isupper(static_cast<unsigned char>(t.en[0]))) {
      Entity e;
      e.begin = t.begin;
      e.end = t.end;
      e.vi = t.vi;
      e.en = t.en;
      e.type = EntityType::kPlace;
      out.entities.push_back(std::move(e));
      continue;
    }
    eo.skip.emplace_back(t.begin, t.end);
    out.terms.push_back(std::move(t));
  }
  for (const Entity& e : out.entities) eo.skip.emplace_back(e.begin, e.end);
  for (const Entity& e : institutions) eo.skip.emplace_back(e.begin, e.end);
  for (Entity& e : institutions) out.entities.push_back(std::move(e));
  for (Entity& e : RecognizeEntities(text, eo)) out.entities.push_back(std::move(e));
  std::sort(out.entities.begin(), out.entities.end(),
            [](const Entity& a, const Entity& b) { return a.begin < b.begin; });
  if (style != nullptr) {
    for (TermMatch& t : out.terms) t.en = ApplyHouseStyle(t.en, *style);
    for (Entity& e : out.entities) {
      // A name's gender: "bà"/"ông" near it, else the middle name "Thị" (women's).
      int female = -1;
      if (e.type == EntityType::kName) {
        Gender g = GenderAt(text, e.begin, e.end);
        female = g == Gender::kFemale ? 1 : g == Gender::kMale ? 0 : -1;
        if (female < 0) female = e.en.find(" Thi ") != std::string::npos ? 1 : -1;
      }
      e.en = ApplyHouseStyle(e.en, *style, female);
    }
  }
  return out;
}

std::vector<DraftFragment> FindTmFragments(TmStore& tm, std::string_view text,
                                           const Glossary& glossary, const Lexicon* lexicon,
                                           const std::string& date) {
  const std::string sentence(text);
  TextAnalysis analysis = AnalyzeText(sentence, glossary, date);
  DraftSources sources;
  sources.tm = &tm;
  sources.lexicon = lexicon;
  AlignmentSource align(sources, glossary, date);
  return AssembleFragments(sentence, analysis, align, /*tm_only=*/true);
}

MatchAdaptation AdaptMatch(const std::string& sentence, const std::string& source,
                           const std::string& target, const Glossary& glossary,
                           const std::string& date) {
  MatchAdaptation a;
  a.target = target;
  std::vector<std::array<size_t, 4>> spans;
  a.diff = Diff(sentence, source, &spans);
  // Differences are compared as whole entities and terms: "3,5 nghìn" against
  // "1.250" is "VND 3.5 trillion" against "VND 1,250 billion".
  auto covering = [&](const std::string& text) {
    TextAnalysis t = AnalyzeText(text, glossary, date);
    std::vector<std::pair<size_t, size_t>> out;
    for (const TermMatch& m : t.terms) out.emplace_back(m.begin, m.end);
    for (const Entity& e : t.entities) out.emplace_back(e.begin, e.end);
    return out;
  };
  const auto now_units = covering(sentence), was_units = covering(source);
  auto widen = [](size_t& b, size_t& e, const std::vector<std::pair<size_t, size_t>>& units) {
    if (b == e) return;
    for (auto [ub, ue] : units) {
      if (ub < e && ue > b) {
        b = std::min(b, ub);
        e = std::max(e, ue);
      }
    }
  };
  std::array<size_t, 4> previous = {1, 0, 1, 0};
  for (size_t k = 0; k < a.diff.size(); ++k) {
    const SuggestDiff& d = a.diff[k];
    auto [nb, ne, wb, we] = spans[k];
    widen(nb, ne, now_units);
    widen(wb, we, was_units);
    const std::array<size_t, 4> widened = {nb, ne, wb, we};
    if (widened == previous)
      continue;  // a second difference inside the same entity: done with the first
    previous = widened;
    const std::string now_text = sentence.substr(nb, ne - nb),
                      was_text = source.substr(wb, we - wb);
    std::vector<std::string> now = Renderings(now_text, glossary, date);
    std::vector<std::string> was = Renderings(was_text, glossary, date);
    bool done = false;
    if (!now.empty() && now.size() == was.size()) {
      std::string t = a.target;
      done = true;
      for (size_t i = 0; i < now.size() && done; ++i) done = ReplaceRendering(t, was[i], now[i]);
      if (done) a.target = t;
    }
    // A number or code the translation kept as written ("11/20", "59-NQ/TW") changes as written.
    if (!done && d.op == "replace" && HasDigit(d.match))
      done = ReplaceFirst(a.target, d.match, d.source);
    if (!done && d.op != "delete") a.marks.push_back(now.empty() ? d.source : Join(now, " "));
    // The match's number (or date, code) is still in the English: never shown as clean.
    if (!done && HasDigit(d.match)) {
      a.stale = true;
      a.stale_values.push_back({d.op, now_text, was_text});
    }
  }
  return a;
}

std::vector<TmHit> SearchTm(TmStore& tm, std::string_view query, const SearchOptions& options,
                            const Glossary& glossary, const std::string& date) {
  std::vector<TmHit> hits;
  for (Match& m : tm.Search(query, options)) {
    TmHit h;
    h.raw_target = m.target;
    if (options.from == Lang::kVi)
      h.raw_target = m.unit.en;
    else
      h.stale = m.numbers_differ && !m.target_substituted;
    h.match = std::move(m);
    hits.push_back(std::move(h));
  }
  if (options.from != Lang::kVi) return hits;
  // A sentence that is one part of a stored 2-1 or 3-1 unit: scored on that part.
  double best = hits.empty() ? 0 : hits.front().match.score;
  if (best < 95) {
    SearchOptions wide = options;
    wide.min_score = std::min(options.min_score, 25.0);
    wide.limit = std::max<size_t>(options.limit * 4, 20);
    const MatchText q = PrepareMatchText(query);
    for (Match& m : tm.Search(query, wide)) {
      bool known = false;
      for (const TmHit& h : hits) known |= h.match.unit.id == m.unit.id;
      if (known) continue;
      std::vector<std::string> parts = Sentences(m.unit.vi, true);
      if (parts.size() < 2) continue;
      size_t best_part = 0;
      FuzzyResult best_fr;
      for (size_t k = 0; k < parts.size(); ++k) {
        FuzzyResult fr = ScoreMatch(q, PrepareMatchText(parts[k]));
        if (fr.score > best_fr.score) {
          best_fr = std::move(fr);
          best_part = k;
        }
      }
      if (best_fr.score < options.min_score) continue;
      TmHit h;
      h.part = std::to_string(best_part + 1) + "/" + std::to_string(parts.size());
      h.raw_target = CoveringPart(parts, best_part, m.unit.en);
      h.match = std::move(m);
      // Not the whole unit: never an exact match.
      h.match.score = std::min(best_fr.score, 99.0);
      h.match.band = ScoreBand(h.match.score);
      h.match.source = parts[best_part];
      h.match.numbers_differ = best_fr.numbers_differ;
      h.match.diffs = std::move(best_fr.diffs);
      hits.push_back(std::move(h));
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const TmHit& a, const TmHit& b) { return a.match.score > b.match.score; });
    if (hits.size() > options.limit) hits.resize(options.limit);
  }
  const std::string q(query);
  for (TmHit& h : hits) {
    MatchAdaptation a = AdaptMatch(q, h.match.source, h.raw_target, glossary, date);
    h.match.target = std::move(a.target);
    h.stale = a.stale;
    h.stale_values = std::move(a.stale_values);
  }
  return hits;
}

std::vector<SentenceSuggestion> Suggest(const Document& release, TmStore& tm, const Glossary& glossary,
                                        const SuggestOptions& options) {
  SearchOptions so;
  so.from = Lang::kVi;
  so.min_score = options.min_score;
  so.limit = static_cast<size_t>(std::max(1, options.max_matches));
  const std::string& date = options.date.empty() ? release.meta.date : options.date;
  DraftSources sources;
  sources.tm = &tm;
  sources.lexicon = options.lexicon;
  HouseStyle learned;
  if (options.house_style && !options.style) learned = LearnHouseStyle(tm);
  const HouseStyle& style = options.style ? *options.style : learned;
  std::vector<SentenceSuggestion> out;
  for (size_t i = 0; i < release.sentences.size(); ++i) {
    std::vector<SuggestMatch> matches;
    for (TmHit& h : SearchTm(tm, release.sentences[i].text, so, glossary, date)) {
      SuggestMatch sm;
      sm.id = std::to_string(h.match.unit.id);
      sm.score = static_cast<int>(std::floor(h.match.score));
      sm.band = ScoreBand(h.match.score);
      sm.source = h.match.source;
      sm.target = h.raw_target;  // SuggestSentence substitutes what changed, numbers included
      sm.part = h.part;
      matches.push_back(std::move(sm));
    }
    out.push_back(SuggestSentence(i, release.sentences[i], std::move(matches), glossary, date,
                                  options.house_style ? &style : nullptr, options.draft_mode,
                                  sources));
  }
  return out;
}

SentenceSuggestion SuggestSentence(size_t index, const Sentence& sentence,
                                   std::vector<SuggestMatch> matches, const Glossary& glossary,
                                   const std::string& date, const HouseStyle* style,
                                   const std::string& draft_mode, const DraftSources& sources) {
  SentenceSuggestion s;
  s.index = index;
  s.source = sentence.text;
  s.kind = sentence.kind;
  TextAnalysis analysis = AnalyzeText(s.source, glossary, date, style);

  // "copy": what a CAT tool inserts, the best match's English as stored.
  const std::string copied = matches.empty() ? std::string() : matches.front().target;
  AlignmentSource align(sources, glossary, date);
  for (SuggestMatch& m : matches) {
    const std::string stored = m.target;
    MatchAdaptation a = AdaptMatch(s.source, m.source, m.target, glossary, date);
    m.target = std::move(a.target);
    m.diff = std::move(a.diff);
    m.stale = a.stale;
    m.stale_values = std::move(a.stale_values);
    if (&m != &matches.front() || draft_mode != "repair") continue;
    if (m.score >= 100) {
      s.draft = m.target;
      s.draft_kind = "exact";
      continue;
    }
    // The best fuzzy match repaired word by word through its word alignment.
    WordLinks links = align.For(m.id, m.source, stored, m.part.empty());
    if (m.part.empty()) m.links = FormatWordLinks(links);
    std::string english = stored;
    if (!m.part.empty()) {
      english = NarrowToLinkedClauses(stored, links);
      if (english != stored) links = align.For(m.id, m.source, english, false);
    }
    Repaired r = RepairMatch(s.source, m.source, english, links, analysis, glossary, date, align);
    s.draft = TitleBeforeName(std::move(r.draft), s.source, analysis);
    s.repairs = std::move(r.repairs);
    s.draft_kind = "repaired";
  }
  s.matches = std::move(matches);
  if (draft_mode == "copy" && !s.matches.empty()) {
    s.draft = copied;
    s.draft_kind = s.matches.front().score >= 100 ? "exact" : "copy";
  }
  if (s.matches.empty() && draft_mode == "repair") {
    s.fragments = AssembleFragments(s.source, analysis, align);
    bool tm = std::any_of(s.fragments.begin(), s.fragments.end(),
                          [](const DraftFragment& f) { return f.source == "tm"; });
    if (tm) {
      std::string joined = TitleBeforeName(JoinForEnglish(s.source, s.fragments, analysis, &s.gaps),
                                           s.source, analysis);
      size_t last = s.source.find_last_not_of(" \t");
      if (last != std::string::npos && (s.source[last] == '.' || s.source[last] == '?'))
        joined += s.source[last];
      s.draft = Tidy(BaseFormAfterModal(joined, align.tm()), true);
      s.draft_kind = "fragments";
    } else {
      s.fragments.clear();
    }
  }
  s.terms = std::move(analysis.terms);
  s.entities = std::move(analysis.entities);
  if ((s.matches.empty() && s.draft_kind.empty()) || draft_mode == "terms") {
    s.draft = TermSkeleton(s.source, s.terms, s.entities);
    s.draft_kind = s.draft.empty() ? "" : "terms";
  }
  return s;
}

std::string StaleNote(const std::vector<SuggestDiff>& stale_values) {
  std::string out = "target shows the old value";
  for (size_t k = 0; k < stale_values.size(); ++k) {
    const SuggestDiff& d = stale_values[k];
    out += (k == 0 ? ": " : "; ") + d.match;
    out += d.source.empty() ? " (not in the sentence)" : " (now " + d.source + ")";
  }
  return out;
}

std::string WriteSuggestionText(const SentenceSuggestion& s, const WriterOptions& options) {
  auto c = [&](const char* code) { return options.color ? code : ""; };
  std::string out;
  out += std::string(c(kBold)) + "[" + std::to_string(s.index) + "] " + s.source + c(kReset) + "\n";
  out += std::string("  draft: ") + c(kGreen) + (s.draft.empty() ? "(none)" : s.draft) + c(kReset) +
         (s.draft_kind.empty() ? "" : "  (" + s.draft_kind + ")") + "\n";
  // What changed, below the draft (the draft line itself stays copy-able).
  for (const DraftRepair& r : s.repairs) {
    if (r.source == "unrepaired") {
      out += std::string("    ") + c(kYellow) + "NOT REPAIRED: " + c(kReset) +
             (r.vi_now.empty() ? "(removed) " + r.vi_was : r.vi_now) +
             (r.en_was.empty() ? "" : "  (the draft still says \"" + r.en_was + "\")") + "\n";
      continue;
    }
    out += "    repaired: " + (r.en_was.empty() ? "(inserted)" : "\"" + r.en_was + "\"") + " -> " +
           (r.en_now.empty() ? "(removed)" : "\"" + r.en_now + "\"") + "  [" + r.source +
           (r.unit_id.empty() ? "" : " unit " + r.unit_id) + "; " +
           (r.vi_was.empty() ? "" : r.vi_was + " -> ") + (r.vi_now.empty() ? "-" : r.vi_now) +
           "]\n";
  }
  for (const DraftFragment& f : s.fragments) {
    out += "    fragment: " + f.vi + " = \"" + f.en + "\"  [" + f.source +
           (f.unit_id.empty() ? "" : " unit " + f.unit_id) + "]\n";
  }
  for (const DraftFragment& g : s.gaps) {
    out += std::string("    ") + c(kYellow) + "NOT COVERED: " + g.vi + c(kReset) +
           "  [in the draft as [...]: translate it]\n";
  }
  for (const SuggestMatch& m : s.matches) {
    out += std::string("  ") + c(kYellow) + std::to_string(m.score) + "% (" + m.band + ")" +
           c(kReset) + " " + (m.part.empty() ? "" : "[part " + m.part + " of the unit] ") +
           m.source + "\n      -> " + m.target +
           (m.stale ? "  (" + StaleNote(m.stale_values) + ")" : "") + "\n";
    for (const SuggestDiff& d : m.diff) {
      out += std::string("      ") + c(kDim) + d.op + ": " + (d.source.empty() ? "-" : d.source) + "  (was: " +
             (d.match.empty() ? "-" : d.match) + ")" + c(kReset) + "\n";
    }
  }
  for (const TermMatch& t : s.terms) {
    out += std::string("  term: ") + t.vi + " = " + c(kCyan) + t.en + c(kReset) +
           (t.note.empty() ? "" : "  [" + t.note + "]") + "\n";
  }
  for (const Entity& e : s.entities) {
    out += std::string("  ") + EntityTypeName(e.type) + ": " + e.vi + " = " + c(kCyan) + e.en + c(kReset) + "\n";
  }
  return out;
}

std::string WriteSuggestionJson(const SentenceSuggestion& s) {
  nlohmann::ordered_json j;
  j["i"] = s.index;
  j["source"] = s.source;
  j["kind"] = SegmentKindName(s.kind);
  j["draft"] = s.draft;
  j["draft_kind"] = s.draft_kind;
  j["repairs"] = nlohmann::ordered_json::array();
  for (const DraftRepair& r : s.repairs) {
    nlohmann::ordered_json jr;
    jr["vi_was"] = r.vi_was;
    jr["vi_now"] = r.vi_now;
    jr["en_was"] = r.en_was;
    jr["en_now"] = r.en_now;
    jr["source"] = r.source;
    jr["repaired"] = r.source != "unrepaired";
    if (!r.unit_id.empty()) jr["unit_id"] = r.unit_id;
    j["repairs"].push_back(std::move(jr));
  }
  j["fragments"] = nlohmann::ordered_json::array();
  for (const DraftFragment& f : s.fragments) {
    nlohmann::ordered_json jf;
    jf["vi"] = f.vi;
    jf["en"] = f.en;
    jf["span"] = {f.begin, f.end};
    jf["source"] = f.source;
    if (!f.unit_id.empty()) jf["unit_id"] = f.unit_id;
    j["fragments"].push_back(std::move(jf));
  }
  // Words no fragment covers, "[vi]" in the draft.
  j["gaps"] = nlohmann::ordered_json::array();
  for (const DraftFragment& g : s.gaps) {
    j["gaps"].push_back({{"vi", g.vi}, {"span", {g.begin, g.end}}});
  }
  j["matches"] = nlohmann::ordered_json::array();
  for (const SuggestMatch& m : s.matches) {
    nlohmann::ordered_json jm;
    jm["id"] = m.id;
    jm["score"] = m.score;
    jm["band"] = m.band;
    jm["source"] = m.source;
    jm["target"] = m.target;
    jm["stale"] = m.stale;
    if (m.stale) {
      jm["note"] = StaleNote(m.stale_values);
      jm["stale_values"] = nlohmann::ordered_json::array();
      for (const SuggestDiff& d : m.stale_values)
        jm["stale_values"].push_back({{"was", d.match}, {"now", d.source}});
    }
    if (!m.part.empty()) jm["part"] = m.part;
    if (!m.links.empty()) jm["wordalign"] = m.links;
    jm["diff"] = nlohmann::ordered_json::array();
    for (const SuggestDiff& d : m.diff) {
      jm["diff"].push_back({{"op", d.op}, {"source", d.source}, {"match", d.match}});
    }
    j["matches"].push_back(std::move(jm));
  }
  j["terms"] = nlohmann::ordered_json::array();
  for (const TermMatch& t : s.terms) {
    nlohmann::ordered_json jt;
    jt["vi"] = t.vi;
    jt["en"] = t.en;
    jt["span"] = {t.begin, t.end};
    if (!t.note.empty()) jt["note"] = t.note;
    j["terms"].push_back(std::move(jt));
  }
  j["entities"] = nlohmann::ordered_json::array();
  for (const Entity& e : s.entities) {
    j["entities"].push_back({{"vi", e.vi}, {"en", e.en}, {"type", EntityTypeName(e.type)}});
  }
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string WriteSuggestionsXliff(const std::vector<SentenceSuggestion>& all, const WriterOptions& options) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" xmlns:mtc=\"urn:oasis:names:tc:xliff:matches:2.0\""
      " xmlns:gls=\"urn:oasis:names:tc:xliff:glossary:2.0\" version=\"2.0\" srcLang=\"vi\" trgLang=\"en\">\n";
  out += "  <file id=\"f1\"" +
         (options.original.empty() ? std::string() : " original=\"" + XmlEscape(options.original) + "\"") + ">\n";
  for (const SentenceSuggestion& s : all) {
    std::string n = std::to_string(s.index + 1);
    out += "    <unit id=\"u" + n + "\" type=\"songngu:" + SegmentKindName(s.kind) + "\">\n";
    // Module elements come first in a unit (XLIFF 2.0 core schema: ##other, notes, segments).
    if (!s.matches.empty()) {
      out += "      <mtc:matches>\n";
      int k = 0;
      for (const SuggestMatch& m : s.matches) {
        char quality[16];
        std::snprintf(quality, sizeof quality, "%d.0", m.score);
        out += "        <mtc:match id=\"m" + std::to_string(++k) + "\" ref=\"#s" + n +
               "\" type=\"tm\" origin=\"songngu\"" +
               (m.stale ? " subType=\"songngu:stale-value\"" : "") + " similarity=\"" + quality +
               "\" matchQuality=\"" + quality + "\" reference=\"no\">\n";
        out += "          <source>" + XmlEscape(m.source) + "</source>\n";
        out += "          <target>" + XmlEscape(m.target) + "</target>\n";
        out += "        </mtc:match>\n";
      }
      out += "      </mtc:matches>\n";
    }
    if (!s.terms.empty()) {
      out += "      <gls:glossary>\n";
      int k = 0;
      for (const TermMatch& t : s.terms) {
        out += "        <gls:glossEntry id=\"g" + std::to_string(++k) + "\" ref=\"#s" + n + "\">\n";
        out += "          <gls:term source=\"songngu\">" + XmlEscape(t.vi) + "</gls:term>\n";
        out += "          <gls:translation>" + XmlEscape(t.en) + "</gls:translation>\n";
        if (!t.note.empty()) out += "          <gls:definition>" + XmlEscape(t.note) + "</gls:definition>\n";
        out += "        </gls:glossEntry>\n";
      }
      out += "      </gls:glossary>\n";
    }
    if (!s.draft.empty() || !s.entities.empty()) {
      out += "      <notes>\n";
      // The draft again: `tm import` recognises a target nobody has post-edited.
      if (!s.draft.empty()) out += "        <note category=\"draft\">" + XmlEscape(s.draft) + "</note>\n";
      for (const DraftRepair& r : s.repairs) {
        out += "        <note category=\"" +
               std::string(r.source == "unrepaired" ? "unrepaired" : "repair") + "\">" +
               XmlEscape(r.vi_was + " -> " + r.vi_now + ": " + r.en_was + " -> " + r.en_now + " (" +
                         r.source + (r.unit_id.empty() ? "" : " unit " + r.unit_id) + ")") +
               "</note>\n";
      }
      for (const DraftFragment& f : s.fragments) {
        out += "        <note category=\"fragment\">" +
               XmlEscape(f.vi + " = " + f.en + " (" + f.source +
                         (f.unit_id.empty() ? "" : " unit " + f.unit_id) + ")") +
               "</note>\n";
      }
      for (const Entity& e : s.entities) {
        out += "        <note category=\"" + std::string(EntityTypeName(e.type)) + "\">" + XmlEscape(e.vi) +
               " = " + XmlEscape(e.en) + "</note>\n";
      }
      out += "      </notes>\n";
    }
    // The draft is the target in state "initial": to be post-edited (tm import skips it until
    // then).
    out += "      <segment id=\"s" + n + "\" state=\"initial\">\n";
    out += "        <source>" + XmlEscape(s.source) + "</source>\n";
    if (!s.draft.empty()) out += "        <target>" + XmlEscape(s.draft) + "</target>\n";
    out += "      </segment>\n";
    out += "    </unit>\n";
  }
  out += "  </file>\n</xliff>\n";
  return out;
}

}  // namespace songngu
