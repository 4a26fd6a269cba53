#include "aligner/stage_stream.h"

#include <algorithm>
#include <cmath>
#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>

#include "aligner/error.h"
#include "aligner/parallel.h"

namespace songngu {
namespace {

using nlohmann::ordered_json;

std::string Dump(const ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

// "stdin:LINE: message", without repeating a location the message starts with.
std::string Located(const std::string& where, const std::string& message) {
  return message.compare(0, where.size(), where) == 0 ? message : where + ": " + message;
}

std::string ErrorLine(const ordered_json& id, const std::string& error) {
  ordered_json out;
  out["id"] = id;
  out["error"] = error;
  return Dump(out);
}

struct PageRecord {
  size_t line = 0;
  std::string text;
  std::string output;
  std::string error;
};

void ExtractFeatures(PageRecord* r, const Lexicon& lexicon, const FeaturesStreamOptions& options) {
  std::string where = options.input_name + ":" + std::to_string(r->line);
  ordered_json id;  // null until read
  try {
    ordered_json in = ordered_json::parse(r->text);
    SONGNGU_THROW_IF(!in.is_object(), "not a JSON object");
    if (in.contains("id")) id = in["id"];
    SegmentOptions so = options.segment;
    if (in.contains("lang")) {
      SONGNGU_THROW_IF(!in["lang"].is_string(), "\"lang\" is not a string");
      so.lang = in["lang"].get<std::string>();
      SONGNGU_THROW_IF(so.lang != "vi" && so.lang != "en" && so.lang != "auto",
                       "\"lang\" must be \"vi\", \"en\" or \"auto\"");
    }
    bool has_path = in.contains("path") && in["path"].is_string();
    bool has_text = in.contains("text") && in["text"].is_string();
    SONGNGU_THROW_IF(has_path == has_text, "give one of \"path\" or \"text\" (a string)");
    Document doc = has_path ? LoadDocument(in["path"].get<std::string>(), so)
                            : ParseDocument(in["text"].get<std::string>(), where, so);
    SONGNGU_THROW_IF(doc.sentences.empty(),
                     (has_path ? in["path"].get<std::string>() : where) + ": no sentences found");
    doc.name = id.is_string() ? id.get<std::string>()
               : has_path     ? in["path"].get<std::string>()
                              : id.dump();
    PairFeatures f = ExtractPairFeatures(doc, lexicon, options.pair);
    ordered_json out;
    out["id"] = id;
    out["lang"] = f.lang;
    out["date"] = f.date;
    out["title"] = doc.meta.title;
    out["url"] = doc.meta.url;
    if (options.sentences) {
      ordered_json sentences = ordered_json::array();
      for (const Sentence& s : doc.sentences) sentences.push_back(s.text);
      out["sentences"] = std::move(sentences);
    }
    ordered_json keys = ordered_json::object();
    for (const auto& [key, count] : f.keys) keys[key] = count;
    out["keys"] = std::move(keys);
    r->output = Dump(out);
  } catch (const std::exception& e) {
    r->error = Located(where, e.what());
    r->output = ErrorLine(id, r->error);
  }
}

}  // namespace

StageReport FeaturesStream(std::istream& in, std::ostream& out, const Lexicon& lexicon,
                           const FeaturesStreamOptions& options) {
  StageReport report;
  std::vector<PageRecord> batch;
  size_t line_no = 0;
  auto flush = [&]() {
    ParallelFor(batch.size(), options.jobs,
                [&](size_t i) { ExtractFeatures(&batch[i], lexicon, options); });
    for (PageRecord& r : batch) {
      out << r.output;
      if (r.error.empty()) {
        ++report.written;
      } else {
        report.errors.push_back(r.error);
      }
    }
    out.flush();
    batch.clear();
  };
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++report.records;
    batch.push_back({line_no, std::move(line), "", ""});
    if (batch.size() >= std::max<size_t>(1, options.batch)) flush();
  }
  flush();
  return report;
}

StageReport PairStream(std::istream& in, std::ostream& out, const PairStreamOptions& options) {
  StageReport report;
  FeaturePile pile;
  size_t line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string where = options.input_name + ":" + std::to_string(line_no);
    ordered_json id;
    bool counted = false;
    try {
      ordered_json j = ordered_json::parse(line);
      if (j.is_object() && j.contains("error")) continue;  // reported by the stage that made it
      ++report.records;
      counted = true;
      SONGNGU_THROW_IF(!j.is_object(), "not a JSON object");
      if (j.contains("id")) id = j["id"];
      PairFeatures f;
      // Ids travel as JSON text, so any id comes back as it was given.
      f.id = id.dump();
      SONGNGU_THROW_IF(!j.contains("lang") || !j["lang"].is_string(),
                       "\"lang\" is missing or not a string");
      f.lang = j["lang"].get<std::string>();
      SONGNGU_THROW_IF(f.lang != "vi" && f.lang != "en", "\"lang\" must be \"vi\" or \"en\"");
      if (j.contains("date") && j["date"].is_string()) f.date = j["date"].get<std::string>();
      SONGNGU_THROW_IF(!j.contains("keys") || !j["keys"].is_object(),
                       "\"keys\" is missing or not an object");
      for (const auto& [key, count] : j["keys"].items()) {
        SONGNGU_THROW_IF(
            !count.is_number() || !std::isfinite(count.get<double>()) || !(count.get<double>() > 0),
            "key \"" + key + "\" has no positive count");
        f.keys.emplace_back(key, count.get<double>());
      }
      std::sort(f.keys.begin(), f.keys.end());
      pile.Add(f);
    } catch (const std::exception& e) {
      if (!counted) ++report.records;
      std::string error = Located(where, e.what());
      report.errors.push_back(error);
      out << ErrorLine(id, error);
    }
  }
  PairResult result = pile.Pair(options.pair);
  auto write = [&](const size_t* vi, const size_t* en, double confidence, double similarity) {
    ordered_json j;
    j["vi"] = vi ? ordered_json::parse(pile.id(*vi)) : ordered_json();
    j["en"] = en ? ordered_json::parse(pile.id(*en)) : ordered_json();
    j["confidence"] = vi && en ? std::round(confidence * 1000) / 1000 : 0.0;
    if (vi && en) j["similarity"] = std::round(similarity * 1000) / 1000;
    out << Dump(j);
    ++report.written;
  };
  for (const DocumentPair& p : result.pairs) write(&p.vi, &p.en, p.confidence, p.similarity);
  for (size_t v : result.unpaired_vi) write(&v, nullptr, 0, 0);
  for (size_t e : result.unpaired_en) write(nullptr, &e, 0, 0);
  out.flush();
  return report;
}

}  // namespace songngu
