#include "tm/concord.h"

#include <gtest/gtest.h>

#include "aligner/normalize.h"
#include "tm/wordalign.h"

namespace songngu {
namespace {

void Add(TmStore& store, const std::string& vi, const std::string& en) {
  UnitInput u;
  u.vi = vi;
  u.en = en;
  store.AddUnit(u, 0);
}

class ConcordTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Add(store_, "Phó Bí thư Thành ủy Nguyễn Văn Hiếu phát biểu tại hội nghị",
        "Deputy Secretary of the City Party Committee Nguyen Van Hieu spoke at the conference");
    Add(store_, "Đồng chí Trần Việt Trường, Phó Bí thư Thành ủy, dự lễ khánh thành",
        "Comrade Tran Viet Truong, Deputy Secretary of the City Party Committee, attended the inauguration");
    Add(store_, "Ông Lê Quang Mạnh giữ chức Phó Bí thư Thành ủy",
        "Le Quang Manh holds the post of Deputy Secretary of the City Party Committee");
    Add(store_, "Phó Bí thư Thành ủy Phạm Văn Hiểu chủ trì buổi làm việc",
        "Deputy Secretary of the City Party Committee Pham Van Hieu chaired the working session");
    Add(store_, "Phó Bí thư Thành ủy kiểm tra công trình",
        "The Deputy Secretary of the City Party Committee inspected the works");
    Add(store_, "Phó Bí thư Thành ủy Đào Anh Dũng tiếp đoàn công tác",
        "Deputy Secretary of the City Party Committee Dao Anh Dung received the delegation");
    Add(store_, "Phó Bí thư Thành ủy Võ Thành Thống thăm trường học",
        "Vice Secretary of the Municipal Party Committee Vo Thanh Thong visited the school");
    Add(store_, "Sáng nay, Phó Bí thư Thành ủy làm việc với huyện Phong Điền",
        "This morning, the Vice Secretary of the Municipal Party Committee worked with Phong Dien District");
    // Units without the phrase: they make common words common.
    Add(store_, "Thành ủy Cần Thơ họp phiên thường kỳ", "The Can Tho City Party Committee held its regular meeting");
    Add(store_, "Hội nghị đã thống nhất các nhiệm vụ", "The conference agreed on the tasks");
    Add(store_, "Bí thư Tỉnh ủy Lào Cai thăm trường học", "Secretary of the Lao Cai Provincial Party Committee visited the school");
    Add(store_, "Sở Y tế kiểm tra công trình", "The Department of Health inspected the works");
    Add(store_, "Đoàn công tác làm việc với huyện", "The delegation worked with the district");
    Add(store_, "Ông phát biểu tại hội nghị", "He spoke at the conference");
  }
  TmStore store_{":memory:"};
};

TEST_F(ConcordTest, GroupsRenderingsWithCounts) {
  ConcordResult r = Concord(store_, "Phó Bí thư Thành ủy");
  EXPECT_EQ(r.units, 8);
  ASSERT_EQ(r.groups.size(), 2u);
  EXPECT_EQ(r.groups[0].rendering, "Deputy Secretary of the City Party Committee");
  EXPECT_EQ(r.groups[0].count, 6);
  EXPECT_EQ(r.groups[1].rendering, "Vice Secretary of the Municipal Party Committee");
  EXPECT_EQ(r.groups[1].count, 2);
}

TEST_F(ConcordTest, PhraseMustBeContiguousAndMatchesAnyCaseOrNormalization) {
  EXPECT_EQ(Concord(store_, "phó bí thư thành ủy").units, 8);
  EXPECT_EQ(Concord(store_, "Pho\u0301 Bi\u0301 thư Tha\u0300nh u\u0309y").units, 8);
  EXPECT_EQ(Concord(store_, "Thành ủy Phó").units, 0);
}

TEST_F(ConcordTest, EnglishPhrase) {
  ConcordOptions o;
  o.from = Lang::kEn;
  ConcordResult r = Concord(store_, "inspected the works", o);
  EXPECT_EQ(r.units, 2);
}

}  // namespace
}  // namespace songngu

namespace songngu {
namespace {

// One hit says nothing statistically: the glossary's rendering or the lexicon decides.
TEST(ConcordSingleHit, AKnownRenderingIsTakenWhereTheUnitUsesIt) {
  TmStore store(":memory:");
  Add(store, "Ngày 11-3, ông Nguyễn Văn Hòa, Phó Bí thư Thành ủy, chủ trì cuộc họp.",
      "On March 11, Mr. Nguyen Van Hoa, Deputy Secretary of the City Party Committee, chaired the meeting.");
  ConcordOptions o;
  o.known_renderings = {"Vice Secretary of the Municipal Party Committee",
                        "Deputy Secretary of the City Party Committee"};
  ConcordResult r = Concord(store, "Phó Bí thư Thành ủy", o);
  ASSERT_EQ(r.groups.size(), 1u);
  EXPECT_EQ(r.groups[0].rendering, "Deputy Secretary of the City Party Committee");
}

TEST(ConcordSingleHit, TheLexiconPicksTheTranslatedWords) {
  TmStore store(":memory:");
  Add(store, "Thành phố đã hoàn thành 11 nhiệm vụ trọng tâm.", "The city has completed 11 key tasks.");
  LexiconBuilder b;
  b.Add("nhiệm_vụ", EnglishToken("tasks"), 1, 1);
  b.Add("thành_phố", EnglishToken("city"), 1, 1);
  Lexicon lexicon = std::move(b).Build();
  ConcordOptions o;
  o.lexicon = &lexicon;
  ConcordResult r = Concord(store, "nhiệm vụ", o);
  ASSERT_EQ(r.groups.size(), 1u);
  EXPECT_EQ(r.groups[0].rendering, "tasks");
  // Without evidence there is no rendering rather than a guess.
  ConcordResult bare = Concord(store, "nhiệm vụ");
  ASSERT_EQ(bare.groups.size(), 1u);
  EXPECT_EQ(bare.groups[0].rendering, "");
}

}  // namespace
}  // namespace songngu

namespace songngu {
namespace {

// Issue 13, items 2 and 3: the glossary's evidence, whole-term boundaries and
// identical renderings merged (the function behind the CLI and the API alike).
TEST(ConcordGlossaryTest, WholeTermsKnownRenderingsAndMergedGroups) {
  TmStore store(":memory:");
  Add(store, "Chủ tịch UBND thành phố Trần Việt Trường chủ trì cuộc họp.",
      "Chairman of the City People's Committee Tran Viet Truong chaired the meeting.");
  Add(store, "Chủ tịch UBND thành phố yêu cầu các sở báo cáo.",
      "The chairman of the city People's Committee requested the departments to report.");
  Add(store, "Theo Chủ tịch UBND thành phố, dự án sẽ hoàn thành.",
      "According to the Chairman of the City People’s Committee, the project will be completed.");
  Add(store, "Bà Nguyễn Thị Hồng, Phó Chủ tịch UBND thành phố, phát biểu.",
      "Ms. Nguyen Thi Hong, Vice Chairwoman of the City People's Committee, spoke.");
  Add(store, "Phó Chủ tịch UBND thành phố kiểm tra công trình.",
      "The Vice Chairman of the City People's Committee inspected the works.");
  Add(store, "Hội nghị đã thống nhất các nhiệm vụ.", "The conference agreed on the tasks.");
  const Glossary g = Glossary::LoadDefault();
  ConcordOptions o;
  o.glossary = &g;
  ConcordResult r = Concord(store, "Chủ tịch UBND thành phố", o);
  EXPECT_EQ(r.units, 3);           // the two "Phó Chủ tịch" units are not hits
  ASSERT_EQ(r.groups.size(), 1u);  // case and apostrophe forms do not split the group
  EXPECT_EQ(r.groups[0].count, 3);
  EXPECT_EQ(MatchingKey(r.groups[0].rendering),
            MatchingKey("Chairman of the City People's Committee"));
  for (const ConcordHit& h : r.groups[0].hits) EXPECT_EQ(h.unit.vi.find("Phó"), std::string::npos);

  ConcordResult vice = Concord(store, "Phó Chủ tịch UBND thành phố", o);
  EXPECT_EQ(vice.units, 2);
  ASSERT_FALSE(vice.groups.empty());
  for (const ConcordGroup& grp : vice.groups) {
    EXPECT_EQ(MatchingKey(grp.rendering).rfind("vice chair", 0), 0u) << grp.rendering;
  }
}

}  // namespace
}  // namespace songngu

namespace songngu {
namespace {

// Item 3: a phrase of several glossary pieces gets the span their renderings cover.
TEST(ConcordGlossaryTest, PhraseOfSeveralPiecesIsRenderedByThem) {
  TmStore store(":memory:");
  Add(store, "Ông đề nghị UBND các quận, huyện phối hợp chặt chẽ.",
      "He asked the district People's Committees to coordinate closely.");
  Add(store, "Dự họp có lãnh đạo các sở, ban ngành và UBND các quận, huyện.",
      "Attending the meeting were leaders of departments and the district People's Committees.");
  Add(store, "Hội nghị đã thống nhất các nhiệm vụ.", "The conference agreed on the tasks.");
  const Glossary g = Glossary::LoadDefault();
  ConcordOptions o;
  o.glossary = &g;
  ConcordResult r = Concord(store, "UBND các quận, huyện", o);
  EXPECT_EQ(r.units, 2);
  ASSERT_EQ(r.groups.size(), 1u);
  EXPECT_EQ(r.groups[0].rendering, "district People's Committees");
}

}  // namespace
}  // namespace songngu

namespace songngu {
namespace {

// A title's rank ("Phó", "Thường trực", "Quyền") is part of its rendering:
// "Vice Secretary of ...", never "Secretary of ..." for "Phó Bí thư ...".
class ConcordRankTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Add(store_, "Phó Bí thư Thành ủy Nguyễn Văn Hiếu phát biểu tại hội nghị",
        "Deputy Secretary of the City Party Committee Nguyen Van Hieu spoke at the conference");
    Add(store_, "Đồng chí Trần Việt Trường, Phó Bí thư Thành ủy, dự lễ khánh thành",
        "Comrade Tran Viet Truong, Deputy Secretary of the City Party Committee, attended the "
        "inauguration");
    Add(store_, "Ông Lê Quang Mạnh giữ chức Phó Bí thư Thành ủy",
        "Le Quang Manh holds the post of Deputy Secretary of the City Party Committee");
    Add(store_, "Phó Bí thư Thành ủy Võ Thành Thống thăm trường học",
        "Vice Secretary of the Municipal Party Committee Vo Thanh Thong visited the school");
    Add(store_, "Phó Chủ tịch Thường trực UBND thành phố Nguyễn Thực Hiện kiểm tra công trình.",
        "Permanent Vice Chairman of the City People's Committee Nguyen Thuc Hien inspected the "
        "works.");
    Add(store_, "Quyền Giám đốc Sở Tài chính Lê Văn Tâm báo cáo tại hội nghị.",
        "Acting Director of the Department of Finance Le Van Tam reported at the conference.");
    Add(store_, "Thành ủy Cần Thơ họp phiên thường kỳ",
        "The Can Tho City Party Committee held its regular meeting");
    Add(store_, "Hội nghị đã thống nhất các nhiệm vụ", "The conference agreed on the tasks");
    Add(store_, "Sở Y tế kiểm tra công trình", "The Department of Health inspected the works");
    Add(store_, "Ông phát biểu tại hội nghị", "He spoke at the conference");
  }
  // The rendering of each group, most frequent first.
  std::vector<std::string> Renderings(const ConcordResult& r) {
    std::vector<std::string> out;
    for (const ConcordGroup& g : r.groups) out.push_back(g.rendering);
    return out;
  }
  TmStore store_{":memory:"};
  const Glossary glossary_ = Glossary::LoadDefault();
  const Lexicon lexicon_ = Lexicon::LoadDefault();
};

TEST_F(ConcordRankTest, TheRankOfATitleIsPartOfItsSpan) {
  ConcordOptions o;
  o.glossary = &glossary_;
  o.lexicon = &lexicon_;
  ConcordResult r = Concord(store_, "Phó Bí thư Thành ủy", o);
  EXPECT_EQ(r.units, 4);
  EXPECT_EQ(Renderings(r),
            (std::vector<std::string>{"Deputy Secretary of the City Party Committee",
                                      "Vice Secretary of the Municipal Party Committee"}));
  ASSERT_EQ(r.groups.size(), 2u);
  EXPECT_EQ(r.groups[0].count, 3);
  EXPECT_EQ(r.groups[1].count, 1);

  EXPECT_EQ(Renderings(Concord(store_, "Phó Chủ tịch Thường trực UBND thành phố", o)),
            std::vector<std::string>{"Permanent Vice Chairman of the City People's Committee"});
  EXPECT_EQ(Renderings(Concord(store_, "Quyền Giám đốc Sở Tài chính", o)),
            std::vector<std::string>{"Acting Director of the Department of Finance"});
}

TEST_F(ConcordRankTest, WithoutTheGlossaryARankThePhraseLacksIsNotInTheSpan) {
  // No glossary: "Bí thư Thành ủy" is a hit inside "Phó Bí thư Thành ủy", whose
  // "Vice"/"Deputy" renders "Phó", not the phrase.
  ConcordOptions o;
  o.lexicon = &lexicon_;
  for (const ConcordGroup& g : Concord(store_, "Bí thư Thành ủy", o).groups) {
    const std::string first = MatchingKey(g.rendering.substr(0, g.rendering.find(' ')));
    EXPECT_NE(first, "vice") << g.rendering;
    EXPECT_NE(first, "deputy") << g.rendering;
  }
}


// Fragments (issue 14): what a sentence-long query, or a phrase, reuses from
// the TM, with the English each unit's word alignment gives it and the unit id.
class ConcordFragmentsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Add(store_, "Sáng 3-6, lãnh đạo thành phố chủ trì phiên họp về phòng chống dịch.",
        "On the morning of June 3, city leaders chaired the meeting on epidemic prevention.");
    Add(store_, "Giám đốc Sở Y tế chủ trì phiên họp với các bệnh viện.",
        "The Director of the Department of Health chaired the meeting with hospitals.");
    Add(store_, "Đoàn công tác kiểm tra công trình trường học trước mùa mưa.",
        "The delegation inspected the works of schools before the rainy season.");
    Add(store_, "Lãnh đạo huyện kiểm tra công trình đê bao.",
        "District leaders inspected the works on the dyke.");
    WordAlignTm(store_, lexicon_, &glossary_);
    options_.lexicon = &lexicon_;
    options_.glossary = &glossary_;
  }
  const Lexicon lexicon_ = Lexicon::LoadDefault();
  const Glossary glossary_ = Glossary::LoadDefault();
  TmStore store_{":memory:"};
  ConcordOptions options_;
};

TEST_F(ConcordFragmentsTest, SentenceQueryShowsTheLongestFragmentsWithTheirUnits) {
  ConcordResult r = Concord(
      store_, "Phó Giám đốc Sở Xây dựng chủ trì phiên họp và kiểm tra công trình đê bao.", options_);
  EXPECT_EQ(r.units, 0);  // no unit holds the whole sentence
  ASSERT_EQ(r.fragments.size(), 2u);
  EXPECT_EQ(r.fragments[0].vi, "chủ trì phiên họp");
  EXPECT_EQ(r.fragments[0].en, "chaired the meeting");
  EXPECT_EQ(r.fragments[0].unit_id, "2");
  // The longest run wins over "kiểm tra công trình" of unit 3.
  EXPECT_EQ(r.fragments[1].vi, "kiểm tra công trình đê bao");
  EXPECT_EQ(r.fragments[1].en, "inspected the works on the dyke");
  EXPECT_EQ(r.fragments[1].unit_id, "4");
}

TEST_F(ConcordFragmentsTest, FragmentsOnlyForVietnameseAndOnRequest) {
  EXPECT_EQ(Concord(store_, "chủ trì phiên họp", options_).fragments.size(), 1u);
  options_.fragments = false;
  EXPECT_TRUE(Concord(store_, "chủ trì phiên họp", options_).fragments.empty());
  options_.fragments = true;
  options_.from = Lang::kEn;
  EXPECT_TRUE(Concord(store_, "chaired the meeting", options_).fragments.empty());
}

}  // namespace
}  // namespace songngu
