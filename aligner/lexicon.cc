#include "aligner/lexicon.h"

#include <libstemmer.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <unordered_map>
#include <unordered_set>

#include "aligner/data_path.h"
#include "aligner/error.h"
#include "aligner/memo.h"
#include "aligner/normalize.h"

namespace songngu {
namespace {

constexpr const char kMagic[] = "songngu-lexicon 1";
// Longest Vietnamese entry looked for when grouping, in syllables.
constexpr size_t kMaxGroupSyllables = 8;

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

// libstemmer handles are not thread-safe: each thread gets its own.
sb_stemmer* ThreadStemmer() {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("english", nullptr));
  if (!stemmer) throw Error("libstemmer: cannot create the English stemmer");
  return stemmer.get();
}

bool IsAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

struct Pair {
  uint32_t vi;
  uint32_t en;
  float fwd;
  float bwd;
};

// Interning of token strings to dense ids.
struct Vocab {
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<std::string> words;

  uint32_t Intern(std::string_view w) {
    std::string key(w);
    auto it = ids.find(key);
    if (it != ids.end()) return it->second;
    const uint32_t id = static_cast<uint32_t>(words.size());
    ids.emplace(key, id);
    words.push_back(std::move(key));
    return id;
  }
  int64_t Find(std::string_view w) const {
    // One key buffer per thread: lookups of long keys allocate no string.
    thread_local std::string key;
    key.assign(w.data(), w.size());
    return Find(key);
  }
  // No copy of the key (grouping looks up several candidates per syllable).
  int64_t Find(const std::string& w) const {
    auto it = ids.find(w);
    return it == ids.end() ? int64_t{-1} : static_cast<int64_t>(it->second);
  }
};

std::string WordKey(std::string_view word) { return MatchingKey(word); }

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// British spellings folded to American ones (lower-case ASCII, in place), so
// that "organised", "fertiliser", "centre", "labour" meet the dictionaries'
// "organized", "fertilizer", "center", "labor": portal and agency English mixes
// both. Only a key: applied alike to the lexicon and to every text, so a word
// that merely looks British ("raise" -> "raize") stays itself everywhere; the
// rules want three letters or more before the ending (two for "-tre"), which
// leaves "rise", "raise", "hour", "four", "tours" alone.
void FoldBritishSpelling(std::string* w) {
  static const std::pair<std::string_view, std::string_view> kWords[] = {
      {"programme", "program"}, {"programmes", "programs"}, {"catalogue", "catalog"},
      {"catalogues", "catalogs"}, {"dialogue", "dialog"},   {"dialogues", "dialogs"},
      {"defence", "defense"},   {"offence", "offense"},     {"licence", "license"},
      {"licences", "licenses"}, {"judgement", "judgment"},  {"ageing", "aging"}};
  for (const auto& [british, american] : kWords) {
    if (*w == british) {
      *w = american;
      return;
    }
  }
  // Ending -> replacement, tried in order (longest first), with at least
  // `min_stem` letters before the ending.
  struct Rule {
    std::string_view from, to;
    size_t min_stem = 3;
  };
  static const Rule kRules[] = {
      {"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"}, {"isers", "izers"},
      {"ised", "ized"},         {"ises", "izes"},       {"iser", "izer"},   {"ise", "ize"},
      {"ysing", "yzing"},       {"ysed", "yzed"},       {"yse", "yze"},     {"ourable", "orable"},
      {"ouring", "oring"},      {"oured", "ored"},      {"ours", "ors"},    {"our", "or"},
      {"tres", "ters", 2},      {"tre", "ter", 2}};  // "metre", "litre"
  for (const Rule& r : kRules) {
    if (w->size() >= r.from.size() + r.min_stem && EndsWith(*w, r.from)) {
      w->replace(w->size() - r.from.size(), r.from.size(), r.to);
      return;
    }
  }
}

}  // namespace

std::string EnglishToken(std::string_view word) {
  std::string lower = IsAscii(word) ? std::string(word) : MatchingKey(word);
  if (IsAscii(lower)) {
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    FoldBritishSpelling(&lower);
  }
  sb_stemmer* stemmer = ThreadStemmer();
  const sb_symbol* out =
      sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(lower.data()), static_cast<int>(lower.size()));
  if (out == nullptr) return lower;  // out of memory inside libstemmer: keep the word
  return std::string(reinterpret_cast<const char*>(out), sb_stemmer_length(stemmer));
}

struct Lexicon::Impl {
  struct Cell {
    uint32_t other;  // en id in by_vi rows, vi id in by_en rows
    float p_en_given_vi;
    float p_vi_given_en;
  };
  Vocab vi;
  Vocab en;
  std::vector<std::vector<Cell>> by_vi;  // sorted by en id
  std::vector<std::vector<Cell>> by_en;  // sorted by vi id
  size_t max_syllables = 1;
  size_t size = 0;
  // Every proper prefix "a_b" (two syllables or more) of a Vietnamese key: grouping
  // stops growing a candidate as soon as no key starts with it.
  std::unordered_set<std::string> vi_prefixes;

  const Cell* Find(std::string_view v, std::string_view e) const {
    int64_t vi_id = vi.Find(v);
    if (vi_id < 0) return nullptr;
    int64_t en_id = en.Find(e);
    if (en_id < 0) return nullptr;
    const auto& row = by_vi[vi_id];
    auto it = std::lower_bound(row.begin(), row.end(), static_cast<uint32_t>(en_id),
                               [](const Cell& c, uint32_t id) { return c.other < id; });
    return it != row.end() && it->other == en_id ? &*it : nullptr;
  }
};

Lexicon::Lexicon() : impl_(std::make_unique<Impl>()) {}
Lexicon::Lexicon(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Lexicon::~Lexicon() = default;
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;

struct LexiconBuilder::Impl {
  Vocab vi;
  Vocab en;
  std::vector<Pair> pairs;
};

LexiconBuilder::LexiconBuilder() : impl_(std::make_unique<Impl>()) {}
LexiconBuilder::~LexiconBuilder() = default;

void LexiconBuilder::Add(std::string_view vi, std::string_view en, float w_fwd, float w_bwd) {
  impl_->pairs.push_back({impl_->vi.Intern(vi), impl_->en.Intern(en), w_fwd, w_bwd});
}

Lexicon LexiconBuilder::Build(float min_prob) && {
  auto lex = std::make_unique<Lexicon::Impl>();
  std::vector<Pair>& pairs = impl_->pairs;
  std::sort(pairs.begin(), pairs.end(),
            [](const Pair& a, const Pair& b) { return a.vi != b.vi ? a.vi < b.vi : a.en < b.en; });
  // Merge duplicates (stems that coincide, repeated Add calls).
  size_t out = 0;
  for (size_t i = 0; i < pairs.size(); ++i) {
    if (out > 0 && pairs[out - 1].vi == pairs[i].vi && pairs[out - 1].en == pairs[i].en) {
      pairs[out - 1].fwd += pairs[i].fwd;
      pairs[out - 1].bwd += pairs[i].bwd;
    } else {
      pairs[out++] = pairs[i];
    }
  }
  pairs.resize(out);
  // Two passes when pruning: normalise, drop weak pairs, normalise again.
  for (int pass = 0; pass < (min_prob > 0 ? 2 : 1); ++pass) {
    std::vector<double> vi_sum(impl_->vi.words.size(), 0.0);
    std::vector<double> en_sum(impl_->en.words.size(), 0.0);
    for (const Pair& p : pairs) {
      vi_sum[p.vi] += p.fwd;
      en_sum[p.en] += p.bwd;
    }
    for (Pair& p : pairs) {
      p.fwd = vi_sum[p.vi] > 0 ? static_cast<float>(p.fwd / vi_sum[p.vi]) : 0.0f;
      p.bwd = en_sum[p.en] > 0 ? static_cast<float>(p.bwd / en_sum[p.en]) : 0.0f;
    }
    if (pass == 0 && min_prob > 0) {
      pairs.erase(std::remove_if(pairs.begin(), pairs.end(),
                                 [&](const Pair& p) { return p.fwd < min_prob && p.bwd < min_prob; }),
                  pairs.end());
    }
  }
  pairs.erase(std::remove_if(pairs.begin(), pairs.end(), [](const Pair& p) { return p.fwd <= 0 && p.bwd <= 0; }),
              pairs.end());
  // Keep only the words that kept an entry, so vocabularies hold no dead words
  // (and HasVietnamese / grouping see only real entries).
  std::vector<bool> vi_used(impl_->vi.words.size(), false);
  std::vector<bool> en_used(impl_->en.words.size(), false);
  for (const Pair& p : pairs) {
    vi_used[p.vi] = true;
    en_used[p.en] = true;
  }
  std::vector<int64_t> vi_map(impl_->vi.words.size(), -1);
  std::vector<int64_t> en_map(impl_->en.words.size(), -1);
  auto compact = [](Vocab& from, const std::vector<bool>& used, std::vector<int64_t>& map, Vocab& to) {
    if (std::find(used.begin(), used.end(), false) == used.end()) {
      for (size_t i = 0; i < map.size(); ++i) map[i] = static_cast<int64_t>(i);
      to = std::move(from);
      return;
    }
    for (size_t i = 0; i < map.size(); ++i) {
      if (used[i]) map[i] = to.Intern(from.words[i]);
    }
  };
  compact(impl_->vi, vi_used, vi_map, lex->vi);
  compact(impl_->en, en_used, en_map, lex->en);
  lex->by_vi.resize(lex->vi.words.size());
  lex->by_en.resize(lex->en.words.size());
  for (const Pair& p : pairs) {
    uint32_t v = static_cast<uint32_t>(vi_map[p.vi]);
    uint32_t e = static_cast<uint32_t>(en_map[p.en]);
    lex->by_vi[v].push_back({e, p.fwd, p.bwd});
    lex->by_en[e].push_back({v, p.fwd, p.bwd});
  }
  auto by_other = [](const Lexicon::Impl::Cell& a, const Lexicon::Impl::Cell& b) { return a.other < b.other; };
  for (auto& row : lex->by_vi) std::sort(row.begin(), row.end(), by_other);
  for (auto& row : lex->by_en) std::sort(row.begin(), row.end(), by_other);
  for (const std::string& w : lex->vi.words) {
    size_t syllables = 1 + std::count(w.begin(), w.end(), '_');
    lex->max_syllables = std::max(lex->max_syllables, std::min(syllables, kMaxGroupSyllables));
    for (size_t at = w.find('_'); at != std::string::npos;) {
      at = w.find('_', at + 1);
      if (at != std::string::npos) lex->vi_prefixes.insert(w.substr(0, at));
    }
  }
  lex->size = pairs.size();
  impl_ = std::make_unique<Impl>();
  return Lexicon(std::move(lex));
}

namespace {

// Parses a non-negative finite weight; false on anything else.
bool ParseWeight(const std::string& s, float& w) {
  if (s.empty()) return false;
  char* end = nullptr;
  w = std::strtof(s.c_str(), &end);
  return end == s.c_str() + s.size() && std::isfinite(w) && w >= 0;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t at = s.find(sep, start);
    parts.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return parts;
}

}  // namespace

Lexicon Lexicon::Load(const std::string& path) { return Parse(ReadFile(path), path); }

Lexicon Lexicon::Parse(std::string_view data, const std::string& path) {
  SONGNGU_THROW_IF(data.empty(), FormatLocation(path, "empty file, expected a songngu lexicon"));
  SONGNGU_THROW_IF(data.back() != '\n', FormatLocation(path, "truncated: the last line has no line end"));
  long bad = FindInvalidUtf8(data);
  SONGNGU_THROW_IF(bad >= 0, FormatOffset(path, bad, "invalid UTF-8"));
  std::string_view text = data;
  text.remove_suffix(1);
  std::vector<std::string_view> lines = Split(text, '\n');
  bool stemmed = false;
  if (lines[0] == std::string(kMagic) + " english=stems") {
    stemmed = true;
  } else if (lines[0] != std::string(kMagic) + " english=words") {
    throw Error(FormatLine(path, 1,
                           "not a songngu lexicon (expected first line \"" + std::string(kMagic) +
                               " english=stems\" or \"... english=words\")"));
  }
  LexiconBuilder builder;
  std::unordered_map<std::string, std::string> stems;  // english=words: word -> stem
  for (size_t n = 1; n < lines.size(); ++n) {
    const int64_t line_no = static_cast<int64_t>(n) + 1;
    std::string_view line = lines[n];
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::vector<std::string_view> cols = Split(line, '\t');
    SONGNGU_THROW_IF(cols.size() < 2,
                     FormatLine(path, line_no, "expected VI<TAB>EN WEIGHT[<TAB>...], got \"" +
                                                   std::string(line.substr(0, 60)) + "\""));
    std::string_view vi = cols[0];
    SONGNGU_THROW_IF(vi.empty() || vi.find(' ') != std::string_view::npos,
                     FormatLine(path, line_no, "bad Vietnamese key \"" + std::string(vi) + "\""));
    for (size_t c = 1; c < cols.size(); ++c) {
      std::vector<std::string_view> f = Split(cols[c], ' ');
      float fwd = 0;
      float bwd = 0;
      bool ok = (f.size() == 2 || f.size() == 3) && !f[0].empty() && ParseWeight(std::string(f[1]), fwd);
      if (ok) bwd = fwd;
      if (ok && f.size() == 3) ok = ParseWeight(std::string(f[2]), bwd);
      SONGNGU_THROW_IF(!ok, FormatLine(path, line_no,
                                       "field " + std::to_string(c + 1) + ": expected \"EN WEIGHT\" or " +
                                           "\"EN W_FWD W_BWD\" with weights >= 0, got \"" +
                                           std::string(cols[c].substr(0, 60)) + "\""));
      if (stemmed) {
        builder.Add(vi, f[0], fwd, bwd);
      } else {
        auto [it, inserted] = stems.emplace(std::string(f[0]), std::string());
        if (inserted) it->second = EnglishToken(f[0]);
        builder.Add(vi, it->second, fwd, bwd);
      }
    }
  }
  return std::move(builder).Build();
}

Lexicon Lexicon::LoadDefault() { return Load(DataFile("lexicon/vi-en.lex")); }

std::string Lexicon::Serialize() const {
  const Impl& m = *impl_;
  std::vector<uint32_t> order(m.vi.words.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return m.vi.words[a] < m.vi.words[b]; });
  std::string out = std::string(kMagic) + " english=stems\n";
  char buf[64];
  for (uint32_t v : order) {
    std::vector<Impl::Cell> row = m.by_vi[v];
    std::sort(row.begin(), row.end(),
              [&](const Impl::Cell& a, const Impl::Cell& b) { return m.en.words[a.other] < m.en.words[b.other]; });
    out += m.vi.words[v];
    for (const Impl::Cell& c : row) {
      std::snprintf(buf, sizeof buf, " %.6g %.6g", c.p_en_given_vi, c.p_vi_given_en);
      out += '\t';
      out += m.en.words[c.other];
      out += buf;
    }
    out += '\n';
  }
  return out;
}

void Lexicon::Save(const std::string& path) const {
  const std::string out = Serialize();
  const std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    SONGNGU_THROW_IF(!f, FormatLocation(tmp, "cannot create file"));
    f.write(out.data(), static_cast<std::streamsize>(out.size()));
    f.close();
    SONGNGU_THROW_IF(!f, FormatLocation(tmp, "write error"));
  }
  SONGNGU_THROW_IF(std::rename(tmp.c_str(), path.c_str()) != 0, FormatLocation(path, "cannot replace file"));
}

std::vector<std::string> Lexicon::GroupVietnamese(std::string_view text) const {
  std::vector<std::string> keys;
  for (const std::string& w : Words(text)) keys.push_back(Memo<WordKey>(w));
  std::vector<std::string> out;
  const size_t max_len = impl_->max_syllables;
  std::string candidate, best_candidate;
  for (size_t i = 0; i < keys.size();) {
    // The longest key of up to max_len syllables starting here; growing stops
    // where no key has the candidate as a prefix.
    size_t best = 1;
    candidate = keys[i];
    for (size_t len = 2; len <= std::min(max_len, keys.size() - i); ++len) {
      candidate += '_';
      candidate += keys[i + len - 1];
      if (impl_->vi.Find(candidate) >= 0) {
        best = len;
        best_candidate = candidate;
      }
      if (!impl_->vi_prefixes.count(candidate)) break;
    }
    if (best == 1) {
      out.push_back(std::move(keys[i]));
    } else {
      out.push_back(best_candidate);
    }
    i += best;
  }
  return out;
}

std::vector<std::string> Lexicon::EnglishTokens(std::string_view text) const {
  std::vector<std::string> out;
  for (const std::string& w : Words(text)) out.push_back(Memo<EnglishToken>(w));
  return out;
}

float Lexicon::ProbEnGivenVi(std::string_view vi, std::string_view en) const {
  const Impl::Cell* c = impl_->Find(vi, en);
  return c ? c->p_en_given_vi : 0.0f;
}

float Lexicon::ProbViGivenEn(std::string_view en, std::string_view vi) const {
  const Impl::Cell* c = impl_->Find(vi, en);
  return c ? c->p_vi_given_en : 0.0f;
}

namespace {

std::vector<std::pair<std::string, float>> Best(std::vector<std::pair<std::string, float>> all, size_t limit) {
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (all.size() > limit) all.resize(limit);
  return all;
}

}  // namespace

std::vector<std::pair<std::string, float>> Lexicon::Translations(std::string_view vi, size_t limit) const {
  std::vector<std::pair<std::string, float>> all;
  int64_t id = impl_->vi.Find(vi);
  if (id < 0) return all;
  for (const Impl::Cell& c : impl_->by_vi[id]) all.emplace_back(impl_->en.words[c.other], c.p_en_given_vi);
  return Best(std::move(all), limit);
}

std::vector<std::pair<std::string, float>> Lexicon::Sources(std::string_view en, size_t limit) const {
  std::vector<std::pair<std::string, float>> all;
  int64_t id = impl_->en.Find(en);
  if (id < 0) return all;
  for (const Impl::Cell& c : impl_->by_en[id]) all.emplace_back(impl_->vi.words[c.other], c.p_vi_given_en);
  return Best(std::move(all), limit);
}

std::vector<LexiconEntry> Lexicon::EntriesFor(std::string_view vi) const {
  std::vector<LexiconEntry> out;
  int64_t id = impl_->vi.Find(vi);
  if (id < 0) return out;
  for (const Impl::Cell& c : impl_->by_vi[id]) {
    out.push_back({std::string(vi), impl_->en.words[c.other], c.p_en_given_vi, c.p_vi_given_en});
  }
  std::sort(out.begin(), out.end(), [](const LexiconEntry& a, const LexiconEntry& b) { return a.en < b.en; });
  return out;
}

std::vector<LexiconEntry> Lexicon::Entries() const {
  std::vector<LexiconEntry> out;
  out.reserve(impl_->size);
  for (size_t v = 0; v < impl_->by_vi.size(); ++v) {
    for (const Impl::Cell& c : impl_->by_vi[v]) {
      out.push_back({impl_->vi.words[v], impl_->en.words[c.other], c.p_en_given_vi, c.p_vi_given_en});
    }
  }
  std::sort(out.begin(), out.end(), [](const LexiconEntry& a, const LexiconEntry& b) {
    return a.vi != b.vi ? a.vi < b.vi : a.en < b.en;
  });
  return out;
}

int64_t Lexicon::VietnameseId(std::string_view vi) const { return impl_->vi.Find(vi); }
int64_t Lexicon::EnglishId(std::string_view en) const { return impl_->en.Find(en); }

bool Lexicon::PairProbs(int64_t vi_id, int64_t en_id, float* p_en_given_vi,
                        float* p_vi_given_en) const {
  *p_en_given_vi = *p_vi_given_en = 0.0f;
  if (vi_id < 0 || en_id < 0 || static_cast<size_t>(vi_id) >= impl_->by_vi.size()) return false;
  const auto& row = impl_->by_vi[vi_id];
  auto it = std::lower_bound(row.begin(), row.end(), static_cast<uint32_t>(en_id),
                             [](const Impl::Cell& c, uint32_t id) { return c.other < id; });
  if (it == row.end() || it->other != en_id) return false;
  *p_en_given_vi = it->p_en_given_vi;
  *p_vi_given_en = it->p_vi_given_en;
  return true;
}

bool Lexicon::HasVietnamese(std::string_view vi) const { return impl_->vi.Find(vi) >= 0; }
bool Lexicon::HasEnglish(std::string_view en) const { return impl_->en.Find(en) >= 0; }
bool Lexicon::empty() const { return impl_->size == 0; }
size_t Lexicon::size() const { return impl_->size; }

}  // namespace songngu
