#include "aligner/pair.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
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

double KindWeight(std::string_view key, const PairOptions& options) {
  if (key.compare(0, 2, "w:") == 0) return 1.0;
  if (key.compare(0, 5, "name:") == 0) return options.name_weight;
  if (key.compare(0, 2, "n:") == 0) return options.number_weight;
  return options.code_weight;
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

// Records appended to a temporary file once the part held in memory reaches
// `tail_bytes` (small piles never touch the disk). Reads are safe from
// several threads once nothing is appended any more (pread, no shared file
// position): `corpus build` looks up the paths of its pairs while aligning.
class FeaturePile::Spill {
 public:
  explicit Spill(size_t tail_bytes) : tail_bytes_(tail_bytes) {}
  uint64_t Append(const std::string& record) {
    // Flushed before it would grow past its size: the buffer never doubles.
    if (!tail_.empty() && tail_.size() + record.size() > tail_bytes_) Flush();
    if (tail_.capacity() < tail_bytes_) tail_.reserve(tail_bytes_);
    uint64_t offset = flushed_ + tail_.size();
    tail_ += record;
    if (tail_.size() >= tail_bytes_) Flush();
    return offset;
  }
  std::string Read(uint64_t offset, uint32_t bytes) const {
    if (offset >= flushed_) return tail_.substr(offset - flushed_, bytes);
    std::string out(bytes, '\0');
    size_t got = 0;
    while (got < bytes && offset + got < flushed_) {
      size_t want = static_cast<size_t>(std::min<uint64_t>(bytes - got, flushed_ - offset - got));
      ssize_t n =
          pread(fileno(file_.get()), out.data() + got, want, static_cast<off_t>(offset + got));
      SONGNGU_THROW_IF(n <= 0, "pairing: cannot read back its temporary file");
      got += static_cast<size_t>(n);
    }
    if (got < bytes) tail_.copy(out.data() + got, bytes - got, offset + got - flushed_);
    return out;
  }
  uint64_t size() const { return flushed_ + tail_.size(); }
  void Seal() {
    if (!tail_.empty()) Flush();
    std::string().swap(tail_);
  }

 private:
  void Flush() {
    if (!file_) {
      file_.reset(std::tmpfile());
      SONGNGU_THROW_IF(!file_, "pairing: cannot create a temporary file");
    }
    SONGNGU_THROW_IF(std::fwrite(tail_.data(), 1, tail_.size(), file_.get()) != tail_.size() ||
                         std::fflush(file_.get()) != 0,
                     "pairing: cannot write to its temporary file (disk full?)");
    flushed_ += tail_.size();
    tail_.clear();
  }
  struct Close {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };
  size_t tail_bytes_;
  std::unique_ptr<std::FILE, Close> file_;
  std::string tail_;
  uint64_t flushed_ = 0;
};

namespace {

constexpr int32_t kUndated = std::numeric_limits<int32_t>::min();
enum LangCode : uint8_t { kOtherLang = 0, kVi = 1, kEn = 2 };
// Keys of the pile go to disk past 4 MB; candidates past 256 KB (16 bytes each).
constexpr size_t kKeyTailBytes = 4 << 20;
constexpr size_t kCandidateTailBytes = 256 << 10;

ShardRange ShardsOfDays(uint8_t lang, int32_t days, const PairOptions& options) {
  ShardRange r;
  if (lang == kOtherLang || days == kUndated) return r;
  const long s = std::max(1, options.shard_days);
  auto floor_div = [s](long a) { return a >= 0 ? a / s : -((-a + s - 1) / s); };
  r.all = false;
  if (lang == kVi) {
    r.first = r.last = floor_div(days);
  } else {
    // The Vietnamese dates this English report may follow: days - lag .. days + lead.
    r.first = floor_div(days - options.max_lag_days);
    r.last = floor_div(days + options.max_lead_days);
  }
  return r;
}

void AppendField(std::string* out, const std::string& s) {
  uint32_t n = static_cast<uint32_t>(s.size());
  out->append(reinterpret_cast<const char*>(&n), sizeof n);
  *out += s;
}

std::string TakeField(const std::string& record, size_t* p) {
  uint32_t n;
  SONGNGU_THROW_IF(*p + sizeof n > record.size(), "pairing: damaged temporary file");
  std::memcpy(&n, record.data() + *p, sizeof n);
  *p += sizeof n;
  SONGNGU_THROW_IF(*p + n > record.size(), "pairing: damaged temporary file");
  std::string s = record.substr(*p, n);
  *p += n;
  return s;
}

// Interned keys of one pairing group, ids in order of first appearance: the
// keys' bytes in one string and an open-addressing table of ids (~20 bytes a
// key besides its text, where a map of strings takes ~100).
class KeyInterner {
 public:
  int Intern(std::string_view key) {
    if ((start_.size() + 1) * 2 > slots_.size()) Grow();
    size_t mask = slots_.size() - 1;
    for (size_t h = std::hash<std::string_view>()(key) & mask;; h = (h + 1) & mask) {
      int32_t id = slots_[h];
      if (id < 0) {
        id = static_cast<int32_t>(start_.size());
        start_.push_back(static_cast<uint32_t>(bytes_.size()));
        bytes_ += key;
        slots_[h] = id;
        return id;
      }
      if (name(id) == key) return id;
    }
  }
  size_t size() const { return start_.size(); }
  std::string_view name(int id) const {
    size_t begin = start_[id];
    size_t end = static_cast<size_t>(id) + 1 < start_.size() ? start_[id + 1] : bytes_.size();
    return std::string_view(bytes_).substr(begin, end - begin);
  }

 private:
  void Grow() {
    std::vector<int32_t> slots(std::max<size_t>(1024, slots_.size() * 2), -1);
    size_t mask = slots.size() - 1;
    for (size_t id = 0; id < start_.size(); ++id) {
      size_t h = std::hash<std::string_view>()(name(static_cast<int>(id))) & mask;
      while (slots[h] >= 0) h = (h + 1) & mask;
      slots[h] = static_cast<int32_t>(id);
    }
    slots_.swap(slots);
  }
  std::string bytes_;
  std::vector<uint32_t> start_;
  std::vector<int32_t> slots_;
};

// A candidate as spilled: pile indices and the similarity, 16 bytes.
struct CandidateRecord {
  uint32_t vi, en;
  double similarity;
};

// The one-to-one choice (ChoosePairs) over candidates that `each` visits,
// every (vi, en) once; it is called twice, so that only the candidates that
// can be chosen (confidence >= min_confidence) are held in memory, not all.
// `order` gives a document's canonical order key, read only for exact ties.
PairResult ChooseOneToOne(
    const std::vector<uint8_t>& lang,
    const std::function<void(const std::function<void(const PairCandidate&)>&)>& each,
    const std::function<std::string(size_t)>& order, const PairOptions& options) {
  const size_t ndocs = lang.size();
  std::vector<double> best(ndocs, 0), second(ndocs, 0);
  auto update = [&](double s, size_t d) {
    if (s > best[d]) {
      second[d] = best[d];
      best[d] = s;
    } else if (s > second[d]) {
      second[d] = s;
    }
  };
  size_t count = 0;
  each([&](const PairCandidate& c) {
    update(c.similarity, c.vi);
    update(c.similarity, c.en);
    ++count;
  });
  struct Scored {
    size_t vi, en;
    double similarity, confidence;
  };
  std::vector<Scored> scored;
  each([&](const PairCandidate& c) {
    double alt_vi = c.similarity >= best[c.vi] ? second[c.vi] : best[c.vi];
    double alt_en = c.similarity >= best[c.en] ? second[c.en] : best[c.en];
    double confidence = Confidence(c.similarity, std::max(alt_vi, alt_en), options);
    // Weaker ones are never taken and, the confidences being known, change nothing.
    if (confidence >= options.min_confidence) {
      scored.push_back({c.vi, c.en, c.similarity, confidence});
    }
  });
  std::vector<double>().swap(best);
  std::vector<double>().swap(second);
  // By confidence; exact ties by the documents' canonical order (order key,
  // then index), read for the tied candidates only.
  std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    if (a.confidence != b.confidence) return a.confidence > b.confidence;
    return a.vi != b.vi ? a.vi < b.vi : a.en < b.en;
  });
  for (size_t b = 0; b < scored.size();) {
    size_t e = b + 1;
    while (e < scored.size() && scored[e].confidence == scored[b].confidence) ++e;
    if (e - b > 1) {
      std::unordered_map<size_t, std::string> key;
      for (size_t k = b; k < e; ++k) {
        for (size_t d : {scored[k].vi, scored[k].en}) {
          if (!key.count(d)) key.emplace(d, order(d));
        }
      }
      auto before = [&](size_t x, size_t y) {
        const std::string& ox = key.at(x);
        const std::string& oy = key.at(y);
        return ox != oy ? ox < oy : x < y;
      };
      std::sort(scored.begin() + b, scored.begin() + e, [&](const Scored& x, const Scored& y) {
        if (x.vi != y.vi) return before(x.vi, y.vi);
        return before(x.en, y.en);
      });
    }
    b = e;
  }

  PairResult result;
  result.candidates = count;
  std::vector<bool> taken(ndocs, false);
  for (const Scored& c : scored) {
    if (taken[c.vi] || taken[c.en]) continue;
    taken[c.vi] = taken[c.en] = true;
    result.pairs.push_back({c.vi, c.en, c.confidence, c.similarity});
  }
  std::sort(result.pairs.begin(), result.pairs.end(),
            [](const DocumentPair& a, const DocumentPair& b) { return a.vi < b.vi; });
  for (size_t i = 0; i < ndocs; ++i) {
    if (taken[i]) continue;
    if (lang[i] == kVi) result.unpaired_vi.push_back(i);
    if (lang[i] == kEn) result.unpaired_en.push_back(i);
  }
  return result;
}

}  // namespace

FeaturePile::FeaturePile() : spill_(std::make_unique<Spill>(kKeyTailBytes)) {}
FeaturePile::~FeaturePile() = default;

ShardRange PairShards(const std::string& lang, const std::string& date,
                      const PairOptions& options) {
  long days;
  if (!IsoDateToDays(date, &days)) return ShardRange();
  return ShardsOfDays(lang == "vi"   ? kVi
                      : lang == "en" ? kEn
                                     : kOtherLang,
                      static_cast<int32_t>(days), options);
}

void FeaturePile::Add(const PairFeatures& features) {
  Entry e;
  e.lang = features.lang == "vi" ? kVi : features.lang == "en" ? kEn : kOtherLang;
  long days;
  if (IsoDateToDays(features.date, &days)) e.days = static_cast<int32_t>(days);
  // Record: id, language, order (empty: the id) and date, each as its length
  // and its bytes; then per key its length, its bytes and its count as float.
  std::string record;
  AppendField(&record, features.id);
  AppendField(&record, features.lang);
  AppendField(&record, features.order != features.id ? features.order : std::string());
  AppendField(&record, features.date);
  e.header_bytes = static_cast<uint32_t>(record.size());
  for (const auto& [key, count] : features.keys) {
    uint32_t n = static_cast<uint32_t>(key.size());
    float c = static_cast<float>(count);
    record.append(reinterpret_cast<const char*>(&n), sizeof n);
    record += key;
    record.append(reinterpret_cast<const char*>(&c), sizeof c);
  }
  e.key_bytes = static_cast<uint32_t>(record.size() - e.header_bytes);
  e.offset = spill_->Append(record);
  docs_.push_back(e);
}

PairDoc FeaturePile::doc(size_t i) const {
  const Entry& e = docs_[i];
  std::string header = spill_->Read(e.offset, e.header_bytes);
  size_t p = 0;
  PairDoc d;
  d.id = TakeField(header, &p);
  d.lang = TakeField(header, &p);
  d.order = TakeField(header, &p);
  return d;
}

void FeaturePile::Seal() { spill_->Seal(); }

std::string FeaturePile::id(size_t i) const { return doc(i).id; }
std::string FeaturePile::lang(size_t i) const { return doc(i).lang; }

std::string FeaturePile::Order(size_t i) const {
  PairDoc d = doc(i);
  return d.order.empty() ? d.id : d.order;
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

void FeaturePile::ForEachGroup(
    const PairOptions& options,
    const std::function<void(const std::vector<PairCandidate>&, size_t groups)>& use) const {
  // (shard, document), one per shard of a dated document: 8 bytes each.
  std::vector<std::pair<int32_t, uint32_t>> dated;
  std::vector<size_t> undated;
  for (size_t i = 0; i < docs_.size(); ++i) {
    if (docs_[i].lang == kOtherLang) continue;
    ShardRange r = ShardsOfDays(docs_[i].lang, docs_[i].days, options);
    if (r.all) {
      undated.push_back(i);
    } else {
      for (long s = r.first; s <= r.last; ++s) {
        dated.emplace_back(static_cast<int32_t>(s), static_cast<uint32_t>(i));
      }
    }
  }
  if (dated.empty()) {
    if (!undated.empty()) use(ShardCandidates(undated, options), 1);
    return;
  }
  std::sort(dated.begin(), dated.end());
  std::vector<std::pair<long, size_t>> shards;  // (shard, Vietnamese documents)
  for (const auto& [s, i] : dated) {
    if (shards.empty() || shards.back().first != s) shards.emplace_back(s, 0);
    shards.back().second += docs_[i].lang == kVi;
  }
  std::vector<std::pair<long, long>> groups = GroupShards(shards, options.shard_min_documents);
  std::vector<std::pair<long, size_t>>().swap(shards);
  size_t b = 0;
  for (const auto& [first, last] : groups) {
    std::vector<size_t> members = undated;
    while (b < dated.size() && dated[b].first <= last) {
      if (dated[b].first >= first) members.push_back(dated[b].second);
      ++b;
    }
    use(ShardCandidates(std::move(members), options), groups.size());
  }
}

// A pair met in several shards (an English report in the overlap, undated
// documents) counts once, with its highest similarity; sorted by (vi, en).
static void KeepHighestPerPair(std::vector<PairCandidate>* candidates) {
  std::sort(candidates->begin(), candidates->end(),
            [](const PairCandidate& a, const PairCandidate& b) {
              if (a.vi != b.vi) return a.vi < b.vi;
              if (a.en != b.en) return a.en < b.en;
              return a.similarity > b.similarity;
            });
  candidates->erase(std::unique(candidates->begin(), candidates->end(),
                                [](const PairCandidate& a, const PairCandidate& b) {
                                  return a.vi == b.vi && a.en == b.en;
                                }),
                    candidates->end());
}

std::vector<PairCandidate> FeaturePile::Candidates(const PairOptions& options) const {
  std::vector<PairCandidate> all;
  ForEachGroup(options, [&](const std::vector<PairCandidate>& group, size_t) {
    all.insert(all.end(), group.begin(), group.end());
  });
  KeepHighestPerPair(&all);
  return all;
}

PairResult FeaturePile::Pair(const PairOptions& options) const {
  // The candidates go to a temporary file as the groups are paired. A
  // Vietnamese document belongs to one group when dated, so its candidates
  // come from that group alone, each once; an undated one joins every group
  // and may meet the same English document in several: those candidates are
  // held in memory and merged (highest similarity), as in Candidates().
  Spill spilled(kCandidateTailBytes);
  std::vector<PairCandidate> repeated;
  ForEachGroup(options, [&](const std::vector<PairCandidate>& group, size_t groups) {
    std::string bytes;
    for (const PairCandidate& c : group) {
      if (groups > 1 && docs_[c.vi].days == kUndated) {
        repeated.push_back(c);
        continue;
      }
      CandidateRecord r{static_cast<uint32_t>(c.vi), static_cast<uint32_t>(c.en), c.similarity};
      bytes.append(reinterpret_cast<const char*>(&r), sizeof r);
      if (bytes.size() >= 64 << 10) {
        spilled.Append(bytes);
        bytes.clear();
      }
    }
    if (!bytes.empty()) spilled.Append(bytes);
  });
  KeepHighestPerPair(&repeated);
  std::vector<uint8_t> lang(docs_.size());
  for (size_t i = 0; i < docs_.size(); ++i) lang[i] = docs_[i].lang;
  auto each = [&](const std::function<void(const PairCandidate&)>& visit) {
    const uint64_t total = spilled.size();
    const uint64_t chunk = (64 << 10) / sizeof(CandidateRecord) * sizeof(CandidateRecord);
    for (uint64_t at = 0; at < total; at += chunk) {
      std::string bytes = spilled.Read(at, static_cast<uint32_t>(std::min(chunk, total - at)));
      for (size_t p = 0; p + sizeof(CandidateRecord) <= bytes.size();
           p += sizeof(CandidateRecord)) {
        CandidateRecord r;
        std::memcpy(&r, bytes.data() + p, sizeof r);
        visit({r.vi, r.en, r.similarity});
      }
    }
    for (const PairCandidate& c : repeated) visit(c);
  };
  return ChooseOneToOne(
      lang, each, [&](size_t i) { return Order(i); }, options);
}

std::vector<PairCandidate> FeaturePile::ShardCandidates(std::vector<size_t> members,
                                                        const PairOptions& options) const {
  // A canonical order (not the order of arrival): interned key ids, sums and
  // ties then do not depend on how an engine delivered the documents.
  std::vector<std::pair<std::string, size_t>> ordered;
  ordered.reserve(members.size());
  for (size_t m : members) ordered.emplace_back(Order(m), m);
  std::sort(ordered.begin(), ordered.end());
  for (size_t k = 0; k < ordered.size(); ++k) members[k] = ordered[k].second;
  std::vector<std::pair<std::string, size_t>>().swap(ordered);
  members.erase(std::unique(members.begin(), members.end()), members.end());
  peak_shard_documents_ = std::max(peak_shard_documents_, members.size());

  struct Doc {
    size_t pile = 0;
    int32_t days = kUndated;
    std::vector<std::pair<int, float>> keys;  // interned key ids, ascending
  };
  KeyInterner interned;
  std::vector<Doc> vi_side, en_side;
  for (size_t m : members) {
    const Entry& entry = docs_[m];
    bool is_vi = entry.lang == kVi;
    if (!is_vi && entry.lang != kEn) continue;
    Doc d;
    d.pile = m;
    d.days = entry.days;
    std::string record = spill_->Read(entry.offset + entry.header_bytes, entry.key_bytes);
    size_t count = 0;  // keys in the record: reserved exactly
    for (size_t p = 0; p + sizeof(uint32_t) <= record.size(); ++count) {
      uint32_t n;
      std::memcpy(&n, record.data() + p, sizeof n);
      p += sizeof n + n + sizeof(float);
    }
    d.keys.reserve(count);
    for (size_t p = 0; p + sizeof(uint32_t) <= record.size();) {
      uint32_t n;
      float c;
      std::memcpy(&n, record.data() + p, sizeof n);
      p += sizeof n;
      int id = interned.Intern(std::string_view(record).substr(p, n));
      p += n;
      std::memcpy(&c, record.data() + p, sizeof c);
      p += sizeof c;
      d.keys.emplace_back(id, c);
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
  const size_t nkeys = interned.size();
  std::vector<int> df(nkeys, 0), df_vi(nkeys, 0), df_en(nkeys, 0);
  std::vector<double> kind_weight(nkeys);
  std::vector<bool> is_anchor(nkeys);
  for (size_t id = 0; id < nkeys; ++id) {
    std::string_view name = interned.name(static_cast<int>(id));
    kind_weight[id] = KindWeight(name, options);
    is_anchor[id] = name.compare(0, 2, "w:") != 0;
  }
  interned = KeyInterner();
  for (size_t i = 0; i < docs.size(); ++i) {
    for (const auto& [id, c] : docs[i].keys) {
      ++df[id];
      ++(i < nv ? df_vi : df_en)[id];
    }
  }
  const double n = static_cast<double>(docs.size());
  auto weight_of = [&](int id, double c) {
    // An anchor seen on one side only can never match and is mostly noise
    // (English title-case words, Vietnamese acronyms): it would only
    // dilute the norm. Words stay, so that content one side lacks counts.
    if (is_anchor[id] && (df_vi[id] == 0 || df_en[id] == 0)) return 0.0;
    double tf = c <= 1 ? c : 1 + std::log(c);
    double w = tf * std::log((n + options.idf_prior_documents + 1) / (df[id] + 0.5));
    return w * kind_weight[id];
  };
  // Unit vectors of all documents in one array, ids ascending within each.
  // Once normalised, a key the other side lacks can match nothing: only the
  // keys of both sides are kept (the norm counts all).
  auto shared = [&](size_t i, int id) { return (i < nv ? df_en : df_vi)[id] > 0; };
  struct Vectors {
    std::vector<size_t> start;  // document i: start[i] .. start[i + 1]
    std::vector<int> id;
    std::vector<double> weight;
  } vec;
  size_t kept = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    for (const auto& [id, count] : docs[i].keys) kept += weight_of(id, count) > 0 && shared(i, id);
  }
  vec.start.reserve(docs.size() + 1);
  vec.start.push_back(0);
  vec.id.reserve(kept);
  vec.weight.reserve(kept);
  SparseVector v;
  for (size_t i = 0; i < docs.size(); ++i) {
    v.clear();
    double norm = 0;
    for (const auto& [id, count] : docs[i].keys) {
      double w = weight_of(id, count);
      if (w <= 0) continue;
      v.emplace_back(id, w);
      norm += w * w;
    }
    norm = std::sqrt(norm);
    for (auto& [id, w] : v) {
      w /= norm > 0 ? norm : 1;
      if (!shared(i, id)) continue;
      vec.id.push_back(id);
      vec.weight.push_back(w);
    }
    vec.start.push_back(vec.id.size());
    std::vector<std::pair<int, float>>().swap(docs[i].keys);
  }
  SparseVector().swap(v);
  // Dot product of two documents' vectors (ascending ids: a merge).
  auto dot = [&](size_t a, size_t b) {
    double sum = 0;
    size_t i = vec.start[a], j = vec.start[b];
    const size_t ie = vec.start[a + 1], je = vec.start[b + 1];
    while (i < ie && j < je) {
      if (vec.id[i] < vec.id[j]) {
        ++i;
      } else if (vec.id[i] > vec.id[j]) {
        ++j;
      } else {
        sum += vec.weight[i++] * vec.weight[j++];
      }
    }
    return sum;
  };

  // Inverted index per side over keys specific enough to point at a few
  // documents; small piles index everything.
  auto max_df = [&](size_t side_size) {
    return std::max<double>(10, options.max_df_fraction * static_cast<double>(side_size));
  };
  // Postings of a key the other side lacks would never be met by a query:
  // left out (most keys of a pile of reports are numbers of one report).
  struct Index {
    std::vector<uint32_t> start;  // per key id, its postings: start[id] .. start[id + 1]
    std::vector<uint32_t> doc;    // document within its side
    std::vector<double> weight;
    bool Has(int id) const { return start[id + 1] > start[id]; }
  };
  auto build_index = [&](size_t begin, size_t end, const std::vector<int>& side_df,
                         const std::vector<int>& other_df, double limit) {
    Index index;
    auto indexed = [&](int id) { return side_df[id] <= limit && other_df[id] > 0; };
    index.start.assign(nkeys + 1, 0);
    for (size_t i = begin; i < end; ++i) {
      for (size_t k = vec.start[i]; k < vec.start[i + 1]; ++k)
        index.start[vec.id[k] + 1] += indexed(vec.id[k]);
    }
    for (size_t id = 0; id < nkeys; ++id) index.start[id + 1] += index.start[id];
    index.doc.resize(index.start[nkeys]);
    index.weight.resize(index.start[nkeys]);
    std::vector<uint32_t> fill(index.start.begin(), index.start.end() - 1);
    for (size_t i = begin; i < end; ++i) {
      for (size_t k = vec.start[i]; k < vec.start[i + 1]; ++k) {
        const int id = vec.id[k];
        if (!indexed(id)) continue;
        uint32_t at = fill[id]++;
        index.doc[at] = static_cast<uint32_t>(i - begin);
        index.weight[at] = vec.weight[k];
      }
    }
    return index;
  };
  Index vi_index = build_index(0, nv, df_vi, df_en, max_df(nv));
  Index en_index = build_index(nv, docs.size(), df_en, df_vi, max_df(ne));

  // For each document, its best-scoring documents of the other side by the
  // partial dot product over its top query keys.
  auto query = [&](size_t doc, const Index& index) {
    std::vector<std::pair<double, int>> keys;
    for (size_t k = vec.start[doc]; k < vec.start[doc + 1]; ++k) {
      if (index.Has(vec.id[k])) keys.emplace_back(vec.weight[k], vec.id[k]);
    }
    size_t k = std::min(options.query_keys, keys.size());
    std::partial_sort(keys.begin(), keys.begin() + k, keys.end(), std::greater<>());
    std::unordered_map<size_t, double> score;
    for (size_t q = 0; q < k; ++q) {
      const int id = keys[q].second;
      for (uint32_t p = index.start[id]; p < index.start[id + 1]; ++p) {
        score[index.doc[p]] += index.weight[p] * keys[q].first;
      }
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
  ParallelFor(docs.size(), options.threads,
              [&](size_t i) { hits[i] = i < nv ? query(i, en_index) : query(i, vi_index); });
  std::vector<std::pair<size_t, size_t>> pairs;
  for (size_t i = 0; i < docs.size(); ++i) {
    for (const auto& [s, j] : hits[i]) pairs.emplace_back(i < nv ? i : j, i < nv ? j : i - nv);
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  out.reserve(pairs.size());
  for (const auto& [v, e] : pairs) {
    double sim = dot(v, nv + e);
    long lag = static_cast<long>(docs[nv + e].days) - docs[v].days;
    if (docs[v].days != kUndated && docs[nv + e].days != kUndated &&
        (lag > options.max_lag_days || lag < -options.max_lead_days)) {
      sim *= options.date_mismatch_factor;
    }
    out.push_back({docs[v].pile, docs[nv + e].pile, sim});
  }
  return out;
}

PairResult ChoosePairs(const std::vector<PairDoc>& docs, std::vector<PairCandidate> candidates,
                       const PairOptions& options) {
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
  std::vector<uint8_t> lang(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    lang[i] = docs[i].lang == "vi" ? kVi : docs[i].lang == "en" ? kEn : kOtherLang;
  }
  return ChooseOneToOne(
      lang,
      [&](const std::function<void(const PairCandidate&)>& visit) {
        for (const PairCandidate& c : candidates) visit(c);
      },
      [&](size_t i) { return docs[i].order.empty() ? docs[i].id : docs[i].order; }, options);
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
  const size_t shorter = std::min(vi.sentences.size(), en.sentences.size());
  // Confident links asked for: `links`, or on short pages that share of the shorter side.
  auto enough = [&](int links) {
    int needed =
        std::min<int>(links, static_cast<int>(std::ceil(options.min_linked_share * shorter)));
    return gate.confident_links >= std::max(1, needed);
  };
  if (gate.similarity >= options.same_similarity) {
    gate.same_event = enough(options.min_links_when_similar);
  } else if (gate.similarity < options.different_similarity) {
    gate.same_event = false;
  } else {
    gate.same_event = enough(options.min_links);
  }
  return gate;
}

}  // namespace songngu
