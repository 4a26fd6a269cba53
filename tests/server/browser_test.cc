// The workbench page in a real browser: headless Chromium driven over the
// W3C WebDriver protocol (Debian chromium + chromium-driver, installed by
// scripts/deps.sh; no npm). Opens the page, pastes the sample release, checks
// the suggestions and official titles, runs a concordance typed as keys (with
// an input-method composition in between), accepts a pair, edits another, and saves a
// screenshot to test-output/server_browser.png under the working directory
// (ctest: the build folder), or $SONGNGU_TEST_OUTPUT.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "server_fixture.h"
#include "test_util.h"

namespace songngu {
namespace {

using nlohmann::json;

constexpr char kElementKey[] = "element-6066-11e4-a52e-4f735466cecf";

std::string FindProgram(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  size_t start = 0;
  while (start <= dirs.size()) {
    size_t end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    std::string candidate = dirs.substr(start, end - start) + "/" + name;
    if (access(candidate.c_str(), X_OK) == 0) return candidate;
    start = end + 1;
  }
  return "";
}

std::string Base64Decode(const std::string& in) {
  auto value = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  std::string out;
  int bits = 0;
  uint32_t acc = 0;  // only the low 14 bits are ever pending
  for (char c : in) {
    int v = value(c);
    if (v < 0) continue;
    acc = ((acc << 6) | static_cast<uint32_t>(v)) & 0x3fffu;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xff);
    }
  }
  return out;
}

// A child in its own process group (chromedriver and the browsers it
// starts), stopped with the whole group when this object goes: at the end of
// a test, after a failed ASSERT, or when a constructor after it throws. A
// watchdog shell stops the group too if the test process itself dies.
class ProcessGroup {
 public:
  ProcessGroup(std::vector<std::string> args, const std::string& log) {
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    // The children get none of this process's descriptors (the pipe ctest or
    // a death test reads would stay open as long as they run).
    std::vector<int> inherited;
    for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) {
      int fd = std::atoi(entry.path().filename().c_str());
      if (fd > 2) inherited.push_back(fd);
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    for (int fd : inherited) {
      if (fcntl(fd, F_GETFD) != -1) posix_spawn_file_actions_addclose(&actions, fd);
    }
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attr, 0);
    // posix_spawn, not fork: the server's threads are running.
    if (posix_spawn(&pid_, argv[0], &actions, &attr, argv.data(), environ) != 0) pid_ = -1;
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&actions);
    if (pid_ <= 0) return;
    // A dead parent may stay a zombie while its own parent waits for a pipe
    // that chromedriver inherited: zombie counts as gone.
    const std::string parent = "/proc/" + std::to_string(getpid()) + "/status";
    std::string script = "while grep -Eq '^State:[[:space:]]+[^ZX[:space:]]' " + parent +
                         " 2>/dev/null; do sleep 0.5; done; kill -TERM -" + std::to_string(pid_) +
                         "; sleep 2; kill -KILL -" + std::to_string(pid_);
    char* watch[] = {const_cast<char*>("/bin/sh"), const_cast<char*>("-c"), script.data(),
                     nullptr};
    posix_spawn_file_actions_t quiet;
    posix_spawn_file_actions_init(&quiet);
    for (int fd : inherited) {
      if (fcntl(fd, F_GETFD) != -1) posix_spawn_file_actions_addclose(&quiet, fd);
    }
    if (posix_spawn(&watchdog_, "/bin/sh", &quiet, nullptr, watch, environ) != 0) watchdog_ = -1;
    posix_spawn_file_actions_destroy(&quiet);
  }
  ~ProcessGroup() {
    if (pid_ > 0) {
      kill(-pid_, SIGTERM);
      bool reaped = false;
      for (int i = 0; i < 30 && !reaped; ++i) {
        reaped = waitpid(pid_, nullptr, WNOHANG) == pid_;
        if (!reaped) std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
      kill(-pid_, SIGKILL);  // browser processes that outlived chromedriver, or all of them
      if (!reaped) waitpid(pid_, nullptr, 0);
    }
    if (watchdog_ > 0) {
      kill(watchdog_, SIGKILL);
      waitpid(watchdog_, nullptr, 0);
    }
  }
  ProcessGroup(const ProcessGroup&) = delete;
  ProcessGroup& operator=(const ProcessGroup&) = delete;
  pid_t id() const { return pid_; }

 private:
  pid_t pid_ = -1;
  pid_t watchdog_ = -1;
};

// Processes of group `pgid` still running (zombies waiting for a reaper do not count).
int LiveMembers(pid_t pgid) {
  int n = 0;
  for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
    std::ifstream in(entry.path() / "stat");
    std::string stat;
    if (!std::getline(in, stat)) continue;
    size_t close = stat.rfind(')');  // the command name may hold spaces
    if (close == std::string::npos) continue;
    std::istringstream rest(stat.substr(close + 2));
    char state = 0;
    long ppid = 0, pgrp = 0;
    rest >> state >> ppid >> pgrp;
    if (pgrp == pgid && state != 'Z' && state != 'X') ++n;
  }
  return n;
}

// chromedriver as a child process and one browser session.
class Browser {
 public:
  Browser(const std::string& chromedriver, const std::string& chromium,
          const std::string& profile_dir, const std::string& log)
      : port_(testing::FreePort()),
        driver_({chromedriver, "--port=" + std::to_string(port_)}, log) {
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
    client_->set_read_timeout(60, 0);
    for (int i = 0; i < 100; ++i) {
      auto r = client_->Get("/status");
      if (r && r->status == 200 && json::parse(r->body)["value"]["ready"] == true) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    json caps = {
        {"capabilities",
         {{"alwaysMatch",
           {{"browserName", "chrome"},
            {"goog:chromeOptions",
             {{"binary", chromium},
              {"args",
               {"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=vi",
                // No crash reporter: it runs in a session of its own, out of the group.
                "--disable-breakpad", "--disable-crash-reporter",
                // Talk to chromedriver over a pipe: no DevTools port, no need for a "localhost" entry in /etc/hosts.
                "--remote-debugging-pipe",
                "--user-data-dir=" + profile_dir}}}}}}}}};
    json r = Call("POST", "/session", caps);
    session_ = r.value("sessionId", "");
  }

  // The session ends politely; driver_ then stops whatever is left.
  ~Browser() {
    if (!session_.empty()) client_->Delete(("/session/" + session_).c_str());
  }
  pid_t process_group() const { return driver_.id(); }

  bool ok() const { return !session_.empty(); }

  // The "value" of a WebDriver answer; a WebDriver error fails the test.
  json Call(const std::string& method, const std::string& path, const json& body = json::object()) {
    httplib::Result r = method == "GET"
                            ? client_->Get(path.c_str())
                            : client_->Post(path.c_str(), body.dump(), "application/json");
    if (!r) {
      ADD_FAILURE() << "chromedriver did not answer " << method << " " << path;
      return json();
    }
    json j = json::parse(r->body, nullptr, false);
    if (r->status != 200) ADD_FAILURE() << method << " " << path << ": " << r->body.substr(0, 500);
    if (j.is_discarded() || !j.contains("value")) return json();
    return j["value"];
  }
  json Session(const std::string& method, const std::string& rest,
               const json& body = json::object()) {
    return Call(method, "/session/" + session_ + rest, body);
  }

  void Open(const std::string& url) { Session("POST", "/url", {{"url", url}}); }
  json Run(const std::string& script, const json& args = json::array()) {
    return Session("POST", "/execute/sync", {{"script", script}, {"args", args}});
  }
  std::string Find(const std::string& css) {
    json e = Session("POST", "/element", {{"using", "css selector"}, {"value", css}});
    std::string id = e.is_object() ? e.value(kElementKey, "") : "";
    if (id.empty()) ADD_FAILURE() << "no element " << css << ": " << e.dump();
    return id;
  }
  void Click(const std::string& css) { Session("POST", "/element/" + Find(css) + "/click"); }
  void Type(const std::string& css, const std::string& text) {
    Session("POST", "/element/" + Find(css) + "/value", {{"text", text}});
  }
  // Polls `script` (a function body returning a value) until it is truthy or 15 s pass.
  json WaitFor(const std::string& script, const json& args = json::array()) {
    json v;
    for (int i = 0; i < 150; ++i) {
      v = Run(script, args);
      bool truthy =
          !(v.is_null() || (v.is_boolean() && !v.get<bool>()) || (v.is_array() && v.empty()) ||
            (v.is_string() && v.get<std::string>().empty()) || (v.is_number() && v == 0));
      if (truthy) return v;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ADD_FAILURE() << "timed out waiting for: " << script;
    return v;
  }
  // Real key presses (WebDriver actions) to whatever has the focus; "\ue009" is Control
  // and is held until the end of `keys`.
  void Keys(const std::string& keys) {
    json down = json::array(), up = json::array();
    std::vector<std::string> chars;
    for (size_t i = 0; i < keys.size();) {
      size_t n = (keys[i] & 0x80) == 0      ? 1
                 : (keys[i] & 0xe0) == 0xc0 ? 2
                 : (keys[i] & 0xf0) == 0xe0 ? 3
                                            : 4;
      chars.push_back(keys.substr(i, n));
      i += n;
    }
    json actions = json::array();
    std::vector<std::string> held;
    for (const std::string& c : chars) {
      actions.push_back({{"type", "keyDown"}, {"value", c}});
      if (c == "\ue009") {
        held.push_back(c);
      } else {
        actions.push_back({{"type", "keyUp"}, {"value", c}});
      }
    }
    for (const std::string& c : held) actions.push_back({{"type", "keyUp"}, {"value", c}});
    Session(
        "POST", "/actions",
        {{"actions", json::array({{{"type", "key"}, {"id", "keyboard"}, {"actions", actions}}})}});
  }
  std::string ScreenshotPng() {
    return Base64Decode(Session("GET", "/screenshot").get<std::string>());
  }

 private:
  int port_ = -1;
  ProcessGroup driver_;
  std::unique_ptr<httplib::Client> client_;
  std::string session_;
};

// The test-output folder: $SONGNGU_TEST_OUTPUT, else test-output/ in the working
// directory (ctest: the build folder).
std::filesystem::path TestOutput() {
  const char* out_env = std::getenv("SONGNGU_TEST_OUTPUT");
  std::filesystem::path out = out_env ? out_env : std::filesystem::current_path() / "test-output";
  std::filesystem::create_directories(out);
  return out;
}

// The page in a real browser: the fixture TM behind a live server, and a
// headless Chromium driven over WebDriver, stopped with its process group.
class PageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string chromedriver = FindProgram("chromedriver");
    std::string chromium = FindProgram("chromium");
    // Not a skip: CI installs both (scripts/deps.sh), and the page is only tested here.
    ASSERT_FALSE(chromedriver.empty() || chromium.empty())
        << "needs Debian packages chromium and chromium-driver: run scripts/deps.sh";
    testing::BuildFixtureTm(dir_.File("tm.db"));
    server_ = std::make_unique<testing::LiveServer>(dir_.File("tm.db"));
    browser_ = std::make_unique<Browser>(chromedriver, chromium, dir_.File("profile"),
                                         dir_.File("chromedriver.log"));
    ASSERT_TRUE(browser_->ok()) << testing::Slurp(dir_.File("chromedriver.log"));
  }
  // Members end in reverse order: the browser before the server, the folder last.
  testing::TempDir dir_;
  std::unique_ptr<testing::LiveServer> server_;
  std::unique_ptr<Browser> browser_;
};

TEST_F(PageTest, PasteReleaseSeeTitlesSearchAndAcceptPair) {
  testing::TempDir& dir = dir_;
  testing::LiveServer& server = *server_;
  Browser& browser = *browser_;

  // The token comes in the URL fragment, as `songngu serve` prints it.
  browser.Open("http://127.0.0.1:" + std::to_string(server.port()) + "/#token=" + testing::kToken);
  EXPECT_EQ(browser.WaitFor("return document.querySelectorAll('#review-list tbody tr').length;"),
            2);
  EXPECT_EQ(browser.Run("return location.hash;"), "");  // taken out of the address bar

  // Paste the release and ask for suggestions.
  std::string release = testing::Slurp(testing::SourcePath("data/samples/vi-new-release.txt"));
  browser.Run(
      "const t = document.getElementById('release'); t.focus(); t.value = arguments[0];"
      "t.dispatchEvent(new Event('input', {bubbles: true}));",
      {release});
  browser.Click("#suggest-btn");
  browser.WaitFor("return document.querySelectorAll('#suggestions li').length;");
  json terms = browser.Run(
      "return [...document.querySelectorAll('#suggestions u.term')].map("
      "u => [u.textContent, u.nextElementSibling.textContent]);");
  EXPECT_NE(std::find(terms.begin(), terms.end(),
                      json::array(
                          {"Phó Bí thư Thành ủy", "Deputy Secretary of the City Party Committee"})),
            terms.end())
      << terms.dump();
  EXPECT_NE(std::find(terms.begin(), terms.end(),
                      json::array(
                          {"Giám đốc Sở Xây dựng", "Director of the Department of Construction"})),
            terms.end())
      << terms.dump();
  // The repeated sentence: an exact match (band 100) with its translation ready to copy.
  EXPECT_EQ(browser.Run("const m = document.querySelector('#suggestions .match.band-100 .target');"
                        "return m && m.textContent;"),
            "Many households have not yet agreed with the resettlement support plan.");
  // The sentence with another number: a 95-99 match with the differing number highlighted.
  EXPECT_EQ(browser.Run("const m = document.querySelector('#suggestions .match.band-95-99 mark');"
                        "return m && m.textContent;"),
            "11/20");
  EXPECT_GE(browser.Run("return document.querySelectorAll('#suggestions button.copy').length;")
                .get<int>(),
            2);

  // Concordance typed with keys. While an input method composes, Enter confirms
  // the letter: the page must not search then.
  browser.Type("#query", "Phó Bí thư Thành ủy");
  browser.Run(
      "const q = document.getElementById('query');"
      "q.dispatchEvent(new CompositionEvent('compositionstart', {data: ''}));"
      "q.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', isComposing: true, bubbles: "
      "true}));"
      "q.dispatchEvent(new CompositionEvent('compositionend', {data: 'ủ'}));");
  EXPECT_EQ(browser.Run("return document.getElementById('search-status').textContent;"), "");
  browser.Type("#query", "\xee\x80\x87");  // U+E007, WebDriver's Enter key
  EXPECT_EQ(browser.WaitFor("const r = document.querySelector('#search-results .group .rendering');"
                            "return r && r.textContent;"),
            "Deputy Secretary of the City Party Committee");

  // Accept the first pair waiting for review.
  const std::string row =
      "#review-list tbody tr[data-unit='" + std::to_string(testing::kFirstUnreviewed) + "']";
  browser.Click(row + " button.accept");
  EXPECT_EQ(browser.WaitFor("const tr = document.querySelector(arguments[0]);"
                            "return tr && tr.classList.contains('accepted') && 'accepted';",
                            {row}),
            "accepted");
  EXPECT_EQ(browser.WaitFor("const c = document.getElementById('review-counts').textContent;"
                            "return c.startsWith('(1 waiting') && c;"),
            "(1 waiting, 15 accepted, 0 rejected)");

  // Correct the other pair: Edit, change the English, Save.
  browser.Click("#review-list tbody tr[data-unit='16'] button.edit");
  browser.Run(
      "const t = document.querySelectorAll(\"#review-list tbody tr[data-unit='16'] textarea\")[1];"
      "t.value = 'Work on the project began in 2021.';");
  browser.Click("#review-list tbody tr[data-unit='16'] button.save");
  EXPECT_EQ(browser.WaitFor(
                "const tr = document.querySelector(\"#review-list tbody tr[data-unit='16']\");"
                "return tr.classList.contains('accepted') && tr.querySelector('td.en "
                ".text').textContent;"),
            "Work on the project began in 2021.");
  {
    TmStore store(dir.File("tm.db"));
    EXPECT_EQ(store.GetUnit(testing::kFirstUnreviewed)->review, Review::kAccepted);
    EXPECT_EQ(store.GetUnit(16)->review, Review::kRejected);
    std::vector<Match> edited = store.Search("Dự án được khởi công năm 2021.");
    ASSERT_FALSE(edited.empty());
    EXPECT_EQ(edited[0].unit.en, "Work on the project began in 2021.");
    EXPECT_EQ(edited[0].unit.origin, Origin::kEdited);
  }

  // For people: what the translator saw, the whole page.
  int height = browser.Run("return document.documentElement.scrollHeight;").get<int>();
  browser.Session("POST", "/window/rect",
                  {{"width", 1400}, {"height", std::min(height + 150, 4000)}});
  const std::filesystem::path out = TestOutput();
  std::string png = browser.ScreenshotPng();
  EXPECT_EQ(png.substr(1, 3), "PNG");
  std::ofstream(out / "server_browser.png", std::ios::binary) << png;
  std::cerr << "screenshot: " << (out / "server_browser.png").string() << "\n";
}

// The page at the window's current size fits it (nothing to scroll sideways
// to), saved as NAME_WxH.png in the test output.
void ShootFitting(Browser& browser, const std::string& name, int w, int h) {
  EXPECT_EQ(browser.Run("const w = document.documentElement.clientWidth;"
                        "return [...document.querySelectorAll('body *')].filter(e => "
                        "e.getBoundingClientRect().right > w + 1).map(e => e.tagName + '#' + e.id + "
                        "'.' + e.className).slice(0, 5);"),
            json::array())
      << name << " " << w << "x" << h;
  std::string png = browser.ScreenshotPng();
  EXPECT_EQ(png.substr(1, 3), "PNG");
  std::filesystem::path file =
      TestOutput() / (name + "_" + std::to_string(w) + "x" + std::to_string(h) + ".png");
  std::ofstream(file, std::ios::binary) << png;
  std::cerr << "screenshot: " << file.string() << "\n";
}

// What a translator sees of one panel at the window sizes people use: two
// desktop windows and a phone.
void ScreenshotsOf(Browser& browser, const std::string& css, const std::string& name) {
  for (auto [w, h] : {std::pair{1400, 900}, std::pair{1024, 768}, std::pair{390, 844}}) {
    browser.Session("POST", "/window/rect", {{"width", w}, {"height", h}});
    browser.Run("document.querySelector(arguments[0]).scrollIntoView({block: 'start'});", {css});
    ShootFitting(browser, name, w, h);
  }
}

// WebDriver key codes (U+E000 releases the modifiers pressed before it).
constexpr char kCtrl[] = "\xee\x80\x89";
constexpr char kEnter[] = "\xee\x80\x87";
constexpr char kRelease[] = "\xee\x80\x80";
constexpr char kAlt[] = "\xee\x80\x8a";
constexpr char kUp[] = "\xee\x80\x93";

// A release written for this test: a headline, a title with "TP.", a name,
// a date, numbers, and two sentences the fixture's TM already holds.
constexpr char kRelease1[] =
    "Cần Thơ đẩy nhanh dự án chống ngập\n\n"
    "Ngày 20-11-2026, Chủ tịch UBND TP. Cần Thơ Trần Việt Trường chủ trì cuộc họp về dự án.\n\n"
    "Theo báo cáo của Sở Xây dựng, đến nay thành phố đã hoàn thành 12/20 hạng mục của Dự án "
    "chống ngập và thích ứng biến đổi khí hậu giai đoạn 2021 - 2025.\n\n"
    "Nhiều hộ dân chưa đồng thuận với phương án hỗ trợ tái định cư.\n\n"
    "Tổng vốn đầu tư của dự án là 3.500 tỷ đồng.\n\n"
    "Nhà thầu cam kết hoàn thành đúng hạn.\n";

TEST_F(PageTest, TranslateAReleaseEditConfirmFinishAndReuse) {
  testing::TempDir& dir = dir_;
  testing::LiveServer& server = *server_;
  Browser& browser = *browser_;
  browser.Open("http://127.0.0.1:" + std::to_string(server.port()) + "/#token=" + testing::kToken);
  browser.WaitFor("return document.getElementById('tm-status').textContent;");

  auto paste = [&](const std::string& text) {
    browser.Run(
        "const t = document.getElementById('release'); t.focus(); t.value = arguments[0];"
        "t.dispatchEvent(new Event('input', {bubbles: true}));",
        {text});
    browser.Click("#suggest-btn");
  };
  paste(kRelease1);
  ASSERT_EQ(browser.WaitFor("return document.querySelectorAll('#suggestions > li').length;"), 6);
  EXPECT_EQ(browser.Run("return document.getElementById('preview-box').hidden;"), false);
  // Plain counts ("1 …", not "1 …s").
  std::string counts = browser.Run("return document.getElementById('suggest-status').textContent;");
  EXPECT_EQ(counts.rfind("6 sentences, ", 0), 0u) << counts;
  EXPECT_EQ(counts.find("1 glossary terms"), std::string::npos) << counts;

  // The title's chip comes after "Cần Thơ", never between "TP" and its dot;
  // no chip splits a word from the punctuation that follows it.
  json tp = browser.Run(
      "const u = [...document.querySelectorAll('#suggestions u.term')]"
      "  .find(u => u.textContent.includes('UBND TP'));"
      "return u && [u.textContent, u.nextSibling.nodeType === 1 ? '' : u.nextSibling.textContent,"
      "  u.nextElementSibling.className];");
  ASSERT_TRUE(tp.is_array()) << tp.dump();
  const std::string term = tp[0], city = "Cần Thơ";
  EXPECT_EQ(term.substr(term.size() - std::min(term.size(), city.size())), city) << term;
  EXPECT_EQ(tp[2], "term-en");
  EXPECT_EQ(browser.Run("return [...document.querySelectorAll('#suggestions .term-en')]"
                        ".filter(c => c.nextSibling && /^\\S/.test(c.nextSibling.textContent))"
                        ".map(c => c.textContent);"),
            json::array());
  // The source reads as it was written once chips are left out.
  EXPECT_EQ(browser.Run("const s = document.querySelector(\"#suggestions li[data-index='1'] .src\")"
                        ".cloneNode(true); s.querySelectorAll('.term-en, .kind').forEach(c => "
                        "c.remove()); return s.textContent;"),
            "Ngày 20-11-2026, Chủ tịch UBND TP. Cần Thơ Trần Việt Trường chủ trì cuộc họp về dự "
            "án.");
  // Names, dates and numbers are marked in the source.
  EXPECT_EQ(browser.Run("const e = document.querySelector('#suggestions .src .ent-name');"
                        "return e && e.textContent;"),
            "Trần Việt Trường");
  EXPECT_TRUE(browser.Run("return !!document.querySelector('#suggestions .src .ent-date');"));
  EXPECT_TRUE(browser.Run("return !!document.querySelector('#suggestions .src .ent-number');"));
  // Every field starts from the draft (or an exact match): none is empty.
  EXPECT_EQ(browser.Run("return [...document.querySelectorAll('#suggestions textarea.en-field')]"
                        ".filter(t => !t.value.trim()).length;"),
            0);
  ScreenshotsOf(browser, "#translate-panel", "translate-suggested");

  // "Confirm all" leaves out the drafts of terms and names only, whose
  // untranslated words show as "…" (the headline's "Can Tho …", the sum's
  // "VND 3,500 billion"): none is a translation yet.
  browser.Click("#confirm-all-btn");
  EXPECT_EQ(browser.Run("return [...document.querySelectorAll('#suggestions > li')]"
                        ".filter(li => !li.classList.contains('confirmed')).map(li => li.dataset.index);"),
            json::array({"0", "1", "4"}));
  EXPECT_EQ(browser.Run("return document.getElementById('finish-status').textContent;"),
            "Not confirmed: 3 sentences with only terms and names to write out.");
  // Without the token the page says so in plain words, and nothing is stored.
  browser.Run("document.getElementById('token').value = '';");
  browser.Run("document.getElementById('translator').value = 'Lan Pham';");
  browser.Click("#finish-btn");
  std::string refused = browser.WaitFor(
      "const s = document.getElementById('finish-status');"
      "return s.classList.contains('error') && s.textContent;");
  EXPECT_NE(refused.find("Token field"), std::string::npos) << refused;
  for (const char* jargon : {"HTTP", "Bearer", "Authorization", "401"})
    EXPECT_EQ(refused.find(jargon), std::string::npos) << refused;
  browser.Run("document.getElementById('token').value = arguments[0];"
              "document.querySelectorAll('#suggestions button.confirm').forEach(b => "
              "b.classList.contains('confirm') && b.textContent.startsWith('Confirmed') && b.click());",
              {testing::kToken});
  EXPECT_EQ(browser.Run("return document.querySelectorAll('#suggestions li.confirmed').length;"), 0);

  // Edit two drafts with the keyboard: type, Ctrl+Enter confirms and moves on.
  const std::string edited1 =
      "On November 20, 2026, Chairman of the Can Tho City People's Committee Tran Viet Truong "
      "chaired a meeting on the project.";
  const std::string edited2 =
      "According to the Department of Construction, the city has completed 12 of the 20 items of "
      "the flood control and climate change adaptation project for 2021-2025.";
  const std::string field = "#suggestions li[data-index='%'] textarea.en-field";
  auto field_of = [&](int i) {
    std::string f = field;
    f.replace(f.find('%'), 1, std::to_string(i));
    return f;
  };
  browser.Session("POST", "/element/" + browser.Find(field_of(1)) + "/clear");
  browser.Type(field_of(1), edited1 + kCtrl + kEnter + kRelease);
  EXPECT_EQ(browser.WaitFor("return document.activeElement.closest('li') && "
                            "document.activeElement.closest('li').dataset.index === '2';"),
            true);
  browser.Session("POST", "/element/" + browser.Find(field_of(2)) + "/clear");
  browser.Type(field_of(2), edited2 + kCtrl + kEnter + kRelease);
  EXPECT_EQ(browser.Run("return [...document.querySelectorAll('#suggestions li.confirmed')]"
                        ".map(li => li.dataset.index);"),
            json::array({"1", "2"}));
  // Alt+Up goes back a sentence without confirming anything.
  browser.Type(field_of(3), std::string(kAlt) + kUp + kRelease);
  EXPECT_EQ(browser.Run("return document.activeElement.closest('li').dataset.index;"), "2");
  EXPECT_EQ(browser.Run("return document.querySelectorAll('#suggestions li.confirmed').length;"), 2);
  // The running preview shows the edits, confirmed.
  EXPECT_EQ(browser.Run("return document.querySelector(\"#preview .pv[data-index='1']\").className;"),
            "pv confirmed");
  EXPECT_NE(browser.Run("return document.getElementById('preview').textContent;")
                .get<std::string>()
                .find(edited2),
            std::string::npos);
  // The two term-only drafts written out by hand.
  const std::string headline = "Can Tho speeds up its flood control project";
  const std::string sum = "The project's total investment is VND 3.5 trillion.";
  for (auto [i, text] : {std::pair{0, headline}, std::pair{4, sum}}) {
    browser.Session("POST", "/element/" + browser.Find(field_of(i)) + "/clear");
    browser.Type(field_of(i), text + kCtrl + kEnter + kRelease);
  }
  // Accept the rest, then finish.
  browser.Click("#confirm-all-btn");
  EXPECT_EQ(browser.Run("return document.querySelectorAll('#suggestions li.confirmed').length;"), 6);
  EXPECT_EQ(browser.Run("return document.getElementById('confirmed-count').textContent;"),
            "6 of 6 sentences confirmed");
  browser.Run("document.getElementById('doc-title').value = 'Cần Thơ đẩy nhanh dự án chống ngập';"
              "document.getElementById('doc-date').value = '2026-11-20';");
  browser.Click("#finish-btn");
  EXPECT_EQ(browser.WaitFor("return document.querySelectorAll('#downloads a.download').length;"), 3);
  std::string done = browser.Run("return document.getElementById('finish-status').textContent;");
  EXPECT_EQ(done.rfind("6 sentences stored in the translation memory as accepted", 0), 0u) << done;
  EXPECT_EQ(browser.Run("return [...document.querySelectorAll('#downloads a.download')]"
                        ".map(a => a.getAttribute('download'));"),
            json::array({"Cần-Thơ-đẩy-nhanh-dự-án-chống-ngập.en.txt",
                         "Cần-Thơ-đẩy-nhanh-dự-án-chống-ngập.xlf",
                         "Cần-Thơ-đẩy-nhanh-dự-án-chống-ngập.tmx"}));
  ScreenshotsOf(browser, "#translate-panel", "translate-finished");

  // In the TM: the six sentences, accepted, with the page's provenance.
  std::vector<std::string> sources;
  {
    TmStore store(dir.File("tm.db"));
    int64_t batch = 0;
    for (const BatchInfo& b : store.Batches()) {
      if (b.kind == "translate") batch = b.id;
    }
    ASSERT_GT(batch, 0);
    auto check = [&](const std::string& vi, const std::string& en) {
      std::vector<Match> m = store.Search(vi);
      ASSERT_FALSE(m.empty()) << vi;
      EXPECT_EQ(m[0].score, 100) << vi;
      EXPECT_EQ(m[0].unit.en, en);
      EXPECT_EQ(m[0].unit.review, Review::kAccepted);
      json props = json::parse(m[0].unit.props.empty() ? "{}" : m[0].unit.props);
      EXPECT_EQ(props.value("translator", ""), "Lan Pham") << vi;
      EXPECT_EQ(props.value("title", ""), "Cần Thơ đẩy nhanh dự án chống ngập") << vi;
      EXPECT_EQ(props.value("date", ""), "2026-11-20") << vi;
    };
    check("Ngày 20-11-2026, Chủ tịch UBND TP. Cần Thơ Trần Việt Trường chủ trì cuộc họp về dự án.",
          edited1);
    check("Theo báo cáo của Sở Xây dựng, đến nay thành phố đã hoàn thành 12/20 hạng mục của Dự án "
          "chống ngập và thích ứng biến đổi khí hậu giai đoạn 2021 - 2025.",
          edited2);
    check("Tổng vốn đầu tư của dự án là 3.500 tỷ đồng.", sum);
    check("Cần Thơ đẩy nhanh dự án chống ngập", headline);
    int64_t in_batch = 0;
    for (const BatchInfo& b : store.Batches()) {
      if (b.id == batch) in_batch = b.units;
    }
    // Two of the six were already in the TM (merged into the older units, now confirmed).
    EXPECT_EQ(in_batch, 4);
  }

  // A second release, a portal page saved to disk and opened in the page,
  // reusing the two edited sentences: both are 100 % matches with the
  // translator's English, already in their fields.
  testing::WriteFile(
      dir.File("release2.html"),
      "<!doctype html><html><head><meta charset=\"utf-8\"><title>Cổng thông tin</title></head>"
      "<body><h1>Cần Thơ tiếp tục chống ngập</h1>"
      "<p>Ngày 20-11-2026, Chủ tịch UBND TP. Cần Thơ Trần Việt Trường chủ trì cuộc họp về dự án.</p>"
      "<p>Theo báo cáo của Sở Xây dựng, đến nay thành phố đã hoàn thành 12/20 hạng mục của Dự án "
      "chống ngập và thích ứng biến đổi khí hậu giai đoạn 2021 - 2025.</p>"
      "<p>Các phường ven sông được ưu tiên thi công trước mùa mưa.</p></body></html>");
  browser.Type("#release-file", dir.File("release2.html"));
  EXPECT_EQ(browser.WaitFor("const s = document.getElementById('suggest-status').textContent;"
                            "return s.includes('2 with a match') && s;"),
            "release2.html: 4 sentences, 2 with a match in the translation memory, 2 glossary "
            "terms.");
  json reused = browser.Run(
      "return [...document.querySelectorAll('#suggestions > li')].map(li => {"
      "  const m = li.querySelector('.match.band-100 .target');"
      "  return [m ? m.textContent : '', li.querySelector('textarea').value]; })"
      ".filter(p => p[0]);");
  EXPECT_EQ(reused, json::array({json::array({edited1, edited1}), json::array({edited2, edited2})}));
  EXPECT_NE(browser.Run("return document.getElementById('release').value;")
                .get<std::string>()
                .find("<h1>"),
            std::string::npos);
  ScreenshotsOf(browser, "#translate-panel", "translate-reuse");
  ScreenshotsOf(browser, "#search-panel", "search-and-review");
}

// Issue 15: align two reports from the page, then review the new batch with
// the keyboard only (accept, reject, undo, edit, move), and edit the glossary.
TEST_F(PageTest, ReviewABatchWithTheKeyboardAndEditTheGlossary) {
  testing::TempDir& dir = dir_;
  testing::LiveServer& server = *server_;
  Browser& browser = *browser_;
  browser.Open("http://127.0.0.1:" + std::to_string(server.port()) + "/#token=" + testing::kToken);
  browser.WaitFor("return document.querySelectorAll('#review-list tbody tr').length;");
  // The shortcuts are written on the page.
  std::string keys = browser.Run("return document.getElementById('review-keys').textContent;");
  EXPECT_NE(keys.find("a accept"), std::string::npos) << keys;
  EXPECT_NE(keys.find("u undo"), std::string::npos) << keys;

  browser.Click("#align-box summary");
  browser.Run(
      "document.getElementById('align-vi').value = arguments[0];"
      "document.getElementById('align-en').value = arguments[1];",
      {testing::Slurp(testing::SourcePath("data/samples/vi-report.txt")),
       testing::Slurp(testing::SourcePath("data/samples/en-report.txt"))});
  browser.Click("#align-btn");
  // The result stays on the page, and the new pairs are the ones listed, newest first.
  std::string said = browser.WaitFor(
      "const s = document.getElementById('review-status').textContent;"
      "return s.includes('stored as batch') && s;");
  EXPECT_NE(said.find("pairs stored as batch 1"), std::string::npos) << said;
  json ids = browser.Run(
      "return [...document.querySelectorAll('#review-list tbody tr')].map(t => +t.dataset.unit);");
  ASSERT_GE(ids.size(), 4u) << ids.dump();
  EXPECT_GT(ids[0].get<int64_t>(), ids[1].get<int64_t>());
  EXPECT_GT(ids[0].get<int64_t>(), 16);  // not the fixture's older pairs
  // Each row names its documents and shows the neighbouring sentence.
  std::string doc = browser.Run(
      "return document.querySelector('#review-list tbody tr:nth-child(2) td.en "
      ".doc').textContent;");
  EXPECT_NE(doc.find("Can Tho speeds up flood control works"), std::string::npos) << doc;
  EXPECT_EQ(browser.Run("return !!document.querySelector('#review-list tbody tr:nth-child(2) "
                        ".ctx.after');"),
            true);

  // Keyboard only from here: the focus leaves the button, the first row is selected.
  browser.Run("document.activeElement.blur();");
  auto state = [&](int64_t id) {
    return browser
        .Run(
            "const t = document.querySelector(`#review-list tr[data-unit='${arguments[0]}']`);"
            "return ['accepted', 'rejected', 'unreviewed'].find(c => t.classList.contains(c));",
            {id})
        .get<std::string>();
  };
  auto wait_state = [&](int64_t id, const std::string& want) {
    return browser.WaitFor(
        "const t = document.querySelector(`#review-list tr[data-unit='${arguments[0]}']`);"
        "return t.classList.contains(arguments[1]) && arguments[1];",
        {id, want});
  };
  const int64_t a = ids[0], b = ids[1], c = ids[2], d = ids[3];
  browser.Keys("a");
  EXPECT_EQ(wait_state(a, "accepted"), "accepted");
  browser.Keys("r");
  EXPECT_EQ(wait_state(b, "rejected"), "rejected");
  browser.Keys("u");  // the rejection was a mistake
  EXPECT_EQ(wait_state(b, "unreviewed"), "unreviewed");
  EXPECT_EQ(state(a), "accepted");  // only the last action is undone
  browser.Keys("a");
  EXPECT_EQ(wait_state(b, "accepted"), "accepted");
  // Now on c: e opens the editor; Ctrl+A and typing replace the English; Ctrl+Enter saves.
  browser.Keys("e");
  browser.WaitFor("return document.activeElement.tagName === 'TEXTAREA';");
  browser.Keys("\ue009a");
  browser.Keys("The meeting was chaired by Mr. Hoa.");
  browser.Keys("\ue009\ue007");
  EXPECT_EQ(browser.WaitFor("const t = document.querySelector(`#review-list "
                            "tr[data-unit='${arguments[0]}'] td.en .text`);"
                            "return t && t.textContent;",
                            {c}),
            "The meeting was chaired by Mr. Hoa.");
  // k goes back to c, j forward to d, which is rejected with r.
  browser.Keys("kj");
  browser.Keys("r");
  EXPECT_EQ(wait_state(d, "rejected"), "rejected");
  EXPECT_EQ(browser.Run("return document.querySelector('#review-list tr.current').dataset.unit;"),
            std::to_string(ids.size() > 4 ? ids[4].get<int64_t>() : d));
  {
    TmStore store(dir.File("tm.db"));
    EXPECT_EQ(store.GetUnit(a)->review, Review::kAccepted);
    EXPECT_EQ(store.GetUnit(b)->review, Review::kAccepted);
    EXPECT_EQ(store.GetUnit(c)->review, Review::kRejected);  // replaced by the edited pair
    EXPECT_EQ(store.GetUnit(d)->review, Review::kRejected);
    std::vector<Match> edited = store.Search(store.GetUnit(c)->vi);
    ASSERT_FALSE(edited.empty());
    EXPECT_EQ(edited[0].unit.en, "The meeting was chaired by Mr. Hoa.");
    EXPECT_EQ(edited[0].unit.review, Review::kAccepted);
  }
  ScreenshotsOf(browser, "#review-panel", "review");
  // The last size was the phone's: each pair is a card whose sentences take
  // the width, not five table columns squeezed into 390 pixels.
  EXPECT_EQ(browser.Run("const t = document.getElementById('review-list');"
                        "const v = t.querySelector('tbody td.vi');"
                        "return v.getBoundingClientRect().width >="
                        " 0.8 * t.getBoundingClientRect().width;"),
            true);

  // The glossary: add a rendering, mark it preferred; suggestions use it.
  browser.Session("POST", "/window/rect", {{"width", 1400}, {"height", 900}});
  browser.Type("#gloss-query", "Giám đốc Sở Xây dựng");
  browser.Click("#gloss-btn");
  // A composed title has no entry of its own: the page says so and opens the form, filled in.
  std::string none =
      browser.WaitFor("const s = document.getElementById('gloss-status').textContent; return s;");
  EXPECT_NE(none.find("is not in the glossary"), std::string::npos) << none;
  EXPECT_EQ(browser.Run("return document.getElementById('gloss-add').open && "
                        "document.getElementById('gloss-vi').value;"),
            "Giám đốc Sở Xây dựng");
  browser.Type("#gloss-en", "Director of the Construction Department");
  browser.Click("#gloss-save");
  browser.WaitFor("return document.querySelectorAll('#gloss-list li').length;");
  browser.Run(
      "const li = [...document.querySelectorAll('#gloss-list li')].find(l => "
      "l.querySelector('.g-en').textContent === 'Director of the Construction Department');"
      "[...li.querySelectorAll('button')].find(b => b.textContent === 'Prefer').click();");
  EXPECT_EQ(browser.WaitFor("const li = document.querySelector('#gloss-list li.preferred .g-en');"
                            "return li && li.textContent;"),
            "Director of the Construction Department");
  std::string gs = browser.Run("return document.getElementById('gloss-status').textContent;");
  EXPECT_NE(gs.find("is now preferred"), std::string::npos) << gs;
  // The concordance marks renderings the glossary knows.
  browser.Type("#query", "Phó Bí thư Thành ủy\ue007");
  EXPECT_EQ(browser.WaitFor("const s = document.querySelector('#search-results .group .g-status');"
                            "return s && s.textContent;"),
            "in glossary");
  // Nothing missing is shown as the word "null".
  EXPECT_EQ(browser.Run("return /\\bnull\\b/.test(document.body.innerText);"), false);
  ScreenshotsOf(browser, "#search-panel", "concordance");
  ScreenshotsOf(browser, "#glossary-panel", "glossary");
}

// Issue 14: /api/concordance returns the TM fragments of a longer query; the
// page shows each with its English and the unit it comes from, so that a
// translator can reuse a piece of a stored sentence. Screenshots at a laptop
// and a phone size.
TEST_F(PageTest, ConcordanceShowsTheTmFragmentsOfALongerQuery) {
  testing::LiveServer& server = *server_;
  Browser& browser = *browser_;
  browser.Session("POST", "/window/rect", {{"width", 1280}, {"height", 800}});
  browser.Open("http://127.0.0.1:" + std::to_string(server.port()) + "/#token=" + testing::kToken);
  browser.WaitFor("return document.getElementById('query');");
  browser.Type("#query", "Phó Bí thư Thành ủy phát biểu tại hội nghị\ue007");
  const json frags = browser.WaitFor(
      "const f = [...document.querySelectorAll('#search-results .fragment')];"
      "return f.length && f.map(d => [d.querySelector('.vi').textContent,"
      " d.querySelector('.rendering').textContent, d.querySelector('.unit').textContent]);");
  ASSERT_EQ(frags.size(), 2u) << frags.dump();
  EXPECT_EQ(frags[0][0], "Phó Bí thư Thành ủy");
  EXPECT_EQ(frags[0][1], "Deputy Secretary of the City Party Committee");
  EXPECT_EQ(frags[1][0], "phát biểu tại hội nghị");
  EXPECT_EQ(frags[1][1], "spoke at the conference");
  for (const json& f : frags) EXPECT_EQ(f[2].get<std::string>().rfind("unit ", 0), 0u) << f;
  std::string said = browser.Run("return document.getElementById('search-status').textContent;");
  EXPECT_NE(said.find("2 fragments"), std::string::npos) << said;
  for (auto [w, h] : {std::pair{1280, 800}, std::pair{390, 844}}) {
    browser.Session("POST", "/window/rect", {{"width", w}, {"height", h}});
    browser.Run(
        "document.querySelector('#search-results .fragments').scrollIntoView({block: 'center'});");
    ShootFitting(browser, "concordance-fragments", w, h);  // the phone's window too
  }

  // The same pieces make a fragment draft; what none covers stands out in it
  // as "[Vietnamese]", is listed, and keeps the sentence from being confirmed.
  browser.Session("POST", "/window/rect", {{"width", 1280}, {"height", 800}});
  browser.Run(
      "const t = document.getElementById('release'); t.focus(); t.value = arguments[0];"
      "t.dispatchEvent(new Event('input', {bubbles: true}));",
      {"Phó Bí thư Thành ủy dẫn đầu đoàn công tác phát biểu tại hội nghị."});
  browser.Click("#suggest-btn");
  EXPECT_EQ(browser.WaitFor("const m = document.querySelector('#suggestions .draft mark.gap');"
                            "return m && m.textContent;"),
            "[dẫn đầu]");
  // "đoàn công tác" is "the delegation" in a fixture unit; "dẫn đầu" (led) is in none.
  EXPECT_EQ(browser.Run("return document.querySelector('#suggestions .draft .text').textContent;"),
            "Deputy Secretary of the City Party Committee [dẫn đầu] the delegation spoke at the "
            "conference.");
  EXPECT_NE(browser.Run("return document.querySelector('#suggestions').textContent;")
                .get<std::string>()
                .find("1 untranslated phrase"),
            std::string::npos);
  browser.Click("#suggestions .confirm");
  EXPECT_EQ(browser.Run("return document.querySelector('#suggestions > li').classList"
                        ".contains('confirmed');"),
            false);
  EXPECT_EQ(browser.Run("return document.querySelector('#suggestions .state').textContent;"),
            "Fill in the gaps (…, [Vietnamese]) first.");
  for (auto [w, h] : {std::pair{1280, 800}, std::pair{390, 844}}) {
    browser.Session("POST", "/window/rect", {{"width", w}, {"height", h}});
    browser.Run("document.querySelector('#suggestions > li').scrollIntoView({block: 'start'});");
    // On a phone the draft keeps the sentence's width: its label and Copy
    // button go above it rather than squeezing it into a narrow column.
    if (w < 600) {
      EXPECT_EQ(browser.Run("const d = document.querySelector('#suggestions .draft');"
                            "return d.querySelector('.text').getBoundingClientRect().width >="
                            " 0.8 * d.getBoundingClientRect().width;"),
                true)
          << w << "x" << h;
    }
    ShootFitting(browser, "translate-gap", w, h);
  }
}

// Issue 15: a crashed browser test once left Chromium running: no destructor
// runs when the test process dies, so the watchdog must stop the group.
TEST(BrowserTest, ChromiumStopsWhenTheTestProcessDies) {
  std::string chromedriver = FindProgram("chromedriver");
  std::string chromium = FindProgram("chromium");
  ASSERT_FALSE(chromedriver.empty() || chromium.empty())
      << "needs Debian packages chromium and chromium-driver: run scripts/deps.sh";
  testing::TempDir dir;
  // The dying child runs this test again from the start (its own TempDir):
  // the parent's folder reaches it through the environment.
  if (!std::getenv("SONGNGU_BROWSER_DIR")) setenv("SONGNGU_BROWSER_DIR", dir.path().c_str(), 1);
  const std::string shared = std::getenv("SONGNGU_BROWSER_DIR");
  const std::string group_file = shared + "/group";
  ::testing::GTEST_FLAG(death_test_style) = "threadsafe";
  EXPECT_DEATH(
      {
        Browser browser(chromedriver, chromium, shared + "/profile", shared + "/chromedriver.log");
        browser.Open("about:blank");
        testing::WriteFile(group_file, std::to_string(browser.process_group()) + " " +
                                           std::to_string(LiveMembers(browser.process_group())));
        std::abort();  // a crash: no destructor runs
      },
      "");
  std::istringstream in(testing::Slurp(group_file));
  pid_t group = -1;
  int running = 0;
  in >> group >> running;
  ASSERT_GT(group, 0);
  EXPECT_GT(running, 1);  // chromedriver and its browser were up
  int left = LiveMembers(group);
  for (int i = 0; i < 80 && left > 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    left = LiveMembers(group);
  }
  EXPECT_EQ(left, 0) << "processes of chromedriver's group still running";
  unsetenv("SONGNGU_BROWSER_DIR");
}

}  // namespace
}  // namespace songngu
