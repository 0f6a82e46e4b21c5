import Fluent

/// Issue 15, item 5: a B line taken from a pending äskande names it, so that it follows the
/// äskande (rebuilt while the budget is a draft) and is told apart from the kansli's own estimates.
struct M0034_AddFundingRequestToBudgetLines: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("budget_lines").field("funding_request_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("budget_lines").deleteField("funding_request_id").update()
    }
}
