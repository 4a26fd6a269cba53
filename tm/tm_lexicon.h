// Which lexicon a command uses, and training one on a TM's own units.
#ifndef SONGNGU_TM_TM_LEXICON_H_
#define SONGNGU_TM_TM_LEXICON_H_

#include <cstdint>
#include <string>

#include "aligner/ibm1.h"
#include "aligner/lexicon.h"
#include "tm/store.h"

namespace songngu {

// An explicit lexicon file wins; else the lexicon stored in the TM at
// `tm_path` (if that file exists and holds one: `lexicon train --from-tm`);
// else the shipped default.
Lexicon ResolveLexicon(const std::string& lexicon_path, const std::string& tm_path);

struct TmTrainingReport {
  int64_t pairs = 0;  // (vi, en) units trained on (accepted and unreviewed; rejected never)
};

// IBM Model 1 on the TM's units with `prior` as grouping and dictionary prior.
// Throws songngu::Error when the TM has no units to train on.
Lexicon TrainFromTm(TmStore& store, const Lexicon& prior, const Ibm1Options& options,
                    TmTrainingReport* report = nullptr, const Ibm1Progress& progress = nullptr);

}  // namespace songngu

#endif  // SONGNGU_TM_TM_LEXICON_H_
