// songngu search: fuzzy lookup in the translation memory.
#include <sys/stat.h>

#include <chrono>
#include <cmath>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "aligner/error.h"
#include "aligner/normalize.h"
#include "cli/command.h"
#include "tm/glossary.h"
#include "tm/store.h"
#include "tm/suggest.h"

namespace po = boost::program_options;
using json = nlohmann::json;

namespace songngu::cli {
namespace {

const char* const kUsage =
    "usage: songngu [--tm PATH] search TEXT [--from vi|en] [--min 70] [--limit 5] [--json] [--date "
    "YYYY-MM-DD]\n"
    "       songngu [--tm PATH] search --queries FILE [--min 70] [--limit 5] --json\n\n"
    "Best TM matches for TEXT, score 0-100 (word edit similarity; numbers are placeholders,\n"
    "so a unit differing only in a number scores 95-99 and its target gets the query's number,\n"
    "by value whatever its written form: the same substitution as 'suggest'; a match whose\n"
    "target still shows an old value is flagged). A sentence that is one part of a stored\n"
    "2-1 or 3-1 unit finds it, scored on that part.\n"
    "--queries: one query per line, one JSON line per query on stdout, in order.\n\n"
    "example:\n"
    "  songngu --tm news.db search \"Đã hoàn thành 11/20 nhiệm vụ\" --min 70\n";

double Round(double v, int digits) {
  double f = std::pow(10.0, digits);
  return std::round(v * f) / f;
}

json MatchJson(const TmHit& h) {
  const Match& m = h.match;
  json diffs = json::array();
  for (const DiffSpan& d : m.diffs) diffs.push_back({{"query", d.query}, {"unit", d.unit}});
  json j = {{"id", m.unit.external_id.empty() ? "songngu-" + std::to_string(m.unit.id) : m.unit.external_id},
            {"unit_id", m.unit.id},
            {"score", Round(m.score, 1)},
            {"band", m.band},
            {"source", m.source},
            {"target", m.target},
            {"review", ReviewName(m.unit.review)},
            {"origin", OriginName(m.unit.origin)},
            {"numbers_differ", m.numbers_differ},
            {"diffs", diffs}};
  if (m.numbers_differ) j["target_substituted"] = !h.stale;
  // A number or date that differs and could not be replaced: the target shows the old value.
  j["stale"] = h.stale;
  if (h.stale) j["note"] = StaleNote(h.stale_values);
  if (!h.part.empty()) j["part"] = h.part;
  return j;
}

void PrintText(const std::vector<TmHit>& hits, std::ostream& out) {
  for (const TmHit& h : hits) {
    const Match& m = h.match;
    out << std::fixed << std::setprecision(1) << m.score << "  [" << m.band << "]  "
        << (m.unit.external_id.empty() ? "#" + std::to_string(m.unit.id) : m.unit.external_id);
    if (m.unit.review == Review::kUnreviewed) out << "  (unreviewed)";
    if (h.stale)
      out << "  TARGET SHOWS THE OLD VALUE";
    else if (m.numbers_differ)
      out << "  numbers differ, substituted";
    if (!h.part.empty()) out << "  (part " << h.part << " of the unit)";
    out << "\n  source: " << m.source << "\n  target: " << m.target << "\n";
    if (h.stale) out << "  " << StaleNote(h.stale_values) << "\n";
    for (const DiffSpan& d : m.diffs) {
      out << "  differs: \"" << d.query << "\" (query) vs \"" << d.unit << "\" (unit)\n";
    }
  }
}

int Run(const GlobalOptions& global, const Args& args) {
  po::options_description opts("search options");
  std::string text, from = "vi", queries;
  SearchOptions options;
  bool as_json = false;
  std::string date;
  opts.add_options()("text", po::value(&text), "text to look up")(
      "from", po::value(&from)->default_value("vi"), "language of the text: vi or en")(
      "min", po::value(&options.min_score)->default_value(70), "lowest score shown (0-100)")(
      "limit", po::value(&options.limit)->default_value(5), "most matches shown")(
      "json", po::bool_switch(&as_json), "JSON output")(
      "max-postings", po::value(&options.max_postings)->default_value(options.max_postings),
      "index entries read per query (speed/recall trade-off on large TMs)")(
      "queries", po::value(&queries), "file with one query per line (batch mode, JSON lines)")(
      "date", po::value(&date),
      "the text's date (YYYY-MM-DD) for the glossary renderings used in substitutions");
  po::positional_options_description pos;
  pos.add("text", 1);
  po::variables_map vm;
  if (!ParseArgs(args, std::string(kUsage), opts, pos, vm)) return 0;
  if (from != "vi" && from != "en") throw UsageError("--from must be vi or en");
  if (text.empty() == queries.empty()) throw UsageError("give either TEXT or --queries FILE");
  options.from = from == "vi" ? Lang::kVi : Lang::kEn;
  struct stat st {};
  if (stat(global.tm_path.c_str(), &st) != 0) {
    throw Error(FormatLocation(global.tm_path, "no translation memory here (create one with 'songngu tm import FILE')"));
  }
  TmStore store(global.tm_path);
  const Glossary glossary = LoadGlossary(&store, true);
  auto timed = [&](const std::string& q, double* ms) {
    auto t0 = std::chrono::steady_clock::now();
    std::vector<TmHit> m = SearchTm(store, q, options, glossary, date);
    *ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return m;
  };
  if (!queries.empty()) {
    std::ifstream in(queries, std::ios::binary);
    if (!in) throw Error(FormatLocation(queries, "cannot open"));
    std::string line;
    int64_t i = 0;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (FindInvalidUtf8(line) >= 0) throw Error(FormatLine(queries, i + 1, "invalid UTF-8"));
      double ms = 0;
      std::vector<TmHit> matches = timed(line, &ms);
      json cands = json::array();
      for (const TmHit& m : matches) cands.push_back(MatchJson(m));
      std::cout << json{{"i", i}, {"ms", Round(ms, 3)}, {"candidates", cands}}.dump() << "\n";
      ++i;
    }
    if (!global.quiet) std::cerr << "searched " << i << " queries\n";
    return 0;
  }
  if (FindInvalidUtf8(text) >= 0) throw Error("query: invalid UTF-8");
  double ms = 0;
  std::vector<TmHit> matches = timed(text, &ms);
  if (as_json) {
    json cands = json::array();
    for (const TmHit& m : matches) cands.push_back(MatchJson(m));
    std::cout << json{{"query", text}, {"ms", Round(ms, 3)}, {"candidates", cands}}.dump(1) << "\n";
  } else {
    PrintText(matches, std::cout);
  }
  if (!global.quiet) std::cerr << matches.size() << " matches in " << std::fixed << std::setprecision(1) << ms << " ms\n";
  return 0;
}

}  // namespace

SONGNGU_COMMAND(search, "search", "fuzzy lookup in the translation memory", Run);

}  // namespace songngu::cli
