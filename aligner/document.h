// A document after the text pipeline: sentences with offsets, kinds and keys,
// plus the metadata recognised in the page furniture. Produced once by
// songngu::ParseDocument (aligner/text.h), read by every later stage.
#ifndef SONGNGU_ALIGNER_DOCUMENT_H_
#define SONGNGU_ALIGNER_DOCUMENT_H_

#include <cstddef>
#include <string>
#include <vector>

namespace songngu {

enum class SegmentKind { kBody, kHeadline, kCaption };

const char* SegmentKindName(SegmentKind kind);  // "body", "headline", "caption"

struct Sentence {
  std::string text;   // NFC, white space collapsed
  std::string key;    // MatchingKey(text)
  SegmentKind kind = SegmentKind::kBody;
  size_t begin = 0;   // byte offsets into the decoded UTF-8 input (Document::raw)
  size_t end = 0;
};

struct DocumentMeta {
  std::string title;        // first headline, if any
  std::string date;         // publication date as ISO 8601 (YYYY-MM-DD) when recognised
  std::string date_text;    // the date line as written
  std::string author;       // byline ("T. TRINH", "Thanh Xuan")
  std::string translator;   // "Chi Nguyen" in "Thanh Xuan - Translated by Chi Nguyen"
  std::string url;
  std::string encoding;     // source encoding the input was decoded from ("UTF-8", "windows-1258")
  size_t replaced = 0;      // invalid UTF-8 sequences replaced by U+FFFD (lenient mode)
  std::vector<std::string> furniture;  // lines removed as page furniture, in order
  std::vector<std::string> warnings;   // "NAME: ..." for input text that could not be read
                                       // (also printed on stderr by ParseDocument)
};

struct Document {
  std::string name;   // file name or caller-given id, for messages and provenance
  std::string lang;   // "vi" or "en"
  std::string raw;    // the decoded UTF-8 input (offsets point here)
  std::vector<Sentence> sentences;
  DocumentMeta meta;
};

// The text of the sentences at `indices` joined by single spaces (the text of
// one side of a link).
std::string JoinSentences(const Document& doc, const std::vector<int>& indices);

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_DOCUMENT_H_
