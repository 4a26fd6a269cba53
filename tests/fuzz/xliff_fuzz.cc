// XLIFF 2.0 / 1.2 reading (the import's parser; languages as declared).
#include "fuzz_util.h"
#include "tm/xliff.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace songngu;
  try {
    ReadXliff(fuzz::Bytes(data, size), "fuzz.xlf");
  } catch (const Error& e) {
    fuzz::CheckMessage(e, "fuzz.xlf");
  }
  return 0;
}
