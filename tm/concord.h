// Concordance: every unit whose source side contains a phrase, with the span
// of the other side that most likely renders it, grouped by rendering.
//
// Span choice: first, a known rendering of the phrase (from the glossary) that
// the other side contains is taken as it stands. Otherwise words of the other
// side are weighted by translation evidence from the lexicon and by how
// much more often they occur in the hits than in the whole TM (positive PMI
// times the share of hits containing them); the span is the contiguous run of
// words with the largest total weight above a threshold (Kadane), trimmed of
// function words at its edges, with a bonus for recurring capitalised words
// when the phrase is capitalised (official titles), whose rendering then
// stops at lower-case content words. Words that are copies of
// the source side's other words without diacritics ("Nguyen Van Hieu" for
// "Nguyễn Văn Hiếu") are names and never part of the span.
#ifndef SONGNGU_TM_CONCORD_H_
#define SONGNGU_TM_CONCORD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "aligner/lexicon.h"
#include "tm/glossary.h"
#include "tm/store.h"
#include "tm/suggest.h"

namespace songngu {

struct ConcordOptions {
  Lang from = Lang::kVi;     // language of the phrase
  // Newest units considered: enough to rank renderings, and a bounded wait for a
  // common phrase (the CLI and /api/concordance alike).
  size_t max_units = 1000;
  // Longest rendering, in words per word (syllable) of the phrase: English titles run
  // about one word per Vietnamese syllable, so 1.6 leaves room without swallowing the clause.
  double max_span_ratio = 1.6;
  // Renderings known for the phrase (the glossary's): where the other side
  // contains one (case-insensitively, as whole words), it is the span.
  std::vector<std::string> known_renderings;
  // Translation evidence for the span of a Vietnamese phrase; null = statistics only.
  const Lexicon* lexicon = nullptr;
  // The glossary (may be null): its renderings of a Vietnamese phrase (entries
  // and a composed title, both genders) join known_renderings, and a phrase
  // that occurs only inside a longer entry of it ("Chủ tịch UBND thành phố"
  // inside "Phó Chủ tịch ...") is not a hit there.
  const Glossary* glossary = nullptr;
  std::string date;  // the glossary's renderings valid at this date (YYYY-MM-DD); empty = today
  // Also the longest TM fragments of a Vietnamese phrase with their aligned
  // English (FindTmFragments): what a sentence-long query reuses from the TM.
  bool fragments = true;
};

struct ConcordHit {
  Unit unit;
  std::string span;  // the rendering in the other side, as written ("" if none found)
};

struct ConcordGroup {
  std::string rendering;  // most frequent surface form of the group
  int64_t count = 0;      // units (with their duplicate counts)
  std::vector<ConcordHit> hits;
};

struct ConcordResult {
  int64_t units = 0;                 // units containing the phrase as a whole term
  std::vector<ConcordGroup> groups;  // most frequent rendering first
  std::vector<DraftFragment> fragments;  // ConcordOptions::fragments, in phrase order
};

// The one concordance behind `songngu concord` and /api/concordance.
ConcordResult Concord(TmStore& store, std::string_view phrase, const ConcordOptions& options = ConcordOptions());

// The glossary's renderings of `phrase`: its entries' (both genders) and, when
// the whole phrase composes into one title, that title (both genders).
std::vector<std::string> GlossaryRenderings(const Glossary& glossary, std::string_view phrase,
                                            const std::string& date = "");

}  // namespace songngu

#endif  // SONGNGU_TM_CONCORD_H_
