import Fluent
import SQLKit

extension SchemaBuilder {
    /// Every table carries its creation and last-change time (dual-database rule 1).
    func timestamps() -> Self {
        field("created_at", .datetime).field("updated_at", .datetime)
    }

    /// Every tenant record belongs to one association.
    func belongsToOrganisation() -> Self {
        field("organisation_id", .uuid, .required, .references("organisations", "id"))
    }
}

extension Database {
    /// Creates an index through SQLKit so it is written the same way on SQLite and PostgreSQL.
    func createIndex(on table: String, _ columns: String..., unique: Bool = false) async throws {
        guard let sql = self as? any SQLDatabase else { return }
        var builder = sql.create(index: "\(table)_\(columns.joined(separator: "_"))_idx").on(table)
        if unique { builder = builder.unique() }
        for column in columns { builder = builder.column(column) }
        try await builder.run()
    }

    func dropIndex(on table: String, _ columns: String...) async throws {
        guard let sql = self as? any SQLDatabase else { return }
        try await sql.drop(index: "\(table)_\(columns.joined(separator: "_"))_idx").run()
    }
}
