import Domain
import Fluent
import Foundation
import Persistence
import SQLKit

/// One search over everything indexed, on either database, with the same results contract:
/// entries that contain every query term (stemmed, å/ä/ö folded), best first, a page at a time.
enum ArchiveSearch {
    struct Query: Sendable {
        var text: String
        var bodyID: UUID?
        var fromYear: Int?
        var toYear: Int?
        var documentKind: DocumentKind?
        var decisionKind: DecisionKind?
        var page = 1
        /// Anonymous readers and users without a role in the association see public entries only.
        var publicOnly = true
        static let pageSize = 20
    }

    struct Hit: Sendable {
        var title: String
        var link: String
        var date: String
        var documentKind: String
        var isImported: Bool
        var snippet: [SearchSnippet.Part]
    }

    struct Results: Sendable {
        var hits: [Hit]
        var total: Int
        var page: Int
        var pages: Int { max(1, (total + Query.pageSize - 1) / Query.pageSize) }
    }

    /// The ranking statement returns only the page's ids and, by a window function, the number of
    /// hits in all (narrow rows, whatever the number of matches); the page's entries are read by id.
    static func run(_ query: Query, organisationID: UUID, on database: any Database) async throws -> Results {
        guard let sql = database as? any SQLDatabase, let (from, order) = statement(query, organisationID: organisationID, dialect: sql.dialect.name)
        else { return Results(hits: [], total: 0, page: 1) }
        let page = max(1, query.page)
        let rows = try await sql.raw(rankingStatement(from, order: order, page: page)).all()
        var total = try rows.first?.decode(column: "total", as: Int.self) ?? 0
        if rows.isEmpty, page > 1 {
            total = try await sql.raw("SELECT count(*) AS total FROM " + from).first()?.decode(column: "total", as: Int.self) ?? 0
        }
        let ids = try rows.map { try $0.decode(column: "id", as: UUID.self) }
        guard !ids.isEmpty else { return Results(hits: [], total: total, page: page) }
        // Only the columns a hit shows: the indexed text is as long as the text itself.
        let entries = try await sql.raw("""
            SELECT id, title, text, link, date, document_kind, is_imported FROM search_entries WHERE id IN (\(binds: ids))
            """).all()
        let wanted = Set(SearchTerms.queryTerms(query.text))
        var hits: [UUID: Hit] = [:]
        for row in entries {
            let title = try row.decode(column: "title", as: String.self), text = try row.decode(column: "text", as: String.self)
            hits[try row.decode(column: "id", as: UUID.self)] = Hit(
                title: title, link: try row.decode(column: "link", as: String.self), date: try row.decode(column: "date", as: String.self),
                documentKind: try row.decode(column: "document_kind", as: String.self), isImported: try row.decode(column: "is_imported", as: Bool.self),
                snippet: SearchSnippet.parts(of: text.isEmpty ? title : text, terms: wanted))
        }
        return Results(hits: ids.compactMap { hits[$0] }, total: total, page: page)
    }

    /// The FROM … WHERE part and the ORDER BY of a search on SQLite ("sqlite") or PostgreSQL; nil
    /// for a query without words.
    static func statement(_ query: Query, organisationID: UUID, dialect: String) -> (from: SQLQueryString, order: SQLQueryString)? {
        let terms = SearchTerms.queryTerms(query.text)
        guard !terms.isEmpty else { return nil }
        let filters = self.filters(query, organisationID: organisationID)
        if dialect == "sqlite" {
            // Every term quoted: terms are letters and digits, and FTS5 reads bare words like AND or NEAR as operators.
            let expression = SearchTerms.scoped(terms, organisationID: organisationID.uuidString).map { "\"" + $0 + "\"" }
                .joined(separator: " ")
            // CROSS JOIN keeps the full-text index as the outer loop: SQLite would otherwise start from a
            // filter's index and run the MATCH once per row. INDEXED BY makes each hit one lookup by
            // rowid: with a year range SQLite would otherwise scan the association's years per hit.
            return ("search_fts CROSS JOIN search_entries e INDEXED BY search_entries_fts_rowid_idx ON e.fts_rowid = search_fts.rowid"
                    + " WHERE search_fts MATCH \(bind: expression)" + filters,
                    "ORDER BY search_fts.rank, e.date DESC")
        }
        // PostgreSQL stems with its own `swedish` configuration: it gets the words, not Samordna's stems.
        let text = SearchTerms.organisationTerm(organisationID.uuidString) + " " + SearchTerms.folded(SearchTerms.words(in: query.text).prefix(12).joined(separator: " "))
        return ("search_entries e WHERE e.document @@ plainto_tsquery('swedish', \(bind: text))" + filters,
                "ORDER BY ts_rank(e.document, plainto_tsquery('swedish', \(bind: text))) DESC, e.date DESC")
    }

    /// The page's ids, best first, each row carrying the number of hits in all.
    static func rankingStatement(_ from: SQLQueryString, order: SQLQueryString, page: Int) -> SQLQueryString {
        "SELECT e.id AS id, count(*) OVER () AS total FROM " + from + " " + order
            + " LIMIT \(literal: Query.pageSize) OFFSET \(literal: (page - 1) * Query.pageSize)"
    }

    private static func filters(_ query: Query, organisationID: UUID) -> SQLQueryString {
        var clause: SQLQueryString = " AND e.organisation_id = \(bind: organisationID)"
        if query.publicOnly { clause += " AND e.is_public = \(true)" }
        if let body = query.bodyID { clause += " AND e.body_id = \(bind: body)" }
        if let from = query.fromYear { clause += " AND e.year >= \(bind: from)" }
        if let to = query.toYear { clause += " AND e.year <= \(bind: to)" }
        if let kind = query.documentKind { clause += " AND e.document_kind = \(bind: kind.rawValue)" }
        if let decision = query.decisionKind { clause += " AND e.decision_kinds LIKE \(bind: "% " + decision.rawValue + " %")" }
        return clause
    }
}
