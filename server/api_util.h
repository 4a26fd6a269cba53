// Internal to server/: the pieces of server.cc that other route files
// (server/review_api.cc) share: the error type every handler throws, and
// the JSON body and parameter readers. Not installed, not for the CLI.
#ifndef SONGNGU_SERVER_API_UTIL_H_
#define SONGNGU_SERVER_API_UTIL_H_

#include <httplib.h>

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "tm/glossary.h"
#include "tm/store.h"

namespace songngu::server_internal {

// An error with the HTTP status it answers with, and a code for scripts
// (empty = derived from the status).
struct HttpError {
  HttpError(int s, std::string m, std::string c = "")
      : status(s), message(std::move(m)), code(std::move(c)) {}
  int status;
  std::string message;
  std::string code;
};

std::string Dump(const nlohmann::json& j);
void SendJson(httplib::Response& res, const nlohmann::json& j, int status = 200);
nlohmann::json ParseBody(const httplib::Request& req);  // 400 unless a JSON object
std::string StringField(const nlohmann::json& body, const char* name, bool required);
double NumberField(const nlohmann::json& body, const char* name, double fallback, double lo,
                   double hi);
double NumberParam(const httplib::Request& req, const char* name, double fallback, double lo,
                   double hi);
nlohmann::json UnitJson(const Unit& u);
// Who made a change (the X-Songngu-Name header, percent-encoded), for the audit log.
std::string WhoFrom(const httplib::Request& req);
nlohmann::json GlossaryEntryJson(const GlossaryEntry& e);

// What the review routes need from the server, without its internals.
struct ApiContext {
  // Throws HttpError 401/403 unless the request carries the token.
  std::function<void(const httplib::Request&)> require_token;
  // Runs fn with a pooled read connection.
  std::function<void(const std::function<void(TmStore&)>&)> read;
  // Runs fn with the one writer connection, under the write lock.
  std::function<void(const std::function<void(TmStore&)>&)> write;
  // The glossary in use, and its reload from the TM (call inside `write`).
  std::function<std::shared_ptr<const Glossary>()> glossary;
  std::function<void(TmStore&)> reload_glossary;
  // Turns a handler's throws into JSON errors (server.cc's Wrap).
  std::function<httplib::Server::Handler(
      std::function<void(const httplib::Request&, httplib::Response&)>)>
      wrap;
};

// The review queue, bulk accept, undo, audit log and glossary status routes
// (server/review_api.cc; listed in server/server.h).
void RegisterReviewRoutes(httplib::Server& http, const ApiContext& context);

}  // namespace songngu::server_internal

#endif  // SONGNGU_SERVER_API_UTIL_H_
