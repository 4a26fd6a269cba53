#include "server/gate.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <ctime>
#include <deque>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

namespace songngu {
namespace {

using Clock = std::chrono::steady_clock;

Clock::duration Seconds(double s) {
  return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(s));
}

bool StartsWithNoCase(const std::string& s, size_t at, const char* prefix) {
  size_t n = std::strlen(prefix);
  return s.size() >= at + n && strncasecmp(s.data() + at, prefix, n) == 0;
}

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// One client connection and the request being collected on it.
struct Conn {
  int fd = -1;
  std::string buf;  // bytes read and not yet handled
  bool started = false;
  Clock::time_point begin;       // first byte of the current request
  Clock::time_point idle_since;  // last answer (keep-alive) or accept
  size_t scanned = 0;            // bytes of buf searched for the end of the headers
  size_t lines = 0;              // header lines seen so far
  size_t head_end = 0;           // just after the blank line; 0 = not seen yet
  bool chunked = false;
  size_t request_end = 0;  // bytes of buf that make the request; 0 = not known yet
  size_t chunk_pos = 0;    // chunked: start of the next chunk's size line
  size_t decoded = 0;      // chunked: body bytes in the complete chunks
  bool continue_sent = false;
  bool draining = false;  // answered with an error: reading and dropping until closed
  size_t drained = 0;     // bytes dropped while draining
  Clock::time_point drain_until;
  Clock::time_point complete;  // when the gate handed the request to the workers

  void NextRequest() {
    started = false;
    scanned = lines = head_end = request_end = chunk_pos = decoded = 0;
    chunked = continue_sent = false;
    idle_since = Clock::now();
  }
};

enum class Verdict { kWait, kComplete, kError };

struct Problem {
  int status = 0;
  std::string code, message;
};

// The work being done for a request, seen by RequestControl in the worker's thread.
struct Current {
  int fd = -1;
  Clock::time_point deadline;
  const std::atomic<bool>* stopping = nullptr;
  RequestTiming* timing = nullptr;  // GateLimits::observe is set
};
thread_local const Current* g_current = nullptr;

const char* Reason(int status) {
  switch (status) {
    case 400:
      return "Bad Request";
    case 408:
      return "Request Timeout";
    case 413:
      return "Payload Too Large";
    case 431:
      return "Request Header Fields Too Large";
    case 501:
      return "Not Implemented";
    case 503:
      return "Service Unavailable";
    default:
      return "Error";
  }
}

// The bytes httplib's parser reads (the collected request) and writes (the answer).
class ConnStream : public httplib::Stream {
 public:
  // `sink`: where the answer goes instead of the socket (GatedServer::Answer).
  ConnStream(Conn& c, double write_seconds, const std::atomic<bool>& stopping,
             std::string* sink = nullptr)
      : c_(c), write_seconds_(write_seconds), stopping_(stopping), sink_(sink) {}
  size_t consumed() const { return pos_; }

  bool is_readable() const override { return pos_ < c_.buf.size(); }
  bool is_writable() const override { return !stopping_; }
  // The gate collected the whole request: reading past it is a framing the
  // gate and httplib disagree on, treated as a broken request.
  ssize_t read(char* ptr, size_t size) override {
    if (pos_ >= c_.buf.size()) return -1;
    size_t n = std::min(size, c_.buf.size() - pos_);
    std::memcpy(ptr, c_.buf.data() + pos_, n);
    pos_ += n;
    return static_cast<ssize_t>(n);
  }
  ssize_t write(const char* ptr, size_t size) override {
    if (sink_) {
      sink_->append(ptr, size);
      return static_cast<ssize_t>(size);
    }
    const Clock::time_point deadline = Clock::now() + Seconds(write_seconds_);
    size_t done = 0;
    while (done < size) {
      ssize_t n = send(c_.fd, ptr + done, size - done, MSG_NOSIGNAL);
      if (n > 0) {
        done += static_cast<size_t>(n);
        continue;
      }
      if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) return -1;
      // A slow reader: wait in short slices so a stopping server does not wait for it.
      if (stopping_ || Clock::now() >= deadline) return -1;
      pollfd p{c_.fd, POLLOUT, 0};
      poll(&p, 1, 100);
    }
    return static_cast<ssize_t>(done);
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    Address(getpeername, ip, port);
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    Address(getsockname, ip, port);
  }
  socket_t socket() const override { return c_.fd; }

 private:
  void Address(int (*get)(int, sockaddr*, socklen_t*), std::string& ip, int& port) const {
    sockaddr_storage a{};
    socklen_t len = sizeof a;
    ip.clear();
    port = 0;
    if (get(c_.fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) return;
    char text[INET6_ADDRSTRLEN] = "";
    if (a.ss_family == AF_INET) {
      auto* v4 = reinterpret_cast<sockaddr_in*>(&a);
      inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
      port = ntohs(v4->sin_port);
    } else if (a.ss_family == AF_INET6) {
      auto* v6 = reinterpret_cast<sockaddr_in6*>(&a);
      inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text);
      port = ntohs(v6->sin6_port);
    }
    ip = text;
  }

  Conn& c_;
  size_t pos_ = 0;
  double write_seconds_;
  const std::atomic<bool>& stopping_;
  std::string* sink_;
};

// An error answer in the API's JSON, closing the connection.
std::string ErrorResponse(const Problem& p) {
  std::string body = nlohmann::json{{"error", p.message}, {"code", p.code}}.dump() + "\n";
  return "HTTP/1.1 " + std::to_string(p.status) + " " + Reason(p.status) +
         "\r\nContent-Type: application/json; charset=utf-8\r\n"
         "Content-Length: " +
         std::to_string(body.size()) +
         "\r\nConnection: close\r\nX-Content-Type-Options: nosniff\r\n\r\n" + body;
}

Problem TimeoutProblem(double read_seconds) {
  return {408, "timeout",
          "The request did not arrive in time (" + std::to_string(static_cast<int>(read_seconds)) +
              " s); check the connection and try again."};
}

// httplib's accept loop hands each socket to process_and_close_socket through
// this queue: run at once on the accept thread, where the override only
// registers the socket with the gate.
class InlineQueue : public httplib::TaskQueue {
 public:
  explicit InlineQueue(std::function<void()> on_shutdown) : on_shutdown_(std::move(on_shutdown)) {}
  void enqueue(std::function<void()> fn) override { fn(); }
  void shutdown() override { on_shutdown_(); }

 private:
  std::function<void()> on_shutdown_;
};

}  // namespace

std::string BodyTooLargeMessage(size_t max_bytes) {
  std::string size = max_bytes >= (1 << 20) ? std::to_string(max_bytes >> 20) + " MB"
                                            : std::to_string(max_bytes >> 10) + " kB";
  return "request body too large: the server accepts at most " + size +
         " per request; send the text in parts";
}

bool RequestControl::Abandoned() {
  const Current* c = g_current;
  if (!c) return false;
  if (c->stopping && *c->stopping) return true;
  pollfd p{c->fd, POLLRDHUP, 0};
  return poll(&p, 1, 0) > 0 && (p.revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0;
}

bool RequestControl::PastDeadline() {
  const Current* c = g_current;
  return c && Clock::now() >= c->deadline;
}

RequestTiming* RequestControl::Timing() { return g_current ? g_current->timing : nullptr; }

namespace {
double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double ThreadCpuMs() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}
}  // namespace

class GatedServer::Gate {
 public:
  explicit Gate(GatedServer& server) : server_(server) {}
  void SetLimits(const GateLimits& limits, double work_seconds) {
    limits_ = limits;
    limits_.workers = std::max(limits_.workers, 1);
    work_seconds_ = work_seconds;
  }
  const GateLimits& limits() const { return limits_; }
  ~Gate() { Stop(); }

  void Start() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (started_) return;
    started_ = true;
    stopping_ = false;
    if (pipe2(wake_, O_CLOEXEC | O_NONBLOCK) != 0) wake_[0] = wake_[1] = -1;
    poller_ = std::thread([this] { PollLoop(); });
    for (int i = 0; i < limits_.workers; ++i) workers_.emplace_back([this] { WorkLoop(); });
  }

  // Idempotent: closes every connection and joins the threads.
  void Stop() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!started_) return;
      started_ = false;
      stopping_ = true;
    }
    Wake();
    work_cv_.notify_all();
    if (poller_.joinable()) poller_.join();
    for (std::thread& t : workers_) t.join();
    workers_.clear();
    for (auto& c : incoming_) Close(*c);
    incoming_.clear();
    for (auto& c : work_) Close(*c);
    work_.clear();
    for (int fd : wake_)
      if (fd >= 0) close(fd);
    wake_[0] = wake_[1] = -1;
  }

  void MarkStopping() { stopping_ = true; }

  // GatedServer::Answer: the poll thread's checks and a worker's handling, on bytes.
  std::string Answer(std::string_view bytes) {
    Conn c;
    c.buf.assign(bytes.data(), bytes.size());
    std::string out;
    std::atomic<bool> not_stopping{false};
    while (!c.buf.empty()) {
      Problem p;
      Verdict v = Examine(c, p);
      if (v == Verdict::kWait) p = TimeoutProblem(limits_.read_seconds);  // nothing more comes
      if (v != Verdict::kComplete) return out + ErrorResponse(p);
      Current current{-1, Clock::now() + Seconds(work_seconds_), &not_stopping};
      g_current = &current;
      ConnStream stream(c, limits_.write_seconds, not_stopping, &out);
      bool closed = false;
      bool ok = server_.process_request(stream, not_stopping, closed, nullptr);
      g_current = nullptr;
      c.buf.erase(0, std::max(std::min(stream.consumed(), c.request_end), c.request_end));
      if (!ok || closed) break;
      c.NextRequest();
    }
    return out;
  }

  // A new connection from the accept loop.
  void Add(int fd) {
    auto c = std::make_unique<Conn>();
    c->fd = fd;
    c->idle_since = Clock::now();
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL, 0) | O_NONBLOCK);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (stopping_ || open_ >= limits_.max_connections) {
      ++open_;
      Fail(*c, {503, "busy", "The server has too many open connections; try again shortly."});
      Close(*c);
      return;
    }
    ++open_;
    Hand(std::move(c));
  }

 private:
  // To the poll thread (new connections, and kept-alive ones back from a worker).
  void Hand(std::unique_ptr<Conn> c) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      incoming_.push_back(std::move(c));
    }
    Wake();
  }

  void Wake() {
    char b = 1;
    if (wake_[1] >= 0) (void)!::write(wake_[1], &b, 1);
  }

  void Close(Conn& c) {
    if (c.fd < 0) return;
    buffered_ -= c.buf.size();
    c.buf.clear();
    shutdown(c.fd, SHUT_RDWR);
    close(c.fd);
    c.fd = -1;
    --open_;
  }

  // Answers an error in the API's JSON and closes the connection's sending side;
  // what the client still sends is read and dropped for a moment, so closing
  // with unread bytes does not reset the connection before it reads the answer.
  void Fail(Conn& c, const Problem& p) {
    std::string all = ErrorResponse(p);
    (void)!send(c.fd, all.data(), all.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    shutdown(c.fd, SHUT_WR);
    c.draining = true;
    c.drain_until = Clock::now() + std::chrono::seconds(2);
    buffered_ -= c.buf.size();
    c.buf.clear();
    c.buf.shrink_to_fit();
  }

  // Reads what the socket has; false when the connection is over.
  // At most 256 kB per call, so one fast sender cannot keep this thread from
  // the other connections.
  bool ReadSome(Conn& c) {
    char chunk[16384];
    for (int round = 0; round < 16; ++round) {
      ssize_t n = recv(c.fd, chunk, sizeof chunk, 0);
      if (n == 0) return false;
      if (n < 0) return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
      if (c.draining) {
        // Enough for a client to see the answer; a client still pushing
        // megabytes is cut off.
        c.drained += static_cast<size_t>(n);
        if (c.drained > (1 << 20)) return false;
        continue;
      }
      if (!c.started) {
        c.started = true;
        c.begin = Clock::now();
      }
      if (buffered_ + static_cast<size_t>(n) > limits_.max_buffered_bytes) {
        Fail(c, {503, "busy", "The server is receiving too much at once; try again shortly."});
        return true;
      }
      c.buf.append(chunk, static_cast<size_t>(n));
      buffered_ += static_cast<size_t>(n);
      // A request's raw bytes: headers, body and (chunked) its framing; more
      // is refused below once parsed, this keeps memory bounded meanwhile.
      if (c.buf.size() > limits_.max_header_bytes + 2 * limits_.max_body_bytes + 4096) return true;
    }
    return true;
  }

  Problem TooBig() const {
    return {413, "body_too_large", BodyTooLargeMessage(limits_.max_body_bytes)};
  }

  // Whether the request at the front of c.buf is complete, still coming, or refused.
  Verdict Examine(Conn& c, Problem& p) {
    if (c.buf.empty()) return Verdict::kWait;
    if (!c.started) {
      c.started = true;
      c.begin = Clock::now();
    }
    if (c.head_end == 0) {
      size_t from = c.scanned >= 3 ? c.scanned - 3 : 0;
      size_t end = c.buf.find("\r\n\r\n", from);
      size_t limit = end == std::string::npos ? c.buf.size() : end + 4;
      c.lines += static_cast<size_t>(std::count(c.buf.begin() + static_cast<long>(c.scanned),
                                                c.buf.begin() + static_cast<long>(limit), '\n'));
      c.scanned = limit;
      // Lines after the request line; the blank one does not count.
      size_t header_lines = c.lines > 2 ? c.lines - 2 : 0;
      if (limit > limits_.max_header_bytes ||
          header_lines > static_cast<size_t>(limits_.max_header_lines)) {
        p = {431, "headers_too_large",
             "The request's headers are too large (at most " +
                 std::to_string(limits_.max_header_lines) + " lines, " +
                 std::to_string(limits_.max_header_bytes >> 10) + " kB)."};
        return Verdict::kError;
      }
      if (end == std::string::npos) return Verdict::kWait;
      c.head_end = end + 4;
      if (!ParseFraming(c, p)) return Verdict::kError;
    }
    if (c.chunked) return ScanChunks(c, p);
    return c.buf.size() >= c.request_end ? Verdict::kComplete : Verdict::kWait;
  }

  // Content-Length or chunked; refuses what would let the two sides disagree
  // on where the request ends (request smuggling) and bodies declared too large.
  bool ParseFraming(Conn& c, Problem& p) {
    const std::string& b = c.buf;
    bool has_length = false, expect = false;
    unsigned long long length = 0;
    size_t pos = b.find("\r\n") + 2;
    while (pos < c.head_end - 2) {
      size_t eol = b.find("\r\n", pos);
      std::string line = b.substr(pos, eol - pos);
      pos = eol + 2;
      size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      std::string value = Trim(line.substr(colon + 1));
      if (StartsWithNoCase(line, 0, "content-length:")) {
        char* end = nullptr;
        errno = 0;
        unsigned long long v = std::strtoull(value.c_str(), &end, 10);
        if (value.empty() || *end || errno || value[0] == '-' || (has_length && v != length)) {
          p = {400, "bad_request", "The request's Content-Length is not a valid number."};
          return false;
        }
        has_length = true;
        length = v;
      } else if (StartsWithNoCase(line, 0, "transfer-encoding:")) {
        if (strcasecmp(value.c_str(), "chunked") != 0) {
          p = {501, "bad_request", "Only chunked transfer encoding is supported."};
          return false;
        }
        c.chunked = true;
      } else if (StartsWithNoCase(line, 0, "expect:")) {
        expect = strcasecmp(value.c_str(), "100-continue") == 0;
      }
    }
    if (c.chunked && has_length) {
      p = {400, "bad_request", "A request cannot have both Content-Length and chunked encoding."};
      return false;
    }
    if (has_length && length > limits_.max_body_bytes) {
      p = TooBig();
      return false;
    }
    c.request_end = c.head_end + static_cast<size_t>(length);
    c.chunk_pos = c.head_end;
    // The client waits for this before sending the body (curl does above 1 MB).
    if (expect && (c.chunked || length > 0) && !c.continue_sent) {
      static const char kContinue[] = "HTTP/1.1 100 Continue\r\n\r\n";
      (void)!send(c.fd, kContinue, sizeof kContinue - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
      c.continue_sent = true;
    }
    return true;
  }

  // Walks the complete chunks; the decoded size counts against the body limit.
  Verdict ScanChunks(Conn& c, Problem& p) {
    const std::string& b = c.buf;
    for (;;) {
      size_t eol = b.find("\r\n", c.chunk_pos);
      if (eol == std::string::npos) {
        if (b.size() - c.chunk_pos > 1024) break;
        return Verdict::kWait;
      }
      char* end = nullptr;
      std::string size_text = b.substr(c.chunk_pos, eol - c.chunk_pos);
      errno = 0;
      unsigned long long size = std::strtoull(size_text.c_str(), &end, 16);
      if (end == size_text.c_str() || errno || (*end && *end != ';')) break;
      if (size == 0) {
        size_t trailers = b.find("\r\n\r\n", eol);
        if (trailers == std::string::npos) {
          if (b.size() - eol > 8192) break;
          return Verdict::kWait;
        }
        c.request_end = trailers + 4;
        return Verdict::kComplete;
      }
      if (size > limits_.max_body_bytes || c.decoded + size > limits_.max_body_bytes) {
        p = TooBig();
        return Verdict::kError;
      }
      size_t next = eol + 2 + static_cast<size_t>(size) + 2;
      if (b.size() < next) return Verdict::kWait;
      if (b.compare(next - 2, 2, "\r\n") != 0) break;
      c.decoded += static_cast<size_t>(size);
      c.chunk_pos = next;
    }
    p = {400, "bad_request", "The request's chunked body is malformed."};
    return Verdict::kError;
  }

  void PollLoop() {
    std::map<int, std::unique_ptr<Conn>> waiting;
    std::vector<pollfd> fds;
    while (!stopping_) {
      fds.clear();
      fds.push_back({wake_[0], POLLIN, 0});
      for (auto& [fd, c] : waiting) fds.push_back({fd, POLLIN, 0});
      poll(fds.data(), fds.size(), 100);
      if (stopping_) break;
      std::vector<std::unique_ptr<Conn>> fresh;
      if (fds[0].revents) {
        char drain[256];
        while (::read(wake_[0], drain, sizeof drain) > 0) {
        }
        std::lock_guard<std::mutex> lock(mutex_);
        fresh.swap(incoming_);
      }
      std::vector<int> ready;
      for (size_t i = 1; i < fds.size(); ++i)
        if (fds[i].revents) ready.push_back(fds[i].fd);
      for (auto& c : fresh) {
        int fd = c->fd;
        waiting[fd] = std::move(c);
        ready.push_back(fd);  // a kept-alive connection may hold the next request already
      }
      const Clock::time_point now = Clock::now();
      for (auto it = waiting.begin(); it != waiting.end();) {
        Conn& c = *it->second;
        bool is_ready = std::find(ready.begin(), ready.end(), c.fd) != ready.end();
        bool open = !is_ready || ReadSome(c);
        Problem p;
        if (open && !c.draining) {
          Verdict v = Examine(c, p);
          if (v == Verdict::kComplete) {
            if (Dispatch(it->second)) {
              it = waiting.erase(it);
              continue;
            }
            p = {503, "busy", "The server is busy with other requests; try again shortly."};
            v = Verdict::kError;
          }
          if (v == Verdict::kError) {
            Fail(c, p);
          } else if (c.started && now - c.begin > Seconds(limits_.read_seconds)) {
            Fail(c, TimeoutProblem(limits_.read_seconds));
          } else if (!c.started && now - c.idle_since > Seconds(limits_.idle_seconds)) {
            open = false;
          }
        }
        if (c.draining && now > c.drain_until) open = false;
        if (!open) {
          Close(c);
          it = waiting.erase(it);
          continue;
        }
        ++it;
      }
    }
    for (auto& [fd, c] : waiting) Close(*c);
  }

  bool Dispatch(std::unique_ptr<Conn>& c) {
    c->complete = Clock::now();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (work_.size() >= limits_.queue) return false;
      work_.push_back(std::move(c));
    }
    work_cv_.notify_one();
    return true;
  }

  void WorkLoop() {
    for (;;) {
      std::unique_ptr<Conn> c;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        work_cv_.wait(lock, [&] { return stopping_ || !work_.empty(); });
        if (stopping_) return;
        c = std::move(work_.front());
        work_.pop_front();
      }
      const Clock::time_point taken = Clock::now();
      const double cpu_before = limits_.observe ? ThreadCpuMs() : 0;
      RequestTiming timing;
      Current current{c->fd, taken + Seconds(work_seconds_), &stopping_,
                      limits_.observe ? &timing : nullptr};
      g_current = &current;
      ConnStream stream(*c, limits_.write_seconds, stopping_);
      bool closed = false;
      bool ok = server_.process_request(stream, stopping_, closed, nullptr);
      g_current = nullptr;
      if (limits_.observe) {
        timing.collect_ms = Ms(c->complete - c->begin);
        timing.queue_ms = Ms(taken - c->complete);
        timing.handle_ms = Ms(Clock::now() - taken);
        timing.cpu_ms = ThreadCpuMs() - cpu_before;
        limits_.observe(timing);
      }
      // What follows the request (a pipelined next one) stays for the gate.
      size_t used = std::min(stream.consumed(), c->request_end);
      used = std::max(used, c->request_end);
      c->buf.erase(0, used);
      buffered_ -= used;
      if (ok && !closed && !stopping_) {
        c->NextRequest();
        Hand(std::move(c));
      } else {
        Close(*c);
      }
    }
  }

  GatedServer& server_;
  GateLimits limits_;
  double work_seconds_ = 30;

  std::mutex mutex_;
  bool started_ = false;
  std::atomic<bool> stopping_{false};
  int wake_[2] = {-1, -1};
  std::thread poller_;
  std::vector<std::thread> workers_;
  std::vector<std::unique_ptr<Conn>> incoming_;  // to the poll thread
  std::deque<std::unique_ptr<Conn>> work_;       // complete requests for the workers
  std::condition_variable work_cv_;
  std::atomic<size_t> open_{0};
  std::atomic<size_t> buffered_{0};
};

GatedServer::GatedServer() : gate_(std::make_unique<Gate>(*this)) {
  new_task_queue = [this] {
    gate_->Start();
    return new InlineQueue([this] { gate_->Stop(); });
  };
}

void GatedServer::SetLimits(const GateLimits& limits, double work_seconds) {
  gate_->SetLimits(limits, work_seconds);
  set_payload_max_length(limits.max_body_bytes);
  if (limits.observe) {
    // httplib calls its logger once the answer is written: the route and status.
    set_logger([](const httplib::Request& req, const httplib::Response& res) {
      if (RequestTiming* t = RequestControl::Timing()) {
        t->method = req.method;
        t->path = req.path;
        t->status = res.status;
      }
    });
  }
}

httplib::Server& GatedServer::Post(const std::string& pattern, Handler handler) {
  return httplib::Server::Post(pattern,
                               [this, handler](const httplib::Request& req, httplib::Response& res,
                                               const httplib::ContentReader& reader) {
                                 const size_t limit = gate_->limits().max_body_bytes;
                                 std::string body;
                                 bool too_big = false;
                                 reader([&](const char* data, size_t n) {
                                   too_big = body.size() + n > limit;
                                   if (!too_big) body.append(data, n);
                                   return !too_big;
                                 });
                                 if (too_big) {
                                   res.status = 413;  // the error handler words it
                                   res.set_header("Connection", "close");
                                   return;
                                 }
                                 // The Request is httplib's own non-const object for this exchange;
                                 // the handler reads the body where httplib would have put it.
                                 const_cast<httplib::Request&>(req).body = std::move(body);
                                 handler(req, res);
                               });
}

std::string GatedServer::Answer(std::string_view bytes) { return gate_->Answer(bytes); }

GatedServer::~GatedServer() { gate_->Stop(); }

void GatedServer::Shutdown() {
  gate_->MarkStopping();
  stop();
}

bool GatedServer::process_and_close_socket(socket_t sock) {
  gate_->Add(sock);
  return true;
}

}  // namespace songngu
