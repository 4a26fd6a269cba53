// The stages of corpus building before alignment as JSON-lines filters, so
// that any engine (Dask, Spark RDD.pipe(), Hadoop streaming) can run them;
// aligner/stream.h is the last stage (pairs -> links).
//
//   features: one page per line -> what pairing needs of it (map, any split)
//   pair:     the features of a pile -> document pairs (one reduce)
//
// Every output line carries the record's id. A record that cannot be used
// gives one line {"id": ANY-or-null, "error": "stdin:LINE: ..."} and a message
// in the report's `errors`; the stream goes on.
#ifndef SONGNGU_ALIGNER_STAGE_STREAM_H_
#define SONGNGU_ALIGNER_STAGE_STREAM_H_

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

#include "aligner/lexicon.h"
#include "aligner/pair.h"
#include "aligner/text.h"

namespace songngu {

struct FeaturesStreamOptions {
  PairOptions pair;                  // which keys are counted (translations per Vietnamese word)
  SegmentOptions segment;            // text pipeline; a record's "lang" overrides segment.lang
  bool sentences = true;             // also write the cleaned sentences (not needed for pairing)
  int jobs = 1;                      // records processed at once; 1 suits one mapper per core
  size_t batch = 64;                 // records read ahead per round (memory bound)
  std::string input_name = "stdin";  // for messages: "stdin:12: ..."
};

struct StageReport {
  size_t records = 0;               // non-blank input lines
  size_t written = 0;               // result lines written (not counting error lines)
  std::vector<std::string> errors;  // one per bad record, "stdin:LINE: message"
};

// Input, one page per line (blank lines are skipped):
//   {"id": ANY, "path": "file" | "text": "raw page", "lang": "vi"|"en"|"auto" (optional)}
// A "path" is read like `songngu segment FILE` reads it (charset, HTML); the
// document's name, used in messages and given back by the pairing, is the id
// when it is a string, else the path. Output, one line per page:
//   {"id": ANY, "lang": "vi", "date": "2024-05-28"|"", "title": "...", "url": "...",
//    "sentences": ["...", ...], "keys": {"w:meet": 2, "name:tran viet truong": 1, ...}}
// "keys" are the fingerprints of aligner/pair.h PairingKeys: English word
// stems (Vietnamese words through the lexicon), names, numbers, codes, dates.
StageReport FeaturesStream(std::istream& in, std::ostream& out, const Lexicon& lexicon,
                           const FeaturesStreamOptions& options = FeaturesStreamOptions());

struct PairStreamOptions {
  PairOptions pair;                  // pairing thresholds
  std::string input_name = "stdin";  // for messages
};

// Input: lines of FeaturesStream (error lines and "sentences" are ignored:
// error lines count as neither records nor errors). Reads to the end - pairing
// weighs keys by their frequency over the whole pile - then writes one line per
// document, as `songngu pair --format jsonl` does:
//   {"vi": ID, "en": ID, "confidence": 0.97, "similarity": 0.61}  pairs, in input order of vi
//   {"vi": ID, "en": null, "confidence": 0}                      unpaired, then
//   {"vi": null, "en": ID, "confidence": 0}
// Pairs depend only on the features, not on where they were made nor on their
// order. Memory follows the largest date shard (aligner/pair.h FeaturePile).
StageReport PairStream(std::istream& in, std::ostream& out,
                       const PairStreamOptions& options = PairStreamOptions());

// PairStream cut at its shuffle, for engines that run the date shards on
// different machines (Hadoop streaming, Dask; docs/streaming.md):
//
//   route (map):        features line -> "SHARD<TAB>line", one per date shard
//                       of the document (PairShards): SHARD is 8 digits, "*"
//                       for an undated document (every shard), "!" for a bad line
//   sort by SHARD:      `LC_ALL=C sort -t$'\t' -k1,1` (undated lines come first)
//   candidates (reduce): per SHARD, the shard's documents and the undated ones
//                       -> {"vi": ID, "en": ID, "similarity": X} (X exact)
//   choose (one reduce): candidate lines of all shards and the features (or
//                       {"id","lang"}) lines of the pile -> PairStream's output
//
// Together they give exactly PairStream's pairs (PairsCutAtTheShuffle... test).
StageReport PairRouteStream(std::istream& in, std::ostream& out,
                            const PairStreamOptions& options = PairStreamOptions());
// Input sorted by SHARD (an out-of-order SHARD is an error: the rest of the
// input is not paired and the report says so). "!" lines are passed through.
// Shards are grouped as GroupShards does (aligner/pair.h), so the reducer
// holds at most two groups of shard_min_documents Vietnamese documents.
StageReport PairCandidatesStream(std::istream& in, std::ostream& out,
                                 const PairStreamOptions& options = PairStreamOptions());
StageReport PairChooseStream(std::istream& in, std::ostream& out,
                             const PairStreamOptions& options = PairStreamOptions());

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_STAGE_STREAM_H_
