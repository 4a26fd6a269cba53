// songngu suggest: translation suggestions for a new Vietnamese release.
#include "tm/suggest.h"

#include <sys/stat.h>

#include <iostream>
#include <memory>

#include "aligner/text.h"
#include "cli/command.h"
#include "tm/glossary.h"
#include "tm/store.h"
#include "tm/tm_lexicon.h"

namespace po = boost::program_options;

namespace songngu::cli {
namespace {

const char kUsage[] =
    "usage: songngu [--tm PATH] suggest RELEASE_FILE [--format text|json|xliff] [--min 70]\n"
    "                                   [--max 3] [--date YYYY-MM-DD] [--no-default-glossary]\n"
    "                                   [--draft repair|copy|terms]\n\n"
    "For each sentence of a Vietnamese release (plain text or HTML, through the text pipeline):\n"
    "the best TM matches (score, band, differing words, numbers substituted), the official\n"
    "titles and bodies found by the glossary (shipped default plus the TM's own glossary,\n"
    "which wins), names/places/numbers/dates in English conventions, and a draft: an exact\n"
    "match's translation; else the best fuzzy match's translation repaired (what differs\n"
    "replaced through the unit's word alignment by a glossary term, entity or TM fragment;\n"
    "what could not be repaired is listed as NOT REPAIRED); else TM fragments, terms, names\n"
    "and numbers assembled. The draft never holds markers; the repairs are listed below it.\n"
    "Run 'songngu tm wordalign' once for better repairs on a large TM.\n\n"
    "Output (stdout):\n"
    "  text   readable in a terminal (colours only when stdout is a terminal)\n"
    "  json   one object per sentence, in order: {\"i\", \"source\", \"kind\", \"draft\", "
    "\"draft_kind\",\n"
    "         \"repairs\": [{\"vi_was\", \"vi_now\", \"en_was\", \"en_now\", \"source\", "
    "\"repaired\"}],\n"
    "         \"fragments\": [{\"vi\", \"en\", \"span\", \"source\", \"unit_id\"}], \"matches\": "
    "[{\"id\",\n"
    "         \"score\", \"band\", \"source\", \"target\", \"diff\": [{\"op\", \"source\", "
    "\"match\"}]}], \"terms\":\n"
    "         [{\"vi\", \"en\", \"span\": [begin, end]}], \"entities\": [{\"vi\", \"en\", "
    "\"type\"}]}\n"
    "  xliff  XLIFF 2.0 (matches in the mtc module, terms in gls) for OmegaT, memoQ, Trados;\n"
    "         once translated, 'songngu tm import FILE.xlf' stores it in the TM\n\n"
    "Without a TM file the glossary, names and numbers are still suggested.\n\n"
    "example:\n"
    "  songngu --tm cantho.db suggest data/samples/vi-new-release.txt --format xliff > new.xlf\n";

bool Exists(const std::string& path) {
  struct stat st {};
  return stat(path.c_str(), &st) == 0;
}

int RunSuggest(const GlobalOptions& global, const Args& args) {
  std::string file, format = "text";
  SuggestOptions options;
  bool no_default = false;
  po::options_description desc("options");
  desc.add_options()("file", po::value(&file)->required(), "the Vietnamese release")(
      "format", po::value(&format)->default_value(format), "text, json or xliff")(
      "min", po::value(&options.min_score)->default_value(options.min_score),
      "lowest match score shown (0-100)")(
      "max", po::value(&options.max_matches)->default_value(options.max_matches),
      "matches per sentence")("date", po::value(&options.date),
                              "the release's date for glossary validity (default: from the page)")(
      "no-default-glossary", po::bool_switch(&no_default), "use only the TM's own glossary")(
      "draft", po::value(&options.draft_mode)->default_value(options.draft_mode),
      "repair (the best match repaired, or TM fragments), copy (the best match as stored) or "
      "terms (glossary terms and entities only)");
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  if (!ParseArgs(args, kUsage, desc, positional, vm)) return 0;
  if (format != "text" && format != "json" && format != "xliff") {
    throw UsageError("--format must be text, json or xliff");
  }
  if (options.draft_mode != "repair" && options.draft_mode != "copy" &&
      options.draft_mode != "terms") {
    throw UsageError("--draft must be repair, copy or terms");
  }
  if (options.min_score < 0 || options.min_score > 100) throw UsageError("--min must be between 0 and 100");
  if (options.max_matches < 1) throw UsageError("--max must be at least 1");

  SegmentOptions so;
  so.lang = "vi";
  Document release = LoadDocument(file, so);
  bool have_tm = global.tm_path == ":memory:" || Exists(global.tm_path);
  if (!have_tm && !global.quiet) {
    std::cerr << "songngu suggest: no TM at " << global.tm_path << "; glossary, names and numbers only\n";
  }
  // Opened writable so an older file's schema is migrated (glossary tables).
  TmStore store(have_tm ? global.tm_path : ":memory:");
  Glossary glossary = LoadGlossary(&store, !no_default);
  // Word alignment of units `tm wordalign` has not aligned: the TM's own lexicon, else the shipped
  // one.
  const Lexicon lexicon = ResolveLexicon("", have_tm ? global.tm_path : "");
  options.lexicon = &lexicon;
  std::vector<SentenceSuggestion> all = Suggest(release, store, glossary, options);

  if (format == "xliff") {
    WriterOptions wo;
    wo.original = file;
    std::cout << WriteSuggestionsXliff(all, wo);
  } else {
    WriterOptions wo;
    wo.color = StdoutIsTty();
    for (const SentenceSuggestion& s : all) {
      std::cout << (format == "json" ? WriteSuggestionJson(s) + "\n" : WriteSuggestionText(s, wo) + "\n");
    }
  }
  std::cout.flush();
  if (!global.quiet) {
    size_t exact = 0, fuzzy = 0, terms = 0;
    for (const SentenceSuggestion& s : all) {
      if (!s.matches.empty()) (s.matches[0].score >= 100 ? exact : fuzzy) += 1;
      terms += s.terms.size();
    }
    std::cerr << all.size() << " sentences: " << exact << " exact, " << fuzzy << " fuzzy, "
              << all.size() - exact - fuzzy << " without a match; " << terms << " glossary terms ("
              << glossary.size() << " entries)\n";
  }
  return 0;
}

}  // namespace

SONGNGU_COMMAND(suggest, "suggest", "translation suggestions for a new Vietnamese release (text, JSON, XLIFF)",
                RunSuggest);

}  // namespace songngu::cli
