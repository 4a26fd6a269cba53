#include "tm/store.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <exception>
#include <functional>
#include <thread>
#include <unordered_map>

#include "aligner/error.h"
#include "aligner/normalize.h"
#include "tm/glossary.h"
#include "tm/store_internal.h"

namespace songngu {
namespace {

// Schema migrations, applied in order; step i brings user_version from i to i + 1.
// To add a table (e.g. the glossary): append one string with its CREATE
// statements. Never edit a step that has shipped: files in the wild have run it.
const char* const kMigrations[] = {
    // 1: batches, documents, units, word index.
    R"sql(
CREATE TABLE batch(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL);
CREATE TABLE document(
  id INTEGER PRIMARY KEY,
  batch INTEGER REFERENCES batch(id),
  name TEXT NOT NULL DEFAULT '',
  lang TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL DEFAULT '',
  translator TEXT NOT NULL DEFAULT '',
  content_hash TEXT NOT NULL,
  created TEXT NOT NULL);
CREATE INDEX document_hash ON document(content_hash, lang);
CREATE INDEX document_batch ON document(batch);
CREATE TABLE unit(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  vi TEXT NOT NULL,
  en TEXT NOT NULL,
  vi_key TEXT NOT NULL,
  en_key TEXT NOT NULL,
  pair_hash INTEGER NOT NULL,
  external_id TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL,
  review TEXT NOT NULL,
  score REAL,
  vi_doc INTEGER,
  en_doc INTEGER,
  batch INTEGER,
  created TEXT NOT NULL,
  changed TEXT NOT NULL,
  use_count INTEGER NOT NULL DEFAULT 0,
  dup_count INTEGER NOT NULL DEFAULT 1,
  props TEXT NOT NULL DEFAULT '');
CREATE INDEX unit_pair ON unit(pair_hash);
CREATE INDEX unit_batch ON unit(batch);
CREATE INDEX unit_vi_doc ON unit(vi_doc) WHERE vi_doc IS NOT NULL;
CREATE INDEX unit_en_doc ON unit(en_doc) WHERE en_doc IS NOT NULL;
-- Word index: lang 0 = vi, 1 = en; ids = ascending unit ids as delta varints.
-- A word has one row per flush; rows are merged when they pile up.
CREATE TABLE posting(
  id INTEGER PRIMARY KEY,
  lang INTEGER NOT NULL,
  term TEXT NOT NULL,
  n INTEGER NOT NULL,
  ids BLOB NOT NULL);
CREATE INDEX posting_term ON posting(lang, term, n);
)sql",
    // 2: the TM's own glossary (tm/glossary.h); its entries override the shipped default.
    R"sql(
CREATE TABLE glossary(
  id INTEGER PRIMARY KEY,
  vi TEXT NOT NULL,
  en TEXT NOT NULL,
  en_female TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'term',
  expands TEXT NOT NULL DEFAULT '',
  valid_from TEXT NOT NULL DEFAULT '',
  valid_to TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL);
CREATE UNIQUE INDEX glossary_entry ON glossary(vi, en, valid_from, valid_to);
)sql",
    // 3: the lexicon trained on this TM (Lexicon file format), one row.
    R"sql(
CREATE TABLE lexicon(
  id INTEGER PRIMARY KEY CHECK(id = 1),
  data BLOB NOT NULL,
  trained_pairs INTEGER NOT NULL,
  created TEXT NOT NULL);
)sql",
    // 4: word alignment inside units (tm/wordalign.h): "vi-en" word index pairs.
    // Dropped with its unit, and when the unit's text changes.
    R"sql(
CREATE TABLE word_alignment(
  unit_id INTEGER PRIMARY KEY,
  links TEXT NOT NULL,
  created TEXT NOT NULL);
CREATE TRIGGER unit_delete_word_alignment AFTER DELETE ON unit BEGIN
  DELETE FROM word_alignment WHERE unit_id = old.id;
END;
CREATE TRIGGER unit_text_word_alignment AFTER UPDATE OF vi, en ON unit BEGIN
  DELETE FROM word_alignment WHERE unit_id = old.id;
END;
)sql",
    // 5: review from the page (tm/review.h): the audit log of every review and
    // glossary change (what undo reverts), a glossary rendering's standing
    // (preferred / deprecated), and the review queue's indexes (status newest
    // first; status and score band, which would otherwise scan a TM without scores).
    R"sql(
ALTER TABLE glossary ADD COLUMN status TEXT NOT NULL DEFAULT '';
CREATE TABLE audit(
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  who TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '',
  undone INTEGER NOT NULL DEFAULT 0);
CREATE TABLE audit_change(
  audit INTEGER NOT NULL REFERENCES audit(id),
  unit INTEGER NOT NULL,
  before TEXT NOT NULL,
  after TEXT NOT NULL);
CREATE INDEX audit_change_audit ON audit_change(audit);
CREATE INDEX unit_review ON unit(review, id);
CREATE INDEX unit_review_score ON unit(review, score);
)sql",
};
constexpr int kSchemaVersion = sizeof(kMigrations) / sizeof(kMigrations[0]);

// Index rows per word before they are merged into one.
constexpr int kMaxSegmentsPerTerm = 8;
// Pending index entries kept in memory before a flush inside a transaction.
constexpr size_t kFlushEntries = 8'000'000;


uint64_t Fnv1a(std::string_view s, uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

int64_t PairHash(std::string_view vi, std::string_view en) {
  uint64_t h = Fnv1a(vi);
  h = Fnv1a("\t", h);
  h = Fnv1a(en, h);
  return static_cast<int64_t>(h);
}

void PutVarint(std::string& out, uint32_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

// Index entry: unit id << 8 | the unit's word count on that side (capped at 255),
// so a search can drop units of impossible length without reading them.
using Entry = uint64_t;
constexpr Entry MakeEntry(uint32_t id, size_t words) { return static_cast<Entry>(id) << 8 | std::min<size_t>(words, 255); }

template <typename Fn>
void DecodeEntries(const void* data, int size, Fn fn) {
  const auto* p = static_cast<const unsigned char*>(data);
  const auto* end = p + size;
  uint32_t last = 0;
  while (p < end) {
    uint32_t v = 0;
    int shift = 0;
    while (p < end) {
      unsigned char b = *p++;
      v |= static_cast<uint32_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) break;
      shift += 7;
    }
    last += v;
    if (p >= end) break;  // truncated entry
    fn(last, *p++);
  }
}

// Ascending ids as delta varints, each followed by its length byte.
std::string EncodeEntries(const std::vector<Entry>& entries) {
  std::string out;
  out.reserve(entries.size() * 3);
  uint32_t last = 0;
  for (Entry e : entries) {
    uint32_t id = static_cast<uint32_t>(e >> 8);
    PutVarint(out, id - last);
    out.push_back(static_cast<char>(e & 0xff));
    last = id;
  }
  return out;
}

// Index terms of a key: its distinct words.
std::vector<std::string> IndexTerms(std::string_view key, size_t* word_count = nullptr) {
  std::vector<std::string> words = Words(key);
  if (word_count) *word_count = words.size();
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// ToNfc and MatchingKey with a fast path for ASCII text (most English segments):
// there NFC is the identity and the key is lower case with white space collapsed.
std::string Nfc(std::string_view s) { return IsAscii(s) ? std::string(s) : ToNfc(s); }

std::string Key(std::string_view s) {
  if (!IsAscii(s)) return MatchingKey(s);
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (char c : s) {
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out += ' ';
      pending_space = false;
    }
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

bool HasDigit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string NowIso() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

const char* OriginName(Origin o) {
  switch (o) {
    case Origin::kAligned: return "aligned";
    case Origin::kImported: return "imported";
    case Origin::kTranslated: return "translated";
    case Origin::kEdited: return "edited";
  }
  return "imported";
}

const char* ReviewName(Review r) {
  switch (r) {
    case Review::kUnreviewed: return "unreviewed";
    case Review::kAccepted: return "accepted";
    case Review::kRejected: return "rejected";
  }
  return "unreviewed";
}

std::optional<Origin> ParseOrigin(std::string_view s) {
  for (Origin o : {Origin::kAligned, Origin::kImported, Origin::kTranslated, Origin::kEdited}) {
    if (s == OriginName(o)) return o;
  }
  return std::nullopt;
}

std::optional<Review> ParseReview(std::string_view s) {
  for (Review r : {Review::kUnreviewed, Review::kAccepted, Review::kRejected}) {
    if (s == ReviewName(r)) return r;
  }
  return std::nullopt;
}

// The pure (SQL-free) part of adding a unit: normalization, keys, index terms.
// Thread-safe, so large batches prepare on two threads.
struct PreparedUnit {
  std::string vi, en, key[2];
  int64_t hash = 0;
  std::vector<std::string> terms[2];
  size_t length[2] = {0, 0};
};

PreparedUnit PrepareUnit(const UnitInput& in) {
  PreparedUnit p;
  p.vi = Nfc(in.vi);
  p.en = Nfc(in.en);
  p.hash = PairHash(p.vi, p.en);
  p.key[0] = Key(TextForMatching(p.vi));
  p.key[1] = Key(TextForMatching(p.en));
  for (int lang = 0; lang < 2; ++lang) p.terms[lang] = IndexTerms(p.key[lang], &p.length[lang]);
  return p;
}

struct TmStore::Impl {
  std::string path;
  SQLite::Database db;
  int txn_depth = 0;
  // Index entries added in the open transaction, per (lang, term), ascending ids.
  std::unordered_map<std::string, std::vector<Entry>> pending[2];
  size_t pending_entries = 0;
  TmStore::WordAligner word_aligner;  // SetWordAligner; empty = none
  std::vector<uint32_t> counts;   // per unit id, reused across searches
  std::vector<uint32_t> touched;

  std::unique_ptr<SQLite::Statement> get_key, find_pair, insert_unit, bump_dup, term_n, term_ids,
      get_unit, insert_links;

  // Resets the cached statements when a public call ends: a stepped statement
  // keeps its read transaction, and with it an old snapshot, open.
  struct ResetOnExit {
    Impl& im;
    // tryReset: after a failed step (disk full) reset() repeats the error as
    // an exception, which from a destructor during unwinding ends the process.
    ~ResetOnExit() {
      for (auto* s : {&im.get_key, &im.find_pair, &im.insert_unit, &im.bump_dup, &im.term_n,
                      &im.term_ids, &im.get_unit, &im.insert_links}) {
        if (*s) (*s)->tryReset();
      }
    }
  };

  Impl(const std::string& p, const Options& o)
      : path(p),
        db(p, o.read_only ? SQLite::OPEN_READONLY : (SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE),
           o.busy_timeout_ms) {
    for (auto& p : pending) p.reserve(1 << 16);
  }

  [[noreturn]] void Fail(const std::exception& e) const {
    std::string what = e.what();
    if (what.find("locked") != std::string::npos || what.find("busy") != std::string::npos) {
      what += " (another process is writing; try again later)";
    }
    throw Error(FormatLocation(path, what));
  }

  SQLite::Statement& Prepare(std::unique_ptr<SQLite::Statement>& s, const char* sql) {
    if (!s) s = std::make_unique<SQLite::Statement>(db, sql);
    s->reset();
    s->clearBindings();
    return *s;
  }

  void Migrate(bool read_only) {
    int version = db.execAndGet("PRAGMA user_version").getInt();
    if (version > kSchemaVersion) {
      throw Error(FormatLocation(path, "schema version " + std::to_string(version) +
                                           " is newer than this songngu understands (" +
                                           std::to_string(kSchemaVersion) + ")"));
    }
    if (version == kSchemaVersion) return;
    if (read_only) throw Error(FormatLocation(path, "needs a schema upgrade; open it writable once"));
    SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
    version = db.execAndGet("PRAGMA user_version").getInt();  // another process may have migrated
    for (int v = version; v < kSchemaVersion; ++v) {
      db.exec(kMigrations[v]);
      db.exec("PRAGMA user_version = " + std::to_string(v + 1));
    }
    t.commit();
  }

  void Begin() {
    if (txn_depth++ == 0) db.exec("BEGIN IMMEDIATE");
  }
  void Commit() {
    if (--txn_depth == 0) {
      FlushPostings();
      db.exec("COMMIT");
    }
  }
  void Rollback() {
    if (txn_depth > 0 && --txn_depth == 0) {
      for (auto& p : pending) p.clear();
      pending_entries = 0;
      try {
        db.exec("ROLLBACK");
      } catch (const SQLite::Exception&) {
        // The transaction may already be gone (SQLite rolls back on some errors).
      }
    }
  }

  void IndexUnit(uint32_t id, PreparedUnit& p) {
    for (int lang = 0; lang < 2; ++lang) {
      for (std::string& t : p.terms[lang]) {
        pending[lang][std::move(t)].push_back(MakeEntry(id, p.length[lang]));
        ++pending_entries;
      }
    }
    if (pending_entries >= kFlushEntries) FlushPostings();
  }

  void FlushPostings() {
    SQLite::Statement ins(db, "INSERT INTO posting(lang, term, n, ids) VALUES(?, ?, ?, ?)");
    SQLite::Statement count(db, "SELECT count(*) FROM posting WHERE lang = ? AND term = ?");
    for (int lang = 0; lang < 2; ++lang) {
      for (auto& [term, ids] : pending[lang]) {
        std::string blob = EncodeEntries(ids);
        ins.bind(1, lang);
        ins.bind(2, term);
        ins.bind(3, static_cast<int64_t>(ids.size()));
        ins.bind(4, blob.data(), static_cast<int>(blob.size()));
        ins.exec();
        ins.reset();
        count.bind(1, lang);
        count.bind(2, term);
        count.executeStep();
        int segments = count.getColumn(0).getInt();
        count.reset();
        if (segments > kMaxSegmentsPerTerm) RewriteTerm(lang, term, nullptr);
      }
      pending[lang].clear();
    }
    pending_entries = 0;
  }

  // Merges a term's rows into one, dropping ids for which `drop` is true.
  void RewriteTerm(int lang, const std::string& term, const std::function<bool(uint32_t)>* drop) {
    std::vector<Entry> ids;
    {
      SQLite::Statement sel(db, "SELECT ids FROM posting WHERE lang = ? AND term = ?");
      sel.bind(1, lang);
      sel.bind(2, term);
      while (sel.executeStep()) {
        SQLite::Column c = sel.getColumn(0);
        DecodeEntries(c.getBlob(), c.getBytes(), [&](uint32_t id, unsigned length) {
          if (!drop || !(*drop)(id)) ids.push_back(MakeEntry(id, length));
        });
      }
    }
    std::sort(ids.begin(), ids.end());
    SQLite::Statement del(db, "DELETE FROM posting WHERE lang = ? AND term = ?");
    del.bind(1, lang);
    del.bind(2, term);
    del.exec();
    if (ids.empty()) return;
    std::string blob = EncodeEntries(ids);
    SQLite::Statement ins(db, "INSERT INTO posting(lang, term, n, ids) VALUES(?, ?, ?, ?)");
    ins.bind(1, lang);
    ins.bind(2, term);
    ins.bind(3, static_cast<int64_t>(ids.size()));
    ins.bind(4, blob.data(), static_cast<int>(blob.size()));
    ins.exec();
  }

  int64_t TermCount(int lang, const std::string& term) {
    auto& s = Prepare(term_n, "SELECT coalesce(sum(n), 0) FROM posting WHERE lang = ? AND term = ?");
    s.bind(1, lang);
    s.bind(2, term);
    s.executeStep();
    return s.getColumn(0).getInt64();
  }

  template <typename Fn>
  void TermIds(int lang, const std::string& term, Fn fn) {
    auto& s = Prepare(term_ids, "SELECT ids FROM posting WHERE lang = ? AND term = ?");
    s.bind(1, lang);
    s.bind(2, term);
    while (s.executeStep()) {
      SQLite::Column c = s.getColumn(0);
      DecodeEntries(c.getBlob(), c.getBytes(), fn);
    }
  }

  static constexpr const char* kUnitColumns =
      "id, vi, en, external_id, origin, review, score, vi_doc, en_doc, batch, dup_count, use_count, "
      "created, changed, props, vi_key, en_key";

  static Unit ReadUnit(SQLite::Statement& s, std::string* vi_key = nullptr, std::string* en_key = nullptr) {
    Unit u;
    u.id = s.getColumn(0).getInt64();
    u.vi = s.getColumn(1).getString();
    u.en = s.getColumn(2).getString();
    u.external_id = s.getColumn(3).getString();
    u.origin = ParseOrigin(s.getColumn(4).getString()).value_or(Origin::kImported);
    u.review = ParseReview(s.getColumn(5).getString()).value_or(Review::kUnreviewed);
    if (!s.getColumn(6).isNull()) u.score = s.getColumn(6).getDouble();
    u.vi_doc = s.getColumn(7).getInt64();
    u.en_doc = s.getColumn(8).getInt64();
    u.batch = s.getColumn(9).getInt64();
    u.dup_count = s.getColumn(10).getInt();
    u.use_count = s.getColumn(11).getInt();
    u.created = s.getColumn(12).getString();
    u.changed = s.getColumn(13).getString();
    u.props = s.getColumn(14).getString();
    if (vi_key) *vi_key = s.getColumn(15).getString();
    if (en_key) *en_key = s.getColumn(16).getString();
    return u;
  }

  AddResult Add(const UnitInput& in, PreparedUnit&& p, int64_t batch, const std::string& now) {
    auto& f = Prepare(find_pair, "SELECT id, vi, en FROM unit WHERE pair_hash = ?");
    f.bind(1, p.hash);
    while (f.executeStep()) {
      if (f.getColumn(1).getString() == p.vi && f.getColumn(2).getString() == p.en) {
        int64_t id = f.getColumn(0).getInt64();
        f.reset();
        auto& b = Prepare(bump_dup, "UPDATE unit SET dup_count = dup_count + 1, changed = ? WHERE id = ?");
        b.bind(1, now);
        b.bind(2, id);
        b.exec();
        return {id, true};
      }
    }
    auto& s = Prepare(insert_unit,
                      "INSERT INTO unit(vi, en, vi_key, en_key, pair_hash, external_id, origin, review, "
                      "score, vi_doc, en_doc, batch, created, changed, props) "
                      "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, p.vi);
    s.bind(2, p.en);
    s.bind(3, p.key[0]);
    s.bind(4, p.key[1]);
    s.bind(5, p.hash);
    s.bind(6, in.external_id);
    s.bind(7, OriginName(in.origin));
    s.bind(8, ReviewName(in.review));
    if (in.score) s.bind(9, *in.score); else s.bind(9);
    if (in.vi_doc) s.bind(10, in.vi_doc); else s.bind(10);
    if (in.en_doc) s.bind(11, in.en_doc); else s.bind(11);
    if (batch) s.bind(12, batch); else s.bind(12);
    s.bind(13, now);
    s.bind(14, now);
    s.bind(15, in.props);
    s.exec();
    int64_t id = db.getLastInsertRowid();
    SONGNGU_THROW_IF(id > UINT32_MAX, FormatLocation(path, "more than 4 billion units"));
    IndexUnit(static_cast<uint32_t>(id), p);
    return {id, false};
  }

  // Word alignments of units just inserted (ids and their prepared text), when
  // an aligner is set: computed on two threads, written in the open transaction.
  void AlignNewUnits(const std::vector<std::pair<int64_t, const PreparedUnit*>>& fresh,
                     const std::string& now) {
    if (!word_aligner || fresh.empty()) return;
    std::vector<std::string> links(fresh.size());
    std::exception_ptr failed;
    auto align = [&](size_t begin, size_t end) {
      for (size_t i = begin; i < end; ++i)
        links[i] = word_aligner(fresh[i].second->vi, fresh[i].second->en);
    };
    const size_t half = fresh.size() >= 16 ? fresh.size() / 2 : fresh.size();
    std::thread helper([&] {
      try {
        align(half, fresh.size());
      } catch (...) {
        failed = std::current_exception();
      }
    });
    try {
      align(0, half);
    } catch (...) {
      helper.join();
      throw;
    }
    helper.join();
    if (failed) std::rethrow_exception(failed);
    auto& s =
        Prepare(insert_links,
                "INSERT OR REPLACE INTO word_alignment(unit_id, links, created) VALUES(?, ?, ?)");
    for (size_t i = 0; i < fresh.size(); ++i) {
      s.bind(1, fresh[i].first);
      s.bind(2, links[i]);
      s.bind(3, now);
      s.exec();
      s.reset();
    }
  }

  // Throws "PATH: no WHAT ID" unless `table` has a row with that id.
  void RequireRow(const char* table, const char* what, int64_t id) {
    SQLite::Statement f(db, std::string("SELECT count(*) FROM ") + table + " WHERE id = ?");
    f.bind(1, id);
    f.executeStep();
    SONGNGU_THROW_IF(f.getColumn(0).getInt() == 0,
                     FormatLocation(path, std::string("no ") + what + " " + std::to_string(id)));
  }

  // Deletes the units selected by `where` (SQL condition on unit, one bound id).
  int64_t DeleteUnits(const char* where, int64_t arg) {
    std::unordered_map<std::string, bool> terms[2];
    std::vector<uint32_t> ids;
    {
      SQLite::Statement s(db, std::string("SELECT id, vi_key, en_key FROM unit WHERE ") + where);
      s.bind(1, arg);
      while (s.executeStep()) {
        ids.push_back(static_cast<uint32_t>(s.getColumn(0).getInt64()));
        for (int lang = 0; lang < 2; ++lang) {
          for (std::string& t : IndexTerms(s.getColumn(1 + lang).getString())) terms[lang][std::move(t)] = true;
        }
      }
    }
    std::sort(ids.begin(), ids.end());
    std::function<bool(uint32_t)> drop = [&](uint32_t id) { return std::binary_search(ids.begin(), ids.end(), id); };
    FlushPostings();
    for (int lang = 0; lang < 2; ++lang) {
      for (const auto& [t, unused] : terms[lang]) RewriteTerm(lang, t, &drop);
    }
    SQLite::Statement d(db, std::string("DELETE FROM unit WHERE ") + where);
    d.bind(1, arg);
    return d.exec();
  }
};

TmStore::TmStore(const std::string& path) : TmStore(path, Options()) {}

TmStore::TmStore(const std::string& path, const Options& options) {
  try {
    impl_ = std::make_unique<Impl>(path, options);
    // Fails here, not later, on a file that is not a database.
    impl_->db.execAndGet("SELECT count(*) FROM sqlite_schema");
    if (!options.read_only && path != ":memory:" && !path.empty()) {
      std::string mode = impl_->db.execAndGet("PRAGMA journal_mode = WAL").getString();
      (void)mode;
      impl_->db.exec("PRAGMA synchronous = NORMAL");
    }
    impl_->db.exec("PRAGMA foreign_keys = OFF");
    impl_->db.exec("PRAGMA cache_size = -" + std::to_string(std::max(options.cache_kib, 64)));
    impl_->Migrate(options.read_only);
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    std::string what = e.what();
    if (what.find("not a database") != std::string::npos || what.find("malformed") != std::string::npos) {
      what = "not a songngu translation memory or corrupt (" + what + ")";
    }
    throw Error(FormatLocation(path, what));
  }
}

TmStore::~TmStore() = default;

const std::string& TmStore::path() const { return impl_->path; }

TmStore::Transaction::Transaction(TmStore& store) : store_(store) {
  try {
    store_.impl_->Begin();
  } catch (const SQLite::Exception& e) {
    --store_.impl_->txn_depth;
    store_.impl_->Fail(e);
  }
}

TmStore::Transaction::~Transaction() {
  if (!done_) store_.impl_->Rollback();
}

void TmStore::Transaction::Commit() {
  if (done_) return;
  done_ = true;
  try {
    store_.impl_->Commit();
  } catch (const SQLite::Exception& e) {
    ++store_.impl_->txn_depth;
    store_.impl_->Rollback();
    store_.impl_->Fail(e);
  }
}

// Runs fn inside a transaction (joining an open one) and turns SQLite errors into songngu::Error.
#define SONGNGU_WRITE(...)                   \
  try {                                      \
    Impl::ResetOnExit reset_{*impl_};        \
    Transaction txn_(*this);                 \
    __VA_ARGS__;                                 \
  } catch (const SQLite::Exception& e) {     \
    impl_->Fail(e);                          \
  }

#define SONGNGU_READ(...)                \
  try {                                  \
    Impl::ResetOnExit reset_{*impl_};    \
    __VA_ARGS__;                              \
  } catch (const SQLite::Exception& e) { \
    impl_->Fail(e);                      \
  }

int64_t TmStore::BeginBatch(std::string_view kind, std::string_view description) {
  SONGNGU_WRITE({
    SQLite::Statement s(impl_->db, "INSERT INTO batch(kind, description, created) VALUES(?, ?, ?)");
    s.bind(1, std::string(kind));
    s.bind(2, std::string(description));
    s.bind(3, NowIso());
    s.exec();
    int64_t id = impl_->db.getLastInsertRowid();
    txn_.Commit();
    return id;
  });
}

int64_t TmStore::AddDocument(const DocumentMeta& meta, std::string_view lang, std::string_view name,
                             std::string_view content, int64_t batch) {
  char hash[17];
  snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(Fnv1a(content)));
  SONGNGU_WRITE({
    SQLite::Statement f(impl_->db, "SELECT id FROM document WHERE content_hash = ? AND lang = ?");
    f.bind(1, hash);
    f.bind(2, std::string(lang));
    if (f.executeStep()) {
      int64_t id = f.getColumn(0).getInt64();
      txn_.Commit();
      return id;
    }
    SQLite::Statement s(impl_->db,
                        "INSERT INTO document(batch, name, lang, title, url, date, author, translator, "
                        "content_hash, created) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (batch) s.bind(1, batch); else s.bind(1);
    s.bind(2, std::string(name));
    s.bind(3, std::string(lang));
    s.bind(4, meta.title);
    s.bind(5, meta.url);
    s.bind(6, meta.date);
    s.bind(7, meta.author);
    s.bind(8, meta.translator);
    s.bind(9, hash);
    s.bind(10, NowIso());
    s.exec();
    int64_t id = impl_->db.getLastInsertRowid();
    txn_.Commit();
    return id;
  });
}

std::optional<int64_t> TmStore::FindDocument(std::string_view lang, std::string_view content) {
  char hash[17];
  snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(Fnv1a(content)));
  SONGNGU_READ({
    SQLite::Statement f(impl_->db, "SELECT id FROM document WHERE content_hash = ? AND lang = ?");
    f.bind(1, hash);
    f.bind(2, std::string(lang));
    std::optional<int64_t> id;
    if (f.executeStep()) id = f.getColumn(0).getInt64();
    return id;
  });
}

AddResult TmStore::AddUnit(const UnitInput& unit, int64_t batch) {
  SONGNGU_WRITE({
    const std::string now = NowIso();
    PreparedUnit p = PrepareUnit(unit);
    AddResult r = impl_->Add(unit, std::move(p), batch, now);
    if (!r.merged) impl_->AlignNewUnits({{r.id, &p}}, now);
    txn_.Commit();
    return r;
  });
}

std::vector<AddResult> TmStore::AddUnits(const std::vector<UnitInput>& units, int64_t batch) {
  SONGNGU_WRITE({
    std::vector<AddResult> out;
    out.reserve(units.size());
    std::string now = NowIso();
    // Normalization and keys cost more than the inserts: prepare on two threads.
    std::vector<PreparedUnit> prepared(units.size());
    auto prepare = [&](size_t begin, size_t end) {
      for (size_t i = begin; i < end; ++i) prepared[i] = PrepareUnit(units[i]);
    };
    const size_t half = units.size() >= 64 ? units.size() / 2 : units.size();
    std::thread helper(prepare, half, units.size());
    prepare(0, half);
    helper.join();
    std::vector<std::pair<int64_t, const PreparedUnit*>> fresh;
    for (size_t i = 0; i < units.size(); ++i) {
      // Add keeps the prepared text (it moves only the index terms out).
      out.push_back(impl_->Add(units[i], std::move(prepared[i]), batch, now));
      if (!out.back().merged) fresh.emplace_back(out.back().id, &prepared[i]);
    }
    impl_->AlignNewUnits(fresh, now);
    txn_.Commit();
    return out;
  });
}

void TmStore::SetReview(int64_t unit_id, Review review) {
  SONGNGU_WRITE({
    SQLite::Statement s(impl_->db, "UPDATE unit SET review = ?, changed = ? WHERE id = ?");
    s.bind(1, ReviewName(review));
    s.bind(2, NowIso());
    s.bind(3, unit_id);
    SONGNGU_THROW_IF(s.exec() == 0, FormatLocation(impl_->path, "no unit " + std::to_string(unit_id)));
    txn_.Commit();
  });
}

void TmStore::RecordUse(int64_t unit_id) {
  SONGNGU_WRITE({
    SQLite::Statement s(impl_->db, "UPDATE unit SET use_count = use_count + 1 WHERE id = ?");
    s.bind(1, unit_id);
    s.exec();
    txn_.Commit();
  });
}

int64_t TmStore::DeleteBatch(int64_t batch) {
  SONGNGU_WRITE({
    impl_->RequireRow("batch", "batch", batch);
    int64_t n = impl_->DeleteUnits("batch = ?", batch);
    SQLite::Statement d(impl_->db, "DELETE FROM document WHERE batch = ?");
    d.bind(1, batch);
    d.exec();
    SQLite::Statement b(impl_->db, "DELETE FROM batch WHERE id = ?");
    b.bind(1, batch);
    b.exec();
    txn_.Commit();
    return n;
  });
}

int64_t TmStore::DeleteDocument(int64_t document) {
  SONGNGU_WRITE({
    impl_->RequireRow("document", "document", document);
    int64_t n = impl_->DeleteUnits("vi_doc = ?1 OR en_doc = ?1", document);
    SQLite::Statement d(impl_->db, "DELETE FROM document WHERE id = ?");
    d.bind(1, document);
    d.exec();
    txn_.Commit();
    return n;
  });
}

void TmStore::Backup(const std::string& dest_path) {
  try {
    SQLite::Database dest(dest_path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    SQLite::Backup backup(dest, impl_->db);
    backup.executeStep(-1);
  } catch (const SQLite::Exception& e) {
    throw Error(FormatLocation(dest_path, std::string("backup failed: ") + e.what()));
  }
}

std::vector<Match> TmStore::Search(std::string_view text, const SearchOptions& options) {
  SONGNGU_READ({
    Impl& im = *impl_;
    const int lang = options.from == Lang::kVi ? 0 : 1;
    MatchText query = PrepareMatchText(text);
    const size_t n = query.words.size();
    if (n == 0) return {};
    // Query words with their multiplicity; numbers are placeholders and never required.
    std::unordered_map<std::string, int> occ;
    for (const std::string& w : query.words) ++occ[w];
    struct Term {
      std::string word;
      int occ;
      bool number;
      int64_t df;
    };
    std::vector<Term> terms;
    for (auto& [w, c] : occ) terms.push_back({w, c, HasDigit(w), im.TermCount(lang, w)});
    std::sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) { return a.df < b.df; });

    // Prefix filtering: a unit scoring >= min shares at least ceil(min * n) words
    // with the query; words we do not read (numbers, common words) may supply some.
    int free_words = 0;
    int64_t budget = static_cast<int64_t>(options.max_postings);
    std::vector<const Term*> used;
    for (const Term& t : terms) {
      if (t.number) {
        free_words += t.occ;
      }
      if (t.df == 0) continue;
      if (t.df > budget) {
        if (!t.number) free_words += t.occ;
        continue;
      }
      budget -= t.df;
      used.push_back(&t);
    }
    const int needed = static_cast<int>(std::ceil(options.min_score / 100.0 * static_cast<double>(n) - 1e-9));
    const int required = std::max(1, needed - free_words);

    // Word edit similarity <= min(n, m) / max(n, m): units of other lengths cannot reach min_score.
    const double s_min = std::max(options.min_score, 1.0) / 100.0;
    const unsigned min_length = static_cast<unsigned>(std::ceil(s_min * static_cast<double>(n) - 1e-9));
    const double max_len = std::floor(static_cast<double>(n) / s_min + 1e-9);
    const unsigned max_length = max_len >= 255 ? 255u : static_cast<unsigned>(max_len);
    int64_t max_id = im.db.execAndGet("SELECT coalesce(max(id), 0) FROM unit").getInt64();
    if (im.counts.size() < static_cast<size_t>(max_id) + 1) im.counts.resize(max_id + 1);
    im.touched.clear();
    // Counter: (required words matched) << 8 | numbers matched (ranking only).
    for (const Term* t : used) {
      uint32_t add = t->number ? 1u : static_cast<uint32_t>(t->occ) << 8;
      im.TermIds(lang, t->word, [&](uint32_t id, unsigned length) {
        if (id >= im.counts.size() || length < min_length || length > max_length) return;
        if (im.counts[id] == 0) im.touched.push_back(id);
        im.counts[id] += add;
      });
    }
    std::vector<std::pair<uint32_t, uint32_t>> cands;  // (count, id)
    for (uint32_t id : im.touched) {
      uint32_t c = im.counts[id];
      im.counts[id] = 0;
      if (static_cast<int>(c >> 8) >= required) cands.emplace_back(c, id);
    }
    size_t keep = std::min(cands.size(), options.max_candidates);
    std::partial_sort(cands.begin(), cands.begin() + keep, cands.end(),
                      [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    cands.resize(keep);

    // Rank candidates on their stored keys; build full matches for the best only.
    struct Scored {
      uint32_t id;
      double score;
      double chars = -1;  // key character similarity, computed for ties at the cut only
      std::string key;
    };
    std::vector<Scored> scored;
    // Word ids for a cheap distance: query words 0..k, numbers -2, other words -1 (never equal).
    std::unordered_map<std::string, int> word_id;
    std::vector<int> qids;
    for (size_t i = 0; i < n; ++i) {
      qids.push_back(query.is_number[i] ? -2 : word_id.emplace(query.words[i], static_cast<int>(word_id.size())).first->second);
    }
    std::vector<int> uids, prev, cur;
    auto upper_score = [&](const std::vector<std::string>& words) {
      uids.clear();
      for (const std::string& w : words) {
        if (HasDigit(w)) {
          uids.push_back(-2);
        } else {
          auto it = word_id.find(w);
          uids.push_back(it == word_id.end() ? -1 : it->second);
        }
      }
      const size_t m = uids.size();
      if (m == 0) return 0.0;
      prev.resize(m + 1);
      cur.resize(m + 1);
      for (size_t j = 0; j <= m; ++j) prev[j] = static_cast<int>(j);
      for (size_t i = 1; i <= n; ++i) {
        cur[0] = static_cast<int>(i);
        for (size_t j = 1; j <= m; ++j) {
          bool eq = qids[i - 1] == uids[j - 1] && uids[j - 1] != -1;
          cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (eq ? 0 : 1)});
        }
        std::swap(prev, cur);
      }
      return 100.0 * (1.0 - static_cast<double>(prev[m]) / static_cast<double>(std::max(n, m)));
    };
    // Full scores of the best `limit` so far (min-heap): candidates that cannot beat the cut are skipped.
    std::vector<double> best;
    auto cut = [&]() { return best.size() < options.limit ? options.min_score : best.front(); };
    // One cached statement serves both directions (Prepare keeps the first SQL it sees).
    auto& light = im.Prepare(im.get_key, "SELECT review, vi_key, en_key FROM unit WHERE id = ?");
    for (const auto& [count, id] : cands) {
      // Candidates come by falling overlap: once even full overlap cannot reach the cut, stop.
      double bound = 100.0 * std::min<double>(static_cast<double>(n), (count >> 8) + free_words) / static_cast<double>(n);
      if (bound < cut()) break;
      light.reset();
      light.bind(1, static_cast<int64_t>(id));
      if (!light.executeStep()) continue;  // deleted since indexed
      std::string review = light.getColumn(0).getString();
      if (review == "rejected" || (review == "unreviewed" && !options.include_unreviewed)) continue;
      MatchText mt = MatchTextFromKey(light.getColumn(1 + lang).getString());
      if (upper_score(mt.words) < cut()) continue;
      double score = ScoreMatch(query, mt).score;
      if (score < cut()) continue;
      best.push_back(score);
      std::push_heap(best.begin(), best.end(), std::greater<double>());
      if (best.size() > options.limit) {
        std::pop_heap(best.begin(), best.end(), std::greater<double>());
        best.pop_back();
      }
      scored.push_back({id, score, -1, std::move(mt.key)});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) { return a.score > b.score; });
    if (scored.size() > options.limit) {
      const double cut = scored[options.limit - 1].score;
      size_t end = options.limit;
      // Ties at the cut are told apart by character similarity; a few suffice (best overlap first).
      while (end < scored.size() && end < 4 * options.limit && scored[end].score == cut) ++end;
      scored.resize(end);
    }
    for (Scored& s : scored) s.chars = CharSimilarity(query.key, s.key);
    std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
      if (a.score != b.score) return a.score > b.score;
      if (a.chars != b.chars) return a.chars > b.chars;
      return a.id < b.id;
    });
    if (scored.size() > options.limit) scored.resize(options.limit);

    std::vector<Match> out;
    auto& get = im.Prepare(im.get_unit, (std::string("SELECT ") + Impl::kUnitColumns + " FROM unit WHERE id = ?").c_str());
    for (const Scored& s : scored) {
      get.reset();
      get.bind(1, static_cast<int64_t>(s.id));
      if (!get.executeStep()) continue;
      Unit u = Impl::ReadUnit(get);
      const std::string& src = lang == 0 ? u.vi : u.en;
      const std::string& tgt = lang == 0 ? u.en : u.vi;
      FuzzyResult fr = ScoreMatch(query, PrepareMatchText(src));
      Match m;
      m.score = fr.score;
      m.band = ScoreBand(fr.score);
      m.source = src;
      m.target = tgt;
      m.numbers_differ = fr.numbers_differ;
      if (fr.numbers_differ) {
        bool complete = false;
        m.target = SubstituteNumbers(tgt, fr.number_changes, &complete);
        m.target_substituted = complete;
      }
      m.diffs = std::move(fr.diffs);
      m.unit = std::move(u);
      out.push_back(std::move(m));
    }
    return out;
  });
}

std::vector<Unit> TmStore::FindPhrase(std::string_view phrase, Lang from, size_t limit) {
  SONGNGU_READ({
    Impl& im = *impl_;
    const int lang = from == Lang::kVi ? 0 : 1;
    std::string key = MatchingKey(phrase);
    std::vector<std::string> words = IndexTerms(key);
    if (words.empty()) return {};
    // Intersect the index rows, rarest word first.
    std::sort(words.begin(), words.end(), [&](const std::string& a, const std::string& b) {
      return im.TermCount(lang, a) < im.TermCount(lang, b);
    });
    std::vector<uint32_t> ids;
    im.TermIds(lang, words[0], [&](uint32_t id, unsigned) { ids.push_back(id); });
    std::sort(ids.begin(), ids.end());
    for (size_t w = 1; w < words.size() && !ids.empty(); ++w) {
      std::vector<uint32_t> other;
      im.TermIds(lang, words[w], [&](uint32_t id, unsigned) { other.push_back(id); });
      std::sort(other.begin(), other.end());
      std::vector<uint32_t> both;
      std::set_intersection(ids.begin(), ids.end(), other.begin(), other.end(), std::back_inserter(both));
      ids.swap(both);
    }
    std::vector<std::string> phrase_words = Words(key);
    std::vector<Unit> out;
    auto& get = im.Prepare(im.get_unit, (std::string("SELECT ") + Impl::kUnitColumns + " FROM unit WHERE id = ?").c_str());
    for (auto it = ids.rbegin(); it != ids.rend() && out.size() < limit; ++it) {
      get.reset();
      get.bind(1, static_cast<int64_t>(*it));
      if (!get.executeStep()) continue;
      std::string vi_key, en_key;
      Unit u = Impl::ReadUnit(get, &vi_key, &en_key);
      if (u.review == Review::kRejected) continue;
      std::vector<std::string> uw = Words(lang == 0 ? vi_key : en_key);
      bool found = std::search(uw.begin(), uw.end(), phrase_words.begin(), phrase_words.end()) != uw.end();
      if (found) out.push_back(std::move(u));
    }
    return out;
  });
}

std::optional<Unit> TmStore::GetUnit(int64_t id) {
  SONGNGU_READ({
    auto& get = impl_->Prepare(impl_->get_unit,
                               (std::string("SELECT ") + Impl::kUnitColumns + " FROM unit WHERE id = ?").c_str());
    get.bind(1, id);
    if (!get.executeStep()) return std::nullopt;
    return Impl::ReadUnit(get);
  });
}

std::vector<Unit> TmStore::UnitsByReview(Review review, size_t limit, int64_t after_id) {
  SONGNGU_READ({
    SQLite::Statement s(impl_->db, std::string("SELECT ") + Impl::kUnitColumns +
                                       " FROM unit WHERE review = ? AND id > ? ORDER BY id LIMIT ?");
    s.bind(1, ReviewName(review));
    s.bind(2, after_id);
    s.bind(3, static_cast<int64_t>(limit));
    std::vector<Unit> out;
    while (s.executeStep()) out.push_back(Impl::ReadUnit(s));
    return out;
  });
}

void TmStore::ForEachUnit(const ExportFilter& filter, const std::function<void(const Unit&)>& fn) {
  SONGNGU_READ({
    std::string sql = std::string("SELECT ") + Impl::kUnitColumns +
                      " FROM unit WHERE review != 'rejected'" +
                      (filter.include_unreviewed ? "" : " AND review = 'accepted'") +
                      (filter.min_score ? " AND (score IS NULL OR score >= ?)" : "") + " ORDER BY id" +
                      (filter.limit ? " LIMIT " + std::to_string(filter.limit) : "");
    SQLite::Statement s(impl_->db, sql);
    if (filter.min_score) s.bind(1, *filter.min_score);
    while (s.executeStep()) {
      Unit u = Impl::ReadUnit(s);
      if (!filter.keep || filter.keep(u)) fn(u);
    }
  });
}

void TmStore::ForEachTrainingPair(const std::function<void(const std::string&, const std::string&, int)>& fn) {
  SONGNGU_READ({
    SQLite::Statement s(impl_->db, "SELECT vi, en, dup_count FROM unit WHERE review != 'rejected' ORDER BY id");
    while (s.executeStep()) fn(s.getColumn(0).getString(), s.getColumn(1).getString(), s.getColumn(2).getInt());
  });
}

int64_t TmStore::WordFrequency(std::string_view key_word, Lang lang) {
  SONGNGU_READ({ return impl_->TermCount(lang == Lang::kVi ? 0 : 1, std::string(key_word)); });
}

int64_t TmStore::UnitCount() {
  SONGNGU_READ({ return impl_->db.execAndGet("SELECT count(*) FROM unit").getInt64(); });
}

StoreStats TmStore::ReviewCounts() {
  SONGNGU_READ({
    StoreStats st;
    SQLite::Statement s(impl_->db, "SELECT review, count(*) FROM unit GROUP BY review");
    while (s.executeStep()) {
      const std::string review = s.getColumn(0).getString();
      const int64_t n = s.getColumn(1).getInt64();
      st.units += n;
      if (review == "accepted")
        st.accepted = n;
      else if (review == "unreviewed")
        st.unreviewed = n;
      else if (review == "rejected")
        st.rejected = n;
    }
    return st;
  });
}

StoreStats TmStore::Stats() {
  SONGNGU_READ({
    StoreStats st;
    SQLite::Statement s(impl_->db,
                        "SELECT count(*), coalesce(sum(review = 'accepted'), 0), "
                        "coalesce(sum(review = 'unreviewed'), 0), coalesce(sum(review = 'rejected'), 0), "
                        "coalesce(sum(dup_count - 1), 0) FROM unit");
    s.executeStep();
    st.units = s.getColumn(0).getInt64();
    st.accepted = s.getColumn(1).getInt64();
    st.unreviewed = s.getColumn(2).getInt64();
    st.rejected = s.getColumn(3).getInt64();
    st.duplicates_merged = s.getColumn(4).getInt64();
    st.documents = impl_->db.execAndGet("SELECT count(*) FROM document").getInt64();
    st.batches = impl_->db.execAndGet("SELECT count(*) FROM batch").getInt64();
    st.schema_version = impl_->db.execAndGet("PRAGMA user_version").getInt();
    return st;
  });
}

std::vector<BatchInfo> TmStore::Batches() {
  SONGNGU_READ({
    std::vector<BatchInfo> out;
    SQLite::Statement s(impl_->db,
                        "SELECT b.id, b.kind, b.description, b.created, "
                        "(SELECT count(*) FROM unit u WHERE u.batch = b.id) FROM batch b ORDER BY b.id");
    while (s.executeStep()) {
      out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getString(), s.getColumn(2).getString(),
                     s.getColumn(3).getString(), s.getColumn(4).getInt64()});
    }
    return out;
  });
}

int64_t TmStore::AddGlossaryEntries(const std::vector<GlossaryEntry>& entries) {
  int64_t added = 0;
  SONGNGU_WRITE({
    // The same vi/en/period again replaces the older row's details.
    SQLite::Statement ins(
        impl_->db,
        "INSERT INTO glossary(vi, en, en_female, kind, expands, valid_from, valid_to, source, "
        "note, status, created) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(vi, en, valid_from, valid_to) DO UPDATE SET en_female = excluded.en_female, "
        "kind = excluded.kind, expands = excluded.expands, source = excluded.source, "
        "note = excluded.note, status = excluded.status, created = excluded.created");
    const std::string now = NowIso();
    for (const GlossaryEntry& e : entries) {
      ins.reset();
      int k = 0;
      for (const std::string* f : {&e.vi, &e.en, &e.en_female, &e.kind, &e.expands, &e.valid_from,
                                   &e.valid_to, &e.source, &e.note, &e.status, &now}) {
        ins.bind(++k, f == &now ? *f : ToNfc(*f));
      }
      added += ins.exec();
    }
    txn_.Commit();
  });
  return added;
}

void TmStore::SetLexicon(std::string_view data, int64_t trained_pairs) {
  SONGNGU_WRITE({
    SQLite::Statement s(impl_->db,
                        "INSERT OR REPLACE INTO lexicon(id, data, trained_pairs, created) VALUES(1, ?, ?, ?)");
    s.bind(1, data.data(), static_cast<int>(data.size()));
    s.bind(2, trained_pairs);
    s.bind(3, NowIso());
    s.exec();
    txn_.Commit();
  });
}

std::optional<std::string> TmStore::GetLexicon() {
  SONGNGU_READ({
    SQLite::Statement s(impl_->db, "SELECT data FROM lexicon WHERE id = 1");
    if (!s.executeStep()) return std::optional<std::string>();
    SQLite::Column c = s.getColumn(0);
    return std::optional<std::string>(std::string(static_cast<const char*>(c.getBlob()), c.getBytes()));
  });
}

std::string TmStore::LexiconStamp() {
  SONGNGU_READ({
    // A new lexicon is a new row: its time, size and training count differ.
    SQLite::Statement s(
        impl_->db,
        "SELECT created || ' ' || length(data) || ' ' || trained_pairs FROM lexicon "
        "WHERE id = 1");
    return s.executeStep() ? s.getColumn(0).getString() : std::string();
  });
}

std::string TmStore::GlossaryStamp() {
  SONGNGU_READ({
    // Rows added raise the count and the last id; a rewritten row its time.
    SQLite::Statement s(
        impl_->db,
        "SELECT count(*) || ' ' || ifnull(max(id), 0) || ' ' || ifnull(max(created), '') "
        "FROM glossary");
    s.executeStep();
    std::string stamp = s.getColumn(0).getString();
    return stamp == "0 0 " ? std::string() : stamp;
  });
}

void TmStore::SetWordAlignments(const std::vector<std::pair<int64_t, std::string>>& links) {
  SONGNGU_WRITE({
    SQLite::Statement s(impl_->db,
                        "INSERT OR REPLACE INTO word_alignment(unit_id, links, created) "
                        "SELECT id, ?, ? FROM unit WHERE id = ?");
    const std::string now = NowIso();
    for (const auto& [id, text] : links) {
      s.bind(1, text);
      s.bind(2, now);
      s.bind(3, id);
      s.exec();
      s.reset();
    }
    txn_.Commit();
  });
}

void TmStore::SetWordAligner(WordAligner aligner) { impl_->word_aligner = std::move(aligner); }

std::optional<std::string> TmStore::GetWordAlignment(int64_t unit_id) {
  SONGNGU_READ({
    SQLite::Statement s(impl_->db, "SELECT links FROM word_alignment WHERE unit_id = ?");
    s.bind(1, unit_id);
    if (!s.executeStep()) return std::optional<std::string>();
    return std::optional<std::string>(s.getColumn(0).getString());
  });
}

int64_t TmStore::WordAlignedUnits() {
  SONGNGU_READ({ return impl_->db.execAndGet("SELECT count(*) FROM word_alignment").getInt64(); });
}

std::vector<GlossaryEntry> TmStore::GlossaryEntries() {
  SONGNGU_READ({
    std::vector<GlossaryEntry> out;
    SQLite::Statement s(
        impl_->db,
        "SELECT vi, en, en_female, kind, expands, valid_from, valid_to, source, note, status "
        "FROM glossary ORDER BY id");
    while (s.executeStep()) {
      GlossaryEntry e;
      int k = 0;
      for (std::string* f : {&e.vi, &e.en, &e.en_female, &e.kind, &e.expands, &e.valid_from,
                             &e.valid_to, &e.source, &e.note, &e.status}) {
        *f = s.getColumn(k++).getString();
      }
      e.priority = 1;
      out.push_back(std::move(e));
    }
    return out;
  });
}

namespace internal {

SQLite::Database& Database(TmStore& store) { return store.impl_->db; }

}  // namespace internal
}  // namespace songngu
