// songngu segment: the text pipeline on one file, for inspection and scripts.
#include <iostream>
#include <nlohmann/json.hpp>

#include "aligner/text.h"
#include "cli/command.h"

namespace po = boost::program_options;

namespace songngu::cli {
namespace {

const char kUsage[] =
    "usage: songngu segment FILE [--lang vi|en|auto] [--format text|jsonl] [--lenient]\n"
    "                            [--presegmented] [--keep-furniture] [--input text|html|auto]\n"
    "                            [--encoding NAME] [--max-sentence-words 150]\n\n"
    "Splits a news page (plain text or HTML; UTF-8, UTF-16 with BOM, Windows-1258 or another\n"
    "legacy charset) into sentences. Page furniture (menus, share/print widgets, dates,\n"
    "bylines, copyright, photo credits, news-agency end marks \"./.\") is not printed as\n"
    "sentences; the date, author and translator found in it are reported as metadata.\n"
    "Sentences longer than --max-sentence-words are cut at clause boundaries (; : - ,).\n\n"
    "Output (stdout):\n"
    "  text   one sentence per line; a summary (language, counts, metadata) goes to stderr\n"
    "  jsonl  one JSON object per sentence: {\"text\", \"kind\" (headline|caption|body),\n"
    "         \"begin\", \"end\" (byte offsets into the decoded input)}, then one last line\n"
    "         {\"meta\": {\"name\", \"lang\", \"encoding\", \"title\", \"date\", \"date_text\", "
    "\"author\",\n"
    "         \"translator\", \"url\", \"replaced\", \"furniture\": [...]}}\n\n"
    "Exit status: 0 ok; 1 unreadable, empty, binary or invalid input; 2 wrong usage.\n\n"
    "example:\n"
    "  songngu segment data/samples/vi-report.txt\n"
    "  songngu segment data/samples/vi-report.html --format jsonl\n";

int RunSegment(const GlobalOptions& global, const Args& args) {
  SegmentOptions options;
  std::string file;
  std::string format = "text";
  po::options_description desc("options");
  // clang-format off
  desc.add_options()
      ("file", po::value(&file)->required(), "input file")
      ("lang", po::value(&options.lang)->default_value(options.lang), "vi, en or auto (detect)")
      ("format", po::value(&format)->default_value(format), "output: text or jsonl")
      ("input", po::value(&options.format)->default_value(options.format),
       "input format: text, html or auto (sniff for markup)")
      ("encoding", po::value(&options.encoding)->default_value(options.encoding),
       "input charset (ICU name, e.g. windows-1258) or auto")
      ("lenient", po::bool_switch(&options.lenient), "replace invalid UTF-8 with U+FFFD (counted)")
      ("presegmented", po::bool_switch(&options.presegmented),
       "input is one sentence per line: take lines as they are")
      ("keep-furniture", po::bool_switch(&options.keep_furniture),
       "print furniture lines as sentences too (to check what was removed)")
      ("max-sentence-words", po::value(&options.max_sentence_words)
           ->default_value(options.max_sentence_words),
       "cut longer sentences at clause boundaries or at this length (0: no limit)");
  // clang-format on
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  if (!ParseArgs(args, kUsage, desc, positional, vm)) return 0;
  if (format != "text" && format != "jsonl") throw UsageError("--format must be text or jsonl");
  if (options.lang != "vi" && options.lang != "en" && options.lang != "auto") {
    throw UsageError("--lang must be vi, en or auto");
  }
  if (options.format != "text" && options.format != "html" && options.format != "auto") {
    throw UsageError("--input must be text, html or auto");
  }

  Document doc = LoadDocument(file, options);
  const DocumentMeta& m = doc.meta;
  if (format == "jsonl") {
    for (const Sentence& s : doc.sentences) {
      nlohmann::json j = {
          {"text", s.text}, {"kind", SegmentKindName(s.kind)}, {"begin", s.begin}, {"end", s.end}};
      std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
    nlohmann::json meta = {{"name", doc.name},
                           {"lang", doc.lang},
                           {"encoding", m.encoding},
                           {"title", m.title},
                           {"date", m.date},
                           {"date_text", m.date_text},
                           {"author", m.author},
                           {"translator", m.translator},
                           {"url", m.url},
                           {"replaced", m.replaced},
                           {"furniture", m.furniture}};
    std::cout << nlohmann::json{{"meta", meta}}.dump(-1, ' ', false,
                                                     nlohmann::json::error_handler_t::replace)
              << "\n";
  } else {
    for (const Sentence& s : doc.sentences) std::cout << s.text << "\n";
  }
  std::cout.flush();
  if (!global.quiet) {
    size_t headlines = 0, captions = 0;
    for (const Sentence& s : doc.sentences) {
      headlines += s.kind == SegmentKind::kHeadline;
      captions += s.kind == SegmentKind::kCaption;
    }
    std::cerr << file << ": " << doc.lang << ", " << m.encoding << ", " << doc.sentences.size()
              << " sentences (" << headlines << " headline, " << captions << " caption), "
              << m.furniture.size() << " furniture lines";
    if (!m.date.empty()) std::cerr << "; date " << m.date;
    if (!m.author.empty()) std::cerr << "; author " << m.author;
    if (!m.translator.empty()) std::cerr << "; translator " << m.translator;
    if (m.replaced > 0) std::cerr << "; " << m.replaced << " invalid UTF-8 sequences replaced";
    std::cerr << "\n";
  }
  return 0;
}

}  // namespace

SONGNGU_COMMAND(segment, "segment", "split a news page into sentences (furniture removed)",
                RunSegment);

}  // namespace songngu::cli
