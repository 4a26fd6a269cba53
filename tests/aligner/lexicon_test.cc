#include "aligner/lexicon.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "aligner/error.h"
#include "aligner/normalize.h"
#include "test_util.h"

namespace songngu {
namespace {

using Tokens = std::vector<std::string>;

const Lexicon& Default() {
  static const Lexicon lexicon = Lexicon::LoadDefault();
  return lexicon;
}

std::string LoadError(const testing::TempDir& dir, const std::string& text) {
  const std::string path = dir.Write("corrupt.lex", text);
  try {
    Lexicon::Load(path);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(EnglishToken, BritishSpellingsMeetAmericanOnes) {
  // Portal and agency English mixes both; the dictionaries are mostly American.
  const std::pair<const char*, const char*> same[] = {
      {"organised", "organized"}, {"Organisations", "organizations"},
      {"mobilise", "mobilize"},   {"fertiliser", "fertilizer"},
      {"analysed", "analyzed"},   {"Centre", "center"},
      {"metres", "meters"},       {"labour", "labor"},
      {"Flavours", "flavors"},    {"honoured", "honored"},
      {"programme", "program"},   {"dialogue", "dialog"},
      {"defence", "defense"}};
  for (const auto& [british, american] : same) {
    EXPECT_EQ(EnglishToken(british), EnglishToken(american)) << british;
  }
  // Short words that only look like those endings keep their own token.
  EXPECT_NE(EnglishToken("four"), EnglishToken("for"));
  EXPECT_NE(EnglishToken("hour"), EnglishToken("hor"));
  EXPECT_NE(EnglishToken("tours"), EnglishToken("tors"));
  EXPECT_NE(EnglishToken("raise"), EnglishToken("raize"));
  EXPECT_EQ(EnglishToken("rise"), "rise");
}

TEST(EnglishToken, LowerCasesAndStems) {
  EXPECT_EQ(EnglishToken("Resolutions"), "resolut");
  EXPECT_EQ(EnglishToken("tasks"), "task");
  EXPECT_EQ(EnglishToken("Committee"), "committe");
  EXPECT_EQ(EnglishToken("2024"), "2024");
}

TEST(Lexicon, EmptyLexiconKnowsNothing) {
  Lexicon empty;
  EXPECT_TRUE(empty.empty());
  EXPECT_EQ(empty.ProbEnGivenVi("nhiệm_vụ", "task"), 0.0f);
  EXPECT_EQ(empty.GroupVietnamese("Chủ tịch UBND"), (Tokens{"chủ", "tịch", "ubnd"}));
}

TEST(Lexicon, DefaultGroupsVietnameseWords) {
  EXPECT_EQ(Default().GroupVietnamese("Chủ tịch UBND thành phố"),
            (Tokens{"chủ_tịch", "ubnd", "thành_phố"}));
  // Numbers and document codes stay single tokens.
  EXPECT_EQ(Default().GroupVietnamese("Nghị quyết 59-NQ/TW năm 2024"),
            (Tokens{"nghị_quyết", "59-nq/tw", "năm", "2024"}));
  // Old and new tone placement group alike.
  EXPECT_EQ(Default().GroupVietnamese("Uỷ ban"), Default().GroupVietnamese("Ủy ban"));
}

TEST(Lexicon, DefaultLooksUpTranslations) {
  const std::string nghi_quyet = Default().GroupVietnamese("nghị quyết")[0];
  EXPECT_EQ(nghi_quyet, "nghị_quyết");
  EXPECT_GT(Default().ProbEnGivenVi(nghi_quyet, "resolut"), 0.5f);
  EXPECT_GT(Default().ProbEnGivenVi("nhiệm_vụ", "task"), 0.0f);
  EXPECT_GT(Default().ProbViGivenEn("task", "nhiệm_vụ"), 0.0f);
  EXPECT_EQ(Default().ProbEnGivenVi("nhiệm_vụ", "banana"), 0.0f);
  auto thanh_pho = Default().Translations("thành_phố", 1);
  ASSERT_EQ(thanh_pho.size(), 1u);
  EXPECT_EQ(thanh_pho[0].first, "citi");
}

TEST(Lexicon, GroupsTheLongestKeyEvenWithoutShorterOnes) {
  // "hội đồng nhân dân" is a key, "hội đồng nhân" is not: grouping must still
  // reach the four-syllable key, and fall back to "hội đồng" where it breaks off.
  auto key = [](const std::string& words) {
    std::string k = MatchingKey(words);
    for (char& c : k) c = c == ' ' ? '_' : c;
    return k;
  };
  LexiconBuilder b;
  b.Add(key("hội đồng"), "council", 1, 1);
  b.Add(key("hội đồng nhân dân"), "peopl", 1, 1);
  b.Add(key("nhân dân"), "peopl", 1, 1);
  Lexicon lex = std::move(b).Build();
  EXPECT_EQ(lex.GroupVietnamese("Hội đồng nhân dân tỉnh"),
            (Tokens{key("hội đồng nhân dân"), key("tỉnh")}));
  EXPECT_EQ(lex.GroupVietnamese("hội đồng nhân vật"),
            (Tokens{key("hội đồng"), key("nhân"), key("vật")}));
  EXPECT_EQ(lex.GroupVietnamese("hội đồng nhân"), (Tokens{key("hội đồng"), key("nhân")}));
  EXPECT_EQ(lex.GroupVietnamese("vì nhân dân"), (Tokens{key("vì"), key("nhân dân")}));
}

TEST(Lexicon, ComputesProbabilitiesFromWeights) {
  testing::TempDir dir;
  // Joint weights; "tasks" and "task" share the stem "task" and merge.
  const std::string path = dir.Write("weights.lex",
                                     "songngu-lexicon 1 english=words\n"
                                     "nhiệm_vụ\tduty 2\ttask 1\ttasks 1\n"
                                     "việc\ttask 4\n");
  Lexicon lex = Lexicon::Load(path);
  EXPECT_EQ(lex.size(), 3u);
  EXPECT_FLOAT_EQ(lex.ProbEnGivenVi("nhiệm_vụ", "duti"), 0.5f);
  EXPECT_FLOAT_EQ(lex.ProbEnGivenVi("nhiệm_vụ", "task"), 0.5f);
  EXPECT_FLOAT_EQ(lex.ProbEnGivenVi("việc", "task"), 1.0f);
  EXPECT_FLOAT_EQ(lex.ProbViGivenEn("task", "nhiệm_vụ"), 2.0f / 6.0f);
  EXPECT_FLOAT_EQ(lex.ProbViGivenEn("task", "việc"), 4.0f / 6.0f);
  EXPECT_FLOAT_EQ(lex.ProbViGivenEn("duti", "nhiệm_vụ"), 1.0f);
}

TEST(Lexicon, IdsGiveThePairsProbabilitiesWithoutCopyingEntries) {
  LexiconBuilder b;
  b.Add("nhà", "hous", 3, 1);
  b.Add("nhà", "home", 1, 1);
  b.Add("sách", "book", 1, 1);
  Lexicon lex = std::move(b).Build();
  const int64_t nha = lex.VietnameseId("nhà"), hous = lex.EnglishId("hous");
  const int64_t home = lex.EnglishId("home"), book = lex.EnglishId("book");
  ASSERT_GE(nha, 0);
  ASSERT_GE(hous, 0);
  ASSERT_GE(book, 0);
  float fwd = -1, bwd = -1;
  EXPECT_TRUE(lex.PairProbs(nha, hous, &fwd, &bwd));
  EXPECT_FLOAT_EQ(fwd, 0.75f);  // 3 of nhà's 4
  EXPECT_FLOAT_EQ(bwd, 1.0f);   // hous comes only from nhà
  EXPECT_TRUE(lex.PairProbs(nha, home, &fwd, &bwd));
  EXPECT_FLOAT_EQ(fwd, 0.25f);
  // Known words that are no pair, and unknown words: false and zeros.
  EXPECT_FALSE(lex.PairProbs(nha, book, &fwd, &bwd));
  EXPECT_EQ(fwd, 0.0f);
  EXPECT_EQ(bwd, 0.0f);
  EXPECT_EQ(lex.VietnameseId("xe"), -1);
  EXPECT_EQ(lex.EnglishId("nhà"), -1);  // the sides are separate vocabularies
  EXPECT_FALSE(lex.PairProbs(-1, hous, &fwd, &bwd));
  EXPECT_FALSE(lex.PairProbs(nha, -1, &fwd, &bwd));
  EXPECT_FALSE(Lexicon().PairProbs(0, 0, &fwd, &bwd));
}

TEST(Lexicon, SaveLoadRoundTrip) {
  LexiconBuilder b;
  b.Add("nhà", "hous", 3, 1);
  b.Add("nhà", "home", 1, 1);
  b.Add("sách", "book", 1, 1);
  Lexicon lex = std::move(b).Build();
  testing::TempDir dir;
  const std::string path = dir.File("roundtrip.lex");
  lex.Save(path);
  Lexicon back = Lexicon::Load(path);
  EXPECT_EQ(back.size(), 3u);
  EXPECT_FLOAT_EQ(back.ProbEnGivenVi("nhà", "hous"), 0.75f);
  EXPECT_FLOAT_EQ(back.ProbEnGivenVi("nhà", "home"), 0.25f);
  EXPECT_FLOAT_EQ(back.ProbViGivenEn("hous", "nhà"), 1.0f);
  EXPECT_FLOAT_EQ(back.ProbEnGivenVi("sách", "book"), 1.0f);
  // Stems are written as stems: loading them again must not stem twice.
  EXPECT_EQ(back.Translations("nhà", 1)[0].first, "hous");
}

TEST(Lexicon, CorruptFileNamesFileAndLine) {
  testing::TempDir dir;
  const std::string path = dir.File("corrupt.lex");
  std::string e = LoadError(dir, "songngu-lexicon 1 english=words\nnhà\thouse 1\nsách\tbook x\n");
  EXPECT_NE(e.find(path + ":3:"), std::string::npos) << e;
  e = LoadError(dir, "songngu-lexicon 1 english=words\nnhà house 1\n");
  EXPECT_NE(e.find(path + ":2:"), std::string::npos) << e;
  e = LoadError(dir, "hello\n");
  EXPECT_NE(e.find(path + ":1:"), std::string::npos) << e;
  e = LoadError(dir, "songngu-lexicon 1 english=words\nnhà\thouse -1\n");
  EXPECT_NE(e.find(path + ":2:"), std::string::npos) << e;
  e = LoadError(dir, "songngu-lexicon 1 english=words\nnhà\thou");
  EXPECT_NE(e.find("truncated"), std::string::npos) << e;
  e = LoadError(dir, "");
  EXPECT_NE(e.find(path), std::string::npos) << e;
  EXPECT_THROW(Lexicon::Load(dir.File("does-not-exist.lex")), Error);
}

TEST(Lexicon, ShippedKeysAreMatchingKeys) {
  // The generating script re-implements MatchingKey's tone placement in python;
  // every key must be a fixed point of the C++ one.
  int checked = 0;
  std::string last;
  for (const LexiconEntry& e : Default().Entries()) {
    if (e.vi == last) continue;
    last = e.vi;
    std::string spaced = e.vi;
    for (char& c : spaced) {
      if (c == '_') c = ' ';
    }
    std::string key = MatchingKey(spaced);
    for (char& c : key) {
      if (c == ' ') c = '_';
    }
    ASSERT_EQ(key, e.vi);
    ++checked;
  }
  EXPECT_GT(checked, 20000);
}

TEST(Lexicon, ShippedFileIsReproducedByTheScript) {
  if (!testing::Exists(testing::SharedPath("data/dict/fvdp.vi-en.tsv")))
    GTEST_SKIP() << "needs ../shared/data/dict";
  const std::string command =
      "python3 " + testing::ShellQuote(testing::SourcePath("scripts/build_lexicon.py")) +
      " --check --shared " + testing::ShellQuote(SONGNGU_SHARED_DIR) + " --out " +
      testing::ShellQuote(testing::SourcePath("data/lexicon/vi-en.lex"));
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
}

}  // namespace
}  // namespace songngu
