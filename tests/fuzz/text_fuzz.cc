// The text pipeline (ParseDocument): decoding, furniture, sentence splitting,
// normalization. The first byte picks the language and options.
#include "aligner/text.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace songngu;
  if (size == 0) return 0;
  SegmentOptions options;
  options.lang = (data[0] & 3) == 0 ? "vi" : (data[0] & 3) == 1 ? "en" : "auto";
  options.presegmented = data[0] & 4;
  options.lenient = data[0] & 8;
  try {
    Document d = ParseDocument(fuzz::Bytes(data + 1, size - 1), "fuzz.txt", options);
    for (const auto& s : d.sentences) {
      if (s.text.empty()) std::abort();  // a sentence has text
    }
  } catch (const Error& e) {
    fuzz::CheckMessage(e, "fuzz.txt");
  }
  return 0;
}
