// The translator workbench: an HTTP server with a JSON API over the TM
// (search, concordance, suggestions, alignment, review, glossary) and the one
// web page in data/web/ that uses it. `songngu serve` is a thin wrapper.
//
// API (all answers JSON; errors are {"error": a sentence for people, "code": for
// scripts, e.g. "token_missing", "body_too_large", "disk_full"} with a 4xx/5xx status):
//   GET  /api/health                          {"ok", "units", "unreviewed", "version"}
//   GET  /api/search?q=&from=vi|en&min=&limit=        fuzzy matches
//   GET  /api/concordance?q=&from=vi|en&limit=        renderings of a phrase, grouped
//   POST /api/suggest {"text", "date"?, "min"?, "max"?}  per-sentence suggestions
//   POST /api/align {"vi", "en", "store"?, "min_score"?}  links; stored as unreviewed units if
//   "store" GET  /api/units?review=unreviewed&after=&limit=   the review queue, in id order
//        (with "counts" per review state on the first page, after=0)
//   POST /api/units/ID/accept, /api/units/ID/reject
//   POST /api/units/ID/edit {"vi", "en", "by"?}   stores the corrected pair (origin "edited",
//        accepted, props {"edited_by", "edited_at", "replaces"}) and rejects the old one
//   POST /api/release/finish {"title", "date"?, "translator", "sentences": [{"vi", "en",
//        "confirmed"?, "kind"?}]}  stores the confirmed sentences as accepted units in a new
//        batch with their provenance; 201 {"batch", "stored", "units", "text", "xliff", "tmx"}
//        (server/release.h)
//   GET  /api/glossary?q=&date=                       entries for a term (vi or en)
//   POST /api/glossary {"vi", "en", "kind"?, "note"?, ...}  adds to the TM's own glossary
//   (server/review_api.cc, tm/review.h:)
//   GET  /api/review?status=&batch=&document=&min=&max=&order=&cursor=&limit=  the queue with
//        each unit's documents and neighbouring pairs, newest first
//   GET  /api/review/filters                          recent batches and documents
//   POST /api/review/bulk-accept {"batch", "min_score"}   one audited action
//   POST /api/review/undo {"audit"}                   reverts an action (409 if changed since)
//   GET  /api/audit?limit=                            who did what, newest first
//   POST /api/glossary/status {"vi", "en", "status"}  preferred | deprecated | "" (neither)
// Accept, reject, edit and the glossary writes answer with their "audit" id.
//
// Security: every write (the POSTs above except suggest and an align without
// "store") needs the token, as "Authorization: Bearer TOKEN" or
// "X-Songngu-Token: TOKEN" (401 when missing, 403 when wrong); bound to a
// non-loopback address, every request needs it, the page's files included
// (a browser opens the page once with ?token=, which sets an HttpOnly cookie
// for its files), and the server refuses to start there without one. On
// loopback, requests naming another Host get 403 (DNS rebinding). A POST
// from another site's page (Origin or Sec-Fetch-Site) gets 403; an /api/
// body must be application/json (415; curl's form-encoded default is read as
// JSON when there is no Origin). The page carries a Content-Security-Policy
// (nothing inline, nothing from elsewhere, no framing). Static files are read
// once at start from a fixed list; no path is taken from a request.
//
// Limits (server/gate.h): a request is collected by one poll thread until it
// is complete, so slow or idle clients hold no worker thread; 408 when it has
// not fully arrived after `read_seconds`, 431 above `max_header_lines` or
// `max_header_bytes`, 413 for a body above `max_body_bytes` (chunked bodies
// counted as they arrive, a declared Content-Length at once), 411 for a POST
// without a length, 503 when `queue` requests already wait for a thread. A
// suggest stops after `work_seconds`, when its client disconnects or when the
// server stops. A full disk answers 507 (nothing stored).
//
// Concurrency: a request borrows a TmStore connection from a pool, one per
// thread unless `connections` says otherwise (SQLite WAL: readers never wait
// for the writer); writes go through one dedicated
// connection under a mutex, so they never queue behind reads, and SQLite's
// busy timeout covers writers in other processes.
#ifndef SONGNGU_SERVER_SERVER_H_
#define SONGNGU_SERVER_SERVER_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "server/gate.h"

namespace songngu {

struct ServerOptions {
  std::string tm_path;  // the TM file; created if missing (not ":memory:": every thread opens it)
  std::string host = "127.0.0.1";   // loopback unless told otherwise
  int port = 8080;                  // 0 = any free port (tests)
  std::string token;                // needed for writes; empty = a random one is generated
  size_t max_body_bytes = 2 << 20;  // a long release is ~50 kB; 2 MB leaves room for two reports
  size_t max_header_bytes = 32 << 10;  // request line and headers (431 above); browsers send ~2 kB
  int max_header_lines = 100;          // header lines (431 above); browsers send ~20
  double read_seconds = 10;  // one request must arrive within this, however it trickles (408)
  double work_seconds = 30;  // longest a request may compute (a huge suggest); 503 after
  int threads = 16;          // requests handled at once; a connection holds none while idle or
                             // while its request is still arriving (server/gate.h)
  size_t queue = 256;        // complete requests waiting for a thread (503 above)
  // TM connections the threads share (each caches pages). 0 = one per thread:
  // a request then never waits for one. With fewer, cheap requests waited
  // seconds behind suggests holding them (a wait that is not first come,
  // first served; bench/README.md, issue 17).
  int connections = 0;
  // SQLite page cache per TM connection, in KiB (TmStore::Options::cache_kib).
  // 8 MB x (connections + writer) = 72 MB: on a 100k-unit TM the batch default
  // of 64 MB each took the server to 570-670 MB RSS and cost more CPU per
  // request (bench/README.md, serve_abuse); the OS caches the file once for all.
  int cache_kib = 8192;
  std::string web_dir;              // the page's files; empty = DataDir() + "/web"
  // Called after each handled request with where its time went (queue, TM
  // connection, writer's lock); empty = nothing measured. bench/serve_abuse.
  std::function<void(const RequestTiming&)> observe;
};

class Server {
 public:
  // Opens the TM, loads the glossary, lexicon and page. Throws songngu::Error
  // (bad TM file, missing page, non-loopback host without a token).
  explicit Server(ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the socket; returns the port (the chosen one when options.port is 0).
  int Bind();
  // Serves until Stop(); call after Bind().
  void Run();
  // Thread-safe and signal-handler-free: call from another thread.
  void Stop();

  // Answers raw HTTP request bytes without a socket, exactly as a connection
  // to Url() that sends them and then waits would be answered (limits, routes,
  // handlers, error JSON); no Bind() needed. For tests and fuzzing.
  std::string Answer(std::string_view request);

  // The token writes need (generated when none was given).
  const std::string& token() const;
  // http://HOST:PORT/ once bound.
  std::string Url() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// True for 127.0.0.0/8, ::1 and "localhost".
bool IsLoopbackHost(const std::string& host);

}  // namespace songngu

#endif  // SONGNGU_SERVER_SERVER_H_
