// Input decoding, the first stage of the text pipeline: bytes in any common
// encoding (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1258 and other
// legacy charsets) and either plain text or HTML -> UTF-8 text with line breaks.
// Used by ParseDocument (aligner/text.h); exposed for tests and tools.
#ifndef SONGNGU_ALIGNER_DECODE_H_
#define SONGNGU_ALIGNER_DECODE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace songngu {

struct DecodeOptions {
  std::string encoding = "auto";  // an ICU converter name ("windows-1258"), or "auto": BOM,
                                  // HTML <meta charset>, valid UTF-8, else charset detection
  std::string format = "auto";    // "text", "html" or "auto" (sniff for markup)
  bool lenient = false;           // replace invalid UTF-8 with U+FFFD (counted) instead of failing
};

struct DecodedText {
  std::string text;      // UTF-8; for HTML the extracted text, one block per line
  std::string encoding;  // the source encoding actually used ("UTF-8", "windows-1258", ...)
  bool html = false;     // the input was parsed as HTML
  size_t replaced = 0;   // invalid UTF-8 sequences replaced (lenient mode only)
  std::vector<std::string> warnings;  // "NAME: ..." for text that could not be read and is missing
};

// Decodes `bytes`. Throws songngu::Error, naming `name` (and the byte offset
// where there is one), for: empty or white-space-only input ("empty document"),
// binary data (NUL bytes), invalid UTF-8 in input that looks like UTF-8 (unless
// lenient), an unknown encoding name, or HTML without any text.
DecodedText DecodeInput(std::string_view bytes, const std::string& name,
                        const DecodeOptions& options = DecodeOptions());

// True when the first bytes look like an HTML page or fragment.
bool LooksLikeHtml(std::string_view bytes);

// Converts `bytes` from the ICU converter `charset` to UTF-8. Throws
// songngu::Error naming `name` for an unknown charset.
std::string ConvertToUtf8(std::string_view bytes, const std::string& charset,
                          const std::string& name);

// The text of an HTML page (UTF-8 in, UTF-8 out): entities decoded; script,
// style, navigation menus, forms and similar non-content elements dropped;
// each block element (p, div, li, h1-h6, br, tr, ...) on its own line. Any
// nesting depth is read. If the parser still gives up before the end, the text
// read so far is returned and `warning` (when given) says where it stopped.
std::string HtmlToText(std::string_view utf8_html, std::string* warning = nullptr);

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_DECODE_H_
