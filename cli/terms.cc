// songngu terms: terminology QA over the TM (check) and glossary proposals (extract).
#include <cstdio>
#include <iostream>

#include "aligner/error.h"
#include "cli/command.h"
#include "tm/glossary.h"
#include "tm/store.h"
#include "tm/terms.h"

namespace po = boost::program_options;

namespace songngu::cli {
namespace {

const char kUsage[] =
    "usage: songngu [--tm PATH] terms SUBCOMMAND [options]\n\n"
    "subcommands:\n"
    "  check [--missing] [--no-default-glossary]\n"
    "        glossary terms the TM renders in more than one way: per term the renderings found\n"
    "        in the units' English, with counts and an example (--missing: also units using none)\n"
    "  extract [--min-count 3] [--max-words 5] [--min-dice 0.6] [--limit 100]\n"
    "        frequent multi-word Vietnamese phrases, not yet in the glossary, whose units' English\n"
    "        consistently contains one phrase; printed as a glossary TSV to review and then\n"
    "        'songngu glossary import'\n\n"
    "example:\n"
    "  songngu --tm cantho.db terms check\n"
    "  songngu --tm cantho.db terms extract --min-count 2 > proposals.tsv\n";

void RequireTm(const std::string& path) {
  if (path == ":memory:") return;
  if (std::FILE* f = std::fopen(path.c_str(), "rb")) {
    std::fclose(f);
    return;
  }
  throw Error(FormatLocation(path, "no translation memory here (create one with 'songngu tm import FILE')"));
}

int Check(const GlobalOptions& global, const Args& args) {
  TermsCheckOptions options;
  bool no_default = false;
  po::options_description desc("terms check options");
  desc.add_options()("missing", po::bool_switch(&options.include_missing),
                     "also count units whose English uses none of the known renderings")(
      "no-default-glossary", po::bool_switch(&no_default), "only the TM's own glossary");
  po::positional_options_description pos;
  po::variables_map vm;
  if (!ParseArgs(args, kUsage, desc, pos, vm)) return 0;
  RequireTm(global.tm_path);
  TmStore store(global.tm_path);
  Glossary g = LoadGlossary(&store, !no_default);
  std::vector<TermVariants> found = CheckTerms(store, g, options);
  for (const TermVariants& t : found) {
    std::cout << t.vi << "\n";
    for (const TermRendering& r : t.renderings) {
      std::cout << "  " << r.count << "\t" << (r.en.empty() ? "(none of the known renderings)" : r.en) << "\n";
      for (const auto& [vi, en] : r.examples) std::cout << "      e.g. " << vi << " | " << en << "\n";
    }
  }
  // House style learned from the TM's own English: units that break it.
  HouseStyle style = LearnHouseStyle(store);
  std::vector<StyleIssue> issues = CheckHouseStyle(store, style);
  if (!issues.empty()) {
    std::cout << "house style (" << (style.lower_ward ? "ward" : "Ward") << ", "
              << (style.lower_district ? "district" : "District") << ", "
              << (style.center ? "Center" : "Centre") << ", "
              << (style.honorific_names ? "Mr./Ms. + name" : "academic title + name") << ")\n";
    for (const StyleIssue& i : issues) {
      std::cout << "  " << i.rule << "\t\"" << i.found << "\" -> \"" << i.expected
                << "\"\n      e.g. " << i.vi << " | " << i.en << "\n";
    }
  }
  if (!global.quiet) {
    std::cerr << found.size() << " terms rendered in more than one way, " << issues.size()
              << " units breaking the house style\n";
  }
  return 0;
}

int Extract(const GlobalOptions& global, const Args& args) {
  TermsExtractOptions options;
  po::options_description desc("terms extract options");
  desc.add_options()("min-count", po::value(&options.min_count)->default_value(options.min_count),
                     "units a phrase must occur in")(
      "max-words", po::value(&options.max_words)->default_value(options.max_words), "longest phrase (words)")(
      "min-dice", po::value(&options.min_dice)->default_value(options.min_dice), "lowest association (0-1)")(
      "limit", po::value(&options.limit)->default_value(options.limit), "proposals printed");
  po::positional_options_description pos;
  po::variables_map vm;
  if (!ParseArgs(args, kUsage, desc, pos, vm)) return 0;
  if (options.min_count < 1 || options.max_words < 2) throw UsageError("--min-count >= 1 and --max-words >= 2");
  RequireTm(global.tm_path);
  TmStore store(global.tm_path);
  Glossary g = LoadGlossary(&store, true);
  std::vector<TermProposal> found = ExtractTerms(store, g, options);
  std::cout << "vi\ten\tkind\tsource\tnote\n";
  for (const TermProposal& p : found) {
    char note[64];
    std::snprintf(note, sizeof note, "%lld units, dice %.2f", static_cast<long long>(p.count), p.dice);
    std::cout << p.vi << "\t" << p.en << "\tterm\tterms extract\t" << note << "\n";
  }
  if (!global.quiet) std::cerr << found.size() << " proposals\n";
  return 0;
}

int RunTerms(const GlobalOptions& global, const Args& args) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::cout << kUsage;
    return args.empty() ? 2 : 0;
  }
  Args rest(args.begin() + 1, args.end());
  if (args[0] == "check") return Check(global, rest);
  if (args[0] == "extract") return Extract(global, rest);
  throw UsageError("unknown subcommand '" + args[0] + "' (check, extract)");
}

}  // namespace

SONGNGU_COMMAND(terms, "terms", "terminology QA: terms rendered inconsistently (check), new terms (extract)",
                RunTerms);

}  // namespace songngu::cli
