// PostgreSQL 15 full-text search out of the box for Arabic: the `arabic` configuration (Snowball
// stemmer and stop words), a GIN index over a stored tsvector, ts_rank ordering, and the query's
// words joined with OR. The index directory holds only the connection string: the server is a
// private cluster that run_all.sh starts on a unix socket (see postgres.sh).
#include <libpq-fe.h>

#include "peer_main.h"

namespace marsad::bench {
namespace {

class Conn {
 public:
  explicit Conn(const std::string& dir) {
    std::ifstream in(dir + "/conninfo");
    std::string conninfo;
    if (!std::getline(in, conninfo)) throw IoError("postgres peer: no conninfo", Location{dir + "/conninfo"});
    conn_ = PQconnectdb(conninfo.c_str());
    if (PQstatus(conn_) != CONNECTION_OK) throw IoError(std::string("postgres: ") + PQerrorMessage(conn_));
    PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);  // "query contains only stop words"
  }
  ~Conn() { PQfinish(conn_); }
  void exec(const std::string& sql) { check(PQexec(conn_, sql.c_str()), sql); }
  PGresult* query(const char* sql, std::vector<const char*> params) {
    return check(PQexecParams(conn_, sql, int(params.size()), nullptr, params.data(), nullptr, nullptr, 0), sql);
  }
  PGconn* get() { return conn_; }

 private:
  PGresult* check(PGresult* r, const std::string& what) {
    auto st = PQresultStatus(r);
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_COPY_IN) return r;
    std::string msg = PQresultErrorMessage(r);
    PQclear(r);
    throw IoError("postgres: " + what.substr(0, 80) + ": " + msg);
  }
  PGconn* conn_ = nullptr;
};

// COPY's text format: backslash, tab, newline and carriage return are escaped.
std::string copy_field(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\\') out += "\\\\";
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else out += c;
  }
  return out;
}

class PostgresIndexer : public PeerIndexer {
 public:
  explicit PostgresIndexer(const std::string& dir) : conn_(dir) {
    conn_.exec("DROP TABLE IF EXISTS docs; DROP TABLE IF EXISTS staging;");
    conn_.exec("CREATE UNLOGGED TABLE staging(id text, body text)");
    PQclear(PQexec(conn_.get(), "COPY staging FROM STDIN"));
  }
  void add(const Document& d) override {
    const std::string& id = d.id;
    const std::string& text = indexed_text(d);
    std::string row = copy_field(id) + '\t' + copy_field(text) + '\n';
    if (PQputCopyData(conn_.get(), row.data(), int(row.size())) != 1)
      throw IoError(std::string("postgres: COPY: ") + PQerrorMessage(conn_.get()));
  }
  void finish() override {
    if (PQputCopyEnd(conn_.get(), nullptr) != 1) throw IoError("postgres: COPY end failed");
    PQclear(PQgetResult(conn_.get()));
    conn_.exec("CREATE TABLE docs AS SELECT id, to_tsvector('arabic', body) AS tsv FROM staging");
    conn_.exec("DROP TABLE staging");
    conn_.exec("CREATE INDEX docs_tsv ON docs USING gin(tsv)");
    conn_.exec("VACUUM ANALYZE docs");
    PGresult* r = conn_.query("SELECT pg_total_relation_size('docs')", {});
    bytes_ = std::stoull(PQgetvalue(r, 0, 0));
    PQclear(r);
  }
  std::uintmax_t bytes() const override { return bytes_; }

 private:
  Conn conn_;
  std::uintmax_t bytes_ = 0;
};

class PostgresSearcher : public PeerSearcher {
 public:
  explicit PostgresSearcher(const std::string& dir) : conn_(dir) {}
  std::vector<Hit> search(const std::string& query, std::size_t k) override {
    // plainto_tsquery parses and stems like the index did; its ANDs become ORs.
    static const char* kSql =
        "SELECT id, ts_rank(tsv, q) AS r FROM docs, "
        "(SELECT replace(plainto_tsquery('arabic', $1)::text, ' & ', ' | ')::tsquery AS q) s "
        "WHERE tsv @@ q ORDER BY r DESC LIMIT $2";
    std::string limit = std::to_string(k);
    PGresult* r = conn_.query(kSql, {query.c_str(), limit.c_str()});
    std::vector<Hit> hits;
    for (int i = 0; i < PQntuples(r); ++i) hits.push_back({PQgetvalue(r, i, 0), std::stod(PQgetvalue(r, i, 1))});
    PQclear(r);
    return hits;
  }

 private:
  Conn conn_;
};

}  // namespace
}  // namespace marsad::bench

int main(int argc, char** argv) {
  using namespace marsad::bench;
  Peer peer{"postgres", [](const std::string& d) { return std::make_unique<PostgresIndexer>(d); },
            [](const std::string& d) { return std::make_unique<PostgresSearcher>(d); }};
  return peer_main(peer, argc, argv);
}
