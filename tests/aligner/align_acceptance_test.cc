// Acceptance on the seed pair: the raw Vietnamese and English pages of the
// Can Tho 28 May 2024 meeting, through the text pipeline and the aligner with
// the shipped lexicon, scored against the hand-made gold with the "pairs"
// metric of ../shared/eval/score_alignment.py (precision >= 0.95, issue 12).
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

TEST(AlignAcceptance, SeedPairPairsPrecisionAtLeast95) {
  const std::string shared = SONGNGU_SHARED_DIR;
  std::ifstream gold_file(shared + "/data/gold/cantho-2024-05-28.json");
  if (!gold_file) GTEST_SKIP() << "needs ../shared/data/gold";
  nlohmann::json gold = nlohmann::json::parse(gold_file);
  std::vector<std::string> gold_vi = gold["vi"], gold_en = gold["en"];
  std::set<std::pair<int, int>> gold_pairs;
  for (const auto& link : gold["links"]) {
    for (int i : link["vi"]) {
      for (int j : link["en"]) gold_pairs.insert({i, j});
    }
  }

  Document vi = LoadDocument(shared + "/seeds/001_372fcefd87e77f7b.txt");
  Document en = LoadDocument(shared + "/seeds/000_f248d404a3479108.txt");
  Alignment a = Align(vi, en, Lexicon::LoadDefault());

  std::set<std::pair<int, int>> test_pairs;
  int unmapped = 0;
  for (const Link& l : a.links) {
    std::vector<int> v = MapText(Join(vi, l.vi), gold_vi), e = MapText(Join(en, l.en), gold_en);
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

}  // namespace
}  // namespace songngu
