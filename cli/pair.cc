// songngu pair: which Vietnamese and English files report the same event.
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "aligner/document_set.h"
#include "aligner/lexicon.h"
#include "aligner/pair.h"
#include "aligner/stage_stream.h"
#include "cli/command.h"

namespace po = boost::program_options;

namespace songngu::cli {
namespace {

const char kUsage[] =
    "usage: songngu pair FILE... [--vi-dir DIR] [--en-dir DIR] [--format tsv|jsonl]\n"
    "       songngu pair --stdin [--strict] < features.jsonl > pairs.jsonl\n\n"
    "Pairs Vietnamese and English documents that report the same event, one to one.\n"
    "The language of each FILE is detected; files under --vi-dir / --en-dir are taken\n"
    "as Vietnamese / English. Evidence: names without diacritics, numbers and\n"
    "resolution codes, mentioned dates, publication dates (English may lag), and\n"
    "lexical overlap through the lexicon. Documents without a good partner are\n"
    "listed as unpaired rather than forced into a pair.\n\n"
    "output (tsv): VI_PATH<TAB>EN_PATH<TAB>CONFIDENCE per pair, then\n"
    "  VI_PATH<TAB>-<TAB>0 and -<TAB>EN_PATH<TAB>0 for unpaired files (paths as given).\n"
    "output (jsonl): {\"vi\":PATH|null,\"en\":PATH|null,\"confidence\":X} per line.\n\n"
    "Unreadable, binary or empty files are reported on stderr and skipped; the rest\n"
    "is processed and the exit status is then 1.\n\n"
    "--stdin (streaming stage after 'songngu features --stdin'): reads the features\n"
    "  of a whole pile, one document per line, and writes the jsonl output above with\n"
    "  the documents' ids in place of paths, plus \"similarity\" for pairs. A bad\n"
    "  line gives {\"id\":..,\"error\":..} and the rest is paired (exit status 1 for\n"
    "  that only with --strict). Pairing runs per shard of publication dates\n"
    "  (--shard-days; undated documents join every shard), so memory follows a shard.\n"
    "--stdin --route | LC_ALL=C sort -t$'\\t' -k1,1 | --stdin --candidates, then\n"
    "  --stdin --choose over the candidates and the features: the same pairs with the\n"
    "  shards on many machines (Hadoop streaming, Dask; docs/streaming.md).\n\n"
    "example:\n"
    "  songngu pair --vi-dir crawl/vi --en-dir crawl/en > pairs.tsv\n"
    "  songngu pair seeds/*.txt --format jsonl\n"
    "  songngu features --stdin --no-sentences < pages.jsonl | songngu pair --stdin";

std::string FormatConfidence(double c) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(3) << c;
  return out.str();
}

int RunPair(const GlobalOptions& global, const Args& args) {
  std::vector<std::string> files;
  std::vector<std::string> vi_dirs, en_dirs;
  std::string format = "tsv";
  std::string lexicon_path;
  PairOptions options;
  bool from_stdin = false, strict = false, route = false, candidates = false, choose = false;
  po::options_description desc("options");
  desc.add_options()
      ("file", po::value(&files), "input files (language detected)")
      ("stdin", po::bool_switch(&from_stdin), "stream: features (songngu features --stdin) in, pairs out")
      ("strict", po::bool_switch(&strict), "--stdin: exit status 1 when any line failed")
      ("route", po::bool_switch(&route), "--stdin: features -> SHARD<TAB>features lines (map side)")
      ("candidates", po::bool_switch(&candidates), "--stdin: sorted SHARD<TAB>features -> candidate pairs")
      ("choose", po::bool_switch(&choose), "--stdin: candidates + features of the pile -> pairs")
      ("shard-days", po::value(&options.shard_days)->default_value(options.shard_days),
       "days of Vietnamese publication dates per shard")
      ("shard-documents", po::value(&options.shard_min_documents)->default_value(options.shard_min_documents),
       "consecutive shards pair together until they hold this many Vietnamese documents (memory follows it)")
      ("vi-dir", po::value(&vi_dirs), "directory of Vietnamese documents (repeatable)")
      ("en-dir", po::value(&en_dirs), "directory of English documents (repeatable)")
      ("format", po::value(&format)->default_value("tsv"), "tsv or jsonl")
      ("min-confidence", po::value(&options.min_confidence)->default_value(options.min_confidence),
       "pairs below this confidence are left unpaired")
      ("max-lag-days", po::value(&options.max_lag_days)->default_value(options.max_lag_days),
       "the English report may be published up to this many days after the Vietnamese one")
      ("lexicon", po::value(&lexicon_path), "lexicon file (default: the shipped vi-en lexicon)")
      ("jobs,j", po::value(&options.threads)->default_value(0), "threads (0 = all cores)");
  po::positional_options_description pos;
  pos.add("file", -1);
  po::variables_map vm;
  if (!ParseArgs(args, kUsage, desc, pos, vm)) return 0;
  if (format != "tsv" && format != "jsonl") throw UsageError("--format must be tsv or jsonl");
  if (options.shard_days < 1) throw UsageError("--shard-days must be at least 1");
  if (options.shard_min_documents < 1) throw UsageError("--shard-documents must be at least 1");
  if ((route || candidates || choose) && !from_stdin) {
    throw UsageError("--route, --candidates and --choose go with --stdin");
  }
  if (from_stdin) {
    if (!files.empty() || !vi_dirs.empty() || !en_dirs.empty()) {
      throw UsageError("--stdin reads features from stdin: give no files or folders");
    }
    if (route + candidates + choose > 1) throw UsageError("give at most one of --route, --candidates, --choose");
    PairStreamOptions stream;
    stream.pair = options;
    std::ios::sync_with_stdio(false);
    StageReport r = route        ? PairRouteStream(std::cin, std::cout, stream)
                    : candidates ? PairCandidatesStream(std::cin, std::cout, stream)
                    : choose     ? PairChooseStream(std::cin, std::cout, stream)
                                 : PairStream(std::cin, std::cout, stream);
    for (const std::string& e : r.errors) std::cerr << "songngu pair: " << e << "\n";
    if (!global.quiet) {
      std::cerr << "songngu pair: " << r.records << " documents, " << r.written << " lines written, "
                << r.errors.size() << " bad\n";
    }
    return r.errors.empty() || !strict ? 0 : 1;
  }
  if (files.empty() && vi_dirs.empty() && en_dirs.empty()) {
    throw UsageError("no input: give FILEs, --vi-dir or --en-dir");
  }

  std::vector<InputFile> inputs;
  for (const std::string& f : files) inputs.push_back({f, "auto"});
  for (const std::string& d : vi_dirs) {
    for (InputFile& f : ListDirectory(d, "vi")) inputs.push_back(std::move(f));
  }
  for (const std::string& d : en_dirs) {
    for (InputFile& f : ListDirectory(d, "en")) inputs.push_back(std::move(f));
  }
  Lexicon lexicon = lexicon_path.empty() ? Lexicon::LoadDefault() : Lexicon::Load(lexicon_path);
  DocumentSet set = LoadDocuments(inputs, SegmentOptions(), options.threads);
  for (const std::string& e : set.errors) std::cerr << "songngu pair: " << e << "\n";

  PairResult result = PairDocuments(set.docs, lexicon, options);
  const auto& docs = set.docs;
  auto print = [&](const std::string* vi, const std::string* en, double confidence) {
    if (format == "tsv") {
      std::cout << (vi ? *vi : "-") << '\t' << (en ? *en : "-") << '\t'
                << (vi && en ? FormatConfidence(confidence) : "0") << '\n';
    } else {
      nlohmann::ordered_json j;
      j["vi"] = vi ? nlohmann::ordered_json(*vi) : nlohmann::ordered_json();
      j["en"] = en ? nlohmann::ordered_json(*en) : nlohmann::ordered_json();
      j["confidence"] = vi && en ? std::round(confidence * 1000) / 1000 : 0.0;
      std::cout << j.dump() << '\n';
    }
  };
  for (const DocumentPair& p : result.pairs) print(&docs[p.vi].name, &docs[p.en].name, p.confidence);
  for (size_t v : result.unpaired_vi) print(&docs[v].name, nullptr, 0);
  for (size_t e : result.unpaired_en) print(nullptr, &docs[e].name, 0);
  if (!global.quiet) {
    std::cerr << "songngu pair: " << docs.size() << " documents, " << result.pairs.size()
              << " pairs, " << result.unpaired_vi.size() << " Vietnamese and "
              << result.unpaired_en.size() << " English unpaired";
    if (!set.errors.empty()) std::cerr << ", " << set.errors.size() << " files failed";
    std::cerr << "\n";
  }
  return set.errors.empty() ? 0 : 1;
}

}  // namespace

SONGNGU_COMMAND(pair, "pair", "pair Vietnamese and English documents of the same event", RunPair);

}  // namespace songngu::cli
