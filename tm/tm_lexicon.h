// Which lexicon a command uses, and training one on a TM's own units.
#ifndef SONGNGU_TM_TM_LEXICON_H_
#define SONGNGU_TM_TM_LEXICON_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

#include "aligner/ibm1.h"
#include "aligner/lexicon.h"
#include "tm/store.h"

namespace songngu {

// An explicit lexicon file wins; else the lexicon stored in the TM at
// `tm_path` (if that file exists and holds one: `lexicon train --from-tm`);
// else the shipped default.
Lexicon ResolveLexicon(const std::string& lexicon_path, const std::string& tm_path);

// The lexicon ResolveLexicon("", tm) gives, kept by a long-running process
// (songngu serve) so that its requests use what the CLI uses on the same TM
// without parsing a lexicon per request. Each Get compares the TM's lexicon
// stamp (one small query) and reloads only when `lexicon train --from-tm` has
// stored a new one. Memory: one lexicon, plus an old one while requests that
// took it still run. Thread-safe; reloads happen one at a time.
class TmLexiconCache {
 public:
  // The current lexicon of the TM behind `store` (any connection to it).
  std::shared_ptr<const Lexicon> Get(TmStore& store);

 private:
  std::mutex mutex_;
  std::string stamp_;  // TmStore::LexiconStamp() of what lexicon_ holds
  std::shared_ptr<const Lexicon> lexicon_;
};

struct TmTrainingReport {
  int64_t pairs = 0;  // (vi, en) units trained on (accepted and unreviewed; rejected never)
};

// IBM Model 1 on the TM's units with `prior` as grouping and dictionary prior.
// Throws songngu::Error when the TM has no units to train on.
Lexicon TrainFromTm(TmStore& store, const Lexicon& prior, const Ibm1Options& options,
                    TmTrainingReport* report = nullptr, const Ibm1Progress& progress = nullptr);

}  // namespace songngu

#endif  // SONGNGU_TM_TM_LEXICON_H_
