import Domain
import Fluent
import Persistence
import SQLKit
import Vapor

/// A signature is confirmed with the signer's password, guarded by the same throttle as the
/// login: after five wrong passwords the form waits, whatever the password (issue 13).
enum SigningPassword {
    enum Check {
        case verified
        /// The problem to show on the form's `password` field, and the answer's status.
        case refused(FieldIssue, HTTPStatus)
    }

    static func check(_ values: [String: String], user: User, on request: Request) async throws -> Check {
        let password = values["password"] ?? ""
        guard !password.isEmpty else { return .refused(FieldIssue("password", .required), .unprocessableEntity) }
        switch try await LoginThrottle(request.application.settings).verify(password, of: user, username: user.username, on: request) {
        case .verified: return .verified
        case .wrong: return .refused(FieldIssue("password", .mismatch), .unprocessableEntity)
        case .blocked(let minutes): return .refused(FieldIssue("password", .tooManyAttempts(minutes: minutes)), .tooManyRequests)
        }
    }
}

/// Locks one row for the rest of a transaction, and says whether it still is as expected. The
/// lock is an UPDATE of its `updated_at`: PostgreSQL holds the row until the transaction ends
/// (a second signer waits, then reads the first one's signature), and SQLite's first write in a
/// transaction takes the database's write lock, which the busy timeout waits for.
enum RowLock {
    static func claim(_ table: String, id: UUID, where conditions: [(String, String)] = [], on database: any Database) async throws -> Bool {
        guard let sql = database as? any SQLDatabase else { return false }
        var update = sql.update(table).set("updated_at", to: Date()).where("id", .equal, id)
        for (column, value) in conditions { update = update.where(column, .equal, value) }
        return try await !update.returning("id").all().isEmpty
    }
}
