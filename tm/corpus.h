// Building parallel corpora from two piles of documents, and exporting them.
//
// BuildCorpus runs the stages of the streaming filters in one process:
// features (read the files a chunk at a time, skip documents the TM already
// holds - same content hash: a rerun after an interruption resumes - and keep
// only their pairing keys), pair (aligner/pair.h FeaturePile), align each pair
// on all cores after reading its two files again (aligner/align.h), and store
// each pair - its two documents and its links, with provenance - in one
// transaction from a single writer thread. A pair is therefore stored
// entirely or not at all, and never twice. The pile's paths and keys are
// spilled to a temporary file and paired one group of date shards at a time,
// and the candidates spilled too, so memory holds one group's keys, ~60 bytes
// per document (where its record is, its date, its best candidates while
// choosing, its pair) and the pairs in flight, not the pile; a cluster
// running `songngu features | pair | align --stdin` (scripts/corpus_dask.py)
// gives the same pairs and links.
//
// ExportCorpus: write the aligned units as Moses, TSV, TMX or JSON lines,
// optionally split into train/dev/test by document (never by sentence), so
// that training and test data never share a document.
#ifndef SONGNGU_TM_CORPUS_H_
#define SONGNGU_TM_CORPUS_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "aligner/align.h"
#include "aligner/document_set.h"
#include "aligner/lexicon.h"
#include "aligner/pair.h"
#include "aligner/text.h"
#include "tm/store.h"

namespace songngu {

struct CorpusBuildOptions {
  PairOptions pair;        // document pairing
  AlignOptions align;      // sentence alignment of each pair
  SegmentOptions segment;  // text pipeline (lang is set per file)
  int jobs = 0;            // threads for loading, pairing and aligning; 0 = all cores
  std::string description;  // stored with the batch ("corpus build vi/ en/")
};

struct CorpusBuildReport {
  int64_t batch = 0;            // the batch holding this run's documents and units
  size_t documents = 0;         // files loaded with sentences (Vietnamese + English)
  size_t skipped = 0;           // documents already in the TM (by content hash)
  size_t pairs = 0;             // document pairs stored by this run
  size_t unpaired_vi = 0;       // documents without a partner (not stored; a later run may pair them)
  size_t unpaired_en = 0;
  size_t links = 0;             // aligned units stored (new or merged with an identical one)
  double mean_pair_confidence = 0;  // over stored pairs
  double mean_link_score = 0;       // over stored links
  bool interrupted = false;     // progress() asked to stop; what was stored stays stored
  std::vector<std::string> errors;  // files that could not be loaded, pairs that failed to align
  // Wall-clock seconds per stage (load: reading files and extracting their
  // pairing features). Aligning and storing overlap (one writer, `jobs`
  // aligners, each reading its pair's files again); align_sum adds up the
  // align calls of all threads.
  double seconds_load = 0, seconds_pair = 0, seconds_align_store = 0;
  double seconds_align_sum = 0, seconds_store = 0;
};

// Called once before aligning with (0, pairs to store), then after each
// stored pair with (pairs stored, pairs to store); return
// false to stop early (Ctrl-C): pairs stored so far stay, the rest is left
// for the next run.
using CorpusProgress = std::function<bool(size_t done, size_t total)>;

// Stores two documents and their links (unreviewed units with their scores and
// provenance: document ids, sentence indices, the pair's confidence if given)
// in one transaction. Returns the stored units, one per link in order. Used by
// `align --store`, `serve` and BuildCorpus.
std::vector<AddResult> StoreAlignment(TmStore& store, const Document& vi, const Document& en, const Alignment& alignment,
                      int64_t batch, std::optional<double> pair_confidence = std::nullopt);

// A new batch holding one document pair's alignment (`align --store`,
// `serve`): the batch row, the two documents and the units commit together,
// so a crash or a full disk never leaves an empty batch behind.
struct StoredAlignment {
  int64_t batch = 0;             // the new batch's id
  std::vector<AddResult> units;  // one per link, in order
};
StoredAlignment StoreAlignmentBatch(TmStore& store, const Document& vi, const Document& en,
                                    const Alignment& alignment, std::string_view kind,
                                    std::string_view description);

// The batch is created with the first stored pair, in its transaction: a run
// that stores nothing (or dies before its first pair) leaves no batch.
// Throws songngu::Error only for TM failures; bad files and failed pairs are
// listed in the report. `files` is taken by value and released once read:
// give it with std::move so that a pile's list of paths is not held while
// pairing and aligning (the pile's temporary file holds them).
CorpusBuildReport BuildCorpus(TmStore& store, std::vector<InputFile> files, const Lexicon& lexicon,
                              const CorpusBuildOptions& options, const CorpusProgress& progress = {});

struct CorpusExportOptions {
  std::string format = "moses";     // moses, tsv, tmx or jsonl
  std::optional<double> min_score;  // leave out links scored lower (imported units have no score and pass)
  // Each Vietnamese and each English sentence at most once; test and dev are
  // written first, so train never repeats one of their sentences.
  bool dedup = false;
  // Held-out shares of the documents, e.g. {{"dev", 0.02}, {"test", 0.02}};
  // the rest is "train". Empty: one output. Units without a source document
  // (imported ones) always go to train.
  std::vector<std::pair<std::string, double>> split;
};

struct CorpusExportPart {
  std::string name;    // "train", "dev", "test", or "" without a split
  std::string path;    // file written (moses: the .vi path; .en beside it)
  int64_t units = 0;
  int64_t documents = 0;  // distinct source document pairs in this part
};

// Output paths. Without a split: moses OUT.vi/OUT.en (DIR/corpus.* for a
// directory), other formats OUT itself (DIR/corpus.FORMAT). With a split,
// part S goes to OUT.S.vi/.en (moses) or OUT.S.FORMAT, or DIR/corpus.S.*.
std::vector<CorpusExportPart> ExportCorpus(TmStore& store, const std::string& out,
                                           const CorpusExportOptions& options);

// "dev=0.02,test=0.02" -> {{"dev", 0.02}, {"test", 0.02}}. Throws
// songngu::Error on a bad item, a share outside (0, 1), "train" or a total >= 1.
std::vector<std::pair<std::string, double>> ParseSplit(const std::string& spec);

// One JSON object per unit: {"vi","en","score","vi_doc","en_doc","id"}.
int64_t ExportJsonl(TmStore& store, const std::string& path, const ExportFilter& filter);

}  // namespace songngu

#endif  // SONGNGU_TM_CORPUS_H_
