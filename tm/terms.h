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

// House style: how the portal's own English (the TM) writes what the glossary
// and the entity layer render one way. Learned by majority over the TM's
// English; a convention seen fewer than twice keeps the default.
struct HouseStyle {
  bool lower_ward = false;      // "Tan An ward" rather than "Tan An Ward"
  bool lower_district = false;  // "Ninh Kieu district" rather than "Ninh Kieu District"
  bool center = false;          // "Center" (US spelling) rather than "Centre"
  bool honorific_names =
      false;  // "Ms. Le Thi Mai" rather than "MSc Le Thi Mai" for "ThS. Lê Thị Mai"
  // What the choice rests on: occurrences of each form in the TM's English.
  int64_t ward_upper = 0, ward_lower = 0, district_upper = 0, district_lower = 0;
  int64_t centre = 0, center_us = 0, academic = 0, honorific = 0;
};

// Learned from the TM's units (the first `max_units` by id at most: bounded time on large TMs).
HouseStyle LearnHouseStyle(TmStore& store, size_t max_units = 20000);

// `en` (a rendering from the glossary or the entity layer) in the house style:
// "Tan An Ward" -> "Tan An ward", "Centre" -> "Center", "MSc Le Thi Mai" ->
// "Ms. Le Thi Mai" (`female` picks Ms.; unknown gender keeps the academic title).
std::string ApplyHouseStyle(std::string en, const HouseStyle& style, int female = -1);

// A unit whose English breaks the house style.
struct StyleIssue {
  std::string rule;      // "ward", "district", "center", "honorific"
  std::string found;     // the form used ("Tan An Ward")
  std::string expected;  // the house form ("Tan An ward")
  std::string vi, en;    // the unit
};

// Units of the TM whose English breaks `style`, in TM order (at most `limit`).
std::vector<StyleIssue> CheckHouseStyle(TmStore& store, const HouseStyle& style,
                                        size_t limit = 200);

}  // namespace songngu

#endif  // SONGNGU_TM_TERMS_H_
