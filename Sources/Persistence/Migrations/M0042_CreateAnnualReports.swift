import Fluent

/// Issue 18, item 6: the årsredovisning's own text and employees, and its adoption by the board
/// with digital signatures.
struct M0042_CreateAnnualReports: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("annual_reports")
            .id()
            .belongsToOrganisation()
            .field("year", .int, .required)
            .field("narrative", .string)
            .field("employees", .int)
            .field("status", .string, .required)
            .field("meeting_id", .uuid, .references("meetings", "id"))
            .field("attachment_id", .uuid, .references("attachments", "id"))
            .field("content_sha256", .string)
            .field("figures", .string)
            .field("presented_on", .string)
            .field("adopted_on", .string)
            .timestamps()
            .unique(on: "organisation_id", "year")
            .create()
        try await database.schema("annual_report_signers")
            .id()
            .field("annual_report_id", .uuid, .required, .references("annual_reports", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .unique(on: "annual_report_id", "person_id")
            .create()
        try await database.schema("annual_report_signatures")
            .id()
            .field("annual_report_id", .uuid, .required, .references("annual_reports", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("user_id", .uuid, .references("users", "id"))
            .field("signed_at", .datetime, .required)
            .field("signed_on", .string, .required)
            .field("content_sha256", .string, .required)
            .field("declined", .bool, .required)
            .field("comment", .string)
            .field("created_at", .datetime)
            .create()
        for table in ["annual_reports", "annual_report_signers", "annual_report_signatures"] {
            try await PublicChanges.watch(table, on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("annual_report_signatures").delete()
        try await database.schema("annual_report_signers").delete()
        try await database.schema("annual_reports").delete()
    }
}
