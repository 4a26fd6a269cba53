// End-to-end test of `songngu corpus build` and `corpus export`.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace {

namespace fs = std::filesystem;

using songngu::testing::CliRun;
using songngu::testing::RunSongngu;


TEST(CorpusCliTest, BuildReportsBadFilesResumesAndExportsSplits) {
  fs::path dir = fs::temp_directory_path() / ("songngu-corpus-cli-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "vi");
  fs::create_directories(dir / "en");
  for (int k = 0; k < 4; ++k) {
    std::string n = std::to_string(k), code = std::to_string(300 + k) + "/QĐ-UBND";
    std::ofstream(dir / "vi" / (n + ".txt"))
        << "Ngày " << 10 + k << "-6, UBND huyện Xã" << n << " ban hành Quyết định số " << code
        << ".\nQuyết định dành " << 2000 + 13 * k << " tỷ đồng cho bệnh viện.\n";
    std::ofstream(dir / "en" / (n + ".txt"))
        << "On June " << 10 + k << ", the People's Committee of Xa" << n << " District issued Decision No. " << code
        << ".\nThe decision gives " << 2000 + 13 * k << " billion dong to hospitals.\n";
  }
  std::ofstream(dir / "en" / "blob.txt", std::ios::binary).write("GIF89a\0\0\0\0", 10);
  std::string db = (dir / "tm.db").string();
  std::string build = "--tm " + db + " corpus build --vi-dir " + (dir / "vi").string() + " --en-dir " +
                      (dir / "en").string() + " --jobs 2";

  CliRun first = RunSongngu(build);
  EXPECT_EQ(first.status, 1);  // one bad file
  EXPECT_NE(first.err.find("blob.txt"), std::string::npos) << first.err;
  EXPECT_NE(first.err.find("4 pairs stored"), std::string::npos) << first.err;

  CliRun again = RunSongngu(build);
  EXPECT_NE(again.err.find("8 already stored"), std::string::npos) << again.err;
  EXPECT_NE(again.err.find("0 pairs stored"), std::string::npos) << again.err;

  CliRun exported = RunSongngu("--tm " + db + " corpus export --format tsv --split test=0.25 " + (dir / "out").string());
  ASSERT_EQ(exported.status, 0) << exported.err;
  EXPECT_TRUE(fs::exists(dir / "out.train.tsv"));
  EXPECT_TRUE(fs::exists(dir / "out.test.tsv"));
  EXPECT_NE(exported.err.find("test: 2 units from 1 documents"), std::string::npos) << exported.err;

  CliRun bad = RunSongngu("--tm " + db + " corpus export --format xml " + (dir / "x").string());
  EXPECT_EQ(bad.status, 2);
  fs::remove_all(dir);
}

// Issue 16: the TM's page cache is the build's only memory that grows with
// the TM rather than the pile; bounding it must not change the corpus.
TEST(CorpusCliTest, ASmallPageCacheBuildsTheSameCorpus) {
  fs::path dir = fs::temp_directory_path() / ("songngu-corpus-cache-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "vi");
  fs::create_directories(dir / "en");
  for (int k = 0; k < 6; ++k) {
    std::string n = std::to_string(k), code = std::to_string(410 + k) + "/KH-UBND";
    std::ofstream(dir / "vi" / (n + ".txt"))
        << "Ngày " << 3 + k << "-9, Sở Y tế tỉnh Tỉnh" << n << " ban hành Kế hoạch số " << code
        << ".\nKế hoạch tiêm chủng cho " << 1200 + 31 * k << " trẻ em tại " << 7 + k << " xã.\n";
    std::ofstream(dir / "en" / (n + ".txt"))
        << "On September " << 3 + k << ", the Department of Health of Tinh" << n
        << " Province issued Plan No. " << code << ".\nThe plan vaccinates " << 1200 + 31 * k
        << " children in " << 7 + k << " communes.\n";
  }
  auto build = [&](const std::string& db, const std::string& extra) {
    return RunSongngu("--tm " + (dir / db).string() + " corpus build --vi-dir " + (dir / "vi").string() +
                      " --en-dir " + (dir / "en").string() + " --jobs 2" + extra);
  };
  auto corpus = [&](const std::string& db) {
    CliRun r = RunSongngu("--tm " + (dir / db).string() + " corpus export --format tsv " +
                          (dir / (db + ".tsv")).string());
    EXPECT_EQ(r.status, 0) << r.err;
    // As a set of lines: aligners finish pairs in any order.
    std::ifstream in(dir / (db + ".tsv"));
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    std::sort(lines.begin(), lines.end());
    return lines;
  };
  CliRun normal = build("normal.db", "");
  ASSERT_EQ(normal.status, 0) << normal.err;
  EXPECT_NE(normal.err.find("6 pairs stored"), std::string::npos) << normal.err;
  CliRun small = build("small.db", " --cache-kib 64");
  ASSERT_EQ(small.status, 0) << small.err;
  std::vector<std::string> expected = corpus("normal.db");
  EXPECT_EQ(expected.size(), 12u);  // two sentences in each of six pairs
  EXPECT_EQ(corpus("small.db"), expected);

  CliRun tiny = build("tiny.db", " --cache-kib 10");
  EXPECT_EQ(tiny.status, 2);
  EXPECT_NE(tiny.err.find("--cache-kib must be at least 64"), std::string::npos) << tiny.err;
  fs::remove_all(dir);
}

}  // namespace
