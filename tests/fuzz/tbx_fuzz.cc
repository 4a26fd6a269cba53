// Glossary files: TBX (Basic and v3); the first byte also picks the TSV and
// CSV readers for a share of the inputs.
#include "fuzz_util.h"
#include "tm/glossary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace songngu;
  std::string_view bytes = fuzz::Bytes(data, size);
  const char* name = "fuzz.tbx";
  try {
    if (size > 0 && data[0] == 't') {
      name = "fuzz.tsv";
      ParseGlossaryTsv(bytes.substr(1), name);
    } else if (size > 0 && data[0] == 'c') {
      name = "fuzz.csv";
      ParseGlossaryCsv(bytes.substr(1), name);
    } else {
      ParseGlossaryTbx(bytes, name);
    }
  } catch (const Error& e) {
    fuzz::CheckMessage(e, name);
  }
  return 0;
}
