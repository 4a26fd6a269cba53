// Helpers shared by the tests: private temporary folders (ctest runs test
// processes in parallel, so nothing may use a fixed path under /tmp), running
// the built `songngu` binary, and paths into the source tree and ../shared.
#ifndef SONGNGU_TESTS_TEST_UTIL_H_
#define SONGNGU_TESTS_TEST_UTIL_H_

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace songngu::testing {

inline std::string SourcePath(const std::string& rel) { return std::string(SONGNGU_SOURCE_DIR) + "/" + rel; }
inline std::string SharedPath(const std::string& rel) { return std::string(SONGNGU_SHARED_DIR) + "/" + rel; }
inline bool Exists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

inline std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A fresh folder, removed with everything in it when the object goes away.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "songngu-test-XXXXXX").string();
    if (mkdtemp(tmpl.data()) == nullptr) std::abort();
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }
  // Writes `bytes` to `name` inside the folder and returns its path.
  std::string Write(const std::string& name, const std::string& bytes) const {
    std::string p = File(name);
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }

 private:
  std::string path_;
};

inline std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

struct CliRun {
  int status = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `songngu ARGS` (ARGS is shell text: quote paths with ShellQuote) with
// optional standard input, in a private folder, capturing both streams.
inline CliRun RunSongngu(const std::string& args, const std::string& stdin_text = "",
                         const std::string& env = "") {
  TempDir io;
  std::string in = io.Write("stdin", stdin_text);
  std::string cmd = env + (env.empty() ? "" : " ") + ShellQuote(SONGNGU_BINARY) + " " + args +
                    " <" + ShellQuote(in) + " >" + ShellQuote(io.File("out")) + " 2>" +
                    ShellQuote(io.File("err"));
  int rc = std::system(cmd.c_str());
  CliRun r;
  r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  r.out = Slurp(io.File("out"));
  r.err = Slurp(io.File("err"));
  return r;
}

// A TCP port on 127.0.0.1 nobody listens on right now (-1 if none could be had).
inline int FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    if (fd >= 0) close(fd);
    return -1;
  }
  close(fd);
  return ntohs(addr.sin_port);
}

}  // namespace songngu::testing

#endif  // SONGNGU_TESTS_TEST_UTIL_H_
