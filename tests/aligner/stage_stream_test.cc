#include "aligner/stage_stream.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "test_util.h"

namespace songngu {
namespace {

using nlohmann::json;

std::vector<json> JsonLines(const std::string& text) {
  std::vector<json> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
  return lines;
}

const char kFloodVi[] =
    "Mưa lớn kéo dài làm nước sông Hậu dâng cao ngày 12-3. Nông dân ven sông lo lắng cho lúa. "
    "Thành phố đã sơ tán 1.500 hộ dân đến nơi an toàn theo Quyết định số 45/QĐ-UBND.";
const char kFloodEn[] =
    "Heavy rain raised the water of the Hau River on March 12. Farmers along the river worry about "
    "their rice. The city evacuated 1,500 households to safe places under Decision No. 45/QD-UBND.";
const char kSoccerVi[] =
    "Đội bóng đá Cần Thơ thắng trận chung kết tại sân vận động thành phố. Hàng nghìn người hâm mộ "
    "ăn "
    "mừng suốt đêm. Huấn luyện viên Nguyễn Văn Minh cảm ơn khán giả.";
const char kSoccerEn[] =
    "Can Tho's soccer team won the final at the city stadium. Thousands of fans celebrated all "
    "night. "
    "Coach Nguyen Van Minh thanked the spectators.";

class StageStreamTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { lexicon_ = new Lexicon(Lexicon::LoadDefault()); }
  static void TearDownTestSuite() { delete lexicon_; }
  static Lexicon* lexicon_;

  std::string Features(const std::string& input, StageReport* report, bool sentences = true) {
    std::istringstream in(input);
    std::ostringstream out;
    FeaturesStreamOptions options;
    options.sentences = sentences;
    *report = FeaturesStream(in, out, *lexicon_, options);
    return out.str();
  }
};
Lexicon* StageStreamTest::lexicon_ = nullptr;

std::string Page(const std::string& id, const std::string& text, const std::string& lang) {
  return json{{"id", id}, {"text", text}, {"lang", lang}}.dump() + "\n";
}

TEST_F(StageStreamTest, FeaturesCarryTheIdLanguageSentencesAndFingerprints) {
  StageReport r;
  std::vector<json> lines = JsonLines(Features(Page("flood-vi", kFloodVi, "auto"), &r));
  ASSERT_EQ(lines.size(), 1u);
  const json& f = lines[0];
  EXPECT_EQ(f["id"], "flood-vi");
  EXPECT_EQ(f["lang"], "vi");  // detected
  ASSERT_EQ(f["sentences"].size(), 3u);
  EXPECT_EQ(f["sentences"][1], "Nông dân ven sông lo lắng cho lúa.");
  // The mentioned date, the number and the decision code travel as keys.
  EXPECT_TRUE(f["keys"].contains("date:3-12")) << f["keys"].dump();
  EXPECT_TRUE(f["keys"].contains("name:hau")) << f["keys"].dump();
  EXPECT_EQ(r.records, 1u);
  EXPECT_EQ(r.written, 1u);
  EXPECT_TRUE(r.errors.empty());
}

TEST_F(StageStreamTest, ABadPageBecomesAnErrorLineAndTheStreamGoesOn) {
  songngu::testing::TempDir dir;
  std::string broken = dir.Write("broken.txt", std::string("Cần Thơ \xc3\x28 \xff\n"));
  std::string empty = dir.Write("empty.txt", "");
  std::string input = json{{"id", "b"}, {"path", broken}, {"lang", "vi"}}.dump() + "\n" +
                      "not json\n" + json{{"id", "e"}, {"path", empty}}.dump() + "\n" +
                      Page("ok", kSoccerEn, "en") +
                      json{{"id", "both"}, {"text", "x"}, {"path", empty}}.dump() + "\n";
  StageReport r;
  std::vector<json> lines = JsonLines(Features(input, &r, false));
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0]["id"], "b");
  EXPECT_NE(lines[0]["error"].get<std::string>().find("broken.txt"), std::string::npos) << lines[0];
  EXPECT_TRUE(lines[1]["id"].is_null());
  EXPECT_NE(lines[1]["error"].get<std::string>().find("stdin:2"), std::string::npos) << lines[1];
  EXPECT_EQ(lines[2]["id"], "e");
  EXPECT_TRUE(lines[2].contains("error"));
  EXPECT_EQ(lines[3]["id"], "ok");
  EXPECT_EQ(lines[3]["lang"], "en");
  EXPECT_FALSE(lines[3].contains("sentences"));  // asked without
  EXPECT_TRUE(lines[4].contains("error"));       // path and text at once
  EXPECT_EQ(r.records, 5u);
  EXPECT_EQ(r.written, 1u);
  EXPECT_EQ(r.errors.size(), 4u);
}

TEST_F(StageStreamTest, PairingTheFeaturesFindsTheReportsOfOneEvent) {
  StageReport fr;
  std::string features =
      Features(Page("soccer-en", kSoccerEn, "en") + Page("flood-vi", kFloodVi, "vi") +
                   Page("soccer-vi", kSoccerVi, "vi") + Page("flood-en", kFloodEn, "en"),
               &fr, false);
  std::istringstream in(features + "{\"id\": \"x\", \"error\": \"from the features stage\"}\n" +
                        "{\"id\": 7, \"lang\": \"fr\", \"keys\": {}}\n");
  std::ostringstream out;
  StageReport r = PairStream(in, out);
  std::vector<json> lines = JsonLines(out.str());
  // The error line of the stage before is skipped; the French one is reported.
  ASSERT_EQ(lines.size(), 3u) << out.str();
  EXPECT_EQ(lines[0]["id"], 7);
  EXPECT_TRUE(lines[0].contains("error"));
  // Pairs in input order of the Vietnamese side.
  EXPECT_EQ(lines[1]["vi"], "flood-vi");
  EXPECT_EQ(lines[1]["en"], "flood-en");
  EXPECT_GE(lines[1]["confidence"].get<double>(), 0.5);
  EXPECT_EQ(lines[2]["vi"], "soccer-vi");
  EXPECT_EQ(lines[2]["en"], "soccer-en");
  EXPECT_EQ(r.records, 5u);
  EXPECT_EQ(r.errors.size(), 1u);
}

TEST_F(StageStreamTest, PairsFromStreamedFeaturesEqualPairingTheDocuments) {
  // The same pile paired in one process (PairDocuments) and through the
  // features -> pair filters (numbers through JSON and back).
  std::vector<std::pair<std::string, std::string>> texts = {
      {kSoccerEn, "en"}, {kFloodVi, "vi"}, {kSoccerVi, "vi"}, {kFloodEn, "en"}};
  std::vector<Document> docs;
  std::string pages;
  for (size_t i = 0; i < texts.size(); ++i) {
    SegmentOptions so;
    so.lang = texts[i].second;
    docs.push_back(ParseDocument(texts[i].first, "d" + std::to_string(i), so));
    pages += Page("d" + std::to_string(i), texts[i].first, texts[i].second);
  }
  PairResult direct = PairDocuments(docs, *lexicon_);
  StageReport fr;
  std::istringstream in(Features(pages, &fr, false));
  std::ostringstream out;
  PairStream(in, out);
  std::vector<json> lines = JsonLines(out.str());
  ASSERT_EQ(direct.pairs.size(), 2u);
  for (size_t k = 0; k < direct.pairs.size(); ++k) {
    EXPECT_EQ(lines[k]["vi"], "d" + std::to_string(direct.pairs[k].vi));
    EXPECT_EQ(lines[k]["en"], "d" + std::to_string(direct.pairs[k].en));
    EXPECT_NEAR(lines[k]["confidence"].get<double>(), direct.pairs[k].confidence, 0.0005);
  }
}

// Features lines written by hand: four events over a year (one English report
// a few days late), an undated pair, a distractor, and a numeric id.
std::string DatedFeatures() {
  std::string lines;
  auto line = [&](const json& id, const std::string& lang, const std::string& date,
                  const json& keys) {
    lines += json{{"id", id}, {"lang", lang}, {"date", date}, {"keys", keys}}.dump() + "\n";
  };
  const char* vi_dates[] = {"2023-02-01", "2023-02-20", "2023-07-15", "2023-12-30"};
  const char* en_dates[] = {"2023-02-03", "2023-02-20", "2023-08-10", "2024-01-02"};
  for (int k = 0; k < 4; ++k) {
    json keys = {{"w:province", 2},
                 {"w:meet", 1},
                 {"w:budget", 1},
                 {"code:" + std::to_string(30 + k) + "/nq-cp", 1},
                 {"name:" + std::string(k % 2 ? "tran an" : "le binh"), 1},
                 {"n:" + std::to_string(2000 + 11 * k), 2}};
    line("vi-" + std::to_string(k), "vi", vi_dates[k], keys);
    if (k == 3) {
      line(3, "en", en_dates[k], keys);  // a numeric id comes back as a number
    } else {
      line("en-" + std::to_string(k), "en", en_dates[k], keys);
    }
  }
  line("vi-undated", "vi", "", {{"w:flood", 3}, {"w:province", 1}, {"name:hau", 2}});
  line("en-undated", "en", "", {{"w:flood", 3}, {"w:province", 1}, {"name:hau", 2}});
  line("en-other", "en", "2023-07-16", {{"w:football", 2}, {"w:province", 1}});
  return lines;
}

class PairShuffleTest : public ::testing::TestWithParam<size_t> {};

// Groups of shards of at least 1, 2, 3 and 1,000 Vietnamese documents: each
// shard alone, merged groups (with 3, December's smaller last group joins the
// one before), the whole pile.
INSTANTIATE_TEST_SUITE_P(ShardGroups, PairShuffleTest, ::testing::Values(1, 2, 3, 1000));

TEST_P(PairShuffleTest, RouteSortCandidatesChooseGiveThePairsOfOneProcess) {
  PairStreamOptions options;
  options.pair.shard_min_documents = GetParam();
  std::string features = DatedFeatures();
  std::istringstream in1(features);
  std::ostringstream whole;
  PairStream(in1, whole, options);

  // Map: route two halves separately (two mappers), as an engine would.
  std::vector<std::string> lines;
  std::istringstream all(features);
  std::vector<std::string> input;
  for (std::string l; std::getline(all, l);) input.push_back(l + "\n");
  for (size_t half = 0; half < 2; ++half) {
    std::string part;
    for (size_t i = half; i < input.size(); i += 2) part += input[i];
    std::istringstream in(part);
    std::ostringstream routed;
    StageReport r = PairRouteStream(in, routed, options);
    EXPECT_TRUE(r.errors.empty());
    std::istringstream back(routed.str());
    for (std::string l; std::getline(back, l);) lines.push_back(l);
  }
  // An undated document goes everywhere ("*"); a Vietnamese one to one shard
  // of 8 digits, an English one to the shards of the dates it may follow.
  size_t stars = 0;
  for (const std::string& l : lines) stars += l.rfind("*\t", 0) == 0;
  EXPECT_EQ(stars, 2u);
  // Shuffle: sort by the key only (what `LC_ALL=C sort -t$'\t' -k1,1` does).
  std::stable_sort(lines.begin(), lines.end(), [](const std::string& a, const std::string& b) {
    return a.substr(0, a.find('\t')) < b.substr(0, b.find('\t'));
  });
  std::string sorted;
  for (const std::string& l : lines) sorted += l + "\n";
  std::istringstream in2(sorted);
  std::ostringstream candidates;
  StageReport cr = PairCandidatesStream(in2, candidates, options);
  EXPECT_TRUE(cr.errors.empty()) << cr.errors.front();
  // Reduce: the candidates of all shards and the pile's documents.
  std::istringstream in3(candidates.str() + features);
  std::ostringstream chosen;
  PairChooseStream(in3, chosen, options);
  EXPECT_EQ(chosen.str(), whole.str());
  std::vector<json> pairs = JsonLines(whole.str());
  ASSERT_GE(pairs.size(), 5u) << whole.str();
  EXPECT_EQ(pairs[0]["vi"], "vi-0");
  EXPECT_EQ(pairs[0]["en"], "en-0");
  EXPECT_EQ(pairs[2]["vi"], "vi-2");
  EXPECT_EQ(pairs[2]["en"], "en-2");  // 26 days later: still in the window
  EXPECT_EQ(pairs[3]["vi"], "vi-3");
  EXPECT_EQ(pairs[3]["en"], 3);  // across the new year
  EXPECT_EQ(pairs[4]["vi"], "vi-undated");
  EXPECT_EQ(pairs[4]["en"], "en-undated");
}

TEST(PairShuffleErrorTest, UnsortedShardsAreAnErrorNotWrongPairs) {
  std::string features = DatedFeatures();
  std::istringstream in(features);
  std::ostringstream routed;
  PairRouteStream(in, routed);
  // Routed but not sorted: an early shard comes again after a later one.
  std::istringstream unsorted(routed.str());
  std::ostringstream out;
  StageReport r = PairCandidatesStream(unsorted, out);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_NE(r.errors.back().find("not sorted by shard"), std::string::npos) << r.errors.back();
}

}  // namespace
}  // namespace songngu
