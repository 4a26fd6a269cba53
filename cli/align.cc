// songngu align: sentence-align a Vietnamese and an English report of one event.
#include "aligner/align.h"

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "aligner/data_path.h"
#include "aligner/pair.h"
#include "aligner/error.h"
#include "aligner/stream.h"
#include "aligner/text.h"
#include "cli/command.h"
#include "tm/corpus.h"
#include "tm/glossary.h"
#include "tm/tm_lexicon.h"
#include "tm/wordalign.h"
#include "tm/xml_util.h"

namespace po = boost::program_options;

namespace songngu::cli {
namespace {

const char kUsage[] =
    "usage: songngu align VI_FILE EN_FILE [--format tsv|jsonl|beads|tmx] [--min-score X]\n"
    "                     [--presegmented] [--show-unlinked] [--lexicon FILE] [--store] [--force]\n"
    "       songngu align --stdin [--jobs N] [--strict] [--presegmented] < pairs.jsonl > links.jsonl\n\n"
    "Aligns the sentences of a Vietnamese and an English report of the same event\n"
    "(separate write-ups: omissions, merged sentences and crossings are expected).\n"
    "Links go to stdout in Vietnamese order; counts go to stderr.\n"
    "--store also writes the links into the TM (--tm, $SONGNGU_TM or ./songngu.db) as\n"
    "unreviewed units with their confidence and the documents' provenance, as one batch\n"
    "('songngu tm delete --batch ID' undoes it). Without --lexicon, the lexicon trained\n"
    "on the TM ('songngu lexicon train --from-tm') is used if there is one.\n"
    "Pages that do not look like reports of the same event (the evidence 'songngu pair'\n"
    "uses: shared content words, names, numbers, dates) get a note on stderr and no\n"
    "links, unless --force. --stdin records are taken as paired already.\n\n"
    "formats:\n"
    "  tsv    score<TAB>vi text<TAB>en text\n"
    "  jsonl  "
    "{\"vi_idx\":[..],\"en_idx\":[..],\"vi\":..,\"en\":..,\"score\":..,\"evidence\":{..}}\n"
    "  beads  [i,j]:[k]   (Vietnamese sentence indices first, 0-based)\n"
    "  tmx    TMX 1.4b, one <tu> per link\n\n"
    "--stdin (streaming, e.g. Spark RDD.pipe() or Hadoop streaming): reads lines\n"
    "  {\"id\":..,\"vi\":\"raw text\",\"en\":\"raw text\"} (or \"vi_path\", \"en_path\": files),\n"
    "  writes one line per link\n"
    "  {\"id\":..,\"vi_idx\":[..],\"en_idx\":[..],\"vi\":..,\"en\":..,\"score\":..}; a bad\n"
    "  record gives {\"id\":..,\"error\":..} and a message on stderr and the stream goes\n"
    "  on (exit status 0, so one bad page does not fail an engine's task); with --strict\n"
    "  the exit status is 1 when any record failed.\n\n"
    "example:\n"
    "  songngu align vi.txt en.txt --format tsv --min-score 0.7\n"
    "  songngu --tm cantho.db align vi.txt en.txt --store\n"
    "  cat pairs.jsonl | songngu align --stdin > links.jsonl";

std::string IndexList(const std::vector<int>& idx) {
  std::string out = "[";
  for (size_t k = 0; k < idx.size(); ++k) out += (k ? "," : "") + std::to_string(idx[k]);
  return out + "]";
}

std::string Score(double s) {
  std::ostringstream o;
  o << std::fixed << std::setprecision(3) << s;
  return o.str();
}

// Tabs and newlines inside a sentence would break the TSV columns.
std::string TsvField(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

// One output item: a link, or (with --show-unlinked) a sentence left alone.
struct Item {
  const Link* link = nullptr;
  int vi = -1, en = -1;  // the unlinked sentence when link is null
};

std::vector<Item> Items(const Alignment& a, bool show_unlinked) {
  std::vector<Item> items;
  for (const Link& l : a.links) items.push_back({&l, -1, -1});
  if (show_unlinked) {
    for (int i : a.unlinked_vi) items.push_back({nullptr, i, -1});
    // Vietnamese order: unlinked Vietnamese sentences take their place among
    // the links; unlinked English sentences (no Vietnamese index) follow.
    std::stable_sort(items.begin(), items.end(), [](const Item& x, const Item& y) {
      return (x.link ? x.link->vi.front() : x.vi) < (y.link ? y.link->vi.front() : y.vi);
    });
    for (int j : a.unlinked_en) items.push_back({nullptr, -1, j});
  }
  return items;
}

void WriteAlignment(const Document& vi, const Document& en, const Alignment& a,
                    const std::string& format, bool show_unlinked, std::ostream& out) {
  if (format == "tmx") {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
        << "<header creationtool=\"songngu\" creationtoolversion=\"" << Version()
        << "\" segtype=\"sentence\" o-tmf=\"songngu\" adminlang=\"en\" srclang=\"vi\" "
           "datatype=\"plaintext\"/>\n"
        << "<body>\n";
    for (const Link& l : a.links) {
      out << "<tu>\n  <prop type=\"x-songngu-score\">" << Score(l.score) << "</prop>\n"
          << "  <prop type=\"x-songngu-source\">" << XmlEscape(vi.name) << " " << IndexList(l.vi)
          << " | " << XmlEscape(en.name) << " " << IndexList(l.en) << "</prop>\n"
          << "  <tuv xml:lang=\"vi\"><seg>" << XmlEscape(JoinSentences(vi, l.vi)) << "</seg></tuv>\n"
          << "  <tuv xml:lang=\"en\"><seg>" << XmlEscape(JoinSentences(en, l.en)) << "</seg></tuv>\n</tu>\n";
    }
    out << "</body>\n</tmx>\n";
    return;
  }
  for (const Item& it : Items(a, show_unlinked)) {
    std::vector<int> vi_idx, en_idx;
    if (it.link) {
      vi_idx = it.link->vi;
      en_idx = it.link->en;
    } else if (it.vi >= 0) {
      vi_idx = {it.vi};
    } else {
      en_idx = {it.en};
    }
    if (format == "beads") {
      out << IndexList(vi_idx) << ":" << IndexList(en_idx) << "\n";
    } else if (format == "tsv") {
      out << Score(it.link->score) << "\t" << TsvField(JoinSentences(vi, vi_idx)) << "\t"
          << TsvField(JoinSentences(en, en_idx)) << "\n";
    } else {
      nlohmann::json j = {{"vi_idx", vi_idx},
                          {"en_idx", en_idx},
                          {"vi", JoinSentences(vi, vi_idx)},
                          {"en", JoinSentences(en, en_idx)}};
      if (it.link) {
        j["score"] = std::round(it.link->score * 1000) / 1000;
        j["evidence"] = nlohmann::json::parse(EvidenceJson(it.link->evidence));
      } else {
        j["score"] = 0;
      }
      out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
  }
}

const char* LanguageName(const std::string& lang) {
  return lang == "vi" ? "Vietnamese" : "English";
}

Document LoadSide(const std::string& path, const std::string& expected, bool presegmented) {
  SegmentOptions options;
  options.presegmented = presegmented;
  Document doc = LoadDocument(path, options);
  std::string lang = doc.lang.empty() ? DetectLanguage(doc.raw) : doc.lang;
  if (lang != expected) {
    throw Error(FormatLocation(
        path, std::string("looks ") + LanguageName(lang) + ", expected " + LanguageName(expected) +
                  " (give the Vietnamese file first, then the English one)"));
  }
  SONGNGU_THROW_IF(doc.sentences.empty(), FormatLocation(path, "no sentences found"));
  return doc;
}

int RunStream(const GlobalOptions& global, const AlignOptions& align, const std::string& lexicon_path, int jobs,
              bool strict, bool presegmented) {
  StreamOptions options;
  options.segment.presegmented = presegmented;
  options.align = align;
  options.jobs = jobs;
  Lexicon lexicon = lexicon_path.empty() ? Lexicon::LoadDefault() : Lexicon::Load(lexicon_path);
  StreamReport r = AlignStream(std::cin, std::cout, lexicon, options);
  for (const std::string& e : r.errors) std::cerr << "songngu align: " << e << "\n";
  if (!global.quiet) {
    std::cerr << "songngu align: " << r.records << " records, " << r.links << " links, " << r.errors.size()
              << " bad records\n";
  }
  return r.errors.empty() || !strict ? 0 : 1;
}

int RunAlign(const GlobalOptions& global, const Args& args) {
  std::string vi_path, en_path, format = "tsv", lexicon_path;
  AlignOptions options;
  bool presegmented = false, show_unlinked = false, from_stdin = false, store = false, strict = false,
       force = false;
  int jobs = 1;
  po::options_description desc("options");
  // clang-format off
  desc.add_options()
      ("vi", po::value(&vi_path), "Vietnamese file")
      ("en", po::value(&en_path), "English file")
      ("stdin", po::bool_switch(&from_stdin), "stream: JSON lines of document pairs in, links out")
      ("jobs,j", po::value(&jobs)->default_value(1), "--stdin: records aligned at once (0 = all cores)")
      ("strict", po::bool_switch(&strict), "--stdin: exit status 1 when any record failed")
      ("format", po::value(&format)->default_value("tsv"), "tsv, jsonl, beads or tmx")
      ("min-score", po::value(&options.min_score)->default_value(options.min_score),
       "drop links with a lower confidence (0..1)")
      ("presegmented", po::bool_switch(&presegmented), "one sentence per line, taken as is")
      ("show-unlinked", po::bool_switch(&show_unlinked),
       "also print sentences left unlinked (jsonl, beads)")
      ("lexicon", po::value(&lexicon_path),
       "lexicon file (default: the TM's trained lexicon if any, else data/lexicon/vi-en.lex)")
      ("store", po::bool_switch(&store), "store the links in the TM as unreviewed units")
      ("force", po::bool_switch(&force),
       "align even when the pages do not look like reports of the same event");
  // clang-format on
  po::positional_options_description pos;
  pos.add("vi", 1).add("en", 1);
  po::variables_map vm;
  if (!ParseArgs(args, kUsage, desc, pos, vm)) return 0;
  if (format != "tsv" && format != "jsonl" && format != "beads" && format != "tmx") {
    throw UsageError("unknown --format '" + format + "' (tsv, jsonl, beads or tmx)");
  }
  if (show_unlinked && (format == "tsv" || format == "tmx")) {
    throw UsageError("--show-unlinked needs --format jsonl or beads");
  }
  if (options.min_score < 0 || options.min_score > 1) throw UsageError("--min-score must be within 0..1");
  if (from_stdin) {
    if (!vi_path.empty()) throw UsageError("--stdin reads document pairs from stdin: give no files");
    if (store) throw UsageError("--store works on one pair of files; for many use 'songngu corpus build'");
    return RunStream(global, options, lexicon_path, jobs, strict, presegmented);
  }
  if (en_path.empty()) throw UsageError("give VI_FILE and EN_FILE, or --stdin");

  Document vi = LoadSide(vi_path, "vi", presegmented);
  Document en = LoadSide(en_path, "en", presegmented);
  Lexicon lexicon = ResolveLexicon(lexicon_path, global.tm_path);
  // Pages about different events with the same officials share names and
  // titles in most sentences: the document gate keeps them from being linked.
  // The gate counts links at its own confidence, whatever --min-score keeps.
  const EventGateOptions gate_options;
  AlignOptions run = options;
  run.min_score = std::min(options.min_score, gate_options.link_min_score);
  Alignment alignment = Align(vi, en, lexicon, run);
  EventGate gate = CheckSameEvent(vi, en, lexicon, alignment, gate_options);
  DropLinksBelow(options.min_score, &alignment);
  if (!gate.same_event && !force) {
    std::cerr << "songngu align: " << vi_path << " and " << en_path
              << " do not look like reports of the same event (similarity " << Score(gate.similarity)
              << ", " << gate.confident_links
              << " confident links); no links (--force aligns them anyway)\n";
    return 0;
  }
  WriteAlignment(vi, en, alignment, format, show_unlinked, std::cout);
  std::cout.flush();

  size_t vi_linked = vi.sentences.size() - alignment.unlinked_vi.size();
  size_t en_linked = en.sentences.size() - alignment.unlinked_en.size();
  if (alignment.links.empty()) {
    std::cerr << "songngu align: 0 links: no sentence pair reached --min-score "
              << Score(options.min_score) << " (no sentence in common?) between " << vi_path << " ("
              << vi.sentences.size() << " sentences) and " << en_path << " (" << en.sentences.size()
              << " sentences; event similarity " << Score(gate.similarity) << ")\n";
  } else if (!global.quiet) {
    std::cerr << "songngu align: " << alignment.links.size() << " links; linked " << vi_linked
              << "/" << vi.sentences.size() << " Vietnamese and " << en_linked << "/"
              << en.sentences.size() << " English sentences (event similarity "
              << Score(gate.similarity) << ")\n";
  }
  if (store) {
    TmStore tm(global.tm_path);
    // The stored units get their word alignment (fuzzy repair) in the same transaction.
    Glossary glossary = LoadGlossary(&tm, true);
    tm.SetWordAligner(UnitWordAligner(&lexicon, &glossary));
    StoredAlignment stored =
        StoreAlignmentBatch(tm, vi, en, alignment, "align", vi_path + " | " + en_path);
    if (!global.quiet) {
      std::cerr << "songngu align: stored " << stored.units.size() << " links in " << global.tm_path
                << " as batch " << stored.batch << " (unreviewed)\n";
    }
  }
  return 0;
}

}  // namespace

SONGNGU_COMMAND(align, "align",
                "sentence-align a Vietnamese and an English report (tsv, jsonl, beads, tmx)",
                RunAlign);

}  // namespace songngu::cli
