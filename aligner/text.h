// The text pipeline: raw page (plain text or HTML, any common encoding) ->
// clean lines -> page furniture removed (kept as metadata) -> sentences.
#ifndef SONGNGU_ALIGNER_TEXT_H_
#define SONGNGU_ALIGNER_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "aligner/document.h"

namespace songngu {

struct SegmentOptions {
  std::string lang = "auto";      // "vi", "en" or "auto" (detect from the text)
  std::string format = "auto";    // "text", "html" or "auto" (sniff for markup)
  std::string encoding = "auto";  // ICU converter name, or "auto" (BOM, <meta charset>, UTF-8,
                                  // else charset detection incl. Windows-1258)
  bool lenient = false;           // replace invalid UTF-8 with U+FFFD instead of failing
  bool presegmented = false;      // one sentence per line, taken as is (no furniture removal)
  bool keep_furniture = false;    // keep furniture lines as sentences (debugging)
  // Longer sentences are cut at clause boundaries or at this length, so that no
  // later stage sees an unbounded "sentence" (SentenceSplitterOptions; 0: no limit).
  size_t max_sentence_words = 150;
  // A line without final punctuation longer than this is cut-off text, split
  // into sentences like a paragraph, not a headline or caption. Headlines and
  // captions we write stay under 40 words.
  size_t max_title_words = 50;
};

// Runs the pipeline on bytes already in memory. `name` is used in error
// messages and as Document::name. Throws songngu::Error on empty input,
// binary data or invalid UTF-8 (unless lenient), naming `name` and the offset.
//
// Document::raw is the decoded UTF-8 text (BOM removed, converted from a legacy
// charset if needed, not normalised); for HTML it is the text extracted from
// the page, one block per line. Sentence offsets point into raw; sentence
// text is NFC with white space collapsed. A line without final punctuation
// that is one short sentence is a single segment: a headline above the first
// body paragraph, a caption after it; longer ones (a page cut off mid-paragraph)
// are split like paragraphs. Page furniture is left out and reported in
// Document::meta, and so are pieces of it inside paragraphs: a news agency's
// end mark ("./."), photo credits ("Ảnh: …", "Photo: …") and "|" separators
// left over from captions.
Document ParseDocument(std::string_view bytes, const std::string& name,
                       const SegmentOptions& options = SegmentOptions());

// Reads `path` and calls ParseDocument.
Document LoadDocument(const std::string& path, const SegmentOptions& options = SegmentOptions());

// "vi" or "en" by Vietnamese-specific letters and function words.
std::string DetectLanguage(std::string_view text);

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_TEXT_H_
