import Domain
import Fluent
import Foundation
import SQLKit

/// SQLite only: every full-text term now carries its association's prefix instead of one scope
/// term per entry (see `SearchTerms.scoped`), so that ranking a search costs one association's
/// entries and not the whole index's. Existing entries are rewritten and the FTS5 table refilled
/// in one transaction; PostgreSQL's index is unchanged.
struct M0022_ScopeSQLiteSearchTerms: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await rewrite(on: database) { terms, organisationID in
            SearchTerms.scoped(terms.filter { $0 != SearchTerms.organisationTerm(organisationID) }, organisationID: organisationID)
        }
    }

    func revert(on database: any Database) async throws {
        try await rewrite(on: database) { terms, organisationID in
            let prefix = SearchTerms.organisationPrefix(organisationID)
            return [SearchTerms.organisationTerm(organisationID)] + terms.map { String($0.dropFirst(prefix.count)) }
        }
    }

    private func rewrite(on database: any Database, _ transform: @escaping @Sendable ([String], String) -> [String]) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await database.transaction { db in
            guard let sql = db as? any SQLDatabase else { return }
            try await sql.raw("DELETE FROM search_fts").run()
            var last: Int64 = 0
            while true {
                let rows = try await sql.raw("""
                    SELECT rowid AS row, organisation_id, search_text, fts_rowid FROM search_entries
                    WHERE rowid > \(bind: last) ORDER BY rowid LIMIT 1000
                    """).all()
                guard let final = rows.last else { break }
                var fts: [SQLQueryString] = []
                for row in rows {
                    let organisation = try row.decode(column: "organisation_id", as: UUID.self).uuidString
                    let text = transform(try row.decode(column: "search_text", as: String.self).split(separator: " ").map(String.init), organisation)
                        .joined(separator: " ")
                    try await sql.raw("UPDATE search_entries SET search_text = \(bind: text) WHERE rowid = \(bind: try row.decode(column: "row", as: Int64.self))").run()
                    fts.append("(\(bind: try row.decode(column: "fts_rowid", as: Int64.self)), \(bind: text))")
                }
                try await sql.raw("INSERT INTO search_fts(rowid, terms) VALUES " + fts.joined(separator: ", ")).run()
                last = try final.decode(column: "row", as: Int64.self)
            }
            try await sql.raw("INSERT INTO search_fts(search_fts) VALUES ('optimize')").run()
        }
    }
}
