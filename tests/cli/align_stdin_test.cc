// End-to-end test of the streaming mode: `songngu align --stdin` as a
// Spark RDD.pipe() / Hadoop streaming mapper would run it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "test_util.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Runs `songngu ARGS < input`; returns the exit status, stdout in *out.
int Pipe(const std::string& args, const std::string& input, std::string* out) {
  songngu::testing::CliRun r = songngu::testing::RunSongngu(args, input);
  out->append(r.out);
  return r.status;
}

std::vector<json> Lines(const std::string& text) {
  std::vector<json> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
  return lines;
}

const char kRecord[] =
    R"({"id": "p1", "vi": "Ông Trần Việt Trường chủ trì cuộc họp ngày 28-5 tại Cần Thơ. Thành phố có 14 dự án trọng điểm.", )"
    R"("en": "Mr. Tran Viet Truong chaired the meeting on May 28 in Can Tho. The city has 14 key projects."})"
    "\n";

TEST(AlignStdinCliTest, LinksComeBackWithTheirIds) {
  std::string out;
  ASSERT_EQ(Pipe("align --stdin", kRecord, &out), 0);
  std::vector<json> lines = Lines(out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["id"], "p1");
  EXPECT_EQ(lines[0]["vi"], "Ông Trần Việt Trường chủ trì cuộc họp ngày 28-5 tại Cần Thơ.");
  EXPECT_EQ(lines[0]["en"], "Mr. Tran Viet Truong chaired the meeting on May 28 in Can Tho.");
  EXPECT_EQ(lines[1]["id"], "p1");
  EXPECT_EQ(lines[1]["en_idx"], json::array({1}));
}

// One broken page must not fail an engine's whole task: the error is a line
// of the output and the exit status stays 0 unless --strict asks otherwise.
TEST(AlignStdinCliTest, BadRecordGivesAnErrorLineAndTheStreamGoesOn) {
  std::string out;
  EXPECT_EQ(Pipe("align --stdin --jobs 2", std::string("{\"id\": 9}\n") + kRecord, &out), 0);
  std::vector<json> lines = Lines(out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["id"], 9);
  EXPECT_TRUE(lines[0].contains("error"));
  EXPECT_EQ(lines[2]["id"], "p1");
}

TEST(AlignStdinCliTest, StrictMakesABadRecordFailTheExitStatus) {
  std::string out;
  EXPECT_EQ(Pipe("align --stdin --strict", std::string("{\"id\": 9}\n") + kRecord, &out), 1);
  EXPECT_EQ(Lines(out).size(), 3u);
  out.clear();
  EXPECT_EQ(Pipe("align --stdin --strict", kRecord, &out), 0);
}

TEST(AlignStdinCliTest, PairsCanNameFilesInsteadOfCarryingText) {
  songngu::testing::TempDir dir;
  std::string vi = dir.Write("vi.txt", "Ông Trần Việt Trường chủ trì cuộc họp ngày 28-5 tại Cần Thơ.\n");
  std::string en = dir.Write("en.txt", "Mr. Tran Viet Truong chaired the meeting on May 28 in Can Tho.\n");
  std::string missing = dir.File("missing.txt");
  json ok = {{"id", "files"}, {"vi_path", vi}, {"en_path", en}};
  json bad = {{"id", "gone"}, {"vi_path", missing}, {"en_path", en}};
  std::string out;
  EXPECT_EQ(Pipe("align --stdin", ok.dump() + "\n" + bad.dump() + "\n", &out), 0);
  std::vector<json> lines = Lines(out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["id"], "files");
  EXPECT_EQ(lines[0]["en"], "Mr. Tran Viet Truong chaired the meeting on May 28 in Can Tho.");
  EXPECT_EQ(lines[1]["id"], "gone");
  EXPECT_NE(lines[1]["error"].get<std::string>().find("missing.txt"), std::string::npos);
}

TEST(AlignStdinCliTest, RecordNested100000DeepIsAnErrorLineNotACrash) {
  // Used to end in a segfault (rc 139) that lost the good records around it.
  std::string deep = "{\"id\": " + std::string(100000, '[') + std::string(100000, ']') + "}\n";
  std::string out;
  EXPECT_EQ(Pipe("align --stdin", kRecord + deep + kRecord, &out), 0);  // no --strict
  std::vector<json> lines = Lines(out);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0]["id"], "p1");
  EXPECT_EQ(lines[2], (json{{"id", nullptr}, {"error", "stdin:2: JSON nested deeper than 64 levels at column 71"}}));
  EXPECT_EQ(lines[3]["id"], "p1");
  EXPECT_EQ(lines[4]["id"], "p1");
}

TEST(AlignStdinCliTest, FilesWithStdinIsAUsageError) {
  std::string out;
  EXPECT_EQ(Pipe("align --stdin a.txt b.txt", "", &out), 2);
  EXPECT_TRUE(out.empty());
}

}  // namespace
