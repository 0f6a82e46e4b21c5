import Fluent
import Foundation

/// One searchable thing (a protokoll §, an agenda item, an imported document) with what a result
/// shows and what the filters need. Written only by the search index, which keeps the database's
/// full-text index in step.
public final class SearchEntry: Model, @unchecked Sendable {
    public static let schema = "search_entries"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    /// "paragraph", "agenda_item" or "document", with the id of that record.
    @Field(key: "source_kind") public var sourceKind: String
    @Field(key: "source_id") public var sourceID: UUID
    /// The import format's document kinds: protokoll, kallelse, bilaga, arsredovisning, annat.
    @Field(key: "document_kind") public var documentKind: String
    @OptionalField(key: "body_id") public var bodyID: UUID?
    @Field(key: "year") public var year: Int
    @Field(key: "date") public var date: String
    /// `DecisionKind` raw values between spaces (" approval filed "), for a LIKE filter.
    @Field(key: "decision_kinds") public var decisionKinds: String
    @Field(key: "is_public") public var isPublic: Bool
    @Field(key: "is_imported") public var isImported: Bool
    @Field(key: "title") public var title: String
    @Field(key: "text") public var text: String
    @Field(key: "link") public var link: String
    /// What the full-text index reads: stemmed terms on SQLite, folded text on PostgreSQL.
    @Field(key: "search_text") public var searchText: String
    /// The entry's row in SQLite's FTS5 table.
    @Field(key: "fts_rowid") public var ftsRowID: Int64
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}
}
