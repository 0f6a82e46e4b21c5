import FluentKit
import FluentPostgresDriver
import Foundation
import SQLKit

/// A read made on nearly every request (the session's context, the register's list). On
/// PostgreSQL it is a named prepared statement, so each connection parses and plans it once
/// instead of on every request, which cost a third of the server's CPU (issue 17); on SQLite it
/// is an ordinary query. One SQL text serves both: it writes `$1`, `$2`… for its values.
public protocol PreparedRead {
    static var sql: String { get }
}

/// A value bound to a `PreparedRead`; the types its queries compare with.
public enum PreparedValue: Sendable {
    case text(String)
    case uuid(UUID)
}

extension PreparedRead {
    public static func rows(_ values: [PreparedValue], on database: any Database) async throws -> [any SQLRow] {
        if let postgres = database as? any PostgresDatabase {
            let statement = PostgresStatement<Self>(values: values)
            let logger = database.logger
            return try await postgres.withConnection { connection in
                connection.eventLoop.makeFutureWithTask {
                    var rows: [any SQLRow] = []
                    for try await row in try await connection.execute(statement, logger: logger) {
                        rows.append(row.sql())
                    }
                    return rows
                }
            }.get()
        }
        guard let sql = database as? any SQLDatabase else { return [] }
        return try await sql.raw(query(values)).all()
    }

    /// The SQL with each `$n` replaced by the n-th value as SQLKit binds it.
    static func query(_ values: [PreparedValue]) -> SQLQueryString {
        var query = SQLQueryString("")
        var rest = Substring(sql)
        while let dollar = rest.firstIndex(of: "$") {
            let digits = rest[rest.index(after: dollar)...].prefix(while: \.isNumber)
            query += "\(unsafeRaw: String(rest[..<dollar]))"
            guard let number = Int(digits), values.indices.contains(number - 1) else {
                preconditionFailure("\(Self.self): $\(digits) names no value")
            }
            switch values[number - 1] {
            case .text(let text): query += "\(bind: text)"
            case .uuid(let uuid): query += "\(bind: uuid)"
            }
            rest = rest[digits.endIndex...]
        }
        query += "\(unsafeRaw: String(rest))"
        return query
    }
}

private struct PostgresStatement<Read: PreparedRead>: PostgresPreparedStatement {
    typealias Row = PostgresRow

    static var name: String { "samordna_\(Read.self)" }
    static var sql: String { Read.sql }

    let values: [PreparedValue]

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .text(let text): bindings.append(text)
            case .uuid(let uuid): bindings.append(uuid)
            }
        }
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}
