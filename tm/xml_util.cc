#include "tm/xml_util.h"

#include <libxml/parser.h>

#include "aligner/error.h"

namespace songngu {

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out += ' ';
        } else {
          out += c;
        }
    }
  }
  return out;
}

XmlDocPtr ParseXml(std::string_view bytes, const std::string& name, const char* encoding) {
  XmlDocPtr doc(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), name.c_str(), encoding,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (doc == nullptr) {
    const xmlError* err = xmlGetLastError();
    throw Error(FormatLine(name, err != nullptr ? err->line : 0,
                           std::string("not well-formed XML") +
                               (err != nullptr && err->message != nullptr ? ": " + std::string(err->message) : "")));
  }
  return doc;
}

}  // namespace songngu
