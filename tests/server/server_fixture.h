// A live songngu server for the server tests: a small TM in a private folder
// (official titles in context, one sentence of the sample release, two
// aligned pairs waiting for review), served on loopback on a free port.
#ifndef SONGNGU_TESTS_SERVER_SERVER_FIXTURE_H_
#define SONGNGU_TESTS_SERVER_SERVER_FIXTURE_H_

#include <httplib.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include "server/server.h"
#include "test_util.h"
#include "tm/store.h"

namespace songngu::testing {

inline constexpr char kToken[] = "test-token-0123";

// Ids of the fixture's units waiting for review.
inline constexpr int64_t kFirstUnreviewed = 15;

inline void BuildFixtureTm(const std::string& path) {
  TmStore store(path);
  auto add = [&](const std::string& vi, const std::string& en, Review review = Review::kAccepted) {
    UnitInput u;
    u.vi = vi;
    u.en = en;
    u.review = review;
    if (review == Review::kUnreviewed) {
      u.origin = Origin::kAligned;
      u.score = 0.8;
    }
    store.AddUnit(u, 0);
  };
  add("Phó Bí thư Thành ủy Nguyễn Văn Hiếu phát biểu tại hội nghị",
      "Deputy Secretary of the City Party Committee Nguyen Van Hieu spoke at the conference");
  add("Đồng chí Trần Việt Trường, Phó Bí thư Thành ủy, dự lễ khánh thành",
      "Comrade Tran Viet Truong, Deputy Secretary of the City Party Committee, attended the "
      "inauguration");
  add("Ông Lê Quang Mạnh giữ chức Phó Bí thư Thành ủy",
      "Le Quang Manh holds the post of Deputy Secretary of the City Party Committee");
  add("Phó Bí thư Thành ủy Phạm Văn Hiểu chủ trì buổi làm việc",
      "Deputy Secretary of the City Party Committee Pham Van Hieu chaired the working session");
  add("Phó Bí thư Thành ủy Võ Thành Thống thăm trường học",
      "Vice Secretary of the Municipal Party Committee Vo Thanh Thong visited the school");
  add("Thành ủy Cần Thơ họp phiên thường kỳ",
      "The Can Tho City Party Committee held its regular meeting");
  add("Hội nghị đã thống nhất các nhiệm vụ", "The conference agreed on the tasks");
  add("Sở Y tế kiểm tra công trình", "The Department of Health inspected the works");
  add("Đoàn công tác làm việc với huyện", "The delegation worked with the district");
  add("Ông phát biểu tại hội nghị", "He spoke at the conference");
  // From the sample report: the new release repeats the first and changes a number in the second.
  add("Nhiều hộ dân chưa đồng thuận với phương án hỗ trợ tái định cư.",
      "Many households have not yet agreed with the resettlement support plan.");
  add("Theo báo cáo của Sở Xây dựng, đến nay thành phố đã hoàn thành 11/20 hạng mục của Dự án "
      "chống ngập "
      "và thích ứng biến đổi khí hậu giai đoạn 2021 - 2025.",
      "According to the Department of Construction, the city has completed 11/20 items of the "
      "flood control "
      "and climate change adaptation project for 2021 - 2025.");
  add("Sở Xây dựng được giao theo dõi tiến độ.",
      "The Department of Construction was tasked with monitoring progress.");
  add("Nhà thầu cam kết hoàn thành đúng hạn.", "The contractor pledged to finish on time.");
  // Ids 15 and 16: aligned pairs waiting for review.
  add("Chủ tịch UBND thành phố đề nghị các sở phối hợp chặt chẽ.",
      "The Chairman of the City People's Committee asked the departments to coordinate closely.",
      Review::kUnreviewed);
  add("Dự án được khởi công năm 2021.", "The project started in 2021.", Review::kUnreviewed);
}

// The server in a thread; stopped and joined by the destructor.
class LiveServer {
 public:
  explicit LiveServer(const std::string& tm_path, ServerOptions options = ServerOptions()) {
    options.tm_path = tm_path;
    options.port = 0;
    if (options.token.empty()) options.token = kToken;
    options.web_dir = SourcePath("data/web");
    server_ = std::make_unique<Server>(options);
    port_ = server_->Bind();
    thread_ = std::thread([this] { server_->Run(); });
    // Ready when it answers.
    httplib::Client probe("127.0.0.1", port_);
    for (int i = 0; i < 200 && !probe.Get("/api/health"); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  ~LiveServer() {
    server_->Stop();
    thread_.join();
  }
  int port() const { return port_; }
  Server& server() { return *server_; }

 private:
  std::unique_ptr<Server> server_;
  std::thread thread_;
  int port_ = 0;
};

// A raw TCP client for what httplib::Client will not send: slow drips,
// malformed or oversized requests, pipelining.
class RawClient {
 public:
  explicit RawClient(int port) {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) Close();
  }
  ~RawClient() { Close(); }
  RawClient(const RawClient&) = delete;
  RawClient& operator=(const RawClient&) = delete;

  bool ok() const { return fd_ >= 0; }
  // False once the server has closed or reset the connection.
  bool Send(const std::string& bytes) {
    size_t done = 0;
    while (fd_ >= 0 && done < bytes.size()) {
      ssize_t n = send(fd_, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
      if (n <= 0) return false;
      done += static_cast<size_t>(n);
    }
    return fd_ >= 0;
  }
  // Everything the server sends until it closes or `seconds` pass.
  std::string ReadAll(double seconds) {
    return ReadUntil(seconds, [](const std::string&) { return false; });
  }
  // One whole answer (headers and Content-Length bytes), or what came in `seconds`.
  std::string ReadAnswer(double seconds) {
    return ReadUntil(seconds, [](const std::string& out) {
      size_t head = out.find("\r\n\r\n"), len = out.find("Content-Length: ");
      return head != std::string::npos && len != std::string::npos && len < head &&
             out.size() >= head + 4 + std::stoul(out.substr(len + 16));
    });
  }
  void Close() {
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
  }

 private:
  // Reads until `done(what came)`, the server closes, or `seconds` pass.
  std::string ReadUntil(double seconds, const std::function<bool(const std::string&)>& done) {
    std::string out;
    auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    char buf[65536];
    while (fd_ >= 0 && !done(out)) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          end - std::chrono::steady_clock::now());
      if (left.count() <= 0) break;
      pollfd p{fd_, POLLIN, 0};
      if (poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
      ssize_t n = recv(fd_, buf, sizeof buf, 0);
      if (n <= 0) break;
      out.append(buf, static_cast<size_t>(n));
    }
    return out;
  }

  int fd_ = -1;
};

// The status of a raw answer ("HTTP/1.1 413 ..." -> 413), 0 if none.
inline int StatusOf(const std::string& answer) {
  if (answer.rfind("HTTP/1.1 ", 0) != 0 || answer.size() < 12) return 0;
  return std::atoi(answer.substr(9, 3).c_str());
}

// The JSON body of a raw answer.
inline std::string BodyOf(const std::string& answer) {
  size_t head = answer.find("\r\n\r\n");
  return head == std::string::npos ? "" : answer.substr(head + 4);
}

}  // namespace songngu::testing

#endif  // SONGNGU_TESTS_SERVER_SERVER_FIXTURE_H_
