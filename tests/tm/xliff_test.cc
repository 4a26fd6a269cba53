#include "tm/xliff.h"

#include <gtest/gtest.h>

#include <fstream>

#include "aligner/error.h"
#include "aligner/text.h"
#include "tm/glossary.h"
#include "tm/store.h"
#include "tm/suggest.h"
#include "test_util.h"

namespace songngu {
namespace {

// Fills every segment's target: inserts "<target>EN</target>" after the
// segment's </source>, as a CAT tool would.
std::string FillTargets(std::string xml, const std::vector<std::string>& targets) {
  size_t pos = 0;
  for (const std::string& t : targets) {
    pos = xml.find("<segment ", pos);
    pos = xml.find("</source>", pos) + 9;
    xml.insert(pos, "<target>" + t + "</target>");
  }
  return xml;
}

TEST(XliffTest, ReadsSegmentsNotMatchSources) {
  auto segs = ReadXliff(
      "<?xml version=\"1.0\"?><xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
      "xmlns:mtc=\"urn:oasis:names:tc:xliff:matches:2.0\" version=\"2.0\" srcLang=\"vi\" trgLang=\"en\">"
      "<file id=\"f\"><unit id=\"u1\"><mtc:matches><mtc:match ref=\"#s1\"><source>cũ</source><target>old</target>"
      "</mtc:match></mtc:matches><segment id=\"s1\" state=\"translated\"><source>Xin <pc id=\"1\">chào</pc></source>"
      "<target>Hello</target></segment></unit><unit id=\"u2\"><segment><source>Chưa dịch</source></segment></unit>"
      "</file></xliff>",
      "t.xlf");
  ASSERT_EQ(segs.size(), 2u);
  EXPECT_EQ(segs[0].unit_id, "u1");
  EXPECT_EQ(segs[0].source, "Xin chào");
  EXPECT_EQ(segs[0].target, "Hello");
  EXPECT_EQ(segs[0].state, "translated");
  EXPECT_EQ(segs[1].source, "Chưa dịch");
  EXPECT_EQ(segs[1].target, "");
}

TEST(XliffTest, BrokenFilesNameTheFileAndLine) {
  try {
    ReadXliff("<xliff>\n<file>\n</xliff>", "broken.xlf");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()).rfind("broken.xlf:3:", 0), 0u) << e.what();
  }
  EXPECT_THROW(ReadXliff("<tmx/>", "other.xml"), Error);
}

TEST(XliffTest, RoundTripSuggestTranslateImportSuggest) {
  const std::string release_text =
      "Ngày 28-5, UBND thành phố tổ chức hội nghị.\n\nĐại biểu HĐND thành phố tham dự hội nghị.\n";
  Document release = ParseDocument(release_text, "release.txt", [] {
    SegmentOptions o;
    o.lang = "vi";
    o.presegmented = true;
    return o;
  }());
  ASSERT_EQ(release.sentences.size(), 2u);
  TmStore store(":memory:");
  Glossary glossary = Glossary::LoadDefault();

  auto first = Suggest(release, store, glossary);
  ASSERT_EQ(first.size(), 2u);
  EXPECT_TRUE(first[0].matches.empty());

  songngu::testing::TempDir dir;  // tests/tm/test_util.h
  std::string xlf = dir.File("roundtrip.xlf");
  std::ofstream(xlf, std::ios::binary) << FillTargets(
      WriteSuggestionsXliff(first), {"On May 28, the City People's Committee held a conference.",
                                     "Deputies of the City People's Council attended the conference."});
  ImportReport report = ImportXliff(store, xlf, ImportOptions());
  EXPECT_EQ(report.records, 2);
  EXPECT_EQ(report.added, 2);
  EXPECT_TRUE(report.skipped.empty());
  auto unit = store.GetUnit(1);
  ASSERT_TRUE(unit.has_value());
  EXPECT_EQ(unit->origin, Origin::kTranslated);
  EXPECT_EQ(unit->review, Review::kAccepted);

  auto second = Suggest(release, store, glossary);
  ASSERT_EQ(second.size(), 2u);
  ASSERT_FALSE(second[0].matches.empty());
  EXPECT_EQ(second[0].matches[0].score, 100);
  EXPECT_EQ(second[0].draft, "On May 28, the City People's Committee held a conference.");
  ASSERT_FALSE(second[1].matches.empty());
  EXPECT_EQ(second[1].matches[0].score, 100);
  EXPECT_EQ(second[1].draft, "Deputies of the City People's Council attended the conference.");
}

TEST(XliffTest, SegmentsNotTranslatedYetAreCountedNotStored) {
  Document release = ParseDocument("Ngày 28-5, UBND thành phố tổ chức hội nghị.\nHội nghị kết thúc lúc 11 giờ.\n",
                                   "release.txt", [] {
                                     SegmentOptions o;
                                     o.lang = "vi";
                                     o.presegmented = true;
                                     return o;
                                   }());
  TmStore store(":memory:");
  auto suggestions = Suggest(release, store, Glossary::LoadDefault());
  songngu::testing::TempDir dir;
  std::string xlf = dir.File("half.xlf");
  std::ofstream(xlf, std::ios::binary)
      << FillTargets(WriteSuggestionsXliff(suggestions), {"On May 28, the City People's Committee held a conference."});
  ImportReport report = ImportXliff(store, xlf, ImportOptions());
  EXPECT_EQ(report.records, 2);
  EXPECT_EQ(report.added, 1);
  EXPECT_EQ(report.untranslated, 1);
  EXPECT_TRUE(report.skipped.empty());
  EXPECT_EQ(store.Stats().units, 1);
}

}  // namespace
}  // namespace songngu
