#include "aligner/pair.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <utility>

#include "aligner/anchors.h"
#include "aligner/parallel.h"

namespace songngu {
namespace {

using KeyCounts = std::unordered_map<std::string, double>;
// A document's tf-idf vector over interned key ids, sorted by id, unit length.
using SparseVector = std::vector<std::pair<int, double>>;

// Days since 1970-01-01 of an ISO date "YYYY-MM-DD"; false if it is not one.
bool IsoDateToDays(std::string_view iso, long* days) {
  auto digits = [&](size_t pos, size_t n, long* value) {
    *value = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (iso[i] < '0' || iso[i] > '9') return false;
      *value = *value * 10 + (iso[i] - '0');
    }
    return true;
  };
  long y, m, d;
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-' || !digits(0, 4, &y) || !digits(5, 2, &m) ||
      !digits(8, 2, &d) || m < 1 || m > 12 || d < 1 || d > 31) {
    return false;
  }
  // Howard Hinnant's days_from_civil.
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  *days = era * 146097 + doe - 719468;
  return true;
}

bool IsAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

void AddVietnameseWords(const std::string& text, const Lexicon& lexicon, const PairOptions& options,
                        std::unordered_map<std::string, std::vector<std::pair<std::string, float>>>* cache,
                        KeyCounts* counts) {
  for (const std::string& word : lexicon.GroupVietnamese(text)) {
    auto it = cache->find(word);
    if (it == cache->end()) {
      std::vector<std::pair<std::string, float>> t = lexicon.Translations(word, options.translations_per_word);
      if (t.empty() && IsAscii(word)) {
        // Loanwords and names written the same way in both languages ("internet", "dna").
        for (const std::string& stem : lexicon.EnglishTokens(word)) t.emplace_back(stem, 1.0f);
      }
      // Stored as counted ("w:" + stem): no string is built per occurrence.
      for (auto& [en, p] : t) en.insert(0, "w:");
      it = cache->emplace(word, std::move(t)).first;
    }
    double total = 0;
    for (const auto& [en, p] : it->second) total += p;
    if (total <= 0) continue;
    for (const auto& [key, p] : it->second) (*counts)[key] += p / total;
  }
}

KeyCounts CountKeys(const Document& doc, const Lexicon& lexicon, const PairOptions& options) {
  KeyCounts counts;
  std::unordered_map<std::string, std::vector<std::pair<std::string, float>>> cache;
  bool vi = doc.lang == "vi";
  for (const Sentence& s : doc.sentences) {
    if (vi) {
      AddVietnameseWords(s.text, lexicon, options, &cache, &counts);
    } else {
      for (const std::string& stem : lexicon.EnglishTokens(s.text)) counts["w:" + stem] += 1;
    }
    SentenceAnchors anchors = ExtractAnchors(s.text, doc.lang);
    for (const std::string& name : anchors.names) counts["name:" + name] += 1;
    for (const std::string& number : anchors.numbers) counts[number] += 1;
  }
  return counts;
}

double KindWeight(const std::string& key, const PairOptions& options) {
  if (key.compare(0, 2, "w:") == 0) return 1.0;
  if (key.compare(0, 5, "name:") == 0) return options.name_weight;
  if (key.compare(0, 2, "n:") == 0) return options.number_weight;
  return options.code_weight;
}

double Dot(const SparseVector& a, const SparseVector& b) {
  double sum = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (a[i].first > b[j].first) {
      ++j;
    } else {
      sum += a[i++].second * b[j++].second;
    }
  }
  return sum;
}

// Confidence from how far the pair's similarity stands above the better of
// both documents' next-best partners (a margin ratio, as in margin-based
// bitext mining): similarities of unrelated documents depend on the pile and
// on document length, their ratio much less. Calibrated on IWSLT dev2010 and
// tst2012 piles (bench/pair_piles.py) and the seed articles: true pairs stand
// >= 2.5x above the next best, unrelated best matches < 1.2x. Without any other candidate (tiny piles),
// the alternative is the typical similarity of unrelated documents.
double Confidence(double similarity, double alternative, const PairOptions& options) {
  double ratio = similarity / (alternative > 0 ? std::max(alternative, 0.01) : options.unrelated_similarity);
  return 1.0 / (1.0 + std::pow(options.even_ratio / ratio, options.ratio_sharpness));
}

bool LagDays(const std::string& vi_date, const std::string& en_date, long* days) {
  long dv, de;
  if (!IsoDateToDays(vi_date, &dv) || !IsoDateToDays(en_date, &de)) return false;
  *days = de - dv;
  return true;
}

struct Candidate {
  size_t vi;  // positions in the vi / en lists
  size_t en;
  double similarity;
  double confidence = 0;
};

}  // namespace

std::vector<std::pair<std::string, double>> PairingKeys(const Document& doc, const Lexicon& lexicon,
                                                        const PairOptions& options) {
  KeyCounts counts = CountKeys(doc, lexicon, options);
  std::vector<std::pair<std::string, double>> out(counts.begin(), counts.end());
  std::sort(out.begin(), out.end());
  return out;
}

bool PublicationLagDays(const Document& vi, const Document& en, long* days) {
  return LagDays(vi.meta.date, en.meta.date, days);
}

PairFeatures ExtractPairFeatures(const Document& doc, const Lexicon& lexicon, const PairOptions& options) {
  PairFeatures f;
  f.id = doc.name;
  f.lang = doc.lang;
  f.date = doc.meta.date;
  f.keys = PairingKeys(doc, lexicon, options);
  return f;
}

void FeaturePile::Add(const PairFeatures& features) {
  Doc d;
  d.id = features.id;
  d.lang = features.lang;
  d.date = features.date;
  d.keys.reserve(features.keys.size());
  for (const auto& [key, count] : features.keys) {
    auto [it, inserted] = key_ids_.emplace(key, static_cast<int>(key_names_.size()));
    if (inserted) key_names_.push_back(key);
    d.keys.emplace_back(it->second, static_cast<float>(count));
  }
  std::sort(d.keys.begin(), d.keys.end());
  docs_.push_back(std::move(d));
}

PairResult PairDocuments(const std::vector<Document>& docs, const Lexicon& lexicon,
                         const PairOptions& options) {
  std::vector<PairFeatures> features(docs.size());
  ParallelFor(docs.size(), options.threads,
              [&](size_t i) { features[i] = ExtractPairFeatures(docs[i], lexicon, options); });
  FeaturePile pile;
  for (PairFeatures& f : features) {
    pile.Add(f);
    PairFeatures().keys.swap(f.keys);
  }
  return pile.Pair(options);
}

PairResult FeaturePile::Pair(const PairOptions& options) const {
  const std::vector<Doc>& docs = docs_;
  std::vector<size_t> vi_docs, en_docs;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (docs[i].lang == "vi") vi_docs.push_back(i);
    if (docs[i].lang == "en") en_docs.push_back(i);
  }
  std::vector<size_t> all = vi_docs;
  all.insert(all.end(), en_docs.begin(), en_docs.end());
  const size_t nv = vi_docs.size();

  // Document frequencies over the whole pile and per side.
  const size_t nkeys = key_names_.size();
  std::vector<int> df(nkeys, 0), df_vi(nkeys, 0), df_en(nkeys, 0);
  std::vector<double> kind_weight(nkeys);
  std::vector<bool> is_anchor(nkeys);
  for (size_t id = 0; id < nkeys; ++id) {
    kind_weight[id] = KindWeight(key_names_[id], options);
    is_anchor[id] = key_names_[id].compare(0, 2, "w:") != 0;
  }
  for (size_t i = 0; i < all.size(); ++i) {
    for (const auto& [id, c] : docs[all[i]].keys) {
      ++df[id];
      ++(i < nv ? df_vi : df_en)[id];
    }
  }
  const double n = static_cast<double>(all.size());
  std::vector<SparseVector> vec(all.size());
  for (size_t i = 0; i < all.size(); ++i) {
    SparseVector& v = vec[i];
    double norm = 0;
    for (const auto& [id, count] : docs[all[i]].keys) {
      // An anchor seen on one side only can never match and is mostly noise
      // (English title-case words, Vietnamese acronyms): it would only
      // dilute the norm. Words stay, so that content one side lacks counts.
      if (is_anchor[id] && (df_vi[id] == 0 || df_en[id] == 0)) continue;
      double c = count;
      double tf = c <= 1 ? c : 1 + std::log(c);
      double w = tf * std::log((n + options.idf_prior_documents + 1) / (df[id] + 0.5));
      w *= kind_weight[id];
      if (w <= 0) continue;
      v.emplace_back(id, w);
      norm += w * w;
    }
    norm = std::sqrt(norm);
    for (auto& [id, w] : v) w /= norm > 0 ? norm : 1;
  }

  // Inverted index per side over keys specific enough to point at a few
  // documents; small piles index everything.
  auto max_df = [&](size_t side_size) {
    return std::max<double>(10, options.max_df_fraction * static_cast<double>(side_size));
  };
  auto build_index = [&](size_t begin, size_t end, const std::vector<int>& side_df, double limit) {
    std::unordered_map<int, std::vector<std::pair<size_t, double>>> index;
    for (size_t i = begin; i < end; ++i) {
      for (const auto& [id, w] : vec[i]) {
        if (side_df[id] <= limit) index[id].emplace_back(i - begin, w);
      }
    }
    return index;
  };
  auto vi_index = build_index(0, nv, df_vi, max_df(nv));
  auto en_index = build_index(nv, all.size(), df_en, max_df(en_docs.size()));

  // For each document, its best-scoring documents of the other side by the
  // partial dot product over its top query keys.
  auto query = [&](const SparseVector& v, const decltype(vi_index)& index) {
    std::vector<std::pair<double, int>> keys;
    for (const auto& [id, w] : v) {
      if (index.count(id)) keys.emplace_back(w, id);
    }
    size_t k = std::min(options.query_keys, keys.size());
    std::partial_sort(keys.begin(), keys.begin() + k, keys.end(), std::greater<>());
    std::unordered_map<size_t, double> score;
    for (size_t q = 0; q < k; ++q) {
      for (const auto& [doc, w] : index.at(keys[q].second)) score[doc] += w * keys[q].first;
    }
    std::vector<std::pair<double, size_t>> ranked;
    for (const auto& [doc, s] : score) ranked.emplace_back(s, doc);
    size_t keep = std::min(options.candidates_per_document, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + keep, ranked.end(), std::greater<>());
    // A copy, not resize(): every document keeps its hits until all are
    // queried, and a shrunk vector would keep the capacity of all it scored
    // (memory quadratic in the pile).
    return std::vector<std::pair<double, size_t>>(ranked.begin(), ranked.begin() + keep);
  };
  std::vector<std::vector<std::pair<double, size_t>>> hits(all.size());
  ParallelFor(all.size(), options.threads, [&](size_t i) {
    hits[i] = i < nv ? query(vec[i], en_index) : query(vec[i], vi_index);
  });
  std::vector<std::pair<size_t, size_t>> pairs;
  for (size_t i = 0; i < all.size(); ++i) {
    for (const auto& [s, j] : hits[i]) pairs.emplace_back(i < nv ? i : j, i < nv ? j : i - nv);
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());

  std::vector<Candidate> candidates;
  std::vector<double> best_vi(nv, 0), second_vi(nv, 0);
  std::vector<double> best_en(en_docs.size(), 0), second_en(en_docs.size(), 0);
  for (const auto& [v, e] : pairs) {
    double sim = Dot(vec[v], vec[nv + e]);
    long lag;
    if (LagDays(docs[vi_docs[v]].date, docs[en_docs[e]].date, &lag) &&
        (lag > options.max_lag_days || lag < -options.max_lead_days)) {
      sim *= options.date_mismatch_factor;
    }
    candidates.push_back({v, e, sim});
    auto update = [](double s, double* best, double* second) {
      if (s > *best) {
        *second = *best;
        *best = s;
      } else if (s > *second) {
        *second = s;
      }
    };
    update(sim, &best_vi[v], &second_vi[v]);
    update(sim, &best_en[e], &second_en[e]);
  }
  for (Candidate& c : candidates) {
    double alt_vi = c.similarity >= best_vi[c.vi] ? second_vi[c.vi] : best_vi[c.vi];
    double alt_en = c.similarity >= best_en[c.en] ? second_en[c.en] : best_en[c.en];
    c.confidence = Confidence(c.similarity, std::max(alt_vi, alt_en), options);
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.confidence != b.confidence) return a.confidence > b.confidence;
    return std::make_pair(a.vi, a.en) < std::make_pair(b.vi, b.en);
  });

  PairResult result;
  result.candidates = candidates.size();
  std::vector<bool> vi_taken(nv, false), en_taken(en_docs.size(), false);
  for (const Candidate& c : candidates) {
    if (c.confidence < options.min_confidence) break;
    if (vi_taken[c.vi] || en_taken[c.en]) continue;
    vi_taken[c.vi] = en_taken[c.en] = true;
    result.pairs.push_back({vi_docs[c.vi], en_docs[c.en], c.confidence, c.similarity});
  }
  std::sort(result.pairs.begin(), result.pairs.end(),
            [](const DocumentPair& a, const DocumentPair& b) { return a.vi < b.vi; });
  for (size_t v = 0; v < nv; ++v) {
    if (!vi_taken[v]) result.unpaired_vi.push_back(vi_docs[v]);
  }
  for (size_t e = 0; e < en_docs.size(); ++e) {
    if (!en_taken[e]) result.unpaired_en.push_back(en_docs[e]);
  }
  return result;
}

EventGate CheckSameEvent(const Document& vi, const Document& en, const Lexicon& lexicon,
                         const Alignment& alignment, const EventGateOptions& options) {
  std::vector<Document> docs = {vi, en};
  docs[0].lang = "vi";
  docs[1].lang = "en";
  PairOptions pairing = options.pairing;
  pairing.min_confidence = 0;
  pairing.threads = 1;
  PairResult r = PairDocuments(docs, lexicon, pairing);
  EventGate gate;
  gate.similarity = r.pairs.empty() ? 0 : r.pairs.front().similarity;
  for (const Link& l : alignment.links) gate.confident_links += l.score >= options.link_min_score;
  if (gate.similarity >= options.same_similarity) {
    gate.same_event = true;
  } else if (gate.similarity < options.different_similarity) {
    gate.same_event = false;
  } else {
    size_t shorter = std::min(vi.sentences.size(), en.sentences.size());
    int needed = std::min<int>(options.min_links,
                               static_cast<int>(std::ceil(options.min_linked_share * shorter)));
    gate.same_event = gate.confident_links >= std::max(1, needed);
  }
  return gate;
}

}  // namespace songngu
