// End-to-end tests of `songngu tm`, `songngu search` and `songngu concord`.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <sstream>

#include "test_util.h"

namespace {

using json = nlohmann::json;
using songngu::testing::Slurp;
using songngu::testing::TempDir;
using songngu::testing::WriteFile;

struct Result {
  int exit_code = -1;
  std::string out, err;
};

std::string Quote(const std::string& s) { return songngu::testing::ShellQuote(s); }

class TmCliTest : public ::testing::Test {
 protected:
  Result Run(const std::vector<std::string>& args) {
    std::string cmd = "--tm " + Quote(dir_.File("tm.db"));
    for (const std::string& a : args) cmd += " " + Quote(a);
    songngu::testing::CliRun run = songngu::testing::RunSongngu(cmd);
    return {run.status, run.out, run.err};
  }

  void WriteTmx() {
    WriteFile(dir_.File("in.tmx"),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
              "<header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" "
              "adminlang=\"en\" srclang=\"vi\" datatype=\"plaintext\"/>\n<body>\n"
              "<tu tuid=\"u1\"><note>n1</note><tuv xml:lang=\"vi\"><seg>Thành phố đã hoàn thành 12/20 nhiệm vụ trọng tâm</seg></tuv>"
              "<tuv xml:lang=\"en\"><seg>The city has completed 12/20 key tasks</seg></tuv></tu>\n"
              "<tu tuid=\"u2\"><tuv xml:lang=\"vi\"><seg>Phó Bí thư Thành ủy Nguyễn Văn Hiếu phát biểu</seg></tuv>"
              "<tuv xml:lang=\"en\"><seg>Deputy Secretary of the City Party Committee Nguyen Van Hieu spoke</seg></tuv></tu>\n"
              "<tu tuid=\"u3\"><tuv xml:lang=\"vi\"><seg>Phó Bí thư Thành ủy kiểm tra công trình</seg></tuv>"
              "<tuv xml:lang=\"en\"><seg>The Deputy Secretary of the City Party Committee inspected the works</seg></tuv></tu>\n"
              "<tu tuid=\"u4\"><tuv xml:lang=\"vi\"><seg>chỉ tiếng Việt</seg></tuv></tu>\n"
              "</body>\n</tmx>\n");
  }

  TempDir dir_;
};

TEST_F(TmCliTest, ImportSearchExportStats) {
  WriteTmx();
  Result imp = Run({"tm", "import", dir_.File("in.tmx")});
  ASSERT_EQ(imp.exit_code, 0) << imp.err;
  EXPECT_NE(imp.err.find("in.tmx:8: skipped: no English segment"), std::string::npos) << imp.err;
  EXPECT_NE(imp.err.find("imported 3 units"), std::string::npos) << imp.err;
  EXPECT_EQ(imp.out, "");

  Result s = Run({"search", "Thành phố đã hoàn thành 11/20 nhiệm vụ trọng tâm", "--json"});
  ASSERT_EQ(s.exit_code, 0) << s.err;
  json j = json::parse(s.out);
  ASSERT_EQ(j["candidates"].size(), 1u);
  EXPECT_EQ(j["candidates"][0]["id"], "u1");
  EXPECT_GE(j["candidates"][0]["score"].get<double>(), 95);
  EXPECT_EQ(j["candidates"][0]["target"], "The city has completed 11/20 key tasks");
  EXPECT_EQ(j["candidates"][0]["numbers_differ"], true);

  Result text = Run({"search", "THÀNH PHỐ ĐÃ HOÀN THÀNH 12/20 NHIỆM VỤ TRỌNG TÂM"});
  ASSERT_EQ(text.exit_code, 0);
  EXPECT_NE(text.out.find("100.0  [100]  u1  (unreviewed)"), std::string::npos) << text.out;

  Result ex = Run({"tm", "export", "--format", "tmx", dir_.File("out.tmx")});
  ASSERT_EQ(ex.exit_code, 0) << ex.err;
  std::string out = Slurp(dir_.File("out.tmx"));
  EXPECT_NE(out.find("<tu tuid=\"u2\">"), std::string::npos);
  EXPECT_NE(out.find("<note>n1</note>"), std::string::npos);
  EXPECT_EQ(Run({"tm", "export", "--format", "moses", dir_.File("m")}).exit_code, 0);
  EXPECT_EQ(Slurp(dir_.File("m.vi")).size() > 0, true);

  Result st = Run({"tm", "stats"});
  EXPECT_NE(st.out.find("units\t3\n"), std::string::npos) << st.out;
  EXPECT_NE(st.out.find("batch\t1\timport"), std::string::npos) << st.out;
}

TEST_F(TmCliTest, BatchQueriesPrintOneJsonLinePerQueryInOrder) {
  WriteTmx();
  ASSERT_EQ(Run({"tm", "import", dir_.File("in.tmx")}).exit_code, 0);
  WriteFile(dir_.File("q.txt"), "Phó Bí thư Thành ủy kiểm tra công trình\nhoàn toàn khác hẳn\nthành phố đã hoàn thành 12/20 nhiệm vụ trọng tâm\n");
  Result r = Run({"search", "--queries", dir_.File("q.txt"), "--min", "70", "--limit", "5", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  std::vector<json> rows;
  while (std::getline(lines, line)) rows.push_back(json::parse(line));
  ASSERT_EQ(rows.size(), 3u);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(rows[i]["i"], i);
    EXPECT_TRUE(rows[i]["ms"].is_number());
  }
  EXPECT_EQ(rows[0]["candidates"][0]["id"], "u3");
  EXPECT_TRUE(rows[1]["candidates"].empty());
  EXPECT_EQ(rows[2]["candidates"][0]["id"], "u1");
  EXPECT_EQ(rows[2]["candidates"][0]["score"], 100);
}

TEST_F(TmCliTest, BrokenTmxFailsAndStoresNothing) {
  WriteFile(dir_.File("bad.tmx"), "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><body>\n<tu><tuv xml:lang=\"vi\"><seg>một</seg>\n");
  Result r = Run({"tm", "import", dir_.File("bad.tmx")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("bad.tmx:"), std::string::npos) << r.err;
  Result st = Run({"tm", "stats"});
  EXPECT_NE(st.out.find("units\t0\n"), std::string::npos) << st.out;
  EXPECT_NE(st.out.find("batches\t0\n"), std::string::npos) << st.out;

  WriteFile(dir_.File("empty.tmx"), "");
  EXPECT_EQ(Run({"tm", "import", dir_.File("empty.tmx")}).exit_code, 1);
}

// Each broken TMX, XLIFF or TBX file gives exactly one line on stderr, naming
// file, line and column (libxml2 used to add its own lines).
TEST_F(TmCliTest, BrokenXmlFilesGiveOneLineEach) {
  struct Case {
    std::string name, text;
    std::vector<std::string> args;
  };
  const std::string bad_utf8 = "<seg>C\xe2n Th\xf5</seg>";
  std::vector<Case> cases = {
      {"a.tmx", "<tmx version=\"1.4\"><body>\n<tu><tuv xml:lang=\"vi\">" + bad_utf8 + "</tuv></tu></body></tmx>\n", {"tm", "import"}},
      {"b.tmx", "<tmx version=\"1.4\"><body>\n<tu><tuv xml:lang=\"vi\"><seg>x</tuv></tu></body></tmx>\n", {"tm", "import"}},
      {"c.xlf", "<xliff version=\"2.0\" srcLang=\"vi\">\n<file id=\"f\"><unit id=\"u\"><segment><source>C\xe2n</source></segment></unit></file></xliff>\n", {"tm", "import"}},
      {"d.xlf", "<xliff version=\"2.0\">\n<file id=\"f\"></xliff>\n", {"tm", "import"}},
      {"e.tbx", "<martif type=\"TBX\"><text><body>\n<termEntry><langSet xml:lang=\"vi\"><tig><term>C\xe2n</term></tig></langSet></termEntry></body></text></martif>\n", {"glossary", "import"}},
      {"f.tbx", "<martif><text>\n<body></text></martif>\n", {"glossary", "import"}},
  };
  for (const Case& c : cases) {
    WriteFile(dir_.File(c.name), c.text);
    std::vector<std::string> args = c.args;
    args.push_back(dir_.File(c.name));
    Result r = Run(args);
    EXPECT_EQ(r.exit_code, 1) << c.name;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    // songngu COMMAND: FILE:2:COLUMN: not well-formed XML: ...
    const std::string where = "songngu " + c.args[0] + ": " + dir_.File(c.name) + ":2:";
    EXPECT_EQ(r.err.rfind(where, 0), 0u) << r.err;
    std::string rest = r.err.substr(std::min(r.err.size(), where.size()));
    EXPECT_GT(rest.find(':'), 0u) << r.err;
    EXPECT_TRUE(std::all_of(rest.begin(), rest.begin() + rest.find(':'), ::isdigit)) << r.err;
    EXPECT_NE(r.err.find(": not well-formed XML: "), std::string::npos) << r.err;
  }
}

TEST_F(TmCliTest, StrictTurnsSkippedRecordsIntoAnError) {
  WriteTmx();
  Result r = Run({"tm", "import", "--strict", dir_.File("in.tmx")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("in.tmx:8"), std::string::npos) << r.err;
  EXPECT_NE(Run({"tm", "stats"}).out.find("units\t0\n"), std::string::npos);
}

TEST_F(TmCliTest, DeleteBatchAndBackup) {
  WriteTmx();
  ASSERT_EQ(Run({"tm", "import", dir_.File("in.tmx")}).exit_code, 0);
  WriteFile(dir_.File("more.tsv"), "Sở Y tế\tDepartment of Health\n");
  ASSERT_EQ(Run({"tm", "import", dir_.File("more.tsv")}).exit_code, 0);
  EXPECT_NE(Run({"tm", "stats"}).out.find("units\t4\n"), std::string::npos);
  Result b = Run({"tm", "backup", dir_.File("copy.db")});
  ASSERT_EQ(b.exit_code, 0) << b.err;
  Result d = Run({"tm", "delete", "--batch", "2"});
  ASSERT_EQ(d.exit_code, 0) << d.err;
  EXPECT_NE(Run({"tm", "stats"}).out.find("units\t3\n"), std::string::npos);
  EXPECT_EQ(Run({"search", "Sở Y tế"}).out, "");
  // The backup still has the deleted batch.
  std::string out = songngu::testing::RunSongngu("--tm " + Quote(dir_.File("copy.db")) + " tm stats").out;
  EXPECT_NE(out.find("units\t4\n"), std::string::npos) << out;
  EXPECT_EQ(Run({"tm", "delete", "--batch", "99"}).exit_code, 1);
  EXPECT_EQ(Run({"tm", "delete"}).exit_code, 2);
}

TEST_F(TmCliTest, Concord) {
  WriteTmx();
  ASSERT_EQ(Run({"tm", "import", dir_.File("in.tmx")}).exit_code, 0);
  Result r = Run({"concord", "Phó Bí thư Thành ủy", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out);
  EXPECT_EQ(j["units"], 2);
  ASSERT_EQ(j["groups"].size(), 1u);
  EXPECT_EQ(j["groups"][0]["rendering"], "Deputy Secretary of the City Party Committee");
  EXPECT_EQ(j["groups"][0]["count"], 2);
}

TEST_F(TmCliTest, MissingTmAndUsageErrors) {
  Result r = Run({"search", "xin chào"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("tm.db"), std::string::npos) << r.err;
  EXPECT_EQ(Run({"search"}).exit_code, 2);
  EXPECT_EQ(Run({"tm", "frobnicate"}).exit_code, 2);
  EXPECT_EQ(Run({"tm", "export", "--format", "xml", dir_.File("x")}).exit_code, 1);
}

}  // namespace
