// `songngu serve` as a user runs it: URL on stderr, answers, stops on SIGTERM
// and SIGINT with status 0, refuses a non-loopback host without a token.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>

#include "test_util.h"

extern char** environ;

namespace songngu {
namespace {

using testing::Slurp;

struct Child {
  pid_t pid = -1;
  std::string err_path;
};

Child Start(const testing::TempDir& dir, const std::vector<std::string>& args) {
  Child c;
  c.err_path = dir.File("stderr");
  std::vector<std::string> all = {SONGNGU_BINARY, "--tm", dir.File("tm.db"), "serve"};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 2, c.err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  if (posix_spawn(&c.pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) c.pid = -1;
  posix_spawn_file_actions_destroy(&actions);
  return c;
}

// Exit status, or -1 if it has not ended within 15 s.
int WaitExit(pid_t pid) {
  for (int i = 0; i < 150; ++i) {
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
  return -1;
}

// The port in "songngu serve: http://127.0.0.1:PORT/#token=HEX" once printed.
int WaitForPort(const std::string& err_path, std::string* token) {
  const std::string prefix = "http://127.0.0.1:", mark = "/#token=";
  for (int i = 0; i < 300; ++i) {
    std::string err = Slurp(err_path);
    size_t at = err.find(prefix), tok = err.find(mark);
    size_t end = tok == std::string::npos
                     ? tok
                     : err.find_first_not_of("0123456789abcdef", tok + mark.size());
    if (at != std::string::npos && end != std::string::npos) {
      *token = err.substr(tok + mark.size(), end - tok - mark.size());
      return std::stoi(err.substr(at + prefix.size(), tok - at - prefix.size()));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return -1;
}

TEST(ServeCliTest, PrintsUrlServesAndStopsOnSignals) {
  for (int sig : {SIGTERM, SIGINT}) {
    testing::TempDir dir;
    Child c = Start(dir, {"--port", "0"});
    ASSERT_GT(c.pid, 0);
    std::string token;
    int port = WaitForPort(c.err_path, &token);
    ASSERT_GT(port, 0) << Slurp(c.err_path);
    EXPECT_EQ(token.size(), 32u);
    httplib::Client client("127.0.0.1", port);
    auto r = client.Get("/api/health");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    r = client.Post("/api/units/1/accept", httplib::Headers{{"Authorization", "Bearer " + token}},
                    "", "application/json");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 404);  // authorised; the new TM has no unit 1
    kill(c.pid, sig);
    EXPECT_EQ(WaitExit(c.pid), 0) << "signal " << sig << ": " << Slurp(c.err_path);
  }
}

TEST(ServeCliTest, RefusesNetworkAddressWithoutToken) {
  testing::TempDir dir;
  Child c = Start(dir, {"--host", "0.0.0.0", "--port", "0"});
  ASSERT_GT(c.pid, 0);
  EXPECT_EQ(WaitExit(c.pid), 1);
  EXPECT_NE(Slurp(c.err_path).find("without --token"), std::string::npos) << Slurp(c.err_path);
}

}  // namespace
}  // namespace songngu
