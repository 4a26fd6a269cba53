#include "aligner/furniture.h"

#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <set>
#include <string>

namespace songngu {
namespace {

// Furniture lines are short; longer lines are article text whatever they contain.
constexpr size_t kMaxFurnitureBytes = 240;
// A section-menu entry above the headline has at most this many words.
constexpr int kMaxMenuWords = 4;

// Shared pieces of the patterns below. Labels are case-insensitive ((?i:...)),
// names are not: a name is a run of capitalised words.
const char kWord[] = R"([\p{Lu}\p{Lt}][\p{L}\p{M}'’.]*(?:/[\p{L}\p{M}0-9]+)*)";
std::string NameList() {
  std::string name = std::string(kWord) + R"((?:\s+)" + kWord + "){0,5}";
  return name + R"((?:\s*(?:,|-|–|—|&|/|(?i:và|and))\s*)" + name + "){0,4}";
}
const char kDateLabel[] =
    R"((?i:(?:date|posted on|posted|published|updated|last updated|ngày đăng|ngày cập nhật|)"
    R"(cập nhật|đăng ngày|ngày|thời gian|time)\s*:?\s*)?)";
const char kWeekday[] =
    R"((?i:(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|monday|tuesday|wednesday|thursday|)"
    R"(friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?\s*,?\s*)?)";
const char kTime[] =
    R"((?i:\d{1,2}\s*[\:h]\s*\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:gmt|utc)\s*[+-]?\s*\d{0,2}\)?)?))";
const char kSep[] = R"(\s*(?:[-|,–—]|(?i:lúc|at))?\s*)";
const char kMonth[] = R"((?i:(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*))";

struct Rule {
  std::unique_ptr<icu::RegexPattern> pattern;
  FurnitureKind kind;
  int shape;  // how to read the groups (see ClassifyLine)
};

enum Shape {
  kPlain,             // no groups used
  kDayMonthYear,      // groups 1-3: d, m, y (day first unless impossible)
  kYearMonthDay,      // groups 1-3: y, m, d
  kMonthNameFirst,    // group 1 month name, 2 day, 3 year
  kDayMonthName,      // group 1 day, 2 month name, 3 year
  kAuthor,            // group 1 author
  kAuthorTranslator,  // group 1 author, group 2 translator
  kTranslator,        // group 1 translator
};

std::vector<Rule> BuildRules() {
  std::vector<Rule> rules;
  auto add = [&](const std::string& regex, FurnitureKind kind, int shape, uint32_t flags = 0) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    std::unique_ptr<icu::RegexPattern> p(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8("^(?:" + regex + ")$"), flags, parse_error, status));
    if (U_FAILURE(status)) {
      std::fprintf(stderr, "songngu: bad furniture pattern (%s) at %d: %s\n", u_errorName(status),
                   parse_error.offset, regex.c_str());
      std::abort();
    }
    rules.push_back({std::move(p), kind, shape});
  };
  const std::string names = NameList();
  const std::string opt_time_before = std::string("(?:") + kTime + kSep + ")?";
  const std::string opt_time_after = std::string("(?:") + kSep + kTime + ")?";
  // Stand-alone dates, with optional label, weekday and time.
  add(std::string(kDateLabel) + opt_time_before + kWeekday +
          R"((\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}))" + opt_time_after,
      FurnitureKind::kDate, kDayMonthYear);
  add(std::string(kDateLabel) + opt_time_before + R"((\d{4})-(\d{1,2})-(\d{1,2}))" +
          R"((?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)" + opt_time_after,
      FurnitureKind::kDate, kYearMonthDay);
  add(std::string(kDateLabel) + kWeekday +
          R"((?i:ngày)\s*(\d{1,2})\s*(?i:tháng)\s*(\d{1,2})\s*)"
          R"((?i:năm)\s*(\d{4}))" +
          opt_time_after,
      FurnitureKind::kDate, kDayMonthYear);
  add(std::string(kDateLabel) + kWeekday + kMonth +
          R"(\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))" + opt_time_after,
      FurnitureKind::kDate, kMonthNameFirst);
  add(std::string(kDateLabel) + kWeekday + R"((\d{1,2})(?:st|nd|rd|th)?\s+)" + kMonth +
          R"(\.?,?\s+(\d{4}))" + opt_time_after,
      FurnitureKind::kDate, kDayMonthName);

  // Bylines. Vietnamese "Tin, ảnh: X", "Bài và ảnh: X"; English "News: X", "By X".
  add(R"((?i:(?:tin|bài|bài viết|tin bài|văn bản|nội dung|phóng viên|pv|nhóm pv|tác giả))"
      R"((?:\s*(?:,|và|/|-|\+|&)\s*(?:tin|bài|ảnh|video|clip))*)\s*[\:：]\s*()" +
          names + ")",
      FurnitureKind::kByline, kAuthor);
  add(R"((?i:(?:news|text|story|report|words|article|author|reporter|writer|written by|reported by))"
      R"((?:\s*(?:,|and|&|/|-)\s*(?:photos?|video|text))*)\s*[\:：]\s*()" +
          names + ")",
      FurnitureKind::kByline, kAuthor);
  add(R"((?i:by|written by|reported by)\s+()" + names + ")", FurnitureKind::kByline, kAuthor);
  add("(" + names +
          R"()\s*[-–—,|]\s*(?i:translated by|translator|translation|dịch|người dịch|biên dịch))"
          R"(\s*:?\s*()" +
          names + ")",
      FurnitureKind::kByline, kAuthorTranslator);
  add(R"((?i:translated by|translator|translation|người dịch|biên dịch|dịch)\s*:?\s*()" + names +
          ")",
      FurnitureKind::kByline, kTranslator);
  add(R"(\(?(?i:according to|source|nguồn|theo)\s*:?\s*()" + names + R"()\)?)",
      FurnitureKind::kByline, kAuthor);
  // Copyright lines.
  add(R"(.*(?:©|\([cC]\)|(?i:copyright|bản quyền|all rights reserved|giữ bản quyền|giấy phép số|)"
      R"(ghi rõ nguồn)).*)",
      FurnitureKind::kCopyright, kPlain);

  // The site's own name ("Cổng thông tin điện tử thành phố Cần Thơ", "CANTHO PORTAL").
  // Headlines may mention a portal, but do not start with "Cổng thông tin điện tử"
  // nor shout "PORTAL".
  add(R"((?i:cổng thông tin điện tử|trang thông tin điện tử)(?:\s+\S+){0,8})",
      FurnitureKind::kWidget, kPlain);
  add(R"((?:\S+\s+){0,4}PORTAL(?:\s+\S+){0,4})", FurnitureKind::kWidget, kPlain);
  // Widgets: font size / print / e-mail controls.
  add(R"((?i:(?:font size|text size|cỡ chữ|kích thước chữ|print|in bài(?: viết)?|in trang|email|)"
      R"(e-mail|gửi email|gửi bài|lưu bài|save|bookmark|zoom|phóng to|thu nhỏ))\s*:?\s*[-+aA\s|]*)",
      FurnitureKind::kWidget, kPlain);
  // Share buttons.
  add(R"((?i:chia sẻ(?: bài viết| bài| lên| qua)?|share(?: this(?: article| post| story| page)?| on| via)?|)"
      R"(tweet|like|thích|facebook|twitter|zalo|linkedin|gửi cho bạn bè|gửi bài viết)\s*:?)"
      R"((?:\s*(?i:facebook|twitter|zalo|linkedin|email|messenger)|\s*[,|])*)",
      FurnitureKind::kWidget, kPlain);
  // Language switchers ("English | Français", "Tiếng Việt English").
  add(R"((?i:(?:english|français|francais|tiếng việt|vietnamese|deutsch|español|русский|中文|)"
      R"(日本語|한국어|ພາສາລາວ|ខ្មែរ)(?:\s*[|/,·•-]?\s*)){1,8})",
      FurnitureKind::kWidget, kPlain);
  // Visitor counters and similar label-only widget lines ("Today:", "Online: 123").
  add(R"((?i:online|đang online|đang truy cập|today|hôm nay|yesterday|hôm qua|this week|week|tuần|)"
      R"(tuần này|this month|month|tháng|tháng này|this year|year|năm|total|tổng|tổng cộng|tổng số|)"
      R"(statistics?|thống kê|visitors?|visits|lượt truy cập|lượt xem|views|truy cập)\s*:\s*[\d.,\s]*)",
      FurnitureKind::kWidget, kPlain);
  // Counters in brackets: "Comment (0)", "Bình luận (12)"; not years ("Lao Cai (2024)").
  add(R"([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2}\s*\(\d{1,3}\))", FurnitureKind::kWidget, kPlain);
  // Lone labels of page widgets.
  add(R"((?i:source|nguồn|tags?|từ khóa|từ khoá|keywords?|back|quay lại|trở về|về đầu trang|)"
      R"(lên đầu trang|top|go to top|back to top|home|trang chủ|comments?|bình luận|ý kiến bạn đọc|)"
      R"(gửi bình luận|gửi ý kiến|subscribe|đăng ký nhận tin|upcoming events|sự kiện sắp diễn ra|)"
      R"(\d+\s+comments?)\s*:?)",
      FurnitureKind::kWidget, kPlain);
  // Media file names and bare links ("Video: clip.mp4?_t=", "https://...").
  add(R"((?:(?i:video|audio|clip|ảnh|photo|image|file|tải về|download|tệp đính kèm|attachment)\s*:\s*)?)"
      R"(\S+\.(?i:mp4|mp3|m4a|m3u8|webm|avi|mov|flv|wmv|jpg|jpeg|png|gif|webp|pdf|docx?|xlsx?|zip|rar))"
      R"((?:\?\S*)?)",
      FurnitureKind::kWidget, kPlain);
  // Photo, video and source credits: any short text after the label.
  add(R"((?i:ảnh|hình|hình ảnh|video|clip|đồ họa|đồ hoạ|photos?|photo by|photos by|images?|nguồn|source|)"
      R"(graphics?|infographics?|camera)\s*[\:：]\s*[^\:]{1,60})",
      FurnitureKind::kCredit, kPlain);

  add(R"((?i:https?://|www\.)\S+)", FurnitureKind::kWidget, kPlain);
  // A news agency's end mark on a line of its own.
  add(R"(\.?\s*/\s*\.)", FurnitureKind::kWidget, kPlain);
  // Ids and hashes left by the page template.
  add(R"((?i:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24,}))",
      FurnitureKind::kWidget, kPlain);
  // Related-articles headers: what follows are other articles' titles and teasers.
  add(R"((?i:related posts?|related news|related articles?|related stories|related|other news|)"
      R"(more news|read more|see also|latest news|most read|more from|xem thêm|tin liên quan|)"
      R"(bài liên quan|tin khác|các tin khác|tin cùng chuyên mục|tin mới|tin mới nhất|tin mới hơn|)"
      R"(tin cũ hơn|đọc nhiều|đọc nhiều nhất|bài viết khác|các bài viết khác)\s*:?)",
      FurnitureKind::kRelated, kPlain);
  return rules;
}

const std::vector<Rule>& Rules() {
  static const std::vector<Rule> rules = BuildRules();
  return rules;
}

std::string Group(icu::RegexMatcher& m, int g) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString s = m.group(g, status);
  std::string out;
  if (U_SUCCESS(status)) s.trim().toUTF8String(out);
  return out;
}

int MonthNumber(const std::string& name) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string l;
  for (char c : name.substr(0, 3))
    l += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int i = 0; i < 12; ++i) {
    if (l == kMonths[i]) return i + 1;
  }
  return 0;
}

std::string IsoDate(int y, int m, int d) {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::string ReadDate(icu::RegexMatcher& m, int shape) {
  auto num = [&](int g) { return std::atoi(Group(m, g).c_str()); };
  switch (shape) {
    case kDayMonthYear: {
      // Vietnamese pages write day first; a "month" above 12 means the page is month-first.
      int a = num(1), b = num(2), y = num(3);
      return b > 12 && a <= 12 ? IsoDate(y, a, b) : IsoDate(y, b, a);
    }
    case kYearMonthDay:
      return IsoDate(num(1), num(2), num(3));
    case kMonthNameFirst:
      return IsoDate(num(3), MonthNumber(Group(m, 1)), num(2));
    case kDayMonthName:
      return IsoDate(num(3), MonthNumber(Group(m, 2)), num(1));
    default:
      return "";
  }
}

// Lines like "Trang chủ > Tin tức > Thời sự", "Home | News | Events", "+A | -A | Print":
// two or more short parts between separators.
bool IsSeparatedMenu(std::string_view line) {
  static const char* kSeparators[] = {"|", "»", "›", " > ", " / ", "•", "·"};
  std::vector<std::string> parts = {std::string(line)};
  bool split = false;
  for (const char* sep : kSeparators) {
    std::vector<std::string> next;
    for (const std::string& part : parts) {
      size_t start = 0, pos;
      while ((pos = part.find(sep, start)) != std::string::npos) {
        next.push_back(part.substr(start, pos - start));
        start = pos + std::string_view(sep).size();
        split = true;
      }
      next.push_back(part.substr(start));
    }
    parts.swap(next);
  }
  if (!split) return false;
  for (const std::string& part : parts) {
    // Words with a letter or digit: the "-" of "Tin tức - Sự kiện" is no word.
    int words = 0;
    for (size_t b = 0; b < part.size();) {
      size_t e = part.find(' ', b);
      if (e == std::string::npos) e = part.size();
      words += std::any_of(part.begin() + b, part.begin() + e, [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80);
      });
      b = e + 1;
    }
    if (words > kMaxMenuWords || part.size() > 40) return false;
  }
  return true;
}

// "News and Events", "Tin tức - Sự kiện": a few words starting with a capital,
// no digits, no final punctuation or colon.
bool IsSectionTitle(const std::string& line) {
  int words = 0;
  size_t start = 0;
  while (start < line.size()) {
    size_t end = line.find(' ', start);
    if (end == std::string::npos) end = line.size();
    std::string w = line.substr(start, end - start);
    start = end + 1;
    UChar32 c;
    int32_t i = 0;
    U8_NEXT(w.data(), i, static_cast<int32_t>(w.size()), c);
    if (w.empty() || !u_isalpha(c)) continue;  // separators such as "-", "&", "|"
    if (++words == 1 && !u_isupper(c)) return false;
  }
  for (char c : line) {
    if (c >= '0' && c <= '9') return false;
  }
  return words > 0 && words <= kMaxMenuWords && !EndsSentence(line) && line.back() != ':';
}

// "T. TRINH", "HOÀNG LAN", "MINH HUYỀN - NGỌC ANH": a Vietnamese byline of names
// in capitals, which ends many articles without a label.
bool IsCapitalisedNames(const std::string& line) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(line);
  int letters = 0, words = 0;
  bool in_word = false;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (u_isalpha(c)) {
      if (!u_isupper(c)) return false;
      ++letters;
      if (!in_word) ++words;
      in_word = true;
    } else if (c == ' ' || c == '-' || c == ',' || c == '/') {
      in_word = false;
    } else if (c != '.' && u_getCombiningClass(c) == 0) {
      return false;
    }
  }
  return letters >= 4 && words <= 6;
}

// "Thu Huyền – Ngọc Trung", "Minh Anh, Quốc Bảo": 2-4 personal names of 2-4
// words, each a capital followed by lower-case letters, separated by dashes or
// commas. Only trusted where a byline stands (see FindFurniture): two place
// names look the same.
bool IsTitleCaseNames(const std::string& line) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(line);
  int names = 1, words = 0;
  bool in_word = false;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (c == '-' || c == ',' || c == 0x2013 || c == 0x2014) {
      if (words < 2 || words > 4) return false;
      ++names;
      words = 0;
      in_word = false;
    } else if (c == ' ') {
      in_word = false;
    } else if (u_isalpha(c) || u_getCombiningClass(c) != 0) {
      if (!in_word) {
        if (!u_isupper(c)) return false;
        ++words;
      } else if (u_isupper(c)) {
        return false;
      }
      in_word = true;
    } else {
      return false;
    }
  }
  return names >= 2 && names <= 4 && words >= 2 && words <= 4;
}

// Capitalised words that are not names: a line like "By The River" or
// "Report Of The Year" is a headline or caption, not a byline. Bylines matter:
// one after the body ends the article.
bool LooksLikeNames(const std::string& text) {
  static const std::set<std::string> kNotNames = {
      "the",  "of",    "a",   "an",   "in",   "on",   "at",   "to",   "for", "with",
      "from", "is",    "are", "was",  "were", "this", "that", "our",  "new", "của",
      "các",  "những", "là",  "được", "tại",  "với",  "cho",  "trong"};
  icu::UnicodeString lower = icu::UnicodeString::fromUTF8(text).toLower();
  std::string s;
  lower.toUTF8String(s);
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find_first_of(" ,/-&", start);
    if (end == std::string::npos) end = s.size();
    if (kNotNames.count(s.substr(start, end - start))) return false;
    start = end + 1;
  }
  return true;
}

}  // namespace

bool EndsSentence(std::string_view line) {
  size_t end = line.size();
  // Skip closing quotes and brackets (ASCII and the UTF-8 of ” ’ » ).
  while (end > 0) {
    char c = line[end - 1];
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ') {
      --end;
    } else if (end >= 3 && (line.substr(end - 3, 3) == "\xE2\x80\x9D" ||
                            line.substr(end - 3, 3) == "\xE2\x80\x99")) {
      end -= 3;
    } else if (end >= 2 && line.substr(end - 2, 2) == "\xC2\xBB") {
      end -= 2;
    } else {
      break;
    }
  }
  if (end == 0) return false;
  char c = line[end - 1];
  if (c == '.' || c == '!' || c == '?' || c == ';') return true;
  return end >= 3 && line.substr(end - 3, 3) == "\xE2\x80\xA6";  // …
}

size_t SignOffStart(std::string_view text) {
  size_t end = text.find_last_not_of(" \t");
  if (end == std::string_view::npos || end < 1 || text[end] != '.' || text[end - 1] != '/') {
    return text.size();
  }
  // "./." keeps its first period as the sentence's; "word/." has none to keep.
  return end - 1;
}

size_t CreditTailStart(std::string_view text) {
  // Labels as they start a credit: capitalised or in capitals, never mid-sentence lower case.
  static const char* kLabels[] = {
      "Ảnh",    "ẢNH",      "Hình",   "HÌNH",   "Ảnh minh họa", "Ảnh minh hoạ", "Photo",  "PHOTO",
      "Photos", "Photo by", "Image",  "Images", "Nguồn",        "NGUỒN",        "Source", "SOURCE",
      "Video",  "Clip",     "Đồ họa", "Đồ hoạ", "Graphic",      "Graphics"};
  // A credit names a few people or agencies: longer tails are text.
  constexpr size_t kMaxTailBytes = 70;
  constexpr int kMaxTailWords = 8;
  size_t colon = text.rfind(':');
  if (colon == std::string_view::npos || text.size() - colon > kMaxTailBytes) return text.size();
  int words = 0;
  bool in_word = false;
  for (size_t i = colon + 1; i < text.size(); ++i) {
    bool space = text[i] == ' ' || text[i] == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  if (words == 0 || words > kMaxTailWords) return text.size();
  // A tail ending like a sentence is text ("The theme is Photo: A Window on the
  // Delta."), unless the credit is in brackets ("(Ảnh: TTXVN)."). Credits after
  // their own sentence break are found by ClassifyLine instead.
  size_t last = text.find_last_not_of(" \t");
  if (text[last] == '.' || text[last] == '!' || text[last] == '?') {
    if (last == 0 || text[last - 1] != ')') return text.size();
  }
  size_t label_end = colon;
  while (label_end > 0 && text[label_end - 1] == ' ') --label_end;
  size_t best = text.size();
  for (const char* label : kLabels) {
    std::string_view l(label);
    if (label_end < l.size() || text.substr(label_end - l.size(), l.size()) != l) continue;
    size_t start = label_end - l.size();
    // The label is a word of its own: at the start or after a space, bracket, dash or bar.
    if (start > 0) {
      char before = text[start - 1];
      bool dash = start >= 3 && (text.substr(start - 3, 3) == "\xE2\x80\x93" ||
                                 text.substr(start - 3, 3) == "\xE2\x80\x94");
      if (before != ' ' && before != '(' && before != '[' && before != '|' && before != '-' &&
          !dash) {
        continue;
      }
    }
    best = std::min(best, start);
  }
  if (best == text.size()) return best;
  // Take the bracket, dash or bar that introduces the credit along.
  while (best > 0) {
    char c = text[best - 1];
    if (c == ' ' || c == '(' || c == '[' || c == '|' || c == '-') {
      --best;
    } else if (best >= 3 && (text.substr(best - 3, 3) == "\xE2\x80\x93" ||
                             text.substr(best - 3, 3) == "\xE2\x80\x94")) {
      best -= 3;
    } else {
      break;
    }
  }
  return best;
}

LineClass ClassifyLine(std::string_view line) {
  LineClass out;
  if (line.empty() || line.size() > kMaxFurnitureBytes) return out;
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), line.size()));
  // Matchers are not thread-safe but costly to create: one set per thread, reused.
  thread_local std::vector<std::unique_ptr<icu::RegexMatcher>> matchers;
  const std::vector<Rule>& rules = Rules();
  if (matchers.empty()) {
    for (const Rule& rule : rules) {
      UErrorCode status = U_ZERO_ERROR;
      matchers.emplace_back(rule.pattern->matcher(status));
      if (U_FAILURE(status)) matchers.back().reset();
    }
  }
  for (size_t r = 0; r < rules.size(); ++r) {
    const Rule& rule = rules[r];
    icu::RegexMatcher* m = matchers[r].get();
    if (m == nullptr) continue;
    m->reset(text);
    UErrorCode status = U_ZERO_ERROR;
    if (!m->matches(status) || U_FAILURE(status)) continue;
    if (rule.kind == FurnitureKind::kByline && !LooksLikeNames(Group(*m, 1))) continue;
    if (rule.shape == kAuthorTranslator && !LooksLikeNames(Group(*m, 2))) continue;
    out.kind = rule.kind;
    switch (rule.shape) {
      case kAuthor:
        out.author = Group(*m, 1);
        break;
      case kAuthorTranslator:
        out.author = Group(*m, 1);
        out.translator = Group(*m, 2);
        break;
      case kTranslator:
        out.translator = Group(*m, 1);
        break;
      case kPlain:
        break;
      default:
        out.date = ReadDate(*m, rule.shape);
        break;
    }
    return out;
  }
  if (IsSeparatedMenu(line)) out.kind = FurnitureKind::kWidget;
  return out;
}

std::vector<bool> FindFurniture(const std::vector<std::string>& lines, DocumentMeta* meta) {
  std::vector<bool> furniture(lines.size(), false);
  std::vector<LineClass> classes;
  classes.reserve(lines.size());
  for (const std::string& line : lines) classes.push_back(ClassifyLine(line));

  bool seen_body = false;  // a sentence-final line of article text has been seen
  bool closed = false;     // the article is over: the rest is page furniture
  for (size_t i = 0; i < lines.size(); ++i) {
    const LineClass& c = classes[i];
    if (c.kind == FurnitureKind::kNone && !closed) {
      if (EndsSentence(lines[i])) seen_body = true;
      continue;
    }
    furniture[i] = true;
    meta->furniture.push_back(lines[i]);
    if (c.kind == FurnitureKind::kDate && meta->date.empty() && !c.date.empty()) {
      meta->date = c.date;
      meta->date_text = lines[i];
    }
    if (c.kind == FurnitureKind::kByline) {
      if (meta->author.empty()) meta->author = c.author;
      if (meta->translator.empty()) meta->translator = c.translator;
    }
    if (c.kind == FurnitureKind::kWidget && meta->url.empty() &&
        (lines[i].rfind("http://", 0) == 0 || lines[i].rfind("https://", 0) == 0)) {
      meta->url = lines[i];
    }
    if (c.kind == FurnitureKind::kRelated ||
        (seen_body && (c.kind == FurnitureKind::kByline || c.kind == FurnitureKind::kCopyright))) {
      closed = true;
    }
  }

  // An unlabelled byline in capitals as the article's last line ("HOÀNG LAN").
  size_t last = lines.size();
  while (last > 0 && furniture[last - 1]) --last;
  if (last > 0 && (IsCapitalisedNames(lines[last - 1]) || IsTitleCaseNames(lines[last - 1]))) {
    bool body_before = false;
    for (size_t j = 0; j + 1 < last && !body_before; ++j) {
      body_before = !furniture[j] && EndsSentence(lines[j]);
    }
    if (body_before) {
      furniture[last - 1] = true;
      if (meta->author.empty()) meta->author = lines[last - 1];
      // Keep meta->furniture in page order: insert before the furniture lines after it.
      size_t after = 0;
      for (size_t j = last; j < lines.size(); ++j) after += furniture[j];
      meta->furniture.insert(meta->furniture.end() - static_cast<long>(after), lines[last - 1]);
    }
  }

  size_t body = 0;
  while (body < lines.size() && (furniture[body] || !EndsSentence(lines[body]))) ++body;
  // A byline of title-case names between the headline and the first paragraph.
  if (body < lines.size()) {
    size_t above = body;
    while (above > 0 && furniture[above - 1]) --above;
    bool headline_before = false;
    for (size_t j = 0; j + 1 < above && !headline_before; ++j) headline_before = !furniture[j];
    if (above > 0 && headline_before && IsTitleCaseNames(lines[above - 1])) {
      furniture[above - 1] = true;
      if (meta->author.empty()) meta->author = lines[above - 1];
      size_t after = 0;
      for (size_t j = above; j < lines.size(); ++j) after += furniture[j];
      meta->furniture.insert(meta->furniture.end() - static_cast<long>(after), lines[above - 1]);
    }
  }

  // Section menus above the headline: short title-case lines followed by another
  // text line before the body starts ("News and Events" above the headline).
  size_t last_text = lines.size();
  for (size_t i = 0; i < body; ++i) {
    if (!furniture[i]) last_text = i;
  }
  if (last_text < body) {
    std::vector<std::string> menus;
    for (size_t i = 0; i < last_text; ++i) {
      if (!furniture[i] && IsSectionTitle(lines[i])) {
        furniture[i] = true;
        menus.push_back(lines[i]);
      }
    }
    meta->furniture.insert(meta->furniture.begin(), menus.begin(), menus.end());
  }
  return furniture;
}

}  // namespace songngu
