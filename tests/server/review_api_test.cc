// The review and glossary-editing routes (server/review_api.cc) over HTTP.
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <map>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "server_fixture.h"
#include "test_util.h"
#include "tm/review.h"

namespace songngu {
namespace {

using nlohmann::json;
using testing::kToken;

class ReviewApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    tm_ = dir_.File("tm.db");
    testing::BuildFixtureTm(tm_);  // units 15 and 16 wait, without documents
    server_ = std::make_unique<testing::LiveServer>(tm_);
  }

  std::pair<int, json> Get(const std::string& path) {
    httplib::Client c("127.0.0.1", server_->port());
    auto r = c.Get(path.c_str());
    EXPECT_TRUE(r) << path;
    if (!r) return {0, json()};
    return {r->status, json::parse(r->body)};
  }
  std::pair<int, json> Post(const std::string& path, const std::string& body,
                            const std::string& token = kToken, const std::string& name = "") {
    httplib::Client c("127.0.0.1", server_->port());
    httplib::Headers h;
    if (!token.empty()) h.emplace("Authorization", "Bearer " + token);
    if (!name.empty()) h.emplace("X-Songngu-Name", name);
    auto r = c.Post(path.c_str(), h, body, "application/json");
    EXPECT_TRUE(r) << path;
    if (!r) return {0, json()};
    return {r->status, json::parse(r->body)};
  }
  // Aligns the sample reports and stores them: a batch of pairs with documents.
  json AlignSample() {
    json req = {{"vi", testing::Slurp(testing::SourcePath("data/samples/vi-report.txt"))},
                {"en", testing::Slurp(testing::SourcePath("data/samples/en-report.txt"))},
                {"store", true}};
    auto [status, body] = Post("/api/align", req.dump());
    EXPECT_EQ(status, 200) << body.dump();
    return body;
  }

  testing::TempDir dir_;
  std::string tm_;
  std::unique_ptr<testing::LiveServer> server_;
};

TEST_F(ReviewApiTest, StoredPairsComeFirstWithTheirDocumentsAndContext) {
  json aligned = AlignSample();
  ASSERT_GE(aligned["links"].size(), 3u);
  auto [status, q] = Get("/api/review");
  ASSERT_EQ(status, 200) << q.dump();
  // Newest first: the last link of the report, then back; the fixture's two pairs at the end.
  const json& links = aligned["links"];
  EXPECT_EQ(q["items"][0]["unit"]["id"], links.back()["unit"]);
  EXPECT_EQ(q["total"], links.size() + 2);
  const json& second = q["items"][1];
  ASSERT_TRUE(second["en_doc"].is_object()) << second.dump();
  // The sample English report's headline and date.
  EXPECT_EQ(second["en_doc"]["title"],
            "Can Tho speeds up flood control works ahead of the 2025 rainy season");
  EXPECT_FALSE(second["vi_doc"]["title"].get<std::string>().empty());
  // Its neighbours are the links just before and after it in the report.
  EXPECT_EQ(second["after"]["en"], links.back()["en"]);
  EXPECT_EQ(second["before"]["en"], links[links.size() - 3]["en"]);
  // Filters: the batch, a document, a score band; oldest first.
  int64_t batch = aligned["batch"];
  EXPECT_EQ(Get("/api/review?batch=" + std::to_string(batch)).second["total"], links.size());
  int64_t doc = second["vi_doc"]["id"];
  EXPECT_EQ(Get("/api/review?document=" + std::to_string(doc)).second["total"], links.size());
  int high = 0;
  for (const json& l : links) high += l["score"].get<double>() >= 0.9;
  EXPECT_EQ(Get("/api/review?min=0.9").second["total"], high);
  EXPECT_EQ(Get("/api/review?order=oldest").second["items"][0]["unit"]["id"],
            testing::kFirstUnreviewed);
  // Pages: next is the cursor.
  json p1 = Get("/api/review?limit=2").second;
  ASSERT_TRUE(p1.contains("next"));
  json p2 = Get("/api/review?limit=2&cursor=" + std::to_string(p1["next"].get<int64_t>())).second;
  EXPECT_EQ(p2["items"][0]["unit"]["id"], links[links.size() - 3]["unit"]);

  json filters = Get("/api/review/filters").second;
  EXPECT_EQ(filters["batches"][0]["id"], batch);
  EXPECT_EQ(filters["documents"].size(), 2u);
}

TEST_F(ReviewApiTest, BadParametersAndBodiesAreJsonErrors) {
  for (const char* path : {"/api/review?status=maybe", "/api/review?min=2", "/api/review?order=up",
                           "/api/review?batch=x", "/api/audit?limit=0"}) {
    auto [status, body] = Get(path);
    EXPECT_EQ(status, 400) << path;
    EXPECT_EQ(body["code"], "bad_request") << path;
  }
  for (const char* path : {"/api/review/bulk-accept", "/api/review/undo", "/api/glossary/status"}) {
    auto [status, body] = Post(path, "{not json");
    EXPECT_EQ(status, 400) << path;
    EXPECT_EQ(body["code"], "bad_request");
    std::tie(status, body) = Post(path, "[1]");
    EXPECT_EQ(status, 400) << path;
    std::tie(status, body) = Post(path, "{}");
    EXPECT_EQ(status, 400) << path << body.dump();
    EXPECT_NE(body["error"].get<std::string>().find("missing field"), std::string::npos);
    // Oversized: refused before it is read.
    std::string big = "{\"vi\": \"" + std::string(3 << 20, 'a') + "\"}";
    std::tie(status, body) = Post(path, big);
    EXPECT_EQ(status, 413) << path;
    EXPECT_EQ(body["code"], "body_too_large");
  }
  auto [status, body] =
      Post("/api/review/bulk-accept", json{{"batch", 1}, {"min_score", 7}}.dump());
  EXPECT_EQ(status, 400);
  std::tie(status, body) = Post("/api/review/undo", json{{"audit", 42}}.dump());
  EXPECT_EQ(status, 404);
  EXPECT_EQ(body["code"], "not_found");
  std::tie(status, body) =
      Post("/api/glossary/status", json{{"vi", "Sở Y tế"}, {"en", "x"}, {"status", "best"}}.dump());
  EXPECT_EQ(status, 400);
  std::tie(status, body) =
      Post("/api/glossary/status",
           json{{"vi", "Sở Y tế"}, {"en", "Ministry of Magic"}, {"status", "preferred"}}.dump());
  EXPECT_EQ(status, 404);
  EXPECT_EQ(body["code"], "not_in_glossary");
}

TEST_F(ReviewApiTest, WritesNeedTheToken) {
  const std::pair<const char*, json> writes[] = {
      {"/api/review/bulk-accept", {{"batch", 1}, {"min_score", 0.5}}},
      {"/api/review/undo", {{"audit", 1}}},
      {"/api/glossary/status", {{"vi", "Sở Y tế"}, {"en", "Department of Health"}, {"status", ""}}},
  };
  for (const auto& [path, body] : writes) {
    auto [status, answer] = Post(path, body.dump(), "");
    EXPECT_EQ(status, 401) << path;
    EXPECT_EQ(answer["code"], "token_missing");
    std::tie(status, answer) = Post(path, body.dump(), "wrong-token");
    EXPECT_EQ(status, 403) << path;
    EXPECT_EQ(answer["code"], "token_wrong");
  }
  TmStore store(tm_);
  EXPECT_TRUE(AuditLog(store, 10).empty());
}

TEST_F(ReviewApiTest, BulkAcceptThenUndoAndTheAuditSaysWho) {
  json aligned = AlignSample();
  int64_t batch = aligned["batch"];
  int high = 0;
  for (const json& l : aligned["links"]) high += l["score"].get<double>() >= 0.9;
  ASSERT_GT(high, 0);
  auto [status, body] =
      Post("/api/review/bulk-accept", json{{"batch", batch}, {"min_score", 0.9}}.dump(), kToken,
           "Nguy%E1%BB%85n%20Lan");  // "Nguyễn Lan", as the page encodes it
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(body["accepted"], high);
  int64_t audit = body["audit"];
  EXPECT_EQ(Get("/api/review?batch=" + std::to_string(batch)).second["total"],
            aligned["links"].size() - high);

  std::tie(status, body) = Post("/api/review/undo", json{{"audit", audit}}.dump());
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(body["units"].size(), static_cast<size_t>(high));
  EXPECT_EQ(body["units"][0]["review"], "unreviewed");
  EXPECT_EQ(Get("/api/review?batch=" + std::to_string(batch)).second["total"],
            aligned["links"].size());
  // Twice is a conflict, said plainly.
  std::tie(status, body) = Post("/api/review/undo", json{{"audit", audit}}.dump());
  EXPECT_EQ(status, 409);
  EXPECT_EQ(body["code"], "conflict");
  EXPECT_NE(body["error"].get<std::string>().find("already been undone"), std::string::npos);

  json log = Get("/api/audit").second["actions"];
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0]["action"], "undo");
  EXPECT_EQ(log[1]["action"], "bulk_accept");
  EXPECT_EQ(log[1]["who"], "Nguyễn Lan");
  EXPECT_EQ(log[1]["undone"], true);
}

TEST_F(ReviewApiTest, AcceptRejectAndEditAreAuditedAndUndone) {
  const std::string first = std::to_string(testing::kFirstUnreviewed);
  auto [status, body] = Post("/api/units/" + first + "/accept", "");
  ASSERT_EQ(status, 200);
  int64_t accept = body["audit"];
  std::tie(status, body) = Post(
      "/api/units/16/edit",
      json{{"vi", "Dự án được khởi công năm 2021."}, {"en", "Work on the project began in 2021."}}
          .dump());
  ASSERT_EQ(status, 200) << body.dump();
  int64_t edit = body["audit"];
  int64_t edited = body["unit"]["id"];
  // Undo the edit: the old pair waits again, the corrected one is out of use.
  std::tie(status, body) = Post("/api/review/undo", json{{"audit", edit}}.dump());
  ASSERT_EQ(status, 200) << body.dump();
  TmStore store(tm_);
  EXPECT_EQ(store.GetUnit(16)->review, Review::kUnreviewed);
  EXPECT_EQ(store.GetUnit(edited)->review, Review::kRejected);
  std::tie(status, body) = Post("/api/review/undo", json{{"audit", accept}}.dump());
  ASSERT_EQ(status, 200);
  EXPECT_EQ(store.GetUnit(testing::kFirstUnreviewed)->review, Review::kUnreviewed);
}

TEST_F(ReviewApiTest, GlossaryRenderingMarkedPreferredOrDeprecatedIsUsedBySuggestAndConcordance) {
  // A user's rendering next to the shipped one.
  auto [status, body] =
      Post("/api/glossary", json{{"vi", "Phó Bí thư Thành ủy"},
                                 {"en", "Vice Secretary of the Municipal Party Committee"},
                                 {"kind", "title"}}
                                .dump());
  ASSERT_EQ(status, 201) << body.dump();
  EXPECT_GT(body["audit"].get<int64_t>(), 0);
  // The shipped rendering deprecated: the user's is the one used.
  std::tie(status, body) =
      Post("/api/glossary/status", json{{"vi", "Phó Bí thư Thành ủy"},
                                        {"en", "Deputy Secretary of the City Party Committee"},
                                        {"status", "deprecated"}}
                                       .dump());
  ASSERT_EQ(status, 200) << body.dump();
  json g =
      Get("/api/glossary?q=" + httplib::detail::encode_query_param("Phó Bí thư Thành ủy")).second;
  EXPECT_EQ(g["entries"][0]["en"], "Vice Secretary of the Municipal Party Committee");
  bool deprecated_listed = false;
  for (const json& e : g["entries"]) {
    deprecated_listed |=
        e["en"] == "Deputy Secretary of the City Party Committee" && e["status"] == "deprecated";
  }
  EXPECT_TRUE(deprecated_listed) << g.dump();
  httplib::Client c("127.0.0.1", server_->port());
  auto r = c.Post("/api/suggest", json{{"text", "Phó Bí thư Thành ủy phát biểu."}}.dump(),
                  "application/json");
  ASSERT_TRUE(r);
  json s = json::parse(r->body)["sentences"][0];
  ASSERT_FALSE(s["terms"].empty()) << s.dump();
  EXPECT_EQ(s["terms"][0]["en"], "Vice Secretary of the Municipal Party Committee");
  // The concordance marks each rendering with its standing.
  json conc =
      Get("/api/concordance?q=" + httplib::detail::encode_query_param("Phó Bí thư Thành ủy"))
          .second;
  std::map<std::string, std::string> standing;
  for (const json& grp : conc["groups"]) standing[grp["rendering"]] = grp["glossary"];
  EXPECT_EQ(standing["Deputy Secretary of the City Party Committee"], "deprecated") << conc.dump();
  // Clearing the mark brings the shipped rendering back among the candidates.
  std::tie(status, body) =
      Post("/api/glossary/status", json{{"vi", "Phó Bí thư Thành ủy"},
                                        {"en", "Deputy Secretary of the City Party Committee"},
                                        {"status", ""}}
                                       .dump());
  ASSERT_EQ(status, 200);
  TmStore store(tm_);
  std::vector<AuditEntry> log = AuditLog(store, 5);
  ASSERT_EQ(log.size(), 3u);
  EXPECT_EQ(log[0].action, "glossary_status");
  EXPECT_EQ(log[2].action, "glossary_add");
}

// Two people at once: one accepts pairs one by one while the other bulk
// accepts and undoes; every request answers, and the audit has every action.
TEST_F(ReviewApiTest, TwoClientsWritingAtOnce) {
  json aligned = AlignSample();
  int64_t batch = aligned["batch"];
  std::vector<int64_t> ids;
  for (const json& l : aligned["links"]) ids.push_back(l["unit"]);
  std::atomic<int> failed{0}, writes{0};
  std::thread one([&] {
    for (int64_t id : ids) {
      auto [status, body] = Post("/api/units/" + std::to_string(id) + "/reject", "");
      if (status != 200) ++failed;
      ++writes;
    }
  });
  std::thread two([&] {
    for (int round = 0; round < 5; ++round) {
      auto [status, body] =
          Post("/api/review/bulk-accept", json{{"batch", batch}, {"min_score", 0.0}}.dump());
      if (status != 200) ++failed;
      ++writes;
      if (body.value("audit", 0) > 0) {
        std::tie(status, body) = Post("/api/review/undo", json{{"audit", body["audit"]}}.dump());
        // The other client may have rejected one of them since: a conflict, not a failure.
        if (status != 200 && status != 409) ++failed;
        ++writes;
      }
      auto [gs, gb] =
          Post("/api/glossary", json{{"vi", "Trưởng phòng " + std::to_string(round)},
                                     {"en", "Head of Division " + std::to_string(round)}}
                                    .dump());
      if (gs != 201) ++failed;
      ++writes;
    }
  });
  one.join();
  two.join();
  EXPECT_EQ(failed, 0);
  TmStore store(tm_);
  // Every answered write is in the log (a 409 undo wrote nothing).
  std::vector<AuditEntry> log = AuditLog(store, 1000);
  EXPECT_GE(static_cast<int>(log.size()), static_cast<int>(ids.size()) + 5);
  EXPECT_LE(static_cast<int>(log.size()), writes.load());
}

}  // namespace
}  // namespace songngu
