// End-to-end: `songngu lexicon lookup` and `songngu lexicon train`.
#include <gtest/gtest.h>

#include <string>

#include "aligner/lexicon.h"
#include "test_util.h"

namespace {

using songngu::testing::RunSongngu;
using songngu::testing::ShellQuote;
using songngu::testing::TempDir;

TEST(LexiconCli, LookupPrintsTranslations) {
  auto r = RunSongngu("lexicon lookup 'nghị quyết'");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "nghị_quyết\tresolut\t1\n");
  // English words list their Vietnamese sources.
  r = RunSongngu("lexicon lookup resolution");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("resolut\tnghị_quyết\t"), std::string::npos) << r.out;
}

TEST(LexiconCli, LookupOfUnknownWordFails) {
  auto r = RunSongngu("lexicon lookup qwxz");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("not in the lexicon"), std::string::npos) << r.err;
}

TEST(LexiconCli, TrainWritesALoadableLexicon) {
  TempDir dir;
  const std::string vi = dir.Write("p.vi", "ngôi nhà\nquyển sách\nnhà sách\n");
  const std::string en = dir.Write("p.en", "the house\nthe book\nbookshop\n");
  const std::string out = dir.File("p.lex");
  auto r = RunSongngu("--quiet lexicon train --parallel " + ShellQuote(vi) + " " + ShellQuote(en) +
                      " --iterations 3 --out " + ShellQuote(out));
  ASSERT_EQ(r.status, 0);
  songngu::Lexicon lex = songngu::Lexicon::Load(out);
  EXPECT_FALSE(lex.empty());
  EXPECT_GT(lex.ProbEnGivenVi("sách", "book"), 0.0f);
}

TEST(LexiconCli, TrainRejectsFilesOfDifferentLength) {
  TempDir dir;
  const std::string vi = dir.Write("q.vi", "một\nhai\n");
  const std::string en = dir.Write("q.en", "one\n");
  auto r = RunSongngu("lexicon train --parallel " + ShellQuote(vi) + " " + ShellQuote(en) + " --out " +
                      ShellQuote(dir.File("q.lex")));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(en), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("line-aligned"), std::string::npos) << r.err;
  EXPECT_FALSE(songngu::testing::Exists(dir.File("q.lex")));
}

TEST(LexiconCli, MissingSubcommandIsAUsageError) {
  EXPECT_EQ(RunSongngu("lexicon").status, 2);
  EXPECT_EQ(RunSongngu("lexicon frobnicate").status, 2);
}

}  // namespace
