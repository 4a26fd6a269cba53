#include "aligner/pair_features.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace songngu {
namespace {

using ::testing::Test;

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(MentionedDatesTest, VietnameseDayMonthAfterTimeWord) {
  EXPECT_EQ(MentionedDates("(CT) - Ngày 28-5, ông Trần Việt Trường chủ trì cuộc họp", "vi"),
            std::vector<std::string>({"05-28"}));
  EXPECT_EQ(MentionedDates("Sáng 6/6, hội nghị diễn ra", "vi"), std::vector<std::string>({"06-06"}));
}

TEST(MentionedDatesTest, VietnameseWithYearOrMonthWord) {
  EXPECT_EQ(MentionedDates("Kế hoạch ban hành 15/3/2023 của UBND", "vi"),
            std::vector<std::string>({"03-15"}));
  EXPECT_EQ(MentionedDates("ngày 2 tháng 9 năm 1945", "vi"), std::vector<std::string>({"09-02"}));
}

TEST(MentionedDatesTest, VietnameseNumbersThatAreNotDates) {
  // A ratio without a time word, a code, and an impossible day-month.
  EXPECT_TRUE(MentionedDates("tỷ lệ 3/4 hộ dân, Nghị quyết số 59-NQ/TW", "vi").empty());
  EXPECT_TRUE(MentionedDates("ngày 31-2", "vi").empty());
}

TEST(MentionedDatesTest, EnglishMonthNames) {
  EXPECT_EQ(MentionedDates("held on May 28th at the City People's Committee Hall", "en"),
            std::vector<std::string>({"05-28"}));
  EXPECT_EQ(MentionedDates("On June 6, Chairman Tran Viet Truong chaired", "en"),
            std::vector<std::string>({"06-06"}));
  EXPECT_EQ(MentionedDates("signed on 2 Sept. 1945 and the 14th of February", "en"),
            std::vector<std::string>({"09-02", "02-14"}));
}

TEST(MentionedDatesTest, EnglishModalMayIsNotADate) {
  EXPECT_TRUE(MentionedDates("We may 3D-print it; you may see", "en").empty());
}

TEST(NameKeysTest, NamesWithoutDiacriticsMatchAcrossLanguages) {
  std::vector<std::string> vi = NameKeys("Ông Trần Việt Trường phát biểu tại Cần Thơ.");
  std::vector<std::string> en = NameKeys("Mr. Tran Viet Truong spoke in Can Tho.");
  for (const char* k : {"n:tran viet", "n:viet truong", "n:can tho", "n:tran", "n:tho"}) {
    EXPECT_TRUE(Has(vi, k)) << k;
    EXPECT_TRUE(Has(en, k)) << k;
  }
}

TEST(NameKeysTest, SentenceInitialWordAloneIsNotAName) {
  std::vector<std::string> keys = NameKeys("The people of Haiti dance. I see");
  EXPECT_FALSE(Has(keys, "n:the"));
  EXPECT_TRUE(Has(keys, "n:haiti"));
  EXPECT_FALSE(Has(keys, "n:i"));  // one letter
  EXPECT_EQ(keys.size(), 1u);
}

TEST(NumberKeysTest, SeparatorsAndOrdinalsAgreeAcrossLanguages) {
  EXPECT_EQ(NumberKeys("khoảng 1.234,5 tỷ đồng và 6000 ngôn ngữ"),
            std::vector<std::string>({"#:12345", "#:6000"}));
  EXPECT_EQ(NumberKeys("about 1,234.5 billion and 6,000 languages"),
            std::vector<std::string>({"#:12345", "#:6000"}));
  EXPECT_EQ(NumberKeys("on May 28th"), std::vector<std::string>({"#:28"}));
}

TEST(NumberKeysTest, ResolutionCodesAreFolded) {
  EXPECT_EQ(NumberKeys("Nghị quyết số 45/2022/NQ-QH"), std::vector<std::string>({"#:45/2022/nq-qh"}));
  EXPECT_EQ(NumberKeys("Resolution No. 45/2022/NQ-QH"), std::vector<std::string>({"#:45/2022/nq-qh"}));
  EXPECT_TRUE(NumberKeys("no digits here").empty());
}

TEST(IsoDateToDaysTest, DifferenceInDays) {
  long a = 0, b = 0;
  ASSERT_TRUE(IsoDateToDays("2024-05-28", &a));
  ASSERT_TRUE(IsoDateToDays("2024-06-05", &b));
  EXPECT_EQ(b - a, 8);
  ASSERT_TRUE(IsoDateToDays("1970-01-01", &a));
  EXPECT_EQ(a, 0);
  EXPECT_FALSE(IsoDateToDays("05/06/2024", &a));
  EXPECT_FALSE(IsoDateToDays("2024-13-01", &a));
}

}  // namespace
}  // namespace songngu
