// songngu features: the first corpus stage as a JSON-lines filter (page ->
// what pairing needs of it), for Dask, Spark RDD.pipe() or Hadoop streaming.
#include <iostream>

#include "aligner/stage_stream.h"
#include "cli/command.h"

namespace po = boost::program_options;

namespace songngu::cli {
namespace {

const char kUsage[] =
    "usage: songngu features --stdin [--no-sentences] [--jobs N] [--strict] < pages.jsonl > "
    "features.jsonl\n\n"
    "Reads one page per line, {\"id\":..,\"path\":\"FILE\"} or {\"id\":..,\"text\":\"raw page\"}\n"
    "(optionally \"lang\":\"vi\"|\"en\"), and writes what document pairing needs of it:\n"
    "  {\"id\":..,\"lang\":\"vi\",\"date\":\"2024-05-28\",\"title\":..,\"url\":..,\n"
    "   \"sentences\":[..],\"keys\":{\"w:meet\":2,\"name:tran viet "
    "truong\":1,\"code:98/nq-cp\":1,..}}\n"
    "keys: English word stems (Vietnamese words through the lexicon), names without\n"
    "diacritics, numbers, document codes and dates, with their counts. The lines go\n"
    "to 'songngu pair --stdin'. A bad page (unreadable, binary, empty, invalid UTF-8)\n"
    "gives {\"id\":..,\"error\":..} and a message on stderr, and the stream goes on;\n"
    "the exit status is 1 for that only with --strict.\n\n"
    "example:\n"
    "  printf '{\"id\":\"a\",\"path\":\"crawl/vi/a.html\",\"lang\":\"vi\"}\\n' | songngu features "
    "--stdin";

int RunFeatures(const GlobalOptions& global, const Args& args) {
  bool from_stdin = false, no_sentences = false, strict = false;
  std::string lexicon_path;
  FeaturesStreamOptions options;
  po::options_description desc("options");
  // clang-format off
  desc.add_options()
      ("stdin", po::bool_switch(&from_stdin), "read pages as JSON lines on stdin (the only mode)")
      ("no-sentences", po::bool_switch(&no_sentences), "leave the cleaned sentences out (pairing needs only keys)")
      ("jobs,j", po::value(&options.jobs)->default_value(1), "pages processed at once (0 = all cores)")
      ("strict", po::bool_switch(&strict), "exit status 1 when any page failed")
      ("lexicon", po::value(&lexicon_path), "lexicon file (default: the shipped vi-en lexicon)");
  // clang-format on
  po::variables_map vm;
  if (!ParseArgs(args, kUsage, desc, po::positional_options_description(), vm)) return 0;
  if (!from_stdin) throw UsageError("give --stdin (pages as JSON lines on stdin)");
  options.sentences = !no_sentences;
  Lexicon lexicon = lexicon_path.empty() ? Lexicon::LoadDefault() : Lexicon::Load(lexicon_path);
  std::ios::sync_with_stdio(false);
  StageReport r = FeaturesStream(std::cin, std::cout, lexicon, options);
  for (const std::string& e : r.errors) std::cerr << "songngu features: " << e << "\n";
  if (!global.quiet) {
    std::cerr << "songngu features: " << r.records << " pages, " << r.written << " written, "
              << r.errors.size() << " bad\n";
  }
  return r.errors.empty() || !strict ? 0 : 1;
}

}  // namespace

SONGNGU_COMMAND(features, "features", "page -> pairing features, as a JSON-lines filter (--stdin)",
                RunFeatures);

}  // namespace songngu::cli
