// End-to-end: the `songngu segment` command as a user runs it.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace {

const std::string kBinary = SONGNGU_BINARY;
const std::string kSource = SONGNGU_SOURCE_DIR;

struct CliRun {
  int status = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `songngu ARGS` through the shell with stdout and stderr captured in files.
CliRun Songngu(const std::string& args) {
  std::string dir = ::testing::TempDir();
  std::string out = dir + "/segment_cli.out", err = dir + "/segment_cli.err";
  std::string cmd = "'" + kBinary + "' " + args + " >'" + out + "' 2>'" + err + "'";
  int rc = std::system(cmd.c_str());
  CliRun r;
  r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  r.out = Slurp(out);
  r.err = Slurp(err);
  return r;
}

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

std::vector<std::string> LinesOf(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(SegmentCli, PrintsOneSentencePerLineAndASummaryOnStderr) {
  CliRun r = Songngu("segment " + kSource + "/data/samples/vi-report.txt");
  ASSERT_EQ(r.status, 0) << r.err;
  std::vector<std::string> lines = LinesOf(r.out);
  ASSERT_EQ(lines.size(), 19u);
  EXPECT_EQ(lines[0], "Ông Nguyễn Văn Hòa, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố:");
  EXPECT_EQ(lines[18], "Các đơn vị phải hoàn thành việc này trong tháng 4-2025.");
  EXPECT_EQ(r.out.find("Chia sẻ"), std::string::npos);
  EXPECT_EQ(r.out.find("M. LAN"), std::string::npos);
  EXPECT_NE(r.err.find("date 2025-03-12"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("author M. LAN"), std::string::npos) << r.err;

  CliRun quiet = Songngu("--quiet segment " + kSource + "/data/samples/vi-report.txt");
  EXPECT_EQ(quiet.status, 0);
  EXPECT_EQ(quiet.err, "");
  EXPECT_EQ(quiet.out, r.out);
}

TEST(SegmentCli, JsonLinesEndWithTheMetadata) {
  CliRun r = Songngu("segment --format jsonl " + kSource + "/data/samples/en-report.txt");
  ASSERT_EQ(r.status, 0) << r.err;
  std::vector<std::string> lines = LinesOf(r.out);
  ASSERT_EQ(lines.size(), 16u);  // 15 sentences + the meta line
  nlohmann::json first = nlohmann::json::parse(lines[0]);
  EXPECT_EQ(first["text"], "Can Tho speeds up flood control works ahead of the 2025 rainy season");
  EXPECT_EQ(first["kind"], "headline");
  std::string raw = Slurp(kSource + "/data/samples/en-report.txt");
  EXPECT_EQ(raw.substr(first["begin"].get<size_t>(),
                       first["end"].get<size_t>() - first["begin"].get<size_t>()),
            first["text"].get<std::string>());
  EXPECT_EQ(nlohmann::json::parse(lines[3])["kind"], "caption");
  nlohmann::json meta = nlohmann::json::parse(lines.back())["meta"];
  EXPECT_EQ(meta["lang"], "en");
  EXPECT_EQ(meta["date"], "2025-03-14");
  EXPECT_EQ(meta["author"], "Minh Lan");
  EXPECT_EQ(meta["translator"], "Thu Ha");
  EXPECT_EQ(meta["furniture"].size(), 6u);
}

TEST(SegmentCli, HtmlInput) {
  CliRun r = Songngu("--quiet segment " + kSource + "/data/samples/vi-report.html");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(LinesOf(r.out).size(), 19u);
  EXPECT_EQ(r.out.find("Trang chủ"), std::string::npos);
}

TEST(SegmentCli, BadInputExitsOneWithTheFileAndPosition) {
  std::string empty = WriteTemp("empty.txt", "");
  CliRun e = Songngu("segment " + empty);
  EXPECT_EQ(e.status, 1);
  EXPECT_EQ(e.out, "");
  EXPECT_EQ(e.err, "songngu segment: " + empty + ": empty document\n");

  std::string bad = WriteTemp("bad.txt", "Xin chào.\n\xE1\xBA sai.\n");
  CliRun b = Songngu("segment " + bad);
  EXPECT_EQ(b.status, 1);
  EXPECT_EQ(b.out, "");
  EXPECT_EQ(b.err, "songngu segment: " + bad + ": byte 11: invalid UTF-8\n");
  CliRun lenient = Songngu("segment --lenient " + bad);
  EXPECT_EQ(lenient.status, 0);
  EXPECT_EQ(lenient.out, "Xin chào.\n\xEF\xBF\xBD sai.\n");
  EXPECT_NE(lenient.err.find("1 invalid UTF-8 sequences replaced"), std::string::npos)
      << lenient.err;

  std::string binary = WriteTemp("binary.bin", std::string("\x7F"
                                                           "ELF\0\0",
                                                           6));
  EXPECT_EQ(Songngu("segment " + binary).status, 1);
  CliRun missing = Songngu("segment " + ::testing::TempDir() + "/no-such-file.txt");
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("no-such-file.txt"), std::string::npos);
}

TEST(SegmentCli, WrongUsageExitsTwo) {
  std::string sample = kSource + "/data/samples/vi-report.txt";
  EXPECT_EQ(Songngu("segment").status, 2);
  EXPECT_EQ(Songngu("segment " + sample + " --format xml").status, 2);
  EXPECT_EQ(Songngu("segment " + sample + " --lang fr").status, 2);
  EXPECT_EQ(Songngu("segment " + sample + " --no-such-flag").status, 2);
  CliRun help = Songngu("segment --help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("example:"), std::string::npos);
}

TEST(SegmentCli, PresegmentedAndForcedLanguage) {
  std::string pre = WriteTemp("pre.txt", "Mr. A went home. He slept.\nNews and Events\n");
  CliRun r = Songngu("--quiet segment --presegmented --lang en " + pre);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "Mr. A went home. He slept.\nNews and Events\n");

  CliRun keep = Songngu("--quiet segment --keep-furniture " + kSource + "/data/samples/vi-report.txt");
  EXPECT_EQ(keep.status, 0);
  std::vector<std::string> lines = LinesOf(keep.out);
  ASSERT_EQ(lines.size(), 22u);  // 19 sentences + date line, byline, share link
  EXPECT_EQ(lines.front(), "12/03/2025 - 09:42");
  EXPECT_EQ(lines.back(), "Chia sẻ bài viết");
}

}  // namespace
