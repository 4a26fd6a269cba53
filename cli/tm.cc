// songngu tm: import, export, stats, delete, backup of the translation memory.
#include <sys/stat.h>

#include <iostream>

#include "aligner/error.h"
#include "cli/command.h"
#include "tm/glossary.h"
#include "tm/store.h"
#include "tm/tm_lexicon.h"
#include "tm/tmx.h"
#include "tm/wordalign.h"
#include "tm/xliff.h"

namespace po = boost::program_options;

namespace songngu::cli {
namespace {

const char* const kUsage =
    "usage: songngu [--tm PATH] tm SUBCOMMAND [options]\n\n"
    "subcommands:\n"
    "  import FILE [--format tmx|tsv|xliff] [--strict]   add a TMX 1.4b, TSV "
    "(vi<TAB>en[<TAB>note]) or translated\n"
    "                                             XLIFF (.xlf: filled targets, origin "
    "'translated') file as one batch,\n"
    "         [--no-wordalign]                    with each new unit's word alignment (unless "
    "--no-wordalign)\n"
    "         [--lang SRC,TRG]                    XLIFF labelled with languages other than vi->en\n"
    "  export --format tmx|tsv|moses [--min-score X] OUT   write the TM (moses: OUT.vi/OUT.en or "
    "DIR/corpus.*)\n"
    "  stats                                      counts and batches\n"
    "  delete --batch ID | --doc ID               remove a batch's or a document's units\n"
    "  backup FILE                                consistent copy while others use the TM\n"
    "  wordalign [--no-train] [--iterations N]     word alignment inside every unit (for suggest's "
    "fuzzy\n"
    "                                             repair and fragments): trains IBM Model 1 on the "
    "TM\n"
    "                                             (stored as its lexicon) unless --no-train, then "
    "aligns\n\n"
    "example:\n"
    "  songngu --tm news.db tm import memory.tmx\n"
    "  songngu --tm news.db tm export --format moses corpus/\n";

bool Exists(const std::string& path) {
  struct stat st {};
  return stat(path.c_str(), &st) == 0;
}

void RequireTm(const std::string& path) {
  if (path != ":memory:" && !Exists(path)) {
    throw Error(FormatLocation(path, "no translation memory here (create one with 'songngu tm import FILE')"));
  }
}

std::string Extension(const std::string& path) {
  size_t dot = path.rfind('.');
  if (dot == std::string::npos || path.find('/', dot) != std::string::npos) return "";
  std::string ext = path.substr(dot + 1);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

int Import(const GlobalOptions& global, const Args& args) {
  po::options_description opts("tm import options");
  std::string file, format, lang;
  bool strict = false, no_wordalign = false;
  opts.add_options()("file", po::value(&file)->required(), "TMX or TSV file")(
      "no-wordalign", po::bool_switch(&no_wordalign),
      "store the units without their word alignment (a huge import; run 'tm wordalign' after)")(
      "format", po::value(&format), "tmx, tsv or xliff (default: from the file extension, else tmx)")(
      "strict", po::bool_switch(&strict), "a skipped record is an error: nothing is imported")(
      "lang", po::value(&lang), "XLIFF: SRC,TRG the file declares for its Vietnamese and English (default vi,en)");
  po::positional_options_description pos;
  pos.add("file", 1);
  po::variables_map vm;
  if (!ParseArgs(args, std::string(kUsage), opts, pos, vm)) return 0;
  if (format.empty()) {
    std::string ext = Extension(file);
    format = ext == "tsv" || ext == "txt" ? "tsv" : ext == "xlf" || ext == "xliff" ? "xliff" : "tmx";
  }
  if (format != "tmx" && format != "tsv" && format != "xliff") throw UsageError("--format must be tmx, tsv or xliff");

  ImportOptions options;
  options.strict = strict;
  if (!lang.empty()) {
    size_t comma = lang.find(',');
    if (format != "xliff") throw UsageError("--lang applies to XLIFF files only");
    if (comma == std::string::npos || comma == 0 || comma + 1 == lang.size() ||
        lang.find(',', comma + 1) != std::string::npos) {
      throw UsageError("--lang must be SRC,TRG (e.g. vi-VN,en-GB)");
    }
    options.source_lang = lang.substr(0, comma);
    options.target_lang = lang.substr(comma + 1);
  }
  TmStore store(global.tm_path);
  // Each new unit gets its word alignment (fuzzy repair) in the import's
  // transaction, with the TM's own lexicon, else the shipped one.
  Lexicon lexicon;
  Glossary glossary;
  if (!no_wordalign) {
    lexicon = ResolveLexicon("", global.tm_path);
    glossary = LoadGlossary(&store, true);
    store.SetWordAligner(UnitWordAligner(&lexicon, &glossary));
  }
  const bool show = !global.quiet && StderrIsTty();
  if (show) {
    options.progress = [](int64_t done, int64_t total) {
      double pct = total > 0 ? 100.0 * static_cast<double>(done) / static_cast<double>(total) : 0;
      std::cerr << "\rimporting... " << static_cast<int>(pct) << "% (" << done / (1 << 20) << " MB)" << std::flush;
    };
  }
  ImportReport report = format == "tmx"   ? ImportTmx(store, file, options)
                        : format == "tsv" ? ImportTsv(store, file, options)
                                          : ImportXliff(store, file, options);
  if (show) std::cerr << "\r\033[K";
  const size_t kShown = 50;
  for (size_t i = 0; i < report.skipped.size() && i < kShown; ++i) {
    std::cerr << FormatLine(file, report.skipped[i].line, "skipped: " + report.skipped[i].reason) << "\n";
  }
  if (report.skipped.size() > kShown) {
    std::cerr << file << ": ... and " << report.skipped.size() - kShown << " more skipped records\n";
  }
  if (!global.quiet) {
    std::cerr << "imported " << report.added << " units from " << report.records << " records into "
              << global.tm_path << " as batch " << report.batch << " (" << report.merged
              << " duplicates merged, " << report.skipped.size() << " skipped";
    if (report.untranslated > 0) std::cerr << ", " << report.untranslated << " segments not translated yet";
    std::cerr << ")\n";
  }
  return 0;
}

int Export(const GlobalOptions& global, const Args& args) {
  po::options_description opts("tm export options");
  std::string out, format = "tmx";
  double min_score = -1;
  bool accepted_only = false;
  opts.add_options()("out", po::value(&out)->required(), "output file (moses: prefix or directory)")(
      "format", po::value(&format)->default_value("tmx"), "tmx, tsv or moses")(
      "min-score", po::value(&min_score), "leave out aligned units scored below X (unscored units stay)")(
      "accepted-only", po::bool_switch(&accepted_only), "leave out unreviewed units");
  po::positional_options_description pos;
  pos.add("out", 1);
  po::variables_map vm;
  if (!ParseArgs(args, std::string(kUsage), opts, pos, vm)) return 0;
  RequireTm(global.tm_path);
  TmStore store(global.tm_path);
  ExportFilter filter;
  if (vm.count("min-score")) filter.min_score = min_score;
  filter.include_unreviewed = !accepted_only;
  int64_t n;
  if (format == "tmx") {
    n = ExportTmx(store, out, filter);
  } else if (format == "tsv") {
    n = ExportTsv(store, out, filter);
  } else if (format == "moses") {
    n = ExportMoses(store, out, filter);
  } else {
    throw UsageError("--format must be tmx, tsv or moses");
  }
  if (!global.quiet) std::cerr << "exported " << n << " units to " << out << "\n";
  return 0;
}

int Stats(const GlobalOptions& global, const Args& args) {
  po::options_description opts("tm stats options");
  po::positional_options_description pos;
  po::variables_map vm;
  if (!ParseArgs(args, std::string(kUsage), opts, pos, vm)) return 0;
  RequireTm(global.tm_path);
  TmStore store(global.tm_path);
  StoreStats s = store.Stats();
  std::cout << "units\t" << s.units << "\naccepted\t" << s.accepted << "\nunreviewed\t" << s.unreviewed
            << "\nrejected\t" << s.rejected << "\nduplicates_merged\t" << s.duplicates_merged << "\ndocuments\t"
            << s.documents << "\nbatches\t" << s.batches << "\nschema_version\t" << s.schema_version << "\n";
  for (const BatchInfo& b : store.Batches()) {
    std::cout << "batch\t" << b.id << "\t" << b.kind << "\t" << b.created << "\t" << b.units << " units\t"
              << b.description << "\n";
  }
  return 0;
}

int Delete(const GlobalOptions& global, const Args& args) {
  po::options_description opts("tm delete options");
  int64_t batch = 0, doc = 0;
  opts.add_options()("batch", po::value(&batch), "batch id (see 'tm stats')")("doc", po::value(&doc), "document id");
  po::positional_options_description pos;
  po::variables_map vm;
  if (!ParseArgs(args, std::string(kUsage), opts, pos, vm)) return 0;
  if (vm.count("batch") == vm.count("doc")) throw UsageError("give exactly one of --batch ID or --doc ID");
  RequireTm(global.tm_path);
  TmStore store(global.tm_path);
  int64_t n = vm.count("batch") ? store.DeleteBatch(batch) : store.DeleteDocument(doc);
  if (!global.quiet) std::cerr << "deleted " << n << " units\n";
  return 0;
}

int Backup(const GlobalOptions& global, const Args& args) {
  po::options_description opts("tm backup options");
  std::string dest;
  opts.add_options()("dest", po::value(&dest)->required(), "backup file");
  po::positional_options_description pos;
  pos.add("dest", 1);
  po::variables_map vm;
  if (!ParseArgs(args, std::string(kUsage), opts, pos, vm)) return 0;
  RequireTm(global.tm_path);
  if (Exists(dest)) throw Error(FormatLocation(dest, "exists already; not overwriting"));
  TmStore store(global.tm_path);
  store.Backup(dest);
  if (!global.quiet) std::cerr << "backed up " << global.tm_path << " to " << dest << "\n";
  return 0;
}

int WordAlign(const GlobalOptions& global, const Args& args) {
  po::options_description opts("tm wordalign options");
  bool no_train = false;
  TmWordAlignOptions options;
  opts.add_options()("no-train", po::bool_switch(&no_train),
                     "use the lexicon the TM holds (else the shipped one) without training")(
      "iterations", po::value(&options.ibm1.iterations)->default_value(options.ibm1.iterations),
      "EM iterations of the training");
  po::positional_options_description pos;
  po::variables_map vm;
  if (!ParseArgs(args, std::string(kUsage), opts, pos, vm)) return 0;
  if (options.ibm1.iterations < 1) throw UsageError("--iterations must be at least 1");
  RequireTm(global.tm_path);
  options.train = !no_train;
  TmStore store(global.tm_path);
  Glossary glossary = LoadGlossary(&store, true);
  TmWordAlignReport r =
      WordAlignTm(store, Lexicon::LoadDefault(), &glossary, options, [&](const std::string& line) {
        if (!global.quiet) std::cerr << line << "\n";
      });
  if (!global.quiet) {
    std::cerr << "word-aligned " << r.units << " units"
              << (r.pairs_trained
                      ? " (lexicon trained on " + std::to_string(r.pairs_trained) + " pairs)"
                      : std::string())
              << "\n";
  }
  return 0;
}

int Run(const GlobalOptions& global, const Args& args) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::cout << kUsage;
    return args.empty() ? 2 : 0;
  }
  const std::string sub = args[0];
  Args rest(args.begin() + 1, args.end());
  if (sub == "import") return Import(global, rest);
  if (sub == "export") return Export(global, rest);
  if (sub == "stats") return Stats(global, rest);
  if (sub == "delete") return Delete(global, rest);
  if (sub == "backup") return Backup(global, rest);
  if (sub == "wordalign") return WordAlign(global, rest);
  throw UsageError("unknown subcommand '" + sub +
                   "' (import, export, stats, delete, backup, wordalign)");
}

}  // namespace

SONGNGU_COMMAND(tm, "tm", "translation memory: import, export, stats, delete, backup, wordalign",
                Run);

}  // namespace songngu::cli
