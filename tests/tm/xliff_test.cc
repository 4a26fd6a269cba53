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

// XLIFF import used to take a French->German file as Vietnamese->English.
TEST(XliffTest, DeclaredLanguagesMustBeVietnameseToEnglishUnlessOverridden) {
  auto xliff = [](const std::string& src, const std::string& trg) {
    return "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"" +
           src + "\" trgLang=\"" + trg + "\">\n<file id=\"f\"><unit id=\"u1\"><segment>"
           "<source>" + src + "</source><target>" + trg + "</target></segment></unit></file></xliff>\n";
  };
  songngu::testing::TempDir dir;
  std::string frde = dir.Write("fr-de.xlf", xliff("fr", "de-DE"));
  TmStore store(":memory:");
  try {
    ImportXliff(store, frde, ImportOptions());
    FAIL() << "fr->de imported";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), frde + ":2: XLIFF languages fr->de-DE, expected vi->en "
                                            "(tm import --lang SRC,TRG accepts others); nothing imported");
  }
  EXPECT_EQ(store.Stats().units, 0);

  // Regions and case do not matter; --lang takes a file labelled otherwise.
  EXPECT_EQ(ImportXliff(store, dir.Write("vn.xlf", xliff("VI-vn", "en-GB")), ImportOptions()).added, 1);
  ImportOptions fr_de;
  fr_de.source_lang = "fr";
  fr_de.target_lang = "de";
  EXPECT_EQ(ImportXliff(store, frde, fr_de).added, 1);
  EXPECT_THROW(ImportXliff(store, dir.Write("en-vi.xlf", xliff("en", "vi")), ImportOptions()), Error);
}

TEST(XliffTest, Xliff12FileLanguagesAreChecked) {
  songngu::testing::TempDir dir;
  std::string path = dir.Write(
      "old.xlf",
      "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
      "<file source-language=\"vi\" target-language=\"en\" original=\"a\"><body><trans-unit id=\"1\">"
      "<source>Xin chào</source><target>Hello</target></trans-unit></body></file>\n"
      "<file source-language=\"fr\" target-language=\"en\" original=\"b\"><body><trans-unit id=\"2\">"
      "<source>Bonjour</source><target>Hello</target></trans-unit></body></file></xliff>\n");
  TmStore store(":memory:");
  try {
    ImportXliff(store, path, ImportOptions());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()).rfind(path + ":3: XLIFF languages fr->en, expected vi->en", 0), 0u) << e.what();
  }
  EXPECT_EQ(store.Stats().units, 0);
}

}  // namespace
}  // namespace songngu
