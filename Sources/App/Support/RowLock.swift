import Fluent
import Foundation
import SQLKit

/// Locks one row for the rest of a transaction, and says whether it still is as expected. The
/// lock is an UPDATE of its `updated_at`: PostgreSQL holds the row until the transaction ends
/// (a second signer waits, then reads the first one's signature), and SQLite's first write in a
/// transaction takes the database's write lock, for which the other connection waits (its busy handler retries).
enum RowLock {
    static func claim(_ table: String, id: UUID, where conditions: [(String, String)] = [], on database: any Database) async throws -> Bool {
        guard let sql = database as? any SQLDatabase else { return false }
        var update = sql.update(table).set("updated_at", to: Date()).where("id", .equal, id)
        for (column, value) in conditions { update = update.where(column, .equal, value) }
        return try await !update.returning("id").all().isEmpty
    }

    /// Sets `column` to `value` only where it is still empty, and says whether this call did it:
    /// a reminder claimed so, in the transaction that queues its mail, is sent by one server once.
    static func markOnce(_ table: String, id: UUID, column: String, value: String, on database: any Database) async throws -> Bool {
        guard let sql = database as? any SQLDatabase else { return false }
        return try await !sql.update(table).set(SQLIdentifier(column), to: value).where("id", .equal, id)
            .where(SQLIdentifier(column), .is, SQLLiteral.null).returning("id").all().isEmpty
    }
}
