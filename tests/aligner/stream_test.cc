#include "aligner/stream.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

namespace songngu {
namespace {

using nlohmann::json;

const char kVi[] =
    "Ông Trần Việt Trường chủ trì cuộc họp ngày 28-5 tại Cần Thơ. Thành phố có 14 dự án trọng điểm với "
    "tổng vốn 5.000 tỷ đồng. Nghị quyết số 59-NQ/TW của Bộ Chính trị được triển khai kịp thời.";
const char kEn[] =
    "Mr. Tran Viet Truong chaired the meeting on May 28 in Can Tho. The city has 14 key projects with a "
    "total capital of 5,000 billion dong. Resolution No. 59-NQ/TW of the Politburo was implemented promptly.";

class StreamTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { lexicon_ = new Lexicon(Lexicon::LoadDefault()); }
  static void TearDownTestSuite() { delete lexicon_; }

  std::vector<json> Run(const std::string& input, StreamReport* report, int jobs = 1) {
    std::istringstream in(input);
    std::ostringstream out;
    StreamOptions options;
    options.jobs = jobs;
    options.batch = 2;  // several rounds even for a short input
    *report = AlignStream(in, out, *lexicon_, options);
    std::vector<json> lines;
    std::istringstream result(out.str());
    for (std::string line; std::getline(result, line);) lines.push_back(json::parse(line));
    return lines;
  }

  static std::string Record(const json& id, const std::string& vi, const std::string& en) {
    return json{{"id", id}, {"vi", vi}, {"en", en}}.dump() + "\n";
  }

  static Lexicon* lexicon_;
};
Lexicon* StreamTest::lexicon_ = nullptr;

TEST_F(StreamTest, RoundTripKeepsIdsAndLinksEachSentenceToItsTranslation) {
  StreamReport report;
  std::vector<json> out = Run(Record("doc-a", kVi, kEn) + "\n" + Record(7, kVi, kEn), &report);
  EXPECT_EQ(report.records, 2u);  // the blank line is skipped
  EXPECT_TRUE(report.errors.empty());
  ASSERT_EQ(out.size(), 6u);
  EXPECT_EQ(report.links, 6u);
  for (size_t k = 0; k < 6; ++k) {
    EXPECT_EQ(out[k]["id"], k < 3 ? json("doc-a") : json(7));
    int i = static_cast<int>(k % 3);
    EXPECT_EQ(out[k]["vi_idx"], json::array({i}));
    EXPECT_EQ(out[k]["en_idx"], json::array({i}));
    EXPECT_GE(out[k]["score"].get<double>(), 0.5);
  }
  EXPECT_EQ(out[1]["vi"], "Thành phố có 14 dự án trọng điểm với tổng vốn 5.000 tỷ đồng.");
  EXPECT_EQ(out[1]["en"], "The city has 14 key projects with a total capital of 5,000 billion dong.");
}

TEST_F(StreamTest, BadRecordsAreReportedAndTheStreamGoesOn) {
  StreamReport report;
  std::string input = "not json\n" + std::string("{\"id\": 3, \"vi\": \"chỉ có tiếng Việt\"}\n") +
                      R"({"id": 4, "vi": "Xin chào.", "en": "PNG\r\n\u001a\n\u0000\u0000IHDR"})" "\n" +
                      Record(5, kVi, kEn);
  std::vector<json> out = Run(input, &report);
  ASSERT_EQ(report.errors.size(), 3u);
  EXPECT_EQ(report.errors[0].rfind("stdin:1: ", 0), 0u) << report.errors[0];
  EXPECT_EQ(report.errors[1], "stdin:2: \"en\" is missing or not a string");
  EXPECT_EQ(report.errors[2].rfind("stdin:3", 0), 0u) << report.errors[2];
  ASSERT_EQ(out.size(), 6u);
  EXPECT_TRUE(out[0]["id"].is_null());
  EXPECT_TRUE(out[0].contains("error"));
  EXPECT_EQ(out[1]["id"], 3);
  EXPECT_EQ(out[2]["id"], 4);
  EXPECT_TRUE(out[2].contains("error"));
  for (size_t k = 3; k < 6; ++k) EXPECT_EQ(out[k]["id"], 5);
}

TEST_F(StreamTest, DeeplyNestedRecordIsAnErrorLineBetweenGoodRecords) {
  // 100,000 levels used to overflow the stack (rc 139) and lose every record.
  // The object is level 1: its 64th "[" (column 71) opens level 65.
  std::string deep = "{\"id\": " + std::string(100000, '[') + std::string(100000, ']') + ", \"vi\": \"a\", \"en\": \"b\"}\n";
  StreamReport report;
  std::vector<json> out = Run(Record("before", kVi, kEn) + deep + Record("after", kVi, kEn), &report);
  EXPECT_EQ(report.records, 3u);
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.errors[0], "stdin:2: JSON nested deeper than 64 levels at column 71");
  ASSERT_EQ(out.size(), 7u);
  for (size_t k = 0; k < 3; ++k) EXPECT_EQ(out[k]["id"], "before");
  EXPECT_EQ(out[3], (json{{"id", nullptr}, {"error", report.errors[0]}}));
  for (size_t k = 4; k < 7; ++k) EXPECT_EQ(out[k]["id"], "after");
}

TEST_F(StreamTest, ThreadsKeepInputOrder) {
  std::string input;
  for (int k = 0; k < 5; ++k) input += Record(k, kVi, kEn);
  StreamReport one, two;
  std::vector<json> serial = Run(input, &one, 1);
  std::vector<json> parallel = Run(input, &two, 2);
  EXPECT_EQ(serial, parallel);
  ASSERT_EQ(serial.size(), 15u);
  EXPECT_EQ(serial.back()["id"], 4);
}

}  // namespace
}  // namespace songngu
