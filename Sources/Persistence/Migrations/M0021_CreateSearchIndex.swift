import Fluent
import SQLKit

/// One search over protokoll §§, agenda items and imported documents (issue 4). Each entry keeps
/// what a result shows (title, text, link) and what filters need (body, year, kind, decision
/// kinds, public). Each database gets its own full-text index: SQLite an FTS5 table of the
/// entries' stemmed terms (rowid = `fts_rowid`), PostgreSQL a `tsvector` of the folded text in the
/// `swedish` configuration with a GIN index.
struct M0021_CreateSearchIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("search_entries")
            .id()
            .belongsToOrganisation()
            .field("source_kind", .string, .required)
            .field("source_id", .uuid, .required)
            .field("document_kind", .string, .required)
            .field("body_id", .uuid)
            .field("year", .int, .required)
            .field("date", .string, .required)
            .field("decision_kinds", .string, .required)
            .field("is_public", .bool, .required)
            .field("is_imported", .bool, .required)
            .field("title", .string, .required)
            .field("text", .string, .required)
            .field("link", .string, .required)
            .field("search_text", .string, .required)
            .field("fts_rowid", .int64, .required)
            .timestamps()
            .unique(on: "source_kind", "source_id")
            .create()
        try await database.createIndex(on: "search_entries", "organisation_id", "year")
        try await database.createIndex(on: "search_entries", "fts_rowid")
        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "sqlite" {
            try await sql.raw("CREATE VIRTUAL TABLE search_fts USING fts5(terms, tokenize = 'unicode61')").run()
        } else {
            try await sql.raw("""
                ALTER TABLE search_entries ADD COLUMN document tsvector
                GENERATED ALWAYS AS (to_tsvector('swedish', search_text)) STORED
                """).run()
            try await sql.raw("CREATE INDEX search_entries_document_idx ON search_entries USING GIN (document)").run()
        }
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" {
            try await sql.raw("DROP TABLE IF EXISTS search_fts").run()
        }
        try await database.schema("search_entries").delete()
    }
}
