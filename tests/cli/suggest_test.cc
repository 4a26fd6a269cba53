// End-to-end: the songngu binary's suggest, glossary, terms and XLIFF import.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace {

// Per process: ctest runs the tests of this file in parallel.
std::string StderrPath() { return ::testing::TempDir() + "/cli_suggest_stderr_" + std::to_string(getpid()); }

struct Result {
  int status = -1;
  std::string out;
};

Result Songngu(const std::string& args) {
  std::string cmd = std::string(SONGNGU_BINARY) + " " + args + " 2>" + StderrPath();
  Result r;
  FILE* p = popen(cmd.c_str(), "r");
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int rc = pclose(p);
  r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  return r;
}

std::string Stderr() {
  std::ifstream in(StderrPath());
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Temp(const std::string& name) {
  return ::testing::TempDir() + "/cli_suggest_" + std::to_string(getpid()) + "_" + name;
}

const std::string kRelease = std::string(SONGNGU_SOURCE_DIR) + "/data/samples/vi-new-release.txt";

TEST(CliSuggestTest, JsonAgainstATmAndXliffRoundTrip) {
  std::string db = Temp("tm.db");
  std::string tsv = Temp("units.tsv");
  std::ofstream(tsv) << "Nhiều hộ dân chưa đồng thuận với phương án hỗ trợ tái định cư.\tMany households have not "
                        "agreed with the resettlement support plan.\n"
                        "Theo báo cáo của Sở Xây dựng, đến nay thành phố đã hoàn thành 11/20 hạng mục của Dự án "
                        "chống ngập và thích ứng biến đổi khí hậu giai đoạn 2021 - 2025.\tAccording to the Department "
                        "of Construction, the city has completed 11 out of 20 items of the flood control and climate "
                        "change adaptation project for the 2021–2025 period.\n";
  ASSERT_EQ(Songngu("--tm " + db + " tm import " + tsv).status, 0) << Stderr();

  Result r = Songngu("--tm " + db + " suggest " + kRelease + " --format json");
  ASSERT_EQ(r.status, 0) << Stderr();
  std::vector<nlohmann::json> lines;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(lines.size(), 9u);
  EXPECT_EQ(lines[0]["i"], 0);
  EXPECT_EQ(lines[0]["kind"], "headline");
  EXPECT_EQ(lines[0]["terms"][0]["en"], "Chairman of the City People's Committee");
  EXPECT_EQ(lines[1]["entities"][0]["en"], "On June 20");
  EXPECT_EQ(lines[1]["entities"][1]["en"], "Mr. Nguyen Van Hoa");
  EXPECT_EQ(lines[4]["matches"][0]["score"], 100);
  EXPECT_EQ(lines[4]["draft"], "Many households have not agreed with the resettlement support plan.");
  EXPECT_GE(lines[3]["matches"][0]["score"], 95);
  EXPECT_LT(lines[3]["matches"][0]["score"], 100);
  EXPECT_EQ(lines[3]["draft"],
            "According to the Department of Construction, the city has completed 15 out of 20 items of the flood "
            "control and climate change adaptation project for the 2021–2025 period.");

  // XLIFF out, headline "translated", back in, found at 100.
  r = Songngu("--tm " + db + " suggest " + kRelease + " --format xliff");
  ASSERT_EQ(r.status, 0) << Stderr();
  std::string xml = r.out;
  size_t at = xml.find("</source>", xml.find("<segment id=\"s1\""));
  ASSERT_NE(at, std::string::npos);
  xml.insert(at + 9, "<target>City chairman inspects the Can Tho River embankment</target>");
  std::string xlf = Temp("done.xlf");
  std::ofstream(xlf) << xml;
  ASSERT_EQ(Songngu("--tm " + db + " tm import " + xlf).status, 0) << Stderr();
  r = Songngu("--tm " + db + " suggest " + kRelease + " --format json");
  auto first = nlohmann::json::parse(r.out.substr(0, r.out.find('\n')));
  EXPECT_EQ(first["matches"][0]["score"], 100);
  EXPECT_EQ(first["draft"], "City chairman inspects the Can Tho River embankment");
  std::remove(db.c_str());
  std::remove(tsv.c_str());
  std::remove(xlf.c_str());
}

TEST(CliSuggestTest, GlossaryImportLookupExport) {
  std::string db = Temp("g.db");
  std::string tsv = Temp("g.tsv");
  std::ofstream(tsv) << "vi\ten\tkind\nThành ủy\tmunicipal Party Committee\tbody\n";
  Result r = Songngu("glossary lookup \"Chủ tịch UBND TP Cần Thơ\"");
  ASSERT_EQ(r.status, 0) << Stderr();
  EXPECT_NE(r.out.find("Chairman of the Can Tho City People's Committee"), std::string::npos) << r.out;
  ASSERT_EQ(Songngu("--tm " + db + " glossary import " + tsv).status, 0) << Stderr();
  r = Songngu("--tm " + db + " glossary lookup \"Thành ủy\"");
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "Thành ủy\tmunicipal Party Committee\tbody\ttm\t" + tsv);
  r = Songngu("--tm " + db + " glossary export --format tbx --no-default-glossary");
  EXPECT_NE(r.out.find("<term>municipal Party Committee</term>"), std::string::npos) << r.out;
  r = Songngu("--tm " + db + " suggest " + kRelease + " --no-default-glossary --format json");
  auto first = nlohmann::json::parse(r.out.substr(0, r.out.find('\n')));
  EXPECT_TRUE(first["terms"].empty());  // only the TM's one entry; the headline has no "Thành ủy"
  std::remove(db.c_str());
  std::remove(tsv.c_str());
}

TEST(CliSuggestTest, BadInputFailsWithTheFileName) {
  Result r = Songngu("suggest /nonexistent/release.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(Stderr().find("/nonexistent/release.txt"), std::string::npos) << Stderr();
  EXPECT_TRUE(r.out.empty());
  std::string bad = Temp("bad.tbx");
  std::ofstream(bad) << "<martif><text>";
  r = Songngu("--tm " + Temp("x.db") + " glossary import " + bad);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(Stderr().find(bad), std::string::npos) << Stderr();
  EXPECT_EQ(Songngu("suggest " + kRelease + " --format pdf").status, 2);
  std::remove(bad.c_str());
}

}  // namespace
