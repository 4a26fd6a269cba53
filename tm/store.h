// TmStore: the translation memory, one SQLite file. The only owner of SQL.
//
// Contract:
// - WAL mode, busy timeout: many readers while one process writes. A locked
//   or corrupt file raises songngu::Error naming the file.
// - Schema version in PRAGMA user_version, upgraded on open by the ordered
//   migration steps in store.cc (kMigrations); a newer file is refused.
// - Every write runs in a transaction. Several writes can share one with
//   TmStore::Transaction (rolled back by its destructor unless committed), so
//   an import is stored entirely or not at all.
// - Units with the same vi and en text (NFC) are merged: the first one stays,
//   its dup_count grows.
// - Search candidates come from a word inverted index (table `posting`,
//   delta-varint blobs per word with each unit's length, one row per word and
//   flush); no full scan. Rarest words are read first, common ones skipped past
//   a budget; units too short or too long for min_score are never looked at.
// - One TmStore is one SQLite connection: use one per thread.
#ifndef SONGNGU_TM_STORE_H_
#define SONGNGU_TM_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "aligner/document.h"
#include "tm/fuzzy.h"

namespace SQLite {
class Database;
}

namespace songngu {

class TmStore;
namespace internal {
SQLite::Database& Database(TmStore& store);  // tm/store_internal.h
}

enum class Origin { kAligned, kImported, kTranslated, kEdited };
enum class Review { kUnreviewed, kAccepted, kRejected };
enum class Lang { kVi, kEn };

const char* OriginName(Origin o);  // "aligned", "imported", "translated", "edited"
const char* ReviewName(Review r);  // "unreviewed", "accepted", "rejected"
std::optional<Origin> ParseOrigin(std::string_view s);
std::optional<Review> ParseReview(std::string_view s);

// What a caller stores. Text is converted to NFC on the way in.
struct UnitInput {
  std::string vi;
  std::string en;
  std::string external_id;            // TMX tuid or caller id; may be empty
  Origin origin = Origin::kImported;  // how the pair came about
  Review review = Review::kUnreviewed;  // aligned units start unreviewed
  std::optional<double> score;        // alignment confidence (0-1), none for imported pairs
  int64_t vi_doc = 0;                 // document ids from AddDocument, 0 = unknown
  int64_t en_doc = 0;
  std::string props;                  // JSON object text: TMX props/notes/inline tags; "" = none
};

struct Unit : UnitInput {
  int64_t id = 0;
  int64_t batch = 0;
  int dup_count = 1;   // how many times the same pair was added
  int use_count = 0;   // how often a suggestion from it was used (RecordUse)
  std::string created;  // ISO 8601 UTC
  std::string changed;
};

struct AddResult {
  int64_t id = 0;
  bool merged = false;  // an identical pair existed; its dup_count grew
};

struct SearchOptions {
  Lang from = Lang::kVi;       // which side the query is in
  double min_score = 70;       // drop matches below this (0-100)
  size_t limit = 5;            // best matches returned
  size_t max_candidates = 200;  // candidates scored exactly, taken by word overlap from the index
  // Index entries read per query, rarest words first; commoner words beyond it only
  // loosen the overlap bound. Bounds the time per query on large TMs.
  size_t max_postings = 300000;
  bool include_unreviewed = true;  // unreviewed units come back flagged
};

struct Match {
  Unit unit;
  double score = 0;            // 0-100
  const char* band = "";       // ScoreBand(score)
  std::string source;          // the unit's text on the query side
  std::string target;          // the other side, numbers substituted when they differ
  bool numbers_differ = false;
  bool target_substituted = false;  // every differing number was placed in target
  std::vector<DiffSpan> diffs;
};

struct StoreStats {
  int64_t units = 0, accepted = 0, unreviewed = 0, rejected = 0;
  int64_t duplicates_merged = 0;  // sum of (dup_count - 1)
  int64_t documents = 0, batches = 0;
  int schema_version = 0;
};

struct BatchInfo {
  int64_t id = 0;
  std::string kind, description, created;
  int64_t units = 0;
};

struct ExportFilter {
  std::optional<double> min_score;  // units with a lower alignment score are left out; unscored pass
  bool include_unreviewed = true;   // rejected units are never exported
  std::function<bool(const Unit&)> keep;  // a further selection (one split of a corpus); empty = all
  // Read at most this many units (the oldest first, before `keep`): a sample
  // that must not cost a scan of a million-unit TM. 0 = all.
  size_t limit = 0;
};

struct GlossaryEntry;  // tm/glossary.h

// The current time as the TM stores it: ISO 8601 UTC, "2026-11-26T09:48:00Z".
std::string NowIso();

class TmStore {
 public:
  struct Options {
    bool read_only = false;      // open an existing file without writing
    int busy_timeout_ms = 10000;  // wait this long for another writer before "locked"
    // SQLite page cache of this connection, in KiB (PRAGMA cache_size). 64 MB
    // keeps a 100k-unit TM's hot index pages in memory for a batch job's one
    // connection; a server with many connections to one file needs far less
    // each (the OS page cache holds the file once for all of them). At least 64.
    int cache_kib = 65536;
  };

  // Opens or creates the file (":memory:" works) and migrates its schema.
  explicit TmStore(const std::string& path);
  TmStore(const std::string& path, const Options& options);
  ~TmStore();
  TmStore(const TmStore&) = delete;
  TmStore& operator=(const TmStore&) = delete;

  const std::string& path() const;

  // Groups writes into one SQLite transaction; rolls back unless Commit().
  class Transaction {
   public:
    explicit Transaction(TmStore& store);
    ~Transaction();
    void Commit();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

   private:
    TmStore& store_;
    bool done_ = false;
  };

  // A new batch (kind: "import", "align", "corpus", ...); returns its id.
  int64_t BeginBatch(std::string_view kind, std::string_view description);
  // Records a source document; the same content in the same language gives the same id.
  int64_t AddDocument(const DocumentMeta& meta, std::string_view lang, std::string_view name,
                      std::string_view content, int64_t batch);
  // The id of the stored document with this content in this language (the
  // same content hash as AddDocument), if any: lets a batch job resume.
  std::optional<int64_t> FindDocument(std::string_view lang, std::string_view content);
  AddResult AddUnit(const UnitInput& unit, int64_t batch);
  std::vector<AddResult> AddUnits(const std::vector<UnitInput>& units, int64_t batch);

  void SetReview(int64_t unit_id, Review review);
  void RecordUse(int64_t unit_id);
  // Removes a batch's units and documents / one document's units. Returns units removed.
  int64_t DeleteBatch(int64_t batch);
  int64_t DeleteDocument(int64_t document);
  // Consistent copy while others read and write (SQLite online backup).
  void Backup(const std::string& dest_path);

  std::vector<Match> Search(std::string_view text, const SearchOptions& options = SearchOptions());
  // Units whose key contains the phrase's words contiguously (`from` side), newest first.
  std::vector<Unit> FindPhrase(std::string_view phrase, Lang from, size_t limit);

  std::optional<Unit> GetUnit(int64_t id);
  // Up to `limit` units with this review status and an id above `after_id`, in id
  // order: pages through the review queue (next page: after_id = last id).
  std::vector<Unit> UnitsByReview(Review review, size_t limit, int64_t after_id = 0);
  // Every non-rejected unit passing the filter, in id order.
  void ForEachUnit(const ExportFilter& filter, const std::function<void(const Unit&)>& fn);
  // (vi, en, dup_count) of accepted and unreviewed units: the lexicon training corpus.
  void ForEachTrainingPair(const std::function<void(const std::string&, const std::string&, int)>& fn);
  // Number of index entries a word has on one side (its document frequency).
  int64_t WordFrequency(std::string_view key_word, Lang lang);

  // The TM's own glossary (schema step 2). Entries with the same vi, en and
  // validity period replace the stored details; returns rows written.
  int64_t AddGlossaryEntries(const std::vector<GlossaryEntry>& entries);
  // Every stored entry, priority 1 (over the shipped default), in insertion order.
  std::vector<GlossaryEntry> GlossaryEntries();

  // The lexicon trained on this TM's units (schema step 3; `songngu lexicon
  // train --from-tm`), in the lexicon file format; align and suggest use it
  // when no --lexicon is given. Setting replaces the stored one.
  void SetLexicon(std::string_view data, int64_t trained_pairs);
  std::optional<std::string> GetLexicon();
  // Cheap fingerprints of the stored lexicon and of the TM's glossary ("" = none
  // stored): they change when any process replaces the lexicon or adds or rewrites
  // glossary entries, so a long-running reader (songngu serve) knows when to reload.
  std::string LexiconStamp();
  std::string GlossaryStamp();

  // Word alignment inside units (schema step 4; tm/wordalign.h): links in
  // "vi-en" word-index form per unit id, all written in one transaction; ids
  // that are not (or no longer) units are skipped. A unit's row goes when the
  // unit is deleted or its text changes.
  void SetWordAlignments(const std::vector<std::pair<int64_t, std::string>>& links);
  // Computes a new unit's word alignment ("vi-en" links) from its NFC text.
  // Called from up to two threads at once.
  using WordAligner = std::function<std::string(const std::string& vi, const std::string& en)>;
  // With an aligner set, AddUnit and AddUnits store each new unit's word
  // alignment in the same transaction as the unit, so what any writer adds
  // (import, align --store, corpus build, the server) is ready for fuzzy repair
  // without `tm wordalign`. Empty (the default): units get one from `tm
  // wordalign`, or suggest computes it when it needs it, unstored.
  void SetWordAligner(WordAligner aligner);
  std::optional<std::string> GetWordAlignment(int64_t unit_id);
  int64_t WordAlignedUnits();  // units with a stored word alignment
  StoreStats Stats();  // reads every unit row: slow on a large TM
  // Only `units`, `accepted`, `unreviewed` and `rejected` (the rest 0), from
  // the review index alone: milliseconds where Stats() reads every row (the
  // workbench's review queue asks on every first page).
  StoreStats ReviewCounts();
  // Number of units (rejected included) from the index alone: cheap, for per-query statistics.
  int64_t UnitCount();
  std::vector<BatchInfo> Batches();

 private:
  friend SQLite::Database& internal::Database(TmStore& store);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace songngu

#endif  // SONGNGU_TM_STORE_H_
