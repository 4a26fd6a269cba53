#include "server/server.h"

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <ctime>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <utility>
#include <vector>

#include "aligner/align.h"
#include "aligner/data_path.h"
#include "aligner/error.h"
#include "aligner/json_limits.h"
#include "aligner/lexicon.h"
#include "aligner/normalize.h"
#include "aligner/text.h"
#include "server/api_util.h"
#include "server/gate.h"
#include "server/release.h"
#include "tm/concord.h"
#include "tm/corpus.h"
#include "tm/glossary.h"
#include "tm/review.h"
#include "tm/store.h"
#include "tm/suggest.h"
#include "tm/terms.h"
#include "tm/tm_lexicon.h"
#include "tm/wordalign.h"

namespace songngu {
// Shared with the other route files through server/api_util.h.
namespace server_internal {

using nlohmann::json;

std::string CodeForStatus(int status) {
  switch (status) {
    case 400: return "bad_request";
    case 401: return "token_missing";
    case 403: return "forbidden";
    case 404: return "not_found";
    case 408: return "timeout";
    case 411: return "length_required";
    case 413: return "body_too_large";
    case 415: return "unsupported_media_type";
    case 431: return "headers_too_large";
    case 503: return "busy";
    case 507: return "disk_full";
    default: return status >= 500 ? "internal" : "error";
  }
}

// The page's files, read once at start: requests never name a file.
const std::pair<const char*, const char*> kWebFiles[] = {
    {"index.html", "text/html; charset=utf-8"},
    {"app.js", "text/javascript; charset=utf-8"},
    {"app.css", "text/css; charset=utf-8"},
    {"translate.js", "text/javascript; charset=utf-8"},
    {"translate.css", "text/css; charset=utf-8"},
    {"review.js", "text/javascript; charset=utf-8"},
    {"review.css", "text/css; charset=utf-8"},
};

std::string RandomToken() {
  std::random_device rd;  // /dev/urandom on Linux
  static const char kHex[] = "0123456789abcdef";
  std::string t;
  for (int i = 0; i < 32; ++i) t += kHex[rd() & 15];
  return t;
}

// Compares without an early exit, so timing does not reveal a token prefix.
bool SameToken(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

void SendJson(httplib::Response& res, const json& j, int status) {
  res.status = status;
  res.set_content(Dump(j), "application/json; charset=utf-8");
}

// Every API error: {"error": a sentence for people, "code": for scripts}.
void SendError(httplib::Response& res, const HttpError& e) {
  SendJson(res, {{"error", e.message}, {"code", e.code.empty() ? CodeForStatus(e.status) : e.code}},
           e.status);
}

// A library or SQLite failure as an answer. A full disk or a TM locked by
// another process is the server's state, not a bad request: nothing was
// stored, and the same request may work later.
HttpError ClassifyFailure(const std::string& what, bool input_error) {
  auto has = [&](const char* s) { return what.find(s) != std::string::npos; };
  if (has("database or disk is full") || has("disk I/O error") || has("No space left")) {
    return {507,
            "The disk holding the translation memory is full or failing, so nothing was "
            "stored. Free some space and try again.",
            "disk_full"};
  }
  if (has("database is locked") || has("another process is writing")) {
    return {503, "The translation memory is busy with another program's changes; try again in a "
                 "moment.", "busy"};
  }
  if (input_error) return {400, what, "bad_input"};
  return {500, "internal error: " + what, "internal"};
}

// For long work between steps: 503 once the request's time is up, and an
// answer nobody reads once the client has gone or the server is stopping.
void StopIfUnwanted(size_t done, size_t total) {
  if (RequestControl::Abandoned())
    throw HttpError{503, "the server is stopping or the client has gone", "cancelled"};
  if (RequestControl::PastDeadline()) {
    throw HttpError{503,
                    "This text takes too long to process (" + std::to_string(done) + " of " +
                        std::to_string(total) +
                        " sentences done in the time allowed); send it in smaller parts.",
                    "too_slow"};
  }
}

json ParseBody(const httplib::Request& req) {
  if (FindJsonTooDeep(req.body) != std::string_view::npos) {
    throw HttpError{
        400, "request body is nested deeper than " + std::to_string(kMaxJsonDepth) + " levels"};
  }
  json body = json::parse(req.body, nullptr, false);
  if (body.is_discarded()) throw HttpError{400, "request body is not valid JSON"};
  if (!body.is_object()) throw HttpError{400, "request body must be a JSON object"};
  return body;
}

std::string StringField(const json& body, const char* name, bool required) {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) {
    if (required) throw HttpError{400, std::string("missing field \"") + name + "\""};
    return "";
  }
  if (!it->is_string())
    throw HttpError{400, std::string("field \"") + name + "\" must be a string"};
  return it->get<std::string>();
}

double NumberField(const json& body, const char* name, double fallback, double lo, double hi) {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) return fallback;
  if (!it->is_number())
    throw HttpError{400, std::string("field \"") + name + "\" must be a number"};
  double v = it->get<double>();
  if (!(v >= lo && v <= hi)) {
    throw HttpError{400, std::string("field \"") + name + "\" must be between " +
                             std::to_string(lo) + " and " + std::to_string(hi)};
  }
  return v;
}

bool BoolField(const json& body, const char* name) {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) return false;
  if (!it->is_boolean())
    throw HttpError{400, std::string("field \"") + name + "\" must be true or false"};
  return it->get<bool>();
}

double NumberParam(const httplib::Request& req, const char* name, double fallback, double lo,
                   double hi) {
  if (!req.has_param(name)) return fallback;
  std::string s = req.get_param_value(name);
  size_t used = 0;
  double v = 0;
  try {
    v = std::stod(s, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != s.size() || !(v >= lo && v <= hi)) {
    throw HttpError{400, std::string("parameter ") + name + " must be a number between " +
                             std::to_string(lo) + " and " + std::to_string(hi)};
  }
  return v;
}

std::string QueryParam(const httplib::Request& req) {
  std::string q = req.get_param_value("q");
  if (q.find_first_not_of(" \t\r\n") == std::string::npos)
    throw HttpError{400, "parameter q is empty"};
  return q;
}

Lang LangParam(const httplib::Request& req) {
  std::string from = req.has_param("from") ? req.get_param_value("from") : "vi";
  if (from == "vi") return Lang::kVi;
  if (from == "en") return Lang::kEn;
  throw HttpError{400, "parameter from must be vi or en"};
}

json UnitJson(const Unit& u) {
  json j = {{"id", u.id},
            {"vi", u.vi},
            {"en", u.en},
            {"origin", OriginName(u.origin)},
            {"review", ReviewName(u.review)},
            {"created", u.created},
            {"changed", u.changed},
            {"dup_count", u.dup_count}};
  j["score"] = u.score ? json(std::round(*u.score * 1000) / 1000) : json(nullptr);
  if (!u.props.empty()) {
    json props = json::parse(u.props, nullptr, false);
    if (!props.is_discarded()) j["props"] = props;
  }
  return j;
}

json GlossaryEntryJson(const GlossaryEntry& e) {
  return {{"vi", e.vi},
          {"en", e.en},
          {"en_female", e.en_female},
          {"kind", e.kind},
          {"valid_from", e.valid_from},
          {"valid_to", e.valid_to},
          {"source", e.source},
          {"note", e.note},
          {"priority", e.priority},
          {"status", e.status}};
}

// "127.0.0.1:8080" -> "127.0.0.1", "[::1]:8080" -> "::1".
std::string HostName(const std::string& host_header) {
  if (!host_header.empty() && host_header.front() == '[') {
    size_t close = host_header.find(']');
    return close == std::string::npos ? host_header : host_header.substr(1, close - 1);
  }
  return host_header.substr(0, host_header.find(':'));
}

// How the glossary stands on a rendering of `phrase`: "preferred",
// "deprecated", "entry" (listed) or "" (not in the glossary); the page marks it.
std::string RenderingStanding(const Glossary& glossary, const std::string& phrase,
                              const std::string& rendering) {
  std::string standing;
  for (const GlossaryEntry& e : glossary.Lookup(phrase)) {
    if (Glossary::Key(e.vi) != Glossary::Key(phrase) || MatchingKey(e.en) != MatchingKey(rendering))
      continue;
    if (!e.status.empty()) return e.status;
    standing = "entry";
  }
  return standing;
}

// Who did it, for the audit log: the page's name setting, sent percent-encoded
// (a header cannot carry "Nguyễn" as it stands); "web" when none.
std::string WhoFrom(const httplib::Request& req) {
  std::string who = httplib::detail::decode_url(req.get_header_value("X-Songngu-Name"), false);
  if (who.size() > 100) who.resize(100);
  return who.empty() ? "web" : who;
}

int64_t UnitIdFromPath(const httplib::Request& req) {
  const std::string& s = req.matches[1];
  try {
    return std::stoll(s);
  } catch (const std::exception&) {
    throw HttpError{400, "bad unit id"};
  }
}

// Adds the time from construction to Done() (or the end of the scope) to one
// field of the current request's timing, when the request is observed.
class WaitTimer {
 public:
  explicit WaitTimer(double RequestTiming::*field)
      : timing_(RequestControl::Timing()), field_(field) {
    if (timing_) start_ = std::chrono::steady_clock::now();
  }
  ~WaitTimer() { Done(); }
  WaitTimer(const WaitTimer&) = delete;
  WaitTimer& operator=(const WaitTimer&) = delete;
  void Done() {
    if (!timing_) return;
    timing_->*field_ +=
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_)
            .count();
    timing_ = nullptr;
  }

 private:
  RequestTiming* timing_;
  double RequestTiming::*field_;
  std::chrono::steady_clock::time_point start_;
};

// The writer's lock. Its wait counts in RequestTiming::lock_wait_ms; its
// release, after the write, moves `generation` on, so what the server caches
// from the TM's units (the house style) is learned again.
class WriteLock {
 public:
  WriteLock(std::mutex& m, std::atomic<uint64_t>& generation) : generation_(generation) {
    WaitTimer timer(&RequestTiming::lock_wait_ms);
    lock_ = std::unique_lock<std::mutex>(m);
  }
  ~WriteLock() { ++generation_; }  // before lock_ is released
  WriteLock(const WriteLock&) = delete;
  WriteLock& operator=(const WriteLock&) = delete;

 private:
  std::atomic<uint64_t>& generation_;
  std::unique_lock<std::mutex> lock_;
};

}  // namespace server_internal
using namespace server_internal;  // NOLINT: this file's own helpers

bool IsLoopbackHost(const std::string& host) {
  if (host == "localhost") return true;
  in_addr v4{};
  if (inet_pton(AF_INET, host.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  std::string bare = host.size() > 2 && host.front() == '[' && host.back() == ']'
                         ? host.substr(1, host.size() - 2)
                         : host;
  in6_addr v6{};
  return inet_pton(AF_INET6, bare.c_str(), &v6) == 1 && IN6_IS_ADDR_LOOPBACK(&v6);
}

struct Server::Impl {
  ServerOptions options;
  bool loopback = true;
  GatedServer http;  // httplib behind the gate (server/gate.h)
  int port = -1;
  std::map<std::string, std::pair<std::string, std::string>> files;  // route -> (bytes, MIME type)
  // The lexicon the CLI resolves for this TM (its trained one, else the shipped
  // one), reloaded when `lexicon train --from-tm` stores a new one.
  TmLexiconCache lexicons;

  // TM connections: one per concurrent request, reused.
  std::mutex pool_mutex;
  std::condition_variable pool_cv;
  std::vector<std::unique_ptr<TmStore>> idle;
  int open_connections = 0;

  // The one writer: its own connection, so writes never queue behind reads for
  // a pooled one, used under the mutex; SQLite's busy timeout covers other processes.
  std::mutex write_mutex;
  std::unique_ptr<TmStore> writer;
  std::atomic<uint64_t> generation{0};  // writes through `writer` so far (WriteLock)

  // The house style suggest applies (tm/terms.h): learning it reads 20,000
  // units (~300 ms on a 100k TM), so it is learned once and again after a
  // write here or, for another process's writes, once it is a minute old.
  std::mutex style_mutex;
  std::shared_ptr<const HouseStyle> style;
  bool style_learning = false;  // a request is learning it (outside the mutex)
  uint64_t style_generation = 0;
  std::chrono::steady_clock::time_point style_learned;

  // Replaced (not changed) when an entry is added, here or by another process
  // (glossary_stamp differs), so readers keep a consistent one.
  std::mutex glossary_mutex;
  std::shared_ptr<const Glossary> glossary;
  std::string glossary_stamp;  // TmStore::GlossaryStamp() of what `glossary` holds

  // A borrowed connection, returned to the pool when the lease ends.
  class Lease {
   public:
    Lease(Impl& im, std::unique_ptr<TmStore> s) : im_(im), store_(std::move(s)) {}
    ~Lease() {
      {
        std::lock_guard<std::mutex> lock(im_.pool_mutex);
        im_.idle.push_back(std::move(store_));
      }
      im_.pool_cv.notify_one();
    }
    TmStore& operator*() { return *store_; }
    TmStore* operator->() { return store_.get(); }

   private:
    Impl& im_;
    std::unique_ptr<TmStore> store_;
  };

  TmStore::Options StoreOptions() const {
    TmStore::Options o;
    o.cache_kib = options.cache_kib;
    return o;
  }

  Lease Borrow() {
    WaitTimer timer(&RequestTiming::tm_wait_ms);
    std::unique_lock<std::mutex> lock(pool_mutex);
    pool_cv.wait(lock, [&] { return !idle.empty() || open_connections < options.connections; });
    timer.Done();
    if (!idle.empty()) {
      std::unique_ptr<TmStore> s = std::move(idle.back());
      idle.pop_back();
      return Lease(*this, std::move(s));
    }
    ++open_connections;
    lock.unlock();
    try {
      return Lease(*this, std::make_unique<TmStore>(options.tm_path, StoreOptions()));
    } catch (...) {
      std::lock_guard<std::mutex> relock(pool_mutex);
      --open_connections;
      pool_cv.notify_one();
      throw;
    }
  }

  std::shared_ptr<const HouseStyle> CurrentHouseStyle(TmStore& store) {
    const uint64_t now_generation = generation;
    const auto now = std::chrono::steady_clock::now();
    {
      std::lock_guard<std::mutex> lock(style_mutex);
      const bool fresh = style && style_generation == now_generation &&
                         now - style_learned < std::chrono::minutes(1);
      // While another request learns the new one, the last one serves: under
      // load every suggest once waited seconds behind one learning.
      if (fresh || (style && style_learning)) return style;
      style_learning = true;
    }
    std::shared_ptr<const HouseStyle> learned;
    try {
      learned = std::make_shared<const HouseStyle>(LearnHouseStyle(store));
    } catch (...) {
      std::lock_guard<std::mutex> lock(style_mutex);
      style_learning = false;
      throw;
    }
    std::lock_guard<std::mutex> lock(style_mutex);
    style = learned;
    style_generation = now_generation;
    style_learned = now;
    style_learning = false;
    return learned;
  }

  // The glossary the CLI loads for this TM (shipped entries and the TM's own),
  // reloaded when the TM's entries changed since it was loaded.
  // With write_mutex held, before a write that adds units: they get their word
  // alignment in its transaction (fuzzy repair), with the lexicon and glossary
  // suggest uses now, which the aligner holds until the next write replaces it.
  void ArmWordAligner() {
    std::shared_ptr<const Lexicon> lexicon = lexicons.Get(*writer);
    std::shared_ptr<const Glossary> terms = CurrentGlossary(*writer);
    writer->SetWordAligner([lexicon, terms](const std::string& vi, const std::string& en) {
      return FormatWordLinks(AlignUnitWords(vi, en, lexicon.get(), terms.get()));
    });
  }

  std::shared_ptr<const Glossary> CurrentGlossary(TmStore& store) {
    std::string stamp = store.GlossaryStamp();
    std::lock_guard<std::mutex> lock(glossary_mutex);
    if (glossary == nullptr || stamp != glossary_stamp) {
      glossary = std::make_shared<const Glossary>(LoadGlossary(&store, true));
      glossary_stamp = std::move(stamp);
    }
    return glossary;
  }
  // After this server's own glossary write: loaded at once, whatever the stamp says.
  void ReloadGlossary(TmStore& store) {
    auto fresh = std::make_shared<const Glossary>(LoadGlossary(&store, true));
    std::string stamp = store.GlossaryStamp();
    std::lock_guard<std::mutex> lock(glossary_mutex);
    glossary = std::move(fresh);
    glossary_stamp = std::move(stamp);
  }

  // The token a request carries: a header, and for the page's own files off
  // loopback (a browser cannot add headers to a page load) also ?token= or
  // the cookie set when the page was opened with it.
  static std::string GivenToken(const httplib::Request& req, bool page) {
    std::string auth = req.get_header_value("Authorization");
    if (auth.rfind("Bearer ", 0) == 0) return auth.substr(7);
    std::string given = req.get_header_value("X-Songngu-Token");
    if (!given.empty() || !page) return given;
    if (req.has_param("token")) return req.get_param_value("token");
    std::string cookies = req.get_header_value("Cookie");
    for (size_t at = 0; (at = cookies.find("songngu_token=", at)) != std::string::npos; ++at) {
      if (at == 0 || cookies[at - 1] == ' ' || cookies[at - 1] == ';') {
        size_t begin = at + 14;
        return cookies.substr(begin, cookies.find(';', begin) - begin);
      }
    }
    return "";
  }

  // 401 without a token, 403 with a wrong one.
  void RequireToken(const httplib::Request& req, bool page = false) const {
    std::string given = GivenToken(req, page);
    if (given.empty()) {
      throw HttpError{401,
                      "This needs the access token: paste it in the Token field at the top of "
                      "the page (scripts send it as Authorization: Bearer TOKEN).",
                      "token_missing"};
    }
    if (!SameToken(given, options.token)) {
      throw HttpError{403,
                      "The access token is not the one this server was started with: check the "
                      "Token field.",
                      "token_wrong"};
    }
  }

  // Runs a handler, turning every failure into a JSON error with a status.
  template <typename Fn>
  httplib::Server::Handler Wrap(Fn fn) {
    return [fn](const httplib::Request& req, httplib::Response& res) {
      try {
        fn(req, res);
      } catch (const HttpError& e) {
        SendError(res, e);
      } catch (const std::exception& e) {
        // The libraries' input errors (empty text, invalid UTF-8) are the
        // request's fault; the TM's own troubles (disk full, busy) are not.
        SendError(res, ClassifyFailure(e.what(), dynamic_cast<const Error*>(&e) != nullptr));
      }
    };
  }

  void Routes();
  // server/review_api.cc's view of this server.
  ApiContext ReviewContext() {
    ApiContext c;
    c.require_token = [this](const httplib::Request& req) { RequireToken(req); };
    c.read = [this](const std::function<void(TmStore&)>& fn) {
      Lease store = Borrow();
      fn(*store);
    };
    c.write = [this](const std::function<void(TmStore&)>& fn) {
      WriteLock lock(write_mutex, generation);
      fn(*writer);
    };
    c.glossary = [this] {
      Lease store = Borrow();
      return CurrentGlossary(*store);
    };
    c.reload_glossary = [this](TmStore& store) { ReloadGlossary(store); };
    c.wrap = [this](std::function<void(const httplib::Request&, httplib::Response&)> fn) {
      return Wrap(std::move(fn));
    };
    return c;
  }
  void Search(const httplib::Request& req, httplib::Response& res);
  void Concordance(const httplib::Request& req, httplib::Response& res);
  void SuggestRelease(const httplib::Request& req, httplib::Response& res);
  void AlignTexts(const httplib::Request& req, httplib::Response& res);
  void ListUnits(const httplib::Request& req, httplib::Response& res);
  void SetReview(const httplib::Request& req, httplib::Response& res, songngu::Review review);
  void Edit(const httplib::Request& req, httplib::Response& res);
  void GlossaryLookup(const httplib::Request& req, httplib::Response& res);
  void GlossaryAdd(const httplib::Request& req, httplib::Response& res);
};

void Server::Impl::Search(const httplib::Request& req, httplib::Response& res) {
  SearchOptions so;
  so.from = LangParam(req);
  so.min_score = NumberParam(req, "min", 50, 0, 100);
  so.limit = static_cast<size_t>(NumberParam(req, "limit", 10, 1, 100));
  std::string q = QueryParam(req);
  std::string date = req.has_param("date") ? req.get_param_value("date") : "";
  std::vector<TmHit> hits;
  {
    Lease store = Borrow();
    std::shared_ptr<const Glossary> glossary = CurrentGlossary(*store);
    // The CLI's and suggest's path: targets adapted by value, stale ones flagged.
    hits = SearchTm(*store, q, so, *glossary, date);
  }
  json out = {{"query", q}, {"matches", json::array()}};
  for (const TmHit& h : hits) {
    const Match& m = h.match;
    json diffs = json::array();
    for (const DiffSpan& d : m.diffs) diffs.push_back({{"query", d.query}, {"unit", d.unit}});
    json jm = {{"id", m.unit.id},
               {"score", std::round(m.score * 10) / 10},
               {"band", m.band},
               {"source", m.source},
               {"target", m.target},
               {"numbers_differ", m.numbers_differ},
               {"stale", h.stale},
               {"review", ReviewName(m.unit.review)},
               {"origin", OriginName(m.unit.origin)},
               {"diffs", std::move(diffs)}};
    if (h.stale) jm["note"] = StaleNote(h.stale_values);
    if (!h.part.empty()) jm["part"] = h.part;
    out["matches"].push_back(std::move(jm));
  }
  SendJson(res, out);
}

void Server::Impl::Concordance(const httplib::Request& req, httplib::Response& res) {
  ConcordOptions co;
  co.from = LangParam(req);
  if (req.has_param("date")) co.date = req.get_param_value("date");
  size_t limit = static_cast<size_t>(NumberParam(req, "limit", 10, 1, 100));
  std::string q = QueryParam(req);
  ConcordResult r;
  {
    Lease store = Borrow();
    // What `songngu concord` uses on this TM: its glossary (renderings and
    // whole-term boundaries) and its lexicon, the trained one if it has one.
    std::shared_ptr<const Glossary> glossary = CurrentGlossary(*store);
    std::shared_ptr<const Lexicon> lexicon = lexicons.Get(*store);
    co.glossary = glossary.get();
    co.lexicon = lexicon.get();
    r = Concord(*store, q, co);
  }
  json out = {{"query", q}, {"units", r.units}, {"groups", json::array()}};
  out["fragments"] = json::array();
  for (const DraftFragment& f : r.fragments) {
    // The shape of /api/suggest's fragments.
    out["fragments"].push_back(
        {{"vi", f.vi}, {"en", f.en}, {"span", {f.begin, f.end}}, {"unit_id", f.unit_id}});
  }
  for (size_t g = 0; g < r.groups.size() && g < limit; ++g) {
    const ConcordGroup& group = r.groups[g];
    json hits = json::array();
    for (size_t h = 0; h < group.hits.size() && h < 5; ++h) {
      const ConcordHit& hit = group.hits[h];
      hits.push_back({{"id", hit.unit.id},
                      {"vi", hit.unit.vi},
                      {"en", hit.unit.en},
                      {"span", hit.span},
                      {"review", ReviewName(hit.unit.review)}});
    }
    out["groups"].push_back({{"rendering", group.rendering},
                             {"count", group.count},
                             {"hits", std::move(hits)},
                             {"glossary", RenderingStanding(*glossary, q, group.rendering)}});
  }
  SendJson(res, out);
}

void Server::Impl::SuggestRelease(const httplib::Request& req, httplib::Response& res) {
  json body = ParseBody(req);
  std::string text = StringField(body, "text", true);
  SuggestOptions so;
  so.date = StringField(body, "date", false);
  so.min_score = static_cast<int>(NumberField(body, "min", so.min_score, 0, 100));
  so.max_matches = static_cast<int>(NumberField(body, "max", so.max_matches, 1, 20));
  SegmentOptions seg;
  seg.lang = "vi";
  Document release = ParseDocument(text, "release", seg);
  std::vector<SentenceSuggestion> all;
  {
    Lease store = Borrow();
    std::shared_ptr<const Glossary> glossary = CurrentGlossary(*store);
    std::shared_ptr<const HouseStyle> house_style;
    if (so.house_style) {
      house_style = CurrentHouseStyle(*store);
      so.style = house_style.get();
    }
    // Word alignment of units `tm wordalign` has not aligned (drafts): the
    // lexicon `songngu suggest` would use, held while this request runs.
    std::shared_ptr<const Lexicon> lexicon = lexicons.Get(*store);
    so.lexicon = lexicon.get();
    // Sentence by sentence, so a huge text stops when its time is up, its
    // client has gone or the server is stopping, instead of keeping a core busy.
    Document one;
    one.meta = release.meta;
    for (size_t i = 0; i < release.sentences.size(); ++i) {
      StopIfUnwanted(i, release.sentences.size());
      one.sentences.assign(1, release.sentences[i]);
      SentenceSuggestion s = std::move(Suggest(one, *store, *glossary, so).front());
      s.index = i;
      all.push_back(std::move(s));
    }
  }
  json out = {{"date", so.date.empty() ? release.meta.date : so.date},
              {"title", release.meta.title},
              {"sentences", json::array()}};
  // The CLI's JSON line per sentence, so both speak the same format.
  for (const SentenceSuggestion& s : all)
    out["sentences"].push_back(json::parse(WriteSuggestionJson(s)));
  SendJson(res, out);
}

void Server::Impl::AlignTexts(const httplib::Request& req, httplib::Response& res) {
  json body = ParseBody(req);
  bool store_links = BoolField(body, "store");
  if (store_links) RequireToken(req);
  AlignOptions ao;
  ao.min_score = NumberField(body, "min_score", ao.min_score, 0, 1);
  SegmentOptions seg;
  seg.lang = "vi";
  Document vi = ParseDocument(StringField(body, "vi", true), "vi", seg);
  seg.lang = "en";
  Document en = ParseDocument(StringField(body, "en", true), "en", seg);
  std::shared_ptr<const Lexicon> lexicon;
  {
    Lease store = Borrow();
    lexicon = lexicons.Get(*store);  // `songngu align`'s: the TM's trained one if any
  }
  Alignment a = Align(vi, en, *lexicon, ao);

  std::vector<int64_t> ids;
  int64_t batch = 0;
  if (store_links && !a.links.empty()) {
    vi.name = StringField(body, "vi_name", false);
    en.name = StringField(body, "en_name", false);
    WriteLock lock(write_mutex, generation);
    ArmWordAligner();
    TmStore* store = writer.get();
    StoredAlignment stored = StoreAlignmentBatch(*store, vi, en, a, "align", "songngu serve");
    batch = stored.batch;
    for (const AddResult& r : stored.units) ids.push_back(r.id);
  }
  json out = {
      {"links", json::array()}, {"unlinked_vi", a.unlinked_vi}, {"unlinked_en", a.unlinked_en}};
  for (size_t k = 0; k < a.links.size(); ++k) {
    const Link& l = a.links[k];
    json j = {{"vi_idx", l.vi},
              {"en_idx", l.en},
              {"vi", JoinSentences(vi, l.vi)},
              {"en", JoinSentences(en, l.en)},
              {"score", std::round(l.score * 1000) / 1000}};
    if (k < ids.size()) j["unit"] = ids[k];
    out["links"].push_back(std::move(j));
  }
  if (batch) out["batch"] = batch;
  SendJson(res, out);
}

void Server::Impl::ListUnits(const httplib::Request& req, httplib::Response& res) {
  std::string name = req.has_param("review") ? req.get_param_value("review") : "unreviewed";
  std::optional<songngu::Review> review = ParseReview(name);
  if (!review) throw HttpError{400, "parameter review must be unreviewed, accepted or rejected"};
  size_t limit = static_cast<size_t>(NumberParam(req, "limit", 50, 1, 500));
  int64_t after = static_cast<int64_t>(NumberParam(req, "after", 0, 0, 9e15));
  std::vector<Unit> units;
  json out = {{"review", name}, {"units", json::array()}};
  {
    Lease store = Borrow();
    units = store->UnitsByReview(*review, limit, after);
    // With the first page only; from the review index (cheap).
    if (after == 0) {
      StoreStats st = store->ReviewCounts();
      out["counts"] = {
          {"unreviewed", st.unreviewed}, {"accepted", st.accepted}, {"rejected", st.rejected}};
    }
  }
  for (const Unit& u : units) out["units"].push_back(UnitJson(u));
  SendJson(res, out);
}

void Server::Impl::SetReview(const httplib::Request& req, httplib::Response& res,
                             songngu::Review review) {
  RequireToken(req);
  int64_t id = UnitIdFromPath(req);
  std::optional<Unit> unit;
  int64_t audit = 0;
  {
    WriteLock lock(write_mutex, generation);
    TmStore* store = writer.get();
    if (!store->GetUnit(id)) throw HttpError{404, "no unit " + std::to_string(id)};
    // Audited (tm/review.h), so the page can undo it.
    audit = ReviewUnits(*store, {id}, review, ReviewName(review), WhoFrom(req));
    unit = store->GetUnit(id);
  }
  SendJson(res, {{"unit", UnitJson(*unit)}, {"audit", audit}});
}

// An edit keeps the history: the corrected pair is a new accepted unit with
// origin "edited" and who/when in its props; the aligned pair it replaces is rejected.
void Server::Impl::Edit(const httplib::Request& req, httplib::Response& res) {
  RequireToken(req);
  int64_t id = UnitIdFromPath(req);
  json body = ParseBody(req);
  std::string vi = StringField(body, "vi", true), en = StringField(body, "en", true);
  std::string by = StringField(body, "by", false);
  if (by.empty()) by = WhoFrom(req);
  if (vi.find_first_not_of(" \t\r\n") == std::string::npos ||
      en.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw HttpError{400, "vi and en must not be empty"};
  }
  std::optional<Unit> edited;
  int64_t audit = 0;
  {
    WriteLock lock(write_mutex, generation);
    ArmWordAligner();
    TmStore* store = writer.get();
    std::optional<Unit> old = store->GetUnit(id);
    if (!old) throw HttpError{404, "no unit " + std::to_string(id)};
    UnitInput u;
    u.vi = vi;
    u.en = en;
    u.origin = Origin::kEdited;
    u.review = Review::kAccepted;
    u.vi_doc = old->vi_doc;
    u.en_doc = old->en_doc;
    u.props = Dump({{"edited_by", by}, {"edited_at", NowIso()}, {"replaces", id}});
    TmStore::Transaction txn(*store);
    AddResult added = store->AddUnit(u, 0);
    // A merge leaves the existing pair's status as it was: that is what undo restores.
    std::string before = added.id == id ? ReviewName(old->review)
                         : added.merged ? ReviewName(store->GetUnit(added.id)->review)
                                        : "";
    std::vector<AuditChange> changes;
    // The same text as before is a confirmation, not a replacement.
    if (added.id != id) {
      store->SetReview(id, Review::kRejected);
      changes.push_back({id, ReviewName(old->review), "rejected"});
    }
    store->SetReview(added.id, Review::kAccepted);
    // A pair the edit created is undone by rejecting it; one that existed goes back.
    changes.push_back({added.id, before, "accepted"});
    audit = RecordAudit(*store, "edit", by, Dump({{"replaces", id}}), changes);
    txn.Commit();
    edited = store->GetUnit(added.id);
  }
  SendJson(res, {{"unit", UnitJson(*edited)}, {"replaces", id}, {"audit", audit}});
}

void Server::Impl::GlossaryLookup(const httplib::Request& req, httplib::Response& res) {
  std::string q = QueryParam(req);
  std::string date = req.get_param_value("date");
  std::shared_ptr<const Glossary> g;
  {
    Lease store = Borrow();
    g = CurrentGlossary(*store);
  }
  json out = {{"query", q}, {"entries", json::array()}};
  for (const GlossaryEntry& e : g->Lookup(q, date)) out["entries"].push_back(GlossaryEntryJson(e));
  // A longer text: the terms recognised in it.
  out["terms"] = json::array();
  for (const TermMatch& t : g->Recognize(q, RecognizeOptions{date, true})) {
    out["terms"].push_back({{"vi", t.vi}, {"en", t.en}, {"kind", t.kind}});
  }
  SendJson(res, out);
}

void Server::Impl::GlossaryAdd(const httplib::Request& req, httplib::Response& res) {
  RequireToken(req);
  json body = ParseBody(req);
  GlossaryEntry e;
  e.vi = StringField(body, "vi", true);
  e.en = StringField(body, "en", true);
  if (e.vi.find_first_not_of(" \t") == std::string::npos ||
      e.en.find_first_not_of(" \t") == std::string::npos) {
    throw HttpError{400, "vi and en must not be empty"};
  }
  e.en_female = StringField(body, "en_female", false);
  e.kind = StringField(body, "kind", false);
  if (e.kind.empty()) e.kind = "term";
  static const char* const kKinds[] = {"title", "body", "doctype", "place", "term", "abbrev"};
  if (std::find_if(std::begin(kKinds), std::end(kKinds),
                   [&](const char* k) { return e.kind == k; }) == std::end(kKinds)) {
    throw HttpError{400, "kind must be title, body, doctype, place, term or abbrev"};
  }
  e.expands = StringField(body, "expands", false);
  e.valid_from = StringField(body, "valid_from", false);
  e.valid_to = StringField(body, "valid_to", false);
  e.source = StringField(body, "source", false);
  if (e.source.empty()) e.source = "songngu serve";
  e.note = StringField(body, "note", false);
  e.priority = 1;
  int64_t audit = 0;
  {
    WriteLock lock(write_mutex, generation);
    TmStore* store = writer.get();
    TmStore::Transaction txn(*store);
    store->AddGlossaryEntries({e});
    audit = RecordAudit(*store, "glossary_add", WhoFrom(req),
                        Dump({{"vi", e.vi}, {"en", e.en}, {"kind", e.kind}}), {});
    txn.Commit();
    ReloadGlossary(*store);  // now, not by the next reader
  }
  SendJson(res, {{"entry", GlossaryEntryJson(e)}, {"audit", audit}}, 201);
}

void Server::Impl::Routes() {
  for (const auto& [route, file] : files) {
    const std::pair<std::string, std::string>* f = &file;
    http.Get(route, [f](const httplib::Request&, httplib::Response& res) {
      res.set_header("Cache-Control", "no-cache");
      res.set_content(f->first, f->second.c_str());
    });
  }
  http.Get("/api/health", Wrap([this](const httplib::Request&, httplib::Response& res) {
             StoreStats st;
             {
               Lease store = Borrow();
               st = store->ReviewCounts();
             }
             SendJson(res, {{"ok", true},
                            {"units", st.units},
                            {"unreviewed", st.unreviewed},
                            {"version", Version()}});
           }));
  http.Get("/api/search", Wrap([this](const auto& req, auto& res) { Search(req, res); }));
  http.Get("/api/concordance", Wrap([this](const auto& req, auto& res) { Concordance(req, res); }));
  http.Post("/api/suggest", Wrap([this](const auto& req, auto& res) { SuggestRelease(req, res); }));
  http.Post("/api/align", Wrap([this](const auto& req, auto& res) { AlignTexts(req, res); }));
  http.Get("/api/units", Wrap([this](const auto& req, auto& res) { ListUnits(req, res); }));
  http.Post(R"(/api/units/(\d+)/accept)", Wrap([this](const auto& req, auto& res) {
              SetReview(req, res, songngu::Review::kAccepted);
            }));
  http.Post(R"(/api/units/(\d+)/reject)", Wrap([this](const auto& req, auto& res) {
              SetReview(req, res, songngu::Review::kRejected);
            }));
  http.Post(R"(/api/units/(\d+)/edit)",
            Wrap([this](const auto& req, auto& res) { Edit(req, res); }));
  http.Get("/api/glossary", Wrap([this](const auto& req, auto& res) { GlossaryLookup(req, res); }));
  http.Post("/api/glossary", Wrap([this](const auto& req, auto& res) { GlossaryAdd(req, res); }));
  // The translation view's finish (server/release.h): bad input is songngu::Error -> 400 bad_input.
  http.Post("/api/release/finish", Wrap([this](const auto& req, auto& res) {
              RequireToken(req);
              FinishedRelease release = ParseFinishRequest(ParseBody(req));
              FinishResult r;
              int64_t audit = 0;
              {
                WriteLock lock(write_mutex, generation);
                ArmWordAligner();
                TmStore::Transaction txn(*writer);  // the units and their audit entry together
                r = StoreFinishedRelease(*writer, release);
                audit = RecordAudit(*writer, "release_finish", release.translator,
                                    Dump({{"batch", r.batch}, {"stored", r.units.size()},
                                          {"title", release.title}}),
                                    {});
                txn.Commit();
              }
              json units = json::array();
              for (const AddResult& a : r.units) units.push_back(a.id);
              SendJson(res,
                       {{"batch", r.batch}, {"stored", r.units.size()}, {"units", units}, {"audit", audit},
                        {"text", FinishedText(release)}, {"xliff", FinishedXliff(release)},
                        {"tmx", FinishedTmx(release)}},
                       201);
            }));
  RegisterReviewRoutes(http, ReviewContext());
}

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>()) {
  Impl& im = *impl_;
  SONGNGU_THROW_IF(options.tm_path.empty() || options.tm_path == ":memory:",
                   "songngu serve needs a TM file (each worker opens it), not an in-memory TM");
  im.loopback = IsLoopbackHost(options.host);
  SONGNGU_THROW_IF(!im.loopback && options.token.empty(),
                   "refusing to listen on " + options.host +
                       " without --token: anyone on the network could "
                       "read and change the TM");
  if (options.token.empty()) options.token = RandomToken();
  options.threads = std::max(options.threads, 1);
  if (options.connections <= 0) options.connections = options.threads;
  if (options.web_dir.empty()) options.web_dir = DataDir() + "/web";
  im.options = std::move(options);

  for (const auto& [name, type] : kWebFiles) {
    std::string bytes = ReadFile(im.options.web_dir + "/" + name);
    im.files["/" + std::string(name)] = {bytes, type};
    if (std::string(name) == "index.html") im.files["/"] = {bytes, type};
  }
  // Opens (creates, migrates) the TM now, so a bad file fails at start, not on the first request.
  auto first = std::make_unique<TmStore>(im.options.tm_path, im.StoreOptions());
  // Loaded now, so a bad glossary or stored lexicon fails at start, not on the first request.
  im.CurrentGlossary(*first);
  im.lexicons.Get(*first);
  // Learned now, so the first suggests do not all learn it at once.
  im.CurrentHouseStyle(*first);
  im.writer = std::move(first);

  GateLimits limits;
  limits.max_body_bytes = im.options.max_body_bytes;
  limits.max_header_bytes = im.options.max_header_bytes;
  limits.max_header_lines = im.options.max_header_lines;
  limits.read_seconds = im.options.read_seconds;
  limits.workers = im.options.threads;
  limits.queue = im.options.queue;
  limits.observe = im.options.observe;
  im.http.SetLimits(limits, im.options.work_seconds);
  // Small JSON answers: without this, Nagle and delayed ACKs add ~40 ms to each.
  im.http.set_tcp_nodelay(true);
  // The page loads nothing from elsewhere, runs no inline script and is never
  // framed: an injected string cannot run, and no other site can overlay it.
  im.http.set_default_headers({
      {"Content-Security-Policy",
       "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
  });
  im.http.set_pre_routing_handler([&im](const httplib::Request& req, httplib::Response& res) {
    using httplib::Server;
    const bool api = req.path.rfind("/api/", 0) == 0;
    auto refuse = [&](int status, const std::string& message, const std::string& code) {
      SendError(res, HttpError{status, message, code});
      return Server::HandlerResponse::Handled;
    };
    // On loopback, a page from another site must not reach the API by making
    // its own name resolve to 127.0.0.1 (DNS rebinding): the Host must be ours.
    if (im.loopback && !IsLoopbackHost(HostName(req.get_header_value("Host")))) {
      return refuse(403,
                    "Open the workbench as http://127.0.0.1:PORT/ (this address names another "
                    "host).",
                    "bad_host");
    }
    // Off loopback everything needs the token, the page's own files included.
    if (!im.loopback) {
      try {
        im.RequireToken(req, !api);
      } catch (const HttpError& e) {
        if (api) return refuse(e.status, e.message, e.code);
        res.status = e.status;
        res.set_content(
            "<!doctype html><meta charset=utf-8><title>songngu</title><p>This workbench needs "
            "its access token: open it as <code>http://HOST:PORT/?token=YOUR_TOKEN</code>.\n",
            "text/html; charset=utf-8");
        return Server::HandlerResponse::Handled;
      }
      // Page loads cannot send a header: a cookie carries the token to app.js
      // and app.css (the API still needs the header, so other sites cannot use it).
      if (!api && req.has_param("token")) {
        res.set_header("Set-Cookie", "songngu_token=" + im.options.token +
                                         "; Path=/; HttpOnly; SameSite=Strict");
      }
    }
    if (req.method == "GET" || req.method == "HEAD") return Server::HandlerResponse::Unhandled;
    // Another site's page may post here (a form or fetch needs no permission
    // for "simple" requests); browsers say where it came from.
    const std::string origin = req.get_header_value("Origin");
    const std::string fetch_site = req.get_header_value("Sec-Fetch-Site");
    bool foreign_origin = false;
    if (!origin.empty()) {
      size_t scheme = origin.find("://");
      foreign_origin = scheme == std::string::npos ||
                       origin.substr(scheme + 3) != req.get_header_value("Host");
    }
    if (foreign_origin || fetch_site == "cross-site" || fetch_site == "same-site") {
      return refuse(403, "Requests from other web sites are refused.", "cross_site");
    }
    // Without a length httplib would read the body until the client closes
    // (curl -X POST sends none): answer at once instead of after the read timeout.
    if (req.method == "POST" && !req.has_header("Content-Length") &&
        !req.has_header("Transfer-Encoding")) {
      res.set_header("Connection", "close");
      return refuse(411, "a POST needs a Content-Length, even 0 (curl: add -d '')",
                    "length_required");
    }
    // A body is JSON. curl's default type (form-encoded) is taken as JSON too,
    // but only without an Origin: a browser form cannot send JSON's type
    // without asking first, so a foreign page cannot slip a body in.
    const bool has_body =
        req.has_header("Transfer-Encoding") || req.get_header_value("Content-Length") != "0";
    if (api && has_body) {
      std::string type = req.get_header_value("Content-Type");
      type = type.substr(0, type.find(';'));
      std::transform(type.begin(), type.end(), type.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      bool curl_default = type == "application/x-www-form-urlencoded" && origin.empty();
      if (type != "application/json" && !curl_default) {
        return refuse(415, "Send the body as JSON with Content-Type: application/json.",
                      "unsupported_media_type");
      }
    }
    return Server::HandlerResponse::Unhandled;
  });
  // httplib's own refusals (404, 413 body too large, 400 bad request) in the API's format.
  im.http.set_error_handler(
      httplib::Server::HandlerWithResponse([max = im.options.max_body_bytes](
                                               const httplib::Request&, httplib::Response& res) {
        if (res.body.empty()) {
          std::string msg =
              res.status == 413 ? BodyTooLargeMessage(max)
              : res.status == 404 ? "no such page or API endpoint"
                                  : "bad request (HTTP " + std::to_string(res.status) + ")";
          SendError(res, HttpError{res.status, msg, ""});
        }
        return httplib::Server::HandlerResponse::Handled;
      }));
  im.Routes();
}

Server::~Server() = default;

int Server::Bind() {
  Impl& im = *impl_;
  if (im.options.port == 0) {
    im.port = im.http.bind_to_any_port(im.options.host);
  } else {
    im.port = im.http.bind_to_port(im.options.host, im.options.port) ? im.options.port : -1;
  }
  SONGNGU_THROW_IF(im.port < 0, "cannot listen on " + im.options.host + ":" +
                                    std::to_string(im.options.port) +
                                    " (in use, or not an address of this machine)");
  return im.port;
}

void Server::Run() { impl_->http.listen_after_bind(); }

void Server::Stop() { impl_->http.Shutdown(); }

std::string Server::Answer(std::string_view request) { return impl_->http.Answer(request); }

const std::string& Server::token() const { return impl_->options.token; }

std::string Server::Url() const {
  const std::string& h = impl_->options.host;
  std::string host = h.find(':') != std::string::npos && h.front() != '[' ? "[" + h + "]" : h;
  return "http://" + host + ":" + std::to_string(impl_->port) + "/";
}

}  // namespace songngu
