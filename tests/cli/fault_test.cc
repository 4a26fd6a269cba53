// Fault tests: `songngu` writing a TM is killed with SIGKILL at random points
// (tm import of a large TMX, align --store, corpus build), two writers run at
// once, and the disk fills up. Afterwards the TM must pass SQLite's
// integrity check, keep every unit committed before, and hold no partial
// batch: an import is all or nothing, an alignment's batch has all its links
// or does not exist, a corpus pair has all its links or none.
#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "test_util.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using songngu::testing::TempDir;

const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};

// Sentence pair k: its own numbers, so the aligner links it with confidence.
std::string ViSentence(int k) {
  return "Ngày " + std::to_string(1 + k % 28) + "-" + std::to_string(1 + k % 12) + ", quận số " +
         std::to_string(k) + " chi " + std::to_string(1000 + 37 * k) + " tỷ đồng cho " +
         std::to_string(10 + k % 90) + " trường học.";
}
std::string EnSentence(int k) {
  return std::string("On ") + kMonths[k % 12] + " " + std::to_string(1 + k % 28) +
         ", district No. " + std::to_string(k) + " spent " + std::to_string(1000 + 37 * k) +
         " billion dong on " + std::to_string(10 + k % 90) + " schools.";
}

// A running `songngu ARGS`; stdout readable through `out` when piped.
struct Child {
  pid_t pid = -1;
  int out = -1;
};

Child Spawn(const std::vector<std::string>& args, bool pipe_stdout = false) {
  int fds[2] = {-1, -1};
  if (pipe_stdout && pipe(fds) != 0) std::abort();
  pid_t pid = fork();
  if (pid < 0) std::abort();
  if (pid == 0) {
    int null = open("/dev/null", O_RDWR);
    dup2(null, 0);
    dup2(pipe_stdout ? fds[1] : null, 1);
    dup2(null, 2);
    std::vector<char*> argv;
    std::string binary = SONGNGU_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copy = args;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  if (pipe_stdout) close(fds[1]);
  return {pid, fds[0]};
}

// Exit status, or 128 + signal.
int Wait(Child& c) {
  int status = 0;
  waitpid(c.pid, &status, 0);
  if (c.out >= 0) close(c.out);
  c.out = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int RunToEnd(const std::vector<std::string>& args) {
  Child c = Spawn(args);
  return Wait(c);
}

// Reads from the child's stdout until `bytes` have come (or it closes).
void ReadAtLeast(Child& c, size_t bytes) {
  char buf[65536];
  size_t got = 0;
  while (got < bytes) {
    ssize_t n = read(c.out, buf, sizeof buf);
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
}

size_t ReadAll(Child& c) {
  char buf[65536];
  size_t got = 0;
  for (ssize_t n; (n = read(c.out, buf, sizeof buf)) > 0;) got += static_cast<size_t>(n);
  return got;
}

void SleepSeconds(double s) {
  std::this_thread::sleep_for(std::chrono::microseconds(static_cast<int64_t>(s * 1e6)));
}

double Since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

std::mt19937& Random() {
  static std::mt19937 rng = [] {
    unsigned seed = std::random_device()();
    std::cout << "fault test random seed " << seed << "\n";
    return std::mt19937(seed);
  }();
  return rng;
}

double Uniform(double lo, double hi) {
  return std::uniform_real_distribution<double>(lo, hi)(Random());
}

int64_t Count(SQLite::Database& db, const std::string& sql) {
  return db.execAndGet(sql).getInt64();
}

// The checks every test ends with: the file is sound and no batch is empty.
void ExpectSound(const std::string& tm) {
  SQLite::Database db(tm,
                      SQLite::OPEN_READWRITE);  // read-write: recovers the WAL of a killed writer
  EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok") << tm;
  EXPECT_EQ(Count(db,
                  "SELECT count(*) FROM batch b WHERE NOT EXISTS (SELECT 1 FROM unit u WHERE "
                  "u.batch = b.id)"),
            0)
      << "a batch without units in " << tm;
}

class FaultTest : public ::testing::Test {
 protected:
  // 50 units every TM starts with: what must survive each fault.
  void SetUp() override {
    std::string tsv;
    for (int k = 0; k < 50; ++k)
      tsv += "Cơ sở " + std::to_string(k) + " đã sẵn sàng.\tSite " + std::to_string(k) +
             " is ready.\n";
    base_ = dir_.Write("base.tsv", tsv);
  }

  std::string FreshTm(const std::string& name) {
    std::string tm = dir_.File(name);
    EXPECT_EQ(RunToEnd({"--quiet", "--tm", tm, "tm", "import", base_}), 0);
    return tm;
  }

  static void ExpectBaseKept(const std::string& tm) {
    SQLite::Database db(tm, SQLite::OPEN_READONLY);
    EXPECT_EQ(Count(db, "SELECT count(*) FROM unit WHERE batch = 1"), 50) << tm;
  }

  TempDir dir_;
  std::string base_;
};

TEST_F(FaultTest, TmImportKilledAnywhereIsAllOrNothing) {
  const int kUnits = 6000;
  std::string tmx =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header "
      "srclang=\"vi\"/><body>\n";
  for (int k = 0; k < kUnits; ++k) {
    tmx += "<tu tuid=\"" + std::to_string(k) + "\"><tuv xml:lang=\"vi\"><seg>" + ViSentence(k) +
           "</seg></tuv><tuv xml:lang=\"en\"><seg>" + EnSentence(k) + "</seg></tuv></tu>\n";
  }
  std::string big = dir_.Write("big.tmx", tmx + "</body></tmx>\n");

  std::string ref = FreshTm("ref.db");
  Clock::time_point t = Clock::now();
  ASSERT_EQ(RunToEnd({"--quiet", "--tm", ref, "tm", "import", big}), 0);
  const double full = Since(t);

  for (int trial = 0; trial < 3; ++trial) {
    std::string tm = FreshTm("killed" + std::to_string(trial) + ".db");
    Child c = Spawn({"--quiet", "--tm", tm, "tm", "import", big});
    SleepSeconds(Uniform(0.05, 1.0) * full);
    kill(c.pid, SIGKILL);
    int status = Wait(c);
    ExpectSound(tm);
    ExpectBaseKept(tm);
    {
      SQLite::Database db(tm, SQLite::OPEN_READONLY);
      int64_t units = Count(db, "SELECT count(*) FROM unit");
      // All or nothing. The kill can land after COMMIT but before exit, so a
      // killed import may have stored everything; a clean exit must have.
      EXPECT_TRUE(units == 50 || units == 50 + kUnits) << "partial import: " << units;
      if (status == 0) {
        EXPECT_EQ(units, 50 + kUnits);
      }
    }
    // The TM takes the import again after the crash.
    if (status != 0) {
      ASSERT_EQ(RunToEnd({"--quiet", "--tm", tm, "tm", "import", big}), 0);
    }
    SQLite::Database db(tm, SQLite::OPEN_READONLY);
    EXPECT_EQ(Count(db, "SELECT count(*) FROM unit"), 50 + kUnits);
  }
}

TEST_F(FaultTest, AlignStoreKilledLeavesItsBatchWholeOrAbsent) {
  const int kSentences = 600;
  std::string vi, en;
  for (int k = 0; k < kSentences; ++k) {
    vi += ViSentence(k) + (k % 5 == 4 ? "\n" : " ");
    en += EnSentence(k) + (k % 5 == 4 ? "\n" : " ");
  }
  std::string vi_path = dir_.Write("vi.txt", vi), en_path = dir_.Write("en.txt", en);
  auto args = [&](const std::string& tm) {
    return std::vector<std::string>{"--quiet", "--tm",    tm,         "align", vi_path,
                                    en_path,   "--store", "--format", "tsv"};
  };

  // Reference run: the links printed (stdout) come before the store.
  std::string ref = FreshTm("ref.db");
  Child r = Spawn(args(ref), true);
  size_t printed = ReadAll(r);
  Clock::time_point t = Clock::now();
  ASSERT_EQ(Wait(r), 0);
  const double store_phase = Since(t);
  int64_t links = 0;
  {
    SQLite::Database db(ref, SQLite::OPEN_READONLY);
    links = Count(db, "SELECT count(*) FROM unit WHERE batch = 2");
  }
  ASSERT_GT(links, kSentences / 2);

  for (int trial = 0; trial < 4; ++trial) {
    std::string tm = FreshTm("killed" + std::to_string(trial) + ".db");
    Child c = Spawn(args(tm), true);
    ReadAtLeast(c, printed);  // aligned; storing starts now
    SleepSeconds(Uniform(0, 1.2) * store_phase);
    kill(c.pid, SIGKILL);
    Wait(c);
    ExpectSound(tm);
    ExpectBaseKept(tm);
    SQLite::Database db(tm, SQLite::OPEN_READONLY);
    int64_t batches = Count(db, "SELECT count(*) FROM batch WHERE kind = 'align'");
    ASSERT_LE(batches, 1);
    EXPECT_EQ(Count(db, "SELECT count(*) FROM unit WHERE batch > 1"), batches * links);
    EXPECT_EQ(Count(db, "SELECT count(*) FROM document"), batches * 2);
  }
}

TEST_F(FaultTest, CorpusBuildKilledKeepsWholePairsAndResumes) {
  const int kPairs = 60;
  fs::create_directories(dir_.File("vi"));
  fs::create_directories(dir_.File("en"));
  for (int p = 0; p < kPairs; ++p) {
    std::string vi, en;
    for (int k = 0; k < 4; ++k) {
      vi += ViSentence(p * 4 + k) + " ";
      en += EnSentence(p * 4 + k) + " ";
    }
    // A notice number on top, as news items have: pairs the documents.
    dir_.Write("vi/v" + std::to_string(p) + ".txt",
               "Thông báo số " + std::to_string(300 + p) + "/TB-UBND\n" + vi + "\n");
    dir_.Write("en/e" + std::to_string(p) + ".txt",
               "Notice No. " + std::to_string(300 + p) + "/TB-UBND\n" + en + "\n");
  }
  auto args = [&](const std::string& tm) {
    return std::vector<std::string>{
        "--quiet",  "--tm",          tm,       "corpus", "build", "--vi-dir", dir_.File("vi"),
        "--en-dir", dir_.File("en"), "--jobs", "1"};
  };
  // Units per Vietnamese document in a run that was not disturbed.
  auto per_document = [](const std::string& tm) {
    SQLite::Database db(tm, SQLite::OPEN_READONLY);
    SQLite::Statement s(
        db,
        "SELECT d.name, count(u.id) FROM document d LEFT JOIN unit u ON u.vi_doc = d.id "
        "WHERE d.lang = 'vi' GROUP BY d.id");
    std::map<std::string, int64_t> out;
    while (s.executeStep())
      out[fs::path(s.getColumn(0).getString()).filename().string()] = s.getColumn(1).getInt64();
    return out;
  };

  std::string ref = FreshTm("ref.db");
  Clock::time_point t = Clock::now();
  ASSERT_EQ(RunToEnd(args(ref)), 0);
  const double full = Since(t);
  std::map<std::string, int64_t> expected = per_document(ref);
  ASSERT_EQ(expected.size(), static_cast<size_t>(kPairs));

  for (int trial = 0; trial < 3; ++trial) {
    std::string tm = FreshTm("killed" + std::to_string(trial) + ".db");
    Child c = Spawn(args(tm));
    SleepSeconds(Uniform(0.2, 1.0) * full);
    kill(c.pid, SIGKILL);
    Wait(c);
    ExpectSound(tm);
    ExpectBaseKept(tm);
    for (const auto& [name, units] : per_document(tm))
      EXPECT_EQ(units, expected[name]) << "partial pair " << name;
    {
      SQLite::Database db(tm, SQLite::OPEN_READONLY);
      EXPECT_EQ(Count(db, "SELECT count(*) FROM document WHERE lang = 'vi'"),
                Count(db, "SELECT count(*) FROM document WHERE lang = 'en'"));
    }
    ASSERT_EQ(RunToEnd(args(tm)), 0);  // resumes: the rest, each pair once
    EXPECT_EQ(per_document(tm), expected);
  }
}

TEST_F(FaultTest, TwoWritersAtOnceBothCommit) {
  std::string a, b;
  for (int k = 0; k < 4000; ++k) {
    (k % 2 ? a : b) += ViSentence(k) + "\t" + EnSentence(k) + "\n";
  }
  std::string a_path = dir_.Write("a.tsv", a), b_path = dir_.Write("b.tsv", b);
  std::string tm = FreshTm("tm.db");
  Child first = Spawn({"--quiet", "--tm", tm, "tm", "import", a_path});
  Child second = Spawn({"--quiet", "--tm", tm, "tm", "import", b_path});
  EXPECT_EQ(Wait(first), 0);
  EXPECT_EQ(Wait(second), 0);
  ExpectSound(tm);
  ExpectBaseKept(tm);
  SQLite::Database db(tm, SQLite::OPEN_READONLY);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM unit"), 50 + 4000);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM batch"), 3);
}

// Mounts a small tmpfs for the test's life; skipped where mounting is not allowed.
class SmallDisk {
 public:
  explicit SmallDisk(const std::string& path) : path_(path) {
    fs::create_directories(path);
    if (mount("songngu-test", path.c_str(), "tmpfs", 0, "size=1m") != 0)
      error_ = std::strerror(errno);
  }
  ~SmallDisk() {
    if (error_.empty()) umount2(path_.c_str(), MNT_DETACH);
  }
  const std::string& error() const { return error_; }

 private:
  std::string path_, error_;
};

TEST_F(FaultTest, FullDiskFailsWithOneLineAndKeepsTheTm) {
  SmallDisk disk(dir_.File("disk"));
  if (!disk.error().empty()) {
    GTEST_SKIP() << "cannot mount a 1 MB tmpfs here (" << disk.error()
                 << "; needs root or CAP_SYS_ADMIN): the full-disk test did not run";
  }
  std::string tm = dir_.File("disk/tm.db");
  ASSERT_EQ(RunToEnd({"--quiet", "--tm", tm, "tm", "import", base_}), 0);
  std::string tsv;
  for (int k = 0; k < 6000; ++k) tsv += ViSentence(k) + "\t" + EnSentence(k) + "\n";
  std::string big = dir_.Write("big.tsv", tsv);  // outside the small disk: only the TM grows

  songngu::testing::CliRun r =
      songngu::testing::RunSongngu("--tm " + songngu::testing::ShellQuote(tm) + " tm import " +
                                   songngu::testing::ShellQuote(big));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(songngu::testing::Lines(r.err).size(), 1u) << r.err;
  EXPECT_NE(r.err.find("full"), std::string::npos) << r.err;
  ExpectSound(tm);
  ExpectBaseKept(tm);
  SQLite::Database db(tm, SQLite::OPEN_READONLY);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM unit"), 50);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM batch"), 1);
}

}  // namespace
