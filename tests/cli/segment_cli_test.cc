// End-to-end: the `songngu segment` command as a user runs it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_util.h"

namespace {

using songngu::testing::CliRun;
using songngu::testing::Slurp;
using songngu::testing::TempDir;

const std::string kSource = SONGNGU_SOURCE_DIR;

CliRun Songngu(const std::string& args) { return songngu::testing::RunSongngu(args); }
std::vector<std::string> LinesOf(const std::string& s) { return songngu::testing::Lines(s); }

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
  TempDir tmp;
  std::string empty = tmp.Write("empty.txt", "");
  CliRun e = Songngu("segment " + empty);
  EXPECT_EQ(e.status, 1);
  EXPECT_EQ(e.out, "");
  EXPECT_EQ(e.err, "songngu segment: " + empty + ": empty document\n");

  std::string bad = tmp.Write("bad.txt", "Xin chào.\n\xE1\xBA sai.\n");
  CliRun b = Songngu("segment " + bad);
  EXPECT_EQ(b.status, 1);
  EXPECT_EQ(b.out, "");
  EXPECT_EQ(b.err, "songngu segment: " + bad + ": byte 11: invalid UTF-8\n");
  CliRun lenient = Songngu("segment --lenient " + bad);
  EXPECT_EQ(lenient.status, 0);
  EXPECT_EQ(lenient.out, "Xin chào.\n\xEF\xBF\xBD sai.\n");
  EXPECT_NE(lenient.err.find("1 invalid UTF-8 sequences replaced"), std::string::npos)
      << lenient.err;

  std::string binary = tmp.Write("binary.bin", std::string("\x7F"
                                                           "ELF\0\0",
                                                           6));
  EXPECT_EQ(Songngu("segment " + binary).status, 1);
  CliRun missing = Songngu("segment " + tmp.File("no-such-file.txt"));
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
  TempDir tmp;
  std::string pre = tmp.Write("pre.txt", "Mr. A went home. He slept.\nNews and Events\n");
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
