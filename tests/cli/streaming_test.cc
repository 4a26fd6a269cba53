// The Hadoop streaming jobs of docs/streaming.md run as Hadoop streaming runs
// them (scripts/streaming_local.sh: input split over several mapper
// processes, map output sorted by key with `LC_ALL=C sort -t$'\t' -k1,1`, a
// reducer over the sorted stream), and the corpus must equal the one
// `songngu corpus build` makes in one process. Hadoop itself is not run.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "test_util.h"

namespace {

using songngu::testing::Lines;
using songngu::testing::RunSongngu;
using songngu::testing::ShellQuote;
using songngu::testing::Slurp;
using songngu::testing::SourcePath;
using songngu::testing::TempDir;

int Shell(const std::string& command, const std::string& err_path) {
  int rc = std::system((command + " 2>" + ShellQuote(err_path)).c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

std::vector<std::string> SortedLines(const std::string& path) {
  std::vector<std::string> lines = Lines(Slurp(path));
  std::sort(lines.begin(), lines.end());
  return lines;
}

TEST(HadoopStreamingTest, MappersSortAndReducersBuildTheSameCorpusAsOneProcess) {
  TempDir dir;
  std::string pile = dir.File("pile");
  // 60 dated report pairs over eleven years (many date shards), 6 reports
  // without partner, an empty, an invalid-UTF-8 and a binary file.
  ASSERT_EQ(Shell("/usr/bin/python3 " + ShellQuote(SourcePath("scripts/make_pile.py")) + " " +
                      ShellQuote(pile) + " --pairs 60 --distractors 6 --dated --broken --seed 3",
                  dir.File("make.err")),
            0)
      << Slurp(dir.File("make.err"));

  songngu::testing::CliRun one =
      RunSongngu("--tm " + ShellQuote(dir.File("one.db")) + " corpus build --vi-dir " +
                 ShellQuote(pile + "/vi") + " --en-dir " + ShellQuote(pile + "/en") +
                 " --jobs 2 --shard-documents 15");
  EXPECT_EQ(one.status, 1) << "broken files make the exit status 1\n" << one.err;
  songngu::testing::CliRun exported =
      RunSongngu("--tm " + ShellQuote(dir.File("one.db")) + " corpus export --format tsv " +
                 ShellQuote(dir.File("one.tsv")));
  ASSERT_EQ(exported.status, 0) << exported.err;
  std::vector<std::string> expected = SortedLines(dir.File("one.tsv"));
  ASSERT_GE(expected.size(), 60u * 5) << "a synthetic pair gives 5 or more units";

  // The pages as the jobs' input: one record per file, the path as id.
  std::string pages;
  for (const char* lang : {"vi", "en"}) {
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(pile + "/" + lang)) {
      files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) {
      pages += nlohmann::json{{"id", f}, {"path", f}, {"lang", lang}}.dump() + "\n";
    }
  }
  std::string pages_path = dir.Write("pages.jsonl", pages);
  std::string out = dir.File("out");
  // Groups of date shards of at least 15 Vietnamese pages: the reducer pairs
  // about four groups, one after the other.
  ASSERT_EQ(Shell("PAIR_FLAGS='--shard-documents 15' bash " +
                      ShellQuote(SourcePath("scripts/streaming_local.sh")) + " " +
                      ShellQuote(SONGNGU_BINARY) + " " + ShellQuote(pages_path) + " " +
                      ShellQuote(out) + " 3",
                  dir.File("jobs.err")),
            0)
      << Slurp(dir.File("jobs.err"));

  // Three mappers ran (3 pieces of input), and the shuffle had many date shards.
  EXPECT_FALSE(Lines(Slurp(out + "/features/part-00002")).empty());
  songngu::testing::CliRun routed =
      RunSongngu("--quiet pair --stdin --route", Slurp(out + "/features/part-00000"));
  ASSERT_EQ(routed.status, 0) << routed.err;
  std::set<std::string> shards;
  for (const std::string& line : Lines(routed.out)) shards.insert(line.substr(0, line.find('\t')));
  EXPECT_GE(shards.size(), 10u) << "reports of eleven years fall into many 30-day shards";
  // The broken pages are error lines of the features job, not failures.
  std::string features = Slurp(out + "/features/part-00000") + Slurp(out + "/features/part-00001") +
                         Slurp(out + "/features/part-00002");
  for (const char* broken : {"broken-empty.txt", "broken-utf8.txt", "broken-binary.bin"}) {
    EXPECT_NE(features.find(broken), std::string::npos) << broken;
  }
  std::vector<std::string> got = SortedLines(out + "/corpus.tsv");
  EXPECT_EQ(got.size(), expected.size());
  EXPECT_TRUE(got == expected) << "the streaming jobs' corpus differs from corpus build's";
  // The pairs job found as many pairs as corpus build stored.
  size_t pairs = 0;
  for (const std::string& line : Lines(Slurp(out + "/pairs/part-00000"))) {
    nlohmann::json p = nlohmann::json::parse(line);
    pairs += !p["vi"].is_null() && !p["en"].is_null();
  }
  EXPECT_GE(pairs, 54u) << "at least 9 in 10 of the 60 pairs";
  EXPECT_NE(one.err.find(std::to_string(pairs) + " pairs stored"), std::string::npos) << one.err;
}

}  // namespace
