// Word alignment inside a TM unit: which English words translate which
// Vietnamese words. Fuzzy repair and fragment assembly (tm/suggest) map
// Vietnamese spans to English spans through it.
//
// Words are the word tokens of Tokenize (tm/tokens.h) on each side, counted
// from 0: Vietnamese syllables, English words. Links are stored and exported
// (TMX prop "x-songngu-wordalign") as "vi-en" index pairs, "0-0 1-0 2-3".
//
// How a unit is aligned: first the glossary terms and entities of the
// Vietnamese whose English rendering the target contains link as blocks (every
// syllable to every word of the rendering); then words written the same on both
// sides (numbers, names without diacritics); then the lexicon (IBM Model 1 in
// both directions, trained on the TM with the dictionary as prior: `songngu tm
// wordalign`) links the rest by the intersection of the two directions' best
// links, grown to neighbouring words (grow-diag, Koehn et al. 2003); last,
// runs of up to 4 words left unaligned on both sides between the same two
// links (or sentence edges) are linked to each other.
#ifndef SONGNGU_TM_WORDALIGN_H_
#define SONGNGU_TM_WORDALIGN_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "aligner/ibm1.h"
#include "aligner/lexicon.h"
#include "tm/glossary.h"
#include "tm/store.h"

namespace songngu {

// (Vietnamese word index, English word index), sorted.
using WordLinks = std::vector<std::pair<int, int>>;

std::string FormatWordLinks(const WordLinks& links);
// Null on a malformed string (a hand-edited TMX prop): the caller realigns.
std::optional<WordLinks> ParseWordLinks(std::string_view text);

struct WordAlignOptions {
  // Lowest symmetrised lexicon probability for a link: below it a pair of
  // words is more likely chance co-occurrence than translation.
  double min_prob = 0.05;
  // Glossary validity date for the term blocks (YYYY-MM-DD); empty = today.
  std::string date;
};

// Aligns one unit. `lexicon` may be null (terms, entities and identical words
// only); `glossary` may be null (no term blocks).
WordLinks AlignUnitWords(std::string_view vi, std::string_view en, const Lexicon* lexicon,
                         const Glossary* glossary,
                         const WordAlignOptions& options = WordAlignOptions());

// What TmStore::SetWordAligner takes: AlignUnitWords with this lexicon and
// glossary, formatted. Both must outlive the store's use of it (not owned).
TmStore::WordAligner UnitWordAligner(const Lexicon* lexicon, const Glossary* glossary,
                                     const WordAlignOptions& options = WordAlignOptions());

struct TmWordAlignReport {
  int64_t pairs_trained = 0;  // units the lexicon was trained on (0: a stored one was reused)
  int64_t units = 0;          // units aligned and stored
};

struct TmWordAlignOptions {
  // Train IBM Model 1 on the TM first (the `lexicon train --from-tm` step) and
  // store the lexicon in the TM; false = use the lexicon the TM already holds,
  // else the shipped one.
  bool train = true;
  Ibm1Options ibm1;  // the training's options (iterations, threads)
  WordAlignOptions align;
  int threads = 2;  // units aligned in parallel
};

// Aligns every non-rejected unit of the TM and stores the links (one
// transaction per 10,000 units, so an interrupted run keeps what it did and a
// rerun replaces it). `prior` is the starting lexicon (grouping and dictionary).
TmWordAlignReport WordAlignTm(TmStore& store, const Lexicon& prior, const Glossary* glossary,
                              const TmWordAlignOptions& options = TmWordAlignOptions(),
                              const std::function<void(const std::string&)>& progress = nullptr);

}  // namespace songngu

#endif  // SONGNGU_TM_WORDALIGN_H_
