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

namespace {

void Ignore(void*, const char*, ...) {}

}  // namespace

XmlErrorScope::XmlErrorScope(XmlErrors* errors)
    : old_structured_context_(xmlStructuredErrorContext),
      old_structured_(xmlStructuredError),
      old_generic_context_(xmlGenericErrorContext),
      old_generic_(xmlGenericError) {
  xmlSetStructuredErrorFunc(errors, &XmlErrors::Handler);
  xmlSetGenericErrorFunc(nullptr, &Ignore);
}

XmlErrorScope::~XmlErrorScope() {
  xmlSetStructuredErrorFunc(old_structured_context_, old_structured_);
  xmlSetGenericErrorFunc(old_generic_context_, old_generic_);
}

void XmlErrors::Handler(void* self, xmlErrorPtr error) {
  static_cast<XmlErrors*>(self)->Add(error);
}

void XmlErrors::Add(const xmlError* error) {
  if (any_ || error == nullptr || error->level < XML_ERR_ERROR) return;
  any_ = true;
  line_ = error->line;
  column_ = error->int2;
  // One line: libxml2 puts line breaks inside some messages.
  bool space = false;
  for (const char* c = error->message != nullptr ? error->message : ""; *c != '\0'; ++c) {
    if (*c == '\n' || *c == '\r' || *c == '\t' || *c == ' ') {
      space = !message_.empty();
    } else {
      if (space) message_ += ' ';
      space = false;
      message_ += *c;
    }
  }
}

std::string XmlErrors::Format(const std::string& name, const std::string& what,
                              int64_t fallback_line) const {
  std::string message = message_.empty() ? what : what + ": " + message_;
  int64_t line = line_ > 0 ? line_ : fallback_line;
  if (line <= 0) return FormatLocation(name, message);
  if (line_ > 0 && column_ > 0)
    return name + ":" + std::to_string(line) + ":" + std::to_string(column_) + ": " + message;
  return FormatLine(name, line, message);
}

bool XmlMarkupGuard::Feed(const char* data, size_t size) {
  if (over_) return false;
  std::string_view in(data, size);
  if (unit_bytes_ == 0) {
    pending_.append(in);
    if (pending_.size() < 2) return true;
    const std::string_view head(pending_);
    if (head.substr(0, 2) == "\xFF\xFE" || (head[0] == '<' && head[1] == '\0')) {
      unit_bytes_ = 2;
    } else if (head.substr(0, 2) == "\xFE\xFF" || (head[0] == '\0' && head[1] == '<')) {
      unit_bytes_ = 2;
      big_endian_ = true;
    } else {
      unit_bytes_ = 1;
    }
    in = std::string_view();
  } else {
    pending_.append(in);
  }
  // Whole units of pending_ are scanned; a split UTF-16 unit waits.
  size_t whole = pending_.size() - pending_.size() % unit_bytes_;
  for (size_t i = 0; i < whole && !over_; i += unit_bytes_) {
    unsigned char a = pending_[i];
    unsigned c = a;
    if (unit_bytes_ == 2) {
      unsigned char b = pending_[i + 1];
      c = big_endian_ ? (a << 8 | b) : (b << 8 | a);
    }
    Unit(c);
    if (state_ == State::kText || state_ == State::kCdata) continue;
    length_ += unit_bytes_;
    if (length_ > max_bytes_) over_ = true;
  }
  pending_.erase(0, whole);
  return !over_;
}

void XmlMarkupGuard::Unit(unsigned c) {
  if (c == '\n') ++line_;
  const char ch = c < 0x80 ? static_cast<char>(c) : 'x';
  auto ends = [&](std::string_view tail) {
    return recent_.size() >= tail.size() &&
           recent_.compare(recent_.size() - tail.size(), tail.size(), tail) == 0;
  };
  if (state_ == State::kText) {
    if (ch == '<') {
      state_ = State::kOpen;
      recent_ = "<";
      length_ = 0;
      start_line_ = line_;
      quote_ = 0;
      brackets_ = 0;
    }
    return;
  }
  recent_ += ch;
  if (recent_.size() > 16) recent_.erase(0, recent_.size() - 9);
  switch (state_) {
    case State::kOpen:  // "<", "<!", "<![CDATA" ... until the kind is known
      if (recent_ == "<?") {
        state_ = State::kPi;
      } else if (recent_ == "<!--") {
        state_ = State::kComment;
        recent_.clear();
      } else if (recent_ == "<![CDATA[") {
        state_ = State::kCdata;
        recent_.clear();
      } else if (recent_ == "<!" || recent_ == "<!-" ||
                 std::string_view("<![CDATA[").substr(0, recent_.size()) == recent_) {
        // still undecided
      } else if (recent_[1] == '!') {
        state_ = State::kDecl;
        if (ch == '>') state_ = State::kText;
      } else {
        state_ = State::kTag;
        if (ch == '>') state_ = State::kText;
      }
      break;
    case State::kTag:
      if (quote_ != 0) {
        if (ch == quote_) quote_ = 0;
      } else if (ch == '"' || ch == '\'') {
        quote_ = ch;
      } else if (ch == '>') {
        state_ = State::kText;
      }
      break;
    case State::kDecl:
      if (quote_ != 0) {
        if (ch == quote_) quote_ = 0;
      } else if (ch == '"' || ch == '\'') {
        quote_ = ch;
      } else if (ch == '[') {
        ++brackets_;
      } else if (ch == ']') {
        --brackets_;
      } else if (ch == '>' && brackets_ <= 0) {
        state_ = State::kText;
      }
      break;
    case State::kComment:
      if (ends("-->")) state_ = State::kText;
      break;
    case State::kPi:
      if (ends("?>")) state_ = State::kText;
      break;
    case State::kCdata:
      if (ends("]]>")) state_ = State::kText;
      break;
    case State::kText:
      break;
  }
}

std::string XmlMarkupGuard::Message(const std::string& name) const {
  std::string size = max_bytes_ % 1024 == 0 ? std::to_string(max_bytes_ / 1024) + " KB"
                                            : std::to_string(max_bytes_) + " bytes";
  return FormatLine(
      name, start_line_,
      "markup over " + size + " (a tag with its attributes, a comment or a declaration)");
}

XmlDocPtr ParseXml(std::string_view bytes, const std::string& name, const char* encoding) {
  XmlErrors errors;
  XmlErrorScope scope(&errors);
  XmlDocPtr doc(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), name.c_str(), encoding,
                              XML_PARSE_NONET | XML_PARSE_NOWARNING));
  // Namespace errors leave a document: read it, as before.
  if (doc == nullptr) throw Error(errors.Format(name, "not well-formed XML", 1));
  return doc;
}

}  // namespace songngu
