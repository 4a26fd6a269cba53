// The server's limits against hostile or broken clients (server/gate.h),
// each against a live server on a free loopback port: slow drips, oversized
// and chunked bodies, header floods, a full queue, work that must stop.
#include <gtest/gtest.h>
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "server/server.h"
#include "server_fixture.h"
#include "test_util.h"

namespace songngu {
namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;
using testing::RawClient;
using testing::StatusOf;

double SecondsSince(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

std::string Head(const std::string& method, const std::string& path,
                 const std::string& extra = "") {
  return method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

std::string Hex(size_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%zx", n);
  return buf;
}

// A release of `n` distinct short sentences (each a TM search).
std::string ManySentences(int n) {
  std::string text;
  for (int i = 0; i < n; ++i) {
    text += "Sở Xây dựng kiểm tra công trình số " + std::to_string(i) + " tại quận " +
            std::to_string(i % 9) + ". ";
  }
  return text;
}

class GateTest : public ::testing::Test {
 protected:
  void Start(ServerOptions options = ServerOptions()) {
    tm_ = dir_.File("tm.db");
    testing::BuildFixtureTm(tm_);
    server_ = std::make_unique<testing::LiveServer>(tm_, options);
  }
  int port() const { return server_->port(); }

  // A quick read on a fresh connection: its status, and the time it took.
  std::pair<int, double> Health() {
    httplib::Client c("127.0.0.1", port());
    c.set_read_timeout(10, 0);
    auto t = Clock::now();
    auto r = c.Get("/api/health");
    return {r ? r->status : 0, SecondsSince(t)};
  }

  testing::TempDir dir_;
  std::string tm_;
  std::unique_ptr<testing::LiveServer> server_;
};

// F5: 64 threads, each held for 30 s by a client sending a byte a second, once
// left normal requests waiting. Here the threads are few and the drips many.
TEST_F(GateTest, SlowClientsDoNotBlockOthers) {
  ServerOptions o;
  o.threads = 2;
  Start(o);
  std::vector<std::unique_ptr<RawClient>> slow;
  for (int i = 0; i < 40; ++i) {
    slow.push_back(std::make_unique<RawClient>(port()));
    ASSERT_TRUE(slow.back()->ok());
    slow.back()->Send("P");
  }
  std::atomic<bool> done{false};
  std::thread drip([&] {
    const std::string rest = "OST /api/suggest HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (size_t k = 0; k < rest.size() && !done; ++k) {
      for (auto& c : slow) c->Send(rest.substr(k, 1));
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  for (int i = 0; i < 5; ++i) {
    auto [status, seconds] = Health();
    EXPECT_EQ(status, 200);
    EXPECT_LT(seconds, 1.0);
  }
  done = true;
  drip.join();
}

// F5: the read timeout restarted with every byte; now one request has one deadline.
TEST_F(GateTest, ATricklingRequestGets408AtItsTotalDeadline) {
  ServerOptions o;
  o.read_seconds = 1;
  Start(o);
  RawClient c(port());
  const std::string head = Head("GET", "/api/health");
  auto t = Clock::now();
  bool cut = false;
  for (size_t k = 0; k < head.size() - 2 && !cut; ++k) {
    cut = !c.Send(head.substr(k, 1));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (SecondsSince(t) > 1.5) break;
  }
  std::string answer = c.ReadAll(3);
  EXPECT_EQ(StatusOf(answer), 408) << answer;
  EXPECT_EQ(json::parse(testing::BodyOf(answer))["code"], "timeout");
  EXPECT_LT(SecondsSince(t), 3.0);
}

// F5: a declared length over the limit was answered only after the read timeout (30 s).
TEST_F(GateTest, DeclaredLengthOverTheLimitIs413AtOnce) {
  Start();
  RawClient c(port());
  auto t = Clock::now();
  c.Send(Head("POST", "/api/suggest",
              "Content-Type: application/json\r\nContent-Length: 3000000\r\n"));
  std::string answer = c.ReadAnswer(5);
  EXPECT_EQ(StatusOf(answer), 413) << answer;
  EXPECT_LT(SecondsSince(t), 1.0);
  json body = json::parse(testing::BodyOf(answer));
  EXPECT_EQ(body["code"], "body_too_large");
  EXPECT_NE(body["error"].get<std::string>().find("2 MB"), std::string::npos);
}

// F3: chunked bodies were read whole whatever their size (300 MB -> 200).
TEST_F(GateTest, ChunkedBodiesCountAgainstTheSameLimit) {
  Start();
  RawClient c(port());
  c.Send(Head("POST", "/api/suggest",
              "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"));
  const std::string chunk = "10000\r\n" + std::string(0x10000, 'a') + "\r\n";
  for (int i = 0; i < 64 && c.Send(chunk); ++i) {
  }  // 4 MB, unless refused before
  std::string answer = c.ReadAnswer(5);
  EXPECT_EQ(StatusOf(answer), 413) << answer.substr(0, 200);
  EXPECT_EQ(json::parse(testing::BodyOf(answer))["code"], "body_too_large");
  // A chunk announcing more than the limit is refused before it arrives.
  RawClient d(port());
  d.Send(Head("POST", "/api/suggest",
              "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n") +
         "40000000\r\nabc");
  EXPECT_EQ(StatusOf(d.ReadAnswer(5)), 413);
}

TEST_F(GateTest, ASmallChunkedBodyIsServed) {
  Start();
  RawClient c(port());
  std::string body = json{{"text", "Sở Xây dựng được giao theo dõi tiến độ."}}.dump();
  c.Send(Head("POST", "/api/suggest",
              "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n") +
         "5\r\n" + body.substr(0, 5) + "\r\n" + Hex(body.size() - 5) + "\r\n" + body.substr(5) +
         "\r\n0\r\n\r\n");
  std::string answer = c.ReadAnswer(10);
  ASSERT_EQ(StatusOf(answer), 200) << answer;
  json out = json::parse(testing::BodyOf(answer));
  ASSERT_EQ(out["sentences"].size(), 1u);
  EXPECT_EQ(out["sentences"][0]["matches"][0]["score"], 100);
}

// F4: a million header lines were all kept (97 MB, +210 MB RSS).
TEST_F(GateTest, TooManyOrTooLargeHeadersAre431) {
  Start();
  std::string many;
  for (int i = 0; i < 1000; ++i) many += "X-Filler-" + std::to_string(i) + ": x\r\n";
  RawClient c(port());
  c.Send(Head("GET", "/api/health", many));
  std::string answer = c.ReadAnswer(5);
  EXPECT_EQ(StatusOf(answer), 431) << answer.substr(0, 200);
  EXPECT_EQ(json::parse(testing::BodyOf(answer))["code"], "headers_too_large");

  std::string big;
  for (int i = 0; i < 6; ++i)
    big += "X-Big-" + std::to_string(i) + ": " + std::string(8000, 'b') + "\r\n";
  RawClient d(port());
  d.Send(Head("GET", "/api/health", big));
  EXPECT_EQ(StatusOf(d.ReadAnswer(5)), 431);

  // Headers that a browser sends still pass.
  RawClient e(port());
  std::string normal;
  for (int i = 0; i < 30; ++i) normal += "X-Normal-" + std::to_string(i) + ": value\r\n";
  e.Send(Head("GET", "/api/health", normal));
  EXPECT_EQ(StatusOf(e.ReadAnswer(5)), 200);
}

TEST_F(GateTest, PipelinedRequestsAreAnsweredInOrder) {
  Start();
  RawClient c(port());
  std::string body = json{{"text", "Sở Xây dựng được giao theo dõi tiến độ."}}.dump();
  c.Send(Head("GET", "/api/health") +
         Head("POST", "/api/suggest",
              "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
                  "\r\n") +
         body + Head("GET", "/api/nothing", "Connection: close\r\n"));
  std::string all = c.ReadAll(10);
  size_t first = all.find("HTTP/1.1 200"), second = all.find("HTTP/1.1 200", first + 1),
         third = all.find("HTTP/1.1 404");
  EXPECT_NE(first, std::string::npos) << all;
  EXPECT_NE(second, std::string::npos) << all;
  EXPECT_NE(third, std::string::npos) << all;
  EXPECT_LT(second, third);
  EXPECT_NE(all.find("\"units\":16"), std::string::npos);
}

// Server::Answer (for the HTTP fuzz target, tests/fuzz/http_fuzz.cc): the
// same checks and routes as a connection, on bytes, without a socket.
TEST_F(GateTest, AnswerHandlesRawBytesLikeAConnection) {
  tm_ = dir_.File("tm.db");
  testing::BuildFixtureTm(tm_);
  ServerOptions o;
  o.tm_path = tm_;
  o.token = testing::kToken;
  Server server(o);  // never bound

  std::string health = server.Answer(Head("GET", "/api/health"));
  EXPECT_EQ(StatusOf(health), 200) << health;
  EXPECT_NE(health.find("\"units\":16"), std::string::npos) << health;

  // Pipelined: both answered, in order.
  std::string two = server.Answer(Head("GET", "/api/health") + Head("GET", "/api/nothing"));
  size_t ok = two.find("HTTP/1.1 200"), missing = two.find("HTTP/1.1 404");
  EXPECT_NE(ok, std::string::npos) << two;
  EXPECT_NE(missing, std::string::npos) << two;
  EXPECT_LT(ok, missing);

  // Headers cut short: what the client would get once the read deadline passed.
  EXPECT_EQ(StatusOf(server.Answer("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n")), 408);
  EXPECT_EQ(StatusOf(server.Answer(Head("POST", "/api/suggest",
                                        "Content-Type: application/json\r\n"
                                        "Content-Length: 3000000\r\n"))),
            413);
  EXPECT_EQ(StatusOf(server.Answer(Head("POST", "/api/suggest",
                                        "Content-Type: application/json\r\n"
                                        "Transfer-Encoding: chunked\r\n") +
                                   "40000000\r\nabc")),
            413);
  std::string flood;
  for (int i = 0; i < 150; ++i) flood += "X-Flood-" + std::to_string(i) + ": 1\r\n";
  EXPECT_EQ(StatusOf(server.Answer(Head("GET", "/api/health", flood))), 431);
  // The routes' own checks: a write without the token, a cross-site post.
  EXPECT_EQ(StatusOf(server.Answer(Head("POST", "/api/units/15/accept", "Content-Length: 0\r\n"))),
            401);
  std::string body = json{{"text", "Sở Xây dựng được giao theo dõi tiến độ."}}.dump();
  EXPECT_EQ(StatusOf(server.Answer(Head("POST", "/api/suggest",
                                        "Origin: http://evil.example\r\n"
                                        "Content-Type: application/json\r\nContent-Length: " +
                                            std::to_string(body.size()) + "\r\n") +
                                   body)),
            403);
  std::string suggest = server.Answer(
      Head("POST", "/api/suggest",
           "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
               "\r\n") +
      body);
  ASSERT_EQ(StatusOf(suggest), 200) << suggest;
  EXPECT_EQ(json::parse(testing::BodyOf(suggest))["sentences"][0]["matches"][0]["score"], 100);
}

// F2: suggest on a huge text kept a core busy for minutes after its client gave up.
TEST_F(GateTest, SuggestStopsAtTheWorkDeadline) {
  ServerOptions o;
  o.work_seconds = 1;
  Start(o);
  httplib::Client c("127.0.0.1", port());
  c.set_read_timeout(30, 0);
  auto t = Clock::now();
  auto r = c.Post("/api/suggest", json{{"text", ManySentences(15000)}}.dump(), "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 503) << r->body.substr(0, 300);
  json body = json::parse(r->body);
  EXPECT_EQ(body["code"], "too_slow");
  EXPECT_NE(body["error"].get<std::string>().find("smaller parts"), std::string::npos);
  EXPECT_LT(SecondsSince(t), 6.0);
}

TEST_F(GateTest, SuggestStopsWhenItsClientHasGone) {
  ServerOptions o;
  o.threads = 1;  // the abandoned work would hold the only thread
  o.work_seconds = 120;
  Start(o);
  {
    // Two, so that a second thread (old servers had at least two) is busy too.
    std::string body = json{{"text", ManySentences(15000)}}.dump();
    RawClient c(port()), d(port());
    for (RawClient* k : {&c, &d}) {
      k->Send(Head("POST", "/api/suggest",
                   "Content-Type: application/json\r\nContent-Length: " +
                       std::to_string(body.size()) + "\r\n") +
              body);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
  }  // gone
  auto [status, seconds] = Health();
  EXPECT_EQ(status, 200);
  EXPECT_LT(seconds, 3.0);
}

// F2: SIGTERM waited ~25 s for a running suggest.
TEST_F(GateTest, StopIsPromptDuringLongWork) {
  ServerOptions o;
  o.work_seconds = 120;
  Start(o);
  std::thread client([&] {
    httplib::Client c("127.0.0.1", port());
    c.set_read_timeout(60, 0);
    c.Post("/api/suggest", json{{"text", ManySentences(15000)}}.dump(), "application/json");
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(700));
  auto t = Clock::now();
  server_.reset();
  EXPECT_LT(SecondsSince(t), 2.0);
  client.join();
}

// F5: a bounded queue; beyond it the server says it is busy instead of piling up.
TEST_F(GateTest, AFullQueueAnswers503) {
  ServerOptions o;
  o.threads = 1;
  o.queue = 1;
  o.work_seconds = 3;  // how long the one thread stays busy
  Start(o);
  std::thread busy([&] {
    httplib::Client c("127.0.0.1", port());
    c.set_read_timeout(60, 0);
    c.Post("/api/suggest", json{{"text", ManySentences(15000)}}.dump(), "application/json");
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  std::vector<std::unique_ptr<RawClient>> waiting;
  for (int i = 0; i < 4; ++i) {
    waiting.push_back(std::make_unique<RawClient>(port()));
    waiting.back()->Send(Head("GET", "/api/health"));
  }
  int busy_answers = 0;
  for (auto& c : waiting) {
    std::string answer = c->ReadAnswer(30);
    if (StatusOf(answer) == 503) {
      ++busy_answers;
      EXPECT_EQ(json::parse(testing::BodyOf(answer))["code"], "busy");
    } else {
      EXPECT_EQ(StatusOf(answer), 200) << answer.substr(0, 200);
    }
  }
  EXPECT_GE(busy_answers, 2);  // one thread busy, one request queued, the rest refused
  busy.join();
}

// The timing a benchmark reads (ServerOptions::observe): a request that
// waited for the only thread says so in queue_ms, not in its handling.
TEST_F(GateTest, TimingShowsTheWaitForAThread) {
  std::mutex mu;
  std::vector<RequestTiming> seen;
  ServerOptions o;
  o.threads = 1;
  o.work_seconds = 3;  // how long the suggest below holds the one thread
  o.observe = [&](const RequestTiming& t) {
    std::lock_guard<std::mutex> lock(mu);
    seen.push_back(t);
  };
  Start(o);
  const std::string body = json{{"text", ManySentences(15000)}}.dump();
  RawClient busy(port());
  ASSERT_TRUE(busy.Send(Head("POST", "/api/suggest",
                             "Content-Type: application/json\r\nContent-Length: " +
                                 std::to_string(body.size()) + "\r\n") +
                        body));
  std::this_thread::sleep_for(std::chrono::milliseconds(1000));  // it has reached the thread
  EXPECT_EQ(Health().first, 200);
  EXPECT_EQ(StatusOf(busy.ReadAnswer(30)), 503);
  server_.reset();  // every observation is in (a client can read its answer before)
  std::lock_guard<std::mutex> lock(mu);
  const RequestTiming* health = nullptr;
  const RequestTiming* suggest = nullptr;
  for (const RequestTiming& t : seen) {
    if (t.path == "/api/health") health = &t;  // the last one: LiveServer probes it first
    if (t.path == "/api/suggest") suggest = &t;
  }
  ASSERT_NE(health, nullptr);
  ASSERT_NE(suggest, nullptr);
  EXPECT_EQ(health->method, "GET");
  EXPECT_EQ(health->status, 200);
  // Sent 1 s into the suggest's 3 s: it waited for most of the rest.
  EXPECT_GT(health->queue_ms, 1000) << health->handle_ms;
  EXPECT_EQ(suggest->method, "POST");
  EXPECT_EQ(suggest->status, 503);  // stopped at its work deadline
  EXPECT_GT(suggest->handle_ms, 2500);
  // A thread's CPU cannot exceed its time (a few ms for the clock's granularity).
  EXPECT_LE(suggest->cpu_ms, suggest->handle_ms + 10);
  EXPECT_GT(suggest->cpu_ms, 0);
}

// Each thread has its own TM connection unless told otherwise: a quick read
// does not wait for one while long suggests hold theirs. With fewer
// connections than threads it does (the wait the timing measures).
TEST_F(GateTest, NoRequestWaitsForATmConnectionByDefault) {
  for (int connections : {0, 2}) {
    std::mutex mu;
    std::vector<RequestTiming> seen;
    ServerOptions o;
    o.threads = 3;
    o.connections = connections;
    o.work_seconds = 5;  // how long each suggest below holds its connection
    o.observe = [&](const RequestTiming& t) {
      std::lock_guard<std::mutex> lock(mu);
      seen.push_back(t);
    };
    Start(o);
    const std::string body = json{{"text", ManySentences(15000)}}.dump();
    std::vector<std::unique_ptr<RawClient>> busy;
    for (int i = 0; i < 2; ++i) {
      busy.push_back(std::make_unique<RawClient>(port()));
      ASSERT_TRUE(busy.back()->Send(Head("POST", "/api/suggest",
                                         "Content-Type: application/json\r\nContent-Length: " +
                                             std::to_string(body.size()) + "\r\n") +
                                    body));
    }
    // Probes while the suggests read their text (~0.5 s, more under load or
    // a sanitizer) and then hold their connections: with two connections a
    // probe soon waits for one, so probing stops; with one per thread none
    // ever does. No fixed sleep guesses when the suggests took theirs.
    const auto start = std::chrono::steady_clock::now();
    while (std::chrono::steady_clock::now() - start < std::chrono::milliseconds(3500)) {
      const auto sent = std::chrono::steady_clock::now();
      EXPECT_EQ(Health().first, 200);
      if (std::chrono::steady_clock::now() - sent > std::chrono::milliseconds(500)) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    for (auto& c : busy) EXPECT_EQ(StatusOf(c->ReadAnswer(30)), 503);
    server_.reset();
    double wait = -1;
    for (const RequestTiming& t : seen)
      if (t.path == "/api/health") wait = std::max(wait, t.tm_wait_ms);
    if (connections == 0)
      EXPECT_LT(wait, 500) << "one connection per thread";
    else
      EXPECT_GT(wait, 500) << "two connections, both held by the suggests";
  }
}

}  // namespace
}  // namespace songngu
