// Input decoding: encodings, HTML extraction and input errors.
#include "aligner/decode.h"

#include <gtest/gtest.h>

#include "aligner/error.h"

namespace songngu {
namespace {

std::string ErrorOf(std::string_view bytes, DecodeOptions options = {}) {
  try {
    DecodeInput(bytes, "in.txt", options);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(DecodeInput, Utf8WithAndWithoutBom) {
  EXPECT_EQ(DecodeInput("Cần Thơ", "a").text, "Cần Thơ");
  DecodedText bom = DecodeInput("\xEF\xBB\xBFHello", "a");
  EXPECT_EQ(bom.text, "Hello");
  EXPECT_EQ(bom.encoding, "UTF-8");
}

TEST(DecodeInput, Utf16WithBom) {
  EXPECT_EQ(DecodeInput(std::string("\xFF\xFEH\0i\0", 6), "a").text, "Hi");
  EXPECT_EQ(DecodeInput(std::string("\xFE\xFF\0H\0i", 6), "a").text, "Hi");
}

TEST(DecodeInput, LegacyCharsets) {
  // "Cần Thơ phố" in Windows-1258 (â + 0xCC grave, ơ = 0xF5, ô + 0xEC acute).
  DecodedText vi = DecodeInput("C\xE2\xCCn Th\xF5 ph\xF4\xEC", "a");
  EXPECT_EQ(vi.encoding, "windows-1258");
  EXPECT_EQ(vi.text,
            "C\xC3\xA2\xCC\x80n Th\xC6\xA1 ph\xC3\xB4\xCC\x81");  // decomposed tones, as written
  // Latin-1 text without Vietnamese tone marks: smart quotes of Windows-1252.
  DecodedText fr = DecodeInput("Le caf\xE9 est \x93tr\xE8s\x94 bon.", "a");
  EXPECT_EQ(fr.text, "Le café est “très” bon.");
  // An explicit encoding wins over detection.
  DecodeOptions latin1;
  latin1.encoding = "ISO-8859-1";
  EXPECT_EQ(DecodeInput("C\xE2\xCCn", "a", latin1).text, "CâÌn");
  DecodeOptions bogus;
  bogus.encoding = "no-such-charset";
  EXPECT_EQ(ErrorOf("abc", bogus), "in.txt: unknown encoding 'no-such-charset'");
}

TEST(DecodeInput, DetectorNamingAnUnusableCharsetFallsBackToWindows1258) {
  // ICU's detector calls these mostly-ASCII bytes "IBM420_ltr", which no
  // converter opens: the page used to fail with "unknown encoding".
  DecodeOptions text;
  text.format = "text";
  DecodedText d = DecodeInput("school new <p> </p>\xB9 district\xE7 committee ", "a", text);
  EXPECT_EQ(d.encoding, "windows-1258");
  EXPECT_EQ(d.text, "school new <p> </p>\u00B9 district\u00E7 committee ");
}

TEST(DecodeInput, InvalidUtf8InUtf8TextIsAnErrorOrReplaced) {
  EXPECT_EQ(ErrorOf("Thơ \xE1\xBA ca"), "in.txt: byte 5: invalid UTF-8");
  // A BOM claims UTF-8: even one bad byte is an error, counted from the file start.
  EXPECT_EQ(ErrorOf("\xEF\xBB\xBF"
                    "ab\xFF"),
            "in.txt: byte 5: invalid UTF-8");
  DecodeOptions lenient;
  lenient.lenient = true;
  DecodedText d = DecodeInput("Thơ \xE1\xBA ca \xFF", "a", lenient);
  EXPECT_EQ(d.text, "Thơ \xEF\xBF\xBD ca \xEF\xBF\xBD");
  EXPECT_EQ(d.replaced, 2u);
}

TEST(DecodeInput, EmptyAndBinary) {
  EXPECT_EQ(ErrorOf(""), "in.txt: empty document");
  EXPECT_EQ(ErrorOf("\xEF\xBB\xBF \n"), "in.txt: empty document");
  EXPECT_EQ(ErrorOf(std::string("abc\0def", 7)),
            "in.txt: byte 3: binary data (NUL byte), not a text document");
}

TEST(HtmlToText, DropsScriptsAndMenusDecodesEntitiesBreaksBlocks) {
  std::string html =
      "<html><head><title>T</title><style>p{color:red}</style></head><body>"
      "<nav><a>Trang chủ</a></nav><div class=\"main-menu\">Tin tức</div>"
      "<h1>Ti&ecirc;u &#273;&#7873;</h1><p>A&nbsp;&amp; B said &quot;hi&quot;.<br>Next line</p>"
      "<script>var x = '<p>no</p>';</script><ul><li>One</li><li>Two</li></ul></body></html>";
  EXPECT_EQ(HtmlToText(html), "Tiêu đề\nA\xC2\xA0& B said \"hi\".\nNext line\nOne\nTwo\n");
}

// `depth` <font> elements, one inside the other, each opening with a sentence.
std::string NestedFonts(int depth) {
  std::string html = "<html><body>";
  for (int i = 1; i <= depth; ++i) html += "<font>Câu số " + std::to_string(i) + ". ";
  for (int i = 0; i < depth; ++i) html += "</font>";
  return html + "</body></html>";
}

TEST(HtmlToText, DeepNestingLosesNoText) {
  // libxml2 stops at 256 levels unless told otherwise: 255 of 400 sentences came out.
  std::string warning;
  std::string text = HtmlToText(NestedFonts(400), &warning);
  EXPECT_EQ(warning, "");
  EXPECT_NE(text.find("Câu số 1. Câu số 2. "), std::string::npos);
  EXPECT_NE(text.find("Câu số 256. "), std::string::npos);
  const std::string last = "Câu số 400. \n";
  ASSERT_GT(text.size(), last.size());
  EXPECT_EQ(text.substr(text.size() - last.size()), last);
  // Far deeper than any page: read whole, and no recursion to overflow the stack.
  std::string deep = HtmlToText(NestedFonts(20000));
  EXPECT_NE(deep.find("Câu số 20000."), std::string::npos);
  // Deep block elements still end their lines.
  EXPECT_EQ(HtmlToText("<body><div><div><p>Một.</p>Hai.</div></div><p>Ba.</p></body>"),
            "Một.\nHai.\nBa.\n");
}

TEST(DecodeInput, HtmlIsSniffedAndItsCharsetHonoured) {
  EXPECT_TRUE(LooksLikeHtml("  <!DOCTYPE html><html>"));
  EXPECT_TRUE(LooksLikeHtml("<p>Hi</p>"));
  EXPECT_FALSE(LooksLikeHtml("a < b and <p> later"));
  DecodedText d = DecodeInput(
      "<html><head><meta charset=\"windows-1258\"></head><body><p>C\xE2\xCCn "
      "Th\xF5</p></body></html>",
      "a");
  EXPECT_TRUE(d.html);
  EXPECT_EQ(d.encoding, "windows-1258");
  EXPECT_EQ(d.text, "C\xC3\xA2\xCC\x80n Th\xC6\xA1\n");
  // Declared UTF-8 page.
  DecodedText u = DecodeInput(
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
      "<body><p>Cần Thơ</p></body></html>",
      "a");
  EXPECT_EQ(u.text, "Cần Thơ\n");
  // A BOM outranks a wrong declaration.
  EXPECT_EQ(DecodeInput("\xEF\xBB\xBF<html><head><meta "
                        "charset=\"windows-1252\"></head><body><p>Thơ</p></body></html>",
                        "a")
                .text,
            "Thơ\n");
  // UTF-16 HTML is recognised after decoding.
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("<p>Hi</p>")) utf16 += std::string{c, '\0'};
  EXPECT_EQ(DecodeInput(utf16, "a").text, "Hi\n");
  DecodeOptions as_text;
  as_text.format = "text";
  EXPECT_EQ(DecodeInput("<p>x</p>", "a", as_text).text, "<p>x</p>");
}

}  // namespace
}  // namespace songngu
