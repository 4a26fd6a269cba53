#include "aligner/align.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "aligner/normalize.h"

namespace songngu {
namespace {

// A small hand-made dictionary, so the expectations do not depend on the
// shipped lexicon.
Lexicon TestLexicon() {
  const std::vector<std::pair<std::string, std::string>> entries = {
      {"thành_phố", "city"},  {"xây_dựng", "builds"},    {"cầu", "bridge"},
      {"mới", "new"},         {"nông_dân", "farmers"},   {"thu_hoạch", "harvest"},
      {"lúa", "rice"},        {"mưa", "rain"},           {"lớn", "heavy"},
      {"ngập", "floods"},     {"đường", "road"},         {"khách", "visitors"},
      {"du_lịch", "tourist"}, {"tăng", "increase"},      {"trẻ_em", "children"},
      {"học", "learn"},       {"bơi", "swim"},           {"sông", "river"},
      {"chợ", "market"},      {"nổi", "floating"},       {"bán", "sells"},
      {"cá", "fish"},         {"nước_ngoài", "foreign"}, {"mạnh", "sharply"},
  };
  LexiconBuilder builder;
  for (const auto& [vi, en] : entries) {
    // Lexicon keys are MatchingKey()s with '_' between syllables ("ngoài" keys as "ngoaì").
    std::string key = MatchingKey(vi);
    builder.Add(key, EnglishToken(en), 1, 1);
  }
  return std::move(builder).Build();
}

// Parallel sentences of the test "reports".
const std::vector<std::string> kVi = {
    "Thành phố xây dựng cầu mới.",         "Nông dân thu hoạch lúa.", "Mưa lớn làm ngập đường.",
    "Khách du lịch nước ngoài tăng mạnh.", "Trẻ em học bơi ở sông.",  "Chợ nổi bán cá.",
};
const std::vector<std::string> kEn = {
    "The city builds a new bridge.",        "Farmers harvest rice.",
    "Heavy rain floods the road.",          "Foreign tourist visitors increase sharply.",
    "Children learn to swim in the river.", "The floating market sells fish.",
};

using Pairs = std::vector<std::pair<std::vector<int>, std::vector<int>>>;

Pairs LinkIndices(const Alignment& a) {
  Pairs out;
  for (const Link& l : a.links) out.push_back({l.vi, l.en});
  return out;
}

TEST(Align, ParallelSentencesLinkOneToOne) {
  Alignment a = Align(kVi, kEn, TestLexicon());
  Pairs expected = {{{0}, {0}}, {{1}, {1}}, {{2}, {2}}, {{3}, {3}}, {{4}, {4}}, {{5}, {5}}};
  EXPECT_EQ(LinkIndices(a), expected);
  for (const Link& l : a.links) {
    EXPECT_GE(l.score, 0.5);
    EXPECT_LE(l.score, 1.0);
  }
  EXPECT_TRUE(a.unlinked_vi.empty());
  EXPECT_TRUE(a.unlinked_en.empty());
}

TEST(Align, CrossingIsFoundBySecondPass) {
  // The English report moves the tourism sentence to the end.
  std::vector<std::string> en = {kEn[0], kEn[1], kEn[2], kEn[4], kEn[5], kEn[3]};
  Alignment a = Align(kVi, en, TestLexicon());
  Pairs expected = {{{0}, {0}}, {{1}, {1}}, {{2}, {2}}, {{3}, {5}}, {{4}, {3}}, {{5}, {4}}};
  EXPECT_EQ(LinkIndices(a), expected);
  ASSERT_EQ(a.links.size(), 6u);
  EXPECT_TRUE(a.links[3].evidence.crossing);
  EXPECT_FALSE(a.links[0].evidence.crossing);
}

TEST(Align, OneToThreeBead) {
  std::vector<std::string> vi = {
      "Thành phố xây dựng cầu mới, nông dân thu hoạch lúa và mưa lớn làm ngập đường.", kVi[4],
      kVi[5]};
  std::vector<std::string> en = {kEn[0], kEn[1], kEn[2], kEn[4], kEn[5]};
  Alignment a = Align(vi, en, TestLexicon());
  Pairs expected = {{{0}, {0, 1, 2}}, {{1}, {3}}, {{2}, {4}}};
  EXPECT_EQ(LinkIndices(a), expected);
}

TEST(Align, ThreeToOneBead) {
  std::vector<std::string> vi = {kVi[0], kVi[1], kVi[2], kVi[4]};
  std::vector<std::string> en = {
      "The city builds a new bridge, farmers harvest rice and heavy rain floods the road.", kEn[4]};
  Alignment a = Align(vi, en, TestLexicon());
  Pairs expected = {{{0, 1, 2}, {0}}, {{3}, {1}}};
  EXPECT_EQ(LinkIndices(a), expected);
}

TEST(Align, LeadingAndTrailingOmissionsStayUnlinked) {
  std::vector<std::string> vi = {"Bài và ảnh: Phóng viên thường trú.", kVi[0], kVi[1], kVi[2],
                                 "Ảnh minh họa do tác giả cung cấp."};
  std::vector<std::string> en = {kEn[0], kEn[1], kEn[2],
                                 "Copyright belongs to the portal, all rights reserved."};
  Alignment a = Align(vi, en, TestLexicon());
  Pairs expected = {{{1}, {0}}, {{2}, {1}}, {{3}, {2}}};
  EXPECT_EQ(LinkIndices(a), expected);
  EXPECT_EQ(a.unlinked_vi, (std::vector<int>{0, 4}));
  EXPECT_EQ(a.unlinked_en, (std::vector<int>{3}));
}

TEST(Align, HeadlinesBeforeTheLeadAreLinked) {
  // Two reports of one event open with headlines in other words: only
  // "harvest" is shared, too little alone, but they stand directly before the
  // first link on both sides.
  std::vector<std::string> vi = {"Vụ thu hoạch bội thu ở ngoại thành", kVi[0], kVi[1], kVi[2]};
  std::vector<std::string> en = {"Suburbs celebrate a record harvest this autumn", kEn[0], kEn[1],
                                 kEn[2]};
  Alignment a = Align(vi, en, TestLexicon());
  Pairs expected = {{{0}, {0}}, {{1}, {1}}, {{2}, {2}}, {{3}, {3}}};
  EXPECT_EQ(LinkIndices(a), expected);
  ASSERT_EQ(a.links.size(), 4u);
  EXPECT_TRUE(a.links[0].evidence.lead);
  EXPECT_FALSE(a.links[1].evidence.lead);
  EXPECT_GE(a.links[0].score, 0.4);
}

TEST(Align, HeadlineUnderASpeakerLineIsLinked) {
  // A portal puts a kicker line ("…:", often a speaker's name) above the
  // Vietnamese headline. The search links it weakly to the English headline;
  // the headline proper, directly before the lead on both sides, takes its place.
  std::vector<std::string> vi = {
      "Nông dân thành phố:", "Nông dân ngoại thành phấn khởi thu hoạch vụ lúa bội thu", kVi[0],
      kVi[1], kVi[2]};
  std::vector<std::string> en = {"City farmers celebrate bumper crop", kEn[0], kEn[1], kEn[2]};
  Alignment a = Align(vi, en, TestLexicon());
  Pairs expected = {{{1}, {0}}, {{2}, {1}}, {{3}, {2}}, {{4}, {3}}};
  EXPECT_EQ(LinkIndices(a), expected);
  EXPECT_EQ(a.unlinked_vi, (std::vector<int>{0}));
}

TEST(Align, HeadlineTermNeedsASureLeadLink) {
  // The pair in headline position gets the headline term only when the lead
  // sentences after it are linked surely: here they share one word.
  std::vector<std::string> vi = {"Nông dân thu hoạch lúa sớm", "Mưa làm hỏng nhiều ruộng ở xã.",
                                 kVi[3], kVi[4]};
  std::vector<std::string> en = {"Farmers harvest rice early", "Officials visited rain shelters.",
                                 kEn[3], kEn[4]};
  AlignOptions options;
  options.min_score = 0;
  Alignment weak = Align(vi, en, TestLexicon(), options);
  ASSERT_FALSE(weak.links.empty());
  ASSERT_EQ(weak.links[0].vi, std::vector<int>{0});
  EXPECT_FALSE(weak.links[0].evidence.lead);
  // The same headlines before a sure lead link.
  vi[1] = kVi[2];
  en[1] = kEn[2];
  Alignment sure = Align(vi, en, TestLexicon(), options);
  ASSERT_FALSE(sure.links.empty());
  ASSERT_EQ(sure.links[0].vi, std::vector<int>{0});
  EXPECT_TRUE(sure.links[0].evidence.lead);
  EXPECT_GT(sure.links[0].score, weak.links[0].score);
}

TEST(Align, MergedSentenceKeptByItsOwnNumber) {
  // The second Vietnamese sentence's words are all the first one's too, but
  // it alone brings figures the English sentence states.
  std::vector<std::string> vi = {kVi[0],
                                 "Năm 2023, khách du lịch nước ngoài tăng mạnh, đạt 620.000 lượt.",
                                 "Năm 2024, khách du lịch đạt 410.000 lượt.", kVi[4]};
  std::vector<std::string> en = {
      kEn[0], "Foreign tourist visitors increase sharply, to 620,000 in 2023 and 410,000 in 2024.",
      kEn[4]};
  Alignment a = Align(vi, en, TestLexicon());
  Pairs expected = {{{0}, {0}}, {{1, 2}, {1}}, {{3}, {2}}};
  EXPECT_EQ(LinkIndices(a), expected);
}

TEST(Align, NeighbourLinkedBetterElsewhereIsNoCompetitor) {
  // VI 2 and EN 2 are a pair with few words in common; EN 3 shares more of
  // VI 2's words, but it is the translation of VI 3 and linked to it. A link's
  // margin counts only competitors that would rather take it: EN 3 would not.
  std::vector<std::string> vi = {kVi[0], kVi[1], "Khách du lịch nước ngoài tăng mạnh.",
                                 "Khách du lịch nước ngoài tăng mạnh ở chợ nổi.", kVi[4]};
  std::vector<std::string> en = {
      kEn[0], kEn[1], "Visitors increase.",
      "Foreign tourist visitors increase sharply at the floating market.", kEn[4]};
  Alignment a = Align(vi, en, TestLexicon());
  const Link* pair = nullptr;
  for (const Link& l : a.links) {
    if (l.vi == std::vector<int>{2}) pair = &l;
  }
  ASSERT_NE(pair, nullptr);
  EXPECT_EQ(pair->en, std::vector<int>{2});
  EXPECT_GT(pair->evidence.margin, 0);
}

// A photo caption: the English gives the official's titles, the Vietnamese
// the name alone. The lengths are compared without the titles too, so the
// caption is linked; without that the length difference drops it.
TEST(Align, CaptionThatDropsTheTitlesIsLinked) {
  std::vector<std::string> vi = {kVi[0], kVi[1], kVi[2], "Ông Lê Văn Tâm ở chợ nổi bán cá.",
                                 kVi[3], kVi[4]};
  std::vector<std::string> en = {
      kEn[0],
      kEn[1],
      kEn[2],
      "Mr. Le Van Tam, Vice Chairman of the City People's Committee and Director of the "
      "Department of Industry and Trade, at the floating market that sells fish.",
      kEn[3],
      kEn[4]};
  Pairs expected = {{{0}, {0}}, {{1}, {1}}, {{2}, {2}}, {{3}, {3}}, {{4}, {4}}, {{5}, {5}}};
  Alignment a = Align(vi, en, TestLexicon());
  EXPECT_EQ(LinkIndices(a), expected);
  AlignOptions off;
  off.title_relief_min_coverage = 2;  // never
  Alignment without = Align(vi, en, TestLexicon(), off);
  for (const Link& l : without.links) EXPECT_NE(l.vi, std::vector<int>{3});
}

TEST(Align, DroppingWeakLinksAfterwardsEqualsTheMinScoreFilter) {
  std::vector<std::string> vi = {kVi[0], kVi[1], "Mưa lớn.", kVi[3], kVi[4]};
  std::vector<std::string> en = {kEn[0], kEn[1], "It rained heavily on Tuesday evening.", kEn[3],
                                 kEn[4]};
  AlignOptions all;
  all.min_score = 0;
  Alignment dropped = Align(vi, en, TestLexicon(), all);
  ASSERT_FALSE(dropped.links.empty());
  // The weakest link decides the threshold, so that something is dropped.
  double weakest = 1;
  for (const Link& l : dropped.links) weakest = std::min(weakest, l.score);
  AlignOptions strict;
  strict.min_score = std::nextafter(weakest, 1.0);
  const size_t before = dropped.links.size();
  DropLinksBelow(strict.min_score, &dropped);
  Alignment filtered = Align(vi, en, TestLexicon(), strict);
  EXPECT_EQ(LinkIndices(dropped), LinkIndices(filtered));
  EXPECT_EQ(dropped.unlinked_vi, filtered.unlinked_vi);
  EXPECT_EQ(dropped.unlinked_en, filtered.unlinked_en);
  EXPECT_LT(dropped.links.size(), before);
}

TEST(Align, MenusAboveTheFirstLinkStayUnlinked) {
  // Menu lines share no word: the position alone links nothing.
  std::vector<std::string> vi = {"Trang chủ › Tin tức › Xã hội", kVi[0], kVi[1], kVi[2]};
  std::vector<std::string> en = {"Home › News › Society", kEn[0], kEn[1], kEn[2]};
  Alignment a = Align(vi, en, TestLexicon());
  Pairs expected = {{{1}, {1}}, {{2}, {2}}, {{3}, {3}}};
  EXPECT_EQ(LinkIndices(a), expected);
  EXPECT_EQ(a.unlinked_vi, (std::vector<int>{0}));
  EXPECT_EQ(a.unlinked_en, (std::vector<int>{0}));
}

TEST(Align, LeadingGapCanBeSwitchedOff) {
  std::vector<std::string> vi = {"Vụ thu hoạch bội thu ở ngoại thành", kVi[0], kVi[1], kVi[2]};
  std::vector<std::string> en = {"Suburbs celebrate a record harvest this autumn", kEn[0], kEn[1],
                                 kEn[2]};
  AlignOptions options;
  options.fill_leading_gap = false;
  Alignment a = Align(vi, en, TestLexicon(), options);
  Pairs expected = {{{1}, {1}}, {{2}, {2}}, {{3}, {3}}};
  EXPECT_EQ(LinkIndices(a), expected);
}

TEST(Align, OmissionInTheMiddle) {
  std::vector<std::string> vi = {kVi[0], kVi[1], kVi[2], kVi[3], kVi[4]};
  std::vector<std::string> en = {kEn[0], kEn[2], kEn[3], kEn[4]};  // farmers left out
  Alignment a = Align(vi, en, TestLexicon());
  Pairs expected = {{{0}, {0}}, {{2}, {1}}, {{3}, {2}}, {{4}, {3}}};
  EXPECT_EQ(LinkIndices(a), expected);
  EXPECT_EQ(a.unlinked_vi, (std::vector<int>{1}));
}

TEST(Align, EmptySideGivesNoLinks) {
  Alignment a = Align(std::vector<std::string>{}, kEn, TestLexicon());
  EXPECT_TRUE(a.links.empty());
  EXPECT_EQ(a.unlinked_en.size(), kEn.size());
  Alignment b = Align(kVi, std::vector<std::string>{}, TestLexicon());
  EXPECT_TRUE(b.links.empty());
  EXPECT_EQ(b.unlinked_vi.size(), kVi.size());
  Alignment c = Align(std::vector<std::string>{}, std::vector<std::string>{}, TestLexicon());
  EXPECT_TRUE(c.links.empty());
}

TEST(Align, OneSentenceDocuments) {
  Alignment same =
      Align(std::vector<std::string>{kVi[0]}, std::vector<std::string>{kEn[0]}, TestLexicon());
  EXPECT_EQ(LinkIndices(same), (Pairs{{{0}, {0}}}));
  Alignment different =
      Align(std::vector<std::string>{kVi[0]}, std::vector<std::string>{kEn[1]}, TestLexicon());
  EXPECT_TRUE(different.links.empty());
  EXPECT_EQ(different.unlinked_vi, (std::vector<int>{0}));
  EXPECT_EQ(different.unlinked_en, (std::vector<int>{0}));
}

TEST(Align, NoSentenceInCommonInventsNoLink) {
  std::vector<std::string> en = {"Stock prices fell sharply today.",
                                 "The orchestra played Beethoven all night.",
                                 "A new vaccine was approved in Europe."};
  Alignment a = Align(kVi, en, TestLexicon());
  EXPECT_TRUE(a.links.empty());
  EXPECT_EQ(a.unlinked_vi.size(), kVi.size());
}

// Issue 12: names and numbers carry a link only with content words that agree.
// The same sentences link when the lexicon knows their content words.
TEST(Align, NamesAndNumbersAloneLinkNothing) {
  std::vector<std::string> vi = {
      "Ông Trần Việt Trường chủ trì cuộc họp ngày 28-5.",
      "Thành phố đã hoàn thành 11/20 nhiệm vụ theo Nghị quyết 59-NQ/TW."};
  std::vector<std::string> en = {
      "Mr. Tran Viet Truong chaired the meeting on May 28.",
      "The city has completed 11 out of 20 tasks under Resolution 59-NQ/TW."};
  EXPECT_TRUE(Align(vi, en, Lexicon()).links.empty());

  LexiconBuilder builder;
  for (const auto& [v, e] : std::vector<std::pair<std::string, std::string>>{
           {"chủ_trì", "chaired"}, {"cuộc_họp", "meeting"}, {"thành_phố", "city"},
           {"hoàn_thành", "completed"}, {"nhiệm_vụ", "tasks"}, {"nghị_quyết", "resolution"}}) {
    builder.Add(MatchingKey(v), EnglishToken(e), 1, 1);
  }
  Alignment a = Align(vi, en, std::move(builder).Build());
  EXPECT_EQ(LinkIndices(a), (Pairs{{{0}, {0}}, {{1}, {1}}}));
  ASSERT_EQ(a.links.size(), 2u);
  EXPECT_GT(a.links[0].evidence.names, 0);    // "tran viet truong", one entity
  EXPECT_EQ(a.links[0].evidence.numbers, 1);  // date 5-28
  EXPECT_EQ(a.links[1].evidence.numbers, 2);  // 11/20 and 59-NQ/TW
}

// Hard case: the chairman and the city stand in every sentence of both
// sides; only the content decides, also for a sentence moved in English.
TEST(Align, NamesInEverySentenceDoNotDecide) {
  std::vector<std::string> vi = {
      "Ông Trần Văn An cho biết thành phố xây dựng cầu mới ở Cần Thơ.",
      "Ông Trần Văn An cho biết nông dân thu hoạch lúa ở Cần Thơ.",
      "Ông Trần Văn An cho biết mưa lớn làm ngập đường ở Cần Thơ.",
      "Ông Trần Văn An cho biết chợ nổi bán cá ở Cần Thơ."};
  std::vector<std::string> en = {
      "Tran Van An said heavy rain floods the road in Can Tho.",
      "Tran Van An said the city builds a new bridge in Can Tho.",
      "Tran Van An said children learn to swim in the river in Can Tho.",
      "Tran Van An said the floating market sells fish in Can Tho."};
  Alignment a = Align(vi, en, TestLexicon());
  EXPECT_EQ(LinkIndices(a), (Pairs{{{0}, {1}}, {{2}, {0}}, {{3}, {3}}}));
  for (const Link& l : a.links) EXPECT_LT(l.evidence.names, 0.5);  // in every sentence: worth little
}

// Hard case: another event reported with the same chairman and city.
TEST(Align, SameChairmanDifferentEventLinksNothing) {
  std::vector<std::string> vi = {
      "Ông Trần Quốc Hưng dự lễ khởi công cầu mới tại Cần Thơ.",
      "Ông Trần Quốc Hưng yêu cầu nhà thầu bảo đảm an toàn.",
      "Cầu dài 450 m, vốn 1.250 tỷ đồng."};
  std::vector<std::string> en = {
      "Tran Quoc Hung opened the floating market festival in Can Tho.",
      "Tran Quoc Hung said visitors from Japan were welcome.",
      "The festival has 150 booths and runs for five days."};
  Alignment a = Align(vi, en, TestLexicon());
  EXPECT_TRUE(a.links.empty()) << a.links.size();
}

// Per-sentence language check: a Vietnamese line inside the English page
// (a related-article headline) is never linked, though it repeats the
// Vietnamese sentence word for word; the English sentence is.
TEST(Align, VietnameseLineInTheEnglishPageIsNeverLinked) {
  LexiconBuilder builder;
  for (const auto& [v, e] : std::vector<std::pair<std::string, std::string>>{
           {"hội_thảo", "workshop"}, {"đại_biểu", "delegates"}, {"có", "had"}}) {
    builder.Add(MatchingKey(v), EnglishToken(e), 1, 1);
  }
  Lexicon lexicon = std::move(builder).Build();
  std::vector<std::string> vi = {"Hội thảo tại Cần Thơ ngày 12-6 có 450 đại biểu tham dự."};
  std::vector<std::string> en = {"Hội thảo tại Cần Thơ ngày 12-6 có 450 đại biểu tham dự.",
                                 "The workshop in Can Tho on June 12 had 450 delegates."};
  Alignment a = Align(vi, en, lexicon);
  EXPECT_EQ(LinkIndices(a), (Pairs{{{0}, {1}}}));
}

TEST(Align, MinScoreFiltersLinks) {
  AlignOptions strict;
  strict.min_score = 1.0;  // confidence is never quite 1 for short sentences
  Alignment a = Align(std::vector<std::string>{kVi[1]}, std::vector<std::string>{kEn[1]},
                      TestLexicon(), strict);
  EXPECT_TRUE(a.links.empty());
  EXPECT_EQ(a.unlinked_vi, (std::vector<int>{0}));
}

}  // namespace
}  // namespace songngu
