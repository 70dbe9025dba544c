// SQLite FTS5 out of the box for Arabic: the unicode61 tokenizer with remove_diacritics 2, BM25
// ranking (FTS5's bm25()), a contentless table (only the index, like the other peers) and the
// query's words joined with OR.
#include <sqlite3.h>

#include "marsad/text.h"
#include "peer_main.h"

namespace marsad::bench {
namespace {

class Db {
 public:
  Db(const std::string& path, int flags) {
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) fail("open " + path);
  }
  ~Db() { sqlite3_close(db_); }
  void exec(const std::string& sql) {
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) fail(sql);
  }
  sqlite3_stmt* prepare(const std::string& sql) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) fail(sql);
    return st;
  }
  [[noreturn]] void fail(const std::string& what) { throw IoError("sqlite: " + what + ": " + sqlite3_errmsg(db_)); }

 private:
  sqlite3* db_ = nullptr;
};

std::string db_path(const std::string& dir) {
  std::filesystem::create_directories(dir);
  return dir + "/fts.sqlite";
}

class SqliteIndexer : public PeerIndexer {
 public:
  explicit SqliteIndexer(const std::string& dir) : path_(db_path(dir)) {
    std::filesystem::remove(path_);
    db_ = std::make_unique<Db>(path_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    db_->exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
    db_->exec("CREATE VIRTUAL TABLE docs USING fts5(text, content='', tokenize='unicode61 remove_diacritics 2')");
    db_->exec("CREATE TABLE ids(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL)");
    db_->exec("BEGIN");
    ins_doc_ = db_->prepare("INSERT INTO docs(rowid, text) VALUES(?, ?)");
    ins_id_ = db_->prepare("INSERT INTO ids(rowid, id) VALUES(?, ?)");
  }
  ~SqliteIndexer() override {
    sqlite3_finalize(ins_doc_);
    sqlite3_finalize(ins_id_);
  }
  void add(const Document& d) override {
    const std::string& id = d.id;
    const std::string& text = indexed_text(d);
    ++rowid_;
    sqlite3_bind_int64(ins_doc_, 1, rowid_);
    sqlite3_bind_text(ins_doc_, 2, text.data(), int(text.size()), SQLITE_STATIC);
    step(ins_doc_);
    sqlite3_bind_int64(ins_id_, 1, rowid_);
    sqlite3_bind_text(ins_id_, 2, id.data(), int(id.size()), SQLITE_STATIC);
    step(ins_id_);
  }
  void finish() override {
    db_->exec("COMMIT");
    db_->exec("INSERT INTO docs(docs) VALUES('optimize')");
  }

 private:
  void step(sqlite3_stmt* st) {
    if (sqlite3_step(st) != SQLITE_DONE) db_->fail("insert");
    sqlite3_reset(st);
  }
  std::string path_;
  std::unique_ptr<Db> db_;
  sqlite3_stmt* ins_doc_ = nullptr;
  sqlite3_stmt* ins_id_ = nullptr;
  sqlite3_int64 rowid_ = 0;
};

// FTS5 query syntax treats many characters as operators: each word goes in double quotes.
std::string match_expression(const std::string& query) {
  std::string out;
  for (const auto& tok : text::tokenize(query)) {
    if (tok.kind != text::TokenKind::kWord && tok.kind != text::TokenKind::kLatin &&
        tok.kind != text::TokenKind::kNumber)
      continue;
    std::string w(tok.view(query));
    std::string quoted = "\"";
    for (char c : w) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    out += (out.empty() ? "" : " OR ") + quoted + "\"";
  }
  return out;
}

class SqliteSearcher : public PeerSearcher {
 public:
  explicit SqliteSearcher(const std::string& dir) : db_(dir + "/fts.sqlite", SQLITE_OPEN_READONLY) {
    sqlite3_stmt* st = db_.prepare("SELECT rowid, id FROM ids ORDER BY rowid");
    while (sqlite3_step(st) == SQLITE_ROW) {
      ids_.resize(std::size_t(sqlite3_column_int64(st, 0)) + 1);
      ids_.back() = reinterpret_cast<const char*>(sqlite3_column_text(st, 1));
    }
    sqlite3_finalize(st);
    query_ = db_.prepare("SELECT rowid, rank FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?");
  }
  ~SqliteSearcher() override { sqlite3_finalize(query_); }
  std::vector<Hit> search(const std::string& query, std::size_t k) override {
    std::vector<Hit> hits;
    std::string expr = match_expression(query);
    if (expr.empty()) return hits;
    sqlite3_bind_text(query_, 1, expr.data(), int(expr.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(query_, 2, sqlite3_int64(k));
    while (sqlite3_step(query_) == SQLITE_ROW)
      hits.push_back({ids_.at(std::size_t(sqlite3_column_int64(query_, 0))), -sqlite3_column_double(query_, 1)});
    sqlite3_reset(query_);
    return hits;
  }

 private:
  Db db_;
  std::vector<std::string> ids_;
  sqlite3_stmt* query_ = nullptr;
};

}  // namespace
}  // namespace marsad::bench

int main(int argc, char** argv) {
  using namespace marsad::bench;
  Peer peer{"sqlite", [](const std::string& d) { return std::make_unique<SqliteIndexer>(d); },
            [](const std::string& d) { return std::make_unique<SqliteSearcher>(d); }};
  return peer_main(peer, argc, argv);
}
