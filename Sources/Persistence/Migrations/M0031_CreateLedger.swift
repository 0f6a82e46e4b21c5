import Fluent

/// Issue 15, item 6: utfall from the bookkeeping. Each import of a year's export is kept with its
/// sums per account, project object and month (öre), and the association's rules placing accounts
/// and objects on budget lines.
struct M0031_CreateLedger: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("ledger_imports")
            .id()
            .belongsToOrganisation()
            .field("year", .int, .required)
            .field("first_month", .int, .required)
            .field("last_month", .int, .required)
            .field("source", .string, .required)
            .field("filename", .string, .required)
            .field("sha256", .string, .required)
            .field("status", .string, .required)
            .field("transaction_count", .int, .required)
            .field("closing_equity", .int64)
            .field("imported_by", .string, .required)
            .timestamps()
            .create()
        try await database.schema("ledger_entries")
            .id()
            .field("ledger_import_id", .uuid, .required, .references("ledger_imports", "id"))
            .field("account", .string, .required)
            .field("account_name", .string, .required)
            .field("object", .string)
            .field("month", .int, .required)
            .field("amount", .int64, .required)
            .create()
        try await database.schema("ledger_rules")
            .id()
            .belongsToOrganisation()
            .field("account", .string)
            .field("object", .string)
            .field("section", .string, .required)
            .field("code", .string)
            .field("name", .string, .required)
            .timestamps()
            .create()
        try await database.createIndex(on: "ledger_imports", "organisation_id", "year")
        try await database.createIndex(on: "ledger_entries", "ledger_import_id")
        try await database.createIndex(on: "ledger_rules", "organisation_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("ledger_rules").delete()
        try await database.schema("ledger_entries").delete()
        try await database.schema("ledger_imports").delete()
    }
}
