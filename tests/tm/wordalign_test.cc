// Word alignment inside TM units: links, storage with its schema step, TMX export.
#include "tm/wordalign.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>
#include <sstream>

#include "aligner/error.h"
#include "test_util.h"
#include "tm/tmx.h"

namespace songngu {
namespace {

using testing::TempDir;

const Glossary& Default() {
  static const Glossary g = Glossary::LoadDefault();
  return g;
}

const Lexicon& Lex() {
  static const Lexicon l = Lexicon::LoadDefault();
  return l;
}

bool Linked(const WordLinks& links, int vi, int en) {
  return std::find(links.begin(), links.end(), std::make_pair(vi, en)) != links.end();
}

TEST(WordLinksTest, FormatAndParseRoundTrip) {
  WordLinks links = {{0, 1}, {0, 2}, {3, 0}};
  EXPECT_EQ(FormatWordLinks(links), "0-1 0-2 3-0");
  EXPECT_EQ(ParseWordLinks("3-0 0-1  0-2"), links);
  EXPECT_EQ(ParseWordLinks(""), WordLinks());
}

TEST(WordLinksTest, MalformedIsRefused) {
  EXPECT_FALSE(ParseWordLinks("0-"));
  EXPECT_FALSE(ParseWordLinks("a-1"));
  EXPECT_FALSE(ParseWordLinks("0-1x"));
  EXPECT_FALSE(ParseWordLinks("0:1"));
}

TEST(AlignUnitWordsTest, TitleTermLinksAsABlock) {
  // vi words: Chủ0 tịch1 UBND2 thành3 phố4 phát5 biểu6
  // en words: The0 Chairman1 of2 the3 City4 People's5 Committee6 spoke7
  WordLinks l =
      AlignUnitWords("Chủ tịch UBND thành phố phát biểu.",
                     "The Chairman of the City People's Committee spoke.", &Lex(), &Default());
  for (int vi = 0; vi <= 4; ++vi) {
    for (int en = 1; en <= 6; ++en) EXPECT_TRUE(Linked(l, vi, en)) << vi << "-" << en;
    EXPECT_FALSE(Linked(l, vi, 0)) << vi;
    EXPECT_FALSE(Linked(l, vi, 7)) << vi;
  }
  // "phát biểu" is "spoke" by the lexicon.
  EXPECT_TRUE(Linked(l, 5, 7));
  EXPECT_TRUE(Linked(l, 6, 7));
}

TEST(AlignUnitWordsTest, NumbersAndPlacesLinkToTheirRendering) {
  // vi: Ngày0 15-3,1 thành2 phố3 giải4 ngân5 120 tỷ đồng(6,7,8) cho9 dự10 án11
  // en: On0 March1 15,2 the3 city4 disbursed5 VND6 120 billion(7,8) for9 the10 project11
  WordLinks l = AlignUnitWords("Ngày 15-3, thành phố giải ngân 120 tỷ đồng cho dự án.",
                               "On March 15, the city disbursed VND 120 billion for the project.",
                               &Lex(), &Default());
  EXPECT_TRUE(Linked(l, 1, 1));  // 15-3 -> March
  EXPECT_TRUE(Linked(l, 1, 2));  // 15-3 -> 15
  EXPECT_TRUE(Linked(l, 6, 7));  // 120 -> 120
  EXPECT_TRUE(Linked(l, 8, 6));  // đồng -> VND
  EXPECT_FALSE(Linked(l, 6, 11));
}

TEST(AlignUnitWordsTest, EmptySideGivesNoLinks) {
  EXPECT_TRUE(AlignUnitWords("", "Something.", &Lex(), &Default()).empty());
  EXPECT_TRUE(AlignUnitWords("Cần Thơ", "...", &Lex(), &Default()).empty());
}

UnitInput Pair(const std::string& vi, const std::string& en) {
  UnitInput u;
  u.vi = vi;
  u.en = en;
  return u;
}

TEST(WordAlignTmTest, StoresEveryUnitAndExportsItInTmx) {
  TempDir dir;
  TmStore store(dir.File("tm.db"));
  int64_t batch = store.BeginBatch("import", "test");
  int64_t id = store
                   .AddUnit(Pair("Chủ tịch UBND thành phố phát biểu.",
                                 "The Chairman of the City People's Committee spoke."),
                            batch)
                   .id;
  store.AddUnit(Pair("Ngày 15-3, thành phố giải ngân 120 tỷ đồng cho dự án.",
                     "On March 15, the city disbursed VND 120 billion for the project."),
                batch);
  TmWordAlignOptions o;
  o.ibm1.iterations = 2;
  TmWordAlignReport r = WordAlignTm(store, Lex(), &Default(), o);
  EXPECT_EQ(r.units, 2);
  EXPECT_EQ(r.pairs_trained, 2);
  EXPECT_EQ(store.WordAlignedUnits(), 2);
  EXPECT_TRUE(store.GetLexicon().has_value());  // the trained lexicon is the TM's own now
  std::optional<std::string> links = store.GetWordAlignment(id);
  ASSERT_TRUE(links.has_value());
  std::optional<WordLinks> parsed = ParseWordLinks(*links);
  ASSERT_TRUE(parsed.has_value());
  EXPECT_TRUE(Linked(*parsed, 0, 1));  // Chủ -> Chairman

  ExportTmx(store, dir.File("out.tmx"), ExportFilter());
  std::ifstream in(dir.File("out.tmx"));
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_NE(ss.str().find("<prop type=\"x-songngu-wordalign\">" + *links + "</prop>"),
            std::string::npos)
      << ss.str();

  // The links go with their unit.
  EXPECT_EQ(store.DeleteBatch(batch), 2);
  EXPECT_EQ(store.WordAlignedUnits(), 0);
}

TEST(WordAlignerTest, NewUnitsGetTheirAlignmentWhenStored) {
  TmStore store(":memory:");
  store.SetWordAligner(UnitWordAligner(&Lex(), &Default()));
  int64_t batch = store.BeginBatch("import", "test");
  const UnitInput title = Pair("Chủ tịch UBND thành phố phát biểu.",
                               "The Chairman of the City People's Committee spoke.");
  std::vector<UnitInput> many;
  for (int i = 0; i < 40; ++i) {  // enough for the two aligning threads
    many.push_back(Pair("Thành phố có " + std::to_string(i + 2) + " dự án.",
                        "The city has " + std::to_string(i + 2) + " projects."));
  }
  many.push_back(title);
  std::vector<AddResult> added = store.AddUnits(many, batch);
  ASSERT_EQ(added.size(), 41u);
  EXPECT_EQ(store.WordAlignedUnits(), 41);
  // What the store holds is what `tm wordalign` would compute with the same lexicon.
  EXPECT_EQ(store.GetWordAlignment(added.back().id),
            FormatWordLinks(AlignUnitWords(title.vi, title.en, &Lex(), &Default())));
  // Thành0 phố1 có2 N3 dự4 án5 / The0 city1 has2 N3 projects4: the number links to itself.
  std::optional<WordLinks> n = ParseWordLinks(*store.GetWordAlignment(added[7].id));
  ASSERT_TRUE(n.has_value());
  EXPECT_TRUE(Linked(*n, 3, 3));

  // A merged duplicate keeps its unit's row; a single AddUnit aligns too.
  EXPECT_TRUE(store.AddUnit(title, batch).merged);
  AddResult one = store.AddUnit(Pair("Ngày 15-3, thành phố giải ngân 120 tỷ đồng cho dự án.",
                                     "On March 15, the city disbursed VND 120 billion for the "
                                     "project."),
                                batch);
  EXPECT_EQ(store.WordAlignedUnits(), 42);
  std::optional<WordLinks> l = ParseWordLinks(*store.GetWordAlignment(one.id));
  ASSERT_TRUE(l.has_value());
  EXPECT_TRUE(Linked(*l, 6, 7));  // 120 -> 120

  // Rolled back with its units; without an aligner nothing is computed.
  {
    TmStore::Transaction txn(store);
    store.AddUnit(Pair("Sở Y tế họp.", "The Department of Health met."), batch);
  }
  EXPECT_EQ(store.WordAlignedUnits(), 42);
  store.SetWordAligner(nullptr);
  store.AddUnit(Pair("Sở Y tế họp.", "The Department of Health met."), batch);
  EXPECT_EQ(store.WordAlignedUnits(), 42);
}

TEST(WordAlignerTest, AnAlignerThatThrowsStoresNothing) {
  TmStore store(":memory:");
  store.SetWordAligner([](const std::string& vi, const std::string&) -> std::string {
    if (vi.find("hỏng") != std::string::npos) throw Error("cannot align");
    return "0-0";
  });
  std::vector<UnitInput> units;
  for (int i = 0; i < 20; ++i) units.push_back(Pair("câu " + std::to_string(i), "line"));
  units.push_back(Pair("câu hỏng", "broken line"));  // aligned on the helper thread
  EXPECT_THROW(store.AddUnits(units, 0), Error);
  EXPECT_EQ(store.Stats().units, 0);
  EXPECT_EQ(store.WordAlignedUnits(), 0);
}

TEST(WordAlignTmTest, SkipsIdsThatAreNoUnit) {
  TmStore store(":memory:");
  store.SetWordAlignments({{42, "0-0"}});
  EXPECT_EQ(store.WordAlignedUnits(), 0);
  EXPECT_FALSE(store.GetWordAlignment(42).has_value());
}

TEST(WordAlignTmTest, SchemaThreeFileIsMigratedKeepingItsUnits) {
  TempDir dir;
  const std::string path = dir.File("old.db");
  {
    TmStore store(path);
    store.AddUnit(Pair("Sở Tài chính", "The Department of Finance"), 0);
  }
  {  // Make it the file an older songngu wrote: schema 3, no word_alignment table.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db,
                           "DROP TRIGGER unit_delete_word_alignment; DROP TRIGGER "
                           "unit_text_word_alignment; DROP TABLE word_alignment; DROP TABLE "
                           "audit_change; DROP TABLE audit; DROP INDEX unit_review; DROP INDEX "
                           "unit_review_score; ALTER TABLE glossary DROP COLUMN status; PRAGMA "
                           "user_version = 3;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
  }
  TmStore store(path);
  EXPECT_EQ(store.Stats().schema_version, 5);
  EXPECT_EQ(store.Stats().units, 1);
  store.SetWordAlignments({{1, "0-1 1-1 2-3 3-3"}});
  EXPECT_EQ(store.GetWordAlignment(1), "0-1 1-1 2-3 3-3");
}

}  // namespace
}  // namespace songngu
