// The CLI's command table. Each cli/<command>.cc defines one command and
// registers it with SONGNGU_COMMAND; main.cc dispatches. Commands only parse
// flags into the libraries' options structs, call the library, and print.
#ifndef SONGNGU_CLI_COMMAND_H_
#define SONGNGU_CLI_COMMAND_H_

#include <boost/program_options.hpp>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace songngu::cli {

// Options every command sees (parsed by main.cc wherever they appear).
struct GlobalOptions {
  std::string tm_path;  // --tm, else $SONGNGU_TM, else "songngu.db"
  bool quiet = false;   // --quiet: no progress or summaries on stderr
};

// Wrong usage: main prints "songngu CMD: MESSAGE" plus a hint and exits 2.
class UsageError : public std::runtime_error {
 public:
  explicit UsageError(const std::string& m) : std::runtime_error(m) {}
};

using Args = std::vector<std::string>;
using RunFn = std::function<int(const GlobalOptions&, const Args&)>;

struct Command {
  std::string name;     // "align"
  std::string summary;  // one line for `songngu --help`
  RunFn run;
};

std::vector<Command>& Commands();

struct Registrar {
  Registrar(std::string name, std::string summary, RunFn run) {
    Commands().push_back({std::move(name), std::move(summary), std::move(run)});
  }
};

#define SONGNGU_COMMAND(ident, name, summary, fn) \
  static ::songngu::cli::Registrar songngu_command_##ident(name, summary, fn)

// Parses `args` against `options` (+ positional names). Prints `usage` plus the
// options and returns false on --help; throws UsageError on unknown or bad flags.
bool ParseArgs(const Args& args, const std::string& usage,
               boost::program_options::options_description& options,
               const boost::program_options::positional_options_description& positional,
               boost::program_options::variables_map& vm);

// True when stderr is a terminal (progress bars, colours).
bool StderrIsTty();
bool StdoutIsTty();

}  // namespace songngu::cli

#endif  // SONGNGU_CLI_COMMAND_H_
