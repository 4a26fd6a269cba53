#include "aligner/ibm1.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <thread>
#include <unordered_map>

namespace songngu {
namespace {

constexpr uint32_t kNull = 0;  // id 0 of both vocabularies: the empty word

class Vocab {
 public:
  Vocab() { words_.emplace_back(); }  // kNull
  uint32_t Intern(const std::string& w) {
    auto [it, inserted] = ids_.emplace(w, static_cast<uint32_t>(words_.size()));
    if (inserted) words_.push_back(w);
    return it->second;
  }
  int64_t Find(const std::string& w) const {
    auto it = ids_.find(w);
    return it == ids_.end() ? int64_t{-1} : static_cast<int64_t>(it->second);
  }
  const std::string& Word(uint32_t id) const { return words_[id]; }
  size_t size() const { return words_.size(); }

 private:
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<std::string> words_;
};

// Open-addressing hash from a (vi, en) id pair to a slot that also holds the
// pair's parameters, so the E-step's random access to a pair touches one cache
// line. Slot indices are stable once all pairs are inserted.
class CellTable {
 public:
  struct Slot {
    uint64_t key;
    float t_fwd;  // t(en | vi)
    float t_rev;  // t(vi | en)
  };
  static constexpr size_t kNone = ~size_t{0};

  CellTable() { Rehash(1 << 16); }

  void Insert(uint32_t vi, uint32_t en) {
    if ((size_ + 1) * 10 > slots_.size() * 7) Rehash(slots_.size() * 2);
    const uint64_t key = Key(vi, en);
    size_t slot = Home(key);
    while (slots_[slot].key != kEmpty) {
      if (slots_[slot].key == key) return;
      slot = (slot + 1) & mask_;
    }
    slots_[slot].key = key;
    ++size_;
  }
  // The slot of an inserted pair, or kNone.
  size_t Find(uint32_t vi, uint32_t en) const { return FindFrom(HomeSlot(vi, en), vi, en); }
  // Where the search for a pair starts: lets callers prefetch many slots before
  // probing, so the cache misses of a sentence's m * n lookups overlap.
  size_t HomeSlot(uint32_t vi, uint32_t en) const { return Home(Key(vi, en)); }
  const void* Address(size_t slot) const { return &slots_[slot]; }
  size_t FindFrom(size_t slot, uint32_t vi, uint32_t en) const {
    const uint64_t key = Key(vi, en);
    while (slots_[slot].key != kEmpty) {
      if (slots_[slot].key == key) return slot;
      slot = (slot + 1) & mask_;
    }
    return kNone;
  }
  size_t capacity() const { return slots_.size(); }
  bool Used(size_t slot) const { return slots_[slot].key != kEmpty; }
  uint32_t Vi(size_t slot) const { return static_cast<uint32_t>(slots_[slot].key >> 32); }
  uint32_t En(size_t slot) const { return static_cast<uint32_t>(slots_[slot].key); }
  Slot& operator[](size_t slot) { return slots_[slot]; }
  const Slot& operator[](size_t slot) const { return slots_[slot]; }

 private:
  static constexpr uint64_t kEmpty = ~uint64_t{0};
  static uint64_t Key(uint32_t vi, uint32_t en) { return (uint64_t{vi} << 32) | en; }
  size_t Home(uint64_t key) const { return (key * 0x9E3779B97F4A7C15ULL) >> shift_; }
  void Rehash(size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{kEmpty, 0.0f, 0.0f});
    mask_ = capacity - 1;
    shift_ = 64 - __builtin_ctzll(capacity);
    for (const Slot& s : old) {
      if (s.key == kEmpty) continue;
      size_t slot = Home(s.key);
      while (slots_[slot].key != kEmpty) slot = (slot + 1) & mask_;
      slots_[slot] = s;
    }
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
  size_t mask_ = 0;
  int shift_ = 0;
};

// Sentences as id arrays; position 0 of each side is the empty word.
struct Corpus {
  std::vector<uint32_t> vi;  // per sentence: kNull, then the words
  std::vector<uint32_t> en;
  std::vector<size_t> vi_start;  // sentence s: vi[vi_start[s] .. vi_start[s+1])
  std::vector<size_t> en_start;
  size_t sentences() const { return vi_start.size() - 1; }
};

// Expected link counts of one slot: c(en | vi) and c(vi | en) mass.
struct Count {
  float fwd;
  float rev;
};
using Counts = std::vector<Count>;  // per thread, by slot

// Parameters never go below this: keeps the arithmetic out of denormals.
constexpr float kMinT = 1e-30f;
// Posterior link mass below this is not worth a memory write.
constexpr float kMinCount = 1e-9f;

struct Model {
  const Ibm1Options& options;
  const Corpus& corpus;
  const CellTable& cells;

  // E-step over sentences [begin, end): adds posterior link mass to `counts`.
  void Expect(size_t begin, size_t end, Counts& counts) const {
    std::vector<size_t> cell;
    std::vector<double> diag;
    std::vector<double> w;
    const double p0 = options.null_prob;
    const double lambda = options.diagonal_tension;
    for (size_t s = begin; s < end; ++s) {
      const uint32_t* vi = &corpus.vi[corpus.vi_start[s]];
      const uint32_t* en = &corpus.en[corpus.en_start[s]];
      const size_t m = corpus.vi_start[s + 1] - corpus.vi_start[s];  // with the empty word
      const size_t n = corpus.en_start[s + 1] - corpus.en_start[s];
      cell.assign(m * n, 0);  // slot of (vi_i, en_j); (0, 0) unused
      diag.assign(m * n, 0.0);
      for (size_t i = 0; i < m; ++i) {
        for (size_t j = 0; j < n; ++j) {
          const size_t home = cells.HomeSlot(vi[i], en[j]);
          __builtin_prefetch(cells.Address(home));
          __builtin_prefetch(&counts[home], 1);
          cell[i * n + j] = home;
        }
      }
      for (size_t i = 0; i < m; ++i) {
        for (size_t j = 0; j < n; ++j) {
          if (i == 0 && j == 0) continue;
          cell[i * n + j] = cells.FindFrom(cell[i * n + j], vi[i], en[j]);
          if (i > 0 && j > 0) {
            double d = (i - 0.5) / (m - 1) - (j - 0.5) / (n - 1);
            diag[i * n + j] = std::exp(-lambda * std::fabs(d));
          }
        }
      }
      // p(en_j | vi sentence): over vi positions, the empty word included.
      w.resize(std::max(m, n));
      for (size_t j = 1; j < n; ++j) {
        double z = 0;
        for (size_t i = 1; i < m; ++i) z += diag[i * n + j];
        double total = 0;
        w[0] = p0 * cells[cell[j]].t_fwd;
        total += w[0];
        for (size_t i = 1; i < m; ++i) {
          w[i] = (1 - p0) * diag[i * n + j] / z * cells[cell[i * n + j]].t_fwd;
          total += w[i];
        }
        if (total <= 0) continue;
        for (size_t i = 0; i < m; ++i) {
          const float c = static_cast<float>(w[i] / total);
          if (c > kMinCount) counts[cell[i * n + j]].fwd += c;
        }
      }
      // p(vi_i | en sentence): the mirror image.
      for (size_t i = 1; i < m; ++i) {
        double z = 0;
        for (size_t j = 1; j < n; ++j) z += diag[i * n + j];
        double total = 0;
        w[0] = p0 * cells[cell[i * n]].t_rev;
        total += w[0];
        for (size_t j = 1; j < n; ++j) {
          w[j] = (1 - p0) * diag[i * n + j] / z * cells[cell[i * n + j]].t_rev;
          total += w[j];
        }
        if (total <= 0) continue;
        for (size_t j = 0; j < n; ++j) {
          const float c = static_cast<float>(w[j] / total);
          if (c > kMinCount) counts[cell[i * n + j]].rev += c;
        }
      }
    }
  }
};

}  // namespace

std::vector<TokenPair> TokenizePairs(const Lexicon& grouping,
                                     const std::vector<std::pair<std::string, std::string>>& pairs, int threads) {
  std::vector<TokenPair> out(pairs.size());
  auto work = [&](size_t t, size_t nt) {
    for (size_t k = t; k < pairs.size(); k += nt) {
      out[k].vi = grouping.GroupVietnamese(pairs[k].first);
      out[k].en = grouping.EnglishTokens(pairs[k].second);
    }
  };
  const size_t nt = static_cast<size_t>(std::max(1, threads));
  std::vector<std::thread> pool;
  for (size_t t = 1; t < nt; ++t) pool.emplace_back(work, t, nt);
  work(0, nt);
  for (std::thread& th : pool) th.join();
  return out;
}

Lexicon TrainIbm1(const std::vector<TokenPair>& pairs, const Lexicon& prior, const Ibm1Options& options,
                  const Ibm1Progress& progress) {
  Vocab vi_vocab;
  Vocab en_vocab;
  Corpus corpus;
  CellTable cells;
  for (const TokenPair& p : pairs) {
    if (p.vi.empty() || p.en.empty()) continue;
    if (p.vi.size() > static_cast<size_t>(options.max_tokens) ||
        p.en.size() > static_cast<size_t>(options.max_tokens)) {
      continue;
    }
    corpus.vi_start.push_back(corpus.vi.size());
    corpus.en_start.push_back(corpus.en.size());
    corpus.vi.push_back(kNull);
    for (const std::string& w : p.vi) corpus.vi.push_back(vi_vocab.Intern(w));
    corpus.en.push_back(kNull);
    for (const std::string& w : p.en) corpus.en.push_back(en_vocab.Intern(w));
  }
  corpus.vi_start.push_back(corpus.vi.size());
  corpus.en_start.push_back(corpus.en.size());
  for (size_t s = 0; s < corpus.sentences(); ++s) {
    for (size_t i = corpus.vi_start[s]; i < corpus.vi_start[s + 1]; ++i) {
      for (size_t j = corpus.en_start[s]; j < corpus.en_start[s + 1]; ++j) {
        if (corpus.vi[i] != kNull || corpus.en[j] != kNull) cells.Insert(corpus.vi[i], corpus.en[j]);
      }
    }
  }
  const size_t n_slots = cells.capacity();

  // The dictionary prior on co-occurring pairs; which words it knows at all.
  std::vector<float> prior_fwd(n_slots, 0.0f);
  std::vector<float> prior_rev(n_slots, 0.0f);
  std::vector<bool> vi_in_prior(vi_vocab.size(), false);
  std::vector<bool> en_in_prior(en_vocab.size(), false);
  const std::vector<LexiconEntry> dictionary = prior.Entries();
  for (const LexiconEntry& e : dictionary) {
    int64_t v = vi_vocab.Find(e.vi);
    int64_t w = en_vocab.Find(e.en);
    if (v >= 0) vi_in_prior[v] = true;
    if (w >= 0) en_in_prior[w] = true;
    if (v < 0 || w < 0) continue;
    size_t c = cells.Find(static_cast<uint32_t>(v), static_cast<uint32_t>(w));
    if (c == CellTable::kNone) continue;
    prior_fwd[c] = e.p_en_given_vi;
    prior_rev[c] = e.p_vi_given_en;
  }

  const double alpha = options.prior_weight;
  Model model{options, corpus, cells};
  // Start from uniform over the co-occurring words, pulled towards the dictionary.
  {
    std::vector<uint32_t> vi_cells(vi_vocab.size(), 0);
    std::vector<uint32_t> en_cells(en_vocab.size(), 0);
    for (size_t c = 0; c < n_slots; ++c) {
      if (!cells.Used(c)) continue;
      ++vi_cells[cells.Vi(c)];
      ++en_cells[cells.En(c)];
    }
    for (size_t c = 0; c < n_slots; ++c) {
      if (!cells.Used(c)) continue;
      const uint32_t v = cells.Vi(c);
      const uint32_t e = cells.En(c);
      cells[c].t_fwd = static_cast<float>((1.0 / vi_cells[v] + alpha * prior_fwd[c]) / (1.0 + alpha * vi_in_prior[v]));
      cells[c].t_rev = static_cast<float>((1.0 / en_cells[e] + alpha * prior_rev[c]) / (1.0 + alpha * en_in_prior[e]));
    }
  }

  const size_t n_threads = static_cast<size_t>(std::max(1, options.threads));
  // E-step work split: contiguous sentence ranges of similar cost (sum of m * n).
  std::vector<size_t> bounds{0};
  {
    auto cost = [&](size_t s) {
      return double(corpus.vi_start[s + 1] - corpus.vi_start[s]) * double(corpus.en_start[s + 1] - corpus.en_start[s]);
    };
    double work = 0;
    for (size_t s = 0; s < corpus.sentences(); ++s) work += cost(s);
    double acc = 0;
    for (size_t s = 0; s < corpus.sentences() && bounds.size() < n_threads; ++s) {
      acc += cost(s);
      if (acc >= work * bounds.size() / n_threads) bounds.push_back(s + 1);
    }
    while (bounds.size() <= n_threads) bounds.push_back(corpus.sentences());
  }
  std::vector<Counts> counts(n_threads);
  std::vector<double> vi_total(vi_vocab.size());
  std::vector<double> en_total(en_vocab.size());
  for (int iter = 0; iter < options.iterations; ++iter) {
    for (Counts& c : counts) c.assign(n_slots, Count{0.0f, 0.0f});
    std::vector<std::thread> pool;
    for (size_t t = 1; t < n_threads; ++t) {
      pool.emplace_back([&, t] { model.Expect(bounds[t], bounds[t + 1], counts[t]); });
    }
    model.Expect(bounds[0], bounds[1], counts[0]);
    for (std::thread& th : pool) th.join();
    // M-step: t = (count + alpha * prior) / (total + alpha); the prior's mass
    // over pairs never seen together stays reserved for them.
    std::fill(vi_total.begin(), vi_total.end(), 0.0);
    std::fill(en_total.begin(), en_total.end(), 0.0);
    for (size_t c = 0; c < n_slots; ++c) {
      if (!cells.Used(c)) continue;
      for (size_t t = 1; t < n_threads; ++t) {
        counts[0][c].fwd += counts[t][c].fwd;
        counts[0][c].rev += counts[t][c].rev;
      }
      vi_total[cells.Vi(c)] += counts[0][c].fwd;
      en_total[cells.En(c)] += counts[0][c].rev;
    }
    for (size_t c = 0; c < n_slots; ++c) {
      if (!cells.Used(c)) continue;
      const uint32_t v = cells.Vi(c);
      const uint32_t e = cells.En(c);
      const double fz = vi_total[v] + alpha * vi_in_prior[v];
      const double rz = en_total[e] + alpha * en_in_prior[e];
      const double fwd = fz > 0 ? (counts[0][c].fwd + alpha * prior_fwd[c]) / fz : 0.0;
      const double rev = rz > 0 ? (counts[0][c].rev + alpha * prior_rev[c]) / rz : 0.0;
      cells[c].t_fwd = std::max(kMinT, static_cast<float>(fwd));
      cells[c].t_rev = std::max(kMinT, static_cast<float>(rev));
    }
    if (progress) progress(iter + 1, options.iterations);
  }
  counts.clear();

  LexiconBuilder builder;
  for (size_t c = 0; c < n_slots; ++c) {
    if (!cells.Used(c)) continue;
    const uint32_t v = cells.Vi(c);
    const uint32_t e = cells.En(c);
    if (v == kNull || e == kNull) continue;
    if (cells[c].t_fwd < options.min_prob && cells[c].t_rev < options.min_prob) continue;
    builder.Add(vi_vocab.Word(v), en_vocab.Word(e), cells[c].t_fwd, cells[c].t_rev);
  }
  // Dictionary pairs the corpus never showed together keep their reserved share.
  for (const LexiconEntry& d : dictionary) {
    int64_t v = vi_vocab.Find(d.vi);
    int64_t e = en_vocab.Find(d.en);
    if (v >= 0 && e >= 0 && cells.Find(static_cast<uint32_t>(v), static_cast<uint32_t>(e)) != CellTable::kNone) continue;
    const double fwd = v >= 0 ? alpha * d.p_en_given_vi / (vi_total[v] + alpha) : d.p_en_given_vi;
    const double rev = e >= 0 ? alpha * d.p_vi_given_en / (en_total[e] + alpha) : d.p_vi_given_en;
    builder.Add(d.vi, d.en, static_cast<float>(fwd), static_cast<float>(rev));
  }
  return std::move(builder).Build(options.min_prob);
}

}  // namespace songngu
