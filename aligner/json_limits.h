// Bounds on JSON read from untrusted input (align --stdin records, HTTP API
// bodies). nlohmann::json copies, compares, dumps and destroys values by
// recursion, so a value nested 100,000 deep overflows the stack; checking the
// nesting before parsing keeps every reader safe without touching the parser.
#ifndef SONGNGU_ALIGNER_JSON_LIMITS_H_
#define SONGNGU_ALIGNER_JSON_LIMITS_H_

#include <cstddef>
#include <string_view>

namespace songngu {

// Deeper than any record or request songngu defines (those are 2-3 levels).
constexpr size_t kMaxJsonDepth = 64;

// Byte offset of the first '[' or '{' (outside strings) that opens level
// max_depth + 1, or std::string_view::npos when the text stays within the
// bound. One linear pass; the text need not be valid JSON.
size_t FindJsonTooDeep(std::string_view text, size_t max_depth = kMaxJsonDepth);

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_JSON_LIMITS_H_
