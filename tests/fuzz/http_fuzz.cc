// The workbench's HTTP request handling: raw bytes through Server::Answer,
// i.e. the gate's framing and limits (server/gate.h), httplib's parser, the
// token/Host/Origin/content-type checks and every route, on a small TM, with
// no socket. Whatever the bytes, the answer is one or more HTTP/1.1 responses
// and none is a 500 (a handler failing in a way nobody classified).
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "fuzz_util.h"
#include "server/server.h"
#include "tm/store.h"

namespace {

// A few units the routes can find, accept, reject and edit (ids 1-4).
std::string MakeTm() {
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("songngu-http-fuzz-" + std::to_string(getpid()) + ".db"))
                               .string();
  std::filesystem::remove(path);
  songngu::TmStore store(path);
  const char* pairs[][2] = {
      {"Phó Bí thư Thành ủy phát biểu tại hội nghị",
       "The Deputy Secretary of the City Party Committee spoke at the conference"},
      {"Sở Xây dựng kiểm tra công trình số 12", "The Department of Construction inspected works no. 12"},
      {"Hội nghị đã thống nhất các nhiệm vụ", "The conference agreed on the tasks"},
      {"Nhà thầu cam kết hoàn thành đúng hạn.", "The contractor pledged to finish on time."},
  };
  for (const auto& p : pairs) {
    songngu::UnitInput u;
    u.vi = p[0];
    u.en = p[1];
    u.origin = songngu::Origin::kAligned;
    u.score = 0.8;
    store.AddUnit(u, 0);
  }
  return path;
}

songngu::Server& TheServer() {
  static const std::string tm = MakeTm();
  static songngu::Server* server = [] {
    std::atexit([] {
      std::filesystem::remove(tm);
      std::filesystem::remove(tm + "-wal");
      std::filesystem::remove(tm + "-shm");
    });
    songngu::ServerOptions o;
    o.tm_path = tm;
    o.token = "fuzz-token";  // the seeds carry it, so writes are reached too
    o.work_seconds = 2;      // a long suggest gives up rather than stall the fuzzer
    return new songngu::Server(o);
  }();
  return *server;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string answer = TheServer().Answer(songngu::fuzz::Bytes(data, size));
  if (size > 0 && answer.rfind("HTTP/1.1 ", 0) != 0) std::abort();
  for (size_t at = answer.find("HTTP/1.1 "); at != std::string::npos;
       at = answer.find("HTTP/1.1 ", at + 1)) {
    if (answer.compare(at, 12, "HTTP/1.1 500") == 0) {
      std::fprintf(stderr, "500 answer: %s\n", answer.substr(at, 400).c_str());
      std::abort();
    }
  }
  return 0;
}
