// Acceptance on the seed pair: the raw Vietnamese and English pages of the
// Can Tho 28 May 2024 meeting, through the text pipeline and the aligner with
// the shipped lexicon, scored against the hand-made gold with the "pairs"
// and "strict" metrics of ../shared/eval/score_alignment.py (pairs precision
// >= 0.95, strict F1 >= 0.80, issue 12).
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "aligner/align.h"
#include "aligner/lexicon.h"
#include "aligner/normalize.h"
#include "aligner/text.h"

namespace songngu {
namespace {

// The scorer's normalisation: case folded, quotes removed, white space
// collapsed, trailing dots and ellipses stripped.
std::string Norm(const std::string& text) {
  std::string key = MatchingKey(text);
  std::string out;
  for (size_t i = 0; i < key.size();) {
    static const char* const kQuotes[] = {"\u2018", "\u2019", "\u201c", "\u201d", "\"", "'", "`"};
    bool quote = false;
    for (const char* q : kQuotes) {
      size_t n = std::char_traits<char>::length(q);
      if (key.compare(i, n, q) == 0) {
        i += n;
        quote = true;
        break;
      }
    }
    if (!quote) out += key[i++];
  }
  while (!out.empty() && (out.back() == '.' || out.back() == ' ')) out.pop_back();
  if (out.size() >= 3 && out.compare(out.size() - 3, 3, "\u2026") == 0) out.resize(out.size() - 3);
  return out;
}

// Gold sentences this output text contains (or that contain most of it).
std::vector<int> MapText(const std::string& text, const std::vector<std::string>& gold) {
  std::string t = Norm(text);
  std::vector<int> hit;
  for (size_t i = 0; i < gold.size(); ++i) {
    std::string s = Norm(gold[i]);
    if (s.empty() || t.empty()) continue;
    if (t.find(s) != std::string::npos ||
        (s.find(t) != std::string::npos && t.size() * 2 >= s.size())) {
      hit.push_back(static_cast<int>(i));
    }
  }
  return hit;
}

std::string Join(const Document& doc, const std::vector<int>& idx) {
  std::string out;
  for (int i : idx) out += (out.empty() ? "" : " ") + doc.sentences[i].text;
  return out;
}

// The seed pair aligned end to end, each link mapped to the gold sentences
// it holds (empty where its text is not in the gold).
struct SeedRun {
  nlohmann::json gold;
  std::vector<std::pair<std::vector<int>, std::vector<int>>> links;
};

bool RunSeed(SeedRun* run) {
  const std::string shared = SONGNGU_SHARED_DIR;
  std::ifstream gold_file(shared + "/data/gold/cantho-2024-05-28.json");
  if (!gold_file) return false;
  run->gold = nlohmann::json::parse(gold_file);
  std::vector<std::string> gold_vi = run->gold["vi"], gold_en = run->gold["en"];
  Document vi = LoadDocument(shared + "/seeds/001_372fcefd87e77f7b.txt");
  Document en = LoadDocument(shared + "/seeds/000_f248d404a3479108.txt");
  Alignment a = Align(vi, en, Lexicon::LoadDefault());
  for (const Link& l : a.links) {
    run->links.push_back({MapText(Join(vi, l.vi), gold_vi), MapText(Join(en, l.en), gold_en)});
  }
  return true;
}

TEST(AlignAcceptance, SeedPairPairsPrecisionAtLeast95) {
  SeedRun run;
  if (!RunSeed(&run)) GTEST_SKIP() << "needs ../shared/data/gold";
  std::set<std::pair<int, int>> gold_pairs;
  for (const auto& link : run.gold["links"]) {
    for (int i : link["vi"]) {
      for (int j : link["en"]) gold_pairs.insert({i, j});
    }
  }
  std::set<std::pair<int, int>> test_pairs;
  int unmapped = 0;
  for (const auto& [v, e] : run.links) {
    if (v.empty() || e.empty()) ++unmapped;
    for (int i : v) {
      for (int j : e) test_pairs.insert({i, j});
    }
  }
  int correct = 0;
  for (const auto& p : test_pairs) correct += gold_pairs.count(p);
  double precision = static_cast<double>(correct) / (test_pairs.size() + unmapped);
  double recall = static_cast<double>(correct) / gold_pairs.size();
  EXPECT_GE(precision, 0.95) << correct << " of " << test_pairs.size() + unmapped << " pairs right";
  // Not an acceptance bound, but no aligner that links nothing should pass.
  EXPECT_GE(recall, 0.5);
}

// Strict: a link is right when it holds exactly the gold link's sentences
// (the scorer's "strict" line); F1 >= 0.80 (issue 12).
TEST(AlignAcceptance, SeedPairStrictF1AtLeast80) {
  SeedRun run;
  if (!RunSeed(&run)) GTEST_SKIP() << "needs ../shared/data/gold";
  std::set<std::pair<std::vector<int>, std::vector<int>>> gold_links;
  for (const auto& link : run.gold["links"]) {
    gold_links.insert({link["vi"].get<std::vector<int>>(), link["en"].get<std::vector<int>>()});
  }
  int correct = 0;
  for (const auto& l : run.links) correct += gold_links.count(l);
  double precision = run.links.empty() ? 0 : static_cast<double>(correct) / run.links.size();
  double recall = static_cast<double>(correct) / gold_links.size();
  double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  EXPECT_GE(f1, 0.80) << correct << " of " << run.links.size() << " links right, "
                      << gold_links.size() << " in the gold";
}

}  // namespace
}  // namespace songngu
