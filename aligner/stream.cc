#include "aligner/stream.h"

#include <cmath>
#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>

#include "aligner/error.h"
#include "aligner/json_limits.h"
#include "aligner/parallel.h"

namespace songngu {
namespace {

using nlohmann::ordered_json;

struct Record {
  size_t line = 0;
  std::string text;
  std::string output;  // JSON lines for this record
  size_t links = 0;
  std::string error;
};

std::string Dump(const ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

void Process(Record* r, const Lexicon& lexicon, const StreamOptions& options) {
  std::string where = options.input_name + ":" + std::to_string(r->line);
  ordered_json id;  // null until read
  try {
    // Not parsed at all when too deep: the record becomes its error line.
    size_t deep = FindJsonTooDeep(r->text);
    SONGNGU_THROW_IF(deep != std::string_view::npos,
                     "JSON nested deeper than " + std::to_string(kMaxJsonDepth) +
                         " levels at column " + std::to_string(deep + 1));
    ordered_json in = ordered_json::parse(r->text);
    SONGNGU_THROW_IF(!in.is_object(), "not a JSON object");
    if (in.contains("id")) id = in["id"];
    // Each side is raw text ("vi") or a file on a filesystem every worker sees ("vi_path").
    auto side = [&](const std::string& lang) {
      SegmentOptions so = options.segment;
      so.lang = lang;
      const std::string path_field = lang + "_path";
      if (!in.contains(lang) && in.contains(path_field) && in[path_field].is_string()) {
        Document doc = LoadDocument(in[path_field].get<std::string>(), so);
        doc.name = in[path_field].get<std::string>();
        return doc;
      }
      SONGNGU_THROW_IF(!in.contains(lang) || !in[lang].is_string(),
                       "\"" + lang + "\" is missing or not a string");
      return ParseDocument(in[lang].get<std::string>(), where + " " + lang, so);
    };
    Document vi = side("vi");
    Document en = side("en");
    Alignment a = Align(vi, en, lexicon, options.align);
    for (const Link& l : a.links) {
      ordered_json out;
      out["id"] = id;
      out["vi_idx"] = l.vi;
      out["en_idx"] = l.en;
      out["vi"] = JoinSentences(vi, l.vi);
      out["en"] = JoinSentences(en, l.en);
      out["score"] = std::round(l.score * 1000) / 1000;
      out["evidence"] = ordered_json::parse(EvidenceJson(l.evidence));
      r->output += Dump(out);
      ++r->links;
    }
  } catch (const std::exception& e) {
    std::string message = e.what();
    // Error messages of ParseDocument already start with the location.
    r->error = message.compare(0, where.size(), where) == 0 ? message : where + ": " + message;
    ordered_json out;
    out["id"] = id;
    out["error"] = r->error;
    r->output = Dump(out);
    r->links = 0;
  }
}

}  // namespace

std::string EvidenceJson(const Evidence& e) {
  auto r3 = [](double v) { return std::round(v * 1000) / 1000; };
  ordered_json j = {{"vi_coverage", r3(e.vi_coverage)},
                    {"en_coverage", r3(e.en_coverage)},
                    {"content_coverage", r3(e.content_coverage)},
                    {"length_delta", r3(e.length_delta)},
                    {"names", r3(e.names)},
                    {"numbers", e.numbers},
                    {"numbers_missing", e.numbers_missing},
                    {"gain", r3(e.gain)},
                    {"margin", r3(e.margin)},
                    {"crossing", e.crossing},
                    {"gap", e.gap},
                    {"lead", e.lead}};
  return j.dump();
}

StreamReport AlignStream(std::istream& in, std::ostream& out, const Lexicon& lexicon,
                         const StreamOptions& options) {
  StreamReport report;
  std::vector<Record> batch;
  size_t line_no = 0;
  auto flush = [&]() {
    ParallelFor(batch.size(), options.jobs, [&](size_t i) { Process(&batch[i], lexicon, options); });
    for (Record& r : batch) {
      out << r.output;
      report.links += r.links;
      if (!r.error.empty()) report.errors.push_back(r.error);
    }
    out.flush();
    batch.clear();
  };
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++report.records;
    batch.push_back({line_no, std::move(line), "", 0, ""});
    if (batch.size() >= std::max<size_t>(1, options.batch)) flush();
  }
  flush();
  return report;
}

}  // namespace songngu
