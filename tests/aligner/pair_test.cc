#include "aligner/pair.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

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
