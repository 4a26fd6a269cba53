// Terminology QA over the TM: Vietnamese terms rendered in more than one way
// (`songngu terms check`) and proposals of new glossary entries from aligned
// units (`songngu terms extract`).
#ifndef SONGNGU_TM_TERMS_H_
#define SONGNGU_TM_TERMS_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "tm/glossary.h"

namespace songngu {

class TmStore;

struct TermRendering {
  std::string en;      // the rendering found in the unit's English, or "" = none of the known ones
  int64_t count = 0;   // units
  std::vector<std::pair<std::string, std::string>> examples;  // (vi, en) of up to 2 units
};

struct TermVariants {
  std::string vi;      // the term as first seen
  std::vector<TermRendering> renderings;  // most frequent first
};

struct TermsCheckOptions {
  bool include_missing = false;  // also list terms whose known renderings are absent from some units
};

// For every glossary term recognized in the TM's Vietnamese, which of its
// known renderings (the glossary's, gendered forms, other entries for the same
// term and the variants quoted in notes: "also 'municipal People's
// Committee'") the unit's English uses. Returns the terms with at least two
// different renderings, most units first.
std::vector<TermVariants> CheckTerms(TmStore& store, const Glossary& glossary,
                                     const TermsCheckOptions& options = TermsCheckOptions());

struct TermsExtractOptions {
  int min_count = 3;       // units a Vietnamese term must occur in
  int max_words = 5;       // longest term, in words (shortest is 2)
  double min_dice = 0.6;   // association of the pair: 2*both / (vi units + en units)
  size_t limit = 100;      // proposals returned
};

struct TermProposal {
  std::string vi;
  std::string en;
  int64_t count = 0;  // units with both
  double dice = 0;
};

// Frequent multi-word Vietnamese phrases not yet in the glossary whose units'
// English consistently contains one phrase; most units first.
std::vector<TermProposal> ExtractTerms(TmStore& store, const Glossary& glossary,
                                       const TermsExtractOptions& options = TermsExtractOptions());

}  // namespace songngu

#endif  // SONGNGU_TM_TERMS_H_
