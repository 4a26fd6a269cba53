// Input decoding: BOMs, <meta charset>, charset detection and conversion, HTML
// to text. The first byte picks the options.
#include "aligner/decode.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace songngu;
  if (size == 0) return 0;
  DecodeOptions options;
  options.lenient = data[0] & 1;
  options.format = (data[0] & 6) == 2 ? "html" : (data[0] & 6) == 4 ? "text" : "auto";
  try {
    DecodedText d = DecodeInput(fuzz::Bytes(data + 1, size - 1), "fuzz.html", options);
    (void)d;
  } catch (const Error& e) {
    fuzz::CheckMessage(e, "fuzz.html");
  }
  return 0;
}
