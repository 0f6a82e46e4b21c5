import Fluent
import SQLKit

/// One number the database raises with every committed write that can change a public page, so
/// that each app server can tell, by reading it, that the pages it keeps in memory are out of
/// date — whoever wrote: another app server, a command-line import or a raw statement. Triggers
/// raise it (per statement on PostgreSQL, per row on SQLite, which has no statement triggers), so
/// the new value becomes visible in the same commit as the change it counts.
public enum PublicChanges {
    public static let table = "public_changes"
    static let function = "count_public_change"

    /// Tables whose writes never show on a public page: sessions and login throttling (written by
    /// every login), the mail queue, the audit log (always written beside a real change), the
    /// search index (searches are never kept), upload progress and the migrations' own records.
    public static let unwatched: Set<String> = [
        table, "_fluent_migrations", "sessions", "login_attempts", "password_links", "outbox_messages",
        "audit_entries", "archive_uploads", "search_entries",
    ]

    /// Whether writes to `table` count. FTS5's table and its shadow tables cannot carry triggers.
    public static func watches(_ table: String) -> Bool {
        !unwatched.contains(table) && !table.hasPrefix("search_fts") && !table.hasPrefix("sqlite_")
    }

    /// The current count; 0 before the migration that creates it has run.
    public static func count(on database: any Database) async throws -> Int64 {
        guard let sql = database as? any SQLDatabase else { return 0 }
        let row = try await sql.raw("SELECT generation FROM \(ident: table) WHERE id = 1").first()
        return try row?.decode(column: "generation", as: Int64.self) ?? 0
    }

    /// Every table of the schema with whether its writes are counted, for the test that keeps a
    /// later migration from adding a table without its trigger.
    public static func tablesWithoutTrigger(on database: any Database) async throws -> [String] {
        guard let sql = database as? any SQLDatabase else { return [] }
        let tables = try await tableNames(on: sql)
        let triggered: Set<String>
        if sql.dialect.name == "sqlite" {
            triggered = Set(try await sql.raw("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_counts_changes_%'").all()
                .map { try $0.decode(column: "tbl_name", as: String.self) })
        } else {
            triggered = Set(try await sql.raw("""
                SELECT event_object_table FROM information_schema.triggers
                WHERE trigger_schema = current_schema() AND trigger_name LIKE '%_counts_changes'
                """).all().map { try $0.decode(column: "event_object_table", as: String.self) })
        }
        return tables.filter { watches($0) && !triggered.contains($0) }.sorted()
    }

    static func tableNames(on sql: any SQLDatabase) async throws -> [String] {
        if sql.dialect.name == "sqlite" {
            return try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table'").all()
                .map { try $0.decode(column: "name", as: String.self) }
        }
        return try await sql.raw("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").all()
            .map { try $0.decode(column: "tablename", as: String.self) }
    }

    /// Makes writes to `table` raise the count. A migration that creates a table calls this.
    public static func watch(_ table: String, on database: any Database) async throws {
        guard watches(table), let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "sqlite" {
            for event in ["INSERT", "UPDATE", "DELETE"] {
                try await sql.raw("""
                    CREATE TRIGGER IF NOT EXISTS \(ident: "\(table)_counts_changes_\(event.lowercased())") AFTER \(unsafeRaw: event) ON \(ident: table)
                    BEGIN UPDATE \(ident: Self.table) SET generation = generation + 1 WHERE id = 1; END
                    """).run()
            }
        } else {
            try await sql.raw("""
                CREATE OR REPLACE TRIGGER \(ident: "\(table)_counts_changes") AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \(ident: table)
                FOR EACH STATEMENT EXECUTE FUNCTION \(ident: function)()
                """).run()
        }
    }

    static func unwatch(_ table: String, on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "sqlite" {
            for event in ["insert", "update", "delete"] {
                try await sql.raw("DROP TRIGGER IF EXISTS \(ident: "\(table)_counts_changes_\(event)")").run()
            }
        } else {
            try await sql.raw("DROP TRIGGER IF EXISTS \(ident: "\(table)_counts_changes") ON \(ident: table)").run()
        }
    }
}
