// End-to-end test of `songngu corpus build` and `corpus export`.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

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

}  // namespace
