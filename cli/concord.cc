// songngu concord: how a phrase was rendered before, grouped by rendering.
#include <sys/stat.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "aligner/error.h"
#include "cli/command.h"
#include "tm/concord.h"
#include "tm/glossary.h"
#include "tm/tm_lexicon.h"

namespace po = boost::program_options;
using json = nlohmann::json;

namespace songngu::cli {
namespace {

const char* const kUsage =
    "usage: songngu [--tm PATH] concord PHRASE [--from vi|en] [--examples 3] [--json]\n"
    "                               [--lexicon FILE] [--no-default-glossary] [--date "
    "YYYY-MM-DD]\n\n"
    "Every unit containing PHRASE, grouped by the rendering of PHRASE on the other side.\n"
    "The rendering is a glossary rendering of the phrase where the unit uses one; otherwise\n"
    "the words the lexicon (the TM's trained one, else the shipped one) and the hits'\n"
    "statistics tie to the phrase. A unit where PHRASE only occurs inside a longer glossary\n"
    "term (\"Phó Chủ tịch ...\" for \"Chủ tịch ...\") is not a hit. Same function as "
    "/api/concordance.\n"
    "Below the renderings: the longest fragments of PHRASE (>= 2 words) that TM units hold,\n"
    "with the English each unit's word alignment gives them and the unit's id.\n\n"
    "example:\n"
    "  songngu --tm news.db concord \"Phó Bí thư Thành ủy\"\n";

int Run(const GlobalOptions& global, const Args& args) {
  po::options_description opts("concord options");
  std::string phrase, from = "vi";
  size_t examples = 3;
  bool as_json = false, no_default_glossary = false;
  std::string lexicon_path, date;
  opts.add_options()("phrase", po::value(&phrase)->required(), "phrase to look up")(
      "from", po::value(&from)->default_value("vi"), "language of the phrase: vi or en")(
      "examples", po::value(&examples)->default_value(3),
      "example units shown per rendering (text output)")("json", po::bool_switch(&as_json),
                                                         "JSON output (all units)")(
      "lexicon", po::value(&lexicon_path),
      "lexicon file (default: the TM's trained one, else the shipped one)")(
      "no-default-glossary", po::bool_switch(&no_default_glossary), "only the TM's own glossary")(
      "date", po::value(&date),
      "glossary renderings valid at this date (YYYY-MM-DD; default today)");
  po::positional_options_description pos;
  pos.add("phrase", 1);
  po::variables_map vm;
  if (!ParseArgs(args, std::string(kUsage), opts, pos, vm)) return 0;
  if (from != "vi" && from != "en") throw UsageError("--from must be vi or en");
  struct stat st {};
  if (stat(global.tm_path.c_str(), &st) != 0) {
    throw Error(FormatLocation(global.tm_path, "no translation memory here (create one with 'songngu tm import FILE')"));
  }
  const Lexicon lexicon = ResolveLexicon(lexicon_path, global.tm_path);
  TmStore store(global.tm_path);
  ConcordOptions options;
  options.from = from == "vi" ? Lang::kVi : Lang::kEn;
  options.lexicon = &lexicon;
  const Glossary glossary = LoadGlossary(&store, !no_default_glossary);
  options.glossary = &glossary;
  options.date = date;
  ConcordResult r = Concord(store, phrase, options);
  if (as_json) {
    json groups = json::array();
    for (const ConcordGroup& g : r.groups) {
      json units = json::array();
      for (const ConcordHit& h : g.hits) {
        units.push_back({{"id", h.unit.external_id.empty() ? "songngu-" + std::to_string(h.unit.id) : h.unit.external_id},
                         {"vi", h.unit.vi}, {"en", h.unit.en}, {"span", h.span},
                         {"review", ReviewName(h.unit.review)}});
      }
      groups.push_back({{"rendering", g.rendering}, {"count", g.count}, {"units", units}});
    }
    json fragments = json::array();
    for (const DraftFragment& f : r.fragments) {
      // The shape of `suggest --format json` fragments.
      fragments.push_back(
          {{"vi", f.vi}, {"en", f.en}, {"span", {f.begin, f.end}}, {"unit_id", f.unit_id}});
    }
    std::cout << json{{"phrase", phrase}, {"units", r.units}, {"groups", groups},
                      {"fragments", fragments}}
                     .dump(1)
              << "\n";
    return 0;
  }
  for (const ConcordGroup& g : r.groups) {
    std::cout << g.count << "\t" << (g.rendering.empty() ? "(no rendering found)" : g.rendering) << "\n";
    for (size_t i = 0; i < g.hits.size() && i < examples; ++i) {
      const Unit& u = g.hits[i].unit;
      std::cout << "\t  " << (options.from == Lang::kVi ? u.vi : u.en) << "\n\t  "
                << (options.from == Lang::kVi ? u.en : u.vi) << "\n";
    }
  }
  // The longest pieces of the phrase the TM holds, with the English their unit gives them.
  if (!r.fragments.empty()) std::cout << "fragments:\n";
  for (const DraftFragment& f : r.fragments) {
    std::cout << "\t" << f.vi << " = " << f.en << "\t[unit " << f.unit_id << "]\n";
  }
  if (!global.quiet) std::cerr << r.units << " units, " << r.groups.size() << " renderings\n";
  return 0;
}

}  // namespace

SONGNGU_COMMAND(concord, "concord", "how a phrase was translated before, grouped by rendering", Run);

}  // namespace songngu::cli
