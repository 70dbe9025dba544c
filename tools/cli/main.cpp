// marsad: one binary, one subcommand per file (see command.h).
#include <iostream>

#include "command.h"
#include "marsad/error.h"
#include "marsad/version.h"

int main(int argc, char** argv) {
  CLI::App app{"marsad: read Arabic news, find who, when and who said what, search archives"};
  app.set_version_flag("--version", marsad::kVersion);
  app.require_subcommand(1);
  auto* eval = app.add_subcommand("eval", "Measure accuracy against gold data");
  eval->require_subcommand(1);
  for (auto& [parent, add] : marsad::cli::registry()) add(parent == "eval" ? *eval : app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const marsad::Error& e) {
    std::cerr << "marsad: error: " << e.what() << '\n';
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "marsad: internal error: " << e.what() << '\n';
    return 2;
  }
  return 0;
}
