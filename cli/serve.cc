// songngu serve: the translator workbench (HTTP JSON API and web page).
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <iostream>
#include <thread>

#include "cli/command.h"
#include "server/server.h"

namespace po = boost::program_options;

namespace songngu::cli {
namespace {

const char kUsage[] =
    "usage: songngu [--tm PATH] serve [--host 127.0.0.1] [--port 8080] [--token TOKEN]\n\n"
    "Serves the translator workbench: a web page (paste a Vietnamese release for suggestions,\n"
    "search and concordance, review of aligned pairs) and its JSON API under /api/ (see\n"
    "docs/serve.md). Listens on loopback unless --host says otherwise; off loopback a\n"
    "--token is required and every request must carry it (open the page once as\n"
    "http://HOST:PORT/?token=TOKEN). Writes (accept, reject, edit,\n"
    "storing alignments, glossary entries) always need the token: without --token a random one\n"
    "is made and printed in the URL. Send it as 'Authorization: Bearer TOKEN' or\n"
    "'X-Songngu-Token: TOKEN'. Ctrl-C (SIGINT) or SIGTERM stops the server.\n\n"
    "example:\n"
    "  songngu --tm cantho.db serve --port 8080\n"
    "  curl 'http://127.0.0.1:8080/api/search?q=Ph%C3%B3%20B%C3%AD%20th%C6%B0'\n";

int RunServe(const GlobalOptions& global, const Args& args) {
  ServerOptions options;
  options.tm_path = global.tm_path;
  po::options_description desc("options");
  desc.add_options()("host", po::value(&options.host)->default_value(options.host),
                     "address to listen on")("port",
                                             po::value(&options.port)->default_value(options.port),
                                             "TCP port (0 = any free port)")(
      "token", po::value(&options.token), "token for writes (and for everything off loopback)")(
      "threads", po::value(&options.threads)->default_value(options.threads),
      "requests handled at once (slow and idle connections hold none)")(
      "cache-kib", po::value(&options.cache_kib)->default_value(options.cache_kib),
      "SQLite page cache of each TM connection, KiB (one per thread, and the writer's)");
  po::positional_options_description positional;
  po::variables_map vm;
  if (!ParseArgs(args, kUsage, desc, positional, vm)) return 0;
  if (options.port < 0 || options.port > 65535)
    throw UsageError("--port must be between 0 and 65535");
  if (vm.count("token") && options.token.empty()) throw UsageError("--token must not be empty");

  // Signals go to a waiting thread rather than a handler: Stop() is not async-signal-safe.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // before any thread starts, so all inherit it

  const bool generated = options.token.empty();
  Server server(options);
  server.Bind();
  std::atomic<bool> stopping{false};
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    if (!stopping.exchange(true) && !global.quiet) std::cerr << "songngu serve: stopping\n";
    server.Stop();
  });
  // A generated token goes in the URL's fragment: the page reads it, the server never logs it.
  std::cerr << "songngu serve: " << server.Url() << (generated ? "#token=" + server.token() : "")
            << "  (TM " << global.tm_path << "; Ctrl-C stops)" << std::endl;
  server.Run();
  if (!stopping.exchange(true))
    pthread_kill(waiter.native_handle(), SIGTERM);  // Run ended on its own
  waiter.join();
  return 0;
}

}  // namespace

SONGNGU_COMMAND(serve, "serve", "translator workbench: web page and JSON API over the TM",
                RunServe);

}  // namespace songngu::cli
