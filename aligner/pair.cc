#include "aligner/pair.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <unordered_map>
#include <utility>

#include "aligner/anchors.h"
#include "aligner/error.h"
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
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-' || !digits(0, 4, &y) ||
      !digits(5, 2, &m) || !digits(8, 2, &d) || m < 1 || m > 12 || d < 1 || d > 31) {
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

void AddVietnameseWords(
    const std::string& text, const Lexicon& lexicon, const PairOptions& options,
    std::unordered_map<std::string, std::vector<std::pair<std::string, float>>>* cache,
    KeyCounts* counts) {
  for (const std::string& word : lexicon.GroupVietnamese(text)) {
    auto it = cache->find(word);
    if (it == cache->end()) {
      std::vector<std::pair<std::string, float>> t =
          lexicon.Translations(word, options.translations_per_word);
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
// >= 2.5x above the next best, unrelated best matches < 1.2x. Without any other candidate (tiny
// piles), the alternative is the typical similarity of unrelated documents.
double Confidence(double similarity, double alternative, const PairOptions& options) {
  double ratio =
      similarity / (alternative > 0 ? std::max(alternative, 0.01) : options.unrelated_similarity);
  return 1.0 / (1.0 + std::pow(options.even_ratio / ratio, options.ratio_sharpness));
}

bool LagDays(const std::string& vi_date, const std::string& en_date, long* days) {
  long dv, de;
  if (!IsoDateToDays(vi_date, &dv) || !IsoDateToDays(en_date, &de)) return false;
  *days = de - dv;
  return true;
}

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

PairFeatures ExtractPairFeatures(const Document& doc, const Lexicon& lexicon,
                                 const PairOptions& options) {
  PairFeatures f;
  f.id = doc.name;
  f.lang = doc.lang;
  f.date = doc.meta.date;
  f.keys = PairingKeys(doc, lexicon, options);
  return f;
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

// Keys of the pile's documents, appended to a temporary file once the tail
// held in memory passes a few MB (small piles never touch the disk).
class FeaturePile::Spill {
 public:
  uint64_t Append(const std::string& record) {
    uint64_t offset = flushed_ + tail_.size();
    tail_ += record;
    if (tail_.size() >= kTailBytes) Flush();
    return offset;
  }
  std::string Read(uint64_t offset, uint32_t bytes) const {
    if (offset >= flushed_) return tail_.substr(offset - flushed_, bytes);
    std::string out(bytes, '\0');
    SONGNGU_THROW_IF(std::fseek(file_.get(), static_cast<long>(offset), SEEK_SET) != 0 ||
                         std::fread(out.data(), 1, bytes, file_.get()) != bytes,
                     "pairing: cannot read the temporary file of features");
    return out;
  }

 private:
  static constexpr size_t kTailBytes = 4 << 20;
  void Flush() {
    if (!file_) {
      file_.reset(std::tmpfile());
      SONGNGU_THROW_IF(!file_, "pairing: cannot create a temporary file for the features");
    }
    SONGNGU_THROW_IF(std::fseek(file_.get(), 0, SEEK_END) != 0 ||
                         std::fwrite(tail_.data(), 1, tail_.size(), file_.get()) != tail_.size(),
                     "pairing: cannot write the features to a temporary file (disk full?)");
    flushed_ += tail_.size();
    tail_.clear();
  }
  struct Close {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };
  std::unique_ptr<std::FILE, Close> file_;
  std::string tail_;
  uint64_t flushed_ = 0;
};

FeaturePile::FeaturePile() : spill_(std::make_unique<Spill>()) {}
FeaturePile::~FeaturePile() = default;

ShardRange PairShards(const std::string& lang, const std::string& date,
                      const PairOptions& options) {
  ShardRange r;
  long days;
  if ((lang != "vi" && lang != "en") || !IsoDateToDays(date, &days)) return r;
  const long s = std::max(1, options.shard_days);
  auto floor_div = [s](long a) { return a >= 0 ? a / s : -((-a + s - 1) / s); };
  r.all = false;
  if (lang == "vi") {
    r.first = r.last = floor_div(days);
  } else {
    // The Vietnamese dates this English report may follow: days - lag .. days + lead.
    r.first = floor_div(days - options.max_lag_days);
    r.last = floor_div(days + options.max_lead_days);
  }
  return r;
}

void FeaturePile::Add(const PairFeatures& features) {
  Entry e;
  e.doc.id = features.id;
  e.doc.lang = features.lang;
  if (features.order != features.id) e.doc.order = features.order;
  e.date = features.date;
  // Record: per key its length, its bytes and its count as float.
  std::string record;
  for (const auto& [key, count] : features.keys) {
    uint32_t n = static_cast<uint32_t>(key.size());
    float c = static_cast<float>(count);
    record.append(reinterpret_cast<const char*>(&n), sizeof n);
    record += key;
    record.append(reinterpret_cast<const char*>(&c), sizeof c);
  }
  e.bytes = static_cast<uint32_t>(record.size());
  e.offset = spill_->Append(record);
  docs_.push_back(std::move(e));
}

std::vector<std::pair<long, long>> GroupShards(const std::vector<std::pair<long, size_t>>& shards,
                                               size_t min_documents) {
  std::vector<std::pair<long, long>> groups;
  size_t count = 0;
  bool open = false;
  for (const auto& [shard, vi] : shards) {
    if (!open) {
      groups.emplace_back(shard, shard);
      open = true;
      count = 0;
    }
    groups.back().second = shard;
    count += vi;
    if (count >= min_documents) open = false;
  }
  if (open && groups.size() > 1) {  // too few: join the group before
    groups[groups.size() - 2].second = groups.back().second;
    groups.pop_back();
  }
  return groups;
}

std::vector<PairCandidate> FeaturePile::Candidates(const PairOptions& options) const {
  std::vector<std::pair<long, size_t>> dated;  // (shard, document), one per shard of a document
  std::vector<size_t> undated;
  for (size_t i = 0; i < docs_.size(); ++i) {
    if (docs_[i].doc.lang != "vi" && docs_[i].doc.lang != "en") continue;
    ShardRange r = PairShards(docs_[i].doc.lang, docs_[i].date, options);
    if (r.all) {
      undated.push_back(i);
    } else {
      for (long s = r.first; s <= r.last; ++s) dated.emplace_back(s, i);
    }
  }
  std::vector<PairCandidate> all;
  if (dated.empty()) {
    if (!undated.empty()) all = ShardCandidates(undated, options);
  } else {
    std::sort(dated.begin(), dated.end());
    std::vector<std::pair<long, size_t>> shards;  // (shard, Vietnamese documents)
    for (const auto& [s, i] : dated) {
      if (shards.empty() || shards.back().first != s) shards.emplace_back(s, 0);
      shards.back().second += docs_[i].doc.lang == "vi";
    }
    size_t b = 0;
    for (const auto& [first, last] : GroupShards(shards, options.shard_min_documents)) {
      std::vector<size_t> members = undated;
      while (b < dated.size() && dated[b].first <= last) {
        if (dated[b].first >= first) members.push_back(dated[b].second);
        ++b;
      }
      std::vector<PairCandidate> shard = ShardCandidates(std::move(members), options);
      all.insert(all.end(), shard.begin(), shard.end());
    }
  }
  // A pair met in several shards (an English report in the overlap, undated
  // documents) counts once, with its highest similarity.
  std::sort(all.begin(), all.end(), [](const PairCandidate& a, const PairCandidate& b) {
    if (a.vi != b.vi) return a.vi < b.vi;
    if (a.en != b.en) return a.en < b.en;
    return a.similarity > b.similarity;
  });
  all.erase(std::unique(all.begin(), all.end(),
                        [](const PairCandidate& a, const PairCandidate& b) {
                          return a.vi == b.vi && a.en == b.en;
                        }),
            all.end());
  return all;
}

PairResult FeaturePile::Pair(const PairOptions& options) const {
  std::vector<PairDoc> docs;
  docs.reserve(docs_.size());
  for (const Entry& e : docs_) docs.push_back(e.doc);
  return ChoosePairs(docs, Candidates(options), options);
}

std::vector<PairCandidate> FeaturePile::ShardCandidates(std::vector<size_t> members,
                                                        const PairOptions& options) const {
  // A canonical order (not the order of arrival): interned key ids, sums and
  // ties then do not depend on how an engine delivered the documents.
  auto order = [&](size_t i) -> const std::string& {
    return docs_[i].doc.order.empty() ? docs_[i].doc.id : docs_[i].doc.order;
  };
  std::sort(members.begin(), members.end(), [&](size_t a, size_t b) {
    const std::string& oa = order(a);
    const std::string& ob = order(b);
    return oa != ob ? oa < ob : a < b;
  });
  members.erase(std::unique(members.begin(), members.end()), members.end());
  peak_shard_documents_ = std::max(peak_shard_documents_, members.size());

  struct Doc {
    size_t pile = 0;
    const std::string* date = nullptr;
    std::vector<std::pair<int, float>> keys;  // interned key ids, ascending
  };
  std::unordered_map<std::string, int> key_ids;
  std::vector<std::string> key_names;
  std::vector<Doc> vi_side, en_side;
  for (size_t m : members) {
    const Entry& entry = docs_[m];
    bool is_vi = entry.doc.lang == "vi";
    if (!is_vi && entry.doc.lang != "en") continue;
    Doc d;
    d.pile = m;
    d.date = &entry.date;
    std::string record = spill_->Read(entry.offset, entry.bytes);
    for (size_t p = 0; p + sizeof(uint32_t) <= record.size();) {
      uint32_t n;
      float c;
      std::memcpy(&n, record.data() + p, sizeof n);
      p += sizeof n;
      std::string key = record.substr(p, n);
      p += n;
      std::memcpy(&c, record.data() + p, sizeof c);
      p += sizeof c;
      auto [it, inserted] = key_ids.emplace(std::move(key), static_cast<int>(key_names.size()));
      if (inserted) key_names.push_back(it->first);
      d.keys.emplace_back(it->second, c);
    }
    std::sort(d.keys.begin(), d.keys.end());
    (is_vi ? vi_side : en_side).push_back(std::move(d));
  }
  std::vector<PairCandidate> out;
  if (vi_side.empty() || en_side.empty()) return out;
  std::vector<Doc> docs = std::move(vi_side);
  const size_t nv = docs.size();
  const size_t ne = en_side.size();
  for (Doc& d : en_side) docs.push_back(std::move(d));
  std::vector<Doc>().swap(en_side);

  // Document frequencies over the shard and per side.
  const size_t nkeys = key_names.size();
  std::vector<int> df(nkeys, 0), df_vi(nkeys, 0), df_en(nkeys, 0);
  std::vector<double> kind_weight(nkeys);
  std::vector<bool> is_anchor(nkeys);
  for (size_t id = 0; id < nkeys; ++id) {
    kind_weight[id] = KindWeight(key_names[id], options);
    is_anchor[id] = key_names[id].compare(0, 2, "w:") != 0;
  }
  std::unordered_map<std::string, int>().swap(key_ids);
  std::vector<std::string>().swap(key_names);
  for (size_t i = 0; i < docs.size(); ++i) {
    for (const auto& [id, c] : docs[i].keys) {
      ++df[id];
      ++(i < nv ? df_vi : df_en)[id];
    }
  }
  const double n = static_cast<double>(docs.size());
  std::vector<SparseVector> vec(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    SparseVector& v = vec[i];
    double norm = 0;
    for (const auto& [id, count] : docs[i].keys) {
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
    std::vector<std::pair<int, float>>().swap(docs[i].keys);
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
  auto en_index = build_index(nv, docs.size(), df_en, max_df(ne));

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
  std::vector<std::vector<std::pair<double, size_t>>> hits(docs.size());
  ParallelFor(docs.size(), options.threads, [&](size_t i) {
    hits[i] = i < nv ? query(vec[i], en_index) : query(vec[i], vi_index);
  });
  std::vector<std::pair<size_t, size_t>> pairs;
  for (size_t i = 0; i < docs.size(); ++i) {
    for (const auto& [s, j] : hits[i]) pairs.emplace_back(i < nv ? i : j, i < nv ? j : i - nv);
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  for (const auto& [v, e] : pairs) {
    double sim = Dot(vec[v], vec[nv + e]);
    long lag;
    if (LagDays(*docs[v].date, *docs[nv + e].date, &lag) &&
        (lag > options.max_lag_days || lag < -options.max_lead_days)) {
      sim *= options.date_mismatch_factor;
    }
    out.push_back({docs[v].pile, docs[nv + e].pile, sim});
  }
  return out;
}

PairResult ChoosePairs(const std::vector<PairDoc>& docs, std::vector<PairCandidate> candidates,
                       const PairOptions& options) {
  // Ranks in the documents' canonical order, for exact ties.
  std::vector<size_t> by_order(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) by_order[i] = i;
  auto order = [&](size_t i) -> const std::string& {
    return docs[i].order.empty() ? docs[i].id : docs[i].order;
  };
  std::sort(by_order.begin(), by_order.end(), [&](size_t a, size_t b) {
    const std::string& oa = order(a);
    const std::string& ob = order(b);
    return oa != ob ? oa < ob : a < b;
  });
  std::vector<size_t> rank(docs.size());
  for (size_t r = 0; r < by_order.size(); ++r) rank[by_order[r]] = r;
  std::vector<size_t>().swap(by_order);

  std::sort(candidates.begin(), candidates.end(),
            [](const PairCandidate& a, const PairCandidate& b) {
              if (a.vi != b.vi) return a.vi < b.vi;
              if (a.en != b.en) return a.en < b.en;
              return a.similarity > b.similarity;
            });
  candidates.erase(std::unique(candidates.begin(), candidates.end(),
                               [](const PairCandidate& a, const PairCandidate& b) {
                                 return a.vi == b.vi && a.en == b.en;
                               }),
                   candidates.end());
  std::vector<double> best(docs.size(), 0), second(docs.size(), 0);
  auto update = [&](double s, size_t d) {
    if (s > best[d]) {
      second[d] = best[d];
      best[d] = s;
    } else if (s > second[d]) {
      second[d] = s;
    }
  };
  for (const PairCandidate& c : candidates) {
    update(c.similarity, c.vi);
    update(c.similarity, c.en);
  }
  struct Scored {
    size_t vi, en;
    double similarity, confidence;
  };
  std::vector<Scored> scored;
  scored.reserve(candidates.size());
  for (const PairCandidate& c : candidates) {
    double alt_vi = c.similarity >= best[c.vi] ? second[c.vi] : best[c.vi];
    double alt_en = c.similarity >= best[c.en] ? second[c.en] : best[c.en];
    scored.push_back(
        {c.vi, c.en, c.similarity, Confidence(c.similarity, std::max(alt_vi, alt_en), options)});
  }
  std::vector<PairCandidate>().swap(candidates);
  std::sort(scored.begin(), scored.end(), [&](const Scored& a, const Scored& b) {
    if (a.confidence != b.confidence) return a.confidence > b.confidence;
    if (rank[a.vi] != rank[b.vi]) return rank[a.vi] < rank[b.vi];
    return rank[a.en] < rank[b.en];
  });

  PairResult result;
  result.candidates = scored.size();
  std::vector<bool> taken(docs.size(), false);
  for (const Scored& c : scored) {
    if (c.confidence < options.min_confidence) break;
    if (taken[c.vi] || taken[c.en]) continue;
    taken[c.vi] = taken[c.en] = true;
    result.pairs.push_back({c.vi, c.en, c.confidence, c.similarity});
  }
  std::sort(result.pairs.begin(), result.pairs.end(),
            [](const DocumentPair& a, const DocumentPair& b) { return a.vi < b.vi; });
  for (size_t i = 0; i < docs.size(); ++i) {
    if (taken[i]) continue;
    if (docs[i].lang == "vi") result.unpaired_vi.push_back(i);
    if (docs[i].lang == "en") result.unpaired_en.push_back(i);
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
  // Two documents: one shard whatever their dates, so that far-apart dates damp
  // the similarity (as the gate was calibrated) rather than hide the pair.
  pairing.shard_days = std::numeric_limits<int>::max();
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
