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
  ExpectOne("đến năm 2024, tầm nhìn", "đến năm 2024", "by 2024", "date");
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
  ExpectOne("vào ngày 1/7/2025 tới", "vào ngày 1/7/2025", "on July 1, 2025", "date");
  ExpectOne("trong tháng 6/2024 này", "tháng 6/2024", "June 2024", "date");
  ExpectOne("từ tháng 3 năm 2025", "từ tháng 3 năm 2025", "from March 2025", "date");
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

// Issue 13, item 4: a date keeps its preposition; a range is one entity.
TEST(EntitiesTest, DatesKeepTheirPrepositionAndRanges) {
  ExpectOne("hoàn thành trước ngày 31-8 năm nay", "trước ngày 31-8", "before August 31", "date");
  ExpectOne("Trước ngày 30-9, các đơn vị báo cáo", "Trước ngày 30-9", "Before September 30",
            "date");
  ExpectOne("áp dụng từ ngày 1-7 đến ngày 15-8 hằng năm", "từ ngày 1-7 đến ngày 15-8",
            "from July 1 to August 15", "date");
  ExpectOne("mở cửa sau ngày 2-9", "sau ngày 2-9", "after September 2", "date");
  ExpectOne("tính đến ngày 30-6, thành phố", "tính đến ngày 30-6", "as of June 30", "date");
  ExpectOne("báo cáo vào cuối tháng 8", "vào cuối tháng 8", "at the end of August", "date");
  ExpectOne("báo cáo cuối tháng 8 năm nay", "cuối tháng 8", "the end of August", "date");
  ExpectOne("hoàn thành trước cuối tháng 12", "trước cuối tháng 12", "before the end of December",
            "date");
  ExpectOne("tổng kết vào cuối tháng này", "vào cuối tháng", "at the end of the month", "date");
  ExpectOne("khởi công đầu năm 2025", "đầu năm 2025", "early 2025", "date");
  // Without a preposition a day still reads "on".
  ExpectOne("Ngày 20-6, đoàn kiểm tra", "Ngày 20-6", "On June 20", "date");
}

// Item 5: quarters and periods, scale words and currencies, names ending in a number.
TEST(EntitiesTest, QuartersScalesCurrenciesAndNumberedNames) {
  ExpectOne("trong quý III-2024 thành phố", "quý III-2024", "the third quarter of 2024", "date");
  ExpectOne("kết quả quý I/2025 cho thấy", "quý I/2025", "the first quarter of 2025", "date");
  ExpectOne("so với quý 2 năm 2023", "quý 2 năm 2023", "the second quarter of 2023", "date");
  ExpectOne("trong 6 tháng đầu năm 2024, tổng thu", "6 tháng đầu năm 2024",
            "the first six months of 2024", "date");
  ExpectOne("giải ngân 3,5 nghìn tỷ đồng vốn", "3,5 nghìn tỷ đồng", "VND 3.5 trillion", "number");
  ExpectOne("thu hút 500 triệu USD vốn FDI", "500 triệu USD", "USD 500 million", "number");
  ExpectOne("tổng vốn 1.250 tỷ đồng", "1.250 tỷ đồng", "VND 1,250 billion", "number");
  ExpectOne("xuất khẩu đạt 2,1 tỷ đô la Mỹ", "2,1 tỷ đô la Mỹ", "USD 2.1 billion", "number");
  ExpectOne("mức hỗ trợ 200 nghìn đồng mỗi người", "200 nghìn đồng", "VND 200 thousand", "number");
  // "An Hòa 1" is a name; its 1 is not a number of its own.
  for (const Expected& e : Found("học sinh khu An Hòa 1 được hỗ trợ")) {
    EXPECT_NE(e.vi, "1") << "the 1 of 'An Hòa 1' taken as a number";
  }
  ExpectOne("học sinh khu An Hòa 1 được hỗ trợ", "An Hòa 1", "An Hoa 1", "name");
  // A count after a name stays a number: "An Hòa 20 lớp" is not a name "An Hoa 20".
  ExpectOne("trường ở An Hòa có 20 lớp", "20", "20", "number");
}

// Item 6: institutions by pattern, countries from the table.
TEST(EntitiesTest, InstitutionsByPatternAndCountries) {
  Glossary g = Glossary::LoadDefault();
  ExpectOne("Học sinh Trường THCS Tân An đạt giải", "Trường THCS Tân An", "Tan An Secondary School",
            "institution", &g);
  ExpectOne("tại Trường Tiểu học An Hòa 1 hôm nay", "Trường Tiểu học An Hòa 1",
            "An Hoa 1 Primary School", "institution", &g);
  ExpectOne("Trường THPT Châu Văn Liêm tổ chức", "Trường THPT Châu Văn Liêm",
            "Chau Van Liem High School", "institution", &g);
  ExpectOne("cô giáo Trường Mầm non Hoa Sen dạy", "Trường Mầm non Hoa Sen", "Hoa Sen Kindergarten",
            "institution", &g);
  ExpectOne("bác sĩ Bệnh viện Đa khoa Hoàn Mỹ Cửu Long cho biết",
            "Bệnh viện Đa khoa Hoàn Mỹ Cửu Long", "Hoan My Cuu Long General Hospital",
            "institution", nullptr);
  ExpectOne("sinh viên Đại học Cần Thơ tham gia", "Đại học Cần Thơ", "Can Tho University",
            "institution", &g);
  ExpectOne("lãnh đạo Công ty TNHH Mekong Xanh cho biết", "Công ty TNHH Mekong Xanh",
            "Mekong Xanh Co., Ltd.", "institution", &g);
  ExpectOne("Đại sứ quán Nhật Bản tại Việt Nam", "Đại sứ quán Nhật Bản", "Embassy of Japan",
            "institution", &g);
  ExpectOne("Tổng Lãnh sự quán Hoa Kỳ tại TP.HCM", "Tổng Lãnh sự quán Hoa Kỳ",
            "Consulate General of the United States", "institution", &g);
  ExpectOne("hợp tác với Hàn Quốc trong", "Hàn Quốc", "Republic of Korea", "place", &g);
  for (const Expected& e : Found("khám tại Bệnh viện Nhi đồng thành phố", &g)) {
    EXPECT_NE(e.type, "institution") << e.vi << " = " << e.en;  // one capitalised syllable is not a name
  }
}

TEST(EntitiesTest, NumberValuesInBothConventions) {
  double v = 0;
  ASSERT_TRUE(NumberValue("1.200", true, &v));
  EXPECT_DOUBLE_EQ(v, 1200);
  ASSERT_TRUE(NumberValue("48,5", true, &v));
  EXPECT_DOUBLE_EQ(v, 48.5);
  ASSERT_TRUE(NumberValue("1,200", false, &v));
  EXPECT_DOUBLE_EQ(v, 1200);
  ASSERT_TRUE(NumberValue("72.4", false, &v));
  EXPECT_DOUBLE_EQ(v, 72.4);
  EXPECT_FALSE(NumberValue("59-NQ", true, &v));
}

}  // namespace
}  // namespace songngu
