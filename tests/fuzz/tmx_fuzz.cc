// TMX import: the streaming reader and the store behind it.
#include "fuzz_util.h"
#include "tm/store.h"
#include "tm/tmx.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace songngu;
  const std::string& path = fuzz::ScratchFile(".tmx");
  fuzz::WriteScratch(path, fuzz::Bytes(data, size));
  TmStore store(":memory:");
  try {
    ImportTmx(store, path, ImportOptions());
  } catch (const Error& e) {
    fuzz::CheckMessage(e, path);
    if (store.UnitCount() != 0) std::abort();  // a failed import stores nothing
  }
  return 0;
}
