// Load benchmark of `songngu serve`: N concurrent keep-alive clients on
// loopback for a fixed time against a TM, in one process with the server.
// Requests mix fuzzy search, concordance, one-sentence suggestions, glossary
// lookups and review-queue pages (the old id-ordered list and the filtered
// queue with context, newest first); one client is a writer accepting or
// rejecting a unit every 50 ms, a second one accepts a unit and undoes it,
// and every tenth time marks a glossary rendering preferred or clears it, and
// a third finishes a 5-sentence release (POST /api/release/finish) every
// --finish-ms (writers' latencies are reported apart from the reads).
// Prints requests/s, p50/p95/p99 latency per kind and overall, and errors.
//
//   python3 ../shared/bench/tmbench/gen_tm.py --n 100k --queries 500 --out /tmp/tm100k
//   build/songngu --tm /tmp/tm100k/tm.db tm import /tmp/tm100k/tm.tmx
//   build/bench/serve_load --tm /tmp/tm100k/tm.db --queries /tmp/tm100k/queries.txt
//
// The writers change review states and add units to the TM: use a copy you do not need.
#include <httplib.h>

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
#include <string>
#include <thread>
#include <vector>

#include "aligner/data_path.h"
#include "server/server.h"
#include "tm/store.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Args {
  std::string tm;
  std::string queries;  // one Vietnamese sentence per line; empty = sample the TM
  int clients = 50;
  int seconds = 30;
  int threads = 0;      // server connection threads; 0 = clients + 8
  int connections = 0;  // server TM connections; 0 = default
  int finish_ms = 100;  // one client finishes a release this often; 0 = no such client (A/B runs)
};

[[noreturn]] void Usage() {
  std::cerr << "usage: serve_load --tm FILE [--queries FILE] [--clients 50] [--seconds 30]\n"
               "                  [--threads N] [--connections N] [--finish-ms 100]\n";
  std::exit(2);
}

Args ParseArgs(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    std::string k = argv[i];
    if (i + 1 >= argc) Usage();
    std::string v = argv[++i];
    if (k == "--tm")
      a.tm = v;
    else if (k == "--queries")
      a.queries = v;
    else if (k == "--clients")
      a.clients = std::stoi(v);
    else if (k == "--seconds")
      a.seconds = std::stoi(v);
    else if (k == "--threads")
      a.threads = std::stoi(v);
    else if (k == "--connections")
      a.connections = std::stoi(v);
    else if (k == "--finish-ms")
      a.finish_ms = std::stoi(v);
    else
      Usage();
  }
  if (a.tm.empty() || a.clients < 1 || a.seconds < 1) Usage();
  return a;
}

std::vector<std::string> LoadQueries(const Args& args, int64_t* max_id) {
  std::vector<std::string> q;
  songngu::TmStore store(args.tm, songngu::TmStore::Options{true, 10000});
  *max_id = store.Stats().units;
  if (!args.queries.empty()) {
    std::ifstream in(args.queries);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty()) q.push_back(line);
    }
  } else {
    songngu::ExportFilter f;
    size_t n = 0;
    f.keep = [&n](const songngu::Unit&) { return n++ % 200 == 0; };
    store.ForEachUnit(f, [&](const songngu::Unit& u) { q.push_back(u.vi); });
  }
  return q;
}

// The first `n` words of a sentence: a concordance phrase.
std::string FirstWords(const std::string& s, int n) {
  size_t pos = 0;
  for (int i = 0; i < n; ++i) {
    pos = s.find(' ', pos + 1);
    if (pos == std::string::npos) return s;
  }
  return s.substr(0, pos);
}

double Percentile(std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  size_t k = static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  std::nth_element(v.begin(), v.begin() + k, v.end());
  return v[k];
}

}  // namespace

int main(int argc, char** argv) {
  Args args = ParseArgs(argc, argv);
  int64_t units = 0;
  std::vector<std::string> queries = LoadQueries(args, &units);
  if (queries.empty()) {
    std::cerr << "serve_load: no queries\n";
    return 1;
  }

  songngu::ServerOptions options;
  options.tm_path = args.tm;
  options.port = 0;
  options.token = "bench-token";
  options.threads = args.threads ? args.threads : args.clients + 8;
  if (args.connections) options.connections = args.connections;
  songngu::Server server(options);
  int port = server.Bind();
  std::thread serving([&] { server.Run(); });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));

  const char* kKinds[] = {"search", "concordance", "suggest", "glossary",   "units",
                          "review", "accept",      "undo",    "gloss-mark", "finish"};
  constexpr int kFirstWrite = 6;
  constexpr int kKindCount = sizeof(kKinds) / sizeof(kKinds[0]);
  struct Sample {
    int kind;
    double ms;
  };
  std::mutex mu;
  std::vector<Sample> samples;
  std::map<std::string, int> error_kinds;
  std::atomic<int64_t> errors{0};
  const Clock::time_point start = Clock::now();
  const Clock::time_point end = start + std::chrono::seconds(args.seconds);

  std::vector<std::thread> clients;
  for (int c = 0; c < args.clients; ++c) {
    clients.emplace_back([&, c] {
      httplib::Client cli("127.0.0.1", port);
      cli.set_keep_alive(true);
      cli.set_tcp_nodelay(true);
      cli.set_read_timeout(30, 0);
      httplib::Headers auth = {{"Authorization", "Bearer bench-token"}};
      std::mt19937 rng(1234 + c);
      std::vector<Sample> mine;
      std::map<std::string, int> my_errors;
      int64_t last_audit = 0;  // the second writer's accept, undone next
      int cycle = 0;
      while (Clock::now() < end) {
        const std::string& q = queries[rng() % queries.size()];
        int kind;
        if (c == 0) {
          kind = 6;  // the writer: a busy review team, 20 decisions a second
          std::this_thread::sleep_for(std::chrono::milliseconds(50));
        } else if (c == 1) {
          // A second reviewer: accept, undo it, and now and then a glossary mark.
          ++cycle;
          kind = cycle % 10 == 0 ? 8 : last_audit ? 7 : 6;
          std::this_thread::sleep_for(std::chrono::milliseconds(50));
        } else if (c == 2 && args.clients > 3 && args.finish_ms > 0) {
          kind = 9;  // translators finishing releases, 10 a second by default
          std::this_thread::sleep_for(std::chrono::milliseconds(args.finish_ms));
        } else {
          unsigned r = rng() % 100;
          kind = r < 55 ? 0 : r < 75 ? 1 : r < 83 ? 2 : r < 90 ? 3 : r < 95 ? 4 : 5;
        }
        const httplib::Headers none;
        auto send = [&]() -> httplib::Result {
          switch (kind) {
            case 0:
              return cli.Get("/api/search",
                             httplib::Params{{"q", q}, {"min", "70"}, {"limit", "5"}}, none);
            case 1:
              return cli.Get("/api/concordance", httplib::Params{{"q", FirstWords(q, 3)}}, none);
            case 2:
              return cli.Post("/api/suggest", nlohmann::json{{"text", q}}.dump(),
                              "application/json");
            case 3:
              return cli.Get("/api/glossary", httplib::Params{{"q", FirstWords(q, 4)}}, none);
            case 4:
              return cli.Get(
                  "/api/units",
                  httplib::Params{{"review", "unreviewed"},
                                  {"limit", "25"},
                                  {"after", std::to_string(rng() % std::max<int64_t>(units, 1))}},
                  none);
            case 5: {
              // The page's queue: newest first, sometimes filtered by status and score.
              httplib::Params p{{"limit", "25"}};
              if (rng() % 2) p.emplace("status", "all");
              if (rng() % 3 == 0) p.emplace("min", "0.5");
              return cli.Get("/api/review", p, none);
            }
            case 6: {
              // The two writers take odd and even ids, so an undo never meets the other's change.
              int64_t id =
                  1 + c + 2 * static_cast<int64_t>(rng() % std::max<int64_t>(units / 2, 1));
              std::string path =
                  "/api/units/" + std::to_string(id) + (rng() % 2 ? "/accept" : "/reject");
              return cli.Post(path.c_str(), auth, "", "application/json");
            }
            case 9: {
              static std::atomic<int> release{0};
              const int n = ++release;
              nlohmann::json sentences = nlohmann::json::array();
              for (int k = 0; k < 5; ++k) {
                sentences.push_back(
                    {{"vi", queries[rng() % queries.size()]},
                     {"en", "Bench translation " + std::to_string(k) + " of release " +
                                std::to_string(n) + "."},
                     {"confirmed", true}});
              }
              nlohmann::json body = {{"title", "serve_load release " + std::to_string(n)},
                                     {"date", "2026-11-29"},
                                     {"translator", "serve_load"},
                                     {"sentences", sentences}};
              return cli.Post("/api/release/finish", auth, body.dump(), "application/json");
            }
            case 7:
              return cli.Post("/api/review/undo", auth,
                              nlohmann::json{{"audit", last_audit}}.dump(), "application/json");
            default:
              return cli.Post("/api/glossary/status", auth,
                              nlohmann::json{{"vi", "Phó Bí thư Thành ủy"},
                                             {"en", "Deputy Secretary of the City Party Committee"},
                                             {"status", cycle % 20 == 0 ? "preferred" : ""}}
                                  .dump(),
                              "application/json");
          }
        };
        Clock::time_point t0 = Clock::now();
        httplib::Result res = send();
        double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        if (!res) {
          ++errors;
          ++my_errors[std::string(kKinds[kind]) + ": " + httplib::to_string(res.error())];
        } else if (res->status != (kind == 9 ? 201 : 200)) {
          ++errors;
          ++my_errors[std::string(kKinds[kind]) + ": HTTP " + std::to_string(res->status) + " " +
                      res->body.substr(0, 120)];
        } else {
          mine.push_back({kind, ms});
          if (c == 1 && kind == 6) {
            last_audit = nlohmann::json::parse(res->body).value("audit", int64_t{0});
          } else if (c == 1 && kind == 7) {
            last_audit = 0;
          }
        }
      }
      std::lock_guard<std::mutex> lock(mu);
      samples.insert(samples.end(), mine.begin(), mine.end());
      for (auto& [k, n] : my_errors) error_kinds[k] += n;
    });
  }
  for (std::thread& t : clients) t.join();
  double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  server.Stop();
  serving.join();

  std::printf("serve_load: %d clients, %.1f s, TM %s (%lld units), %zu queries\n", args.clients,
              elapsed, args.tm.c_str(), static_cast<long long>(units), queries.size());
  std::printf("%-12s %9s %9s %9s %9s %9s\n", "kind", "requests", "req/s", "p50 ms", "p95 ms",
              "p99 ms");
  std::vector<double> reads;
  for (int k = 0; k < kKindCount; ++k) {
    std::vector<double> v;
    for (const Sample& s : samples) {
      if (s.kind == k) v.push_back(s.ms);
    }
    if (k < kFirstWrite) reads.insert(reads.end(), v.begin(), v.end());
    std::printf("%-12s %9zu %9.1f %9.1f %9.1f %9.1f\n", kKinds[k], v.size(),
                static_cast<double>(v.size()) / elapsed, Percentile(v, 0.5), Percentile(v, 0.95),
                Percentile(v, 0.99));
  }
  std::printf("%-12s %9zu %9.1f %9.1f %9.1f %9.1f\n", "all reads", reads.size(),
              static_cast<double>(reads.size()) / elapsed, Percentile(reads, 0.5),
              Percentile(reads, 0.95), Percentile(reads, 0.99));
  std::printf("errors: %lld\n", static_cast<long long>(errors.load()));
  for (const auto& [k, n] : error_kinds) std::printf("  %6d  %s\n", n, k.c_str());
  return errors == 0 ? 0 : 1;
}
