#include "tm/tmx.h"

#include <gtest/gtest.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "aligner/error.h"
#include "test_util.h"

namespace songngu {
namespace {

using testing::Slurp;
using testing::TempDir;
using testing::WriteFile;

const char* const kHeader =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<tmx version=\"1.4\">\n"
    "<header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" "
    "srclang=\"vi\" datatype=\"plaintext\"/>\n<body>\n";

std::string Tmx(const std::string& body) { return std::string(kHeader) + body + "</body>\n</tmx>\n"; }

std::string Tu(const std::string& id, const std::string& vi, const std::string& en) {
  return "<tu tuid=\"" + id + "\"><tuv xml:lang=\"vi\"><seg>" + vi + "</seg></tuv><tuv xml:lang=\"en\"><seg>" + en +
         "</seg></tuv></tu>\n";
}

// Imports `text` as a TMX file into `store`, expecting an error; returns its message.
std::string ImportError(TmStore& store, const std::string& text, const TempDir& dir, ImportOptions o = {}) {
  std::string path = dir.File("in.tmx");
  WriteFile(path, text);
  try {
    ImportTmx(store, path, o);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(TmxTest, RoundTripKeepsTextTagsNotesAndProps) {
  TempDir dir;
  std::string in = Tmx(
      "<tu tuid=\"a1\">\n"
      "  <note>checked by editor</note>\n"
      "  <prop type=\"x-domain\">government</prop>\n"
      "  <tuv xml:lang=\"vi-VN\"><prop type=\"x-src\">portal</prop>"
      "<seg>Bấm <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Lưu<ept i=\"1\">&lt;/b&gt;</ept> &amp; thoát<ph x=\"2\">&lt;br/&gt;</ph></seg></tuv>\n"
      "  <tuv xml:lang=\"EN-GB\"><seg>Press <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Save<ept i=\"1\">&lt;/b&gt;</ept> &amp; quit<ph x=\"2\">&lt;br/&gt;</ph></seg></tuv>\n"
      "</tu>\n");
  WriteFile(dir.File("in.tmx"), in);
  TmStore store(":memory:");
  ImportReport r = ImportTmx(store, dir.File("in.tmx"), ImportOptions());
  EXPECT_EQ(r.added, 1);
  Unit u = *store.GetUnit(1);
  EXPECT_EQ(u.vi, "Bấm \u27e61\u27e7Lưu\u27e62\u27e7 & thoát\u27e63\u27e7");
  EXPECT_EQ(u.external_id, "a1");
  // Tag-free text finds the unit at 100.
  std::vector<Match> m = store.Search("Bấm Lưu & thoát");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].score, 100);

  ExportTmx(store, dir.File("out.tmx"), ExportFilter());
  std::string out = Slurp(dir.File("out.tmx"));
  EXPECT_NE(out.find("<seg>Bấm <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Lưu<ept i=\"1\">&lt;/b&gt;</ept> &amp; "
                     "thoát<ph x=\"2\">&lt;br/&gt;</ph></seg>"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("<note>checked by editor</note>"), std::string::npos);
  EXPECT_NE(out.find("<prop type=\"x-domain\">government</prop>"), std::string::npos);
  EXPECT_NE(out.find("<prop type=\"x-src\">portal</prop>"), std::string::npos);
  EXPECT_NE(out.find("tuid=\"a1\""), std::string::npos);
  EXPECT_NE(out.find("segtype=\"sentence\""), std::string::npos);
  EXPECT_NE(out.find("creationtool=\"songngu\""), std::string::npos);

  // And back in: same unit, same props, nothing duplicated.
  TmStore again(":memory:");
  EXPECT_EQ(ImportTmx(again, dir.File("out.tmx"), ImportOptions()).added, 1);
  Unit v = *again.GetUnit(1);
  EXPECT_EQ(v.vi, u.vi);
  EXPECT_EQ(v.en, u.en);
  EXPECT_EQ(nlohmann::json::parse(v.props), nlohmann::json::parse(u.props));
}

TEST(TmxTest, LanguageVariantsAndTmx11LangAttribute) {
  TempDir dir;
  WriteFile(dir.File("in.tmx"),
            Tmx("<tu><tuv lang=\"VI\"><seg>một</seg></tuv><tuv lang=\"en-us\"><seg>one</seg></tuv></tu>\n"
                "<tu><tuv xml:lang=\"vi-vn\"><seg>hai</seg></tuv><tuv xml:lang=\"fr\"><seg>deux</seg></tuv>"
                "<tuv xml:lang=\"en\"><seg>two</seg></tuv></tu>\n"));
  TmStore store(":memory:");
  ImportReport r = ImportTmx(store, dir.File("in.tmx"), ImportOptions());
  EXPECT_EQ(r.added, 2);
  EXPECT_TRUE(r.skipped.empty());
  EXPECT_EQ(store.GetUnit(2)->en, "two");
}

TEST(TmxTest, MissingSideAndEmptySegmentAreSkippedWithLineNumbers) {
  TempDir dir;
  WriteFile(dir.File("in.tmx"), Tmx(Tu("1", "một", "one") +                                   // line 5
                                    "<tu tuid=\"2\"><tuv xml:lang=\"vi\"><seg>hai</seg></tuv></tu>\n" +  // line 6
                                    Tu("3", "  ", "three") +                                  // line 7
                                    Tu("4", "bốn", "four")));
  TmStore store(":memory:");
  ImportReport r = ImportTmx(store, dir.File("in.tmx"), ImportOptions());
  EXPECT_EQ(r.records, 4);
  EXPECT_EQ(r.added, 2);
  ASSERT_EQ(r.skipped.size(), 2u);
  EXPECT_EQ(r.skipped[0].line, 6);
  EXPECT_NE(r.skipped[0].reason.find("no English"), std::string::npos);
  EXPECT_EQ(r.skipped[1].line, 7);
  EXPECT_NE(r.skipped[1].reason.find("empty Vietnamese"), std::string::npos);
}

TEST(TmxTest, StrictModeStoresNothingOnASkippedRecord) {
  TempDir dir;
  TmStore store(":memory:");
  ImportOptions strict;
  strict.strict = true;
  std::string err = ImportError(store, Tmx(Tu("1", "một", "one") + Tu("2", "hai", "")), dir, strict);
  EXPECT_NE(err.find("in.tmx:6"), std::string::npos) << err;
  EXPECT_EQ(store.Stats().units, 0);
  EXPECT_EQ(store.Stats().batches, 0);
}

TEST(TmxTest, UnclosedTagIsAnErrorAndNothingIsStored) {
  TempDir dir;
  TmStore store(":memory:");
  std::string text = std::string(kHeader) + Tu("1", "một", "one") + Tu("2", "hai", "two") +
                     "<tu tuid=\"3\"><tuv xml:lang=\"vi\"><seg>ba</seg></tuv>\n</body></tmx>\n";
  std::string err = ImportError(store, text, dir);
  EXPECT_NE(err.find("in.tmx:"), std::string::npos) << err;
  EXPECT_NE(err.find("not well-formed"), std::string::npos) << err;
  EXPECT_EQ(store.Stats().units, 0);
  EXPECT_EQ(store.Stats().batches, 0);
}

TEST(TmxTest, TruncatedFileIsAnError) {
  TempDir dir;
  TmStore store(":memory:");
  std::string text = Tmx(Tu("1", "một", "one") + Tu("2", "hai", "two"));
  EXPECT_NE(ImportError(store, text.substr(0, text.size() - 20), dir), "");
  EXPECT_EQ(store.Stats().units, 0);
}

TEST(TmxTest, WrongEncodingIsAnError) {
  TempDir dir;
  TmStore store(":memory:");
  // "Cần" in Windows-1258-like single bytes inside a file that claims UTF-8.
  std::string err = ImportError(store, Tmx(Tu("1", "C\xe2n Th\xf5", "Can Tho")), dir);
  EXPECT_NE(err.find("in.tmx:5"), std::string::npos) << err;
  EXPECT_EQ(store.Stats().units, 0);
}

TEST(TmxTest, NoVietnameseAtAllIsAnError) {
  TempDir dir;
  TmStore store(":memory:");
  std::string err = ImportError(
      store, Tmx("<tu><tuv xml:lang=\"fr\"><seg>un</seg></tuv><tuv xml:lang=\"en\"><seg>one</seg></tuv></tu>\n"), dir);
  EXPECT_NE(err.find("languages: fr, en"), std::string::npos) << err;
  EXPECT_EQ(store.Stats().batches, 0);
}

TEST(TmxTest, EmptyFileAndNonTmxAreErrors) {
  TempDir dir;
  TmStore store(":memory:");
  EXPECT_NE(ImportError(store, "", dir).find("empty file"), std::string::npos);
  EXPECT_NE(ImportError(store, "<?xml version=\"1.0\"?><html><body/></html>", dir).find("not a TMX file"),
            std::string::npos);
  EXPECT_NE(ImportError(store, "vi\ten\n", dir).find("not well-formed"), std::string::npos);
  EXPECT_EQ(store.Stats().units, 0);
}

TEST(TmxTest, FailedImportLeavesEarlierImportsIntact) {
  TempDir dir;
  TmStore store(":memory:");
  WriteFile(dir.File("good.tmx"), Tmx(Tu("1", "một", "one")));
  ImportTmx(store, dir.File("good.tmx"), ImportOptions());
  std::string err = ImportError(store, std::string(kHeader) + Tu("2", "hai", "two") + "<tu>", dir);
  EXPECT_NE(err, "");
  EXPECT_EQ(store.Stats().units, 1);
  EXPECT_EQ(store.Stats().batches, 1);
  EXPECT_TRUE(store.Search("hai").empty());
}

TEST(TmxTest, TsvImportWithNotesAndSkippedLines) {
  TempDir dir;
  WriteFile(dir.File("in.tsv"), "Sở Y tế\tDepartment of Health\tofficial name\n\nchỉ một cột\nSở Tài chính\tDepartment of Finance\r\n");
  TmStore store(":memory:");
  ImportReport r = ImportTsv(store, dir.File("in.tsv"), ImportOptions());
  EXPECT_EQ(r.added, 2);
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].line, 3);
  EXPECT_EQ(store.GetUnit(2)->en, "Department of Finance");
  EXPECT_EQ(nlohmann::json::parse(store.GetUnit(1)->props)["notes"][0], "official name");
}

TEST(TmxTest, TsvWithInvalidUtf8StoresNothing) {
  TempDir dir;
  WriteFile(dir.File("in.tsv"), "một\tone\nC\xe2n\tCan\n");
  TmStore store(":memory:");
  try {
    ImportTsv(store, dir.File("in.tsv"), ImportOptions());
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("in.tsv:2"), std::string::npos) << e.what();
  }
  EXPECT_EQ(store.Stats().units, 0);
}

TEST(TmxTest, MosesAndTsvExport) {
  TempDir dir;
  TmStore store(":memory:");
  UnitInput low;
  low.vi = "một";
  low.en = "one";
  low.origin = Origin::kAligned;
  low.score = 0.2;
  store.AddUnit(low, 0);
  UnitInput tagged;
  tagged.vi = "Bấm \u27e61\u27e7Lưu";
  tagged.en = "Press \u27e61\u27e7Save";
  store.AddUnit(tagged, 0);
  EXPECT_EQ(ExportMoses(store, dir.path(), ExportFilter()), 2);
  EXPECT_EQ(Slurp(dir.File("corpus.vi")), "một\nBấm Lưu\n");
  EXPECT_EQ(Slurp(dir.File("corpus.en")), "one\nPress Save\n");
  ExportFilter min;
  min.min_score = 0.5;
  EXPECT_EQ(ExportMoses(store, dir.File("hi"), min), 1);
  EXPECT_EQ(Slurp(dir.File("hi.vi")), "Bấm Lưu\n");
  ExportTsv(store, dir.File("out.tsv"), ExportFilter());
  EXPECT_EQ(Slurp(dir.File("out.tsv")), "một\tone\nBấm Lưu\tPress Save\n");
}

// A 20 MB attribute full of '>' took libxml2's push parser minutes (187 s
// measured); markup over 64 KB is now refused as soon as the bound is passed.
TEST(TmxTest, HugeAttributeIsRefusedQuickly) {
  TempDir dir;
  TmStore store(":memory:");
  std::string value;
  value.reserve(20 << 20);
  while (value.size() < (20u << 20)) value += std::string(99, 'a') + ">";
  auto start = std::chrono::steady_clock::now();
  std::string err = ImportError(store, Tmx(Tu("1", "một", "one") + "<tu tuid=\"" + value + "\">\n" +
                                           "<tuv xml:lang=\"vi\"><seg>hai</seg></tuv></tu>\n"),
                                dir);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(err, dir.File("in.tmx") + ":6: markup over 64 KB (a tag with its attributes, a comment or a declaration)");
  EXPECT_LT(seconds, 10);
  EXPECT_EQ(store.Stats().units, 0);
  // Comments are markup too.
  err = ImportError(store, Tmx("<!-- " + value.substr(0, 1 << 20) + " -->\n" + Tu("1", "một", "one")), dir);
  EXPECT_EQ(err, dir.File("in.tmx") + ":5: markup over 64 KB (a tag with its attributes, a comment or a declaration)");
}

TEST(TmxTest, LongButBoundedMarkupAndLongSegmentsStillImport) {
  TempDir dir;
  TmStore store(":memory:");
  std::string id(60000, 'x'), text;
  while (text.size() < (2u << 20)) text += "Thành phố có 14 dự án > 5.000 tỷ đồng. ";
  WriteFile(dir.File("ok.tmx"), Tmx("<!-- exported -->\n<tu tuid=\"" + id + "\"><tuv xml:lang=\"vi\"><seg>" + text +
                                    "</seg></tuv><tuv xml:lang=\"en\"><seg><![CDATA[" + std::string(100000, ']') +
                                    "]]></seg></tuv></tu>\n"));
  EXPECT_EQ(ImportTmx(store, dir.File("ok.tmx"), ImportOptions()).added, 1);
}

// libxml2's message for bad bytes has a line break inside ("...indicate
// encoding !\nBytes: 0xE2 0x6E"): the error is one line with line and column.
TEST(TmxTest, XmlErrorsAreOneLineWithLineAndColumn) {
  TempDir dir;
  TmStore store(":memory:");
  std::string err = ImportError(store, Tmx(Tu("1", "C\xe2n Th\xf5", "Can Tho")), dir);
  EXPECT_EQ(err, dir.File("in.tmx") + ":5:39: not well-formed XML: Input is not proper UTF-8, indicate encoding ! "
                                      "Bytes: 0xE2 0x6E 0x20 0x54");
  err = ImportError(store, Tmx("<tu><tuv xml:lang=\"vi\"><seg>a</tuv></tu>\n"), dir);
  EXPECT_EQ(err.find('\n'), std::string::npos) << err;
  EXPECT_EQ(err.rfind(dir.File("in.tmx") + ":5:", 0), 0u) << err;
  EXPECT_NE(err.find("mismatch"), std::string::npos) << err;
}

}  // namespace
}  // namespace songngu
