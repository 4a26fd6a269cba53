// End-to-end test of corpus building on a real Dask cluster: a dask-scheduler
// and two dask-worker processes on 127.0.0.1 run scripts/corpus_dask.py over a
// pile of a few hundred document pairs (our synthetic reports, IWSLT talks
// made comparable, distractors, broken files), and the corpus must equal the
// one `songngu corpus build` makes in one process.
#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "test_util.h"

namespace {

using songngu::testing::Exists;
using songngu::testing::Lines;
using songngu::testing::FreePort;
using songngu::testing::RunSongngu;
using songngu::testing::ShellQuote;
using songngu::testing::Slurp;
using songngu::testing::TempDir;

const char kPython[] = "/usr/bin/python3";  // Debian's, where python3-distributed lives
const char kScheduler[] = "/usr/bin/dask-scheduler";
const char kWorker[] = "/usr/bin/dask-worker";

bool Listening(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<uint16_t>(port));
  bool ok = connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  close(fd);
  return ok;
}

// A scheduler and workers, each in its own process group (a worker's nanny
// and children included), killed in the destructor however the test ends.
class DaskCluster {
 public:
  DaskCluster(const std::string& dir, int workers) : dir_(dir) {
    port_ = FreePort();
    if (port_ <= 0) return;
    Spawn({kScheduler, "--host", "127.0.0.1", "--port", std::to_string(port_), "--no-dashboard"},
          "scheduler.log");
    for (int i = 0; i < 300 && !Listening(port_); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (!Listening(port_)) return;
    for (int w = 0; w < workers; ++w) {
      std::string local = dir_ + "/worker" + std::to_string(w);
      mkdir(local.c_str(), 0700);
      Spawn({kWorker, address(), "--host", "127.0.0.1", "--nthreads", "1", "--no-dashboard",
             "--no-nanny", "--local-directory", local},
            "worker" + std::to_string(w) + ".log");
    }
    ready_ = true;
  }
  ~DaskCluster() {
    for (pid_t pid : groups_) kill(-pid, SIGTERM);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    for (pid_t pid : groups_) {
      while (waitpid(pid, nullptr, WNOHANG) == 0 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
      kill(-pid, SIGKILL);
      waitpid(pid, nullptr, WNOHANG);
    }
  }
  DaskCluster(const DaskCluster&) = delete;
  DaskCluster& operator=(const DaskCluster&) = delete;

  bool ready() const { return ready_; }
  std::string address() const { return "tcp://127.0.0.1:" + std::to_string(port_); }
  std::string Logs() const {
    std::string all;
    for (const std::string& log : logs_) all += "--- " + log + "\n" + Slurp(log);
    return all;
  }

 private:
  void Spawn(const std::vector<std::string>& argv, const std::string& log_name) {
    std::string log = dir_ + "/" + log_name;
    logs_.push_back(log);
    pid_t pid = fork();
    if (pid == 0) {
      setpgid(0, 0);
      int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
      dup2(fd, 1);
      dup2(fd, 2);
      std::vector<char*> args;
      // The scripts start with #!/usr/bin/python3; run them with it explicitly
      // so that a python3 earlier on PATH (pyenv) is not used.
      args.push_back(const_cast<char*>(kPython));
      for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
      args.push_back(nullptr);
      execv(kPython, args.data());
      _exit(127);
    }
    if (pid > 0) {
      setpgid(pid, pid);
      groups_.push_back(pid);
    }
  }

  std::string dir_;
  int port_ = -1;
  bool ready_ = false;
  std::vector<pid_t> groups_;
  std::vector<std::string> logs_;
};

struct ShellRun {
  int status = -1;
  std::string err;
};

ShellRun Shell(const std::string& command, const std::string& err_path) {
  int rc = std::system((command + " 2>" + ShellQuote(err_path)).c_str());
  return {WIFEXITED(rc) ? WEXITSTATUS(rc) : -1, Slurp(err_path)};
}

std::vector<std::string> SortedLines(const std::string& path) {
  std::vector<std::string> lines = Lines(Slurp(path));
  std::sort(lines.begin(), lines.end());
  return lines;
}

TEST(DaskTest, ClusterBuildsTheSameCorpusAsOneProcess) {
  ASSERT_TRUE(Exists(kScheduler) && Exists(kWorker))
      << "dask-scheduler / dask-worker missing: install python3-distributed (scripts/deps.sh)";
  TempDir dir;
  std::string pile = dir.File("pile");
  // 160 synthetic report pairs dated over eleven years + the 7 dev2010 talks
  // made comparable (undated: they join every date shard), 20 reports without
  // partner, an empty, an invalid-UTF-8 and a binary file.
  ShellRun made = Shell(std::string(kPython) + " " +
                            ShellQuote(songngu::testing::SourcePath("scripts/make_pile.py")) + " " +
                            ShellQuote(pile) +
                            " --pairs 160 --distractors 20 --iwslt dev2010 --broken --dated --seed 5" +
                            " --shared " + ShellQuote(songngu::testing::SharedPath("")),
                        dir.File("make.err"));
  ASSERT_EQ(made.status, 0) << made.err;

  // One process.
  std::string db = dir.File("one.db");
  songngu::testing::CliRun one =
      RunSongngu("--tm " + ShellQuote(db) + " corpus build --vi-dir " + ShellQuote(pile + "/vi") +
                 " --en-dir " + ShellQuote(pile + "/en") + " --jobs 2 --shard-documents 40");
  EXPECT_EQ(one.status, 1) << "broken files make the exit status 1\n" << one.err;
  for (const char* broken : {"broken-empty.txt", "broken-utf8.txt", "broken-binary.bin"}) {
    EXPECT_NE(one.err.find(broken), std::string::npos) << broken << " not reported:\n" << one.err;
  }
  songngu::testing::CliRun exported = RunSongngu(
      "--tm " + ShellQuote(db) + " corpus export --format tsv " + ShellQuote(dir.File("one.tsv")));
  ASSERT_EQ(exported.status, 0) << exported.err;
  std::vector<std::string> expected = SortedLines(dir.File("one.tsv"));
  // A synthetic pair has at least 6 sentences in common: most pairs give 5 or more units.
  ASSERT_GE(expected.size(), 160u * 5);

  // A cluster of a scheduler and two workers, and the driver.
  DaskCluster cluster(dir.path(), 2);
  ASSERT_TRUE(cluster.ready()) << cluster.Logs();
  std::string out = dir.File("out");
  std::string driver = std::string(kPython) + " " +
                       ShellQuote(songngu::testing::SourcePath("scripts/corpus_dask.py")) +
                       " --vi-dir " + ShellQuote(pile + "/vi") + " --en-dir " +
                       ShellQuote(pile + "/en") + " --out " + ShellQuote(out) + " --scheduler " +
                       cluster.address() + " --wait-workers 2 --partition-size 100 --shard-documents 40 --songngu " +
                       ShellQuote(SONGNGU_BINARY) + " --stats " +
                       ShellQuote(dir.File("stats.json"));
  ShellRun run = Shell(driver, dir.File("driver.err"));
  ASSERT_EQ(run.status, 0) << run.err << cluster.Logs();
  for (const char* broken : {"broken-empty.txt", "broken-utf8.txt", "broken-binary.bin"}) {
    EXPECT_NE(run.err.find(broken), std::string::npos) << broken << " not reported:\n" << run.err;
  }
  EXPECT_EQ(Lines(Slurp(out + "/errors.txt")).size(), 3u) << Slurp(out + "/errors.txt");

  std::vector<std::string> got = SortedLines(out + "/corpus.tsv");
  EXPECT_EQ(got.size(), expected.size());
  EXPECT_TRUE(got == expected) << "the cluster's corpus differs from corpus build's";
  EXPECT_EQ(Lines(Slurp(out + "/corpus.vi")).size(), expected.size());
  EXPECT_NE(Slurp(out + "/corpus.tmx").find("<tuv xml:lang=\"vi\">"), std::string::npos);

  nlohmann::json stats = nlohmann::json::parse(Slurp(dir.File("stats.json")));
  // Of the 167 true pairs at least 9 in 10 are found (pairing keeps precision
  // first); the 20 reports without partner add none.
  EXPECT_GE(stats["pairs"].get<int>(), 150);
  EXPECT_LE(stats["pairs"].get<int>(), 167);
  EXPECT_NE(one.err.find(std::to_string(stats["pairs"].get<int>()) + " pairs stored"),
            std::string::npos)
      << one.err;
  EXPECT_EQ(stats["workers"].size(), 2u) << "both workers ran tasks: " << stats.dump();
  // Pairing ran as several tasks (groups of date shards of 40 Vietnamese pages),
  // not as one task over the whole pile.
  EXPECT_GT(stats["tasks"]["pair"].get<int>(), 1) << stats.dump();
  EXPECT_NE(run.err.find("pair: " + std::to_string(stats["tasks"]["pair"].get<int>()) + "/" +
                         std::to_string(stats["tasks"]["pair"].get<int>()) + " partitions"),
            std::string::npos)
      << run.err;

  // A stopped run: one partition of links is missing (357 pages make 4
  // partitions of features). Running the same
  // command again redoes that one only and gives the same corpus.
  int pairs = stats["pairs"].get<int>();
  int align_parts = (pairs + 49) / 50;  // --partition-size 100 pages, 50 pairs
  ASSERT_TRUE(Exists(out + "/work/links/part-00001.jsonl"));
  std::remove((out + "/work/links/part-00001.jsonl").c_str());
  std::remove((out + "/corpus.tsv").c_str());
  ShellRun again = Shell(driver, dir.File("again.err"));
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.err.find("features: 4 of 4 partitions already done (resumed)"), std::string::npos)
      << again.err;
  std::string pair_tasks = std::to_string(stats["tasks"]["pair"].get<int>());
  EXPECT_NE(again.err.find("pair: " + pair_tasks + " of " + pair_tasks + " partitions already done (resumed)"),
            std::string::npos)
      << again.err;
  EXPECT_NE(again.err.find("align: " + std::to_string(align_parts - 1) + " of " +
                           std::to_string(align_parts) + " partitions already done (resumed)"),
            std::string::npos)
      << again.err;
  EXPECT_TRUE(SortedLines(out + "/corpus.tsv") == expected);
}

}  // namespace
