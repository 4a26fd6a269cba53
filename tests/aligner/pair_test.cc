#include "aligner/pair.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>

#include "aligner/error.h"
#include "aligner/text.h"

namespace songngu {
namespace {

Document Parse(const std::string& text, const std::string& lang, const std::string& name) {
  SegmentOptions options;
  options.lang = lang;
  return ParseDocument(text, name, options);
}

std::map<std::string, double> Keys(const Document& doc, const Lexicon& lexicon) {
  std::map<std::string, double> keys;
  for (const auto& [k, v] : PairingKeys(doc, lexicon)) keys[k] = v;
  return keys;
}

const char kFloodVi[] =
    "Mưa lớn kéo dài làm nước sông Hậu dâng cao ngày 12-3. Nông dân ven sông lo lắng cho lúa. "
    "Thành phố đã sơ tán 1.500 hộ dân đến nơi an toàn.";
const char kFloodEn[] =
    "Heavy rain raised the water of the Hau River on March 12. Farmers along the river worry about "
    "their rice. The city evacuated 1,500 households to safe places.";
const char kSoccerVi[] =
    "Đội bóng đá Cần Thơ thắng trận chung kết tại sân vận động thành phố. Hàng nghìn người hâm mộ ăn "
    "mừng suốt đêm. Huấn luyện viên Nguyễn Văn Minh cảm ơn khán giả.";
const char kSoccerEn[] =
    "Can Tho's soccer team won the final at the city stadium. Thousands of fans celebrated all night. "
    "Coach Nguyen Van Minh thanked the spectators.";
const char kBudgetEn[] =
    "The National Assembly passed Resolution No. 45/2022/QH15 on budget spending. Deputies debated "
    "the state budget for two days. The resolution takes effect in 2023.";

class PairTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { lexicon_ = new Lexicon(Lexicon::LoadDefault()); }
  static void TearDownTestSuite() { delete lexicon_; }
  static Lexicon* lexicon_;
};
Lexicon* PairTest::lexicon_ = nullptr;

// High similarity alone does not make one event: the gate also asks for two
// confidently linked sentences (fewer on short pages) above same_similarity.
TEST_F(PairTest, EventGateWantsTwoConfidentLinksEvenWhenSimilar) {
  Document vi = Parse(kFloodVi, "vi", "vi"), en = Parse(kFloodEn, "en", "en");
  ASSERT_EQ(vi.sentences.size(), 3u);
  ASSERT_EQ(en.sentences.size(), 3u);
  EventGateOptions options;
  options.same_similarity = 0;  // whatever the similarity: the "similar" branch
  auto with_links = [](std::vector<double> scores) {
    Alignment a;
    for (size_t k = 0; k < scores.size(); ++k) {
      Link l;
      l.vi = {static_cast<int>(k)};
      l.en = {static_cast<int>(k)};
      l.score = scores[k];
      a.links.push_back(l);
    }
    return a;
  };
  // Three sentences a side: 30 % is one sentence, so one confident link is enough.
  EXPECT_TRUE(CheckSameEvent(vi, en, *lexicon_, with_links({0.9}), options).same_event);
  // Six a side: two confident links are asked for; a weak one does not count.
  Document vi6 = Parse(std::string(kFloodVi) + " " + kSoccerVi, "vi", "vi");
  Document en6 = Parse(std::string(kFloodEn) + " " + kSoccerEn, "en", "en");
  ASSERT_EQ(vi6.sentences.size(), 6u);
  ASSERT_EQ(en6.sentences.size(), 6u);
  EventGate one = CheckSameEvent(vi6, en6, *lexicon_, with_links({0.9, 0.3}), options);
  EXPECT_FALSE(one.same_event);
  EXPECT_EQ(one.confident_links, 1);
  EXPECT_TRUE(CheckSameEvent(vi6, en6, *lexicon_, with_links({0.9, 0.8}), options).same_event);
}

TEST_F(PairTest, KeysShareNamesCodesDatesAndTranslatedWords) {
  Document vi = Parse("Ông Trần Việt Trường nói về Nghị quyết số 59-NQ/TW ngày 28-5.", "vi", "vi");
  Document en = Parse("Mr. Tran Viet Truong spoke about Resolution No. 59-NQ/TW on May 28.", "en", "en");
  std::map<std::string, double> kv = Keys(vi, *lexicon_), ke = Keys(en, *lexicon_);
  for (const char* key : {"name:tran", "name:truong", "code:59-nq/tw", "date:5-28", "w:resolut"}) {
    EXPECT_GT(kv[key], 0) << key;
    EXPECT_GT(ke[key], 0) << key;
  }
  // "nghị quyết" has the single translation "resolution": one whole count.
  EXPECT_DOUBLE_EQ(kv["w:resolut"], 1.0);
}

TEST_F(PairTest, PairsDocumentsOfTheSameEventAndLeavesTheRest) {
  std::vector<Document> docs = {Parse(kSoccerEn, "en", "soccer.en"), Parse(kFloodVi, "vi", "flood.vi"),
                                Parse(kBudgetEn, "en", "budget.en"), Parse(kSoccerVi, "vi", "soccer.vi"),
                                Parse(kFloodEn, "en", "flood.en")};
  PairResult r = PairDocuments(docs, *lexicon_);
  ASSERT_EQ(r.pairs.size(), 2u);
  // Pairs come in input order of the Vietnamese side: flood (1), soccer (3).
  EXPECT_EQ(r.pairs[0].vi, 1u);
  EXPECT_EQ(r.pairs[0].en, 4u);
  EXPECT_EQ(r.pairs[1].vi, 3u);
  EXPECT_EQ(r.pairs[1].en, 0u);
  for (const DocumentPair& p : r.pairs) {
    EXPECT_GE(p.confidence, 0.5);
    EXPECT_LE(p.confidence, 1.0);
  }
  EXPECT_TRUE(r.unpaired_vi.empty());
  EXPECT_EQ(r.unpaired_en, std::vector<size_t>({2}));
}

TEST_F(PairTest, UnrelatedDocumentsStayUnpaired) {
  std::vector<Document> docs = {Parse(kFloodVi, "vi", "flood.vi"), Parse(kBudgetEn, "en", "budget.en")};
  PairResult r = PairDocuments(docs, *lexicon_);
  EXPECT_TRUE(r.pairs.empty());
  EXPECT_EQ(r.unpaired_vi, std::vector<size_t>({0}));
  EXPECT_EQ(r.unpaired_en, std::vector<size_t>({1}));
}

TEST_F(PairTest, OneToOneEvenWithTwoCopiesOfAnEnglishReport) {
  std::vector<Document> docs = {Parse(kFloodVi, "vi", "flood.vi"), Parse(kFloodEn, "en", "a.en"),
                                Parse(kFloodEn, "en", "b.en")};
  PairResult r = PairDocuments(docs, *lexicon_);
  // Two equally good partners: no clear margin, so no pair is forced.
  EXPECT_TRUE(r.pairs.empty());
  EXPECT_EQ(r.unpaired_en.size(), 2u);
}

TEST_F(PairTest, PublicationDatesFarApartDampTheSimilarity) {
  Document vi = Parse(kFloodVi, "vi", "flood.vi");
  Document en = Parse(kFloodEn, "en", "flood.en");
  vi.meta.date = "2024-05-28";
  en.meta.date = "2024-06-05";
  long lag = 0;
  ASSERT_TRUE(PublicationLagDays(vi, en, &lag));
  EXPECT_EQ(lag, 8);
  PairOptions options;
  options.min_confidence = 0;  // a pile of one pair: compare the similarities themselves
  double near = PairDocuments({vi, en}, *lexicon_, options).pairs.at(0).similarity;
  EXPECT_GT(near, 0);
  en.meta.date = "2025-01-10";  // 227 days later: another event
  ASSERT_TRUE(PublicationLagDays(vi, en, &lag));
  EXPECT_EQ(lag, 227);
  // Date shards of 30 days, grouped until a group holds one Vietnamese report:
  // with another Vietnamese report published in January 2025 the two reports
  // fall into different groups, and the English one is not even a candidate.
  Document other = Parse(kSoccerVi, "vi", "soccer.vi");
  other.meta.date = "2025-01-09";
  options.shard_min_documents = 1;
  PairResult apart = PairDocuments({vi, en, other}, *lexicon_, options);
  for (const DocumentPair& p : apart.pairs) EXPECT_NE(p.vi, 0u) << "paired across groups";
  ASSERT_FALSE(apart.unpaired_vi.empty());
  EXPECT_EQ(apart.unpaired_vi.front(), 0u);
  // In one group (groups of 1,000 Vietnamese reports: the pile of two is one)
  // it is a candidate, damped.
  options.shard_min_documents = PairOptions().shard_min_documents;
  double far = PairDocuments({vi, en}, *lexicon_, options).pairs.at(0).similarity;
  EXPECT_DOUBLE_EQ(far, near * options.date_mismatch_factor);
  en.meta.date = "";
  EXPECT_FALSE(PublicationLagDays(vi, en, &lag));
}

TEST_F(PairTest, LargePileScoresCandidatesFromTheIndexNotAllPairs) {
  // 60 events, each with its own resolution code, district and amount.
  std::vector<Document> docs;
  const int n = 60;
  for (int k = 0; k < n; ++k) {
    std::string code = std::to_string(100 + k) + "/NQ-HĐND";
    std::string amount = std::to_string(1000 + 37 * k);
    docs.push_back(Parse("Ngày " + std::to_string(1 + k % 28) + "-" + std::to_string(1 + k % 12) +
                             ", HĐND quận Xã" + std::to_string(k) + " ban hành Nghị quyết số " + code +
                             " về kinh phí " + amount + " tỷ đồng cho trường học.",
                         "vi", "vi" + std::to_string(k)));
  }
  for (int k = n - 1; k >= 0; --k) {
    std::string code = std::to_string(100 + k) + "/NQ-HĐND";
    std::string amount = std::to_string(1000 + 37 * k);
    static const char* kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"};
    docs.push_back(Parse(std::string("On ") + kMonths[k % 12] + " " + std::to_string(1 + k % 28) +
                             ", the council of Xa" + std::to_string(k) + " District issued Resolution No. " +
                             code + " on funding of " + amount + " billion dong for schools.",
                         "en", "en" + std::to_string(k)));
  }
  PairResult r = PairDocuments(docs, *lexicon_);
  EXPECT_LT(r.candidates, static_cast<size_t>(n * n / 2));
  ASSERT_EQ(r.pairs.size(), static_cast<size_t>(n));
  for (const DocumentPair& p : r.pairs) {
    EXPECT_EQ(docs[p.vi].name.substr(2), docs[p.en].name.substr(2));
  }
}

TEST(PairShardsTest, DateShardsCoverTheWindowOfTheEnglishReports) {
  PairOptions options;  // shards of 30 days, English up to 45 days later or 2 earlier
  // 2024-05-28 is day 19,871 after 1970-01-01: shard 662 (days 19,860-19,889).
  ShardRange vi = PairShards("vi", "2024-05-28", options);
  EXPECT_FALSE(vi.all);
  EXPECT_EQ(vi.first, 662);
  EXPECT_EQ(vi.last, 662);
  // An English report of that day may follow Vietnamese ones of days
  // 19,826-19,873: shards 660 (from day 19,800) to 662.
  ShardRange en = PairShards("en", "2024-05-28", options);
  EXPECT_EQ(en.first, 660);
  EXPECT_EQ(en.last, 662);
  // Before 1970: shards are negative, still 30 days each (1969-12-31 is day -1).
  EXPECT_EQ(PairShards("vi", "1969-12-31", options).first, -1);
  EXPECT_TRUE(PairShards("vi", "", options).all);
  EXPECT_TRUE(PairShards("en", "28/05/2024", options).all);
}

PairFeatures Features(const std::string& id, const std::string& lang, const std::string& date,
                      std::vector<std::pair<std::string, double>> keys) {
  PairFeatures f;
  f.id = id;
  f.lang = lang;
  f.date = date;
  std::sort(keys.begin(), keys.end());
  f.keys = std::move(keys);
  return f;
}

// Three events, each reported in both languages, in January, June and
// November 2024, plus an undated pair; all share common words.
std::vector<PairFeatures> ThreeMonthsOfReports() {
  std::vector<PairFeatures> pile;
  const char* dates[] = {"2024-01-10", "2024-06-03", "2024-11-20"};
  const char* en_dates[] = {"2024-01-11", "2024-06-03", "2024-11-24"};
  for (int k = 0; k < 3; ++k) {
    std::string code = "code:" + std::to_string(10 + k) + "/qd-ubnd";
    std::string name = std::string("name:") + (k == 0 ? "tran an" : k == 1 ? "le binh" : "pham cuong");
    for (const char* lang : {"vi", "en"}) {
      pile.push_back(Features(std::string(lang) + std::to_string(k), lang, lang[0] == 'v' ? dates[k] : en_dates[k],
                              {{"w:province", 2}, {"w:meet", 1}, {"w:report", 1}, {code, 1}, {name, 2},
                               {"n:" + std::to_string(1500 + 7 * k), 1}}));
    }
  }
  pile.push_back(Features("vi-undated", "vi", "", {{"w:province", 1}, {"w:flood", 3}, {"name:hau", 2}}));
  pile.push_back(Features("en-undated", "en", "", {{"w:province", 1}, {"w:flood", 3}, {"name:hau", 2}}));
  return pile;
}

TEST(PairShardsTest, ShardsGroupUntilTheyHoldEnoughVietnameseDocuments) {
  // (shard, Vietnamese documents): 10+11+12 hold 5, 15+16 hold 5, 20 only 1.
  std::vector<std::pair<long, size_t>> shards = {{10, 3}, {11, 0}, {12, 2}, {15, 4}, {16, 1}, {20, 1}};
  std::vector<std::pair<long, long>> expected = {{10, 12}, {15, 20}};  // 20 joins the group before
  EXPECT_EQ(GroupShards(shards, 5), expected);
  expected = {{10, 20}};
  EXPECT_EQ(GroupShards(shards, 100), expected);
  expected = {{10, 10}, {11, 12}, {15, 15}, {16, 16}, {20, 20}};  // 11 has none: it waits for 12
  EXPECT_EQ(GroupShards(shards, 1), expected);
  EXPECT_TRUE(GroupShards({}, 5).empty());
}

TEST(FeaturePileTest, PairsShardByShardWhateverTheOrderOfTheDocuments) {
  std::vector<PairFeatures> pile = ThreeMonthsOfReports();
  FeaturePile forward;
  for (const PairFeatures& f : pile) forward.Add(f);
  PairOptions options;
  options.shard_min_documents = 1;  // every shard with a Vietnamese report on its own
  PairResult r = forward.Pair(options);
  ASSERT_EQ(r.pairs.size(), 4u);
  for (const DocumentPair& p : r.pairs) {
    EXPECT_EQ(forward.id(p.vi).substr(2), forward.id(p.en).substr(2)) << forward.id(p.vi);
  }
  // Three groups (January, June, November: an English report's earlier shard
  // waits for the next one), each with the undated pair: never the whole pile.
  EXPECT_EQ(forward.peak_shard_documents(), 4u);
  // Groups of at least 2 Vietnamese reports: January + June, then November
  // (one) joins them: the whole pile in one group.
  options.shard_min_documents = 2;
  EXPECT_EQ(forward.Pair(options).pairs.size(), 4u);
  EXPECT_EQ(forward.peak_shard_documents(), pile.size());

  // Delivered in another order (as an engine may): the same pairs and confidences.
  FeaturePile backward;
  for (auto it = pile.rbegin(); it != pile.rend(); ++it) backward.Add(*it);
  options.shard_min_documents = 1;
  PairResult b = backward.Pair(options);
  ASSERT_EQ(b.pairs.size(), r.pairs.size());
  std::map<std::string, std::pair<std::string, double>> got;
  for (const DocumentPair& p : b.pairs) got[backward.id(p.vi)] = {backward.id(p.en), p.confidence};
  for (const DocumentPair& p : r.pairs) {
    EXPECT_EQ(got[forward.id(p.vi)].first, forward.id(p.en));
    EXPECT_EQ(got[forward.id(p.vi)].second, p.confidence);
  }
}

TEST(FeaturePileTest, ExactTiesGoByTheOrderKeyReadBackFromTheSpill) {
  // Two Vietnamese copies of one report and its English version: both
  // candidates score the same, so the documents' order decides which copy
  // is paired. The ids and order keys live only in the temporary file.
  auto pile_with = [](const std::string& order_a, const std::string& order_b) {
    auto pile = std::make_unique<FeaturePile>();
    std::vector<std::pair<std::string, double>> keys = {
        {"code:7/qd-ubnd", 1}, {"name:tran an", 2}, {"w:bridge", 1}, {"w:province", 1}};
    PairFeatures a = Features("vi-a", "vi", "2024-03-01", keys);
    a.order = order_a;
    PairFeatures b = Features("vi-b", "vi", "2024-03-01", keys);
    b.order = order_b;
    pile->Add(Features("en", "en", "2024-03-02", keys));
    pile->Add(a);
    pile->Add(b);
    pile->Seal();
    return pile;
  };
  PairOptions options;
  options.min_confidence = 0;  // copies leave no margin: keep the pair anyway
  std::unique_ptr<FeaturePile> by_id = pile_with("vi-a", "vi-b");
  PairResult r = by_id->Pair(options);
  ASSERT_EQ(r.pairs.size(), 1u);
  EXPECT_EQ(by_id->id(r.pairs[0].vi), "vi-a");
  EXPECT_EQ(by_id->id(r.pairs[0].en), "en");
  ASSERT_EQ(r.unpaired_vi.size(), 1u);
  EXPECT_EQ(by_id->id(r.unpaired_vi[0]), "vi-b");

  std::unique_ptr<FeaturePile> reversed = pile_with("2", "1");  // vi-b first in order
  r = reversed->Pair(options);
  ASSERT_EQ(r.pairs.size(), 1u);
  EXPECT_EQ(reversed->id(r.pairs[0].vi), "vi-b");
  EXPECT_EQ(reversed->doc(r.pairs[0].vi).order, "1");
  EXPECT_EQ(reversed->lang(r.pairs[0].en), "en");
}

TEST(FeaturePileTest, ManyDocumentsSpillToDiskAndPairTheSame) {
  // 3,000 pairs of 40 keys each (~5 MB of records): past the part held in
  // memory, so most records are read back from the temporary file.
  FeaturePile pile;
  const int n = 3000;
  for (const char* lang : {"vi", "en"}) {
    for (int k = 0; k < n; ++k) {
      std::vector<std::pair<std::string, double>> keys;
      for (int w = 0; w < 36; ++w) keys.emplace_back("w:common" + std::to_string((k + w) % 50), 1);
      keys.emplace_back("code:" + std::to_string(k) + "/nq-cp", 1);
      keys.emplace_back("n:" + std::to_string(100000 + k), 1);
      keys.emplace_back("name:person " + std::to_string(k), 1);
      keys.emplace_back("date:" + std::to_string(1 + k % 28) + "-" + std::to_string(1 + k % 12), 1);
      char date[16];
      std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2010 + k % 12, 1 + k / 12 % 12, 1 + k % 28);
      pile.Add(Features(std::string(lang) + std::to_string(k), lang, date, std::move(keys)));
    }
  }
  PairOptions options;
  options.shard_min_documents = 50;
  PairResult r = pile.Pair(options);
  ASSERT_EQ(r.pairs.size(), static_cast<size_t>(n));
  for (const DocumentPair& p : r.pairs) EXPECT_EQ(pile.id(p.vi).substr(2), pile.id(p.en).substr(2));
  EXPECT_LT(pile.peak_shard_documents(), static_cast<size_t>(n / 10));
}

TEST_F(PairTest, SeedArticlesGiveExactlyOnePair) {
  const std::string seeds = std::string(SONGNGU_SHARED_DIR) + "/seeds/";
  std::vector<Document> docs;
  for (const char* f : {"000_f248d404a3479108.txt", "001_372fcefd87e77f7b.txt", "002_b601bdf4062e5b0e.txt",
                        "003_e632ea0e1a981b2d.txt", "004_3cd89cd0967ae1bf.txt"}) {
    try {
      docs.push_back(LoadDocument(seeds + f));
    } catch (const Error&) {
      GTEST_SKIP() << "needs ../shared/seeds";
    }
  }
  PairResult r = PairDocuments(docs, *lexicon_);
  ASSERT_EQ(r.pairs.size(), 1u);
  EXPECT_EQ(r.pairs[0].vi, 1u);
  EXPECT_EQ(r.pairs[0].en, 0u);
  EXPECT_EQ(r.unpaired_en, std::vector<size_t>({2, 3, 4}));
}

}  // namespace
}  // namespace songngu
