#include "tm/wordalign.h"

#include <algorithm>
#include <cmath>
#include <thread>

#include "aligner/normalize.h"
#include "tm/suggest.h"
#include "tm/tm_lexicon.h"
#include "tm/tokens.h"

namespace songngu {
namespace {

std::vector<Token> WordTokens(std::string_view text) {
  std::vector<Token> t = Tokenize(text);
  t.erase(std::remove_if(t.begin(), t.end(), [](const Token& x) { return !x.word; }), t.end());
  return t;
}

// Longest Vietnamese multi-syllable word the lexicon knows.
constexpr int kMaxGroup = 4;
// Longest run of unaligned words on either side that gap filling links.
constexpr int kMaxGap = 4;

}  // namespace

std::string FormatWordLinks(const WordLinks& links) {
  std::string out;
  for (auto [v, e] : links) {
    if (!out.empty()) out += ' ';
    out += std::to_string(v) + "-" + std::to_string(e);
  }
  return out;
}

std::optional<WordLinks> ParseWordLinks(std::string_view text) {
  WordLinks out;
  size_t i = 0;
  auto number = [&](int* v) {
    size_t start = i;
    long long x = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - start < 6) {
      x = x * 10 + (text[i] - '0');
      ++i;
    }
    *v = static_cast<int>(x);
    return i > start;
  };
  while (i < text.size()) {
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    int v = 0, e = 0;
    if (!number(&v) || i >= text.size() || text[i] != '-') return std::nullopt;
    ++i;
    if (!number(&e)) return std::nullopt;
    if (i < text.size() && text[i] != ' ') return std::nullopt;
    out.emplace_back(v, e);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

WordLinks AlignUnitWords(std::string_view vi, std::string_view en, const Lexicon* lexicon,
                         const Glossary* glossary, const WordAlignOptions& options) {
  const std::vector<Token> vw = WordTokens(vi), ew = WordTokens(en);
  const int m = static_cast<int>(vw.size()), n = static_cast<int>(ew.size());
  WordLinks links;
  if (m == 0 || n == 0) return links;
  std::vector<char> vi_done(m, 0), en_done(n, 0);
  std::vector<std::string> ekey(n);
  for (int j = 0; j < n; ++j) ekey[j] = ew[j].key;

  // 1. Terms and entities whose rendering the English contains: whole blocks.
  if (glossary != nullptr) {
    TextAnalysis t = AnalyzeText(vi, *glossary, options.date);
    std::vector<std::tuple<size_t, size_t, std::string>> units;
    for (const TermMatch& x : t.terms) units.emplace_back(x.begin, x.end, x.en);
    for (const Entity& x : t.entities) units.emplace_back(x.begin, x.end, x.en);
    for (const auto& [b, e, rendering] : units) {
      std::vector<Token> r = WordTokens(rendering);
      if (r.empty()) continue;
      // Articles of the rendering may be missing in the target ("the").
      const int len = static_cast<int>(r.size());
      int at = -1;
      for (int j = 0; j + len <= n && at < 0; ++j) {
        bool ok = true;
        for (int k = 0; k < len && ok; ++k) ok = !en_done[j + k] && ekey[j + k] == r[k].key;
        if (ok) at = j;
      }
      if (at < 0) continue;
      std::vector<int> syl;
      for (int i = 0; i < m; ++i) {
        if (vw[i].begin >= b && vw[i].end <= e && !vi_done[i]) syl.push_back(i);
      }
      if (syl.empty()) continue;
      for (int i : syl) {
        vi_done[i] = 1;
        for (int k = 0; k < len; ++k) links.emplace_back(i, at + k);
      }
      for (int k = 0; k < len; ++k) en_done[at + k] = 1;
    }
  }
  // 2. Words written alike (numbers, codes, names without diacritics), when unique on both sides.
  {
    std::vector<std::string> folded(m);
    for (int i = 0; i < m; ++i) folded[i] = FoldedKey(vw[i].text);
    for (int i = 0; i < m; ++i) {
      if (vi_done[i] || !(vw[i].has_digit || vw[i].upper_initial)) continue;
      int hit = -1, count = 0;
      for (int j = 0; j < n; ++j) {
        if (!en_done[j] && ekey[j] == folded[i]) {
          hit = j;
          ++count;
        }
      }
      int same = 0;
      for (int k = 0; k < m; ++k) same += folded[k] == folded[i];
      if (count == 1 && same == 1) {
        links.emplace_back(i, hit);
        vi_done[i] = 1;
        en_done[hit] = 1;
      }
    }
  }
  // 3. The lexicon: groups of syllables it knows, intersection of both directions, grown.
  if (lexicon != nullptr && !lexicon->empty()) {
    struct Group {
      int from, to;  // syllables [from, to)
      std::string key;
    };
    std::vector<Group> groups;
    for (int i = 0; i < m;) {
      if (vi_done[i]) {
        ++i;
        continue;
      }
      int best = 1;
      std::string key = vw[i].key, best_key = key;
      for (int k = 2; k <= kMaxGroup && i + k <= m && !vi_done[i + k - 1]; ++k) {
        key += "_" + vw[i + k - 1].key;
        if (lexicon->HasVietnamese(key)) {
          best = k;
          best_key = key;
        }
      }
      groups.push_back({i, i + best, best_key});
      i += best;
    }
    const int g = static_cast<int>(groups.size());
    std::vector<std::string> stem(n);
    for (int j = 0; j < n; ++j) stem[j] = EnglishToken(ew[j].text);
    std::vector<float> fwd(static_cast<size_t>(g) * n), bwd(static_cast<size_t>(g) * n);
    auto diag = [&](int a, int j) {
      double pos = (groups[a].from + groups[a].to) / 2.0 / m;
      return 0.5 + 0.5 * std::exp(-2.0 * std::fabs(pos - (j + 0.5) / n));
    };
    // Ids once per group and per English word, then one binary search per pair:
    // a common word's entries (thousands in a TM-trained lexicon) are never copied.
    std::vector<int64_t> en_id(n, -1);
    for (int j = 0; j < n; ++j) {
      if (!en_done[j]) en_id[j] = lexicon->EnglishId(stem[j]);
    }
    for (int a = 0; a < g; ++a) {
      const int64_t vi_id = lexicon->VietnameseId(groups[a].key);
      if (vi_id < 0) continue;
      for (int j = 0; j < n; ++j) {
        if (en_id[j] >= 0) lexicon->PairProbs(vi_id, en_id[j], &fwd[a * n + j], &bwd[a * n + j]);
      }
    }
    const float floor = static_cast<float>(options.min_prob);
    std::vector<char> in_union(static_cast<size_t>(g) * n, 0),
        linked(static_cast<size_t>(g) * n, 0);
    std::vector<int> best_of_group(g, -1), best_of_word(n, -1);
    for (int a = 0; a < g; ++a) {
      double top = 0;
      for (int j = 0; j < n; ++j) {
        double s = fwd[a * n + j] * diag(a, j);
        if (fwd[a * n + j] >= floor && s > top) {
          top = s;
          best_of_group[a] = j;
        }
      }
      if (best_of_group[a] >= 0) in_union[a * n + best_of_group[a]] = 1;
    }
    for (int j = 0; j < n; ++j) {
      double top = 0;
      for (int a = 0; a < g; ++a) {
        double s = bwd[a * n + j] * diag(a, j);
        if (bwd[a * n + j] >= floor && s > top) {
          top = s;
          best_of_word[j] = a;
        }
      }
      if (best_of_word[j] >= 0) in_union[best_of_word[j] * n + j] = 1;
    }
    std::vector<char> g_has(g, 0), e_has(n, 0);
    for (int a = 0; a < g; ++a) {
      int j = best_of_group[a];
      if (j >= 0 && best_of_word[j] == a) {
        linked[a * n + j] = 1;
        g_has[a] = e_has[j] = 1;
      }
    }
    // grow-diag: neighbours of links that are in the union and add an unaligned word.
    for (bool grew = true; grew;) {
      grew = false;
      for (int a = 0; a < g; ++a) {
        for (int j = 0; j < n; ++j) {
          if (!linked[a * n + j]) continue;
          for (int da = -1; da <= 1; ++da) {
            for (int dj = -1; dj <= 1; ++dj) {
              int b = a + da, k = j + dj;
              if (b < 0 || b >= g || k < 0 || k >= n || linked[b * n + k] || !in_union[b * n + k])
                continue;
              if (g_has[b] && e_has[k]) continue;
              linked[b * n + k] = 1;
              g_has[b] = e_has[k] = 1;
              grew = true;
            }
          }
        }
      }
    }
    // final-and: union links between two words still unaligned.
    for (int a = 0; a < g; ++a) {
      for (int j = 0; j < n; ++j) {
        if (in_union[a * n + j] && !g_has[a] && !e_has[j]) {
          linked[a * n + j] = 1;
          g_has[a] = e_has[j] = 1;
        }
      }
    }
    for (int a = 0; a < g; ++a) {
      for (int j = 0; j < n; ++j) {
        if (!linked[a * n + j]) continue;
        for (int i = groups[a].from; i < groups[a].to; ++i) links.emplace_back(i, j);
      }
    }
  }
  // 4. Gaps: words unaligned on both sides between the same two linked words
  // (or the sentence edges), in the same order, translate each other ("với nhà
  // thầu và" / "with the contractor and" when the lexicon lacks "nhà thầu").
  std::sort(links.begin(), links.end());
  links.erase(std::unique(links.begin(), links.end()), links.end());
  {
    std::vector<int> vi_lo(m, -1), vi_hi(m, -1);
    std::vector<char> en_has(n, 0);
    for (auto [v, e] : links) {
      if (vi_lo[v] < 0 || e < vi_lo[v]) vi_lo[v] = e;
      vi_hi[v] = std::max(vi_hi[v], e);
      en_has[e] = 1;
    }
    WordLinks extra;
    int prev_v = -1, prev_e = -1;  // the last linked vi word and its last English word
    for (int v = 0; v <= m; ++v) {
      if (v < m && vi_lo[v] < 0) continue;
      const int next_e = v < m ? vi_lo[v] : n;
      const int gap_v = v - prev_v - 1, gap_e = next_e - prev_e - 1;
      bool clean = gap_v > 0 && gap_e > 0 && gap_v <= kMaxGap && gap_e <= kMaxGap;
      for (int e = prev_e + 1; e < next_e && clean; ++e) clean = !en_has[e];
      if (clean) {
        for (int i = prev_v + 1; i < v; ++i) {
          for (int e = prev_e + 1; e < next_e; ++e) extra.emplace_back(i, e);
        }
      }
      if (v < m) {
        prev_v = v;
        prev_e = std::max(prev_e, vi_hi[v]);
      }
    }
    links.insert(links.end(), extra.begin(), extra.end());
  }
  std::sort(links.begin(), links.end());
  links.erase(std::unique(links.begin(), links.end()), links.end());
  return links;
}

TmStore::WordAligner UnitWordAligner(const Lexicon* lexicon, const Glossary* glossary,
                                     const WordAlignOptions& options) {
  return [lexicon, glossary, options](const std::string& vi, const std::string& en) {
    return FormatWordLinks(AlignUnitWords(vi, en, lexicon, glossary, options));
  };
}

TmWordAlignReport WordAlignTm(TmStore& store, const Lexicon& prior, const Glossary* glossary,
                              const TmWordAlignOptions& options,
                              const std::function<void(const std::string&)>& progress) {
  TmWordAlignReport report;
  Lexicon trained;
  const Lexicon* lexicon = &prior;
  if (options.train) {
    TmTrainingReport tr;
    trained = TrainFromTm(store, prior, options.ibm1, &tr, [&](int it, int total) {
      if (progress)
        progress("lexicon: EM iteration " + std::to_string(it) + "/" + std::to_string(total));
    });
    store.SetLexicon(trained.Serialize(), tr.pairs);
    report.pairs_trained = tr.pairs;
    lexicon = &trained;
  } else if (std::optional<std::string> data = store.GetLexicon()) {
    trained = Lexicon::Parse(*data, store.path() + " (lexicon stored in the TM)");
    lexicon = &trained;
  }
  std::vector<int64_t> ids;
  std::vector<std::pair<std::string, std::string>> texts;
  ExportFilter all;
  store.ForEachUnit(all, [&](const Unit& u) {
    ids.push_back(u.id);
    texts.emplace_back(u.vi, u.en);
  });
  constexpr size_t kChunk = 10000;
  const int threads = std::max(1, options.threads);
  for (size_t start = 0; start < ids.size(); start += kChunk) {
    const size_t end = std::min(ids.size(), start + kChunk);
    std::vector<std::pair<int64_t, std::string>> rows(end - start);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        for (size_t k = start + t; k < end; k += threads) {
          rows[k - start] = {
              ids[k], FormatWordLinks(AlignUnitWords(texts[k].first, texts[k].second, lexicon,
                                                     glossary, options.align))};
        }
      });
    }
    for (std::thread& th : pool) th.join();
    store.SetWordAlignments(rows);
    report.units += static_cast<int64_t>(rows.size());
    if (progress)
      progress("aligned " + std::to_string(end) + "/" + std::to_string(ids.size()) + " units");
  }
  return report;
}

}  // namespace songngu
