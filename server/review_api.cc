// The review and glossary-editing routes of the workbench (listed in
// server/server.h): the queue with context, bulk accept, undo, the audit log
// and a glossary rendering's standing. The logic is in tm/review.h; this file
// reads requests and writes answers.
#include <string>
#include <vector>

#include "aligner/error.h"
#include "aligner/normalize.h"
#include "server/api_util.h"
#include "tm/review.h"

namespace songngu::server_internal {
namespace {

using nlohmann::json;

// A queue's count stops here ("10000+"): counting reads every matching row.
constexpr int64_t kCountCap = 10000;

json DocumentJson(const std::optional<DocumentInfo>& d) {
  if (!d) return nullptr;
  return {{"id", d->id},       {"lang", d->lang}, {"name", d->name},
          {"title", d->title}, {"date", d->date}, {"batch", d->batch}};
}

json ContextJson(const std::optional<Unit>& u) {
  if (!u) return nullptr;
  return {{"id", u->id}, {"vi", u->vi}, {"en", u->en}};
}

int64_t IdParam(const httplib::Request& req, const char* name) {
  return static_cast<int64_t>(NumberParam(req, name, 0, 0, 9e15));
}

int64_t IdField(const json& body, const char* name) {
  double v = NumberField(body, name, -1, 1, 9e15);
  if (v < 0) throw HttpError{400, std::string("missing field \"") + name + "\""};
  if (v != static_cast<double>(static_cast<int64_t>(v)))
    throw HttpError{400, std::string("field \"") + name + "\" must be a whole number"};
  return static_cast<int64_t>(v);
}

json AuditJson(const AuditEntry& a) {
  json changes = json::array();
  for (const AuditChange& c : a.changes)
    changes.push_back({{"unit", c.unit}, {"before", c.before}, {"after", c.after}});
  json detail = json::parse(a.detail, nullptr, false);
  return {{"id", a.id},         {"at", a.at},
          {"who", a.who},       {"action", a.action},
          {"undone", a.undone}, {"detail", detail.is_discarded() ? json::object() : detail},
          {"changes", changes}};
}

// GET /api/review: the queue, filtered, newest first unless order=oldest.
void Queue(const ApiContext& c, const httplib::Request& req, httplib::Response& res) {
  ReviewQuery q;
  std::string status = req.has_param("status") ? req.get_param_value("status") : "unreviewed";
  if (status == "all") {
    q.review.reset();
  } else {
    q.review = ParseReview(status);
    if (!q.review)
      throw HttpError{400, "parameter status must be unreviewed, accepted, rejected or all"};
  }
  q.batch = IdParam(req, "batch");
  q.document = IdParam(req, "document");
  if (req.has_param("min")) q.min_score = NumberParam(req, "min", 0, 0, 1);
  if (req.has_param("max")) q.max_score = NumberParam(req, "max", 1, 0, 1.01);
  std::string order = req.has_param("order") ? req.get_param_value("order") : "newest";
  if (order != "newest" && order != "oldest")
    throw HttpError{400, "parameter order must be newest or oldest"};
  q.newest_first = order == "newest";
  q.cursor = IdParam(req, "cursor");
  q.limit = static_cast<size_t>(NumberParam(req, "limit", 25, 1, 200));
  std::vector<ReviewItem> items;
  int64_t total = -1;
  c.read([&](TmStore& store) {
    items = ReviewQueue(store, q);
    // Counting reads every matching row: only with the first page.
    if (q.cursor == 0) total = CountReviewQueue(store, q, kCountCap);
  });
  json out = {{"items", json::array()}, {"order", order}};
  for (const ReviewItem& it : items) {
    out["items"].push_back({{"unit", UnitJson(it.unit)},
                            {"vi_doc", DocumentJson(it.vi_doc)},
                            {"en_doc", DocumentJson(it.en_doc)},
                            {"before", ContextJson(it.before)},
                            {"after", ContextJson(it.after)}});
  }
  if (items.size() == q.limit) out["next"] = items.back().unit.id;
  if (total >= 0) {
    out["total"] = total;
    if (total >= kCountCap) out["total_capped"] = true;  // at least this many
  }
  SendJson(res, out);
}

// GET /api/review/filters: the recent batches and documents to filter by.
void Filters(const ApiContext& c, const httplib::Request&, httplib::Response& res) {
  std::vector<BatchInfo> batches;
  std::vector<DocumentInfo> docs;
  c.read([&](TmStore& store) {
    batches = store.Batches();
    docs = RecentDocuments(store, 100);
  });
  json out = {{"batches", json::array()}, {"documents", json::array()}};
  // Newest first, and only the last 100: a corpus build makes thousands.
  for (auto it = batches.rbegin(); it != batches.rend() && out["batches"].size() < 100; ++it) {
    out["batches"].push_back({{"id", it->id},
                              {"kind", it->kind},
                              {"description", it->description},
                              {"created", it->created},
                              {"units", it->units}});
  }
  for (const DocumentInfo& d : docs) out["documents"].push_back(DocumentJson(d));
  SendJson(res, out);
}

// POST /api/review/bulk-accept {"batch", "min_score"}.
void BulkAcceptRoute(const ApiContext& c, const httplib::Request& req, httplib::Response& res) {
  c.require_token(req);
  json body = ParseBody(req);
  int64_t batch = IdField(body, "batch");
  double min_score = NumberField(body, "min_score", -1, 0, 1);
  if (min_score < 0) throw HttpError{400, "missing field \"min_score\" (0 to 1)"};
  std::pair<int64_t, int64_t> done;
  c.write([&](TmStore& store) { done = BulkAccept(store, batch, min_score, WhoFrom(req)); });
  SendJson(res, {{"audit", done.first}, {"accepted", done.second}});
}

// POST /api/review/undo {"audit"}.
void Undo(const ApiContext& c, const httplib::Request& req, httplib::Response& res) {
  c.require_token(req);
  json body = ParseBody(req);
  int64_t id = IdField(body, "audit");
  AuditEntry undone;
  json units = json::array();
  c.write([&](TmStore& store) {
    std::optional<AuditEntry> entry = GetAudit(store, id);
    if (!entry) throw HttpError{404, "There is no action " + std::to_string(id) + " to undo."};
    try {
      undone = UndoAudit(store, id, WhoFrom(req));
    } catch (const Error& e) {
      // Already undone, or changed since: the page reloads and shows why.
      std::string what = e.what();
      throw HttpError{409, what.substr(what.find(": ") + 2), "conflict"};
    }
    for (const AuditChange& ch : undone.changes) {
      if (std::optional<Unit> u = store.GetUnit(ch.unit)) units.push_back(UnitJson(*u));
    }
  });
  SendJson(res, {{"undone", AuditJson(undone)}, {"units", units}});
}

// GET /api/audit?limit=: the newest actions first.
void Log(const ApiContext& c, const httplib::Request& req, httplib::Response& res) {
  size_t limit = static_cast<size_t>(NumberParam(req, "limit", 20, 1, 500));
  std::vector<AuditEntry> log;
  c.read([&](TmStore& store) { log = AuditLog(store, limit); });
  json out = {{"actions", json::array()}};
  for (const AuditEntry& a : log) out["actions"].push_back(AuditJson(a));
  SendJson(res, out);
}

// POST /api/glossary/status {"vi", "en", "status", "valid_from"?, "valid_to"?}:
// an entry of the glossary in use (shipped or the TM's) marked preferred,
// deprecated or neither ("").
void GlossaryStatus(const ApiContext& c, const httplib::Request& req, httplib::Response& res) {
  c.require_token(req);
  json body = ParseBody(req);
  std::string vi = StringField(body, "vi", true), en = StringField(body, "en", true);
  std::string status = StringField(body, "status", true);
  if (status != "preferred" && status != "deprecated" && status != "")
    throw HttpError{400, "field \"status\" must be \"preferred\", \"deprecated\" or \"\""};
  bool period = body.contains("valid_from") || body.contains("valid_to");
  std::string from = StringField(body, "valid_from", false);
  std::string to = StringField(body, "valid_to", false);
  std::shared_ptr<const Glossary> g = c.glossary();
  const GlossaryEntry* found = nullptr;
  std::vector<GlossaryEntry> entries = g->Lookup(vi);
  for (const GlossaryEntry& e : entries) {
    if (Glossary::Key(e.vi) == Glossary::Key(vi) && MatchingKey(e.en) == MatchingKey(en) &&
        (!period || (e.valid_from == from && e.valid_to == to))) {
      found = &e;
      break;
    }
  }
  if (found == nullptr) {
    throw HttpError{
        404, "The glossary has no rendering \"" + en + "\" for \"" + vi + "\": add it first.",
        "not_in_glossary"};
  }
  GlossaryEntry entry = *found;
  int64_t audit = 0;
  c.write([&](TmStore& store) {
    audit = SetGlossaryStatus(store, entry, status, WhoFrom(req));
    c.reload_glossary(store);
  });
  entry.status = status;
  entry.priority = 1;
  SendJson(res, {{"entry", GlossaryEntryJson(entry)}, {"audit", audit}});
}

}  // namespace

void RegisterReviewRoutes(httplib::Server& http, const ApiContext& c) {
  // `c` is copied into each handler: the server outlives its routes.
  auto route = [&c](void (*fn)(const ApiContext&, const httplib::Request&, httplib::Response&)) {
    return c.wrap(
        [c, fn](const httplib::Request& req, httplib::Response& res) { fn(c, req, res); });
  };
  http.Get("/api/review", route(Queue));
  http.Get("/api/review/filters", route(Filters));
  http.Post("/api/review/bulk-accept", route(BulkAcceptRoute));
  http.Post("/api/review/undo", route(Undo));
  http.Get("/api/audit", route(Log));
  http.Post("/api/glossary/status", route(GlossaryStatus));
}

}  // namespace songngu::server_internal
