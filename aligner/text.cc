#include "aligner/text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>
#include <set>
#include <string>

#include "aligner/data_path.h"
#include "aligner/decode.h"
#include "aligner/error.h"
#include "aligner/furniture.h"
#include "aligner/normalize.h"
#include "aligner/sentence_splitter.h"

namespace songngu {
namespace {

// Language detection looks at this much text: enough for a verdict, cheap on huge inputs.
constexpr size_t kDetectionSampleBytes = 64 * 1024;

bool IsSpace(UChar32 c) { return u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF; }

struct Span {
  size_t begin;
  size_t end;
};

// [b, e) of `text` without leading and trailing white space (incl. NBSP).
Span TrimSpan(std::string_view text, size_t b, size_t e) {
  while (b < e) {
    int32_t i = static_cast<int32_t>(b);
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(e), c);
    if (c >= 0 && !IsSpace(c)) break;
    b = i;
  }
  while (e > b) {
    int32_t i = static_cast<int32_t>(e);
    UChar32 c;
    U8_PREV(text.data(), static_cast<int32_t>(b), i, c);
    if (c >= 0 && !IsSpace(c)) break;
    e = i;
  }
  return {b, e};
}

// Non-blank lines of `text` (LF, CRLF or CR), trimmed of white space incl. NBSP.
std::vector<Span> Lines(const std::string& text) {
  std::vector<Span> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find_first_of("\r\n", start);
    if (end == std::string::npos) end = text.size();
    Span line = TrimSpan(text, start, end);
    if (line.end > line.begin) lines.push_back(line);
    if (end >= text.size()) break;
    start = end + 1;
  }
  return lines;
}

// NFC with every run of white space (incl. NBSP, tabs) as one space.
std::string CleanText(std::string_view s) {
  std::string collapsed;
  collapsed.reserve(s.size());
  bool space = false;
  int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c >= 0 && IsSpace(c)) {
      space = true;
      continue;
    }
    if (space && !collapsed.empty()) collapsed += ' ';
    space = false;
    collapsed.append(s.data() + at, i - at);
  }
  return ToNfc(collapsed);
}

bool IsVietnameseLetter(UChar32 c) {
  if (c >= 0x1EA0 && c <= 0x1EF9) return true;  // Latin Extended Additional: ạ ả ấ ... ỹ
  switch (u_tolower(c)) {
    case 0x0103:
    case 0x0111:
    case 0x01A1:
    case 0x01B0:  // ă đ ơ ư
    case 0x0129:
    case 0x0169:  // ĩ ũ
      return true;
    default:
      return false;
  }
}

size_t WordCount(std::string_view cleaned) {
  if (cleaned.empty()) return 0;
  return static_cast<size_t>(std::count(cleaned.begin(), cleaned.end(), ' ')) + 1;
}

bool HasLetterOrDigit(std::string_view s) {
  int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c >= 0 && (u_isalpha(c) || u_isdigit(c))) return true;
  }
  return false;
}

// The pieces of a line that are text, trimmed: a caption's "|" separators cut
// it, and a news agency's end mark ("./.") and photo credits at the end of a
// piece are left out. What is left out goes to meta->furniture.
std::vector<Span> Parts(std::string_view raw, Span line, DocumentMeta* meta) {
  std::vector<Span> parts;
  auto trimmed = [&raw](size_t b, size_t e) { return TrimSpan(raw, b, e); };
  size_t start = line.begin;
  while (start < line.end) {
    size_t bar = raw.find('|', start);
    size_t end = bar == std::string_view::npos || bar > line.end ? line.end : bar;
    Span part = trimmed(start, end);
    start = end + 1;
    if (part.end == part.begin) continue;
    size_t sign_off = SignOffStart(raw.substr(part.begin, part.end - part.begin));
    if (part.begin + sign_off < part.end) {
      meta->furniture.push_back(
          std::string(raw.substr(part.begin + sign_off, part.end - part.begin - sign_off)));
      part = trimmed(part.begin, part.begin + sign_off);
      if (part.end == part.begin) continue;
    }
    size_t credit = CreditTailStart(raw.substr(part.begin, part.end - part.begin));
    if (part.begin + credit < part.end) {
      meta->furniture.push_back(
          CleanText(raw.substr(part.begin + credit, part.end - part.begin - credit)));
      part = trimmed(part.begin, part.begin + credit);
      if (part.end == part.begin) continue;
    }
    parts.push_back(part);
  }
  return parts;
}

}  // namespace

std::string DetectLanguage(std::string_view text) {
  text = text.substr(0, std::min(text.size(), kDetectionSampleBytes));
  static const std::set<std::string> kVietnameseWords = {
      "của",   "và",  "các", "là",    "được",  "những", "trong", "cho",   "với",  "không", "có",
      "này",   "một", "đã",  "người", "cua",   "va",    "cac",   "la",    "duoc", "nhung", "voi",
      "khong", "nay", "mot", "da",    "nguoi", "thanh", "pho",   "nhiem", "vu",   "tinh"};
  static const std::set<std::string> kEnglishWords = {
      "the", "of", "and",  "to",   "in", "is", "that", "for",  "with", "on", "was",
      "are", "by", "this", "from", "at", "be", "has",  "have", "it",   "an"};
  size_t letters = 0, vietnamese_letters = 0, vi_words = 0, en_words = 0;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    if (kVietnameseWords.count(word)) ++vi_words;
    if (kEnglishWords.count(word)) ++en_words;
    word.clear();
  };
  std::string nfc = ToNfc(text);
  int32_t n = static_cast<int32_t>(nfc.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(nfc.data(), i, n, c);
    if (c >= 0 && u_isalpha(c)) {
      ++letters;
      if (IsVietnameseLetter(c)) ++vietnamese_letters;
      UChar32 lower = u_tolower(c);
      char buf[4];
      int32_t len = 0;
      U8_APPEND_UNSAFE(buf, len, lower);
      word.append(buf, len);
    } else {
      flush();
    }
  }
  flush();
  // Vietnamese text has a letter specific to it about every 5 letters; English
  // text quoting a Vietnamese name ("Cần Thơ") stays well below 1 in 12.
  if (letters > 0 && vietnamese_letters * 12 >= letters) return "vi";
  return vi_words > en_words ? "vi" : "en";
}

Document ParseDocument(std::string_view bytes, const std::string& name,
                       const SegmentOptions& options) {
  if (options.format != "text" && options.format != "html" && options.format != "auto") {
    throw Error(FormatLocation(
        name, "unknown input format '" + options.format + "' (use text, html or auto)"));
  }
  DecodeOptions decode;
  decode.encoding = options.encoding;
  decode.format = options.format;
  decode.lenient = options.lenient;
  DecodedText decoded = DecodeInput(bytes, name, decode);

  Document doc;
  doc.name = name;
  doc.raw = std::move(decoded.text);
  doc.meta.encoding = decoded.encoding;
  doc.meta.replaced = decoded.replaced;
  doc.meta.warnings = std::move(decoded.warnings);
  // Lost text must never go unnoticed, whichever command or server reads the page.
  for (const std::string& w : doc.meta.warnings)
    std::fprintf(stderr, "songngu: warning: %s\n", w.c_str());
  if (options.lang == "auto") {
    doc.lang = DetectLanguage(doc.raw);
  } else if (options.lang == "vi" || options.lang == "en") {
    doc.lang = options.lang;
  } else {
    throw Error(
        FormatLocation(name, "unsupported language '" + options.lang + "' (use vi, en or auto)"));
  }

  std::vector<Span> lines = Lines(doc.raw);
  std::vector<std::string> texts;
  texts.reserve(lines.size());
  for (const Span& l : lines)
    texts.push_back(CleanText(std::string_view(doc.raw).substr(l.begin, l.end - l.begin)));

  auto add = [&doc](std::string text, SegmentKind kind, size_t begin, size_t end) {
    Sentence s;
    s.key = MatchingKey(text);
    s.text = std::move(text);
    s.kind = kind;
    s.begin = begin;
    s.end = end;
    doc.sentences.push_back(std::move(s));
  };

  if (options.presegmented) {
    for (size_t i = 0; i < lines.size(); ++i)
      add(std::move(texts[i]), SegmentKind::kBody, lines[i].begin, lines[i].end);
    return doc;
  }

  std::vector<bool> furniture = FindFurniture(texts, &doc.meta);
  SentenceSplitterOptions split_options;
  split_options.max_sentence_words = options.max_sentence_words;
  SentenceSplitter splitter(doc.lang, split_options);
  std::string_view raw(doc.raw);
  bool seen_body = false;  // headlines and kickers come before the first body paragraph
  for (size_t i = 0; i < lines.size(); ++i) {
    // Each line's cleaned copy is dropped once used: peak memory stays near raw + sentences.
    std::string line = std::move(texts[i]);
    if (furniture[i] && !options.keep_furniture) continue;
    // Furniture kept for debugging is shown whole, credits and end marks included.
    std::vector<Span> parts =
        options.keep_furniture ? std::vector<Span>{lines[i]} : Parts(raw, lines[i], &doc.meta);
    for (const Span& part : parts) {
      std::string_view paragraph = raw.substr(part.begin, part.end - part.begin);
      std::string text = part.begin == lines[i].begin && part.end == lines[i].end
                             ? std::move(line)
                             : CleanText(paragraph);
      std::vector<std::pair<size_t, size_t>> spans = splitter.Split(paragraph);
      if (!EndsSentence(text) && spans.size() <= 1 && WordCount(text) <= options.max_title_words) {
        // A short line without final punctuation is one segment: a headline or
        // kicker above the body, a photo caption (or a lead-in ending in ":") within it.
        SegmentKind kind = !seen_body           ? SegmentKind::kHeadline
                           : text.back() == ':' ? SegmentKind::kBody
                                                : SegmentKind::kCaption;
        if (kind == SegmentKind::kHeadline && doc.meta.title.empty()) doc.meta.title = text;
        add(std::move(text), kind, part.begin, part.end);
        continue;
      }
      // Text, including a paragraph cut off without its final full stop.
      seen_body = true;
      for (auto [b, e] : spans) {
        std::string_view sentence = paragraph.substr(b, e - b);
        std::string clean = CleanText(sentence);
        // Not sentences: "--" or a lone bracket; a credit or byline run into the
        // paragraph ("… khánh thành. Ảnh: T. TRINH."; every such label has a colon).
        FurnitureKind kind = !options.keep_furniture && clean.find(':') != std::string::npos
                                 ? ClassifyLine(clean).kind
                                 : FurnitureKind::kNone;
        if (!HasLetterOrDigit(sentence) || kind == FurnitureKind::kCredit ||
            kind == FurnitureKind::kByline) {
          doc.meta.furniture.push_back(std::move(clean));
          continue;
        }
        add(std::move(clean), SegmentKind::kBody, part.begin + b, part.begin + e);
      }
    }
  }
  return doc;
}

Document LoadDocument(const std::string& path, const SegmentOptions& options) {
  return ParseDocument(ReadFile(path), path, options);
}

}  // namespace songngu
