// Suggestions for a new Vietnamese release, sentence by sentence: the best
// TM matches, the glossary terms, names/numbers/dates converted, and a draft.
// Writers print them as text, JSON lines or XLIFF 2.0 (with the mtc and gls
// modules) for CAT tools.
#ifndef SONGNGU_TM_SUGGEST_H_
#define SONGNGU_TM_SUGGEST_H_

#include <cstddef>
#include <string>
#include <vector>

#include "aligner/document.h"
#include "tm/entities.h"
#include "tm/glossary.h"

namespace songngu {

class TmStore;

struct SuggestOptions {
  int min_score = 70;        // fuzzy matches below this score are not shown
  int max_matches = 3;       // matches kept per sentence
  std::string date;          // the release's date (YYYY-MM-DD) for glossary validity; empty = Document meta
};

// A span of the new sentence that differs from the match's source.
struct SuggestDiff {
  std::string op;      // "replace", "insert" (only in the new sentence) or "delete" (only in the match)
  std::string source;  // the new sentence's words (empty for delete)
  std::string match;   // the match source's words (empty for insert)
};

struct SuggestMatch {
  std::string id;      // TM unit id
  int score = 0;       // 0..100
  std::string band;    // ScoreBand (tm/fuzzy.h): "100", "95-99", "85-94", "75-84", "50-74"
  std::string source;  // the unit's Vietnamese
  std::string target;  // the unit's English; SuggestSentence substitutes changed numbers, dates, names
  std::vector<SuggestDiff> diff;
};

struct SentenceSuggestion {
  size_t index = 0;
  std::string source;
  SegmentKind kind = SegmentKind::kBody;
  std::string draft;
  std::vector<SuggestMatch> matches;  // best first
  std::vector<TermMatch> terms;       // byte spans into `source`
  std::vector<Entity> entities;       // byte spans into `source`; those inside terms left out
};

// Runs the whole suggestion for every sentence of `release` (a Vietnamese
// Document from the text pipeline).
std::vector<SentenceSuggestion> Suggest(const Document& release, TmStore& tm, const Glossary& glossary,
                                        const SuggestOptions& options = SuggestOptions());

// Terms, entities and draft for one sentence given its matches (best first);
// what Suggest does per sentence after the TM search. Exposed for tests.
SentenceSuggestion SuggestSentence(size_t index, const Sentence& sentence, std::vector<SuggestMatch> matches,
                                   const Glossary& glossary, const std::string& date);

struct WriterOptions {
  bool color = false;          // text: ANSI colours (only when stdout is a terminal)
  std::string original;        // xliff: the release's file name (file/@original)
};

std::string WriteSuggestionText(const SentenceSuggestion& s, const WriterOptions& options = WriterOptions());
std::string WriteSuggestionJson(const SentenceSuggestion& s);  // one line, no newline
std::string WriteSuggestionsXliff(const std::vector<SentenceSuggestion>& all,
                                  const WriterOptions& options = WriterOptions());

}  // namespace songngu

#endif  // SONGNGU_TM_SUGGEST_H_
