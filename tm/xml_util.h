// Small XML helpers shared by the TMX, XLIFF, TBX and alignment writers and readers.
#ifndef SONGNGU_TM_XML_UTIL_H_
#define SONGNGU_TM_XML_UTIL_H_

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

namespace songngu {

// Text escaped for XML content and attribute values (& < > " '). C0 control
// characters other than tab and line breaks, which XML 1.0 forbids even as
// references, become spaces.
std::string XmlEscape(std::string_view text);

struct XmlDocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

// Parses a whole document held in memory (no network access). Throws
// songngu::Error "NAME:LINE: not well-formed XML: ..." when it is not XML.
// `encoding` overrides the declared one (nullptr: as declared, else UTF-8).
XmlDocPtr ParseXml(std::string_view bytes, const std::string& name, const char* encoding = nullptr);

}  // namespace songngu

#endif  // SONGNGU_TM_XML_UTIL_H_
