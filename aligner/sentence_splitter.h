// Sentence segmentation of one paragraph: ICU's sentence BreakIterator, then
// breaks it gets wrong for news are undone with rules and abbreviation lists
// (data/abbrev/<lang>.txt): titles ("Mr.", "ThS.", "TP."), initials
// ("T. TRINH"), "No. 59" and other abbreviations that only sometimes end a
// sentence. ICU already keeps "28-5", "11/20", "2021 - 2025", "59-NQ/TW" and
// decimals whole, and breaks after "..." when a capital follows.
#ifndef SONGNGU_ALIGNER_SENTENCE_SPLITTER_H_
#define SONGNGU_ALIGNER_SENTENCE_SPLITTER_H_

#include <unicode/uversion.h>

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace songngu {

// Abbreviations that do not end a sentence. File format: one per line with its
// final period ("Mr."); "#" starts a comment line; an entry followed by " ctx"
// ends a sentence unless the next word starts with a lower-case letter or a digit.
struct Abbreviations {
  std::set<std::string> always;
  std::set<std::string> context;
};
Abbreviations ParseAbbreviations(std::string_view file_text);

// The list shipped for `lang` ("vi", "en"): data/abbrev/<lang>.txt, read once.
// Throws songngu::Error if the file is missing.
const Abbreviations& AbbreviationsFor(const std::string& lang);

struct SentenceSplitterOptions {
  // A sentence of more words (white-space separated tokens) than this is cut at
  // clause boundaries ("; " first, then ": ", dashes, ", ") or, without one, at
  // this length. Unpunctuated pages (or hostile input) would otherwise give
  // every later stage -- fuzzy matching, suggestions, alignment -- one
  // "sentence" of thousands of words. News sentences we write rarely pass 90
  // words (Vietnamese counts syllables), so 150 cuts only run-on text.
  // 0 means no limit.
  size_t max_sentence_words = 150;
};

class SentenceSplitter {
 public:
  // `lang` is "vi" or "en". Throws songngu::Error for another language or a missing list.
  explicit SentenceSplitter(const std::string& lang,
                            SentenceSplitterOptions options = SentenceSplitterOptions());
  SentenceSplitter(const std::string& lang, Abbreviations abbreviations,
                   SentenceSplitterOptions options = SentenceSplitterOptions());
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // Byte spans [begin, end) of the sentences of `text` (UTF-8), with surrounding
  // white space (including no-break spaces) trimmed off. Time and memory are
  // linear in the size of `text`.
  std::vector<std::pair<size_t, size_t>> Split(std::string_view text);

  // The span [begin, end) of `text` cut into pieces of at most
  // max_sentence_words words (see SentenceSplitterOptions); one piece when it is
  // short enough. Split applies it to every sentence.
  std::vector<std::pair<size_t, size_t>> Bound(std::string_view text, size_t begin,
                                               size_t end) const;

 private:
  bool KeepsTogether(std::string_view before, std::string_view after) const;
  // Break positions ICU does not give: "word.Word" and "word. 7 ...".
  void AddWebBreaks(std::string_view text, std::vector<size_t>* boundaries) const;
  // True when `token` (up to white space) starts with a listed abbreviation at
  // least `dot_end` bytes long: "e.g." and "Tp." themselves, and "Ph.D." where
  // the period in question is the one after "Ph".
  bool IsListedAbbreviation(std::string_view token, size_t dot_end) const;

  SentenceSplitterOptions options_;
  Abbreviations abbreviations_;
  std::unique_ptr<icu::BreakIterator> breaker_;
};

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_SENTENCE_SPLITTER_H_
