// Load and abuse benchmark of `songngu serve` (issue 17): normal clients
// mixing reads and writes, first alone, then while 100 slow clients drip one
// byte a second and one client posts huge bodies (chunked and with a declared
// Content-Length, 300 MB each, as fast as loopback takes them). Prints p50/p95
// of the normal clients in both phases, their errors, what the abusers got
// back, and the process's RSS (server and clients share it; the clients'
// part is small). Loopback only, bounded in time (2 phases + ~3 s).
//
//   build/bench/serve_abuse --tm /tmp/tm100k/tm.db [--clients 50] [--slow 100] [--seconds 20]
//       [--connections N] [--cache-kib K] [--threads N]   (ServerOptions; default: the server's)
//       [--timeout 30]   the normal clients' read timeout, s (lower it to see the margin)
//       [--trace 1]      list every normal request that failed or took over 1 s
// It also prints the server's own view of the normal requests (ServerOptions::observe):
// collecting, waiting for a worker, handling, CPU, TM connection and writer lock waits.
//
// Goal (issue 17): 0 errors, loaded p95 under 2x unloaded, RSS under 500 MB.
// The normal writer changes review states in the TM: use a copy you do not need.
#include <httplib.h>
#include <malloc.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <sqlite3.h>
#include <string>
#include <thread>
#include <vector>

#include "server/server.h"
#include "tm/store.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Args {
  std::string tm;
  int clients = 50;  // normal clients, each one keep-alive connection
  int slow = 100;    // clients sending one byte a second
  int seconds = 20;  // per phase
  int connections = -1;  // ServerOptions::connections; -1 = the server's default
  int cache_kib = -1;    // ServerOptions::cache_kib; -1 = the server's default
  int threads = -1;      // ServerOptions::threads; -1 = the server's default
  int timeout = 30;      // the normal clients' read timeout, seconds (lower: to see the margin)
  int trace = 0;         // 1: list every failed or over-1-s normal request
};

[[noreturn]] void Usage() {
  std::cerr << "usage: serve_abuse --tm FILE [--clients 50] [--slow 100] [--seconds 20]"
               " [--connections N] [--cache-kib K] [--threads N] [--timeout 30] [--trace 0|1]\n";
  std::exit(2);
}

Args ParseArgs(int argc, char** argv) {
  Args a;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string k = argv[i], v = argv[i + 1];
    if (k == "--tm")
      a.tm = v;
    else if (k == "--clients")
      a.clients = std::stoi(v);
    else if (k == "--slow")
      a.slow = std::stoi(v);
    else if (k == "--seconds")
      a.seconds = std::stoi(v);
    else if (k == "--connections")
      a.connections = std::stoi(v);
    else if (k == "--cache-kib")
      a.cache_kib = std::stoi(v);
    else if (k == "--threads")
      a.threads = std::stoi(v);
    else if (k == "--timeout")
      a.timeout = std::stoi(v);
    else if (k == "--trace")
      a.trace = std::stoi(v);
    else
      Usage();
  }
  if (a.tm.empty() || argc % 2 == 0 || a.clients < 1 || a.seconds < 1 || a.seconds > 28) Usage();
  return a;
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  size_t k = static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  std::nth_element(v.begin(), v.begin() + static_cast<long>(k), v.end());
  return v[k];
}

// kB from /proc/self/status ("VmRSS", "VmHWM").
long StatusKb(const char* field) {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(field, 0) == 0) return std::atol(line.c_str() + std::strlen(field) + 1);
  }
  return 0;
}

// Where the heap goes: SQLite's own allocations (page caches, schema,
// statements of every connection) and what malloc holds in use and free.
std::string MemoryBreakdown() {
  sqlite3_int64 sqlite_now = 0, sqlite_peak = 0;
  sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &sqlite_now, &sqlite_peak, 0);
  struct mallinfo2 mi = mallinfo2();
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "SQLite %lld MB (peak %lld MB); malloc in use %zu MB, free but kept %zu MB",
                static_cast<long long>(sqlite_now >> 20), static_cast<long long>(sqlite_peak >> 20),
                (mi.uordblks + mi.hblkhd) >> 20, mi.fordblks >> 20);
  return buf;
}

// CPU seconds this process (server and clients) has used: per request, a
// figure that other jobs on a shared machine disturb far less than latency.
double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

int Connect(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

// The status line of what the server sent, 0 if nothing.
int ReadStatus(int fd, int timeout_ms) {
  char buf[4096];
  std::string got;
  pollfd p{fd, POLLIN, 0};
  while (got.find("\r\n") == std::string::npos && poll(&p, 1, timeout_ms) > 0) {
    ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    got.append(buf, static_cast<size_t>(n));
  }
  return got.rfind("HTTP/1.1 ", 0) == 0 ? std::atoi(got.c_str() + 9) : 0;
}

// One request that failed or took over a second, for the trace.
struct Slow {
  double at_s;  // since the phase began
  int client;
  std::string kind, what;
  double ms;
};

struct Phase {
  std::vector<double> ms;
  std::vector<Slow> slow;
  std::map<std::string, int> errors;
  long errors_total = 0;
};

// `clients` normal clients for `seconds`: 60 % search, 15 % one-sentence
// suggest, 10 % review page, 10 % glossary, 5 % accept/reject with the token.
Phase RunNormal(int port, int clients, int seconds, int timeout,
                const std::vector<std::string>& queries, int64_t units) {
  Phase out;
  std::mutex mu;
  const Clock::time_point end = Clock::now() + std::chrono::seconds(seconds);
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      httplib::Client cli("127.0.0.1", port);
      cli.set_keep_alive(true);
      cli.set_read_timeout(timeout, 0);
      const httplib::Headers auth = {{"Authorization", "Bearer bench-token"}}, none;
      std::mt19937 rng(99 + c);
      std::vector<double> mine;
      std::map<std::string, int> errs;
      std::vector<Slow> slow;
      const Clock::time_point begin = Clock::now();
      while (Clock::now() < end) {
        const std::string& q = queries[rng() % queries.size()];
        unsigned r = rng() % 100;
        Clock::time_point t0 = Clock::now();
        httplib::Result res =
            r < 60 ? cli.Get("/api/search", httplib::Params{{"q", q}, {"limit", "5"}}, none)
            : r < 75
                ? cli.Post("/api/suggest", nlohmann::json{{"text", q}}.dump(), "application/json")
            : r < 85 ? cli.Get("/api/units", httplib::Params{{"limit", "25"}}, none)
            : r < 95 ? cli.Get("/api/glossary", httplib::Params{{"q", q.substr(0, 30)}}, none)
                     : cli.Post(("/api/units/" + std::to_string(1 + rng() % units) +
                                 (rng() % 2 ? "/accept" : "/reject"))
                                    .c_str(),
                                auth, "", "application/json");
        double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        std::string what;
        if (!res) {
          what = httplib::to_string(res.error());
          ++errs[what];
        } else if (res->status != 200 && !(res->status == 400 && r < 75 && r >= 60)) {
          what = "HTTP " + std::to_string(res->status) + " " + res->body.substr(0, 100);
          ++errs[what];
        } else {
          mine.push_back(ms);
        }
        if (!what.empty() || ms > 1000) {
          const char* kind = r < 60   ? "search"
                             : r < 75 ? "suggest"
                             : r < 85 ? "units"
                             : r < 95 ? "glossary"
                                      : "review";
          slow.push_back({std::chrono::duration<double>(t0 - begin).count(), c, kind,
                          what.empty() ? "ok" : what, ms});
        }
      }
      std::lock_guard<std::mutex> lock(mu);
      out.ms.insert(out.ms.end(), mine.begin(), mine.end());
      out.slow.insert(out.slow.end(), slow.begin(), slow.end());
      for (auto& [k, n] : errs) {
        out.errors[k] += n;
        out.errors_total += n;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  return out;
}

// The server's own view of the normal requests of one phase (ServerOptions::observe).
struct ServerSide {
  std::mutex mu;
  std::vector<songngu::RequestTiming> phase[2];
  std::atomic<int> current{0};
};

void PrintServerSide(const char* name, const std::vector<songngu::RequestTiming>& t) {
  auto column = [&](double songngu::RequestTiming::*f) {
    std::vector<double> v;
    for (const auto& r : t) v.push_back(r.*f);
    double max = v.empty() ? 0 : *std::max_element(v.begin(), v.end());
    char buf[64];
    std::snprintf(buf, sizeof buf, "%7.0f %7.0f %7.0f", Percentile(v, 0.5), Percentile(v, 0.95),
                  max);
    return std::string(buf);
  };
  std::printf("  %-22s %6zu  %s  %s  %s  %s  %s  %s\n", name, t.size(),
              column(&songngu::RequestTiming::cpu_ms).c_str(),
              column(&songngu::RequestTiming::collect_ms).c_str(),
              column(&songngu::RequestTiming::queue_ms).c_str(),
              column(&songngu::RequestTiming::handle_ms).c_str(),
              column(&songngu::RequestTiming::tm_wait_ms).c_str(),
              column(&songngu::RequestTiming::lock_wait_ms).c_str());
}

}  // namespace

int main(int argc, char** argv) {
  Args args = ParseArgs(argc, argv);
  std::vector<std::string> queries;
  int64_t units = 0;
  {
    songngu::TmStore store(args.tm);
    units = std::max<int64_t>(store.Stats().units, 1);
    songngu::ExportFilter f;
    size_t n = 0;
    f.keep = [&n](const songngu::Unit&) { return n++ % 200 == 0; };
    store.ForEachUnit(f, [&](const songngu::Unit& u) { queries.push_back(u.vi); });
  }
  if (queries.empty()) {
    std::cerr << "serve_abuse: the TM has no units\n";
    return 1;
  }
  songngu::ServerOptions options;
  options.tm_path = args.tm;
  options.port = 0;
  options.token = "bench-token";
  if (args.connections > 0) options.connections = args.connections;
  if (args.cache_kib >= 0) options.cache_kib = args.cache_kib;
  if (args.threads > 0) options.threads = args.threads;
  ServerSide server_side;
  options.observe = [&server_side](const songngu::RequestTiming& t) {
    std::lock_guard<std::mutex> lock(server_side.mu);
    server_side.phase[server_side.current].push_back(t);
  };
  songngu::Server server(options);
  const int port = server.Bind();
  std::thread serving([&] { server.Run(); });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  const long rss_start = StatusKb("VmRSS");

  const double cpu_start = CpuSeconds();
  Phase alone = RunNormal(port, args.clients, args.seconds, args.timeout, queries, units);
  const double cpu_alone = CpuSeconds() - cpu_start;
  const long rss_alone = StatusKb("VmHWM");
  const std::string memory_alone = MemoryBreakdown();

  // The abusers, for the second phase.
  std::atomic<bool> stop{false};
  std::atomic<long> slow_bytes{0}, slow_closed{0}, slow_408{0};
  std::thread slow([&] {
    std::vector<int> fds(static_cast<size_t>(args.slow), -1);
    std::vector<size_t> sent(fds.size(), 0);
    const std::string request = "POST /api/suggest HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    while (!stop) {
      for (size_t i = 0; i < fds.size() && !stop; ++i) {
        if (fds[i] < 0) {
          fds[i] = Connect(port);
          sent[i] = 0;
        }
        if (fds[i] < 0) continue;
        char b = request[sent[i] % request.size()];
        pollfd p{fds[i], POLLIN, 0};
        if (poll(&p, 1, 0) > 0 || send(fds[i], &b, 1, MSG_NOSIGNAL) != 1) {
          // The server gave up on it (408) or closed it: start again.
          if (ReadStatus(fds[i], 0) == 408) ++slow_408;
          ++slow_closed;
          close(fds[i]);
          fds[i] = -1;
          continue;
        }
        ++sent[i];
        ++slow_bytes;
      }
      for (int k = 0; k < 10 && !stop; ++k)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    for (int fd : fds)
      if (fd >= 0) close(fd);
  });
  std::atomic<long> huge_sent_mb{0}, huge_413{0}, huge_other{0}, huge_posts{0};
  std::thread huge([&] {
    const std::string chunk_data(1 << 16, 'x');
    const std::string chunk = "10000\r\n" + chunk_data + "\r\n";
    const long total = 300L << 20;
    for (int round = 0; !stop; ++round) {
      int fd = Connect(port);
      if (fd < 0) break;
      bool chunked = round % 2 == 0;
      std::string head =
          "POST /api/suggest HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          "Content-Type: application/json\r\n" +
          std::string(chunked ? "Transfer-Encoding: chunked\r\n"
                              : "Content-Length: " + std::to_string(total) + "\r\n") +
          "\r\n";
      send(fd, head.data(), head.size(), MSG_NOSIGNAL);
      long sent = 0;
      const std::string& piece = chunked ? chunk : chunk_data;
      while (sent < total && !stop) {
        ssize_t n = send(fd, piece.data(), piece.size(), MSG_NOSIGNAL);
        if (n <= 0) break;
        sent += n;
      }
      huge_sent_mb += sent >> 20;
      ++huge_posts;
      int status = ReadStatus(fd, 2000);
      if (status == 413)
        ++huge_413;
      else
        ++huge_other;
      close(fd);
    }
  });
  std::this_thread::sleep_for(std::chrono::seconds(2));  // the drips are in place
  server_side.current = 1;
  Phase loaded = RunNormal(port, args.clients, args.seconds, args.timeout, queries, units);
  const long rss_peak = StatusKb("VmHWM"), rss_end = StatusKb("VmRSS");
  const long anon_end = StatusKb("RssAnon"), file_end = StatusKb("RssFile");
  const std::string memory_end = MemoryBreakdown();
  stop = true;
  slow.join();
  huge.join();
  Clock::time_point t_stop = Clock::now();
  server.Stop();
  serving.join();
  double stop_s = std::chrono::duration<double>(Clock::now() - t_stop).count();

  std::printf(
      "serve_abuse: TM %s (%lld units), %d normal clients, %d s per phase, %d connections"
      " of %d KiB page cache\n",
      args.tm.c_str(), static_cast<long long>(units), args.clients, args.seconds,
      options.connections > 0 ? options.connections : options.threads, options.cache_kib);
  std::printf("%-34s %9s %9s %9s %9s\n", "normal clients", "requests", "p50 ms", "p95 ms",
              "errors");
  std::printf("%-34s %9zu %9.1f %9.1f %9ld\n", "alone", alone.ms.size(), Percentile(alone.ms, 0.5),
              Percentile(alone.ms, 0.95), alone.errors_total);
  std::string with = "with " + std::to_string(args.slow) + " slow + 1 huge client";
  std::printf("%-34s %9zu %9.1f %9.1f %9ld\n", with.c_str(), loaded.ms.size(),
              Percentile(loaded.ms, 0.5), Percentile(loaded.ms, 0.95), loaded.errors_total);
  std::printf("CPU per request, alone: %.1f ms (server and clients, %.1f s in all)\n",
              1000 * cpu_alone / static_cast<double>(std::max<size_t>(alone.ms.size(), 1)),
              cpu_alone);
  for (const auto& [k, n] : alone.errors) std::printf("  alone   %6d  %s\n", n, k.c_str());
  for (const auto& [k, n] : loaded.errors) std::printf("  loaded  %6d  %s\n", n, k.c_str());
  std::printf(
      "server side, ms (p50 p95 max): %36s %23s %23s %23s %23s %23s\n  %-22s %6s  %s  %s  %s  %s"
      "  %s  %s\n",
      "CPU", "collect", "queue", "handle", "TM conn wait", "write lock wait", "phase", "reqs",
      "    p50     p95     max", "    p50     p95     max", "    p50     p95     max",
      "    p50     p95     max", "    p50     p95     max", "    p50     p95     max");
  {
    std::lock_guard<std::mutex> lock(server_side.mu);
    PrintServerSide("alone", server_side.phase[0]);
    PrintServerSide("loaded", server_side.phase[1]);
    std::map<std::string, std::vector<songngu::RequestTiming>> by_route;
    for (const auto& t : server_side.phase[0]) {
      std::string route = t.path.rfind("/api/units/", 0) == 0 ? "/api/units/ID/*" : t.path;
      by_route[t.method + " " + route].push_back(t);
    }
    for (const auto& [route, t] : by_route) PrintServerSide(route.c_str(), t);
  }
  if (args.trace) {
    for (Phase* ph : {&alone, &loaded}) {
      std::sort(ph->slow.begin(), ph->slow.end(),
                [](const Slow& a, const Slow& b) { return a.at_s < b.at_s; });
      for (const Slow& s : ph->slow)
        std::printf("  %s at %6.2f s client %2d %-8s %8.0f ms  %s\n",
                    ph == &alone ? "alone " : "loaded", s.at_s, s.client, s.kind.c_str(), s.ms,
                    s.what.c_str());
    }
  }
  double ratio = Percentile(loaded.ms, 0.95) / std::max(Percentile(alone.ms, 0.95), 1e-9);
  std::printf("loaded p95 / alone p95: %.2f (goal < 2)\n", ratio);
  std::printf(
      "slow clients: %ld bytes dripped, %ld connections ended by the server (%ld with 408)\n",
      slow_bytes.load(), slow_closed.load(), slow_408.load());
  std::printf("huge client: %ld posts, %ld answered 413, %ld other; %ld MB pushed in total\n",
              huge_posts.load(), huge_413.load(), huge_other.load(), huge_sent_mb.load());
  std::printf(
      "RSS: start %ld MB, peak %ld MB (after the unloaded phase %ld MB), end %ld MB"
      " (goal < 500)\n",
      rss_start >> 10, rss_peak >> 10, rss_alone >> 10, rss_end >> 10);
  // File pages are the TM's own file mapped by each SQLite connection (shared, not growth).
  std::printf("RSS at the end: %ld MB heap (RssAnon), %ld MB mapped files (RssFile)\n",
              anon_end >> 10, file_end >> 10);
  std::printf("heap after the unloaded phase: %s\n", memory_alone.c_str());
  std::printf("heap at the end: %s\n", memory_end.c_str());
  std::printf("stop with the abusers just gone: %.2f s\n", stop_s);
  bool ok =
      alone.errors_total == 0 && loaded.errors_total == 0 && ratio < 2 && rss_peak < 500L * 1024;
  if (!ok) std::printf("goal missed\n");
  return ok ? 0 : 1;
}
