#include "tm/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

#include "aligner/error.h"
#include "test_util.h"

namespace songngu {
namespace {

using testing::TempDir;

UnitInput Pair(const std::string& vi, const std::string& en, const std::string& id = "") {
  UnitInput u;
  u.vi = vi;
  u.en = en;
  u.external_id = id;
  return u;
}

TEST(TmStoreTest, ExactDuplicatesAreMergedWithACount) {
  TmStore store(":memory:");
  int64_t batch = store.BeginBatch("import", "test");
  AddResult a = store.AddUnit(Pair("Cần Thơ", "Can Tho"), batch);
  AddResult b = store.AddUnit(Pair("Cần Thơ", "Can Tho"), batch);
  AddResult c = store.AddUnit(Pair("Cần Thơ", "Can Tho city"), batch);
  EXPECT_FALSE(a.merged);
  EXPECT_TRUE(b.merged);
  EXPECT_EQ(a.id, b.id);
  EXPECT_NE(a.id, c.id);
  EXPECT_EQ(store.GetUnit(a.id)->dup_count, 2);
  StoreStats s = store.Stats();
  EXPECT_EQ(s.units, 2);
  EXPECT_EQ(s.duplicates_merged, 1);
}

TEST(TmStoreTest, NfdDuplicateIsMergedWithNfc) {
  TmStore store(":memory:");
  store.AddUnit(Pair("Thành phố", "City"), 0);
  EXPECT_TRUE(store.AddUnit(Pair("Tha\u0300nh pho\u0302\u0301", "City"), 0).merged);
}

TEST(TmStoreTest, NfdQueryFindsNfcUnitAt100) {
  TmStore store(":memory:");
  store.AddUnit(Pair("Thành phố Cần Thơ phát triển", "Can Tho city develops", "t1"), 0);
  std::vector<Match> m = store.Search("Tha\u0300nh pho\u0302\u0301 Ca\u0302\u0300n Tho\u031b pha\u0301t trie\u0302\u0309n");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].score, 100);
  EXPECT_EQ(m[0].unit.external_id, "t1");
  EXPECT_EQ(m[0].target, "Can Tho city develops");
}

TEST(TmStoreTest, ToneMarkAndCaseVariantFindsUnitAt100) {
  TmStore store(":memory:");
  store.AddUnit(Pair("Hòa bình và thủy lợi", "Peace and irrigation"), 0);
  std::vector<Match> m = store.Search("HOÀ BÌNH VÀ THUỶ LỢI");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].score, 100);
}

TEST(TmStoreTest, NumberChangeIsNearExactWithSubstitutedTarget) {
  TmStore store(":memory:");
  store.AddUnit(Pair("Thành phố đã hoàn thành 12/20 nhiệm vụ", "The city has completed 12/20 tasks"), 0);
  std::vector<Match> m = store.Search("Thành phố đã hoàn thành 11/20 nhiệm vụ");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_GE(m[0].score, 95);
  EXPECT_LT(m[0].score, 100);
  EXPECT_TRUE(m[0].numbers_differ);
  EXPECT_TRUE(m[0].target_substituted);
  EXPECT_EQ(m[0].target, "The city has completed 11/20 tasks");
  EXPECT_EQ(m[0].unit.en, "The city has completed 12/20 tasks");
}

TEST(TmStoreTest, RejectedUnitsAreNeverReturnedAndUnreviewedAreMarked) {
  TmStore store(":memory:");
  AddResult a = store.AddUnit(Pair("Sở Y tế tổ chức hội nghị", "The Department of Health held a conference"), 0);
  AddResult b = store.AddUnit(Pair("Sở Y tế tổ chức hội nghị tổng kết", "The Department of Health held a review"), 0);
  store.SetReview(a.id, Review::kRejected);
  std::vector<Match> m = store.Search("Sở Y tế tổ chức hội nghị", SearchOptions{Lang::kVi, 50});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].unit.id, b.id);
  EXPECT_EQ(m[0].unit.review, Review::kUnreviewed);
  SearchOptions accepted_only;
  accepted_only.min_score = 50;
  accepted_only.include_unreviewed = false;
  EXPECT_TRUE(store.Search("Sở Y tế tổ chức hội nghị", accepted_only).empty());
  int exported = 0;
  store.ForEachUnit(ExportFilter(), [&](const Unit&) { ++exported; });
  EXPECT_EQ(exported, 1);
}

TEST(TmStoreTest, ForEachUnitLimitReadsOnlyTheOldestUnits) {
  TmStore store(":memory:");
  int64_t first = store.AddUnit(Pair("Một", "One"), 0).id;
  int64_t second = store.AddUnit(Pair("Hai", "Two"), 0).id;
  store.AddUnit(Pair("Ba", "Three"), 0);
  ExportFilter f;
  f.limit = 2;
  std::vector<int64_t> seen;
  store.ForEachUnit(f, [&](const Unit& u) { seen.push_back(u.id); });
  EXPECT_EQ(seen, (std::vector<int64_t>{first, second}));
}

TEST(TmStoreTest, SearchRanksCloserUnitFirstAndRespectsMinAndLimit) {
  TmStore store(":memory:");
  store.AddUnit(Pair("Ủy ban nhân dân thành phố họp phiên thường kỳ tháng", "a"), 0);
  store.AddUnit(Pair("Ủy ban nhân dân thành phố họp phiên bất thường", "b"), 0);
  store.AddUnit(Pair("Hôm nay trời mưa rất to", "c"), 0);
  // 11 query words; the second unit needs 3 word edits: 100 * (1 - 3/11) = 72.7.
  std::vector<Match> m = store.Search("Ủy ban nhân dân thành phố họp phiên thường kỳ tháng");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].target, "a");
  EXPECT_EQ(m[0].score, 100);
  EXPECT_EQ(m[1].target, "b");
  EXPECT_NEAR(m[1].score, 72.73, 0.01);
  SearchOptions wide;
  wide.min_score = 75;
  EXPECT_EQ(store.Search("Ủy ban nhân dân thành phố họp phiên thường kỳ tháng", wide).size(), 1u);
  wide.min_score = 50;
  wide.limit = 1;
  EXPECT_EQ(store.Search("Ủy ban nhân dân thành phố họp phiên thường kỳ tháng", wide).size(), 1u);
}

TEST(TmStoreTest, SearchFromEnglish) {
  TmStore store(":memory:");
  store.AddUnit(Pair("Sở Tài chính", "The Department of Finance"), 0);
  SearchOptions o;
  o.from = Lang::kEn;
  std::vector<Match> m = store.Search("the department of finance", o);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].target, "Sở Tài chính");
}

TEST(TmStoreTest, DeleteByBatchRemovesOnlyThatBatch) {
  TmStore store(":memory:");
  int64_t b1 = store.BeginBatch("import", "one");
  int64_t b2 = store.BeginBatch("align", "two");
  store.AddUnit(Pair("Cần Thơ phát triển du lịch", "Can Tho develops tourism"), b1);
  store.AddUnit(Pair("Lào Cai phát triển du lịch", "Lao Cai develops tourism"), b2);
  store.AddUnit(Pair("Lào Cai xây dựng nông thôn mới", "Lao Cai builds new rural areas"), b2);
  EXPECT_EQ(store.DeleteBatch(b2), 2);
  EXPECT_EQ(store.Stats().units, 1);
  EXPECT_EQ(store.Stats().batches, 1);
  std::vector<Match> m = store.Search("Lào Cai phát triển du lịch", SearchOptions{Lang::kVi, 50});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].target, "Can Tho develops tourism");
  EXPECT_THROW(store.DeleteBatch(b2), Error);
}

TEST(TmStoreTest, DocumentsKeepProvenanceAndDeleteByDocument) {
  TmStore store(":memory:");
  int64_t batch = store.BeginBatch("align", "seed pair");
  DocumentMeta meta;
  meta.title = "Hội nghị";
  meta.author = "T. TRINH";
  meta.date = "2024-05-28";
  int64_t vi_doc = store.AddDocument(meta, "vi", "001.txt", "nội dung", batch);
  EXPECT_EQ(store.AddDocument(meta, "vi", "copy.txt", "nội dung", batch), vi_doc);  // same content
  int64_t en_doc = store.AddDocument(DocumentMeta(), "en", "000.txt", "content", batch);
  UnitInput u = Pair("Hội nghị tổng kết", "Review conference");
  u.origin = Origin::kAligned;
  u.score = 0.8;
  u.vi_doc = vi_doc;
  u.en_doc = en_doc;
  AddResult r = store.AddUnit(u, batch);
  store.AddUnit(Pair("Câu khác", "Other sentence"), batch);
  Unit got = *store.GetUnit(r.id);
  EXPECT_EQ(got.origin, Origin::kAligned);
  EXPECT_DOUBLE_EQ(*got.score, 0.8);
  EXPECT_EQ(got.vi_doc, vi_doc);
  EXPECT_EQ(store.Stats().documents, 2);
  EXPECT_EQ(store.DeleteDocument(en_doc), 1);
  EXPECT_EQ(store.Stats().units, 1);
}

TEST(TmStoreTest, TransactionRollsBackUnlessCommitted) {
  TmStore store(":memory:");
  {
    TmStore::Transaction txn(store);
    store.AddUnit(Pair("một", "one"), 0);
    store.AddUnit(Pair("hai", "two"), 0);
  }
  EXPECT_EQ(store.Stats().units, 0);
  EXPECT_TRUE(store.Search("một").empty());
  {
    TmStore::Transaction txn(store);
    store.AddUnit(Pair("một", "one"), 0);
    txn.Commit();
  }
  EXPECT_EQ(store.Stats().units, 1);
  EXPECT_EQ(store.Search("một").size(), 1u);
}

TEST(TmStoreTest, TrainingPairsSkipRejected) {
  TmStore store(":memory:");
  AddResult a = store.AddUnit(Pair("một", "one"), 0);
  store.AddUnit(Pair("hai", "two"), 0);
  store.AddUnit(Pair("hai", "two"), 0);
  store.SetReview(a.id, Review::kRejected);
  std::vector<std::string> seen;
  store.ForEachTrainingPair([&](const std::string& vi, const std::string& en, int count) {
    seen.push_back(vi + "=" + en + "x" + std::to_string(count));
  });
  EXPECT_EQ(seen, std::vector<std::string>{"hai=twox2"});
}

TEST(TmStoreTest, ReaderSeesOldStateDuringImportAndNewAfterCommit) {
  TempDir dir;
  std::string path = dir.File("tm.db");
  TmStore writer(path);
  writer.AddUnit(Pair("Cần Thơ phát triển du lịch", "Can Tho develops tourism"), 0);
  TmStore reader(path);
  {
    TmStore::Transaction txn(writer);
    for (int i = 0; i < 300; ++i) {
      writer.AddUnit(Pair("Câu số " + std::to_string(i) + " về du lịch Cần Thơ", "Sentence " + std::to_string(i)), 0);
    }
    // The open write transaction neither blocks nor shows through to the reader.
    EXPECT_EQ(reader.Stats().units, 1);
    EXPECT_EQ(reader.Search("Cần Thơ phát triển du lịch").size(), 1u);
    txn.Commit();
  }
  EXPECT_EQ(reader.Stats().units, 301);
}

TEST(TmStoreTest, ConcurrentSearchWhileAnotherThreadImports) {
  TempDir dir;
  std::string path = dir.File("tm.db");
  {
    TmStore init(path);
    init.AddUnit(Pair("Cần Thơ phát triển du lịch bền vững", "Can Tho develops sustainable tourism"), 0);
  }
  std::atomic<bool> done{false};
  std::atomic<int> failures{0}, searches{0};
  std::thread reader([&] {
    TmStore store(path);
    while (!done) {
      try {
        if (store.Search("Cần Thơ phát triển du lịch bền vững").size() != 1) ++failures;
        ++searches;
      } catch (const Error&) {
        ++failures;
      }
    }
  });
  // The reader must get through a search while each write transaction is
  // open (WAL: readers are never blocked by the writer). Waiting for it, rather
  // than hoping the scheduler interleaves, keeps the test meaningful on a
  // loaded machine; 10 s without a search means the reader is blocked.
  auto wait_for_a_search = [&] {
    const int before = searches;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (searches == before && failures == 0 && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return searches > before;
  };
  int interleaved = 0;
  {
    TmStore store(path);
    for (int b = 0; b < 5; ++b) {
      TmStore::Transaction txn(store);
      for (int i = 0; i < 200; ++i) {
        store.AddUnit(Pair("Câu " + std::to_string(b) + " " + std::to_string(i), "Sentence"), 0);
        if (i == 100 && wait_for_a_search()) ++interleaved;
      }
      txn.Commit();
    }
  }
  done = true;
  reader.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(interleaved, 5);
}

TEST(TmStoreTest, LockedDatabaseGivesErrorNamingTheFile) {
  TempDir dir;
  std::string path = dir.File("tm.db");
  TmStore first(path);
  TmStore::Options quick;
  quick.busy_timeout_ms = 50;
  TmStore second(path, quick);
  TmStore::Transaction txn(first);
  first.AddUnit(Pair("một", "one"), 0);
  try {
    second.AddUnit(Pair("hai", "two"), 0);
    FAIL() << "expected a locked-database error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("locked"), std::string::npos) << e.what();
  }
}

TEST(TmStoreTest, CorruptFileGivesErrorNamingTheFile) {
  TempDir dir;
  std::string path = dir.File("broken.db");
  std::string junk;
  for (int i = 0; i < 200; ++i) junk += "this is not an SQLite database. ";
  testing::WriteFile(path, junk);
  try {
    TmStore store(path);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("corrupt"), std::string::npos) << e.what();
  }
}

TEST(TmStoreTest, NewerSchemaIsRefused) {
  TempDir dir;
  std::string path = dir.File("future.db");
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  EXPECT_THROW(TmStore store(path), Error);
}

TEST(TmStoreTest, BackupIsAUsableCopy) {
  TempDir dir;
  TmStore store(dir.File("tm.db"));
  store.AddUnit(Pair("Sở Tài chính", "The Department of Finance", "f1"), 0);
  store.Backup(dir.File("copy.db"));
  TmStore copy(dir.File("copy.db"));
  EXPECT_EQ(copy.Stats().units, 1);
  std::vector<Match> m = copy.Search("Sở Tài chính");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].unit.external_id, "f1");
}

TEST(TmStoreTest, ReopenKeepsUnitsAndIndex) {
  TempDir dir;
  {
    TmStore store(dir.File("tm.db"));
    store.AddUnit(Pair("Sở Tài chính", "The Department of Finance"), 0);
  }
  TmStore store(dir.File("tm.db"));
  EXPECT_EQ(store.Stats().schema_version, 5);  // ... 3: lexicon, 4: word alignment, 5: audit log and glossary status
  EXPECT_EQ(store.Search("sở tài chính").size(), 1u);
}

TEST(TmStoreTest, ManySmallCommitsMergeIndexRows) {
  TmStore store(":memory:");
  for (int i = 0; i < 30; ++i) store.AddUnit(Pair("du lịch " + std::to_string(i), "tourism"), 0);
  EXPECT_EQ(store.WordFrequency("lịch", Lang::kVi), 30);
  SearchOptions o;
  o.limit = 50;
  EXPECT_EQ(store.Search("du lịch 7", o).size(), 30u);  // numbers are placeholders
}

// A TM of a few MB of distinct units, each a different mix of words.
void FillManyUnits(const std::string& path, int n) {
  TmStore store(path);
  std::vector<UnitInput> units;
  for (int i = 0; i < n; ++i) {
    std::string tag = std::to_string(i * 7919);
    units.push_back(Pair("Sở Xây dựng kiểm tra công trình mã " + tag + " tại phường " +
                             std::to_string(i % 97) + " theo kế hoạch số " + std::to_string(i) +
                             " của Ủy ban nhân dân thành phố về nhà ở xã hội",
                         "The Department of Construction inspected works code " + tag +
                             " in ward " + std::to_string(i % 97) + " under plan no. " +
                             std::to_string(i) + " of the city People's Committee on social housing"));
  }
  TmStore::Transaction txn(store);
  store.AddUnits(units, store.BeginBatch("import", "many"));
  txn.Commit();
}

// Bytes SQLite holds in this process more than `before` after reading every
// unit and searching: mostly the connection's page cache.
int64_t SqliteBytesAfterReadingAll(TmStore& store, int64_t before) {
  int64_t units = 0;
  store.ForEachUnit(ExportFilter(), [&](const Unit&) { ++units; });
  EXPECT_EQ(units, 6000);
  for (int i = 0; i < 20; ++i) store.Search("Sở Xây dựng kiểm tra công trình mã " + std::to_string(i * 7919));
  return sqlite3_memory_used() - before;
}

// Issue 17: a server keeps 9 connections to one file; each must be able to
// cache far less than a batch job's one connection.
TEST(TmStoreTest, CacheKibBoundsTheConnectionsPageCache) {
  TempDir dir;
  std::string path = dir.File("tm.db");
  FillManyUnits(path, 6000);
  ASSERT_GT(std::filesystem::file_size(path), 4u << 20);  // larger than the small cache below
  {
    int64_t before = sqlite3_memory_used();
    TmStore::Options small;
    small.cache_kib = 512;
    TmStore store(path, small);
    // 512 KiB of pages plus the schema and prepared statements: well under 2 MB.
    EXPECT_LT(SqliteBytesAfterReadingAll(store, before), 2 << 20);
  }
  {
    int64_t before = sqlite3_memory_used();
    TmStore store(path);  // the default (64 MB) keeps what it read, several MB here
    EXPECT_GT(SqliteBytesAfterReadingAll(store, before), 3 << 20);
  }
}

// The review queue's counts (serve's /api/units, /api/health) from the review
// index: the same numbers as Stats(), which reads every row.
TEST(TmStoreTest, ReviewCountsCountEachReviewState) {
  TmStore store(":memory:");
  const char* vi[] = {"Một câu.", "Hai câu.", "Ba câu.", "Bốn câu.", "Năm câu."};
  const char* en[] = {"One.", "Two.", "Three.", "Four.", "Five."};
  const Review review[] = {Review::kAccepted, Review::kUnreviewed, Review::kUnreviewed,
                           Review::kRejected, Review::kUnreviewed};
  for (int i = 0; i < 5; ++i) {
    UnitInput u;
    u.vi = vi[i];
    u.en = en[i];
    u.review = review[i];
    store.AddUnit(u, 0);
  }
  StoreStats c = store.ReviewCounts();
  EXPECT_EQ(c.units, 5);
  EXPECT_EQ(c.accepted, 1);
  EXPECT_EQ(c.unreviewed, 3);
  EXPECT_EQ(c.rejected, 1);
  EXPECT_EQ(TmStore(":memory:").ReviewCounts().units, 0);
}

}  // namespace
}  // namespace songngu
