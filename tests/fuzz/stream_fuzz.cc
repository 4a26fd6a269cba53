// The JSON-lines reader of `align --stdin`: every non-blank line gives its
// links or exactly one error line, whatever the bytes.
#include <sstream>

#include "aligner/lexicon.h"
#include "aligner/stream.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace songngu;
  static const Lexicon lexicon = Lexicon::LoadDefault();
  std::istringstream in(std::string(fuzz::Bytes(data, size)));
  std::ostringstream out;
  StreamOptions options;
  options.batch = 4;
  StreamReport report = AlignStream(in, out, lexicon, options);
  if (report.errors.size() > report.records) std::abort();
  for (const std::string& e : report.errors) {
    if (e.find('\n') != std::string::npos || e.rfind("stdin:", 0) != 0) std::abort();
  }
  return 0;
}
