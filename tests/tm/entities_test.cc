#include "tm/entities.h"

#include <gtest/gtest.h>

#include "tm/glossary.h"

namespace songngu {
namespace {

struct Expected {
  std::string vi;
  std::string en;
  std::string type;
};

std::vector<Expected> Found(const std::string& text, const Glossary* g = nullptr) {
  EntityOptions o;
  o.glossary = g;
  std::vector<Expected> out;
  for (const Entity& e : RecognizeEntities(text, o)) {
    EXPECT_EQ(text.substr(e.begin, e.end - e.begin), e.vi);
    out.push_back({e.vi, e.en, EntityTypeName(e.type)});
  }
  return out;
}

void ExpectOne(const std::string& text, const std::string& vi, const std::string& en, const std::string& type,
               const Glossary* g = nullptr) {
  bool seen = false;
  for (const Expected& e : Found(text, g)) {
    if (e.vi == vi) {
      EXPECT_EQ(e.en, en) << text;
      EXPECT_EQ(e.type, type) << text;
      seen = true;
    }
  }
  EXPECT_TRUE(seen) << "'" << vi << "' not found in: " << text;
}

TEST(EntitiesTest, CasesFromTheIssue) {
  Glossary g = Glossary::LoadDefault();
  ExpectOne("ông Trần Việt Trường phát biểu", "ông Trần Việt Trường", "Mr. Tran Viet Truong", "name");
  ExpectOne("về phát triển Cần Thơ đến", "Cần Thơ", "Can Tho", "place", &g);
  ExpectOne("Ngày 28-5, ông Trần Việt Trường chủ trì", "Ngày 28-5", "On May 28", "date");
  ExpectOne("Cập nhật 28/05/2024 - 15:58", "28/05/2024", "May 28, 2024", "date");
  ExpectOne("kế hoạch cụ thể hóa được 11/20 nhiệm vụ.", "11/20 nhiệm vụ", "11 out of 20 tasks", "number");
  ExpectOne("tổng vốn 1.234,5 tỷ", "1.234,5 tỷ", "1,234.5 billion", "number");
  ExpectOne("đến năm 2024, tầm nhìn", "năm 2024", "2024", "date");
  ExpectOne("trong giai đoạn 2021 - 2025 thành phố", "giai đoạn 2021 - 2025", "the 2021–2025 period", "date");
  ExpectOne("Nghị quyết số 59-NQ/TW của Bộ Chính trị", "59-NQ/TW", "59-NQ/TW", "code");
  ExpectOne("Nghị quyết số 45/2022/QH15 của Quốc hội", "45/2022/QH15", "45/2022/QH15", "code");
}

TEST(EntitiesTest, MoreNumbersAndDates) {
  ExpectOne("bà Nguyễn Thị Hồng Đào cho biết", "bà Nguyễn Thị Hồng Đào", "Ms. Nguyen Thi Hong Dao", "name");
  ExpectOne("Đang thực hiện 5/20 nhiệm vụ", "5/20 nhiệm vụ", "5 out of 20 tasks", "number");
  ExpectOne("có 6 cơ chế và 2 dự án", "6", "6", "number");
  ExpectOne("tăng 15,5% so với", "15,5%", "15.5%", "number");
  ExpectOne("hơn 1.000.000 người", "1.000.000", "1,000,000", "number");
  ExpectOne("vốn 250 tỷ đồng", "250 tỷ đồng", "VND 250 billion", "number");
  ExpectOne("vào ngày 1/7/2025 tới", "ngày 1/7/2025", "on July 1, 2025", "date");
  ExpectOne("trong tháng 6/2024 này", "tháng 6/2024", "June 2024", "date");
  ExpectOne("từ tháng 3 năm 2025", "tháng 3 năm 2025", "March 2025", "date");
  ExpectOne("nhiệm kỳ 2021-2026", "nhiệm kỳ 2021-2026", "the 2021–2026 term", "date");
  ExpectOne("Nghị quyết số 98/NQ-CP của Chính phủ", "98/NQ-CP", "98/NQ-CP", "code");
  EXPECT_EQ(EnglishNumber("2,5"), "2.5");
  EXPECT_EQ(EnglishNumber("2024"), "2024");
  EXPECT_EQ(EnglishNumber("1.5"), "1.5");  // not Vietnamese grouping: left as written
  EXPECT_EQ(EnglishNumber("12.345.678,25"), "12,345,678.25");
  EXPECT_EQ(AsciiName("Đồng Tháp"), "Dong Thap");
  EXPECT_EQ(AsciiName("Hậu Giang"), "Hau Giang");
}

TEST(EntitiesTest, TitlesBeforeNamesAndNamesAtSentenceStart) {
  ExpectOne("Cùng đi có ThS. Lê Thị Mai, Giám đốc Sở", "ThS. Lê Thị Mai", "MSc Le Thi Mai", "name");
  ExpectOne("Lê Thị Mai cho biết", "Lê Thị Mai", "Le Thi Mai", "name");
  ExpectOne("hoàn thành 15/20 hạng mục của dự án", "15/20 hạng mục", "15 out of 20 items", "number");
  for (const Expected& e : Found("Nhiều Hộ Dân chưa đồng thuận")) ADD_FAILURE() << e.vi;  // sentence start, no surname
}

TEST(EntitiesTest, SkippedSpansAndSentenceStarts) {
  std::string text = "Thành phố thành lập Ban chỉ đạo, Bộ Chính trị chỉ đạo.";
  EntityOptions o;
  o.skip = {{text.find("Bộ Chính trị"), text.find("Bộ Chính trị") + std::string("Bộ Chính trị").size()}};
  for (const Entity& e : RecognizeEntities(text, o)) {
    ADD_FAILURE() << "unexpected entity " << e.vi;  // sentence start and skipped glossary span only
  }
}

}  // namespace
}  // namespace songngu
