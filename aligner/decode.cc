#include "aligner/decode.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <memory>
#include <set>

#include "aligner/error.h"

namespace songngu {
namespace {

// Input with fewer well-formed UTF-8 sequences than 1 in this many ill-formed
// ones is taken for a legacy charset.
constexpr size_t kLegacyRatio = 20;

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsUtf8Name(const std::string& charset) {
  std::string l = AsciiLower(charset);
  return l == "utf-8" || l == "utf8";
}

struct Utf8Scan {
  size_t multibyte = 0;     // well-formed sequences of 2-4 bytes
  size_t invalid = 0;       // ill-formed sequences
  long first_invalid = -1;  // byte offset of the first one
};

Utf8Scan ScanUtf8(std::string_view s) {
  Utf8Scan scan;
  const char* p = s.data();
  int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    if (static_cast<unsigned char>(p[i]) < 0x80) {
      ++i;
      continue;
    }
    int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) {
      if (scan.invalid++ == 0) scan.first_invalid = at;
    } else {
      ++scan.multibyte;
    }
  }
  return scan;
}

// Copies `s`, replacing each ill-formed sequence with U+FFFD.
std::string ReplaceInvalidUtf8(std::string_view s, size_t* replaced) {
  std::string out;
  out.reserve(s.size());
  const char* p = s.data();
  int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";
      ++*replaced;
    } else {
      out.append(p + at, i - at);
    }
  }
  return out;
}

// Windows-1258 writes Vietnamese tones as combining marks after the vowel
// (0xCC grave, 0xEC acute, 0xDE tilde, 0xD2 hook, 0xF2 dot below). In Latin-1
// texts those bytes (Ì ì Þ Ò ò) almost never follow a vowel, so a vowel + tone
// byte pair is strong evidence for Vietnamese in Windows-1258.
bool LooksLikeWindows1258(std::string_view s) {
  auto is_vowel = [](unsigned char c) {
    switch (c) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
      case 'y':
      case 'A':
      case 'E':
      case 'I':
      case 'O':
      case 'U':
      case 'Y':
      case 0xC2:
      case 0xE2:
      case 0xCA:
      case 0xEA:
      case 0xD4:
      case 0xF4:  // â ê ô
      case 0xC3:
      case 0xE3:
      case 0xD5:
      case 0xF5:
      case 0xDD:
      case 0xFD:  // ă ơ ư
        return true;
      default:
        return false;
    }
  };
  auto is_tone = [](unsigned char c) {
    return c == 0xCC || c == 0xEC || c == 0xDE || c == 0xD2 || c == 0xF2;
  };
  size_t high = 0, tones = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) ++high;
    if (i > 0 && is_tone(c) && is_vowel(static_cast<unsigned char>(s[i - 1]))) ++tones;
  }
  return tones >= 2 && tones * 10 >= high;
}

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// True when ICU opens `charset` and it reads ASCII as ASCII. The detector also
// names charsets no converter opens ("IBM424_ltr", "IBM420_rtl": EBCDIC with a
// text direction) and EBCDIC ones, never right for a mostly-ASCII page.
bool UsableAsciiCharset(const std::string& charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(charset.c_str(), &status),
                                                               &ucnv_close);
  if (U_FAILURE(status) || converter == nullptr) return false;
  static const char kAscii[] = "<p class=\"a\">Can Tho, 28-5: 14 km; 99% (ok)!</p>\n";
  icu::UnicodeString text(kAscii, static_cast<int32_t>(sizeof kAscii - 1), converter.get(), status);
  std::string back;
  text.toUTF8String(back);
  return U_SUCCESS(status) && back == kAscii;
}

// A legacy (single- or multi-byte, non-UTF-8) charset for bytes that are not UTF-8.
std::string GuessLegacyCharset(std::string_view s) {
  if (LooksLikeWindows1258(s)) return "windows-1258";
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return "windows-1252";
  int32_t n = static_cast<int32_t>(std::min<size_t>(s.size(), 1 << 20));
  ucsdet_setText(detector.get(), s.data(), n, &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return "windows-1252";
  const char* found = ucsdet_getName(match, &status);
  if (U_FAILURE(status) || found == nullptr || IsUtf8Name(found) ||
      ucsdet_getConfidence(match, &status) < 10) {
    return "windows-1252";
  }
  // The detector names the ISO-8859-1 family, but web pages mean windows-1252 by it.
  std::string name = found;
  if (AsciiLower(name) == "iso-8859-1") return "windows-1252";
  // songngu's legacy pages are Vietnamese: its Windows charset reads ASCII as
  // is and gives every other byte a character.
  if (!UsableAsciiCharset(name)) return "windows-1258";
  return name;
}

// The charset an HTML page declares in <meta charset=...> or
// <meta http-equiv="Content-Type" content="...; charset=...">, or "".
std::string DeclaredCharset(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, std::min<size_t>(bytes.size(), 8192)));
  size_t pos = 0;
  while ((pos = head.find("charset", pos)) != std::string::npos) {
    size_t i = pos + 7;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t')) ++i;
    pos = i;
    if (i >= head.size() || head[i] != '=') continue;
    ++i;
    while (i < head.size() && (head[i] == ' ' || head[i] == '"' || head[i] == '\'')) ++i;
    size_t j = i;
    while (j < head.size() &&
           (std::isalnum(static_cast<unsigned char>(head[j])) || head[j] == '-' || head[j] == '_' ||
            head[j] == '.' || head[j] == ':')) {
      ++j;
    }
    if (j > i) return head.substr(i, j - i);
  }
  return "";
}

bool IsBlank(std::string_view utf8) {
  const char* p = utf8.data();
  int32_t n = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c == 0xFEFF) continue;  // a stray BOM is not content
    if (c < 0 || !(u_isUWhiteSpace(c) || c == 0x200B)) return false;
  }
  return true;
}

// --- HTML -------------------------------------------------------------------

bool IsBlockElement(const std::string& tag) {
  static const std::set<std::string> kBlocks = {
      "address",    "article", "aside",  "blockquote", "body",    "caption", "center",
      "dd",         "details", "dialog", "div",        "dl",      "dt",      "fieldset",
      "figcaption", "figure",  "footer", "h1",         "h2",      "h3",      "h4",
      "h5",         "h6",      "header", "hr",         "html",    "li",      "main",
      "ol",         "p",       "pre",    "section",    "summary", "table",   "tbody",
      "td",         "tfoot",   "th",     "thead",      "tr",      "ul"};
  return kBlocks.count(tag) > 0;
}

// Elements whose content is never article text.
bool IsSkippedElement(const std::string& tag) {
  static const std::set<std::string> kSkipped = {
      "head",   "script", "style",  "noscript", "nav",    "iframe",   "form",   "button",
      "select", "option", "svg",    "template", "object", "embed",    "canvas", "map",
      "audio",  "video",  "source", "track",    "input",  "textarea", "menu"};
  return kSkipped.count(tag) > 0;
}

// class/id words that mark navigation, sharing and similar widgets.
bool HasWidgetClass(xmlNode* node) {
  static const std::set<std::string> kWidgetWords = {
      "nav",        "navbar",      "navigation", "menu",    "mainmenu",  "topmenu",
      "breadcrumb", "breadcrumbs", "share",      "sharing", "social",    "sidebar",
      "banner",     "advert",      "ads",        "cookie",  "pagination"};
  for (const char* attr : {"class", "id", "role"}) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(attr));
    if (value == nullptr) continue;
    std::string v = AsciiLower(reinterpret_cast<const char*>(value));
    xmlFree(value);
    std::string word;
    for (size_t i = 0; i <= v.size(); ++i) {
      if (i < v.size() && std::isalnum(static_cast<unsigned char>(v[i]))) {
        word += v[i];
      } else {
        if (kWidgetWords.count(word)) return true;
        word.clear();
      }
    }
  }
  return false;
}

void EndLine(std::string& out) {
  if (!out.empty() && out.back() != '\n') out += '\n';
}

// Appends a text node's content, collapsing HTML white space (not NBSP) to one space.
void AppendText(const char* text, std::string& out) {
  bool space = false;
  for (const char* p = text; *p; ++p) {
    char c = *p;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = true;
      continue;
    }
    if (space && !out.empty() && out.back() != '\n' && out.back() != ' ') out += ' ';
    space = false;
    out += c;
  }
  if (space && !out.empty() && out.back() != '\n' && out.back() != ' ') out += ' ';
}

// Depth-first walk without recursion: pages nest elements thousands deep.
void Walk(xmlNode* root, std::string& out) {
  // Block elements whose line is still open, innermost last.
  std::vector<xmlNode*> open_blocks;
  xmlNode* const top = root != nullptr ? root->parent : nullptr;  // the walk ends back here
  xmlNode* n = root;
  while (n != nullptr) {
    bool descend = false;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) AppendText(reinterpret_cast<const char*>(n->content), out);
    } else if (n->type == XML_ELEMENT_NODE) {
      std::string tag = AsciiLower(reinterpret_cast<const char*>(n->name));
      if (tag == "br") {
        out += '\n';
      } else if (!IsSkippedElement(tag) && !HasWidgetClass(n)) {
        if (IsBlockElement(tag)) {
          EndLine(out);
          open_blocks.push_back(n);
        }
        descend = n->children != nullptr;
      }
    }
    if (descend) {
      n = n->children;
      continue;
    }
    // Leave `n` and every ancestor whose children are done, closing their lines.
    while (n != nullptr) {
      if (!open_blocks.empty() && open_blocks.back() == n) {
        EndLine(out);
        open_blocks.pop_back();
      }
      if (n->next != nullptr) {
        n = n->next;
        break;
      }
      n = n->parent;
      if (n == top) n = nullptr;
    }
  }
}

struct DocFreer {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, std::min<size_t>(bytes.size(), 4096)));
  size_t first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first == std::string::npos || head[first] != '<') return false;
  for (const char* marker : {"<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div",
                             "<meta", "<title", "<article", "<br"}) {
    if (head.find(marker) != std::string::npos) return true;
  }
  return false;
}

std::string ConvertToUtf8(std::string_view bytes, const std::string& charset,
                          const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(charset.c_str(), &status),
                                                               &ucnv_close);
  if (U_FAILURE(status) || converter == nullptr) {
    throw Error(FormatLocation(name, "unknown encoding '" + charset + "'"));
  }
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(),
                          status);
  if (U_FAILURE(status)) {
    throw Error(FormatLocation(name, "cannot decode as " + charset + ": " + u_errorName(status)));
  }
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string HtmlToText(std::string_view utf8_html, std::string* warning) {
  // XML_PARSE_HUGE lifts libxml2's nesting limit of 256 elements, beyond which
  // it stops parsing and silently drops the rest of the page.
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                XML_PARSE_HUGE;
  std::unique_ptr<htmlParserCtxt, decltype(&htmlFreeParserCtxt)> context(htmlNewParserCtxt(),
                                                                         &htmlFreeParserCtxt);
  if (!context) throw Error("cannot create an HTML parser (out of memory)");
  std::unique_ptr<xmlDoc, DocFreer> doc(htmlCtxtReadMemory(context.get(), utf8_html.data(),
                                                           static_cast<int>(utf8_html.size()),
                                                           nullptr, "UTF-8", options));
  // A parser that gave up (disableSAX) has dropped everything after the error.
  if (warning != nullptr && context->disableSAX != 0) {
    const xmlError* e = xmlCtxtGetLastError(context.get());
    std::string message = e != nullptr && e->message != nullptr ? e->message : "unknown error";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
      message.pop_back();
    }
    *warning = "HTML parsing stopped at line " + std::to_string(e != nullptr ? e->line : 0) + " (" +
               message + "): the text after it is missing";
  }
  std::string out;
  if (doc) Walk(xmlDocGetRootElement(doc.get()), out);
  return out;
}

DecodedText DecodeInput(std::string_view bytes, const std::string& name,
                        const DecodeOptions& options) {
  SONGNGU_THROW_IF(bytes.size() >= static_cast<size_t>(INT32_MAX),
                   FormatLocation(name, "file too large (2 GB or more)"));
  DecodedText out;
  out.html = options.format == "html" || (options.format == "auto" && LooksLikeHtml(bytes));
  std::string charset = options.encoding == "auto" ? "" : options.encoding;
  bool claims_utf8 = false;  // a BOM or declaration says UTF-8: never guess another charset
  size_t skip = 0;           // BOM bytes; error offsets stay offsets into the file
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    skip = 3;
    claims_utf8 = true;
  } else if (charset.empty() &&
             (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    charset = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    skip = 2;
  }
  if (charset.empty() && !claims_utf8 && out.html) charset = DeclaredCharset(bytes);
  if (!charset.empty() && IsUtf8Name(charset)) {
    claims_utf8 = true;
    charset.clear();
  }
  std::string_view body = bytes.substr(skip);
  if (charset.rfind("UTF-16", 0) != 0) {
    size_t nul = bytes.find('\0');
    SONGNGU_THROW_IF(nul != std::string_view::npos,
                     FormatOffset(name, static_cast<int64_t>(nul),
                                  "binary data (NUL byte), not a text document"));
  }

  if (!charset.empty()) {
    out.text = ConvertToUtf8(body, charset, name);
    out.encoding = charset;
  } else {
    Utf8Scan scan = ScanUtf8(body);
    if (scan.invalid == 0) {
      out.text.assign(body);
      out.encoding = "UTF-8";
    } else if (claims_utf8 || scan.multibyte * kLegacyRatio >= scan.invalid) {
      // Well-formed multi-byte sequences are next to impossible in legacy text
      // (a lead byte followed by the right number of 0x80-0xBF bytes), so even a
      // few mean UTF-8 with broken bytes: corruption, not a legacy charset.
      if (!options.lenient) {
        throw Error(
            FormatOffset(name, static_cast<int64_t>(skip) + scan.first_invalid, "invalid UTF-8"));
      }
      out.text = ReplaceInvalidUtf8(body, &out.replaced);
      out.encoding = "UTF-8";
    } else {
      out.encoding = GuessLegacyCharset(body);
      out.text = ConvertToUtf8(body, out.encoding, name);
    }
  }
  // UTF-16 markup cannot be sniffed before it is decoded.
  if (options.format == "auto" && !out.html && out.encoding.rfind("UTF-16", 0) == 0) {
    out.html = LooksLikeHtml(out.text);
  }
  if (out.html) {
    std::string warning;
    out.text = HtmlToText(out.text, &warning);
    if (!warning.empty()) out.warnings.push_back(FormatLocation(name, warning));
  }
  SONGNGU_THROW_IF(IsBlank(out.text), FormatLocation(name, "empty document"));
  return out;
}

}  // namespace songngu
