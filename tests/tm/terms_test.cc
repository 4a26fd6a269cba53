#include "tm/terms.h"

#include <gtest/gtest.h>

#include "aligner/normalize.h"
#include "tm/store.h"

namespace songngu {
namespace {

void Add(TmStore& store, int64_t batch, const std::string& vi, const std::string& en) {
  UnitInput u;
  u.vi = vi;
  u.en = en;
  store.AddUnit(u, batch);
}

TEST(TermsTest, CheckFindsTwoRenderingsOfOneTerm) {
  TmStore store(":memory:");
  int64_t b = store.BeginBatch("test", "");
  Add(store, b, "Thành ủy họp phiên thường kỳ.", "The City Party Committee held its regular meeting.");
  Add(store, b, "Thành ủy ban hành kế hoạch.", "The City Party Committee issued a plan.");
  Add(store, b, "Thành ủy chỉ đạo các sở.", "The municipal Party Committee directed the departments.");
  Add(store, b, "HĐND thành phố họp.", "The City People's Council met.");
  Glossary g = Glossary::LoadDefault();
  auto found = CheckTerms(store, g);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].vi, "Thành ủy");
  ASSERT_EQ(found[0].renderings.size(), 2u);
  EXPECT_EQ(found[0].renderings[0].en, "City Party Committee");
  EXPECT_EQ(found[0].renderings[0].count, 2);
  EXPECT_EQ(found[0].renderings[1].en, "municipal Party Committee");
  EXPECT_EQ(found[0].renderings[1].count, 1);
  EXPECT_EQ(found[0].renderings[1].examples[0].first, "Thành ủy chỉ đạo các sở.");
}

TEST(TermsTest, ExtractProposesAConsistentPair) {
  TmStore store(":memory:");
  int64_t b = store.BeginBatch("test", "");
  Add(store, b, "Dự án đường Vành đai phía Tây đang triển khai.", "The Western Ring Road project is under way.");
  Add(store, b, "Thành phố đẩy nhanh đường Vành đai phía Tây.", "The city speeds up the Western Ring Road.");
  Add(store, b, "Đường Vành đai phía Tây được khởi công năm nay.", "Work on the Western Ring Road starts this year.");
  Add(store, b, "Người dân ủng hộ dự án.", "Residents support the project.");
  Glossary g = Glossary::LoadDefault();
  TermsExtractOptions o;
  o.min_count = 3;
  auto found = ExtractTerms(store, g, o);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(MatchingKey(found[0].vi), MatchingKey("đường Vành đai phía Tây"));
  EXPECT_EQ(found[0].en, "Western Ring Road");
  EXPECT_EQ(found[0].count, 3);
  EXPECT_DOUBLE_EQ(found[0].dice, 1.0);
}

}  // namespace
}  // namespace songngu

namespace songngu {
namespace {

// Issue 13, item 8: the TM's own English sets the house style; units breaking it are flagged.
TEST(HouseStyleTest, LearnedFromTheTmAndChecked) {
  TmStore store(":memory:");
  int64_t b = store.BeginBatch("test", "");
  Add(store, b, "Người dân phường Tân An tham gia.", "Residents of Tan An ward took part.");
  Add(store, b, "Lãnh đạo phường An Hòa dự họp.", "Leaders of An Hoa ward attended.");
  Add(store, b, "UBND quận Ninh Kiều chỉ đạo.", "The Ninh Kieu district authorities directed it.");
  Add(store, b, "Quận Cái Răng có 7 phường.", "Cai Rang district has 7 wards.");
  Add(store, b, "Trung tâm Y tế quận phối hợp.", "The district Medical Center coordinated.");
  Add(store, b, "Trung tâm Văn hóa tổ chức.", "The Cultural Center organised it.");
  Add(store, b, "Cùng dự có ThS. Lê Thị Mai.", "Also attending was Ms. Le Thi Mai.");
  Add(store, b, "Ông cảm ơn TS. Trần Quốc Bảo.", "He thanked Mr. Tran Quoc Bao.");
  // The one unit breaking it:
  Add(store, b, "Học sinh phường Cái Khế nhận quà.", "Pupils of Cai Khe Ward received gifts.");
  HouseStyle style = LearnHouseStyle(store);
  EXPECT_TRUE(style.lower_ward);
  EXPECT_TRUE(style.lower_district);
  EXPECT_TRUE(style.center);
  EXPECT_TRUE(style.honorific_names);
  EXPECT_EQ(ApplyHouseStyle("Tan An Ward", style), "Tan An ward");
  EXPECT_EQ(ApplyHouseStyle("Ninh Kieu District People's Committee", style),
            "Ninh Kieu District People's Committee");
  EXPECT_EQ(ApplyHouseStyle("Ninh Kieu District", style), "Ninh Kieu district");
  EXPECT_EQ(ApplyHouseStyle("Land Fund Development Centre", style), "Land Fund Development Center");
  EXPECT_EQ(ApplyHouseStyle("MSc Le Thi Mai", style, 1), "Ms. Le Thi Mai");
  auto issues = CheckHouseStyle(store, style);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].rule, "ward");
  EXPECT_EQ(issues[0].found, "Cai Khe Ward");
  EXPECT_EQ(issues[0].expected, "Cai Khe ward");
}

}  // namespace
}  // namespace songngu
