import Fluent
import SQLKit

/// Issue 17, item 2: the count of changes that app servers read to know when the public pages they
/// keep in memory are out of date (`PublicChanges`), with its trigger on every table that exists
/// now. A later migration that creates a table calls `PublicChanges.watch` for it.
struct M0036_CountPublicChanges: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE TABLE \(ident: PublicChanges.table) (id INTEGER PRIMARY KEY, generation BIGINT NOT NULL)").run()
        try await sql.raw("INSERT INTO \(ident: PublicChanges.table) (id, generation) VALUES (1, 0)").run()
        if sql.dialect.name != "sqlite" {
            try await sql.raw("""
                CREATE OR REPLACE FUNCTION \(ident: PublicChanges.function)() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN UPDATE \(ident: PublicChanges.table) SET generation = generation + 1 WHERE id = 1; RETURN NULL; END $$
                """).run()
        }
        for table in try await PublicChanges.tableNames(on: sql) {
            try await PublicChanges.watch(table, on: database)
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for table in try await PublicChanges.tableNames(on: sql) where PublicChanges.watches(table) {
            try await PublicChanges.unwatch(table, on: sql)
        }
        if sql.dialect.name != "sqlite" {
            try await sql.raw("DROP FUNCTION IF EXISTS \(ident: PublicChanges.function)()").run()
        }
        try await sql.raw("DROP TABLE \(ident: PublicChanges.table)").run()
    }
}
