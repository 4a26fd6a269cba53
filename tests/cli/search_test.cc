// End-to-end: songngu search and concord give the library's adapted targets and
// glossary-backed renderings (the same functions as suggest and the web API).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_util.h"

namespace {

using songngu::testing::CliRun;
using songngu::testing::RunSongngu;
using songngu::testing::ShellQuote;
using songngu::testing::TempDir;

TEST(CliSearchTest, StaleNumbersAreReplacedOrFlaggedAndConcordUsesTheGlossary) {
  TempDir dir;
  std::string db = ShellQuote(dir.File("tm.db"));
  std::string tsv = dir.Write("units.tsv",
                              "Đến nay, tỷ lệ giải ngân vốn đầu tư công của thành phố đạt 48,5% kế "
                              "hoạch.\tSo far, the city's public "
                              "investment disbursement has reached 48.5% of the plan.\n"
                              "Thành phố có 3 bệnh viện mới đưa vào hoạt động trong năm nay.\tThe "
                              "city put three new hospitals into "
                              "operation this year.\n"
                              "Chủ tịch UBND thành phố yêu cầu các sở báo cáo.\tThe Chairman of "
                              "the City People's Committee asked the "
                              "departments to report.\n"
                              "Phó Chủ tịch UBND thành phố kiểm tra công trình.\tThe Vice Chairman "
                              "of the City People's Committee "
                              "inspected the works.\n");
  CliRun r = RunSongngu("--tm " + db + " tm import " + ShellQuote(tsv));
  ASSERT_EQ(r.status, 0) << r.err;

  r = RunSongngu(
      "--tm " + db + " search " +
      ShellQuote("Đến nay, tỷ lệ giải ngân vốn đầu tư công của thành phố đạt 80% kế hoạch.") +
      " --json");
  ASSERT_EQ(r.status, 0) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_FALSE(j["candidates"].empty());
  EXPECT_EQ(j["candidates"][0]["target"],
            "So far, the city's public investment disbursement has reached 80% of the plan.");
  EXPECT_EQ(j["candidates"][0]["stale"], false);

  // The English spells the number out: the old value stays and is flagged, never clean.
  r = RunSongngu("--tm " + db + " search " +
                 ShellQuote("Thành phố có 4 bệnh viện mới đưa vào hoạt động trong năm nay."));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("TARGET SHOWS THE OLD VALUE"), std::string::npos) << r.out;

  r = RunSongngu("--tm " + db + " concord " + ShellQuote("Chủ tịch UBND thành phố") + " --json");
  ASSERT_EQ(r.status, 0) << r.err;
  j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["units"], 1);  // the "Phó Chủ tịch" unit is not a hit
  ASSERT_EQ(j["groups"].size(), 1u);
  EXPECT_EQ(j["groups"][0]["rendering"], "Chairman of the City People's Committee");
}


TEST(CliSearchTest, ConcordShowsTmFragmentsWithUnitIds) {
  TempDir dir;
  std::string db = ShellQuote(dir.File("tm.db"));
  std::string tsv = dir.Write(
      "units.tsv",
      "Giám đốc Sở Y tế chủ trì phiên họp với các bệnh viện.\tThe Director of the Department of "
      "Health chaired the meeting with hospitals.\n"
      "Sáng 3-6, lãnh đạo thành phố chủ trì phiên họp về phòng chống dịch.\tOn the morning of "
      "June 3, city leaders chaired the meeting on epidemic prevention.\n");
  CliRun r = RunSongngu("--tm " + db + " tm import " + ShellQuote(tsv));
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string query = ShellQuote("Phó Giám đốc Sở Xây dựng chủ trì phiên họp.");
  r = RunSongngu("--tm " + db + " concord " + query);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("fragments:\n\tchủ trì phiên họp = chaired the meeting\t[unit 1]\n"),
            std::string::npos)
      << r.out;
  r = RunSongngu("--tm " + db + " concord " + query + " --json");
  ASSERT_EQ(r.status, 0) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["fragments"].size(), 1u) << r.out;
  EXPECT_EQ(j["fragments"][0]["vi"], "chủ trì phiên họp");
  EXPECT_EQ(j["fragments"][0]["en"], "chaired the meeting");
  EXPECT_EQ(j["fragments"][0]["unit_id"], "1");
  // The UTF-8 byte span of "chủ trì phiên họp" in the query (25 characters, 35 bytes before it).
  EXPECT_EQ(j["fragments"][0]["span"], nlohmann::json::array({35, 58}));
}

}  // namespace
