// End-to-end tests of `songngu pair` on the seed articles and on a folder
// holding an unreadable and a binary file.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "test_util.h"

namespace {

namespace fs = std::filesystem;

using songngu::testing::CliRun;

CliRun Songngu(const std::string& args) { return songngu::testing::RunSongngu(args); }

std::string Seeds() { return std::string(SONGNGU_SHARED_DIR) + "/seeds"; }

TEST(PairCliTest, SeedsGiveOnePairAndThreeUnpaired) {
  if (!fs::exists(Seeds())) GTEST_SKIP() << "needs ../shared/seeds";
  std::string s = Seeds() + "/";
  CliRun r = Songngu("pair " + s + "000_f248d404a3479108.txt " + s + "001_372fcefd87e77f7b.txt " + s +
                  "002_b601bdf4062e5b0e.txt " + s + "003_e632ea0e1a981b2d.txt " + s +
                  "004_3cd89cd0967ae1bf.txt");
  ASSERT_EQ(r.status, 0) << r.err;
  std::istringstream lines(r.out);
  std::string l1, l2, l3, l4, extra;
  std::getline(lines, l1);
  std::getline(lines, l2);
  std::getline(lines, l3);
  std::getline(lines, l4);
  EXPECT_FALSE(std::getline(lines, extra));
  // The pair: VI path, EN path, a confidence of at least 0.5.
  std::string prefix = s + "001_372fcefd87e77f7b.txt\t" + s + "000_f248d404a3479108.txt\t";
  ASSERT_EQ(l1.substr(0, prefix.size()), prefix);
  EXPECT_GE(std::stod(l1.substr(prefix.size())), 0.5);
  EXPECT_EQ(l2, "-\t" + s + "002_b601bdf4062e5b0e.txt\t0");
  EXPECT_EQ(l3, "-\t" + s + "003_e632ea0e1a981b2d.txt\t0");
  EXPECT_EQ(l4, "-\t" + s + "004_3cd89cd0967ae1bf.txt\t0");
}

TEST(PairCliTest, UnreadableAndBinaryFilesAreReportedAndTheRestIsPaired) {
  if (!fs::exists(Seeds())) GTEST_SKIP() << "needs ../shared/seeds";
  fs::path dir = fs::temp_directory_path() / ("songngu-pair-test-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "vi");
  fs::create_directories(dir / "en");
  fs::copy_file(Seeds() + "/001_372fcefd87e77f7b.txt", dir / "vi" / "a.txt");
  fs::copy_file(Seeds() + "/000_f248d404a3479108.txt", dir / "en" / "b.txt");
  fs::create_symlink("/nonexistent/songngu/file.txt", dir / "en" / "gone.txt");  // unreadable
  {
    std::ofstream bin(dir / "vi" / "image.txt", std::ios::binary);
    bin.write("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  }
  CliRun r = Songngu("pair --vi-dir " + (dir / "vi").string() + " --en-dir " + (dir / "en").string() +
                  " --format jsonl");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find((dir / "en" / "gone.txt").string()), std::string::npos) << r.err;
  EXPECT_NE(r.err.find((dir / "vi" / "image.txt").string()), std::string::npos) << r.err;
  std::string expected_start = "{\"vi\":\"" + (dir / "vi" / "a.txt").string() + "\",\"en\":\"" +
                               (dir / "en" / "b.txt").string() + "\",\"confidence\":";
  EXPECT_EQ(r.out.substr(0, expected_start.size()), expected_start) << r.out;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1);
  fs::remove_all(dir);
}

TEST(PairCliTest, NoInputIsAUsageError) {
  CliRun r = Songngu("pair");
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(r.out.empty());
}

}  // namespace
