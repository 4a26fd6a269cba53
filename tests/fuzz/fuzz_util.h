// Shared by the libFuzzer targets (tests/fuzz/*_fuzz.cc, built with
// -DSONGNGU_FUZZ=ON by clang): a reader may reject an input only with
// songngu::Error (a one-line message naming the input); anything else -- a
// crash, a sanitizer report, another exception type, a message over several
// lines -- is a finding.
#ifndef SONGNGU_TESTS_FUZZ_FUZZ_UTIL_H_
#define SONGNGU_TESTS_FUZZ_FUZZ_UTIL_H_

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "aligner/error.h"

namespace songngu::fuzz {

inline std::string_view Bytes(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// An error message must be one line that starts with the input's name.
inline void CheckMessage(const Error& e, const std::string& name) {
  std::string_view m = e.what();
  if (m.find('\n') != std::string_view::npos || m.compare(0, name.size(), name) != 0) {
    std::fprintf(stderr, "bad error message: [%s]\n", e.what());
    std::abort();
  }
}

// A per-process scratch file for readers that take a path.
inline const std::string& ScratchFile(const char* ext) {
  static const std::string path =
      (std::filesystem::temp_directory_path() / ("songngu-fuzz-" + std::to_string(getpid()) + ext))
          .string();
  return path;
}

inline void WriteScratch(const std::string& path, std::string_view bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace songngu::fuzz

#endif  // SONGNGU_TESTS_FUZZ_FUZZ_UTIL_H_
