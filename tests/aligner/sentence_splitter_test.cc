// Sentence segmentation: ICU plus abbreviation and initial rules.
#include "aligner/sentence_splitter.h"

#include <gtest/gtest.h>

#include <map>

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

TEST(SentenceSplitter, FullStopWithoutSpaceEndsASentence) {
  SentenceSplitter en("en");
  EXPECT_EQ(SplitText(en, "The fair opened in Can Tho.Speaking at the event, Mr. Lam praised it."),
            (Lines{"The fair opened in Can Tho.", "Speaking at the event, Mr. Lam praised it."}));
  EXPECT_EQ(SplitText(en, "It was held in 2024.Visitors came from six provinces."),
            (Lines{"It was held in 2024.", "Visitors came from six provinces."}));
  EXPECT_EQ(SplitText(en, "Why now?Because the river is low."),
            (Lines{"Why now?", "Because the river is low."}));
  SentenceSplitter vi("vi");
  EXPECT_EQ(
      SplitText(vi, "Hội chợ khai mạc tại Cần Thơ.Tại buổi lễ, lãnh đạo thành phố phát biểu."),
      (Lines{"Hội chợ khai mạc tại Cần Thơ.", "Tại buổi lễ, lãnh đạo thành phố phát biểu."}));
  EXPECT_EQ(SplitText(vi, "Ông nói: “Sẽ xong.”Sau đó đoàn đi thăm cầu."),
            (Lines{"Ông nói: “Sẽ xong.”", "Sau đó đoàn đi thăm cầu."}));
}

TEST(SentenceSplitter, FullStopsInsideTokensStayWhole) {
  SentenceSplitter en("en");
  for (const std::string& text :
       {std::string("The U.S.Embassy and the U.S. Consulate sent staff."),
        std::string("Details are on cantho.gov.vn and Cantho.gov.vn today."),
        std::string("See www.CanTho.gov.vn for the programme."),
        std::string("Growth reached 6.5 percent, e.g. in trade.Exports led."),
        std::string("Ms.Hoa and Dr.Lan met at 9 a.m. on Monday.")}) {
    std::vector<std::string> out = SplitText(en, text);
    EXPECT_FALSE(out.empty()) << text;
    if (text.find("trade.Exports") != std::string::npos) {
      EXPECT_EQ(out, (Lines{"Growth reached 6.5 percent, e.g. in trade.", "Exports led."}));
    } else {
      EXPECT_EQ(out, (Lines{text}));
    }
  }
  SentenceSplitter vi("vi");
  EXPECT_EQ(
      SplitText(vi, "Đoàn công tác của TP.HCM làm việc với Tp.Cần Thơ về Nghị quyết 59-NQ/TW."),
      (Lines{"Đoàn công tác của TP.HCM làm việc với Tp.Cần Thơ về Nghị quyết 59-NQ/TW."}));
  EXPECT_EQ(SplitText(vi, "Hội thảo có PGS.TS.Trần Văn An và ThS.Lê Mai tham dự."),
            (Lines{"Hội thảo có PGS.TS.Trần Văn An và ThS.Lê Mai tham dự."}));
  // A list number at the start of a paragraph is not a sentence of its own.
  EXPECT_EQ(SplitText(vi, "1.Tăng cường kiểm tra công trình."),
            (Lines{"1.Tăng cường kiểm tra công trình."}));
  EXPECT_EQ(SplitText(vi, "Kế hoạch gồm hai nội dung sau. 1. Tăng cường kiểm tra công trình."),
            (Lines{"Kế hoạch gồm hai nội dung sau.", "1. Tăng cường kiểm tra công trình."}));
}

TEST(SentenceSplitter, SentenceStartingWithADigit) {
  SentenceSplitter vi("vi");
  EXPECT_EQ(
      SplitText(vi,
                "Có 5 công trình đã đưa vào sử dụng. 7 công trình còn lại sẽ xong vào "
                "cuối năm."),
      (Lines{"Có 5 công trình đã đưa vào sử dụng.", "7 công trình còn lại sẽ xong vào cuối năm."}));
  // Dates and references with a period before the number stay whole.
  EXPECT_EQ(SplitText(vi, "Hội nghị diễn ra ngày 28. 5 tại hội trường thành phố."),
            (Lines{"Hội nghị diễn ra ngày 28. 5 tại hội trường thành phố."}));
  EXPECT_EQ(SplitText(vi, "Ông Nguyễn V. 2 lần phát biểu tại P. 5 quận Ninh Kiều."),
            (Lines{"Ông Nguyễn V. 2 lần phát biểu tại P. 5 quận Ninh Kiều."}));
  SentenceSplitter en("en");
  EXPECT_EQ(SplitText(en, "Five projects are done. 7 remain under way."),
            (Lines{"Five projects are done.", "7 remain under way."}));
  EXPECT_EQ(SplitText(en, "It is listed as No. 7 in the plan, see p. 12 for details."),
            (Lines{"It is listed as No. 7 in the plan, see p. 12 for details."}));
}

TEST(SentenceSplitter, AbbreviationAtTheEndOfACompound) {
  SentenceSplitter en("en");
  EXPECT_EQ(SplitText(en, "The Mekong-U.S. Partnership funds the study. It starts in May."),
            (Lines{"The Mekong-U.S. Partnership funds the study.", "It starts in May."}));
  SentenceSplitter vi("vi");
  EXPECT_EQ(SplitText(vi, "Tuyến xe Hà Nội-TP. Hồ Chí Minh chạy lại. Giá vé không đổi."),
            (Lines{"Tuyến xe Hà Nội-TP. Hồ Chí Minh chạy lại.", "Giá vé không đổi."}));
}

// `n` words "từ" with `mark` after the words whose 1-based index is in `at`.
std::string Words(int n, const std::map<int, std::string>& marks = {}) {
  std::string out;
  for (int i = 1; i <= n; ++i) {
    out += (out.empty() ? "" : " ") + std::string("từ");
    auto it = marks.find(i);
    if (it != marks.end()) out += it->second;
  }
  return out;
}

size_t WordsIn(const std::string& s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    if (c != ' ' && !in_word) ++n;
    in_word = c != ' ';
  }
  return n;
}

TEST(SentenceSplitter, LongSentencesAreCutAtClauseBoundaries) {
  SentenceSplitterOptions options;
  options.max_sentence_words = 10;
  SentenceSplitter vi("vi", options);
  // 25 words with a semicolon after word 8 and commas after words 4 and 17:
  // the semicolon wins the first cut, the comma the second, the rest stays.
  std::string text = Words(25, {{4, ","}, {8, ";"}, {17, ","}}) + ".";
  EXPECT_EQ(SplitText(vi, text),
            (Lines{Words(8, {{4, ","}, {8, ";"}}), Words(9, {{9, ","}}), Words(8) + "."}));
  // Without any punctuation the cut falls at the limit.
  std::vector<std::string> plain = SplitText(vi, Words(23));
  EXPECT_EQ(plain, (Lines{Words(10), Words(10), Words(3)}));
  // Sentences within the limit are untouched.
  EXPECT_EQ(SplitText(vi, Words(10) + "."), (Lines{Words(10) + "."}));
  options.max_sentence_words = 0;
  SentenceSplitter unlimited("vi", options);
  EXPECT_EQ(SplitText(unlimited, Words(300)), (Lines{Words(300)}));
}

TEST(SentenceSplitter, DefaultLimitBoundsAHugeUnpunctuatedLine) {
  SentenceSplitter en("en");
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "river boat market ";
  std::vector<std::string> out = SplitText(en, text);
  EXPECT_EQ(out.size(), 400u);  // 60,000 words, 150 a piece
  for (const std::string& s : out) EXPECT_LE(WordsIn(s), 150u);
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
