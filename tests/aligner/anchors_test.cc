#include "aligner/anchors.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace songngu {
namespace {

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(Anchors, NamesMatchWithoutDiacritics) {
  SentenceAnchors vi =
      ExtractAnchors("Ông Trần Việt Trường, Chủ tịch UBND TP Cần Thơ phát biểu.", "vi");
  SentenceAnchors en =
      ExtractAnchors("Mr. Tran Viet Truong, Chairman of Can Tho City, spoke.", "en");
  EXPECT_TRUE(Has(vi.names, "tran"));
  EXPECT_TRUE(Has(vi.names, "truong"));
  EXPECT_TRUE(Has(vi.names, "tho"));
  // tran, viet, truong, can, tho
  EXPECT_EQ(MatchAnchors(vi, en).names_matched, 5);
}

TEST(Anchors, SentenceInitialWordIsNotANameUnlessARunFollows) {
  EXPECT_TRUE(ExtractAnchors("The city grew.", "en").names.empty());
  SentenceAnchors a = ExtractAnchors("Trần Việt Trường phát biểu.", "vi");
  EXPECT_TRUE(Has(a.names, "tran"));
}

TEST(Anchors, NameWordsCountTitlesWithTheirInnerOfThe) {
  // "Mr. Le Van Tam" 4, "Vice Chairman of the City People's Committee" 7;
  // "I" and the lower-case "the city" are not name words.
  EXPECT_EQ(ExtractAnchors("Mr. Le Van Tam, Vice Chairman of the City People's Committee, "
                           "said I saw the city.",
                           "en")
                .name_words,
            11);
  // Vietnamese: capitalised syllables only ("Phó Chủ tịch" gives "Phó", "Chủ").
  EXPECT_EQ(
      ExtractAnchors("Ông Lê Văn Tâm, Phó Chủ tịch UBND thành phố, phát biểu.", "vi").name_words,
      7);
  EXPECT_EQ(ExtractAnchors("Nông dân thu hoạch lúa.", "vi").name_words, 0);
}

TEST(Anchors, CodesAreNormalised) {
  SentenceAnchors vi =
      ExtractAnchors("Nghị quyết số 59-NQ/TW và Nghị quyết số 45/2022/QH15.", "vi");
  SentenceAnchors en = ExtractAnchors("Resolution 45/2022/QH15 and Resolution No. 59-NQ/TW.", "en");
  EXPECT_TRUE(Has(vi.numbers, "code:59-nq/tw"));
  EXPECT_TRUE(Has(en.numbers, "code:45/2022/qh15"));
  AnchorMatch m = MatchAnchors(vi, en);
  EXPECT_EQ(m.numbers_matched, 2);
  EXPECT_EQ(m.numbers_missing, 0);
}

TEST(Anchors, FractionsInBothConventions) {
  SentenceAnchors vi = ExtractAnchors("Đã hoàn thành 11/20 nhiệm vụ.", "vi");
  SentenceAnchors en = ExtractAnchors("The city has completed 11 out of 20 tasks.", "en");
  EXPECT_EQ(vi.numbers, std::vector<std::string>{"frac:11/20"});
  EXPECT_EQ(en.numbers, std::vector<std::string>{"frac:11/20"});
}

TEST(Anchors, DatesDayMonthAgainstMonthDay) {
  EXPECT_EQ(ExtractAnchors("Ngày 28-5, ông chủ trì cuộc họp.", "vi").numbers,
            std::vector<std::string>{"date:5-28"});
  EXPECT_EQ(ExtractAnchors("The meeting was held on May 28th.", "en").numbers,
            std::vector<std::string>{"date:5-28"});
  EXPECT_EQ(ExtractAnchors("It ended on 28 May.", "en").numbers,
            std::vector<std::string>{"date:5-28"});
  EXPECT_EQ(ExtractAnchors("Họp ngày 3/6.", "vi").numbers, std::vector<std::string>{"date:6-3"});
}

TEST(Anchors, DecimalAndThousandsSeparators) {
  // Both conventions read 1234.5; the scale word then makes it a value (issue 12).
  EXPECT_EQ(ExtractAnchors("Tổng vốn 1.234,5 tỷ đồng.", "vi").numbers,
            std::vector<std::string>{"n:1234500000000"});
  EXPECT_EQ(ExtractAnchors("A total of 1,234.5 billion.", "en").numbers,
            std::vector<std::string>{"n:1234500000000"});
  EXPECT_EQ(ExtractAnchors("Tổng vốn 1.234,5 ha.", "vi").numbers,
            std::vector<std::string>{"n:1234.5"});
  EXPECT_EQ(ExtractAnchors("Tăng 2,5 lần.", "vi").numbers, std::vector<std::string>{"n:2.5"});
  EXPECT_EQ(ExtractAnchors("Up 2.5 times to 1,000 people.", "en").numbers,
            (std::vector<std::string>{"n:1000", "n:2.5"}));
}

TEST(Anchors, YearRanges) {
  std::vector<std::string> expected = {"n:2021", "n:2025"};
  EXPECT_EQ(ExtractAnchors("giai đoạn 2021 - 2025", "vi").numbers, expected);
  EXPECT_EQ(ExtractAnchors("for the 2021-2025 period", "en").numbers, expected);
}

TEST(Anchors, MissingSignificantNumbersAreCounted) {
  SentenceAnchors vi = ExtractAnchors("Thành phố có 25 dự án và 3 công trình.", "vi");
  SentenceAnchors en = ExtractAnchors("The city has 14 key projects.", "en");
  AnchorMatch m = MatchAnchors(vi, en);
  EXPECT_EQ(m.numbers_matched, 0);
  EXPECT_EQ(m.numbers_missing, 2);  // 25 and 14; 3 is small enough to be spelled out
}

TEST(Anchors, MergeUnitesSentences) {
  SentenceAnchors a = ExtractAnchors("Đang thực hiện 5/20 nhiệm vụ.", "vi");
  SentenceAnchors b = ExtractAnchors("Bộ, ngành Trung ương thực hiện 4/20 nhiệm vụ.", "vi");
  SentenceAnchors en =
      ExtractAnchors("5 out of 20 tasks are ongoing and 4 out of 20 are by ministries.", "en");
  EXPECT_EQ(MatchAnchors(MergeAnchors({&a, &b}), en).numbers_matched, 2);
  EXPECT_EQ(MatchAnchors(a, en).numbers_missing, 1);
}

// Issue 12: numbers are values, with their scale word and without the percent sign.
TEST(Anchors, AmountsWithScaleWordsMatchByValue) {
  SentenceAnchors vi = ExtractAnchors("Tổng vốn đăng ký hơn 1.250 tỷ đồng, tăng 3,5%.", "vi");
  SentenceAnchors en =
      ExtractAnchors("Registered capital exceeded VND 1.25 trillion, up 3.5%.", "en");
  EXPECT_TRUE(Has(vi.numbers, "n:1250000000000"));
  EXPECT_TRUE(Has(en.numbers, "n:1250000000000"));
  EXPECT_TRUE(Has(vi.numbers, "n:3.5"));
  AnchorMatch m = MatchAnchors(vi, en);
  EXPECT_EQ(m.numbers_matched, 2);
  EXPECT_EQ(m.numbers_missing, 0);
  // "nghìn tỷ" is a trillion; "US$1.5 million" carries its currency glued on.
  EXPECT_TRUE(Has(ExtractAnchors("Dự án 2 nghìn tỷ đồng.", "vi").numbers, "n:2000000000000"));
  EXPECT_TRUE(Has(ExtractAnchors("Vốn 1,5 triệu USD.", "vi").numbers, "n:1500000"));
  EXPECT_TRUE(Has(ExtractAnchors("Capital of US$1.5 million.", "en").numbers, "n:1500000"));
}

TEST(Anchors, FullDatesGiveDayMonthAndYear) {
  SentenceAnchors vi = ExtractAnchors("Hội nghị diễn ra ngày 12/06/2024 tại quận Ninh Kiều.", "vi");
  SentenceAnchors en = ExtractAnchors("The conference was held on June 12, 2024 in Ninh Kieu.", "en");
  EXPECT_TRUE(Has(vi.numbers, "date:6-12"));
  EXPECT_TRUE(Has(vi.numbers, "n:2024"));
  EXPECT_EQ(MatchAnchors(vi, en).numbers_matched, 2);
  EXPECT_EQ(MatchAnchors(vi, en).numbers_missing, 0);
  EXPECT_TRUE(Has(ExtractAnchors("Chiều 12-6, thành phố họp.", "vi").numbers, "date:6-12"));
  EXPECT_TRUE(Has(ExtractAnchors("Sáng ngày 12 tháng 6, đoàn đến.", "vi").numbers, "date:6-12"));
}

TEST(Anchors, NamesAreWholeEntitiesAcrossLanguages) {
  SentenceAnchors vi =
      ExtractAnchors("Sáng nay, ông Trần Quốc Hưng tiếp đoàn doanh nghiệp Việt Nam.", "vi");
  SentenceAnchors en =
      ExtractAnchors("This morning, Tran Quoc Hung received a Vietnam business group.", "en");
  EXPECT_TRUE(Has(vi.entities, "tran quoc hung"));
  EXPECT_TRUE(Has(en.entities, "tran quoc hung"));
  // The parts are there too, for the aligner to discard when the whole matches.
  EXPECT_TRUE(Has(vi.entities, "hung"));
  EXPECT_TRUE(Has(vi.entities, "viet nam"));
  EXPECT_TRUE(Has(en.entities, "vietnam"));
  EXPECT_FALSE(Has(en.entities, "this"));  // a sentence-initial word alone is no name
  EXPECT_TRUE(IsCommonEntity("cantho"));
  EXPECT_FALSE(IsCommonEntity("tranquochung"));
}

}  // namespace
}  // namespace songngu
