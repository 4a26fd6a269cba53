// Suggest on the seed pair: a TM built from the gold links of
// ../shared/data/gold/cantho-2024-05-28.json, suggestions for seed 001's
// sentences (through the text pipeline). Prints how many gold-linked
// Vietnamese sentences get their gold English as the top match, and, leaving
// each link out of the TM in turn, how many then get a wrong top match.
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "aligner/data_path.h"
#include "aligner/text.h"
#include "tm/glossary.h"
#include "tm/store.h"
#include "tm/suggest.h"

using namespace songngu;

namespace {

std::string Join(const nlohmann::json& side, const nlohmann::json& idx) {
  std::string out;
  for (const auto& i : idx) out += (out.empty() ? "" : " ") + side[i.get<size_t>()].get<std::string>();
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string shared = argc > 1 ? argv[1] : SONGNGU_SHARED_DIR;
  auto gold = nlohmann::json::parse(ReadFile(shared + "/data/gold/cantho-2024-05-28.json"));
  const auto& vi = gold["vi"];
  const auto& en = gold["en"];
  const auto& links = gold["links"];
  SegmentOptions so;
  so.lang = "vi";
  Document release = LoadDocument(shared + "/" + gold["vi_source"].get<std::string>(), so);
  Glossary glossary = Glossary::LoadDefault();

  // gold vi sentence text -> the link it belongs to
  std::map<std::string, size_t> link_of;
  for (size_t l = 0; l < links.size(); ++l) {
    for (const auto& i : links[l]["vi"]) link_of[vi[i.get<size_t>()].get<std::string>()] = l;
  }
  auto build = [&](TmStore& store, long leave_out) {
    int64_t batch = store.BeginBatch("gold", "");
    for (size_t l = 0; l < links.size(); ++l) {
      if (static_cast<long>(l) == leave_out) continue;
      UnitInput u;
      u.vi = Join(vi, links[l]["vi"]);
      u.en = Join(en, links[l]["en"]);
      u.external_id = "link" + std::to_string(l);
      store.AddUnit(u, batch);
    }
  };

  SuggestOptions options;
  TmStore full(":memory:");
  build(full, -1);
  auto all = Suggest(release, full, glossary, options);
  int linked = 0, top_gold = 0, with_match = 0;
  for (const SentenceSuggestion& s : all) {
    auto it = link_of.find(s.source);
    if (it == link_of.end()) continue;
    ++linked;
    if (!s.matches.empty()) ++with_match;
    if (!s.matches.empty() && s.matches[0].target == Join(en, links[it->second]["en"])) ++top_gold;
  }
  std::cout << "seed 001: " << release.sentences.size() << " sentences, " << link_of.size()
            << " gold-linked vi sentences in " << links.size() << " links, " << linked
            << " found by the text pipeline\n";
  std::cout << "full TM (" << links.size() << " units): " << top_gold << "/" << linked
            << " gold-linked sentences get their gold English as the top match (" << with_match
            << " have any match >= " << options.min_score << ")\n";

  int wrong = 0, tested = 0;
  for (size_t l = 0; l < links.size(); ++l) {
    TmStore store(":memory:");
    build(store, static_cast<long>(l));
    for (const auto& i : links[l]["vi"]) {
      Document one;
      one.lang = "vi";
      Sentence s;
      s.text = vi[i.get<size_t>()].get<std::string>();
      one.sentences.push_back(s);
      auto out = Suggest(one, store, glossary, options);
      ++tested;
      if (!out[0].matches.empty()) ++wrong;
    }
  }
  std::cout << "leave-one-out (link removed from the TM): " << wrong << "/" << tested
            << " sentences still get a top match >= " << options.min_score << " (a wrong one)\n";
  return 0;
}
