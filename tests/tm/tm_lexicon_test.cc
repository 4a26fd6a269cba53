#include "tm/tm_lexicon.h"

#include <gtest/gtest.h>

#include "aligner/error.h"
#include "test_util.h"

namespace songngu {
namespace {

using songngu::testing::Exists;
using songngu::testing::TempDir;

Lexicon Tiny() {
  LexiconBuilder b;
  b.Add("nhà", "hous", 1, 1);
  b.Add("sách", "book", 1, 1);
  return std::move(b).Build();
}

TEST(ResolveLexicon, WithoutATmFileTakesTheShippedDefaultAndCreatesNothing) {
  TempDir dir;
  const std::string tm = dir.File("none.db");
  Lexicon lex = ResolveLexicon("", tm);
  EXPECT_TRUE(lex.HasVietnamese("nghị_quyết"));
  EXPECT_FALSE(Exists(tm));
}

TEST(ResolveLexicon, TheTmsStoredLexiconWinsOverTheDefault) {
  TempDir dir;
  const std::string tm = dir.File("tm.db");
  {
    TmStore store(tm);
    store.SetLexicon(Tiny().Serialize(), 2);
  }
  Lexicon lex = ResolveLexicon("", tm);
  EXPECT_EQ(lex.size(), 2u);
  EXPECT_FLOAT_EQ(lex.ProbEnGivenVi("nhà", "hous"), 1.0f);
  EXPECT_FALSE(lex.HasVietnamese("nghị_quyết"));
}

TEST(ResolveLexicon, AnExplicitFileWinsOverTheTm) {
  TempDir dir;
  const std::string tm = dir.File("tm.db");
  {
    TmStore store(tm);
    store.SetLexicon(Tiny().Serialize(), 2);
  }
  LexiconBuilder b;
  b.Add("mèo", "cat", 1, 1);
  const std::string file = dir.File("cat.lex");
  std::move(b).Build().Save(file);
  Lexicon lex = ResolveLexicon(file, tm);
  EXPECT_EQ(lex.size(), 1u);
  EXPECT_TRUE(lex.HasVietnamese("mèo"));
}

TEST(ResolveLexicon, ACorruptStoredLexiconIsAnErrorNamingTheTm) {
  TempDir dir;
  const std::string tm = dir.File("tm.db");
  {
    TmStore store(tm);
    store.SetLexicon("not a lexicon\n", 0);
  }
  try {
    ResolveLexicon("", tm);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(tm), std::string::npos) << e.what();
  }
}

// songngu serve keeps the lexicon between requests: the shipped one until the
// TM stores its own, then that one, and a newer one when it is replaced.
TEST(TmLexiconCache, FollowsTheTmsStoredLexiconAndKeepsItOtherwise) {
  TempDir dir;
  TmStore store(dir.File("tm.db"));
  TmLexiconCache cache;
  std::shared_ptr<const Lexicon> first = cache.Get(store);
  EXPECT_TRUE(first->HasVietnamese("nghị_quyết"));  // the shipped default
  EXPECT_EQ(cache.Get(store), first);               // not loaded again

  store.SetLexicon(Tiny().Serialize(), 2);
  std::shared_ptr<const Lexicon> tiny = cache.Get(store);
  EXPECT_TRUE(tiny->HasVietnamese("sách"));
  EXPECT_FALSE(tiny->HasVietnamese("nghị_quyết"));
  EXPECT_EQ(cache.Get(store), tiny);
  // Another connection (another process) replaces it: seen on the next Get.
  LexiconBuilder b;
  b.Add("bút", "pen", 1, 1);
  TmStore(dir.File("tm.db")).SetLexicon(std::move(b).Build().Serialize(), 1);
  std::shared_ptr<const Lexicon> pen = cache.Get(store);
  EXPECT_TRUE(pen->HasVietnamese("bút"));
  EXPECT_FALSE(pen->HasVietnamese("sách"));
  // A request that took the old one keeps a valid lexicon.
  EXPECT_TRUE(tiny->HasVietnamese("sách"));
}

TEST(TrainFromTm, LearnsFromTheUnitsAndSkipsRejectedOnes) {
  TempDir dir;
  TmStore store(dir.File("tm.db"));
  int64_t batch = store.BeginBatch("test", "");
  // "xe" only ever co-occurs with "car" in kept units; the rejected unit would
  // pair it with "boat".
  for (const char* en : {"the car", "a car", "my car"}) {
    UnitInput u;
    u.vi = std::string("xe");
    u.en = en;
    store.AddUnit(u, batch);
  }
  UnitInput wrong;
  wrong.vi = "xe";
  wrong.en = "boat";
  int64_t id = store.AddUnit(wrong, batch).id;
  store.SetReview(id, Review::kRejected);

  Ibm1Options options;
  options.iterations = 5;
  TmTrainingReport report;
  Lexicon lex = TrainFromTm(store, Lexicon(), options, &report);
  EXPECT_EQ(report.pairs, 3);
  // "xe" is the only Vietnamese word, so it explains all six English tokens:
  // "car" is three of them.
  EXPECT_NEAR(lex.ProbEnGivenVi("xe", "car"), 0.5f, 1e-3);
  EXPECT_NEAR(lex.ProbEnGivenVi("xe", "the"), 1.0f / 6, 1e-3);
  EXPECT_EQ(lex.ProbEnGivenVi("xe", "boat"), 0.0f);
}

TEST(TrainFromTm, AnEmptyTmIsAnError) {
  TempDir dir;
  TmStore store(dir.File("tm.db"));
  EXPECT_THROW(TrainFromTm(store, Lexicon(), Ibm1Options()), Error);
}

}  // namespace
}  // namespace songngu
