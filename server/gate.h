// The connection layer under the workbench's HTTP server (internal to
// server/). httplib gives each connection a thread for its whole life, so 100
// clients dripping one byte a second, or idle keep-alive connections, hold every
// thread; and its limits are per read, not per request. The gate instead
// collects each request in one poll() thread until it is complete (headers
// and body, within size limits and one total deadline), and only then hands
// it to a bounded pool of workers that run httplib's parser, routing and
// response writing on the bytes already read.
#ifndef SONGNGU_SERVER_GATE_H_
#define SONGNGU_SERVER_GATE_H_

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace songngu {

// Where one handled request's time went (GateLimits::observe): collecting,
// waiting for a worker, handling; and, inside handling, waiting for a TM
// connection or the writer's lock. Tells a server that queues apart from one
// that is only short of CPU.
struct RequestTiming {
  std::string method, path;  // as httplib routed it
  int status = 0;
  double collect_ms = 0;    // first byte to complete request (the client sending)
  double queue_ms = 0;      // complete to a worker taking it (every worker busy)
  double handle_ms = 0;     // parsing, the handler and writing the answer
  double cpu_ms = 0;        // CPU the worker used for it: handle_ms far above it = waiting
  double tm_wait_ms = 0;    // part of handle_ms spent waiting for a pooled TM connection
  double lock_wait_ms = 0;  // part of handle_ms spent waiting for the writer's lock
};

struct GateLimits {
  size_t max_header_bytes = 32 << 10;     // request line and headers; browsers send ~1-2 kB
  int max_header_lines = 100;             // a browser sends ~20 lines
  size_t max_body_bytes = 2 << 20;        // decoded body, chunked or not (413 above)
  double read_seconds = 10;               // first byte to last byte of one request (408 after)
  double idle_seconds = 5;                // a keep-alive connection idle this long is closed
  double write_seconds = 10;              // sending one answer to a slow reader
  int workers = 16;                       // requests handled at once (CPU and TM bound, not I/O)
  size_t queue = 256;                     // complete requests waiting for a worker (503 above)
  size_t max_connections = 800;           // open connections (503 above); select() needs < 1024 fds
  size_t max_buffered_bytes = 256 << 20;  // all requests being collected (503 above)
  // Called from the worker after each handled request (not for requests the
  // gate refused itself); empty = nothing measured. For benchmarks and debugging.
  std::function<void(const RequestTiming&)> observe;
};

// The answer to a body over `max_bytes`, in words for the page.
std::string BodyTooLargeMessage(size_t max_bytes);

// The request a worker is handling, for long handlers to give up early.
class RequestControl {
 public:
  // True once the client closed its side or the server is stopping.
  static bool Abandoned();
  // True once the request's work deadline has passed.
  static bool PastDeadline();
  // The current request's timing when it is observed (GateLimits::observe),
  // for a handler to add its waits to; nullptr otherwise.
  static RequestTiming* Timing();
};

// An httplib server whose connections go through the gate. Use like
// httplib::Server (routes, handlers); serve with listen_after_bind().
class GatedServer : public httplib::Server {
 public:
  GatedServer();
  ~GatedServer() override;

  // Before serving. `work_seconds`: how long a handler may run
  // (RequestControl::PastDeadline).
  void SetLimits(const GateLimits& limits, double work_seconds);

  // Registers a POST route whose handler finds the body in req.body, as with
  // httplib's own Post, but read here: httplib refuses form-encoded bodies over
  // 8 kB and would decompress an encoded body without a bound.
  httplib::Server& Post(const std::string& pattern, Handler handler);

  // Answers raw request bytes (one request, or several pipelined) as the
  // gate and a worker would on a connection that then closes, without a
  // socket: the same limits, parser, routes and handlers; an incomplete last
  // request gets the 408 it would get once `read_seconds` passed. For tests
  // and fuzzing; needs no listen call.
  std::string Answer(std::string_view bytes);

  // Stops accepting and makes every running handler's Abandoned() true; the
  // listen call returns once the running handlers have returned.
  void Shutdown();

 private:
  bool process_and_close_socket(socket_t sock) override;

  class Gate;
  std::unique_ptr<Gate> gate_;
  friend class Gate;
};

}  // namespace songngu

#endif  // SONGNGU_SERVER_GATE_H_
