#include "aligner/normalize.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

TEST(MatchingKey, NfcAndNfdGiveTheSameKey) {
  // "Cần Thơ" precomposed vs decomposed (C a U+0302 U+0300 n ...).
  EXPECT_EQ(MatchingKey("Cần Thơ"), MatchingKey("Ca\u0302\u0300n Tho\u031b"));
  EXPECT_EQ(MatchingKey("Cần Thơ"), "cần thơ");
}

TEST(MatchingKey, OldAndNewToneMarkPlacementAgree) {
  EXPECT_EQ(MatchingKey("hoà"), MatchingKey("hòa"));
  EXPECT_EQ(MatchingKey("thuỷ"), MatchingKey("thủy"));
  EXPECT_EQ(MatchingKey("Ủy ban"), MatchingKey("Uỷ ban"));
  EXPECT_EQ(MatchingKey("khoẻ"), MatchingKey("khỏe"));
  // Different tones stay different.
  EXPECT_NE(MatchingKey("hòa"), MatchingKey("hóa"));
}

TEST(MatchingKey, FoldsCaseAndWhiteSpace) {
  // The key puts the tone on the syllable's last vowel: "ủy" and "uỷ" both key as "uỷ".
  EXPECT_EQ(MatchingKey("  Phó  Bí thư\tThành ủy "), "phó bí thư thành uỷ");
}

TEST(MatchingKey, PlainAsciiFoldsCaseAndWhiteSpaceOnly) {
  // English text takes a shortcut past ICU: it must key exactly as before.
  EXPECT_EQ(MatchingKey(" \t The  People's\r\nCommittee, 59-NQ/TW!\v "), "the people's committee, 59-nq/tw!");
  EXPECT_EQ(FoldedKey("Can Tho  CITY"), "can tho city");
  KeyOptions keep_case;
  keep_case.fold_case = false;
  EXPECT_EQ(MatchingKey("  Can\fTho ", keep_case), "Can Tho");
  EXPECT_EQ(MatchingKey(" \n "), "");
  // Mixed with one Vietnamese letter: the ICU path, same white space rule.
  EXPECT_EQ(MatchingKey(" The  Mekong\tđelta "), "the mekong đelta");
}

TEST(MatchingKey, FoldsDiacriticsWhenAsked) {
  EXPECT_EQ(FoldedKey("Trần Việt Trường"), "tran viet truong");
  EXPECT_EQ(FoldedKey("Đà Nẵng"), "da nang");
  EXPECT_EQ(FoldedKey("Cần Thơ"), FoldedKey("CAN THO"));
}

TEST(Words, KeepsCodesAndNumbersWhole) {
  std::vector<std::string> expected = {"Nghị", "quyết", "59-NQ/TW", "và", "45/2022/QH15",
                                       "1.234,5", "28-5"};
  EXPECT_EQ(Words("Nghị quyết 59-NQ/TW và 45/2022/QH15, 1.234,5 (28-5)."), expected);
  std::vector<std::string> en = {"People's", "Committee", "2021", "2025"};
  EXPECT_EQ(Words("People's Committee, 2021 - 2025"), en);
}

TEST(FindInvalidUtf8, ReportsTheOffset) {
  EXPECT_EQ(FindInvalidUtf8("Cần Thơ"), -1);
  EXPECT_EQ(FindInvalidUtf8(std::string("ab\xff" "cd")), 2);
  EXPECT_EQ(FindInvalidUtf8(std::string("C\xe1\xba")), 1);  // truncated sequence
}

}  // namespace
}  // namespace songngu
