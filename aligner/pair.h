// Document pairing: among many Vietnamese and English documents, find the
// ones that report the same event, one to one, each pair with a confidence.
//
// Every document becomes a weighted bag of keys in one shared space: English
// word stems (Vietnamese words contribute the stems of their lexicon
// translations), and the anchors of aligner/anchors.h: proper names without
// diacritics, numbers and document codes, mentioned day-month dates. Keys are weighted
// by tf-idf over the whole pile. Candidates come from an inverted index over
// each document's most specific keys (not all pairs); each candidate pair is
// scored by cosine similarity, damped when publication dates are
// incompatible, and turned into a confidence from that similarity and its
// margin over both documents' next-best partners. Pairs are then taken
// greedily by confidence; documents without a partner above
// `min_confidence` stay unpaired rather than being forced into a pair.
#ifndef SONGNGU_ALIGNER_PAIR_H_
#define SONGNGU_ALIGNER_PAIR_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "aligner/align.h"
#include "aligner/document.h"
#include "aligner/lexicon.h"

namespace songngu {

struct PairOptions {
  double min_confidence = 0.5;  // weaker pairs are left unpaired
  // Confidence = 1 / (1 + (even_ratio / ratio)^ratio_sharpness), where ratio is
  // the pair's similarity over the best similarity either document has with
  // another candidate (unrelated_similarity when neither has another).
  double even_ratio = 1.5;             // ratio at which confidence is 0.5
  double ratio_sharpness = 10.0;       // how fast confidence rises with the ratio
  double unrelated_similarity = 0.25;  // assumed next-best similarity in a pile of one pair
  size_t candidates_per_document = 8;  // index hits kept per document, both directions
  size_t query_keys = 60;              // a document's most specific keys used to query the index
  double max_df_fraction = 0.2;  // keys in more of a side's documents do not generate candidates
  size_t translations_per_word = 3;  // lexicon translations a Vietnamese word contributes
  // Key weights relative to words. Codes ("59-NQ/TW") and dates are specific
  // to one event; names and plain numbers also come from capitalised common
  // words and counts, so they weigh less.
  double code_weight = 4.0;           // document codes, dates, fractions
  double name_weight = 1.0;           // capitalised words without diacritics
  double number_weight = 1.0;         // plain numbers
  int max_lag_days = 45;              // the English report may be published this many days later
  int max_lead_days = 2;              // ... or this many days earlier (time zones, back-dating)
  double date_mismatch_factor = 0.5;  // similarity factor when publication dates fall outside that
  // Pseudo-documents without any key added to the pile when weighting keys by
  // idf: in a pile of a few documents a key shared by a pair is not common.
  double idf_prior_documents = 10;
  int threads = 0;  // feature extraction threads; 0 = all cores
  // Pairing runs per shard of publication dates: the Vietnamese documents of
  // shard_days days and the English ones that may report them (within
  // max_lead_days / max_lag_days), keys weighted per shard. Memory then
  // follows one shard, not the pile, and shards can run on different
  // machines. Undated documents join every shard.
  int shard_days = 30;
  // Consecutive shards are merged until one holds this many Vietnamese
  // documents: keys weighted over a few dozen documents make weak margins
  // (on our synthetic dated pile, 30-day shards of ~75 pairs lost 1.2% of
  // the pairs and paired a distractor). Memory follows this, not the pile.
  size_t shard_min_documents = 1000;
};

struct DocumentPair {
  size_t vi = 0;  // index into the input documents
  size_t en = 0;
  double confidence = 0.0;  // in (0, 1); pairs are kept at >= min_confidence
  double similarity = 0.0;  // tf-idf cosine after the date factor
};

struct PairResult {
  std::vector<DocumentPair> pairs;  // in input order of the Vietnamese documents
  std::vector<size_t> unpaired_vi;  // indices, ascending
  std::vector<size_t> unpaired_en;
  size_t candidates = 0;  // (vi, en) pairs scored in full, far fewer than all pairs in large piles
};

// Pairs the documents with lang "vi" with those with lang "en" (others are
// ignored). Uses Document::sentences, Document::lang and Document::meta.date.
// The same as adding ExtractPairFeatures of every document to a FeaturePile
// and calling FeaturePile::Pair.
PairResult PairDocuments(const std::vector<Document>& docs, const Lexicon& lexicon,
                         const PairOptions& options = PairOptions());

// What pairing needs of one document, and nothing more: the stage between
// reading pages and pairing them, so that pages can be read on many machines
// (`songngu features --stdin`) and only these few keys travel to the pairing.
struct PairFeatures {
  std::string id;    // document name (the path), given back in the pairs
  std::string lang;  // "vi" or "en"; other documents are not paired
  std::string date;  // publication date, ISO 8601, or empty
  std::vector<std::pair<std::string, double>> keys;  // PairingKeys: raw counts, sorted by key
  // Sorts documents within a shard and breaks exact ties, so that the pairs do
  // not depend on the order in which an engine delivers them; empty: the id.
  std::string order;
};

// The date shards a document belongs to (PairOptions::shard_days): a
// Vietnamese document one, an English one those of the Vietnamese dates it may
// report (1-3), an undated one (or one of another language) every shard.
struct ShardRange {
  bool all = true;  // undated: every shard
  long first = 0;   // otherwise shards first..last
  long last = 0;
};
ShardRange PairShards(const std::string& lang, const std::string& date,
                      const PairOptions& options = PairOptions());

// Which date shards pair together: `shards` lists the shards that hold any
// document, ascending, each with its number of Vietnamese documents. Shards
// are taken in order into a group until it holds `min_documents` Vietnamese
// documents; a last group with fewer joins the one before. Returns the groups
// as [first, last] shard numbers. (scripts/corpus_dask.py repeats this rule.)
std::vector<std::pair<long, long>> GroupShards(const std::vector<std::pair<long, size_t>>& shards,
                                               size_t min_documents);

// A scored candidate pair: indices of documents (of a FeaturePile or of the
// list given to ChoosePairs) and their similarity (tf-idf cosine within the
// shard, after the date factor).
struct PairCandidate {
  size_t vi = 0;
  size_t en = 0;
  double similarity = 0;
};

// What the one-to-one choice needs of a document.
struct PairDoc {
  std::string id;
  std::string lang;
  std::string order;  // as PairFeatures::order; empty: the id
};

// The last step of pairing, over the candidates of all shards (a document
// pair found in several shards counts once, with its highest similarity):
// each candidate's confidence from its margin over both documents' next-best
// candidates, then the one-to-one choice by confidence (exact ties by the
// documents' order).
PairResult ChoosePairs(const std::vector<PairDoc>& docs, std::vector<PairCandidate> candidates,
                       const PairOptions& options = PairOptions());

PairFeatures ExtractPairFeatures(const Document& doc, const Lexicon& lexicon,
                                 const PairOptions& options = PairOptions());

// The features of a whole pile, spilled to a temporary file: memory holds 24
// bytes per document (where its record is, its language and date), never
// its id or keys. Pair() reads one group of date shards at a time (keys
// interned per group) and spills the candidates too, so `corpus build` and
// `songngu pair --stdin` pair piles far larger than memory, in memory that
// follows the largest group plus a few bytes per document.
// Pairing depends only on the features, not on their order of addition, so
// one process and a cluster that pairs each shard elsewhere (`songngu pair
// --stdin --route | sort | --candidates | --choose`) give the same pairs.
class FeaturePile {
 public:
  FeaturePile();
  ~FeaturePile();
  FeaturePile(const FeaturePile&) = delete;
  FeaturePile& operator=(const FeaturePile&) = delete;

  // Appends one document; its index in PairResult is the number added before.
  void Add(const PairFeatures& features);
  size_t size() const { return docs_.size(); }
  // Writes the part held in memory to the temporary file and frees it (a
  // few MB): for a pile kept only to look ids up while aligning. Adding
  // after Seal() is allowed (a new part is then held).
  void Seal();
  // Read back from the temporary file; safe from several threads once no
  // document is added any more.
  std::string id(size_t i) const;
  std::string lang(size_t i) const;
  PairDoc doc(size_t i) const;
  // Candidates from an inverted index over rare keys, tf-idf cosine damped
  // outside the date window (see the comment at the top of this file), shard
  // by shard; ChoosePairs of them.
  PairResult Pair(const PairOptions& options = PairOptions()) const;
  // The candidates of every shard, a pair found in several shards once (all
  // in memory: for tests and small piles).
  std::vector<PairCandidate> Candidates(const PairOptions& options = PairOptions()) const;
  // The candidates among `members` (pile indices) taken as one shard.
  std::vector<PairCandidate> ShardCandidates(std::vector<size_t> members,
                                             const PairOptions& options = PairOptions()) const;
  // Documents in the largest shard paired so far (what memory follows).
  size_t peak_shard_documents() const { return peak_shard_documents_; }

 private:
  struct Entry {
    uint64_t offset = 0;        // its record in the spill
    uint32_t header_bytes = 0;  // id, language, order, date
    uint32_t key_bytes = 0;     // then its keys
    int32_t days =
        std::numeric_limits<int32_t>::min();  // publication date (days since 1970), or min
    uint8_t lang = 0;                         // 1 vi, 2 en, 0 another language
  };
  class Spill;
  // Order key of a document (PairFeatures::order, or its id).
  std::string Order(size_t i) const;
  // Pairs each group of date shards (GroupShards); `use` gets its candidates
  // and the number of groups.
  void ForEachGroup(
      const PairOptions& options,
      const std::function<void(const std::vector<PairCandidate>&, size_t groups)>& use) const;
  std::vector<Entry> docs_;
  std::unique_ptr<Spill> spill_;
  mutable size_t peak_shard_documents_ = 0;
};

// The raw key counts of one document (before tf-idf), as used by the pairing:
// "w:STEM" words (Vietnamese: the stems of their translations, fractional),
// "name:FOLDED" names and the number, code and date tokens of
// aligner/anchors.h ("code:59-nq/tw", "date:5-28"). Exposed for tests.
std::vector<std::pair<std::string, double>> PairingKeys(const Document& doc, const Lexicon& lexicon,
                                                        const PairOptions& options = PairOptions());

// Whether two pages look like reports of the same event. First the evidence
// PairDocuments uses (tf-idf cosine of words, names, numbers, codes and
// dates, with the publication-date factor) for just these two documents;
// where that is undecided, the sentence alignment itself: reports of one
// event share several confidently linked sentences, pages about different
// events with the same officials at most one or two. `songngu align` links
// nothing between pages that fail (unless --force): they share names and
// titles in most sentences, and no per-link threshold keeps all such links out.
//
// Thresholds from the news set's calibration half (bench/news, odd pairs and
// negatives; bench/README.md): true pairs have similarity 0.37-0.45 except one
// whose English date line reads as another month (0.21), hard negatives
// 0.10-0.25; IWSLT15 dev2010 talks 0.46 and more.
struct EventGateOptions {
  // At or above: the same event, given at least min_links_when_similar
  // confident links (or the share below, on short pages). Similarity alone
  // is no proof: a report negative of the news set (an investment conference
  // against the June meeting, the same chairman) reaches 0.350 with one
  // confident link; every true pair of the set has five or more.
  double same_similarity = 0.35;
  int min_links_when_similar = 2;
  double different_similarity = 0.20;  // below: different events
  // In between, the same event when at least this many links reach
  // link_min_score (or, on short pages, this share of the shorter side's sentences).
  int min_links = 3;
  double min_linked_share = 0.3;
  double link_min_score = 0.5;
  PairOptions pairing;  // key weights and translations, as for `pair`
};

struct EventGate {
  bool same_event = true;
  double similarity = 0;    // the pair's cosine, after the date factor
  int confident_links = 0;  // links at link_min_score or more (when the alignment decided)
};

// `alignment` is the documents' alignment (Align with any options).
EventGate CheckSameEvent(const Document& vi, const Document& en, const Lexicon& lexicon,
                         const Alignment& alignment,
                         const EventGateOptions& options = EventGateOptions());

// Days from the Vietnamese to the English publication date (Document::meta.date,
// ISO 8601); false when either is missing or not a date.
bool PublicationLagDays(const Document& vi, const Document& en, long* days);

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_PAIR_H_
