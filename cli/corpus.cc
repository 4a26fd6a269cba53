// songngu corpus: build a parallel corpus from piles of Vietnamese and English
// documents (pair, align, store), and export it for MT training.
#include <chrono>
#include <csignal>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <utility>

#include "aligner/error.h"
#include "cli/command.h"
#include "tm/corpus.h"

namespace po = boost::program_options;

namespace songngu::cli {
namespace {

const char kUsage[] =
    "usage: songngu [--tm PATH] corpus build --vi-dir DIR --en-dir DIR [--jobs N]\n"
    "       songngu [--tm PATH] corpus export --format moses|tsv|tmx|jsonl [--min-score X]\n"
    "                                         [--dedup] [--split dev=0.02,test=0.02] OUT\n\n"
    "build: pairs the documents of the two folders (songngu pair), aligns each pair\n"
    "  on all cores and stores documents and links with provenance in the TM. Files\n"
    "  already stored (same content) are skipped, so an interrupted build (Ctrl-C)\n"
    "  resumes when run again. Unreadable or binary files are reported and skipped;\n"
    "  the exit status is then 1. A progress bar shows on a terminal. Pairing keys go\n"
    "  to a temporary file and are paired one group of 30-day shards of publication\n"
    "  dates (--shard-documents Vietnamese pages) at a time, undated pages joining\n"
    "  every group, so memory follows one group and\n"
    "  the pairs being aligned, not the pile; scripts/corpus_dask.py runs the same\n"
    "  stages on a Dask cluster (docs/streaming.md).\n"
    "export: writes the aligned units; --split holds out shares of the documents\n"
    "  (never single sentences) as OUT.dev.*, OUT.test.*, the rest as OUT.train.*.\n\n"
    "example:\n"
    "  songngu --tm news.db corpus build --vi-dir crawl/vi --en-dir crawl/en\n"
    "  songngu --tm news.db corpus export --format moses --dedup --split dev=0.02,test=0.02 out/news";

volatile std::sig_atomic_t interrupted = 0;

void OnInterrupt(int) { interrupted = 1; }

std::string Clock(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  }
  return buf;
}

// "[#########...........]  532/1000 pairs  45.2/s  ETA 0:10" redrawn in place.
class ProgressBar {
 public:
  explicit ProgressBar(bool enabled) : enabled_(enabled), start_(std::chrono::steady_clock::now()) {}
  void Update(size_t done, size_t total) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (done < total && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    double elapsed = std::chrono::duration<double>(now - start_).count();
    double rate = elapsed > 0 ? done / elapsed : 0;
    const int width = 30;
    int filled = total ? static_cast<int>(width * done / total) : width;
    std::ostringstream line;
    line << "\r[" << std::string(filled, '#') << std::string(width - filled, '.') << "] " << done << "/"
         << total << " pairs  " << std::fixed << std::setprecision(1) << rate << "/s  ETA "
         << (rate > 0 ? Clock((total - done) / rate) : "?") << "   ";
    std::cerr << line.str() << std::flush;
    drawn_ = true;
  }
  void Finish() {
    if (drawn_) std::cerr << "\n";
  }

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

int Build(const GlobalOptions& global, const Args& args) {
  std::vector<std::string> vi_dirs, en_dirs;
  std::string lexicon_path;
  CorpusBuildOptions options;
  TmStore::Options store_options;
  po::options_description desc("corpus build options");
  desc.add_options()
      ("vi-dir", po::value(&vi_dirs)->required(), "directory of Vietnamese documents (repeatable)")
      ("en-dir", po::value(&en_dirs)->required(), "directory of English documents (repeatable)")
      ("jobs,j", po::value(&options.jobs)->default_value(0), "threads (0 = all cores)")
      ("min-confidence", po::value(&options.pair.min_confidence)->default_value(options.pair.min_confidence),
       "document pairs below this confidence are not stored")
      ("min-score", po::value(&options.align.min_score)->default_value(options.align.min_score),
       "links below this alignment confidence are not stored")
      ("lexicon", po::value(&lexicon_path), "lexicon file (default: the shipped vi-en lexicon)")
      ("shard-days", po::value(&options.pair.shard_days)->default_value(options.pair.shard_days),
       "days of Vietnamese publication dates per pairing shard")
      ("shard-documents",
       po::value(&options.pair.shard_min_documents)->default_value(options.pair.shard_min_documents),
       "pairing shards are merged until they hold this many Vietnamese documents (memory follows it)")
      ("cache-kib", po::value(&store_options.cache_kib)->default_value(store_options.cache_kib),
       "SQLite page cache, KiB (at least 64): the TM's part of the build's memory");
  po::variables_map vm;
  if (!ParseArgs(args, kUsage, desc, po::positional_options_description(), vm)) return 0;
  if (store_options.cache_kib < 64) throw UsageError("--cache-kib must be at least 64");
  if (options.pair.shard_days < 1 || options.pair.shard_min_documents < 1) {
    throw UsageError("--shard-days and --shard-documents must be at least 1");
  }

  std::vector<InputFile> files;
  std::string description = "corpus build";
  for (const std::string& d : vi_dirs) {
    for (InputFile& f : ListDirectory(d, "vi")) files.push_back(std::move(f));
    description += " --vi-dir " + d;
  }
  for (const std::string& d : en_dirs) {
    for (InputFile& f : ListDirectory(d, "en")) files.push_back(std::move(f));
    description += " --en-dir " + d;
  }
  options.description = description;
  Lexicon lexicon = lexicon_path.empty() ? Lexicon::LoadDefault() : Lexicon::Load(lexicon_path);
  TmStore store(global.tm_path, store_options);

  ProgressBar bar(!global.quiet && StderrIsTty());
  struct sigaction action {}, previous {};
  action.sa_handler = OnInterrupt;
  action.sa_flags = SA_RESETHAND;  // a second Ctrl-C ends the program at once
  sigaction(SIGINT, &action, &previous);
  CorpusBuildReport r = BuildCorpus(store, std::move(files), lexicon, options, [&](size_t done, size_t total) {
    bar.Update(done, total);
    return !interrupted;
  });
  sigaction(SIGINT, &previous, nullptr);
  bar.Finish();

  for (const std::string& e : r.errors) std::cerr << "songngu corpus build: " << e << "\n";
  if (!global.quiet) {
    std::cerr << std::fixed << std::setprecision(3) << "songngu corpus build: " << r.documents
              << " documents (" << r.skipped << " already stored, skipped), " << r.pairs << " pairs stored, "
              << r.unpaired_vi << " Vietnamese and " << r.unpaired_en << " English unpaired, " << r.links
              << " links, mean pair confidence " << r.mean_pair_confidence << ", mean link score "
              << r.mean_link_score << ", " << r.errors.size() << " errors\n"
              << std::setprecision(2) << "  time: load " << r.seconds_load << " s, pair " << r.seconds_pair
              << " s, align+store " << r.seconds_align_store << " s (align " << r.seconds_align_sum
              << " s summed over threads, store " << r.seconds_store << " s)";
    if (r.batch) std::cerr << ", batch " << r.batch;
    std::cerr << "\n";
    if (r.interrupted) std::cerr << "songngu corpus build: interrupted; run the same command again to resume\n";
  }
  if (r.interrupted) return 130;
  return r.errors.empty() ? 0 : 1;
}

int Export(const GlobalOptions& global, const Args& args) {
  std::string out, split;
  double min_score = -1;
  CorpusExportOptions options;
  po::options_description desc("corpus export options");
  desc.add_options()
      ("out", po::value(&out)->required(), "output path (file stem or directory)")
      ("format", po::value(&options.format)->required(), "moses, tsv, tmx or jsonl")
      ("min-score", po::value(&min_score), "leave out links with a lower alignment score (0..1)")
      ("dedup", po::bool_switch(&options.dedup), "each Vietnamese and English sentence at most once")
      ("split", po::value(&split), "held-out document shares, e.g. dev=0.02,test=0.02 (rest: train)");
  po::positional_options_description pos;
  pos.add("out", 1);
  po::variables_map vm;
  if (!ParseArgs(args, kUsage, desc, pos, vm)) return 0;
  const std::string& f = options.format;
  if (f != "moses" && f != "tsv" && f != "tmx" && f != "jsonl") {
    throw UsageError("--format must be moses, tsv, tmx or jsonl");
  }
  if (vm.count("min-score")) {
    if (min_score < 0 || min_score > 1) throw UsageError("--min-score must be within 0..1");
    options.min_score = min_score;
  }
  if (!split.empty()) {
    try {
      options.split = ParseSplit(split);
    } catch (const Error& e) {
      throw UsageError(e.what());
    }
  }
  TmStore::Options read;
  read.read_only = true;
  TmStore store(global.tm_path, read);
  std::vector<CorpusExportPart> parts = ExportCorpus(store, out, options);
  if (!global.quiet) {
    for (const CorpusExportPart& p : parts) {
      std::cerr << "songngu corpus export: " << (p.name.empty() ? "" : p.name + ": ") << p.units << " units from "
                << p.documents << " documents -> " << p.path << (f == "moses" ? " (+ .en)" : "") << "\n";
    }
  }
  return 0;
}

int RunCorpus(const GlobalOptions& global, const Args& args) {
  if (args.empty()) throw UsageError("give a subcommand: build or export");
  if (args[0] == "--help" || args[0] == "-h") {
    std::cout << kUsage << "\n";
    return 0;
  }
  Args rest(args.begin() + 1, args.end());
  if (args[0] == "build") return Build(global, rest);
  if (args[0] == "export") return Export(global, rest);
  throw UsageError("unknown subcommand '" + args[0] + "' (build or export)");
}

}  // namespace

SONGNGU_COMMAND(corpus, "corpus", "build a parallel corpus from piles of documents; export it", RunCorpus);

}  // namespace songngu::cli
