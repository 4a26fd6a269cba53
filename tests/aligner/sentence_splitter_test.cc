// Sentence segmentation: ICU plus abbreviation and initial rules.
#include "aligner/sentence_splitter.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

std::vector<std::string> SplitText(SentenceSplitter& splitter, std::string_view text) {
  std::vector<std::string> out;
  for (auto [b, e] : splitter.Split(text)) out.emplace_back(text.substr(b, e - b));
  return out;
}

using Lines = std::vector<std::string>;

TEST(SentenceSplitter, EnglishTitlesAndReferencesDoNotEndSentences) {
  SentenceSplitter en("en");
  EXPECT_EQ(SplitText(en, "Mr. Tran Viet Truong chaired it. Dr. Bao spoke."),
            (Lines{"Mr. Tran Viet Truong chaired it.", "Dr. Bao spoke."}));
  EXPECT_EQ(SplitText(en, "It is Resolution No. 59-NQ/TW of the Politburo. It was issued in 2020."),
            (Lines{"It is Resolution No. 59-NQ/TW of the Politburo.", "It was issued in 2020."}));
  // "No." before a capital is an answer, not a reference.
  EXPECT_EQ(SplitText(en, "The answer was No. Then they left."),
            (Lines{"The answer was No.", "Then they left."}));
  EXPECT_EQ(SplitText(en, "It opens at 8 a.m. and closes at 10 p.m. every day. Entry is free."),
            (Lines{"It opens at 8 a.m. and closes at 10 p.m. every day.", "Entry is free."}));
}

TEST(SentenceSplitter, VietnameseTitlesPlacesAndInitials) {
  SentenceSplitter vi("vi");
  EXPECT_EQ(SplitText(vi, "Dự họp có ThS. Lê Thị Mai và PGS.TS. Trần Văn An. Hội nghị kết thúc."),
            (Lines{"Dự họp có ThS. Lê Thị Mai và PGS.TS. Trần Văn An.", "Hội nghị kết thúc."}));
  EXPECT_EQ(SplitText(vi, "Công trình tại TP. Cần Thơ đã xong. Tin, ảnh: T. TRINH"),
            (Lines{"Công trình tại TP. Cần Thơ đã xong.", "Tin, ảnh: T. TRINH"}));
  EXPECT_EQ(SplitText(vi, "Ông Nguyễn V. Hòa phát biểu."), (Lines{"Ông Nguyễn V. Hòa phát biểu."}));
}

TEST(SentenceSplitter, NumbersAndCodesStayWhole) {
  SentenceSplitter vi("vi");
  EXPECT_EQ(
      SplitText(vi,
                "Ngày 28-5, thành phố hoàn thành 11/20 nhiệm vụ giai đoạn 2021 - 2025 theo "
                "Nghị quyết số 59-NQ/TW. Tổng vốn đạt 1.250,5 tỷ đồng."),
      (Lines{
          "Ngày 28-5, thành phố hoàn thành 11/20 nhiệm vụ giai đoạn 2021 - 2025 theo Nghị quyết số "
          "59-NQ/TW.",
          "Tổng vốn đạt 1.250,5 tỷ đồng."}));
}

TEST(SentenceSplitter, EllipsisBeforeCapitalStartsASentence) {
  SentenceSplitter vi("vi");
  EXPECT_EQ(SplitText(vi, "Dự án còn chậm... Nhiều hộ dân chưa đồng ý."),
            (Lines{"Dự án còn chậm...", "Nhiều hộ dân chưa đồng ý."}));
  EXPECT_EQ(SplitText(vi, "Dự án còn chậm… Nhiều hộ dân chưa đồng ý."),
            (Lines{"Dự án còn chậm…", "Nhiều hộ dân chưa đồng ý."}));
  // Before a lower-case word the sentence goes on.
  EXPECT_EQ(SplitText(vi, "Các dự án... đều chậm."), (Lines{"Các dự án... đều chậm."}));
}

TEST(SentenceSplitter, TrimsNoBreakSpaces) {
  SentenceSplitter en("en");
  std::string text = "\xC2\xA0 First one.  \xC2\xA0Second one.\xC2\xA0";
  auto spans = en.Split(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].first, 3u);
  EXPECT_EQ(text.substr(spans[1].first, spans[1].second - spans[1].first), "Second one.");
}

TEST(ParseAbbreviations, ReadsEntriesFlagsAndComments) {
  Abbreviations a = ParseAbbreviations("# comment\nMr.\r\nNo. ctx\n\n  \nTP.\n");
  EXPECT_EQ(a.always, (std::set<std::string>{"Mr.", "TP."}));
  EXPECT_EQ(a.context, (std::set<std::string>{"No."}));
}

TEST(SentenceSplitter, CustomListAndUnsupportedLanguage) {
  SentenceSplitter en("en", ParseAbbreviations("Xyz.\n"));
  EXPECT_EQ(SplitText(en, "See Xyz. Abc here. Next."), (Lines{"See Xyz. Abc here.", "Next."}));
  EXPECT_THROW(SentenceSplitter("fr"), std::exception);
}

}  // namespace
}  // namespace songngu
