// Page furniture: line patterns (dates, bylines, widgets) and layout rules.
#include "aligner/furniture.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

FurnitureKind KindOf(const std::string& line) { return ClassifyLine(line).kind; }

TEST(ClassifyLine, StandAloneDatesBecomeIsoDates) {
  EXPECT_EQ(ClassifyLine("28/05/2024 - 15:58").date, "2024-05-28");
  EXPECT_EQ(ClassifyLine("Date: 05/06/2024").date,
            "2024-06-05");  // day first, as the portal writes
  EXPECT_EQ(ClassifyLine("Thứ Ba, 28/05/2024, 15:58 (GMT+7)").date, "2024-05-28");
  EXPECT_EQ(ClassifyLine("Cập nhật: 2024-05-28 15:58").date, "2024-05-28");
  EXPECT_EQ(ClassifyLine("Ngày 28 tháng 5 năm 2024").date, "2024-05-28");
  EXPECT_EQ(ClassifyLine("Posted on May 28th, 2024").date, "2024-05-28");
  EXPECT_EQ(ClassifyLine("28 June 2024").date, "2024-06-28");
  EXPECT_EQ(ClassifyLine("12/31/2024").date,
            "2024-12-31");  // month first when day-first is impossible
  EXPECT_EQ(KindOf("28/05/2024 - 15:58"), FurnitureKind::kDate);
  // A date inside a sentence is text.
  EXPECT_EQ(KindOf("Ngày 28-5, ông Trần Việt Trường chủ trì cuộc họp."), FurnitureKind::kNone);
  EXPECT_EQ(KindOf("2021 - 2025"), FurnitureKind::kNone);
}

TEST(ClassifyLine, BylinesGiveAuthorAndTranslator) {
  LineClass vi = ClassifyLine("Tin, ảnh: T. TRINH");
  EXPECT_EQ(vi.kind, FurnitureKind::kByline);
  EXPECT_EQ(vi.author, "T. TRINH");
  EXPECT_EQ(ClassifyLine("Bài và ảnh: Hoàng Lan").author, "Hoàng Lan");
  LineClass en = ClassifyLine("Thanh Xuan - Translated by Chi Nguyen");
  EXPECT_EQ(en.kind, FurnitureKind::kByline);
  EXPECT_EQ(en.author, "Thanh Xuan");
  EXPECT_EQ(en.translator, "Chi Nguyen");
  EXPECT_EQ(ClassifyLine("News: Dao Quyen").author, "Dao Quyen");
  EXPECT_EQ(ClassifyLine("By Jane Doe").author, "Jane Doe");
  EXPECT_EQ(ClassifyLine("According to Cao Cuong - Hoang Thương/LCDT").author,
            "Cao Cuong - Hoang Thương/LCDT");
  // Photo credits are furniture but not the author.
  LineClass photo = ClassifyLine("Photo: Reporter group");
  EXPECT_EQ(photo.kind, FurnitureKind::kCredit);
  EXPECT_EQ(photo.author, "");
  EXPECT_EQ(KindOf("Ảnh: Minh Hà"), FurnitureKind::kCredit);
  // Title-case headlines and captions that start like bylines are text.
  EXPECT_EQ(KindOf("By The River"), FurnitureKind::kNone);
  EXPECT_EQ(KindOf("Report Cards For The City"), FurnitureKind::kNone);
  EXPECT_EQ(KindOf("Lao Cai (2024)"), FurnitureKind::kNone);
  // Sentences that start like bylines are text.
  EXPECT_EQ(KindOf("According to the Chairman, the reason is the attitude of the leaders."),
            FurnitureKind::kNone);
  EXPECT_EQ(KindOf("Theo báo cáo của UBND thành phố, thành phố đã thực hiện 11 nhiệm vụ."),
            FurnitureKind::kNone);
}

TEST(ClassifyLine, WidgetsMenusAndCopyright) {
  for (const char* line : {"Font size: +A | -A| Print",
                           "Cỡ chữ: A+ A-",
                           "English | Français",
                           "Tiếng Việt | English",
                           "Chia sẻ bài viết",
                           "Share",
                           "Share on Facebook",
                           "Today:",
                           "Month:",
                           "Statistic:",
                           "Online: 125",
                           "Hôm nay: 1.234",
                           "Comment (0)",
                           "Bình luận (12)",
                           "Source",
                           "Nguồn:",
                           "Video: clip_hop-1.mp4?_t=",
                           "https://www.cantho.gov.vn/tin-tuc",
                           "60ef2cbe-8860-46a6-8f8b-7bbad8a49877",
                           "Trang chủ > Tin tức > Thời sự",
                           "Home | News | Events | Contact"}) {
    EXPECT_EQ(KindOf(line), FurnitureKind::kWidget) << line;
  }
  // Portal section names hold a dash between their words: it is no word of its own.
  EXPECT_EQ(KindOf("Trang chủ > Tin tức - Sự kiện > Hoạt động đối ngoại"), FurnitureKind::kWidget);
  EXPECT_EQ(KindOf("Trang chủ | Tin tức - Sự kiện | Đối ngoại | Văn bản | Liên hệ"),
            FurnitureKind::kWidget);
  // A headline with a dash between clauses is no menu.
  EXPECT_EQ(
      KindOf("Cần Thơ - Okayama ký kết biên bản ghi nhớ hợp tác về nông nghiệp công nghệ cao"),
      FurnitureKind::kNone);
  for (const char* line :
       {"Copyright 2018 CANTHO PORTAL. All rights reserved.",
        "© Bản quyền thuộc Cổng thông tin điện tử TP Cần Thơ", "(c) 2024 Example News"}) {
    EXPECT_EQ(KindOf(line), FurnitureKind::kCopyright) << line;
  }
  EXPECT_EQ(KindOf("Cổng thông tin điện tử thành phố Cần Thơ"), FurnitureKind::kWidget);
  EXPECT_EQ(KindOf("CANTHO PORTAL"), FurnitureKind::kWidget);
  EXPECT_EQ(KindOf("Can Tho launches a public service portal"), FurnitureKind::kNone);
  EXPECT_EQ(KindOf("Nguồn: baochinhphu.vn"), FurnitureKind::kCredit);
  EXPECT_EQ(ClassifyLine("(Theo TTXVN)").author, "TTXVN");
  EXPECT_EQ(KindOf("Related Posts"), FurnitureKind::kRelated);
  EXPECT_EQ(KindOf("Tin liên quan"), FurnitureKind::kRelated);
  // Captions and headlines are not widgets.
  for (const char* line : {"Work session scene", "At the meeting", "Conference delegates.",
                           "Ông Trần Việt Trường phát biểu chỉ đạo tại cuộc họp."}) {
    EXPECT_EQ(KindOf(line), FurnitureKind::kNone) << line;
  }
}

TEST(EndsSentence, FinalPunctuationBeforeClosingQuotes) {
  EXPECT_TRUE(EndsSentence("He left."));
  EXPECT_TRUE(EndsSentence("“Chúng tôi sẽ làm.”"));
  EXPECT_TRUE(EndsSentence("sau năm 2024..."));
  EXPECT_TRUE(EndsSentence("còn chậm…"));
  EXPECT_FALSE(EndsSentence("Work session scene"));
  EXPECT_FALSE(EndsSentence("Chủ tịch UBND TP Cần Thơ:"));
}

TEST(FindFurniture, LayoutRulesAroundTheArticle) {
  std::vector<std::string> lines = {
      "News and Events",      // section menu above the headline
      "Can Tho Floods Ease",  // a short headline: still text
      "Date: 02/07/2025",
      "Water levels fell on Monday.",
      "At the meeting",  // caption inside the article
      "The city will keep watch.",
      "Minh Lan - Translated by Thu Ha",  // closing byline: the rest is furniture
      "Other Stories",
      "Flood season starts early this year.",
  };
  DocumentMeta meta;
  std::vector<bool> f = FindFurniture(lines, &meta);
  EXPECT_EQ(f, (std::vector<bool>{true, false, true, false, false, false, true, true, true}));
  EXPECT_EQ(meta.date, "2025-07-02");
  EXPECT_EQ(meta.author, "Minh Lan");
  EXPECT_EQ(meta.translator, "Thu Ha");
  EXPECT_EQ(meta.furniture.front(), "News and Events");
  EXPECT_EQ(meta.furniture.size(), 5u);
}

TEST(FindFurniture, RelatedPostsHeaderEndsTheArticle) {
  std::vector<std::string> lines = {"The meeting ended at noon.", "Tin liên quan",
                                    "Cần Thơ khởi công cầu mới",
                                    "Cầu dài 2 km, hoàn thành năm 2026."};
  DocumentMeta meta;
  EXPECT_EQ(FindFurniture(lines, &meta), (std::vector<bool>{false, true, true, true}));
}

TEST(FindFurniture, UnlabelledCapitalisedBylineAtTheEnd) {
  std::vector<std::string> lines = {"Tin tức - Sự kiện", "Cần Thơ khánh thành cầu mới",
                                    "KẾT QUẢ NỔI BẬT",   "Cầu dài 2 km.",
                                    "HOÀNG LAN",         "Chia sẻ bài viết"};
  DocumentMeta meta;
  // The capitalised subheading inside the article stays; the last line is the byline.
  EXPECT_EQ(FindFurniture(lines, &meta),
            (std::vector<bool>{true, false, false, false, true, true}));
  EXPECT_EQ(meta.author, "HOÀNG LAN");
  EXPECT_EQ(meta.furniture,
            (std::vector<std::string>{"Tin tức - Sự kiện", "HOÀNG LAN", "Chia sẻ bài viết"}));
}

TEST(FindFurniture, BylineAboveTheBodyDoesNotEndTheArticle) {
  std::vector<std::string> lines = {"Headline of the day", "By Jane Doe", "The story starts here.",
                                    "And it goes on."};
  DocumentMeta meta;
  EXPECT_EQ(FindFurniture(lines, &meta), (std::vector<bool>{false, true, false, false}));
  EXPECT_EQ(meta.author, "Jane Doe");
}

TEST(ClassifyLine, NewsAgencySignOffAndLabelledBylines) {
  EXPECT_EQ(KindOf("./."), FurnitureKind::kWidget);
  EXPECT_EQ(KindOf("/."), FurnitureKind::kWidget);
  LineClass both = ClassifyLine("Bài, ảnh: Minh Khôi");
  EXPECT_EQ(both.kind, FurnitureKind::kByline);
  EXPECT_EQ(both.author, "Minh Khôi");
}

TEST(SignOffStart, CutsTheEndMarkAndKeepsTheFullStop) {
  std::string vi = "Dự án hoàn thành vào năm 2026./.";
  EXPECT_EQ(vi.substr(0, SignOffStart(vi)), "Dự án hoàn thành vào năm 2026.");
  std::string bare = "Dự án hoàn thành vào năm 2026/. ";
  EXPECT_EQ(bare.substr(0, SignOffStart(bare)), "Dự án hoàn thành vào năm 2026");
  std::string none = "Theo Nghị quyết 59-NQ/TW.";
  EXPECT_EQ(SignOffStart(none), none.size());
}

TEST(CreditTailStart, FindsPhotoAndSourceCreditsAtTheEnd) {
  auto head = [](const std::string& s) { return s.substr(0, CreditTailStart(s)); };
  EXPECT_EQ(head("Lãnh đạo thành phố cắt băng khánh thành. Ảnh: M. LAN"),
            "Lãnh đạo thành phố cắt băng khánh thành.");
  EXPECT_EQ(head("Work session scene (Photo: Reporter group)"), "Work session scene");
  EXPECT_EQ(head("Đoàn thăm nhà máy – Ảnh: Thu Huyền"), "Đoàn thăm nhà máy");
  EXPECT_EQ(head("Ảnh: Minh Khôi"), "");
  // Not credits: a lower-case "ảnh" inside a sentence, a long text after a label,
  // a label glued to a word.
  const std::string inside = "Bà Lan xem lại bức ảnh: rất đẹp";
  EXPECT_EQ(CreditTailStart(inside), inside.size());
  const std::string long_tail =
      "Nguồn: báo cáo của Sở Kế hoạch và Đầu tư thành phố về tình hình thu hút vốn năm nay";
  EXPECT_EQ(CreditTailStart(long_tail), long_tail.size());
  const std::string sentence = "The theme of the show is Photo: A Window on the Delta.";
  EXPECT_EQ(CreditTailStart(sentence), sentence.size());
  EXPECT_EQ(head("Lãnh đạo cắt băng khánh thành (Ảnh: TTXVN)."), "Lãnh đạo cắt băng khánh thành");
  const std::string glued = "Trang NewsPhoto: VNA";
  EXPECT_EQ(CreditTailStart(glued), glued.size());
}

TEST(FindFurniture, UnlabelledBylinesOfTitleCaseNames) {
  std::vector<std::string> lines = {"Cần Thơ đón đoàn doanh nghiệp Nhật Bản",
                                    "Thu Huyền – Ngọc Trung", "Đoàn đến Cần Thơ sáng 3-6.",
                                    "Hai bên bàn về đầu tư.", "Minh Anh, Quốc Bảo, Lan Chi"};
  DocumentMeta meta;
  EXPECT_EQ(FindFurniture(lines, &meta), (std::vector<bool>{false, true, false, false, true}));
  EXPECT_EQ(meta.author, "Minh Anh, Quốc Bảo, Lan Chi");
  EXPECT_EQ(meta.furniture,
            (std::vector<std::string>{"Thu Huyền – Ngọc Trung", "Minh Anh, Quốc Bảo, Lan Chi"}));
  // The same shape as the first line of a page is a headline (two places), and
  // one name or a phrase with lower-case words is not a byline.
  std::vector<std::string> other = {"Cần Thơ – Hậu Giang", "Hai tỉnh ký kết hợp tác.",
                                    "Lễ ký kết – Hội trường"};
  DocumentMeta other_meta;
  EXPECT_EQ(FindFurniture(other, &other_meta), (std::vector<bool>{false, false, false}));
  EXPECT_EQ(other_meta.author, "");
}

}  // namespace
}  // namespace songngu
