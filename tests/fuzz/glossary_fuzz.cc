// Glossary recognition and composition over the shipped default: lookups
// and "(title | body)+ [level] [place]" compositions on arbitrary text.
#include "aligner/normalize.h"
#include "fuzz_util.h"
#include "tm/glossary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace songngu;
  static const Glossary glossary = Glossary::LoadDefault();
  std::string_view text = fuzz::Bytes(data, size);
  if (FindInvalidUtf8(text) >= 0) return 0;  // text reaches the glossary decoded (UTF-8)
  RecognizeOptions options;
  options.date = size > 0 && (data[0] & 1) ? "2024-05-28" : "2026-01-01";
  size_t last_end = 0;
  for (const TermMatch& m : glossary.Recognize(text, options)) {
    // In order, not overlapping, inside the text.
    if (m.begin < last_end || m.end < m.begin || m.end > text.size() || m.en.empty()) std::abort();
    last_end = m.end;
    GenderAt(text, m.begin, m.end);
  }
  glossary.Lookup(text.substr(0, 200));
  return 0;
}
