// marsad serve: the HTTP API and the web page over one or more archives.
#include <iostream>

#include "command.h"
#include "marsad/server.h"

namespace marsad::cli {
namespace {

struct ServeOptions {
  std::vector<std::string> index_dirs;
  server::HttpOptions http;
  std::size_t max_body_mb = 8;
  NerModeArg ner;
};

Registration serve_cmd("", [](CLI::App& app) {
  auto opts = std::make_shared<ServeOptions>();
  auto* cmd = app.add_subcommand("serve", "HTTP API and web page (stop with Ctrl-C)");
  cmd->add_option("--index", opts->index_dirs, "Archive directory (repeat for several)")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--host", opts->http.host, "Address to listen on")->capture_default_str();
  cmd->add_option("--port", opts->http.port, "Port (0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--threads", opts->http.threads, "Worker threads (0: one per core)")
      ->check(CLI::Range(0, 256));
  cmd->add_option("--max-body-mb", opts->max_body_mb, "Largest request body, in MiB")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  opts->ner.add_to(*cmd);
  cmd->callback([opts] {
    server::ServiceOptions service_opts;
    for (const auto& dir : opts->index_dirs) service_opts.index_dirs.emplace_back(dir);
    service_opts.max_body_bytes = opts->max_body_mb << 20;
    service_opts.ner = opts->ner.mode();
    server::Service service(std::move(service_opts));
    server::HttpOptions http = opts->http;
    http.on_listen = [](const std::string& host, int port) {
      // One line on stderr that scripts (and the e2e test) wait for to learn the port.
      std::cerr << "marsad: listening on http://" << host << ':' << port << "/\n" << std::flush;
    };
    server::serve_http(service, http);
    std::cerr << "marsad: stopped\n";
  });
});

}  // namespace
}  // namespace marsad::cli
