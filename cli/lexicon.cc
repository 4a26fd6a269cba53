// songngu lexicon: train a translation lexicon from sentence pairs, look words up.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "aligner/error.h"
#include "aligner/ibm1.h"
#include "aligner/lexicon.h"
#include "aligner/normalize.h"
#include "cli/command.h"

namespace po = boost::program_options;

namespace songngu::cli {
namespace {

const char kUsage[] =
    "usage: songngu lexicon train --parallel VI_FILE EN_FILE [--iterations N] [--out FILE]\n"
    "       songngu lexicon lookup WORD... [--lexicon FILE] [--limit N]\n\n"
    "train   IBM Model 1 (diagonal prior, EM in both directions) on a parallel text,\n"
    "        one sentence per line, line i of VI_FILE translating line i of EN_FILE;\n"
    "        the starting lexicon (default: the shipped one) groups Vietnamese words\n"
    "        and serves as the prior. Writes a lexicon file for --lexicon.\n"
    "lookup  prints the translations of Vietnamese words (key<TAB>English stem<TAB>p(en|vi))\n"
    "        or, for English words, their Vietnamese sources (stem<TAB>key<TAB>p(vi|en)).\n\n"
    "examples:\n"
    "  songngu lexicon train --parallel talks.vi talks.en --out talks.lex\n"
    "  songngu lexicon lookup \"nghị quyết\" nhiệm_vụ resolution\n";

Lexicon LoadLexicon(const po::variables_map& vm) {
  return vm.count("lexicon") ? Lexicon::Load(vm["lexicon"].as<std::string>()) : Lexicon::LoadDefault();
}

// The lines of a text file; throws naming the file and line on invalid UTF-8.
std::vector<std::string> ReadLines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  SONGNGU_THROW_IF(!in, FormatLocation(path, "cannot open"));
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    long bad = FindInvalidUtf8(line);
    SONGNGU_THROW_IF(bad >= 0, FormatLine(path, static_cast<int64_t>(lines.size()) + 1, "invalid UTF-8"));
    lines.push_back(std::move(line));
  }
  SONGNGU_THROW_IF(in.bad(), FormatLocation(path, "read error"));
  return lines;
}

int Train(const GlobalOptions& global, const Args& args) {
  po::options_description options("lexicon train options");
  std::vector<std::string> parallel;
  std::string out;
  Ibm1Options ibm1;
  options.add_options()
      ("parallel", po::value<std::vector<std::string>>(&parallel)->multitoken()->required(),
       "VI_FILE EN_FILE: sentence-aligned text files, one sentence per line")
      ("iterations", po::value<int>(&ibm1.iterations)->default_value(ibm1.iterations), "EM iterations")
      ("threads", po::value<int>(&ibm1.threads)->default_value(ibm1.threads), "E-step threads")
      ("prior-weight", po::value<double>(&ibm1.prior_weight)->default_value(ibm1.prior_weight),
       "dictionary pseudo-counts per word")
      ("lexicon", po::value<std::string>(), "starting lexicon: grouping and prior (default: the shipped one)")
      ("out", po::value<std::string>(&out)->default_value("lexicon.lex"), "lexicon file to write");
  po::variables_map vm;
  Args rest(args.begin() + 1, args.end());
  if (!ParseArgs(rest, kUsage, options, po::positional_options_description(), vm)) return 0;
  if (parallel.size() != 2) throw UsageError("--parallel takes two files: VI_FILE EN_FILE");
  SONGNGU_THROW_IF(ibm1.iterations < 0 || ibm1.threads < 1 || ibm1.prior_weight < 0,
                   "songngu lexicon train: --iterations, --prior-weight must be >= 0 and --threads >= 1");

  std::vector<std::string> vi = ReadLines(parallel[0]);
  std::vector<std::string> en = ReadLines(parallel[1]);
  SONGNGU_THROW_IF(vi.size() != en.size(),
                   FormatLocation(parallel[1], std::to_string(en.size()) + " lines, but " + parallel[0] + " has " +
                                                   std::to_string(vi.size()) + ": the files must be line-aligned"));
  std::vector<std::pair<std::string, std::string>> pairs;
  size_t empty = 0;
  for (size_t i = 0; i < vi.size(); ++i) {
    if (MatchingKey(vi[i]).empty() || MatchingKey(en[i]).empty()) {
      ++empty;
      continue;
    }
    pairs.emplace_back(std::move(vi[i]), std::move(en[i]));
  }
  SONGNGU_THROW_IF(pairs.empty(), FormatLocation(parallel[0], "no non-empty sentence pairs to train on"));
  const Lexicon prior = LoadLexicon(vm);
  std::vector<TokenPair> tokens = TokenizePairs(prior, pairs, ibm1.threads);
  Lexicon trained = TrainIbm1(tokens, prior, ibm1, [&](int it, int total) {
    if (!global.quiet && StderrIsTty()) std::cerr << "\rEM iteration " << it << "/" << total << std::flush;
  });
  if (!global.quiet && StderrIsTty() && ibm1.iterations > 0) std::cerr << "\n";
  trained.Save(out);
  if (!global.quiet) {
    std::cerr << "trained on " << pairs.size() << " sentence pairs";
    if (empty > 0) std::cerr << " (" << empty << " with an empty side skipped)";
    std::cerr << "; wrote " << trained.size() << " entries to " << out << "\n";
  }
  return 0;
}

int Lookup(const GlobalOptions&, const Args& args) {
  po::options_description options("lexicon lookup options");
  std::vector<std::string> words;
  size_t limit = 10;
  options.add_options()
      ("word", po::value<std::vector<std::string>>(&words), "Vietnamese or English word(s)")
      ("lexicon", po::value<std::string>(), "lexicon file (default: the shipped one)")
      ("limit", po::value<size_t>(&limit)->default_value(limit), "translations per word");
  po::positional_options_description positional;
  positional.add("word", -1);
  po::variables_map vm;
  Args rest(args.begin() + 1, args.end());
  if (!ParseArgs(rest, kUsage, options, positional, vm)) return 0;
  if (words.empty()) throw UsageError("lookup needs at least one WORD");
  const Lexicon lexicon = LoadLexicon(vm);
  int missing = 0;
  for (const std::string& word : words) {
    bool found = false;
    std::string spaced = word;
    for (char& c : spaced) {
      if (c == '_') c = ' ';
    }
    for (const std::string& vi : lexicon.GroupVietnamese(spaced)) {
      for (const auto& [en, p] : lexicon.Translations(vi, limit)) {
        std::printf("%s\t%s\t%.4g\n", vi.c_str(), en.c_str(), p);
        found = true;
      }
    }
    if (!found) {
      for (const std::string& en : lexicon.EnglishTokens(spaced)) {
        for (const auto& [vi, p] : lexicon.Sources(en, limit)) {
          std::printf("%s\t%s\t%.4g\n", en.c_str(), vi.c_str(), p);
          found = true;
        }
      }
    }
    if (!found) {
      std::fprintf(stderr, "songngu lexicon lookup: \"%s\" is not in the lexicon\n", word.c_str());
      ++missing;
    }
  }
  return missing > 0 ? 1 : 0;
}

int Run(const GlobalOptions& global, const Args& args) {
  if (args.empty()) throw UsageError("missing subcommand: train or lookup");
  if (args[0] == "--help" || args[0] == "-h") {
    std::cout << kUsage;
    return 0;
  }
  if (args[0] == "train") return Train(global, args);
  if (args[0] == "lookup") return Lookup(global, args);
  throw UsageError("unknown subcommand \"" + args[0] + "\" (expected train or lookup)");
}

}  // namespace

SONGNGU_COMMAND(lexicon, "lexicon", "train a translation lexicon from sentence pairs; look words up", Run);

}  // namespace songngu::cli
