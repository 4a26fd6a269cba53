// Small XML helpers shared by the TMX, XLIFF, TBX and alignment writers and readers.
#ifndef SONGNGU_TM_XML_UTIL_H_
#define SONGNGU_TM_XML_UTIL_H_

#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace songngu {

// Text escaped for XML content and attribute values (& < > " '). C0 control
// characters other than tab and line breaks, which XML 1.0 forbids even as
// references, become spaces.
std::string XmlEscape(std::string_view text);

// The first error libxml2 reports, kept so that songngu reports it itself as
// one line with file, line and column. A reader's handler:
// xmlTextReaderSetStructuredErrorHandler(reader, &XmlErrors::Handler, &errors).
class XmlErrors {
 public:
  void Add(const xmlError* error);  // warnings are ignored
  static void Handler(void* self, xmlErrorPtr error);

  bool any() const { return any_; }
  // "NAME:LINE:COLUMN: WHAT: MESSAGE" (without the column, or the line, where
  // libxml2 gave none; then `fallback_line` if > 0). Line breaks inside
  // libxml2's message ("...indicate encoding !\nBytes: 0xE2") become spaces.
  std::string Format(const std::string& name, const std::string& what,
                     int64_t fallback_line = 0) const;

 private:
  bool any_ = false;
  int line_ = 0, column_ = 0;
  std::string message_;
};

// While alive, libxml2's reports without a parser of their own (encoding,
// I/O) go to `errors` instead of libxml2's default of printing them to
// stderr. libxml2 keeps these handlers per thread; the previous ones come back.
class XmlErrorScope {
 public:
  explicit XmlErrorScope(XmlErrors* errors);
  ~XmlErrorScope();
  XmlErrorScope(const XmlErrorScope&) = delete;
  XmlErrorScope& operator=(const XmlErrorScope&) = delete;

 private:
  void* old_structured_context_;
  xmlStructuredErrorFunc old_structured_;
  void* old_generic_context_;
  xmlGenericErrorFunc old_generic_;
};

// Watches the bytes a streaming XML reader is fed for markup (a start or end
// tag with its attributes, a comment, a processing instruction, a DOCTYPE)
// longer than `max_bytes`. libxml2's push parser, behind xmlTextReader,
// rescans an unfinished tag from its start whenever more input arrives, so a
// 20 MB attribute holding '>' characters took minutes; cut off at a bound,
// the work stays linear in the file size. Text and CDATA are not limited.
// UTF-16 input (BOM or "<" NUL pattern) is scanned by 16-bit units.
class XmlMarkupGuard {
 public:
  explicit XmlMarkupGuard(size_t max_bytes) : max_bytes_(max_bytes) {}

  // Scans the next bytes; false once a piece of markup went over the bound.
  bool Feed(const char* data, size_t size);
  bool over() const { return over_; }
  // "NAME:LINE: markup over 64 KB (...)", LINE where it starts, once Feed returned false.
  std::string Message(const std::string& name) const;

 private:
  enum class State { kText, kOpen, kTag, kComment, kPi, kCdata, kDecl };
  void Unit(unsigned c);

  size_t max_bytes_;
  State state_ = State::kText;
  char quote_ = 0;      // inside an attribute value (or declaration literal)
  int brackets_ = 0;    // DOCTYPE internal subset depth
  std::string recent_;  // last units of the current markup, for "-->", "?>", "]]>", "<!--"
  size_t length_ = 0;   // bytes of the current markup so far
  int64_t line_ = 1, start_line_ = 0;
  bool over_ = false;
  // Byte order: decided on the first two bytes.
  int unit_bytes_ = 0;  // 0 = not decided yet, 1 = bytes, 2 = UTF-16
  bool big_endian_ = false;
  std::string pending_;  // bytes of a unit split across Feed calls
};

struct XmlDocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

// Parses a whole document held in memory (no network access). Throws
// songngu::Error "NAME:LINE:COLUMN: not well-formed XML: ..." (one line) when
// it is not XML.
// `encoding` overrides the declared one (nullptr: as declared, else UTF-8).
XmlDocPtr ParseXml(std::string_view bytes, const std::string& name, const char* encoding = nullptr);

}  // namespace songngu

#endif  // SONGNGU_TM_XML_UTIL_H_
