#include "tm/glossary.h"

#include <gtest/gtest.h>

#include "aligner/error.h"

namespace songngu {
namespace {

const Glossary& Default() {
  static const Glossary g = Glossary::LoadDefault();
  return g;
}

// The rendering of the single term that covers exactly `term` inside `text`.
std::string RenderIn(const Glossary& g, const std::string& text, const std::string& term,
                     const RecognizeOptions& options = RecognizeOptions()) {
  for (const TermMatch& m : g.Recognize(text, options)) {
    if (m.vi == term) return m.en;
  }
  return "<not recognized>";
}

TEST(GlossaryTest, CompositionalTitlesFromTheIssue) {
  const Glossary& g = Default();
  EXPECT_EQ(RenderIn(g, "Chủ tịch UBND TP Cần Thơ", "Chủ tịch UBND TP Cần Thơ"),
            "Chairman of the Can Tho City People's Committee");
  EXPECT_EQ(RenderIn(g, "Phó Bí thư Thành ủy", "Phó Bí thư Thành ủy"),
            "Deputy Secretary of the City Party Committee");
  EXPECT_EQ(RenderIn(g, "Ban Thường vụ Thành ủy lãnh đạo", "Ban Thường vụ Thành ủy"),
            "Standing Committee of the City Party Committee");
}

TEST(GlossaryTest, SeedLeadSentence) {
  const std::string s =
      "Ngày 28-5, ông Trần Việt Trường, Phó Bí thư Thành ủy, Chủ tịch UBND TP Cần Thơ chủ trì cuộc họp.";
  auto terms = Default().Recognize(s);
  ASSERT_EQ(terms.size(), 2u);
  EXPECT_EQ(terms[0].vi, "Phó Bí thư Thành ủy");
  EXPECT_EQ(terms[0].kind, "title");
  EXPECT_EQ(terms[1].vi, "Chủ tịch UBND TP Cần Thơ");
  EXPECT_EQ(terms[1].en, "Chairman of the Can Tho City People's Committee");
  EXPECT_EQ(s.substr(terms[1].begin, terms[1].end - terms[1].begin), "Chủ tịch UBND TP Cần Thơ");
}

TEST(GlossaryTest, AbbreviationsAndBodies) {
  const Glossary& g = Default();
  EXPECT_EQ(RenderIn(g, "Đại diện lãnh đạo HĐND tham dự", "HĐND"), "People's Council");
  EXPECT_EQ(RenderIn(g, "UBND thành phố kịp thời xây dựng", "UBND thành phố"), "City People's Committee");
  EXPECT_EQ(RenderIn(g, "Ủy ban MTTQVN TP Cần Thơ", "Ủy ban MTTQVN TP Cần Thơ"),
            "Vietnam Fatherland Front Committee of Can Tho City");
  EXPECT_EQ(RenderIn(g, "UBND tỉnh Hậu Giang", "UBND tỉnh Hậu Giang"), "Hau Giang Provincial People's Committee");
  EXPECT_EQ(RenderIn(g, "phát triển TP Cần Thơ đến năm 2030", "TP Cần Thơ"), "Can Tho City");
  EXPECT_EQ(RenderIn(g, "Giám đốc Sở Tài chính", "Giám đốc Sở Tài chính"), "Director of the Department of Finance");
}

TEST(GlossaryTest, DocumentTypesWithNumbers) {
  const Glossary& g = Default();
  EXPECT_EQ(RenderIn(g, "tại Nghị quyết số 59-NQ/TW của Bộ Chính trị", "Nghị quyết số 59-NQ/TW"),
            "Resolution No. 59-NQ/TW");
  EXPECT_EQ(RenderIn(g, "tại Nghị quyết số 59-NQ/TW của Bộ Chính trị", "Bộ Chính trị"), "Politburo");
  // A bare level word is not a term; with a place name it is.
  EXPECT_EQ(RenderIn(g, "trên địa bàn thành phố.", "thành phố"), "<not recognized>");
  EXPECT_EQ(RenderIn(g, "tại xã Thới Lai", "xã Thới Lai"), "Thoi Lai Commune");
  EXPECT_EQ(RenderIn(g, "tuyến kè sông Cần Thơ đoạn qua phường Cái Khế", "sông Cần Thơ"), "Can Tho River");
  EXPECT_EQ(RenderIn(g, "tuyến kè sông Cần Thơ đoạn qua phường Cái Khế", "phường Cái Khế"), "Cai Khe Ward");
}

TEST(GlossaryTest, LowerCaseWordsDoNotMatchCapitalisedEntries) {
  // "vụ" in "nhiệm vụ" is not "Vụ" (Department); "kế hoạch" is not the doctype "Kế hoạch".
  for (const TermMatch& m : Default().Recognize("thực hiện nhiệm vụ và kế hoạch")) {
    EXPECT_NE(m.en, "Department") << m.vi;
    EXPECT_NE(m.en, "Plan") << m.vi;
  }
}

TEST(GlossaryTest, GenderedForms) {
  const Glossary& g = Default();
  EXPECT_EQ(RenderIn(g, "bà Nguyễn Thị Hồng, Phó Chủ tịch UBND thành phố", "Phó Chủ tịch UBND thành phố"),
            "Vice Chairwoman of the City People's Committee");
  EXPECT_EQ(RenderIn(g, "ông Nguyễn Văn Hồng, Phó Chủ tịch UBND thành phố", "Phó Chủ tịch UBND thành phố"),
            "Vice Chairman of the City People's Committee");
  EXPECT_EQ(GenderAt("bà con nhân dân và Chủ tịch", 27, 36), Gender::kUnknown);
}

TEST(GlossaryTest, ThePostASubjectIsElectedToTakesHerGender) {
  // "được ... bầu giữ chức <title>": the title is the subject's, named far
  // back in a long apposition; a title without "chức" stays as far as before.
  const Glossary& g = Default();
  const std::string elected =
      "Bà Ngô Thị Lan, Phó Giám đốc Sở Kế hoạch và Đầu tư, được HĐND thành phố bầu giữ chức Phó "
      "Chủ tịch UBND thành phố nhiệm kỳ 2021-2026.";
  EXPECT_EQ(RenderIn(g, elected, "Phó Chủ tịch UBND thành phố"),
            "Vice Chairwoman of the City People's Committee");
  const std::string asked =
      "Bà Ngô Thị Lan, Phó Giám đốc Sở Kế hoạch và Đầu tư, đã báo cáo kết quả thực hiện với Phó "
      "Chủ tịch UBND thành phố.";
  EXPECT_EQ(RenderIn(g, asked, "Phó Chủ tịch UBND thành phố"),
            "Vice Chairman of the City People's Committee");
}

TEST(GlossaryTest, ValidityPeriodsPickTheRenderingOfTheTextsDate) {
  Glossary g;
  g.Add(GlossaryEntry{"Sở Thử nghiệm", "Department of Old Name", "", "body", "", "", "2025-02-28", "t", "", 0});
  g.Add(GlossaryEntry{"Sở Thử nghiệm", "Department of New Name", "", "body", "", "2025-03-01", "", "t", "", 0});
  RecognizeOptions old_text;
  old_text.date = "2024-05-28";
  RecognizeOptions new_text;
  new_text.date = "2025-10-01";
  EXPECT_EQ(RenderIn(g, "Sở Thử nghiệm", "Sở Thử nghiệm", old_text), "Department of Old Name");
  EXPECT_EQ(RenderIn(g, "Sở Thử nghiệm", "Sở Thử nghiệm", new_text), "Department of New Name");
  EXPECT_EQ(RenderIn(g, "Sở Thử nghiệm", "Sở Thử nghiệm"), "Department of New Name");
}

TEST(GlossaryTest, HigherPriorityEntriesOverrideTheDefault) {
  Glossary g = Glossary::LoadDefault();
  g.Add(GlossaryEntry{"Thành ủy", "municipal Party Committee", "", "body", "", "", "", "tm", "", 1});
  EXPECT_EQ(RenderIn(g, "Thành ủy họp", "Thành ủy"), "municipal Party Committee");
  auto found = g.Lookup("thanh uy");  // no diacritics: not the same key
  EXPECT_TRUE(found.empty());
  found = g.Lookup("THÀNH ỦY");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].en, "municipal Party Committee");
  EXPECT_EQ(found[1].en, "City Party Committee");
}

TEST(GlossaryTest, LookupByEnglish) {
  auto found = Default().Lookup("Standing Committee of the City Party Committee");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].vi, "Ban Thường vụ Thành ủy");
}

TEST(GlossaryTest, FileFormatsRoundTrip) {
  std::vector<GlossaryEntry> in = {
      {"Chủ tịch", "Chairman", "Chairwoman", "title", "", "", "", "project", "a & b", 0},
      {"UBND", "People's Committee", "", "abbrev", "Ủy ban nhân dân", "", "2025-06-30", "x", "", 0}};
  auto tsv = ParseGlossaryTsv(WriteGlossaryTsv(in), "t.tsv");
  auto tbx = ParseGlossaryTbx(WriteGlossaryTbx(in), "t.tbx");
  for (const auto* out : {&tsv, &tbx}) {
    ASSERT_EQ(out->size(), 2u);
    EXPECT_EQ((*out)[0].vi, "Chủ tịch");
    EXPECT_EQ((*out)[0].en_female, "Chairwoman");
    EXPECT_EQ((*out)[0].note, "a & b");
    EXPECT_EQ((*out)[1].expands, "Ủy ban nhân dân");
    EXPECT_EQ((*out)[1].valid_to, "2025-06-30");
    EXPECT_EQ((*out)[1].kind, "abbrev");
  }
  auto csv = ParseGlossaryCsv("vi,en,note\n\"Bộ, ngành Trung ương\",central ministries,\"say \"\"hi\"\"\"\n", "t.csv");
  ASSERT_EQ(csv.size(), 1u);
  EXPECT_EQ(csv[0].vi, "Bộ, ngành Trung ương");
  EXPECT_EQ(csv[0].note, "say \"hi\"");
  EXPECT_EQ(csv[0].kind, "term");
  auto bare = ParseGlossaryTsv("Thành ủy\tCity Party Committee\n", "b.tsv");
  ASSERT_EQ(bare.size(), 1u);
  EXPECT_EQ(bare[0].en, "City Party Committee");
}

TEST(GlossaryTest, TbxV3) {
  auto e = ParseGlossaryTbx(
      "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\"><text><body>"
      "<conceptEntry id=\"c1\"><langSec xml:lang=\"vi\"><termSec><term>Thành ủy</term></termSec></langSec>"
      "<langSec xml:lang=\"en\"><termSec><term>City Party Committee</term></termSec></langSec></conceptEntry>"
      "</body></text></tbx>",
      "v3.tbx");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].vi, "Thành ủy");
  EXPECT_EQ(e[0].en, "City Party Committee");
}

TEST(GlossaryTest, BadInputNamesFileAndLine) {
  try {
    ParseGlossaryTsv("vi\ten\nThành ủy\t\n", "bad.tsv");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()).rfind("bad.tsv:2:", 0), 0u) << e.what();
  }
  EXPECT_THROW(ParseGlossaryTbx("<martif><text>", "bad.tbx"), Error);
}

TEST(GlossaryTest, ShippedDefaultHasNoUnverifiedRows) {
  for (const auto& e : Default().entries()) {
    EXPECT_NE(e.source, "unverified") << e.vi;
    EXPECT_FALSE(e.kind.empty()) << e.vi;
  }
  EXPECT_GT(Default().size(), 250u);
}

// Glossary files used to get U+FFFD for bad bytes and NUL-riddled entries from
// UTF-16, with exit status 0; now they fail like `tm import` does.
std::string GlossaryError(const std::string& bytes, const std::string& name) {
  try {
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".csv") == 0) {
      ParseGlossaryCsv(bytes, name);
    } else {
      ParseGlossaryTsv(bytes, name);
    }
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

TEST(GlossaryTest, InvalidUtf8IsAnErrorWithLineAndColumn) {
  EXPECT_EQ(GlossaryError("vi\ten\nThành ủy\tCity Party Committee\nS\xE1\xBB tài chính\tFinance\n", "g.tsv"),
            "g.tsv:3: invalid UTF-8 at column 2");
  EXPECT_EQ(GlossaryError("vi,en\nab\xFF,x\n", "g.csv"), "g.csv:2: invalid UTF-8 at column 3");
}

TEST(GlossaryTest, Utf16IsAnErrorNotGarbageEntries) {
  // "vi\ten\n" in UTF-16 big-endian without a byte order mark, then with one.
  std::string be("\0v\0i\0\t\0e\0n\0\n", 12);
  EXPECT_EQ(GlossaryError(be, "g.tsv"), "g.tsv:1: NUL byte at column 1 (UTF-16 or binary?); save the glossary as UTF-8");
  EXPECT_EQ(GlossaryError("\xFE\xFF" + be, "g.tsv"),
            "g.tsv:1: UTF-16 text (byte order mark); save the glossary as UTF-8");
  EXPECT_EQ(GlossaryError("\xFF\xFEv\0i\0", "g.csv"),
            "g.csv:1: UTF-16 text (byte order mark); save the glossary as UTF-8");
}

}  // namespace
}  // namespace songngu

namespace songngu {
namespace {

// Issue 13, item 7: rank + body + level + place, abbreviations, gender, precedence.
TEST(GlossaryCompositionTest, RankBodyLevelPlace) {
  const Glossary& g = Default();
  RecognizeOptions at2024;
  at2024.date = "2024-07-15";
  EXPECT_EQ(
      RenderIn(g, "Trưởng Ban Tuyên giáo Thành ủy phát biểu", "Trưởng Ban Tuyên giáo Thành ủy"),
      "Head of the Propaganda Department of the City Party Committee");
  EXPECT_EQ(RenderIn(g, "Phó Trưởng Ban Tuyên giáo Thành ủy", "Phó Trưởng Ban Tuyên giáo Thành ủy"),
            "Deputy Head of the Propaganda Department of the City Party Committee");
  EXPECT_EQ(RenderIn(g, "Trưởng Ban Dân vận Quận ủy Ninh Kiều",
                     "Trưởng Ban Dân vận Quận ủy Ninh Kiều", at2024),
            "Head of the Mass Mobilisation Department of the Ninh Kieu District Party Committee");
  EXPECT_EQ(RenderIn(g, "Giám đốc Sở GD&ĐT cho biết", "Giám đốc Sở GD&ĐT"),
            "Director of the Department of Education and Training");
  EXPECT_EQ(RenderIn(g, "Phó Giám đốc Sở KH&ĐT", "Phó Giám đốc Sở KH&ĐT", at2024),
            "Deputy Director of the Department of Planning and Investment");
  EXPECT_EQ(RenderIn(g, "Phó Chủ tịch UBND TP. Cần Thơ dự họp", "Phó Chủ tịch UBND TP. Cần Thơ"),
            "Vice Chairman of the Can Tho City People's Committee");
  EXPECT_EQ(RenderIn(g, "Bí thư Quận ủy Ninh Kiều", "Bí thư Quận ủy Ninh Kiều", at2024),
            "Secretary of the Ninh Kieu District Party Committee");
  EXPECT_EQ(RenderIn(g, "Chủ tịch Ủy ban MTTQ Việt Nam thành phố",
                     "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
            "Chairman of the Vietnam Fatherland Front Committee of the city");
  EXPECT_EQ(
      RenderIn(g, "bà Lê Thị Mai, Phó Chủ tịch HĐND thành phố", "Phó Chủ tịch HĐND thành phố"),
      "Vice Chairwoman of the City People's Council");
}

TEST(GlossaryCompositionTest, GenericHeadsStayOutOfLongerNames) {
  for (const TermMatch& m :
       Default().Recognize("phối hợp với Trung tâm Phát triển quỹ đất thành phố")) {
    EXPECT_EQ(m.en.find("Centre"), std::string::npos) << m.vi << " = " << m.en;
  }
  // "Trưởng" alone is only a piece of "Trưởng Ban X".
  for (const TermMatch& m : Default().Recognize("Trưởng đoàn phát biểu"))
    ADD_FAILURE() << m.vi << " = " << m.en;
}

TEST(GlossaryCompositionTest, UserEntriesWinOverShippedOnes) {
  Glossary g = Glossary::LoadDefault();
  GlossaryEntry user;
  user.vi = "Trung tâm Phát triển quỹ đất";
  user.en = "Land Fund Development Center";
  user.kind = "body";
  user.priority = 1;
  g.Add(user);
  GlossaryEntry chair;
  chair.vi = "Phó Chủ tịch Thường trực UBND thành phố";
  chair.en = "Standing Vice Chairman of the City People's Committee";
  chair.kind = "title";
  chair.priority = 1;
  g.Add(chair);
  std::string text = "làm việc với Trung tâm Phát triển quỹ đất thành phố";
  auto terms = g.Recognize(text);
  ASSERT_FALSE(terms.empty());
  EXPECT_NE(terms[0].en.find("Land Fund Development Center"), std::string::npos) << terms[0].en;
  EXPECT_EQ(RenderIn(g, "Phó Chủ tịch Thường trực UBND thành phố Cần Thơ",
                     "Phó Chủ tịch Thường trực UBND thành phố Cần Thơ"),
            "Standing Vice Chairman of the Can Tho City People's Committee");
}

// Item 9: validity judged at the text's date, not today.
TEST(GlossaryCompositionTest, ValidityAtTheTextsDate) {
  const Glossary& g = Default();
  RecognizeOptions at2024;
  at2024.date = "2024-07-15";
  for (const TermMatch& m : g.Recognize("Sở Kế hoạch và Đầu tư thành phố", at2024)) {
    EXPECT_EQ(m.note.find("not valid"), std::string::npos) << m.note;
    EXPECT_EQ(m.note.find("no longer valid"), std::string::npos) << m.note;
    EXPECT_NE(m.en.find("Department of Planning and Investment"), std::string::npos);
  }
  for (const TermMatch& m : g.Recognize("UBND quận Ninh Kiều", at2024)) {
    EXPECT_EQ(m.note.find("valid at"), std::string::npos) << m.note;
    EXPECT_EQ(m.en, "Ninh Kieu District People's Committee");
  }
  RecognizeOptions at2025;
  at2025.date = "2025-08-01";
  auto later = g.Recognize("Sở Kế hoạch và Đầu tư", at2025);
  ASSERT_EQ(later.size(), 1u);
  EXPECT_NE(later[0].note.find("not valid at the text's date"), std::string::npos) << later[0].note;
}

}  // namespace
}  // namespace songngu
