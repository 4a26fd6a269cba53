#include "tm/review.h"

#include <nlohmann/json.hpp>

#include "aligner/error.h"
#include "aligner/normalize.h"
#include "tm/store_internal.h"

namespace songngu {
namespace {

// The WHERE clause of a query and its bound values, in order.
struct Where {
  std::string sql;
  std::vector<std::string> text;               // bound first, in order of `kinds`
  std::vector<std::pair<char, size_t>> order;  // ('t', i) text i, ('i', i) int i, ('d', i) double i
  std::vector<int64_t> ints;
  std::vector<double> doubles;

  void Add(const std::string& clause) { sql += (sql.empty() ? " WHERE " : " AND ") + clause; }
  void Text(std::string v) {
    order.push_back({'t', text.size()});
    text.push_back(std::move(v));
  }
  void Int(int64_t v) {
    order.push_back({'i', ints.size()});
    ints.push_back(v);
  }
  void Double(double v) {
    order.push_back({'d', doubles.size()});
    doubles.push_back(v);
  }
  int Bind(SQLite::Statement& s) const {
    int k = 0;
    for (auto [kind, i] : order) {
      ++k;
      if (kind == 't')
        s.bind(k, text[i]);
      else if (kind == 'i')
        s.bind(k, ints[i]);
      else
        s.bind(k, doubles[i]);
    }
    return k;
  }
};

// "FROM unit" and the index for the query: with a score band, the (review,
// score) index, else SQLite walks the status index newest first and reads
// every row of a TM whose units have no score (imported ones) to find none.
std::string From(const ReviewQuery& q) {
  return q.min_score || q.max_score ? " FROM unit INDEXED BY unit_review_score" : " FROM unit";
}

Where QueryWhere(const ReviewQuery& q, bool with_cursor) {
  Where w;
  if (q.review) {
    w.Add("review = ?");
    w.Text(ReviewName(*q.review));
  }
  if (q.batch) {
    w.Add("batch = ?");
    w.Int(q.batch);
  }
  if (q.document) {
    w.Add("(vi_doc = ? OR en_doc = ?)");
    w.Int(q.document);
    w.Int(q.document);
  }
  if ((q.min_score || q.max_score) && !q.review) {
    // Lets the (review, score) index answer a band over every status.
    w.Add("review IN ('unreviewed', 'accepted', 'rejected')");
  }
  if (q.min_score) {
    w.Add("score >= ?");
    w.Double(*q.min_score);
  }
  if (q.max_score) {
    w.Add("score < ?");
    w.Double(*q.max_score);
  }
  if (with_cursor && q.cursor) {
    w.Add(q.newest_first ? "id < ?" : "id > ?");
    w.Int(q.cursor);
  }
  return w;
}

std::optional<Unit> Neighbour(SQLite::Database& db, TmStore& store, const Unit& u, bool before) {
  // Edited pairs (batch 0) and pairs without documents have no place in a document.
  if (u.batch == 0 || u.vi_doc == 0) return std::nullopt;
  SQLite::Statement s(db, before
                              ? "SELECT id FROM unit WHERE vi_doc = ? AND en_doc = ? AND batch = ? "
                                "AND id < ? ORDER BY id DESC LIMIT 1"
                              : "SELECT id FROM unit WHERE vi_doc = ? AND en_doc = ? AND batch = ? "
                                "AND id > ? ORDER BY id LIMIT 1");
  s.bind(1, u.vi_doc);
  s.bind(2, u.en_doc);
  s.bind(3, u.batch);
  s.bind(4, u.id);
  if (!s.executeStep()) return std::nullopt;
  return store.GetUnit(s.getColumn(0).getInt64());
}

DocumentInfo ReadDocument(SQLite::Statement& s) {
  DocumentInfo d;
  d.id = s.getColumn(0).getInt64();
  d.batch = s.getColumn(1).getInt64();
  d.lang = s.getColumn(2).getString();
  d.name = s.getColumn(3).getString();
  d.title = s.getColumn(4).getString();
  d.date = s.getColumn(5).getString();
  d.url = s.getColumn(6).getString();
  return d;
}

constexpr char kDocumentColumns[] = "SELECT id, batch, lang, name, title, date, url FROM document";

// SQLite's failures as songngu::Error, naming the TM file.
template <typename Fn>
auto Guard(TmStore& store, Fn fn) -> decltype(fn()) {
  try {
    return fn();
  } catch (const SQLite::Exception& e) {
    throw Error(FormatLocation(store.path(), e.what()));
  }
}

std::vector<AuditChange> ReadChanges(SQLite::Database& db, int64_t audit) {
  SQLite::Statement s(
      db, "SELECT unit, before, after FROM audit_change WHERE audit = ? ORDER BY rowid");
  s.bind(1, audit);
  std::vector<AuditChange> out;
  while (s.executeStep()) {
    out.push_back(
        {s.getColumn(0).getInt64(), s.getColumn(1).getString(), s.getColumn(2).getString()});
  }
  return out;
}

AuditEntry ReadAudit(SQLite::Database& db, SQLite::Statement& s) {
  AuditEntry a;
  a.id = s.getColumn(0).getInt64();
  a.at = s.getColumn(1).getString();
  a.who = s.getColumn(2).getString();
  a.action = s.getColumn(3).getString();
  a.detail = s.getColumn(4).getString();
  a.undone = s.getColumn(5).getInt() != 0;
  a.changes = ReadChanges(db, a.id);
  return a;
}

constexpr char kAuditColumns[] = "SELECT id, at, who, action, detail, undone FROM audit";

}  // namespace

std::vector<ReviewItem> ReviewQueue(TmStore& store, const ReviewQuery& query) {
  return Guard(store, [&] {
    SQLite::Database& db = internal::Database(store);
    Where w = QueryWhere(query, true);
    SQLite::Statement s(db, "SELECT id" + From(query) + w.sql + " ORDER BY id" +
                                (query.newest_first ? " DESC" : "") + " LIMIT ?");
    int k = w.Bind(s);
    s.bind(k + 1, static_cast<int64_t>(query.limit));
    std::vector<int64_t> ids;
    while (s.executeStep()) ids.push_back(s.getColumn(0).getInt64());
    std::vector<ReviewItem> out;
    for (int64_t id : ids) {
      std::optional<Unit> u = store.GetUnit(id);
      if (!u) continue;
      ReviewItem item;
      item.unit = std::move(*u);
      if (item.unit.vi_doc) item.vi_doc = GetDocument(store, item.unit.vi_doc);
      if (item.unit.en_doc) item.en_doc = GetDocument(store, item.unit.en_doc);
      item.before = Neighbour(db, store, item.unit, true);
      item.after = Neighbour(db, store, item.unit, false);
      out.push_back(std::move(item));
    }
    return out;
  });
}

int64_t CountReviewQueue(TmStore& store, const ReviewQuery& query, int64_t cap) {
  return Guard(store, [&] {
    Where w = QueryWhere(query, false);
    SQLite::Statement s(internal::Database(store),
                        cap > 0 ? "SELECT count(*) FROM (SELECT 1" + From(query) + w.sql +
                                      " LIMIT " + std::to_string(cap) + ")"
                                : "SELECT count(*)" + From(query) + w.sql);
    w.Bind(s);
    s.executeStep();
    return s.getColumn(0).getInt64();
  });
}

std::optional<DocumentInfo> GetDocument(TmStore& store, int64_t id) {
  return Guard(store, [&]() -> std::optional<DocumentInfo> {
    SQLite::Statement s(internal::Database(store), std::string(kDocumentColumns) + " WHERE id = ?");
    s.bind(1, id);
    if (!s.executeStep()) return std::nullopt;
    return ReadDocument(s);
  });
}

std::vector<DocumentInfo> RecentDocuments(TmStore& store, size_t limit) {
  return Guard(store, [&] {
    SQLite::Statement s(internal::Database(store),
                        std::string(kDocumentColumns) + " ORDER BY id DESC LIMIT ?");
    s.bind(1, static_cast<int64_t>(limit));
    std::vector<DocumentInfo> out;
    while (s.executeStep()) out.push_back(ReadDocument(s));
    return out;
  });
}

int64_t RecordAudit(TmStore& store, std::string_view action, std::string_view who,
                    std::string_view detail, const std::vector<AuditChange>& changes) {
  return Guard(store, [&] {
    SQLite::Database& db = internal::Database(store);
    TmStore::Transaction txn(store);
    SQLite::Statement a(db, "INSERT INTO audit(at, who, action, detail) VALUES(?, ?, ?, ?)");
    a.bind(1, NowIso());
    a.bind(2, std::string(who));
    a.bind(3, std::string(action));
    a.bind(4, detail.empty() ? std::string("{}") : std::string(detail));
    a.exec();
    int64_t id = db.getLastInsertRowid();
    SQLite::Statement c(db,
                        "INSERT INTO audit_change(audit, unit, before, after) VALUES(?, ?, ?, ?)");
    for (const AuditChange& ch : changes) {
      c.reset();
      c.bind(1, id);
      c.bind(2, ch.unit);
      c.bind(3, ch.before);
      c.bind(4, ch.after);
      c.exec();
    }
    txn.Commit();
    return id;
  });
}

int64_t ReviewUnits(TmStore& store, const std::vector<int64_t>& ids, Review review,
                    std::string_view action, std::string_view who, std::string_view detail) {
  TmStore::Transaction txn(store);
  std::vector<AuditChange> changes;
  for (int64_t id : ids) {
    std::optional<Unit> u = store.GetUnit(id);
    SONGNGU_THROW_IF(!u, FormatLocation(store.path(), "no unit " + std::to_string(id)));
    if (u->review == review) continue;
    store.SetReview(id, review);
    changes.push_back({id, ReviewName(u->review), ReviewName(review)});
  }
  int64_t audit = RecordAudit(store, action, who, detail, changes);
  txn.Commit();
  return audit;
}

std::pair<int64_t, int64_t> BulkAccept(TmStore& store, int64_t batch, double min_score,
                                       std::string_view who) {
  std::vector<int64_t> ids = Guard(store, [&] {
    SQLite::Statement s(
        internal::Database(store),
        "SELECT id FROM unit WHERE batch = ? AND review = 'unreviewed' AND score >= ? "
        "ORDER BY id");
    s.bind(1, batch);
    s.bind(2, min_score);
    std::vector<int64_t> out;
    while (s.executeStep()) out.push_back(s.getColumn(0).getInt64());
    return out;
  });
  if (ids.empty()) return {0, 0};
  nlohmann::json detail = {{"batch", batch}, {"min_score", min_score}};
  int64_t audit = ReviewUnits(store, ids, Review::kAccepted, "bulk_accept", who, detail.dump());
  return {audit, static_cast<int64_t>(ids.size())};
}

std::vector<AuditEntry> AuditLog(TmStore& store, size_t limit) {
  return Guard(store, [&] {
    SQLite::Database& db = internal::Database(store);
    SQLite::Statement s(db, std::string(kAuditColumns) + " ORDER BY id DESC LIMIT ?");
    s.bind(1, static_cast<int64_t>(limit));
    std::vector<AuditEntry> out;
    while (s.executeStep()) out.push_back(ReadAudit(db, s));
    return out;
  });
}

std::optional<AuditEntry> GetAudit(TmStore& store, int64_t id) {
  return Guard(store, [&]() -> std::optional<AuditEntry> {
    SQLite::Database& db = internal::Database(store);
    SQLite::Statement s(db, std::string(kAuditColumns) + " WHERE id = ?");
    s.bind(1, id);
    if (!s.executeStep()) return std::nullopt;
    return ReadAudit(db, s);
  });
}

AuditEntry UndoAudit(TmStore& store, int64_t id, std::string_view who) {
  TmStore::Transaction txn(store);
  std::optional<AuditEntry> entry = GetAudit(store, id);
  const std::string where = FormatLocation(store.path(), "action " + std::to_string(id));
  SONGNGU_THROW_IF(!entry, where + ": no such action");
  SONGNGU_THROW_IF(entry->undone, where + " has already been undone");
  SONGNGU_THROW_IF(entry->action == "undo", where + " is an undo itself");
  SONGNGU_THROW_IF(entry->action.rfind("glossary", 0) == 0,
                   where + " changed the glossary; change the entry again instead");
  std::vector<AuditChange> reverted;
  for (const AuditChange& ch : entry->changes) {
    std::optional<Unit> u = store.GetUnit(ch.unit);
    SONGNGU_THROW_IF(!u, where + ": unit " + std::to_string(ch.unit) + " no longer exists");
    SONGNGU_THROW_IF(ReviewName(u->review) != ch.after,
                     where + ": unit " + std::to_string(ch.unit) + " has been changed since (now " +
                         ReviewName(u->review) + ")");
    // A pair the action created goes out of use; it stays in the TM as history.
    Review back = ch.before.empty() ? Review::kRejected : *ParseReview(ch.before);
    if (back != u->review) store.SetReview(ch.unit, back);
    reverted.push_back({ch.unit, ch.after, ReviewName(back)});
  }
  Guard(store, [&] {
    SQLite::Statement s(internal::Database(store), "UPDATE audit SET undone = 1 WHERE id = ?");
    s.bind(1, id);
    s.exec();
    return 0;
  });
  nlohmann::json detail = {{"undoes", id}, {"action", entry->action}};
  int64_t undo = RecordAudit(store, "undo", who, detail.dump(), reverted);
  txn.Commit();
  entry->undone = true;
  (void)undo;
  return *entry;
}

int64_t SetGlossaryStatus(TmStore& store, const GlossaryEntry& entry, std::string_view status,
                          std::string_view who) {
  SONGNGU_THROW_IF(
      status != "" && status != "preferred" && status != "deprecated",
      "a glossary status is preferred, deprecated or empty, not \"" + std::string(status) + "\"");
  TmStore::Transaction txn(store);
  GlossaryEntry e = entry;
  e.status = std::string(status);
  e.priority = 1;
  if (status == "preferred") {
    // One preferred rendering per term: the new one takes over.
    Guard(store, [&] {
      SQLite::Statement s(
          internal::Database(store),
          "UPDATE glossary SET status = '' WHERE vi = ? AND en != ? AND status = 'preferred'");
      s.bind(1, ToNfc(e.vi));
      s.bind(2, ToNfc(e.en));
      s.exec();
      return 0;
    });
  }
  store.AddGlossaryEntries({e});
  nlohmann::json detail = {{"vi", e.vi},
                           {"en", e.en},
                           {"valid_from", e.valid_from},
                           {"valid_to", e.valid_to},
                           {"status", e.status}};
  int64_t audit =
      RecordAudit(store, "glossary_status", who,
                  detail.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), {});
  txn.Commit();
  return audit;
}

}  // namespace songngu
