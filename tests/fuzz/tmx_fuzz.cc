// TMX import: the streaming reader and the store behind it.
#include "fuzz_util.h"
#include "tm/store.h"
#include "tm/tmx.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace songngu;
  const std::string& path = fuzz::ScratchFile(".tmx");
  fuzz::WriteScratch(path, fuzz::Bytes(data, size));
  // One store for all inputs (a fresh one costs more than the import); each
  // input runs inside a transaction rolled back afterwards.
  static TmStore store(":memory:");
  {
    TmStore::Transaction scratch(store);
    try {
      ImportTmx(store, path, ImportOptions());
    } catch (const Error& e) {
      fuzz::CheckMessage(e, path);
    }
  }
  if (store.UnitCount() != 0) std::abort();  // nothing outlives its input
  return 0;
}
