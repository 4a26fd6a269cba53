#include "aligner/error.h"

namespace songngu {

std::string FormatLocation(const std::string& file, const std::string& message) {
  return file + ": " + message;
}

std::string FormatLine(const std::string& file, int64_t line, const std::string& message) {
  return file + ":" + std::to_string(line) + ": " + message;
}

std::string FormatOffset(const std::string& file, int64_t byte_offset, const std::string& message) {
  return file + ": byte " + std::to_string(byte_offset) + ": " + message;
}

}  // namespace songngu
