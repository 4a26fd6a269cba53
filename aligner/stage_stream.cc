#include "aligner/stage_stream.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <istream>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <sstream>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

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

namespace {

// A features line -> PairFeatures (ids as JSON text, so that any id comes back
// as it was given; order by the id's string value). Throws on a bad line.
PairFeatures ParseFeatures(const ordered_json& j, ordered_json* id) {
  SONGNGU_THROW_IF(!j.is_object(), "not a JSON object");
  if (j.contains("id")) *id = j["id"];
  PairFeatures f;
  f.id = id->dump();
  f.order = id->is_string() ? id->get<std::string>() : f.id;
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
  return f;
}

// Reads feature lines: calls `use` for each good one, writes an error line
// for each bad one, skips error lines of the stage before.
template <typename Use>
void ReadFeatures(std::istream& in, std::ostream& out, const std::string& input_name,
                  StageReport* report, const Use& use) {
  size_t line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string where = input_name + ":" + std::to_string(line_no);
    ordered_json id;
    bool counted = false;
    try {
      ordered_json j = ordered_json::parse(line);
      if (j.is_object() && j.contains("error")) continue;  // reported by the stage that made it
      ++report->records;
      counted = true;
      use(ParseFeatures(j, &id), line);
    } catch (const std::exception& e) {
      if (!counted) ++report->records;
      std::string error = Located(where, e.what());
      report->errors.push_back(error);
      out << ErrorLine(id, error);
    }
  }
}

// `id_of` gives a document's id (JSON text) by its index.
void WritePairs(const PairResult& result, const std::function<std::string(size_t)>& id_of,
                std::ostream& out, StageReport* report) {
  auto write = [&](const size_t* vi, const size_t* en, double confidence, double similarity) {
    ordered_json j;
    j["vi"] = vi ? ordered_json::parse(id_of(*vi)) : ordered_json();
    j["en"] = en ? ordered_json::parse(id_of(*en)) : ordered_json();
    j["confidence"] = vi && en ? std::round(confidence * 1000) / 1000 : 0.0;
    if (vi && en) j["similarity"] = std::round(similarity * 1000) / 1000;
    out << Dump(j);
    ++report->written;
  };
  for (const DocumentPair& p : result.pairs) write(&p.vi, &p.en, p.confidence, p.similarity);
  for (size_t v : result.unpaired_vi) write(&v, nullptr, 0, 0);
  for (size_t e : result.unpaired_en) write(nullptr, &e, 0, 0);
  out.flush();
}

std::string ShardKey(long shard) {
  char key[32];
  // Offset so that C-locale sorting of the text is numeric order (dates 0000-9999).
  std::snprintf(key, sizeof key, "%08ld", shard + 10000000L);
  return key;
}

}  // namespace

StageReport PairStream(std::istream& in, std::ostream& out, const PairStreamOptions& options) {
  StageReport report;
  FeaturePile pile;
  ReadFeatures(in, out, options.input_name, &report,
               [&](const PairFeatures& f, const std::string&) { pile.Add(f); });
  PairResult result = pile.Pair(options.pair);
  WritePairs(
      result, [&](size_t i) { return pile.id(i); }, out, &report);
  return report;
}

StageReport PairRouteStream(std::istream& in, std::ostream& out, const PairStreamOptions& options) {
  StageReport report;
  std::ostringstream errors;
  ReadFeatures(in, errors, options.input_name, &report,
               [&](const PairFeatures& f, const std::string& line) {
                 ShardRange r = PairShards(f.lang, f.date, options.pair);
                 if (r.all) {
                   out << "*\t" << line << "\n";
                 } else {
                   for (long s = r.first; s <= r.last; ++s)
                     out << ShardKey(s) << "\t" << line << "\n";
                 }
                 ++report.written;
               });
  // Bad lines travel to the reducer under "!", which passes them on.
  std::istringstream bad(errors.str());
  for (std::string line; std::getline(bad, line);) out << "!\t" << line << "\n";
  out.flush();
  return report;
}

StageReport PairCandidatesStream(std::istream& in, std::ostream& out,
                                 const PairStreamOptions& options) {
  StageReport report;
  std::vector<PairFeatures> undated;  // every shard's
  // Shards are grouped as GroupShards does: a group closes when it holds
  // shard_min_documents Vietnamese documents; a last, smaller group joins the
  // one before, so a closed group is held until the next one closes.
  struct Group {
    std::vector<PairFeatures> docs;
    std::unordered_set<std::string> ids;  // an English document comes under several shards
    size_t vi = 0;
    void Add(PairFeatures f) {
      if (!ids.insert(f.id).second) return;
      vi += f.lang == "vi";
      docs.push_back(std::move(f));
    }
  };
  Group open;
  std::optional<Group> held;
  auto pair_group = [&](Group* group) {
    FeaturePile pile;
    for (const PairFeatures& f : undated) pile.Add(f);
    for (const PairFeatures& f : group->docs) pile.Add(f);
    std::vector<size_t> members(pile.size());
    for (size_t i = 0; i < members.size(); ++i) members[i] = i;
    for (const PairCandidate& c : pile.ShardCandidates(members, options.pair)) {
      ordered_json j;
      j["vi"] = ordered_json::parse(pile.id(c.vi));
      j["en"] = ordered_json::parse(pile.id(c.en));
      j["similarity"] = c.similarity;
      out << Dump(j);
      ++report.written;
    }
  };
  auto end_of_shard = [&]() {
    if (open.vi < options.pair.shard_min_documents) return;
    if (held) pair_group(&*held);
    held = std::move(open);
    open = Group();
  };
  std::string last_key;
  bool any_shard = false;
  size_t line_no = 0;
  std::string line;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string where = options.input_name + ":" + std::to_string(line_no);
    size_t tab = line.find('\t');
    std::string key = tab == std::string::npos ? "" : line.substr(0, tab);
    if (key == "!") {
      out << line.substr(tab + 1) << "\n";
      continue;
    }
    if (key != "*" &&
        (key.size() != 8 || key.find_first_not_of("0123456789") != std::string::npos)) {
      ++report.records;
      std::string error = where + ": expected SHARD<TAB>features (the output of pair --route)";
      report.errors.push_back(error);
      out << ErrorLine(ordered_json(), error);
      continue;
    }
    if (key != last_key && !last_key.empty() && (key < last_key || (key == "*" && any_shard))) {
      ++report.records;
      report.errors.push_back(
          where + ": shard " + key + " after " + last_key +
          ": input not sorted by shard (LC_ALL=C sort -t$'\\t' -k1,1); the rest is not paired");
      out << ErrorLine(ordered_json(), report.errors.back());
      out.flush();
      return report;
    }
    if (key != "*" && key != last_key) {
      if (any_shard) end_of_shard();
      any_shard = true;
    }
    last_key = key;
    std::istringstream one(line.substr(tab + 1));
    StageReport sub;
    ReadFeatures(one, out, where, &sub, [&](const PairFeatures& f, const std::string&) {
      if (key == "*") {
        undated.push_back(f);
      } else {
        open.Add(f);
      }
    });
    report.records += sub.records;
    for (std::string& e : sub.errors) report.errors.push_back(std::move(e));
  }
  if (any_shard) {
    end_of_shard();
    if (!open.docs.empty() && held) {  // too few: join the group before
      for (PairFeatures& f : open.docs) held->Add(std::move(f));
      open = Group();
    }
    if (held) pair_group(&*held);
    if (!open.docs.empty()) pair_group(&open);
  } else if (!undated.empty()) {
    pair_group(&open);  // a pile without dates: one shard of all
  }
  out.flush();
  return report;
}

StageReport PairChooseStream(std::istream& in, std::ostream& out,
                             const PairStreamOptions& options) {
  StageReport report;
  std::vector<PairDoc> docs;
  std::unordered_map<std::string, size_t> index;  // id (JSON text) -> docs
  std::vector<std::tuple<std::string, std::string, double, size_t>>
      named;  // vi, en, similarity, line
  size_t line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string where = options.input_name + ":" + std::to_string(line_no);
    ordered_json id;
    try {
      ordered_json j = ordered_json::parse(line);
      SONGNGU_THROW_IF(!j.is_object(), "not a JSON object");
      if (j.contains("error")) continue;  // reported by the stage that made it
      ++report.records;
      if (j.contains("similarity")) {
        SONGNGU_THROW_IF(!j.contains("vi") || !j.contains("en") || !j["similarity"].is_number(),
                         "a candidate needs \"vi\", \"en\" and a numeric \"similarity\"");
        named.emplace_back(j["vi"].dump(), j["en"].dump(), j["similarity"].get<double>(), line_no);
        continue;
      }
      if (j.contains("id")) id = j["id"];
      SONGNGU_THROW_IF(
          !j.contains("id") || !j.contains("lang") || !j["lang"].is_string(),
          "expected a candidate {\"vi\",\"en\",\"similarity\"} or a document {\"id\",\"lang\"}");
      PairDoc d;
      d.id = id.dump();
      d.order = id.is_string() ? id.get<std::string>() : d.id;
      d.lang = j["lang"].get<std::string>();
      SONGNGU_THROW_IF(d.lang != "vi" && d.lang != "en", "\"lang\" must be \"vi\" or \"en\"");
      if (index.emplace(d.id, docs.size()).second) docs.push_back(std::move(d));
    } catch (const std::exception& e) {
      std::string error = Located(where, e.what());
      report.errors.push_back(error);
      out << ErrorLine(id, error);
    }
  }
  std::vector<PairCandidate> candidates;
  for (const auto& [vi, en, similarity, line] : named) {
    auto v = index.find(vi), e = index.find(en);
    if (v == index.end() || e == index.end() || docs[v->second].lang != "vi" ||
        docs[e->second].lang != "en") {
      std::string error =
          options.input_name + ":" + std::to_string(line) +
          ": the candidate names a document missing from the input (or of the wrong language)";
      report.errors.push_back(error);
      out << ErrorLine(ordered_json(), error);
      continue;
    }
    candidates.push_back({v->second, e->second, similarity});
  }
  decltype(named)().swap(named);
  WritePairs(
      ChoosePairs(docs, std::move(candidates), options.pair), [&](size_t i) { return docs[i].id; },
      out, &report);
  return report;
}

}  // namespace songngu
