// songngu: the command-line front end. Global flags, dispatch, error policy:
// data on stdout only; messages on stderr; exit 0 ok, 1 failed, 2 wrong usage.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "aligner/data_path.h"
#include "aligner/error.h"
#include "cli/command.h"

namespace po = boost::program_options;

namespace songngu::cli {

std::vector<Command>& Commands() {
  static std::vector<Command> commands;
  return commands;
}

bool StderrIsTty() { return isatty(STDERR_FILENO) == 1; }
bool StdoutIsTty() { return isatty(STDOUT_FILENO) == 1; }

bool ParseArgs(const Args& args, const std::string& usage, po::options_description& options,
               const po::positional_options_description& positional, po::variables_map& vm) {
  options.add_options()("help,h", "show this help");
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
    if (vm.count("help")) {
      std::cout << usage << "\n" << options << "\n";
      return false;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    throw UsageError(e.what());
  }
  return true;
}

namespace {

void PrintHelp() {
  std::cout << "songngu " << Version()
            << " - Vietnamese-English news aligner and translation memory\n\n"
               "usage: songngu [--tm PATH] [--quiet] <command> [options]\n\n"
               "commands:\n";
  std::vector<Command> sorted = Commands();
  std::sort(sorted.begin(), sorted.end(),
            [](const Command& a, const Command& b) { return a.name < b.name; });
  for (const Command& c : sorted) {
    std::string name = c.name;
    name.resize(std::max<size_t>(name.size() + 2, 12), ' ');
    std::cout << "  " << name << c.summary << "\n";
  }
  std::cout << "\nglobal options:\n"
               "  --tm PATH     translation memory file (default: $SONGNGU_TM, else ./songngu.db)\n"
               "  --quiet       no progress or summaries on stderr\n"
               "  --version     print the version\n"
               "  -h, --help    this help; 'songngu <command> --help' explains a command\n\n"
               "example:\n"
               "  songngu align vi.txt en.txt --format tsv\n"
               "  songngu --tm news.db align vi.txt en.txt --store\n";
}

}  // namespace
}  // namespace songngu::cli

int main(int argc, char** argv) {
  using namespace songngu::cli;
  GlobalOptions global;
  Args rest;
  // Global flags may stand anywhere, so users can append `--tm x.db` to any command.
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--tm") {
      if (i + 1 >= argc) {
        std::cerr << "songngu: --tm needs a path\nTry 'songngu --help'.\n";
        return 2;
      }
      global.tm_path = argv[++i];
    } else if (a.rfind("--tm=", 0) == 0) {
      global.tm_path = a.substr(5);
    } else if (a == "--quiet" || a == "-q") {
      global.quiet = true;
    } else {
      rest.push_back(a);
    }
  }
  if (global.tm_path.empty()) {
    const char* env = std::getenv("SONGNGU_TM");
    global.tm_path = (env && *env) ? env : "songngu.db";
  }
  if (rest.empty() || rest[0] == "--help" || rest[0] == "-h" || rest[0] == "help") {
    PrintHelp();
    return rest.empty() ? 2 : 0;
  }
  if (rest[0] == "--version" || rest[0] == "-V") {
    std::cout << "songngu " << songngu::Version() << "\n";
    return 0;
  }
  const std::string name = rest[0];
  auto& cmds = Commands();
  auto it = std::find_if(cmds.begin(), cmds.end(), [&](const Command& c) { return c.name == name; });
  if (it == cmds.end()) {
    std::cerr << "songngu: unknown command '" << name << "'\nTry 'songngu --help' for the list of commands.\n";
    return 2;
  }
  Args args(rest.begin() + 1, rest.end());
  try {
    return it->run(global, args);
  } catch (const UsageError& e) {
    std::cerr << "songngu " << name << ": " << e.what() << "\nTry 'songngu " << name << " --help'.\n";
    return 2;
  } catch (const songngu::Error& e) {
    std::cerr << "songngu " << name << ": " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "songngu " << name << ": " << e.what() << "\n";
    return 1;
  }
}
