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
#include "aligner/lexicon.h"
#include "tm/entities.h"
#include "tm/glossary.h"
#include "tm/store.h"
#include "tm/terms.h"

namespace songngu {

struct SuggestOptions {
  int min_score = 70;        // fuzzy matches below this score are not shown
  int max_matches = 3;       // matches kept per sentence
  std::string date;          // the release's date (YYYY-MM-DD) for glossary validity; empty = Document meta
  bool house_style =
      true;  // terms and entities follow the TM's own English conventions (LearnHouseStyle)
  // What `draft` holds: "repair" (the best match repaired word by word, or TM
  // fragments assembled), "copy" (the best match's English exactly as stored, as a
  // CAT tool inserts it; the term skeleton without a match) or "terms" (glossary
  // terms and entities joined, the pre-issue-14 skeleton). Baselines for the bench.
  std::string draft_mode = "repair";
  // Word alignment of units that `tm wordalign` has not aligned (and of the
  // part of a multi-sentence unit): the TM-trained or shipped lexicon. Null =
  // glossary terms, entities and identical words only. Not owned.
  const Lexicon* lexicon = nullptr;
  // The house style already learned from this TM (with house_style): a caller
  // that suggests sentence by sentence (songngu serve) learns it once, not per
  // call; learning reads up to 20,000 units (~300 ms on a 100k TM). Null =
  // learned here. Not owned.
  const HouseStyle* style = nullptr;
};

// One change made to a fuzzy match's English (or one that could not be made).
struct DraftRepair {
  std::string vi_was;  // the match source's words ("" for an insertion)
  std::string vi_now;  // the new sentence's words ("" for a deletion)
  std::string en_was;  // the English replaced or removed ("" for an insertion)
  std::string en_now;  // what replaced it ("" for a deletion)
  // Where en_now comes from: "glossary", "entity", "number", "tm" (a fragment
  // of unit `unit_id`), "deleted"; "unrepaired" = the draft still shows
  // en_was (or lacks vi_now's English): the translator must fix it.
  std::string source;
  std::string unit_id;
};

// One piece of a draft assembled without a match: a TM fragment, a glossary
// term or an entity, with the span of the sentence it covers.
struct DraftFragment {
  size_t begin = 0, end = 0;  // byte span in the sentence
  std::string vi;
  std::string en;
  std::string source;   // "tm", "glossary" or "entity"
  std::string unit_id;  // "tm": the unit the English was taken from
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
  bool stale = false;  // a number, date or code that differs could not be replaced: the target
                       // shows the old value
  // Which values are stale ("was": the match source's, "source": the
  // sentence's), so the match line can name them instead of a vague warning.
  std::vector<SuggestDiff> stale_values;
  std::string
      part;  // "1/2": the sentence matched part 1 of a 2-sentence unit; source/target are that part
  std::string links;  // word alignment of source and target (tm/wordalign.h); "" = not stored
};

// Glossary terms and entities of a Vietnamese text: the one recognizer behind
// suggest, the substitutions of search and the bench. Named institutions win
// over glossary pieces inside them; a bare place name is an entity.
struct TextAnalysis {
  std::vector<TermMatch> terms;  // byte spans into the text
  std::vector<Entity> entities;  // byte spans into the text, in order, outside the terms
};
// `style` (may be null) puts the renderings in the TM's house style.
TextAnalysis AnalyzeText(std::string_view text, const Glossary& glossary, const std::string& date,
                         const HouseStyle* style = nullptr);

// A TM match's English adapted to a new sentence: what differs between the
// sentence and the match's source (numbers by value whatever their written
// form, dates, names, codes) replaced in the target. The one substitution path
// of `search`, `suggest` and the web API.
struct MatchAdaptation {
  std::string target;              // the adapted English
  std::vector<SuggestDiff> diff;   // word-level differences, sentence vs source
  std::vector<std::string> marks;  // English of differences that could not be placed
  bool stale = false;  // a differing number, date or code is still the old one in `target`
  std::vector<SuggestDiff> stale_values;  // those differences (the whole number or date)
};
MatchAdaptation AdaptMatch(const std::string& sentence, const std::string& source,
                           const std::string& target, const Glossary& glossary,
                           const std::string& date);

// One TM hit for a query, adapted (see AdaptMatch).
struct TmHit {
  Match match;  // match.source / match.target: the unit's (or the matched part's), target adapted
  std::string raw_target;  // the English before adaptation
  bool stale = false;      // see MatchAdaptation::stale
  std::vector<SuggestDiff> stale_values;  // see MatchAdaptation::stale_values
  std::string part;        // "1/2" when the query matched one sentence of a multi-sentence unit
};

// TmStore::Search plus (for Vietnamese queries) the adaptation of each target
// and the units of which the query is one sentence (a stored 2-1 or 3-1 unit:
// scored on that sentence, the English narrowed to the part that covers it).
std::vector<TmHit> SearchTm(TmStore& tm, std::string_view query, const SearchOptions& options,
                            const Glossary& glossary, const std::string& date = "");

struct SentenceSuggestion {
  size_t index = 0;
  std::string source;
  SegmentKind kind = SegmentKind::kBody;
  std::string draft;  // copy-able: never holds markers; untranslated words (see gaps) are
                      // "[Vietnamese]", text the translator must replace
  // "exact", "repaired" (a fuzzy match repaired), "copy" (--draft copy),
  // "fragments" (assembled from TM fragments), "terms" (the term skeleton) or "" (nothing).
  std::string draft_kind;
  std::vector<DraftRepair> repairs;      // "repaired": what changed in the match's English
  std::vector<DraftFragment> fragments;  // "fragments": what covers what, in sentence order
  // "fragments": the words no fragment covers (source "gap", no English), shown
  // in the draft as "[Vietnamese]" for the post-editor to translate.
  std::vector<DraftFragment> gaps;
  std::vector<SuggestMatch> matches;  // best first
  std::vector<TermMatch> terms;       // byte spans into `source`
  std::vector<Entity> entities;       // byte spans into `source`; those inside terms left out
};

// Runs the whole suggestion for every sentence of `release` (a Vietnamese
// Document from the text pipeline).
std::vector<SentenceSuggestion> Suggest(const Document& release, TmStore& tm, const Glossary& glossary,
                                        const SuggestOptions& options = SuggestOptions());

// What the draft may draw on besides the matches: the TM (fragments and their
// word alignments) and a lexicon for units without a stored alignment.
struct DraftSources {
  TmStore* tm = nullptr;             // null: no fragments, alignments computed
  const Lexicon* lexicon = nullptr;  // null: see SuggestOptions::lexicon
};

// Terms, entities and draft for one sentence given its matches (best first);
// what Suggest does per sentence after the TM search. Exposed for tests.
SentenceSuggestion SuggestSentence(size_t index, const Sentence& sentence,
                                   std::vector<SuggestMatch> matches, const Glossary& glossary,
                                   const std::string& date, const HouseStyle* style = nullptr,
                                   const std::string& draft_mode = "repair",
                                   const DraftSources& sources = DraftSources());

// The longest TM fragments of a Vietnamese text (runs of >= 2 words found in
// stored units, never cutting a glossary term or an entity), each with the
// English span its unit's word alignment gives and the unit's id, in text
// order, without overlap: what fragment assembly drafts from, and what
// `concord` and /api/concordance show. `lexicon` (may be null) aligns units
// `tm wordalign` has not aligned.
std::vector<DraftFragment> FindTmFragments(TmStore& tm, std::string_view text,
                                           const Glossary& glossary, const Lexicon* lexicon,
                                           const std::string& date = "");

struct WriterOptions {
  bool color = false;          // text: ANSI colours (only when stdout is a terminal)
  std::string original;        // xliff: the release's file name (file/@original)
};

// "target shows the old value: 4.820 tỷ đồng (now 5.930 tỷ đồng)": the stale
// values of a match named, for the one-line warning of every writer (CLI text,
// JSON "note", web page).
std::string StaleNote(const std::vector<SuggestDiff>& stale_values);

std::string WriteSuggestionText(const SentenceSuggestion& s, const WriterOptions& options = WriterOptions());
std::string WriteSuggestionJson(const SentenceSuggestion& s);  // one line, no newline
std::string WriteSuggestionsXliff(const std::vector<SentenceSuggestion>& all,
                                  const WriterOptions& options = WriterOptions());

}  // namespace songngu

#endif  // SONGNGU_TM_SUGGEST_H_
