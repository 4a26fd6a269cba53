// songngu glossary: the TM's own glossary (import, export, lookup).
#include <sys/stat.h>

#include <iostream>

#include "aligner/error.h"
#include "cli/command.h"
#include "tm/glossary.h"
#include "tm/store.h"

namespace po = boost::program_options;

namespace songngu::cli {
namespace {

const char kUsage[] =
    "usage: songngu [--tm PATH] glossary SUBCOMMAND [options]\n\n"
    "subcommands:\n"
    "  import FILE                      add a .tsv, .csv (header with vi, en[, en_female, kind, expands,\n"
    "                                   valid_from, valid_to, source, note]) or .tbx file to the TM's glossary\n"
    "  export [--format tbx|tsv] [--no-default-glossary]\n"
    "                                   write the glossary in use (shipped default + the TM's own) to stdout\n"
    "  lookup TERM [--date YYYY-MM-DD] [--no-default-glossary]\n"
    "                                   entries for a Vietnamese or English term, the one in use first;\n"
    "                                   a phrase (\"Chủ tịch UBND TP Cần Thơ\") is also composed\n\n"
    "The TM's own entries take precedence over the shipped default (data/glossary/).\n\n"
    "example:\n"
    "  songngu --tm cantho.db glossary import my-terms.tsv\n"
    "  songngu glossary lookup \"Phó Bí thư Thành ủy\"\n"
    "  songngu glossary export --format tbx > glossary.tbx\n";

bool Exists(const std::string& path) {
  struct stat st {};
  return stat(path.c_str(), &st) == 0;
}

// The glossary in use; the TM is read only when its file exists.
Glossary Current(const GlobalOptions& global, bool no_default) {
  if (global.tm_path != ":memory:" && !Exists(global.tm_path)) return LoadGlossary(nullptr, !no_default);
  TmStore store(global.tm_path);
  return LoadGlossary(&store, !no_default);
}

int Import(const GlobalOptions& global, const Args& args) {
  std::string file;
  po::options_description desc("glossary import options");
  desc.add_options()("file", po::value(&file)->required(), ".tsv, .csv or .tbx file");
  po::positional_options_description pos;
  pos.add("file", 1);
  po::variables_map vm;
  if (!ParseArgs(args, kUsage, desc, pos, vm)) return 0;
  std::vector<GlossaryEntry> entries = Glossary::ReadFile(file, 1);
  TmStore store(global.tm_path);
  int64_t written = store.AddGlossaryEntries(entries);
  if (!global.quiet) {
    std::cerr << "imported " << entries.size() << " glossary entries from " << file << " into " << global.tm_path
              << " (" << written << " rows written)\n";
  }
  return 0;
}

int Export(const GlobalOptions& global, const Args& args) {
  std::string format = "tsv";
  bool no_default = false;
  po::options_description desc("glossary export options");
  desc.add_options()("format", po::value(&format)->default_value(format), "tbx or tsv")(
      "no-default-glossary", po::bool_switch(&no_default), "only the TM's own entries");
  po::positional_options_description pos;
  po::variables_map vm;
  if (!ParseArgs(args, kUsage, desc, pos, vm)) return 0;
  if (format != "tbx" && format != "tsv") throw UsageError("--format must be tbx or tsv");
  Glossary g = Current(global, no_default);
  std::cout << (format == "tbx" ? WriteGlossaryTbx(g.entries()) : WriteGlossaryTsv(g.entries()));
  if (!global.quiet) std::cerr << "exported " << g.size() << " entries\n";
  return 0;
}

int Lookup(const GlobalOptions& global, const Args& args) {
  std::string term, date;
  bool no_default = false;
  po::options_description desc("glossary lookup options");
  desc.add_options()("term", po::value(&term)->required(), "Vietnamese or English term")(
      "date", po::value(&date), "pick the rendering valid at this date")(
      "no-default-glossary", po::bool_switch(&no_default), "only the TM's own entries");
  po::positional_options_description pos;
  pos.add("term", 1);
  po::variables_map vm;
  if (!ParseArgs(args, kUsage, desc, pos, vm)) return 0;
  Glossary g = Current(global, no_default);
  std::vector<GlossaryEntry> found = g.Lookup(term, date);
  for (const GlossaryEntry& e : found) {
    std::cout << e.vi << "\t" << e.en << (e.en_female.empty() ? "" : " / " + e.en_female) << "\t" << e.kind;
    if (!e.valid_from.empty() || !e.valid_to.empty()) std::cout << "\t" << e.valid_from << ".." << e.valid_to;
    std::cout << "\t" << (e.priority > 0 ? "tm" : "default") << "\t" << e.source;
    if (!e.note.empty()) std::cout << "\t" << e.note;
    std::cout << "\n";
  }
  if (found.empty()) {
    // Not one entry: the recognizer may still compose it.
    RecognizeOptions ro;
    ro.date = date;
    for (const TermMatch& m : g.Recognize(term, ro)) {
      std::cout << m.vi << "\t" << m.en << "\t" << m.kind << "\t" << (m.composed ? "composed" : "entry");
      if (!m.note.empty()) std::cout << "\t" << m.note;
      std::cout << "\n";
      found.push_back(GlossaryEntry{});
    }
  }
  if (found.empty()) {
    std::cerr << "songngu glossary lookup: no entry for '" << term << "'\n";
    return 1;
  }
  return 0;
}

int RunGlossary(const GlobalOptions& global, const Args& args) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::cout << kUsage;
    return args.empty() ? 2 : 0;
  }
  Args rest(args.begin() + 1, args.end());
  if (args[0] == "import") return Import(global, rest);
  if (args[0] == "export") return Export(global, rest);
  if (args[0] == "lookup") return Lookup(global, rest);
  throw UsageError("unknown subcommand '" + args[0] + "' (import, export, lookup)");
}

}  // namespace

SONGNGU_COMMAND(glossary, "glossary", "the glossary of official titles: import, export (TBX/TSV), lookup",
                RunGlossary);

}  // namespace songngu::cli
