#include "server/server.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "aligner/error.h"
#include "aligner/lexicon.h"
#include "aligner/normalize.h"
#include "server_fixture.h"
#include "test_util.h"

namespace songngu {
namespace {

using nlohmann::json;
using testing::kToken;

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    tm_ = dir_.File("tm.db");
    testing::BuildFixtureTm(tm_);
    server_ = std::make_unique<testing::LiveServer>(tm_);
  }

  httplib::Client Client() { return httplib::Client("127.0.0.1", server_->port()); }

  // (status, parsed body); the body must be JSON whatever the status.
  std::pair<int, json> Get(const std::string& path, const httplib::Params& params = {}) {
    httplib::Client c = Client();
    auto r = c.Get(path.c_str(), params, httplib::Headers());
    EXPECT_TRUE(r) << path;
    if (!r) return {0, json()};
    return {r->status, json::parse(r->body)};
  }

  std::pair<int, json> Post(const std::string& path, const std::string& body,
                            const std::string& token = kToken) {
    httplib::Client c = Client();
    httplib::Headers h;
    if (!token.empty()) h.emplace("Authorization", "Bearer " + token);
    auto r = c.Post(path.c_str(), h, body, "application/json");
    EXPECT_TRUE(r) << path;
    if (!r) return {0, json()};
    return {r->status, json::parse(r->body)};
  }
  std::pair<int, json> Post(const std::string& path, const json& body,
                            const std::string& token = kToken) {
    return Post(path, body.dump(), token);
  }

  testing::TempDir dir_;
  std::string tm_;
  std::unique_ptr<testing::LiveServer> server_;
};

TEST_F(ServerTest, ServesThePageFromAFixedList) {
  httplib::Client c = Client();
  auto page = c.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("<textarea id=\"release\""), std::string::npos);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  auto js = c.Get("/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_NE(js->body.find("isComposing"), std::string::npos);
  // Nothing outside the list, however the path is spelt.
  for (const char* path :
       {"/server.h", "/../CMakeLists.txt", "/%2e%2e/CMakeLists.txt", "/web/app.js"}) {
    auto r = c.Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 404) << path;
    EXPECT_EQ(json::parse(r->body)["error"], "no such page or API endpoint") << path;
  }
}

TEST_F(ServerTest, Health) {
  auto [status, body] = Get("/api/health");
  EXPECT_EQ(status, 200);
  EXPECT_EQ(body["units"], 16);
  EXPECT_EQ(body["unreviewed"], 2);
}

TEST_F(ServerTest, SearchFindsFuzzyMatchesWithNumbersSubstituted) {
  auto [status, body] =
      Get("/api/search", {{"q", "Nhiều hộ dân chưa đồng thuận với phương án hỗ trợ tái định cư."}});
  ASSERT_EQ(status, 200);
  ASSERT_FALSE(body["matches"].empty());
  EXPECT_EQ(body["matches"][0]["score"], 100);
  EXPECT_EQ(body["matches"][0]["band"], "100");
  EXPECT_EQ(body["matches"][0]["target"],
            "Many households have not yet agreed with the resettlement support plan.");

  std::tie(status, body) =
      Get("/api/search", {{"q", "Ông phát biểu tại hội nghị"}, {"from", "vi"}, {"limit", "1"}});
  ASSERT_EQ(status, 200);
  EXPECT_EQ(body["matches"].size(), 1u);

  // English after Vietnamese on the same pooled connection (a cached statement once kept the vi
  // side).
  std::tie(status, body) =
      Get("/api/search", {{"q", "He spoke at the conference"}, {"from", "en"}});
  ASSERT_EQ(status, 200);
  ASSERT_FALSE(body["matches"].empty()) << body.dump();
  EXPECT_EQ(body["matches"][0]["target"], "Ông phát biểu tại hội nghị");
}

TEST_F(ServerTest, SearchRejectsBadParameters) {
  EXPECT_EQ(Get("/api/search").first, 400);
  EXPECT_EQ(Get("/api/search", {{"q", "  "}}).first, 400);
  EXPECT_EQ(Get("/api/search", {{"q", "hội nghị"}, {"from", "fr"}}).first, 400);
  EXPECT_EQ(Get("/api/search", {{"q", "hội nghị"}, {"min", "abc"}}).first, 400);
  EXPECT_EQ(Get("/api/search", {{"q", "hội nghị"}, {"limit", "100000"}}).first, 400);
  auto [status, body] = Get("/api/search", {{"q", "hội nghị"}, {"min", "150"}});
  EXPECT_EQ(status, 400);
  EXPECT_NE(body["error"].get<std::string>().find("min"), std::string::npos);
}

TEST_F(ServerTest, ConcordanceGroupsRenderings) {
  auto [status, body] = Get("/api/concordance", {{"q", "Phó Bí thư Thành ủy"}});
  ASSERT_EQ(status, 200);
  EXPECT_EQ(body["units"], 5);
  ASSERT_EQ(body["groups"].size(), 2u);
  EXPECT_EQ(body["groups"][0]["rendering"], "Deputy Secretary of the City Party Committee");
  EXPECT_EQ(body["groups"][0]["count"], 4);
  // The rank is part of the span (it once read "Secretary of the Municipal ...").
  EXPECT_EQ(body["groups"][1]["rendering"], "Vice Secretary of the Municipal Party Committee");
  EXPECT_EQ(body["groups"][0]["hits"][0]["span"], "Deputy Secretary of the City Party Committee");
  // The TM fragment of the whole phrase, from a unit that aligns it (the CLI's fragments).
  ASSERT_EQ(body["fragments"].size(), 1u) << body.dump();
  EXPECT_EQ(body["fragments"][0]["vi"], "Phó Bí thư Thành ủy");
  EXPECT_EQ(body["fragments"][0]["en"], "Deputy Secretary of the City Party Committee");
}

// Issue 13: the web search gives the same substituted target as suggest, and
// the web concordance has the CLI's glossary evidence and whole-term boundaries.
TEST_F(ServerTest, SearchAndSuggestShareOneSubstitutionAndConcordanceUsesTheGlossary) {
  const std::string q =
      "Theo báo cáo của Sở Xây dựng, đến nay thành phố đã hoàn thành 15/20 hạng mục của Dự án "
      "chống ngập "
      "và thích ứng biến đổi khí hậu giai đoạn 2021 - 2025.";
  auto [status, body] = Get("/api/search", {{"q", q}});
  ASSERT_EQ(status, 200);
  ASSERT_FALSE(body["matches"].empty());
  const std::string expected =
      "According to the Department of Construction, the city has completed 15/20 items of the "
      "flood control "
      "and climate change adaptation project for 2021 - 2025.";
  EXPECT_EQ(body["matches"][0]["target"], expected);
  EXPECT_EQ(body["matches"][0]["stale"], false);
  auto [s_status, s_body] = Post("/api/suggest", json{{"text", q}}, "");
  ASSERT_EQ(s_status, 200);
  ASSERT_FALSE(s_body["sentences"].empty());
  EXPECT_EQ(s_body["sentences"][0]["matches"][0]["target"], expected);

  auto [c_status, c_body] = Get("/api/concordance", {{"q", "Chủ tịch UBND thành phố"}});
  ASSERT_EQ(c_status, 200);
  ASSERT_EQ(c_body["groups"].size(), 1u) << c_body.dump();
  EXPECT_EQ(c_body["groups"][0]["rendering"], "Chairman of the City People's Committee");
}

// Issue 13 item 2: /api/concordance is `songngu concord` on the same TM: the
// same units, renderings, counts and spans, with the TM's trained lexicon (here
// written by hand) picked up by the running server once it is stored.
TEST_F(ServerTest, ConcordanceEqualsTheCliOnTheSameTm) {
  const std::vector<std::string> queries = {"Phó Bí thư Thành ủy",
                                            "Chủ tịch UBND thành phố",
                                            "Sở Xây dựng",
                                            "hội nghị",
                                            "nhà thầu",
                                            "phát biểu"};
  // Each query's groups as "rendering ×count: span | span ..." (first five units).
  auto from_api = [&](const std::string& q) {
    auto [status, body] = Get("/api/concordance", {{"q", q}, {"limit", "100"}});
    EXPECT_EQ(status, 200) << q;
    std::vector<std::string> out = {"units " + body["units"].dump()};
    for (const json& g : body["groups"]) {
      std::string line = g["rendering"].get<std::string>() + " x" + g["count"].dump() + ":";
      for (const json& h : g["hits"]) line += " | " + h["span"].get<std::string>();
      out.push_back(line);
    }
    return out;
  };
  auto from_cli = [&](const std::string& q) {
    testing::CliRun r = testing::RunSongngu("--tm " + testing::ShellQuote(tm_) + " concord " +
                                            testing::ShellQuote(q) + " --json");
    EXPECT_EQ(r.status, 0) << r.err;
    json body = json::parse(r.out);
    std::vector<std::string> out = {"units " + body["units"].dump()};
    for (const json& g : body["groups"]) {
      std::string line = g["rendering"].get<std::string>() + " x" + g["count"].dump() + ":";
      for (size_t k = 0; k < g["units"].size() && k < 5; ++k)
        line += " | " + g["units"][k]["span"].get<std::string>();
      out.push_back(line);
    }
    return out;
  };
  for (const std::string& q : queries) EXPECT_EQ(from_api(q), from_cli(q)) << q;

  // The TM gets a trained lexicon (`lexicon train --from-tm` stores one): both now
  // render "nhà thầu" and "phát biểu" by it.
  {
    auto key = [](std::initializer_list<const char*> syllables) {
      std::string k;
      for (const char* s : syllables) k += (k.empty() ? "" : "_") + MatchingKey(s);
      return k;
    };
    LexiconBuilder b;
    b.Add(key({"nhà", "thầu"}), EnglishToken("contractor"), 1, 1);
    b.Add(key({"phát", "biểu"}), EnglishToken("spoke"), 1, 1);
    TmStore writer(tm_);
    writer.SetLexicon(std::move(b).Build().Serialize(), 16);
  }
  EXPECT_EQ(from_api("nhà thầu"),
            (std::vector<std::string>{"units 1", "contractor x1: | contractor"}));
  EXPECT_EQ(from_api("phát biểu"),
            (std::vector<std::string>{"units 2", "spoke x2: | spoke | spoke"}));
  for (const std::string& q : queries) EXPECT_EQ(from_api(q), from_cli(q)) << q;

  // A glossary entry another process imports is the server's evidence too.
  const std::string tsv = dir_.Write("mine.tsv", "vi\ten\nnhà thầu\tmain contractor\n");
  testing::CliRun imported = testing::RunSongngu("--tm " + testing::ShellQuote(tm_) +
                                                 " glossary import " + testing::ShellQuote(tsv));
  ASSERT_EQ(imported.status, 0) << imported.err;
  auto [g_status, g_body] = Get("/api/glossary", {{"q", "nhà thầu"}});
  ASSERT_EQ(g_status, 200);
  ASSERT_FALSE(g_body["entries"].empty()) << g_body.dump();
  EXPECT_EQ(g_body["entries"][0]["en"], "main contractor");
  for (const std::string& q : queries) EXPECT_EQ(from_api(q), from_cli(q)) << q;
}

TEST_F(ServerTest, SuggestGivesMatchesAndOfficialTitlesPerSentence) {
  std::string release = testing::Slurp(testing::SourcePath("data/samples/vi-new-release.txt"));
  ASSERT_FALSE(release.empty());
  auto [status, body] =
      Post("/api/suggest", json{{"text", release}}, "");  // a read: no token needed
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(body["date"], "2025-06-21");
  bool title = false, exact = false, number = false;
  for (const json& s : body["sentences"]) {
    for (const json& t : s["terms"]) {
      if (t["vi"] == "Phó Bí thư Thành ủy") {
        EXPECT_EQ(t["en"], "Deputy Secretary of the City Party Committee");
        title = true;
      }
    }
    if (s["source"] == "Nhiều hộ dân chưa đồng thuận với phương án hỗ trợ tái định cư.") {
      ASSERT_FALSE(s["matches"].empty());
      EXPECT_EQ(s["matches"][0]["score"], 100);
      EXPECT_EQ(s["draft"],
                "Many households have not yet agreed with the resettlement support plan.");
      exact = true;
    }
    if (s["source"].get<std::string>().find("15/20") != std::string::npos) {
      ASSERT_FALSE(s["matches"].empty());
      EXPECT_EQ(s["matches"][0]["band"], "95-99");
      ASSERT_EQ(s["matches"][0]["diff"].size(), 1u) << s.dump();
      EXPECT_EQ(s["matches"][0]["diff"][0],
                (json{{"op", "replace"}, {"source", "15/20"}, {"match", "11/20"}}));
      number = true;
    }
  }
  EXPECT_TRUE(title);
  EXPECT_TRUE(exact);
  EXPECT_TRUE(number);
}

// The server learns the TM's house style once (tm/terms.h; it used to learn
// it for every sentence) and again after a write: two edits that write
// Ms./Mr. before titled names change how the next suggest writes one.
TEST_F(ServerTest, SuggestFollowsTheHouseStyleAfterAWrite) {
  auto names = [&] {
    auto [status, body] = Post("/api/suggest", json{{"text", "Cùng đi có ThS. Lê Thị Hoa."}}, "");
    EXPECT_EQ(status, 200);
    std::string all;
    for (const json& e : body["sentences"][0]["entities"]) all += e["en"].get<std::string>() + "|";
    return all;
  };
  std::string before = names();
  EXPECT_NE(before.find("Le Thi Hoa"), std::string::npos) << before;
  EXPECT_EQ(before.find("Ms. Le Thi Hoa"), std::string::npos) << before;
  EXPECT_EQ(names(), before);  // learned once, the same answer
  EXPECT_EQ(Post("/api/units/9/edit", json{{"vi", "Cùng dự có ThS. Lê Thị Mai."},
                                           {"en", "Also attending was Ms. Le Thi Mai."}})
                .first,
            200);
  EXPECT_EQ(Post("/api/units/10/edit", json{{"vi", "Ông cảm ơn TS. Trần Quốc Bảo."},
                                            {"en", "He thanked Mr. Tran Quoc Bao."}})
                .first,
            200);
  std::string after = names();
  EXPECT_NE(after.find("Ms. Le Thi Hoa"), std::string::npos) << after;
}

TEST_F(ServerTest, SuggestRejectsEmptyAndMalformedInput) {
  EXPECT_EQ(Post("/api/suggest", json{{"text", ""}}).first, 400);
  EXPECT_EQ(Post("/api/suggest", json{{"txt", "Xin chào."}}).first, 400);
  EXPECT_EQ(Post("/api/suggest", json{{"text", 5}}).first, 400);
  auto [status, body] = Post("/api/suggest", std::string("{\"text\": \"Phó Bí thư"));
  EXPECT_EQ(status, 400);
  EXPECT_EQ(body["error"], "request body is not valid JSON");
  EXPECT_EQ(Post("/api/suggest", std::string("[1, 2]")).first, 400);
  EXPECT_EQ(Post("/api/suggest", std::string("\xff\xfe")).first, 400);
}

TEST_F(ServerTest, DeeplyNestedBodyIs400WithoutBeingParsed) {
  std::string deep = "{\"text\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  auto [status, body] = Post("/api/suggest", deep, "");
  EXPECT_EQ(status, 400);
  EXPECT_EQ(body["error"], "request body is nested deeper than 64 levels");
  EXPECT_EQ(Get("/api/health").first, 200);  // still serving
}

TEST_F(ServerTest, OversizedBodyIs413) {
  std::string big = "{\"text\": \"" + std::string(3 << 20, 'a') + "\"}";
  auto [status, body] = Post("/api/suggest", big);
  EXPECT_EQ(status, 413);
  EXPECT_EQ(body["code"], "body_too_large");
  // Said so a person knows what to do.
  EXPECT_NE(body["error"].get<std::string>().find("at most 2 MB"), std::string::npos);
}

// F6: httplib refused form-encoded bodies over 8 kB, and that is what the
// curl example in docs/serve.md sends (curl's default Content-Type).
TEST_F(ServerTest, CurlsDefaultFormEncodedBodyOver8kBWorks) {
  std::string release;
  while (release.size() < 20000) release += "Sở Xây dựng được giao theo dõi tiến độ. ";
  httplib::Client c = Client();
  auto r = c.Post("/api/suggest", json{{"text", release}}.dump(),
                  "application/x-www-form-urlencoded");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body.substr(0, 300);
  EXPECT_GT(json::parse(r->body)["sentences"].size(), 100u);
}

// F2: a page on another site can post text/plain here without asking (a
// "simple" request); only JSON is taken, and never from a foreign Origin.
TEST_F(ServerTest, CrossSiteAndNonJsonPostsAreRefused) {
  const std::string body = json{{"text", "Sở Xây dựng được giao theo dõi tiến độ."}}.dump();
  const std::string self = "http://127.0.0.1:" + std::to_string(server_->port());
  httplib::Client c = Client();
  auto r = c.Post("/api/suggest", httplib::Headers{{"Origin", "https://evil.example"}}, body,
                  "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  EXPECT_EQ(json::parse(r->body)["code"], "cross_site");
  // Even as JSON, and even for a write carrying the token.
  r = c.Post("/api/units/15/accept",
             httplib::Headers{{"Origin", "https://evil.example"}, {"X-Songngu-Token", kToken}}, "",
             "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  r = c.Post("/api/suggest", httplib::Headers{{"Sec-Fetch-Site", "cross-site"}}, body,
             "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  // text/plain (or a form) from the page itself is not JSON either.
  r = c.Post("/api/suggest", httplib::Headers{{"Origin", self}}, body, "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 415);
  EXPECT_EQ(json::parse(r->body)["code"], "unsupported_media_type");
  r = c.Post("/api/suggest", httplib::Headers{{"Origin", self}}, body,
             "application/x-www-form-urlencoded");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 415);
  // The page's own JSON request.
  r = c.Post("/api/suggest", httplib::Headers{{"Origin", self}, {"Sec-Fetch-Site", "same-origin"}},
             body, "application/json; charset=utf-8");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
}

TEST_F(ServerTest, ThePageCarriesSecurityHeaders) {
  httplib::Client c = Client();
  auto page = c.Get("/");
  ASSERT_TRUE(page);
  std::string csp = page->get_header_value("Content-Security-Policy");
  EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << csp;
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << csp;
  EXPECT_EQ(page->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(page->get_header_value("X-Frame-Options"), "DENY");
  auto api = c.Get("/api/health");
  ASSERT_TRUE(api);
  EXPECT_EQ(api->get_header_value("X-Content-Type-Options"), "nosniff");
}

TEST_F(ServerTest, EveryErrorIsJsonWithACode) {
  auto [status, body] = Post("/api/units/15/accept", std::string(), "");
  EXPECT_EQ(status, 401);
  EXPECT_EQ(body["code"], "token_missing");
  // In words for the page, not HTTP.
  EXPECT_NE(body["error"].get<std::string>().find("Token field"), std::string::npos);
  std::tie(status, body) = Post("/api/units/15/accept", std::string(), "wrong");
  EXPECT_EQ(body["code"], "token_wrong");
  std::tie(status, body) = Get("/api/nothing");
  EXPECT_EQ(body["code"], "not_found");
  std::tie(status, body) = Post("/api/suggest", std::string("{"));
  EXPECT_EQ(status, 400);
  EXPECT_EQ(body["code"], "bad_request");
  std::tie(status, body) = Post("/api/suggest", json{{"text", "   "}});
  EXPECT_EQ(status, 400);
  EXPECT_FALSE(body["code"].get<std::string>().empty());
}

TEST_F(ServerTest, AlignReturnsLinksAndStoresThemOnlyWithTheToken) {
  json req = {{"vi", testing::Slurp(testing::SourcePath("data/samples/vi-report.txt"))},
              {"en", testing::Slurp(testing::SourcePath("data/samples/en-report.txt"))}};
  auto [status, body] = Post("/api/align", req, "");
  ASSERT_EQ(status, 200) << body.dump();
  size_t links = body["links"].size();
  EXPECT_GE(links, 8u);
  EXPECT_FALSE(body["links"][0].contains("unit"));
  EXPECT_EQ(Get("/api/health").second["units"], 16);  // nothing stored

  req["store"] = true;
  EXPECT_EQ(Post("/api/align", req, "").first, 401);
  EXPECT_EQ(Post("/api/align", req, "wrong").first, 403);
  std::tie(status, body) = Post("/api/align", req);
  ASSERT_EQ(status, 200);
  EXPECT_EQ(body["links"].size(), links);
  int64_t first = body["links"][0]["unit"];
  EXPECT_EQ(first, 17);
  auto [s2, queue] = Get("/api/units", {{"after", "16"}});
  ASSERT_EQ(s2, 200);
  EXPECT_EQ(queue["units"].size(), links);
  EXPECT_EQ(queue["units"][0]["origin"], "aligned");
  EXPECT_EQ(queue["units"][0]["vi"], body["links"][0]["vi"]);
}

TEST_F(ServerTest, AlignStoreThatFailsLeavesNoBatch) {
  auto batches = [&]() {
    SQLite::Database db(tm_, SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT count(*) FROM batch").getInt();
  };
  const int before = batches();
  {  // every unit insert fails from now on, as on a full disk
    SQLite::Database db(tm_, SQLite::OPEN_READWRITE);
    db.exec("CREATE TRIGGER refuse BEFORE INSERT ON unit BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
  }
  json req = {{"vi", testing::Slurp(testing::SourcePath("data/samples/vi-report.txt"))},
              {"en", testing::Slurp(testing::SourcePath("data/samples/en-report.txt"))},
              {"store", true}};
  auto [status, body] = Post("/api/align", req);
  EXPECT_NE(status, 200) << body.dump();
  EXPECT_EQ(batches(), before);
}

TEST_F(ServerTest, ReviewQueuePagesInIdOrder) {
  auto [status, body] = Get("/api/units");
  ASSERT_EQ(status, 200);
  ASSERT_EQ(body["units"].size(), 2u);
  EXPECT_EQ(body["units"][0]["id"], testing::kFirstUnreviewed);
  EXPECT_EQ(body["counts"]["unreviewed"], 2);
  EXPECT_EQ(body["counts"]["accepted"], 14);
  std::tie(status, body) =
      Get("/api/units", {{"limit", "1"}, {"after", std::to_string(testing::kFirstUnreviewed)}});
  ASSERT_EQ(body["units"].size(), 1u);
  EXPECT_EQ(body["units"][0]["en"], "The project started in 2021.");
  EXPECT_EQ(Get("/api/units", {{"review", "maybe"}}).first, 400);
}

TEST_F(ServerTest, AcceptAndRejectNeedTheToken) {
  const std::string accept = "/api/units/" + std::to_string(testing::kFirstUnreviewed) + "/accept";
  auto [status, body] = Post(accept, std::string(), "");
  EXPECT_EQ(status, 401);
  EXPECT_NE(body["error"].get<std::string>().find("token"), std::string::npos);
  EXPECT_EQ(Post(accept, std::string(), "test-token-0124").first, 403);
  // The other header works too.
  httplib::Client c = Client();
  auto r =
      c.Post(accept.c_str(), httplib::Headers{{"X-Songngu-Token", kToken}}, "", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(json::parse(r->body)["unit"]["review"], "accepted");

  std::tie(status, body) = Post("/api/units/16/reject", std::string());
  EXPECT_EQ(status, 200);
  EXPECT_EQ(body["unit"]["review"], "rejected");
  EXPECT_EQ(Get("/api/units").second["units"].size(), 0u);
  EXPECT_EQ(Post("/api/units/999/accept", std::string()).first, 404);

  TmStore store(tm_);
  EXPECT_EQ(store.GetUnit(testing::kFirstUnreviewed)->review, Review::kAccepted);
  EXPECT_EQ(store.GetUnit(16)->review, Review::kRejected);
}

TEST_F(ServerTest, EditStoresTheCorrectedPairWithWhoAndReplacesTheOld) {
  json edit = {{"vi", "Dự án được khởi công năm 2021."},
               {"en", "Work on the project began in 2021."},
               {"by", "Thu Hà"}};
  EXPECT_EQ(Post("/api/units/16/edit", edit, "").first, 401);
  auto [status, body] = Post("/api/units/16/edit", edit);
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(body["replaces"], 16);
  EXPECT_EQ(body["unit"]["origin"], "edited");
  EXPECT_EQ(body["unit"]["review"], "accepted");
  EXPECT_EQ(body["unit"]["props"]["edited_by"], "Thu Hà");
  EXPECT_EQ(body["unit"]["props"]["replaces"], 16);
  EXPECT_EQ(body["unit"]["props"]["edited_at"].get<std::string>().size(),
            20u);  // 2026-01-02T03:04:05Z

  TmStore store(tm_);
  EXPECT_EQ(store.GetUnit(16)->review, Review::kRejected);
  auto matches = store.Search("Dự án được khởi công năm 2021.");
  ASSERT_FALSE(matches.empty());
  EXPECT_EQ(matches[0].unit.en, "Work on the project began in 2021.");

  EXPECT_EQ(Post("/api/units/16/edit", json{{"vi", "x"}}).first, 400);
  EXPECT_EQ(Post("/api/units/16/edit", json{{"vi", " "}, {"en", "y"}}).first, 400);
  EXPECT_EQ(Post("/api/units/999/edit", edit).first, 404);
}

TEST_F(ServerTest, GlossaryLookupAndAdd) {
  auto [status, body] = Get("/api/glossary", {{"q", "Phó Bí thư Thành ủy"}});
  ASSERT_EQ(status, 200);
  ASSERT_FALSE(body["entries"].empty());
  EXPECT_EQ(body["entries"][0]["en"], "Deputy Secretary of the City Party Committee");

  json entry = {{"vi", "tuyến kè"}, {"en", "embankment"}, {"kind", "term"}, {"note", "riverside"}};
  EXPECT_EQ(Post("/api/glossary", entry, "").first, 401);
  EXPECT_EQ(
      Post("/api/glossary", json{{"vi", "tuyến kè"}, {"en", "embankment"}, {"kind", "animal"}})
          .first,
      400);
  std::tie(status, body) = Post("/api/glossary", entry);
  EXPECT_EQ(status, 201);
  std::tie(status, body) = Get("/api/glossary", {{"q", "tuyến kè"}});
  ASSERT_FALSE(body["entries"].empty());
  EXPECT_EQ(body["entries"][0]["en"], "embankment");
  EXPECT_EQ(body["entries"][0]["priority"], 1);
  // Suggestions use it at once.
  std::tie(status, body) =
      Post("/api/suggest", json{{"text", "Kiểm tra tuyến kè sông Cần Thơ."}}, "");
  ASSERT_EQ(status, 200);
  bool found = false;
  for (const json& t : body["sentences"][0]["terms"]) found = found || t["en"] == "embankment";
  EXPECT_TRUE(found) << body.dump();
}

TEST_F(ServerTest, ForeignHostHeaderIsRefusedOnLoopback) {
  httplib::Client c = Client();
  auto r = c.Get("/api/health", httplib::Headers{{"Host", "evil.example:8080"}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  r = c.Get("/api/health", httplib::Headers{{"Host", "localhost:8080"}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
}

// Sends raw bytes and reads one answer.
std::string RawExchange(int port, const std::string& request) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string out;
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      send(fd, request.data(), request.size(), 0) == static_cast<ssize_t>(request.size())) {
    char buf[4096];
    for (ssize_t n; (n = recv(fd, buf, sizeof buf, 0)) > 0;) {
      out.append(buf, static_cast<size_t>(n));
      // Done once the headers and Content-Length bytes of body are in (the server may keep the
      // connection open).
      size_t head = out.find("\r\n\r\n"), len = out.find("Content-Length: ");
      if (head != std::string::npos && len != std::string::npos &&
          out.size() >= head + 4 + std::stoul(out.substr(len + 16))) {
        break;
      }
    }
  }
  close(fd);
  return out;
}

TEST_F(ServerTest, PostWithoutLengthIsAnsweredAtOnce) {
  // What `curl -X POST URL` sends: no body, no Content-Length, connection kept open.
  std::string answer = RawExchange(server_->port(),
                                   "POST /api/units/15/accept HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Authorization: Bearer test-token-0123\r\n\r\n");
  EXPECT_EQ(answer.rfind("HTTP/1.1 411", 0), 0u) << answer;
  EXPECT_NE(answer.find("Content-Length, even 0"), std::string::npos) << answer;
}

TEST_F(ServerTest, UnknownEndpointsAnswerJson404) {
  auto [status, body] = Get("/api/nothing");
  EXPECT_EQ(status, 404);
  EXPECT_TRUE(body.contains("error"));
  EXPECT_EQ(Post("/api/units/abc/accept", std::string()).first, 404);
}

TEST_F(ServerTest, ConcurrentReadsDuringWritesNeverFail) {
  std::atomic<bool> done{false};
  std::atomic<int> reads{0}, failed{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 6; ++t) {
    readers.emplace_back([&, t] {
      httplib::Client c("127.0.0.1", server_->port());
      while (!done) {
        auto r =
            t % 2 ? c.Get("/api/search?q=Ph%C3%B3%20B%C3%AD%20th%C6%B0%20Th%C3%A0nh%20%E1%BB%A7y")
                  : c.Get("/api/units?limit=20");
        if (!r || r->status != 200) ++failed;
        ++reads;
      }
    });
  }
  // The writer: align-and-store batches, then accept each stored pair.
  json req = {{"vi", testing::Slurp(testing::SourcePath("data/samples/vi-report.txt"))},
              {"en", testing::Slurp(testing::SourcePath("data/samples/en-report.txt"))},
              {"store", true}};
  int writes = 0;
  for (int round = 0; round < 3; ++round) {
    auto [status, body] = Post("/api/align", req);
    ASSERT_EQ(status, 200) << body.dump();
    ++writes;
    for (const json& l : body["links"]) {
      auto [s, b] =
          Post("/api/units/" + std::to_string(l["unit"].get<int64_t>()) + "/accept", std::string());
      EXPECT_EQ(s, 200) << b.dump();
      ++writes;
    }
  }
  // Readers keep going until they have overlapped the writes.
  while (reads < 60) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  done = true;
  for (std::thread& t : readers) t.join();
  EXPECT_EQ(failed, 0);
  EXPECT_GT(writes, 3);
}

// The files of the TM cannot grow while it lives: what a full disk does to
// SQLite's writes, without needing a small file system.
class FullDisk {
 public:
  explicit FullDisk(const std::string& tm) {
    getrlimit(RLIMIT_FSIZE, &saved_);
    old_handler_ = signal(SIGXFSZ, SIG_IGN);  // a write past the limit fails instead of killing
    // Not the biggest file's size: the WAL is rewritten from its start after a
    // checkpoint, so a write could fit inside the old WAL. The WAL and TM
    // headers are written below 100 bytes only when they are created.
    (void)tm;
    rlimit full = saved_;
    full.rlim_cur = 100;
    setrlimit(RLIMIT_FSIZE, &full);
  }
  ~FullDisk() {
    setrlimit(RLIMIT_FSIZE, &saved_);
    signal(SIGXFSZ, old_handler_);
  }

 private:
  rlimit saved_{};
  sighandler_t old_handler_;
};

// F8: a full disk answered 400, as if the request were wrong.
TEST_F(ServerTest, AFullDiskIs507AndReadsStillWork) {
  json req = {{"vi", testing::Slurp(testing::SourcePath("data/samples/vi-report.txt"))},
              {"en", testing::Slurp(testing::SourcePath("data/samples/en-report.txt"))},
              {"store", true}};
  {
    FullDisk full(tm_);
    auto [status, body] = Post("/api/align", req);
    EXPECT_EQ(status, 507) << body.dump();
    EXPECT_EQ(body["code"], "disk_full");
    EXPECT_NE(body["error"].get<std::string>().find("nothing was stored"), std::string::npos);
    // Reading needs no room.
    std::tie(status, body) = Get("/api/search", {{"q", "Ông phát biểu tại hội nghị"}});
    EXPECT_EQ(status, 200) << body.dump();
    std::tie(status, body) = Get("/api/health");
    EXPECT_EQ(status, 200) << body.dump();
    EXPECT_EQ(body["units"], 16);
  }
  // Room again: the same request works, and nothing half-stored is left from before.
  auto [status, body] = Post("/api/align", req);
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(Get("/api/health").second["units"], 16 + static_cast<int>(body["links"].size()));
}

TEST(ServerSecurityTest, RefusesNonLoopbackWithoutToken) {
  testing::TempDir dir;
  ServerOptions o;
  o.tm_path = dir.File("tm.db");
  o.host = "0.0.0.0";
  o.web_dir = testing::SourcePath("data/web");
  try {
    Server s(o);
    FAIL() << "started on 0.0.0.0 without a token";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("without --token"), std::string::npos);
  }
  o.tm_path = ":memory:";
  o.host = "127.0.0.1";
  EXPECT_THROW(Server{o}, Error);
}

TEST(ServerSecurityTest, OffLoopbackEveryApiRequestNeedsTheToken) {
  testing::TempDir dir;
  testing::BuildFixtureTm(dir.File("tm.db"));
  ServerOptions o;
  o.host = "0.0.0.0";
  o.token = "net-token";
  testing::LiveServer live(dir.File("tm.db"), o);
  httplib::Client c("127.0.0.1", live.port());
  auto r = c.Get("/api/health");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401);
  r = c.Get("/api/search?q=h%E1%BB%99i", httplib::Headers{{"Authorization", "Bearer nope"}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  r = c.Get("/api/health", httplib::Headers{{"Authorization", "Bearer net-token"}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  // Issue 15: the page's files too, off loopback.
  for (const char* path : {"/", "/app.js", "/app.css", "/index.html"}) {
    r = c.Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 401) << path;
  }
  r = c.Get("/?token=nope");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  // A browser opens the page once with ?token=; a cookie then carries it to the page's files.
  r = c.Get("/?token=net-token");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  std::string cookie = r->get_header_value("Set-Cookie");
  EXPECT_EQ(cookie.rfind("songngu_token=net-token;", 0), 0u) << cookie;
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  r = c.Get("/app.js", httplib::Headers{{"Cookie", "songngu_token=net-token"}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  // The cookie opens no API route: another site's request would carry it.
  r = c.Get("/api/health", httplib::Headers{{"Cookie", "songngu_token=net-token"}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401);
}

TEST(ServerSecurityTest, GeneratesATokenWhenNoneIsGiven) {
  testing::TempDir dir;
  ServerOptions o;
  o.tm_path = dir.File("tm.db");
  o.web_dir = testing::SourcePath("data/web");
  Server a(o), b(o);
  EXPECT_EQ(a.token().size(), 32u);
  EXPECT_NE(a.token(), b.token());
}

TEST(ServerSecurityTest, LoopbackHosts) {
  EXPECT_TRUE(IsLoopbackHost("127.0.0.1"));
  EXPECT_TRUE(IsLoopbackHost("127.1.2.3"));
  EXPECT_TRUE(IsLoopbackHost("::1"));
  EXPECT_TRUE(IsLoopbackHost("localhost"));
  EXPECT_FALSE(IsLoopbackHost("0.0.0.0"));
  EXPECT_FALSE(IsLoopbackHost("192.168.1.5"));
  EXPECT_FALSE(IsLoopbackHost("::"));
  EXPECT_FALSE(IsLoopbackHost("127.evil.example"));
}

}  // namespace
}  // namespace songngu
