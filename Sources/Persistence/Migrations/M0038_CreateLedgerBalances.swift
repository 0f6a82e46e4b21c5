import Fluent

/// Issue 18, item 6: the balance sheet of each import of the bookkeeping (#IB and #UB of the
/// year), from which the annual report's balansräkning and kassaflödesanalys are computed.
struct M0038_CreateLedgerBalances: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("ledger_balances")
            .id()
            .field("ledger_import_id", .uuid, .required, .references("ledger_imports", "id"))
            .field("account", .string, .required)
            .field("account_name", .string, .required)
            .field("opening", .int64, .required)
            .field("closing", .int64, .required)
            .create()
        try await database.createIndex(on: "ledger_balances", "ledger_import_id")
        try await PublicChanges.watch("ledger_balances", on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("ledger_balances").delete()
    }
}
