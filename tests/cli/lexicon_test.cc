// End-to-end: `songngu lexicon lookup` and `songngu lexicon train`.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <string>

#include "aligner/lexicon.h"

namespace {

struct Result {
  int status;
  std::string out;
};

// Runs the songngu binary with `args`; stdout captured, stderr appended when asked.
Result Songngu(const std::string& args, bool with_stderr = false) {
  std::string command = std::string("'") + SONGNGU_BINARY + "' " + args + (with_stderr ? " 2>&1" : " 2>/dev/null");
  FILE* pipe = popen(command.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream f(path, std::ios::binary);
  f << text;
}

TEST(LexiconCli, LookupPrintsTranslations) {
  Result r = Songngu("lexicon lookup 'nghị quyết'");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "nghị_quyết\tresolut\t1\n");
  // English words list their Vietnamese sources.
  r = Songngu("lexicon lookup resolution");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("resolut\tnghị_quyết\t"), std::string::npos) << r.out;
}

TEST(LexiconCli, LookupOfUnknownWordFails) {
  Result r = Songngu("lexicon lookup qwxz", true);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("not in the lexicon"), std::string::npos) << r.out;
}

TEST(LexiconCli, TrainWritesALoadableLexicon) {
  const std::string dir = ::testing::TempDir();
  WriteFile(dir + "/p.vi", "ngôi nhà\nquyển sách\nnhà sách\n");
  WriteFile(dir + "/p.en", "the house\nthe book\nbookshop\n");
  const std::string out = dir + "/p.lex";
  Result r = Songngu("--quiet lexicon train --parallel '" + dir + "/p.vi' '" + dir + "/p.en' --iterations 3 --out '" +
                 out + "'");
  ASSERT_EQ(r.status, 0);
  songngu::Lexicon lex = songngu::Lexicon::Load(out);
  EXPECT_FALSE(lex.empty());
  EXPECT_GT(lex.ProbEnGivenVi("sách", "book"), 0.0f);
}

TEST(LexiconCli, TrainRejectsFilesOfDifferentLength) {
  const std::string dir = ::testing::TempDir();
  WriteFile(dir + "/q.vi", "một\nhai\n");
  WriteFile(dir + "/q.en", "one\n");
  Result r = Songngu("lexicon train --parallel '" + dir + "/q.vi' '" + dir + "/q.en' --out '" + dir + "/q.lex'", true);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find(dir + "/q.en"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("line-aligned"), std::string::npos) << r.out;
}

TEST(LexiconCli, MissingSubcommandIsAUsageError) {
  EXPECT_EQ(Songngu("lexicon").status, 2);
  EXPECT_EQ(Songngu("lexicon frobnicate").status, 2);
}

}  // namespace
