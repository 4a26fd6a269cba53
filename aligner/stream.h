// Streaming alignment for distributed engines: document pairs come in as JSON
// lines and aligned links go out as JSON lines, so one `songngu align --stdin`
// process can serve as a Spark RDD.pipe() or Hadoop streaming mapper.
//
// Input, one object per line (blank lines are skipped):
//   {"id": ANY, "vi": "raw Vietnamese document text", "en": "raw English text"}
// or, for files on a filesystem the process sees, read as `songngu align` reads them:
//   {"id": ANY, "vi_path": "crawl/vi/a.html", "en_path": "crawl/en/b.html"}
// Output, one object per link, records in input order, links in Vietnamese order:
//   {"id": ANY, "vi_idx": [0], "en_idx": [0, 1], "vi": "...", "en": "...", "score": 0.912}
// A record that cannot be used (not JSON, nested deeper than kMaxJsonDepth,
// a field missing or not a string, binary or empty text) gives one line {"id": ANY-or-null, "error": "..."} on
// the output and a "stdin:LINE: ..." message in `errors`; the stream goes on.
#ifndef SONGNGU_ALIGNER_STREAM_H_
#define SONGNGU_ALIGNER_STREAM_H_

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

#include "aligner/align.h"
#include "aligner/lexicon.h"
#include "aligner/text.h"

namespace songngu {

struct StreamOptions {
  AlignOptions align;      // sentence alignment of each record
  SegmentOptions segment;  // text pipeline for both sides (lang is set per side)
  int jobs = 1;            // records aligned at once; 1 suits one mapper per core
  size_t batch = 64;       // records read ahead per round (memory bound)
  std::string input_name = "stdin";  // for messages: "stdin:12: ..."
};

struct StreamReport {
  size_t records = 0;  // non-blank input lines
  size_t links = 0;    // link lines written
  std::vector<std::string> errors;  // one per bad record, "stdin:LINE: message"
};

// Reads `in` to the end, writing to `out` after every batch (flushed, so a
// consumer sees results while the stream goes on).
StreamReport AlignStream(std::istream& in, std::ostream& out, const Lexicon& lexicon,
                         const StreamOptions& options = StreamOptions());

// What made a link, as one JSON object ("vi_coverage", "names", "margin", ...;
// scores rounded to 3 decimals): the "evidence" of `align --format jsonl` and
// of every `align --stdin` link line.
std::string EvidenceJson(const Evidence& evidence);

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_STREAM_H_
