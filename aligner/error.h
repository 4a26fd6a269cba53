// Errors raised by songngu's libraries.
//
// One exception type for environment and input failures (file missing,
// invalid UTF-8, broken TMX, locked database). The message is one line that
// names the file and, where known, the position, so the CLI can print it as is.
#ifndef SONGNGU_ALIGNER_ERROR_H_
#define SONGNGU_ALIGNER_ERROR_H_

#include <cstdint>
#include <stdexcept>
#include <string>

namespace songngu {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// "FILE: MESSAGE", "FILE:LINE: MESSAGE" or "FILE: byte OFFSET: MESSAGE".
std::string FormatLocation(const std::string& file, const std::string& message);
std::string FormatLine(const std::string& file, int64_t line, const std::string& message);
std::string FormatOffset(const std::string& file, int64_t byte_offset, const std::string& message);

}  // namespace songngu

#define SONGNGU_THROW_IF(cond, msg)       \
  do {                                    \
    if (cond) throw ::songngu::Error(msg); \
  } while (0)

#endif  // SONGNGU_ALIGNER_ERROR_H_
