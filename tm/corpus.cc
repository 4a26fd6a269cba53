#include "tm/corpus.h"

#include <sys/stat.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>
#include <unordered_set>

#include "aligner/error.h"
#include "aligner/parallel.h"
#include "tm/tmx.h"

namespace songngu {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string IndexList(const std::vector<int>& idx) {
  std::string out = "[";
  for (size_t k = 0; k < idx.size(); ++k) out += (k ? "," : "") + std::to_string(idx[k]);
  return out + "]";
}

struct AlignedPair {
  size_t pair = 0;  // index into PairResult::pairs
  Document vi, en;  // read again for aligning: only the pairs in flight are in memory
  Alignment alignment;
  std::string error;
};

// One file of a pair, read as in the features stage (LoadDocuments).
Document LoadSide(const InputFile& file, const SegmentOptions& options) {
  SegmentOptions o = options;
  o.lang = file.lang;
  Document doc = LoadDocument(file.path, o);
  doc.name = file.path;
  return doc;
}

}  // namespace

std::vector<AddResult> StoreAlignment(TmStore& store, const Document& vi, const Document& en, const Alignment& a,
                      int64_t batch, std::optional<double> pair_confidence) {
  TmStore::Transaction txn(store);
  int64_t vi_id = store.AddDocument(vi.meta, "vi", vi.name, vi.raw, batch);
  int64_t en_id = store.AddDocument(en.meta, "en", en.name, en.raw, batch);
  std::vector<UnitInput> units;
  for (const Link& l : a.links) {
    UnitInput u;
    u.vi = JoinSentences(vi, l.vi);
    u.en = JoinSentences(en, l.en);
    u.origin = Origin::kAligned;
    u.review = Review::kUnreviewed;
    u.score = l.score;
    u.vi_doc = vi_id;
    u.en_doc = en_id;
    // Provenance as TMX props (tm/tmx.h): sentence indices in both files.
    using nlohmann::json;
    json props = json::array({json::array({"x-songngu-source", vi.name + " " + IndexList(l.vi) + " | " +
                                                                    en.name + " " + IndexList(l.en)})});
    if (pair_confidence) {
      char confidence[16];
      std::snprintf(confidence, sizeof confidence, "%.3f", *pair_confidence);
      props.push_back(json::array({"x-songngu-pair-confidence", confidence}));
    }
    u.props = json{{"props", props}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    units.push_back(std::move(u));
  }
  std::vector<AddResult> added = store.AddUnits(units, batch);
  txn.Commit();
  return added;
}

StoredAlignment StoreAlignmentBatch(TmStore& store, const Document& vi, const Document& en,
                                    const Alignment& a, std::string_view kind,
                                    std::string_view description) {
  TmStore::Transaction txn(store);
  StoredAlignment out;
  out.batch = store.BeginBatch(kind, description);
  out.units = StoreAlignment(store, vi, en, a, out.batch);
  txn.Commit();
  return out;
}

CorpusBuildReport BuildCorpus(TmStore& store, std::vector<InputFile> files, const Lexicon& lexicon,
                              const CorpusBuildOptions& options, const CorpusProgress& progress) {
  CorpusBuildReport report;
  Clock::time_point start = Clock::now();
  PairOptions pair_options = options.pair;
  pair_options.threads = options.jobs;
  // Stage 1, features (as `songngu features`): files are read a chunk at a
  // time and reduced to their pairing keys, which the pile spills to a
  // temporary file; pairing then reads one date shard at a time.
  // Kept until the pairs are aligned: their paths are read back from it.
  FeaturePile pile;
  PairResult paired;
  {
    const size_t chunk = std::max<size_t>(64, 16 * static_cast<size_t>(ResolveThreads(options.jobs)));
    for (size_t begin = 0; begin < files.size(); begin += chunk) {
      std::vector<InputFile> part(files.begin() + begin, files.begin() + std::min(files.size(), begin + chunk));
      DocumentSet set = LoadDocuments(part, options.segment, options.jobs);
      for (std::string& e : set.errors) report.errors.push_back(std::move(e));
      std::vector<const Document*> fresh;
      for (const Document& d : set.docs) {
        if (d.sentences.empty()) {
          report.errors.push_back(FormatLocation(d.name, "no sentences found"));
          continue;
        }
        ++report.documents;
        if (store.FindDocument(d.lang, d.raw)) {
          ++report.skipped;
        } else {
          fresh.push_back(&d);
        }
      }
      std::vector<PairFeatures> features(fresh.size());
      ParallelFor(fresh.size(), options.jobs,
                  [&](size_t i) { features[i] = ExtractPairFeatures(*fresh[i], lexicon, pair_options); });
      for (const PairFeatures& f : features) pile.Add(f);
    }
    std::vector<InputFile>().swap(files);
    report.seconds_load = SecondsSince(start);
    // Stage 2, pairing (as `songngu pair --stdin`).
    start = Clock::now();
    paired = pile.Pair(pair_options);
    pile.Seal();
  }
#ifdef __GLIBC__
  // Pairing's groups are freed but malloc keeps most of that memory; handed
  // back here, it does not add to the TM's page cache that fills while storing.
  malloc_trim(0);
#endif
  report.unpaired_vi = paired.unpaired_vi.size();
  report.unpaired_en = paired.unpaired_en.size();
  report.seconds_pair = SecondsSince(start);
  if (paired.pairs.empty()) return report;
  if (progress && !progress(0, paired.pairs.size())) {  // stopped while loading or pairing
    report.interrupted = true;
    return report;
  }

  start = Clock::now();
  // Aligners hand finished pairs to this thread, the only one writing to SQLite.
  const size_t capacity = 64;
  std::mutex mutex;
  std::condition_variable not_empty, not_full;
  std::deque<AlignedPair> queue;
  bool aligners_done = false;
  std::atomic<bool> stop{false};
  std::atomic<int64_t> align_micros{0};
  std::exception_ptr aligner_error;
  std::thread aligners([&]() {
    try {
      ParallelFor(paired.pairs.size(), options.jobs, [&](size_t i) {
        if (stop) return;
        AlignedPair result;
        result.pair = i;
        Clock::time_point t = Clock::now();
        const DocumentPair& p = paired.pairs[i];
        // Stage 3, alignment (as `songngu align --stdin` with vi_path/en_path).
        InputFile vi{pile.id(p.vi), "vi"}, en{pile.id(p.en), "en"};
        try {
          result.vi = LoadSide(vi, options.segment);
          result.en = LoadSide(en, options.segment);
          result.alignment = Align(result.vi, result.en, lexicon, options.align);
        } catch (const std::exception& e) {
          result.error = vi.path + " + " + en.path + ": " + e.what();
        }
        align_micros += std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - t).count();
        std::unique_lock<std::mutex> lock(mutex);
        not_full.wait(lock, [&]() { return queue.size() < capacity || stop; });
        if (stop) return;
        queue.push_back(std::move(result));
        not_empty.notify_one();
      });
    } catch (...) {
      aligner_error = std::current_exception();
    }
    std::lock_guard<std::mutex> lock(mutex);
    aligners_done = true;
    not_empty.notify_all();
  });

  double confidence_sum = 0, score_sum = 0;
  size_t done = 0;
  auto halt = [&]() {
    {
      std::lock_guard<std::mutex> lock(mutex);
      stop = true;
    }
    not_full.notify_all();
  };
  try {
    while (true) {
      AlignedPair item;
      {
        std::unique_lock<std::mutex> lock(mutex);
        not_empty.wait(lock, [&]() { return !queue.empty() || aligners_done; });
        if (queue.empty()) break;
        item = std::move(queue.front());
        queue.pop_front();
      }
      not_full.notify_one();
      ++done;
      if (!item.error.empty()) {
        report.errors.push_back(item.error);
      } else {
        Clock::time_point t = Clock::now();
        const DocumentPair& p = paired.pairs[item.pair];
        TmStore::Transaction txn(store);
        if (report.batch == 0) report.batch = store.BeginBatch("corpus", options.description);
        report.links += StoreAlignment(store, item.vi, item.en, item.alignment, report.batch, p.confidence).size();
        txn.Commit();
        for (const Link& l : item.alignment.links) score_sum += l.score;
        report.seconds_store += SecondsSince(t);
        ++report.pairs;
        confidence_sum += p.confidence;
      }
      if (progress && !progress(done, paired.pairs.size())) {
        report.interrupted = true;
        halt();
        break;
      }
    }
  } catch (...) {
    halt();
    aligners.join();
    throw;
  }
  aligners.join();
  if (aligner_error) std::rethrow_exception(aligner_error);
  report.seconds_align_store = SecondsSince(start);
  report.seconds_align_sum = align_micros / 1e6;
  if (report.pairs) report.mean_pair_confidence = confidence_sum / report.pairs;
  if (report.links) report.mean_link_score = score_sum / report.links;
  return report;
}

std::vector<std::pair<std::string, double>> ParseSplit(const std::string& spec) {
  std::vector<std::pair<std::string, double>> parts;
  double total = 0;
  size_t start = 0;
  while (start <= spec.size()) {
    size_t end = spec.find(',', start);
    if (end == std::string::npos) end = spec.size();
    std::string item = spec.substr(start, end - start);
    size_t eq = item.find('=');
    SONGNGU_THROW_IF(eq == std::string::npos || eq == 0,
                     "--split: '" + item + "' is not NAME=SHARE (e.g. dev=0.02,test=0.02)");
    std::string name = item.substr(0, eq);
    char* rest = nullptr;
    double share = std::strtod(item.c_str() + eq + 1, &rest);
    SONGNGU_THROW_IF(rest == item.c_str() + eq + 1 || *rest != '\0' || !(share > 0 && share < 1),
                     "--split: the share of '" + name + "' must be a number between 0 and 1");
    SONGNGU_THROW_IF(name == "train", "--split: 'train' is the rest; name only the held-out parts");
    for (const auto& [n, s] : parts) SONGNGU_THROW_IF(n == name, "--split: '" + name + "' given twice");
    parts.emplace_back(name, share);
    total += share;
    start = end + 1;
  }
  SONGNGU_THROW_IF(total >= 1, "--split: the held-out shares add up to 1 or more; nothing left to train on");
  return parts;
}

int64_t ExportJsonl(TmStore& store, const std::string& path, const ExportFilter& filter) {
  std::ofstream out(path, std::ios::binary);
  SONGNGU_THROW_IF(!out, FormatLocation(path, "cannot write"));
  int64_t n = 0;
  store.ForEachUnit(filter, [&](const Unit& u) {
    nlohmann::ordered_json j;
    j["vi"] = StripPlaceholders(u.vi);
    j["en"] = StripPlaceholders(u.en);
    j["score"] = u.score ? nlohmann::ordered_json(std::round(*u.score * 1000) / 1000) : nlohmann::ordered_json();
    j["vi_doc"] = u.vi_doc;
    j["en_doc"] = u.en_doc;
    j["id"] = u.id;
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    ++n;
  });
  out.flush();
  SONGNGU_THROW_IF(!out, FormatLocation(path, "write failed (disk full?)"));
  return n;
}

namespace {

// A fixed pseudo-random order of documents that does not depend on how many
// there are (splitmix64 of the id), so a document keeps its part as the
// corpus grows unless the counts shift.
uint64_t Mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

bool IsDirectory(const std::string& path) {
  struct stat st {};
  return (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) || (!path.empty() && path.back() == '/');
}

}  // namespace

std::vector<CorpusExportPart> ExportCorpus(TmStore& store, const std::string& out,
                                           const CorpusExportOptions& options) {
  const std::string& format = options.format;
  SONGNGU_THROW_IF(format != "moses" && format != "tsv" && format != "tmx" && format != "jsonl",
                   "unknown export format '" + format + "' (moses, tsv, tmx or jsonl)");
  ExportFilter base;
  base.min_score = options.min_score;

  // Part of each source document: held-out parts get their share of the
  // documents in a fixed pseudo-random order; the rest is train (index 0).
  std::vector<std::string> names = {"train"};
  std::map<int64_t, size_t> part_of;
  if (!options.split.empty()) {
    std::vector<int64_t> docs;
    store.ForEachUnit(base, [&](const Unit& u) {
      if (u.vi_doc) docs.push_back(u.vi_doc);
    });
    std::sort(docs.begin(), docs.end());
    docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
    std::sort(docs.begin(), docs.end(), [](int64_t a, int64_t b) { return Mix(a) < Mix(b); });
    size_t next = 0;
    for (const auto& [name, share] : options.split) {
      names.push_back(name);
      size_t count = static_cast<size_t>(std::llround(share * docs.size()));
      // A small corpus still gets one held-out document per part while train keeps some.
      if (count == 0 && docs.size() > options.split.size()) count = 1;
      for (size_t k = 0; k < count && next + 1 < docs.size(); ++k) part_of[docs[next++]] = names.size() - 1;
    }
  }

  const bool dir = IsDirectory(out);
  std::string stem = dir ? (out.back() == '/' ? out : out + "/") + "corpus" : out;
  std::unordered_set<size_t> seen_vi, seen_en;
  std::hash<std::string> hash;
  std::vector<CorpusExportPart> parts;
  // Held-out parts first, so that dedup keeps their sentences out of train.
  std::vector<size_t> order;
  for (size_t p = 1; p < names.size(); ++p) order.push_back(p);
  order.push_back(0);
  for (size_t p : order) {
    CorpusExportPart part;
    part.name = options.split.empty() ? "" : names[p];
    std::string target = options.split.empty() ? stem : stem + "." + part.name;
    std::unordered_set<int64_t> documents;
    ExportFilter filter = base;
    filter.keep = [&](const Unit& u) {
      auto it = part_of.find(u.vi_doc);
      if ((it == part_of.end() ? 0 : it->second) != p) return false;
      if (options.dedup) {
        size_t hv = hash(u.vi), he = hash(u.en);
        if (seen_vi.count(hv) || seen_en.count(he)) return false;
        seen_vi.insert(hv);
        seen_en.insert(he);
      }
      if (u.vi_doc) documents.insert(u.vi_doc);
      return true;
    };
    if (format == "moses") {
      part.path = (dir && options.split.empty() ? stem : target) + ".vi";
      part.units = ExportMoses(store, dir && options.split.empty() ? out : target, filter);
    } else {
      part.path = options.split.empty() && !dir ? out : target + "." + format;
      if (format == "tsv") part.units = ExportTsv(store, part.path, filter);
      if (format == "tmx") part.units = ExportTmx(store, part.path, filter);
      if (format == "jsonl") part.units = ExportJsonl(store, part.path, filter);
    }
    part.documents = static_cast<int64_t>(documents.size());
    parts.push_back(part);
  }
  return parts;
}

}  // namespace songngu
