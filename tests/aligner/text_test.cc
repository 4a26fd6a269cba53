// The whole text pipeline (ParseDocument): the acceptance test on the seed pair
// against the hand-made gold, furniture on the other seeds, and input forms.
#include "aligner/text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "aligner/data_path.h"
#include "aligner/error.h"
#include "aligner/normalize.h"

namespace songngu {
namespace {

const std::string kShared = SONGNGU_SHARED_DIR;
const std::string kSource = SONGNGU_SOURCE_DIR;

bool Exists(const std::string& path) { return std::ifstream(path).good(); }

std::string Collapse(const std::string& s) {
  std::istringstream in(s);
  std::string word, out;
  while (in >> word) out += (out.empty() ? "" : " ") + word;
  return out;
}

std::vector<std::string> Texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.push_back(s.text);
  return out;
}

std::string ErrorOf(std::string_view bytes, const std::string& name, SegmentOptions options = {}) {
  try {
    ParseDocument(bytes, name, options);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

class SeedTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!Exists(kShared + "/data/gold/cantho-2024-05-28.json")) {
      GTEST_SKIP() << "needs ../shared/data/gold and ../shared/seeds";
    }
  }
  std::vector<std::string> Gold(const std::string& lang) {
    nlohmann::json gold =
        nlohmann::json::parse(ReadFile(kShared + "/data/gold/cantho-2024-05-28.json"));
    std::vector<std::string> out;
    for (const auto& s : gold[lang]) out.push_back(Collapse(s.get<std::string>()));
    return out;
  }
};

TEST_F(SeedTest, VietnameseSeedMatchesGoldSentences) {
  Document doc = LoadDocument(kShared + "/seeds/001_372fcefd87e77f7b.txt");
  EXPECT_EQ(doc.lang, "vi");
  std::vector<std::string> gold = Gold("vi");
  ASSERT_EQ(gold.size(), 24u);
  EXPECT_EQ(Texts(doc), gold);
  ASSERT_EQ(doc.sentences.size(), 24u);
  // The kicker ending in ":" and the headline without final punctuation.
  EXPECT_EQ(doc.sentences[0].kind, SegmentKind::kHeadline);
  EXPECT_EQ(doc.sentences[1].kind, SegmentKind::kHeadline);
  EXPECT_EQ(doc.sentences[2].kind, SegmentKind::kBody);
  // Furniture became metadata.
  EXPECT_EQ(doc.meta.date, "2024-05-28");
  EXPECT_EQ(doc.meta.date_text, "28/05/2024 - 15:58");
  EXPECT_EQ(doc.meta.author, "T. TRINH");
  EXPECT_EQ(doc.meta.translator, "");
  std::vector<std::string> furniture = {"28/05/2024 - 15:58", "Tin, ảnh: T. TRINH",
                                        "Chia sẻ bài viết"};
  EXPECT_EQ(doc.meta.furniture, furniture);
}

TEST_F(SeedTest, EnglishSeedMatchesGoldSentences) {
  Document doc = LoadDocument(kShared + "/seeds/000_f248d404a3479108.txt");
  EXPECT_EQ(doc.lang, "en");
  std::vector<std::string> gold = Gold("en");
  ASSERT_EQ(gold.size(), 20u);
  EXPECT_EQ(Texts(doc), gold);
  ASSERT_EQ(doc.sentences.size(), 20u);
  EXPECT_EQ(doc.sentences[0].kind, SegmentKind::kHeadline);
  EXPECT_EQ(doc.sentences[10].text, "Work session scene");
  EXPECT_EQ(doc.sentences[10].kind, SegmentKind::kCaption);
  EXPECT_EQ(doc.meta.date, "2024-06-05");
  EXPECT_EQ(doc.meta.author, "Thanh Xuan");
  EXPECT_EQ(doc.meta.translator, "Chi Nguyen");
  EXPECT_EQ(doc.meta.title,
            "Mindset, actions, and approach must be changed in implementing the resolutions of the "
            "Central "
            "Committee");
  std::vector<std::string> furniture = {"News and Events",
                                        "Font size: +A | -A| Print",
                                        "Date: 05/06/2024",
                                        "Thanh Xuan - Translated by Chi Nguyen",
                                        "Copyright 2018 CANTHO PORTAL. All rights reserved.",
                                        "English | Français"};
  EXPECT_EQ(doc.meta.furniture, furniture);
}

TEST_F(SeedTest, OffsetsPointBackIntoTheRawText) {
  for (const char* seed : {"/seeds/001_372fcefd87e77f7b.txt", "/seeds/000_f248d404a3479108.txt"}) {
    Document doc = LoadDocument(kShared + seed);
    EXPECT_EQ(doc.raw, ReadFile(kShared + seed));
    for (const Sentence& s : doc.sentences) {
      ASSERT_LT(s.begin, s.end);
      ASSERT_LE(s.end, doc.raw.size());
      EXPECT_EQ(Collapse(doc.raw.substr(s.begin, s.end - s.begin)), s.text);
      EXPECT_EQ(s.key, MatchingKey(s.text));
    }
  }
}

TEST_F(SeedTest, OtherSeedsYieldNoFurnitureSentences) {
  // Lines of seeds 002-004 that are page furniture, checked by hand.
  const std::vector<std::string> furniture = {
      "News and Events", "Font size: +A | -A| Print", "Date: 08/06/2024",
      "Kim Xuyen - Translated by Hoang Dat", "60ef2cbe-8860-46a6-8f8b-7bbad8a49877",
      "UPCOMING EVENTS", "MAP OF CAN THO", "COUNTER", "Online:", "Today:", "Month:", "Statistic:",
      "Copyright 2018 CANTHO PORTAL. All rights reserved.", "English | Français",
      "Video: 131123_-_HOP_BCH_DANG_BO_TINH-S1.mp4?_t=", "News: Dao Quyen", "Photo: Reporter group",
      "Source", "Comment (0)", "According to Cao Cuong - Hoang Thương/LCDT", "Related Posts",
      // Titles and teasers of the related posts listed under the Lao Cai article.
      "Effectively implement 3 national target programs and construction investment capital",
      "Lao Cai: Outstanding results in implementing Project 06",
      "Improve the effectiveness of policy communication in Lao Cai province"};
  size_t total = 0;
  for (const char* seed : {"/seeds/002_b601bdf4062e5b0e.txt", "/seeds/003_e632ea0e1a981b2d.txt",
                           "/seeds/004_3cd89cd0967ae1bf.txt"}) {
    Document doc = LoadDocument(kShared + seed);
    EXPECT_EQ(doc.lang, "en") << seed;
    total += doc.sentences.size();
    for (const Sentence& s : doc.sentences) {
      for (const std::string& f : furniture) EXPECT_NE(s.text, f) << seed;
      EXPECT_EQ(s.text.find("Copyright"), std::string::npos) << seed;
      EXPECT_EQ(s.text.find("Translated by"), std::string::npos) << seed;
      EXPECT_EQ(s.text.find("Japanese Ambassador"), std::string::npos) << seed << ": related post";
    }
  }
  EXPECT_GT(total, 100u);  // the articles themselves are still there

  Document lao_cai = LoadDocument(kShared + "/seeds/002_b601bdf4062e5b0e.txt");
  EXPECT_EQ(lao_cai.sentences.back().text,
            "\"Only decentralization can bring into play the spirit of creativity, proactiveness, "
            "strengthening responsibility, exploiting existing advantages and strengths\", "
            "emphasized the "
            "Secretary of the Provincial Party Committee.");
  Document thai_binh = LoadDocument(kShared + "/seeds/003_e632ea0e1a981b2d.txt");
  EXPECT_EQ(thai_binh.meta.author, "Dao Quyen");
  Document can_tho = LoadDocument(kShared + "/seeds/004_3cd89cd0967ae1bf.txt");
  EXPECT_EQ(can_tho.meta.date, "2024-06-08");
  EXPECT_EQ(can_tho.meta.author, "Kim Xuyen");
  EXPECT_EQ(can_tho.meta.translator, "Hoang Dat");
  EXPECT_EQ(can_tho.sentences.front().kind, SegmentKind::kHeadline);
}

TEST(ParseDocument, SampleReportsSegmentAsWritten) {
  Document vi = LoadDocument(kSource + "/data/samples/vi-report.txt");
  EXPECT_EQ(vi.lang, "vi");
  ASSERT_EQ(vi.sentences.size(), 19u);
  EXPECT_EQ(vi.sentences[3].text,
            "Dự họp có ThS. Lê Thị Mai, Giám đốc Sở Xây dựng, cùng lãnh đạo các sở, ban ngành và "
            "UBND các "
            "quận, huyện.");
  EXPECT_EQ(vi.sentences[4].kind, SegmentKind::kCaption);
  EXPECT_EQ(vi.meta.author, "M. LAN");
  EXPECT_EQ(vi.meta.date, "2025-03-12");

  Document en = LoadDocument(kSource + "/data/samples/en-report.txt");
  EXPECT_EQ(en.lang, "en");
  EXPECT_EQ(en.sentences.size(), 15u);
  EXPECT_EQ(en.meta.translator, "Thu Ha");
}

TEST(ParseDocument, NewReleaseSampleOverlapsTheReport) {
  // What `suggest` relies on: one sentence identical to the report, one that
  // differs only in a number.
  Document report = LoadDocument(kSource + "/data/samples/vi-report.txt");
  Document release = LoadDocument(kSource + "/data/samples/vi-new-release.txt");
  EXPECT_EQ(release.sentences.size(), 9u);
  auto has = [](const Document& d, const std::string& text) {
    for (const Sentence& s : d.sentences) {
      if (s.text == text) return true;
    }
    return false;
  };
  const std::string same = "Nhiều hộ dân chưa đồng thuận với phương án hỗ trợ tái định cư.";
  EXPECT_TRUE(has(report, same));
  EXPECT_TRUE(has(release, same));
  const std::string progress =
      "Theo báo cáo của Sở Xây dựng, đến nay thành phố đã hoàn thành {}/20 hạng mục của Dự án "
      "chống "
      "ngập và thích ứng biến đổi khí hậu giai đoạn 2021 - 2025.";
  auto with = [&progress](const std::string& n) {
    std::string s = progress;
    return s.replace(s.find("{}"), 2, n);
  };
  EXPECT_TRUE(has(report, with("11")));
  EXPECT_TRUE(has(release, with("15")));
  EXPECT_FALSE(has(release, with("11")));
}

TEST(ParseDocument, HtmlPageGivesTheSameSentencesAsText) {
  Document text = LoadDocument(kSource + "/data/samples/vi-report.txt");
  Document html = LoadDocument(kSource + "/data/samples/vi-report.html");
  std::vector<std::string> expected = Texts(text);
  // The HTML page writes the ellipsis as &hellip; (one character "…").
  expected[11] =
      "Khó khăn lớn nhất hiện nay là công tác bồi thường, giải phóng mặt bằng tại TP. Cần Thơ còn "
      "chậm…";
  EXPECT_EQ(Texts(html), expected);
  EXPECT_EQ(html.meta.author, "M. LAN");
  EXPECT_EQ(html.meta.date, "2025-03-12");
  for (const Sentence& s : html.sentences) {
    EXPECT_EQ(s.text.find("Trang chủ"), std::string::npos) << "nav menu leaked";
    EXPECT_EQ(s.text.find("Không hiển thị"), std::string::npos) << "script leaked";
    EXPECT_EQ(s.text.find("Bản quyền"), std::string::npos) << "footer leaked";
  }
}

TEST(ParseDocument, NfcAndNfdInputGiveTheSameSentencesAndKeys) {
  std::string nfc = "Thành phố Cần Thơ đạt kết quả tốt. Ủy ban nhân dân họp.";
  std::string nfd =
      "Tha\u0300nh pho\u0302\u0301 Ca\u0302\u0300n Tho\u031b \u0111a\u0323t ke\u0302\u0301t "
      "qua\u0309 to\u0302\u0301t. U\u0309y ban nha\u0302n da\u0302n ho\u0323p.";
  Document a = ParseDocument(nfc, "nfc", {});
  Document b = ParseDocument(nfd, "nfd", {});
  ASSERT_EQ(a.sentences.size(), 2u);
  ASSERT_EQ(b.sentences.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(a.sentences[i].text, b.sentences[i].text);
    EXPECT_EQ(a.sentences[i].key, b.sentences[i].key);
  }
  EXPECT_EQ(b.sentences[0].text, "Thành phố Cần Thơ đạt kết quả tốt.");
  EXPECT_EQ(b.raw, nfd);  // raw stays as given: offsets point into it
}

TEST(ParseDocument, ToneMarkPlacementVariantsShareKeys) {
  Document old_style = ParseDocument("Hoà bình và thuỷ lợi được Uỷ ban chú ý.", "old", {});
  Document new_style = ParseDocument("Hòa bình và thủy lợi được Ủy ban chú ý.", "new", {});
  ASSERT_EQ(old_style.sentences.size(), 1u);
  ASSERT_EQ(new_style.sentences.size(), 1u);
  EXPECT_NE(old_style.sentences[0].text, new_style.sentences[0].text);
  EXPECT_EQ(old_style.sentences[0].key, new_style.sentences[0].key);
}

TEST(ParseDocument, BomAndCrlfAreHandled) {
  Document doc = ParseDocument("\xEF\xBB\xBFHello there.\r\nSecond line here.\r\n", "crlf", {});
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{"Hello there.", "Second line here."}));
  // raw is the decoded text: no BOM; offsets count the CR LF.
  EXPECT_EQ(doc.raw.substr(0, 5), "Hello");
  EXPECT_EQ(doc.sentences[1].begin, 14u);
  EXPECT_EQ(doc.sentences[1].end, 31u);
}

TEST(ParseDocument, Windows1258IsConverted) {
  // "Thành phố Cần Thơ đạt nhiều kết quả." in Windows-1258: tones as combining
  // marks after the vowel (ô + 0xEC acute, â + 0xCC grave, a + 0xF2 dot below ...).
  std::string bytes =
      "Th\xE0nh ph\xF4\xEC C\xE2\xCCn Th\xF5 \xF0\x61\xF2t nhi\xEA\xCCu k\xEA\xECt qua\xD2.";
  Document doc = ParseDocument(bytes, "legacy.txt", {});
  EXPECT_EQ(doc.meta.encoding, "windows-1258");
  EXPECT_EQ(doc.lang, "vi");
  ASSERT_EQ(doc.sentences.size(), 1u);
  EXPECT_EQ(doc.sentences[0].text, "Thành phố Cần Thơ đạt nhiều kết quả.");
}

TEST(ParseDocument, InvalidUtf8NamesFileAndByte) {
  std::string bytes = "Cần Thơ là thành phố.\n\xC3\x28 sai.";  // the first line is 28 bytes + LF
  EXPECT_EQ(ErrorOf(bytes, "bad.txt"), "bad.txt: byte 29: invalid UTF-8");
  SegmentOptions lenient;
  lenient.lenient = true;
  Document doc = ParseDocument(bytes, "bad.txt", lenient);
  EXPECT_EQ(doc.meta.replaced, 1u);
  EXPECT_EQ(doc.sentences.back().text, "\xEF\xBF\xBD( sai.");
}

TEST(ParseDocument, EmptyAndBinaryInputsAreErrors) {
  EXPECT_EQ(ErrorOf("", "empty.txt"), "empty.txt: empty document");
  EXPECT_EQ(ErrorOf(" \n\r\n\t \xC2\xA0\n", "blank.txt"), "blank.txt: empty document");
  EXPECT_EQ(ErrorOf(std::string("PK\x03\x04\0\0abc", 9), "x.zip"),
            "x.zip: byte 4: binary data (NUL byte), not a text document");
  EXPECT_EQ(ErrorOf("<html><body><script>var a;</script></body></html>", "empty.html"),
            "empty.html: empty document");
}

TEST(ParseDocument, PresegmentedTakesLinesAsTheyAre) {
  SegmentOptions options;
  options.presegmented = true;
  Document doc = ParseDocument("News and Events\nMr. A went home. He slept.\n\n", "pre", options);
  EXPECT_EQ(Texts(doc),
            (std::vector<std::string>{"News and Events", "Mr. A went home. He slept."}));
}

TEST(ParseDocument, RejectsUnknownLanguage) {
  SegmentOptions options;
  options.lang = "fr";
  EXPECT_EQ(ErrorOf("Bonjour.", "fr.txt", options),
            "fr.txt: unsupported language 'fr' (use vi, en or auto)");
}

TEST(ParseDocument, ArbitraryBytesGiveADocumentOrAnError) {
  // Pieces that stress each stage: markup, entities, broken and legacy bytes,
  // abbreviations, furniture-like lines, NUL.
  const std::vector<std::string> pieces = {"a",
                                           "Ông",
                                           " ",
                                           "\n",
                                           "\r\n",
                                           ".",
                                           "...",
                                           "…",
                                           "Mr.",
                                           "T.",
                                           "TP.",
                                           "<p>",
                                           "</p>",
                                           "<script>",
                                           "&amp;",
                                           "&#7877;",
                                           "\xE1\xBA",
                                           "\xFF",
                                           "\xF4\xEC",
                                           "\xC2\xA0",
                                           "Date: 05/06/2024",
                                           "Tin, ảnh: T. TRINH",
                                           "Copyright",
                                           "|",
                                           ":",
                                           "Related Posts",
                                           "11/20",
                                           "./.",
                                           "Ảnh: X",
                                           "Thu Huyền – Ngọc Trung",
                                           "1.",
                                           "Tho.Speaking",
                                           "done. 7",
                                           "U.S.",
                                           ";",
                                           "<font>",
                                           std::string(1, '\0'),
                                           "\xEF\xBB\xBF"};
  uint32_t state = 12345;
  auto next = [&state] { return state = state * 1103515245u + 12345u; };
  for (int round = 0; round < 300; ++round) {
    std::string bytes;
    size_t n = next() % 40;
    for (size_t i = 0; i < n; ++i) bytes += pieces[(next() >> 8) % pieces.size()];
    SegmentOptions options;
    options.lenient = round % 2 == 1;
    try {
      Document doc = ParseDocument(bytes, "fuzz", options);
      for (const Sentence& s : doc.sentences) {
        EXPECT_FALSE(s.text.empty());
        EXPECT_LT(s.begin, s.end);
        EXPECT_LE(s.end, doc.raw.size());
      }
    } catch (const Error&) {
      // Empty, binary or invalid input: a clear error is the expected outcome.
    }
  }
}

std::vector<SegmentKind> Kinds(const Document& doc) {
  std::vector<SegmentKind> out;
  for (const Sentence& s : doc.sentences) out.push_back(s.kind);
  return out;
}

TEST(ParseDocument, CutOffLastParagraphIsSplitNotAHeadline) {
  const std::string page =
      "Cần Thơ khánh thành cầu Cái Sơn mới\n"
      "Sáng 12-3, thành phố khánh thành cầu Cái Sơn mới. Cầu dài 300 m.\n"
      "Ông Lê Văn Tâm cho biết cầu giúp giảm ùn tắc cho cả khu vực. Thành phố sẽ tiếp tục đầu tư "
      "vào hạ tầng giao thông trong";
  Document doc = ParseDocument(page, "cut.txt", {});
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{
                            "Cần Thơ khánh thành cầu Cái Sơn mới",
                            "Sáng 12-3, thành phố khánh thành cầu Cái Sơn mới.", "Cầu dài 300 m.",
                            "Ông Lê Văn Tâm cho biết cầu giúp giảm ùn tắc cho cả khu vực.",
                            "Thành phố sẽ tiếp tục đầu tư vào hạ tầng giao thông trong"}));
  EXPECT_EQ(Kinds(doc),
            (std::vector<SegmentKind>{SegmentKind::kHeadline, SegmentKind::kBody,
                                      SegmentKind::kBody, SegmentKind::kBody, SegmentKind::kBody}));
  EXPECT_EQ(doc.meta.title, "Cần Thơ khánh thành cầu Cái Sơn mới");

  // A whole article on one line, full stops without spaces, the end cut off:
  // sentences, and no headline.
  Document en = ParseDocument(
      "The rice festival opened in Can Tho.Speaking at the opening, the vice chairman thanked the "
      "farmers.Over 200 stalls sell local produce and the festival runs until",
      "one-line.txt", {});
  EXPECT_EQ(Texts(en), (std::vector<std::string>{
                           "The rice festival opened in Can Tho.",
                           "Speaking at the opening, the vice chairman thanked the farmers.",
                           "Over 200 stalls sell local produce and the festival runs until"}));
  EXPECT_EQ(Kinds(en), (std::vector<SegmentKind>(3, SegmentKind::kBody)));
  EXPECT_EQ(en.meta.title, "");

  // One long unpunctuated line at the top is text, not a headline.
  std::string long_line;
  for (int i = 0; i < 12; ++i) long_line += "the boats carried rice to the market ";
  long_line.pop_back();
  Document long_doc = ParseDocument(long_line, "long.txt", {});
  ASSERT_EQ(long_doc.sentences.size(), 1u);
  EXPECT_EQ(long_doc.sentences[0].kind, SegmentKind::kBody);
}

TEST(ParseDocument, SignOffBylineAndCreditsAreFurniture) {
  const std::string page =
      "Hội chợ nông sản Cần Thơ thu hút khách\n"
      "Thu Huyền – Ngọc Trung\n"
      "Hội chợ khai mạc sáng 5-4 tại công viên sông Hậu.\n"
      "Lãnh đạo thành phố cắt băng khai mạc | Ảnh: Minh Khôi\n"
      "Hội chợ có 200 gian hàng. Ban tổ chức dự kiến đón 50.000 lượt khách./.\n";
  Document doc = ParseDocument(page, "hoicho.txt", {});
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{
                            "Hội chợ nông sản Cần Thơ thu hút khách",
                            "Hội chợ khai mạc sáng 5-4 tại công viên sông Hậu.",
                            "Lãnh đạo thành phố cắt băng khai mạc", "Hội chợ có 200 gian hàng.",
                            "Ban tổ chức dự kiến đón 50.000 lượt khách."}));
  EXPECT_EQ(doc.sentences[2].kind, SegmentKind::kCaption);
  EXPECT_EQ(doc.meta.author, "Thu Huyền – Ngọc Trung");
  EXPECT_EQ(doc.meta.furniture,
            (std::vector<std::string>{"Thu Huyền – Ngọc Trung", "Ảnh: Minh Khôi", "/."}));

  // English: a sign-off line of its own, a closing byline of names, credit tails.
  Document en = ParseDocument(
      "Can Tho hosts rice festival\n"
      "The festival opened on Saturday. The delegation visited the stalls. Photo: VNA\n"
      "Farmers showed new rice varieties (Photo: Minh Khoi)\n"
      "The festival closes on Sunday.\n"
      "./.\n"
      "Thu Huyen - Ngoc Trung\n",
      "festival.txt", {});
  EXPECT_EQ(Texts(en), (std::vector<std::string>{
                           "Can Tho hosts rice festival", "The festival opened on Saturday.",
                           "The delegation visited the stalls.",
                           "Farmers showed new rice varieties", "The festival closes on Sunday."}));
  EXPECT_EQ(en.sentences[3].kind, SegmentKind::kCaption);
  EXPECT_EQ(en.meta.author, "Thu Huyen - Ngoc Trung");
  for (const Sentence& s : en.sentences) {
    EXPECT_EQ(s.text.find("/."), std::string::npos);
    EXPECT_EQ(s.text.find("Photo"), std::string::npos);
  }
}

TEST(ParseDocument, OffsetsStayRightAroundRemovedPieces) {
  std::string page = "Ông Lê Văn Tâm phát biểu tại buổi lễ | Ảnh: M. LAN\nCầu đã xong./.\n";
  Document doc = ParseDocument(page, "o.txt", {});
  ASSERT_EQ(doc.sentences.size(), 2u);
  for (const Sentence& s : doc.sentences) {
    EXPECT_EQ(doc.raw.substr(s.begin, s.end - s.begin), s.text);
  }
  EXPECT_EQ(doc.sentences[1].text, "Cầu đã xong.");

  // A credit after its own full stop, ending in one too, is furniture as well.
  Document credit = ParseDocument(
      "Cầu Cái Sơn đã thông xe. Ảnh: T. Trinh.\nThe bridge opened to traffic. Photo: Reporter "
      "group.\n",
      "credit.txt", {});
  EXPECT_EQ(Texts(credit), (std::vector<std::string>{"Cầu Cái Sơn đã thông xe.",
                                                     "The bridge opened to traffic."}));
  EXPECT_EQ(credit.meta.furniture,
            (std::vector<std::string>{"Ảnh: T. Trinh.", "Photo: Reporter group."}));
}

TEST(ParseDocument, DeeplyNestedHtmlKeepsEverySentence) {
  std::string html = "<html><body>";
  for (int i = 1; i <= 400; ++i) {
    html += "<font>The river port handled cargo number " + std::to_string(i) + " today. ";
  }
  for (int i = 0; i < 400; ++i) html += "</font>";
  html += "</body></html>";
  Document doc = ParseDocument(html, "deep.html", {});
  ASSERT_EQ(doc.sentences.size(), 400u);
  EXPECT_EQ(doc.sentences[399].text, "The river port handled cargo number 400 today.");
  EXPECT_TRUE(doc.meta.warnings.empty());
}

TEST(ParseDocument, HugeUnpunctuatedLineGivesBoundedSentences) {
  std::string line;
  for (int i = 0; i < 10000; ++i) line += "ghe xuong cho lua ra cho noi ";  // 70,000 words
  Document doc = ParseDocument(line, "huge.txt", {});
  EXPECT_GE(doc.sentences.size(), 70000u / 150);
  for (const Sentence& s : doc.sentences) {
    EXPECT_LE(std::count(s.text.begin(), s.text.end(), ' ') + 1, 150);
  }
  SegmentOptions small;
  small.max_sentence_words = 20;
  EXPECT_EQ(ParseDocument(line, "huge.txt", small).sentences.size(), 3500u);
}

TEST(DetectLanguage, VietnameseAndEnglish) {
  EXPECT_EQ(DetectLanguage("Ông Trần Việt Trường phát biểu chỉ đạo tại cuộc họp."), "vi");
  EXPECT_EQ(
      DetectLanguage("Mr. Tran Viet Truong gave a directive speech at the meeting in Cần Thơ."),
      "en");
  // Vietnamese typed without diacritics still has its function words.
  EXPECT_EQ(DetectLanguage("Thanh pho da to chuc thuc hien cac nhiem vu cua nam va duoc giao"),
            "vi");
  EXPECT_EQ(DetectLanguage("The city has implemented 6 mechanisms and policies."), "en");
}

}  // namespace
}  // namespace songngu
