import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation

/// Where the data lives. `DATABASE_URL` chooses: absent → the SQLite file `./samordna.sqlite`;
/// `postgres://…` or `postgresql://…` → PostgreSQL; `sqlite:PATH` → another SQLite file.
public enum DatabaseLocation: Equatable, Sendable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    public static let defaultSQLitePath = "samordna.sqlite"

    public struct UnsupportedURL: Error, CustomStringConvertible {
        public let url: String
        public var description: String {
            "DATABASE_URL must start with postgres://, postgresql:// or sqlite: (got \"\(url.prefix(20))…\")"
        }
    }

    public static func from(url: String?) throws -> DatabaseLocation {
        guard let url = url?.trimmingCharacters(in: .whitespaces), !url.isEmpty else {
            return .sqlite(path: defaultSQLitePath)
        }
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            return .postgres(url: url)
        }
        if url.hasPrefix("sqlite://") { return .sqlite(path: String(url.dropFirst("sqlite://".count))) }
        if url.hasPrefix("sqlite:") { return .sqlite(path: String(url.dropFirst("sqlite:".count))) }
        throw UnsupportedURL(url: url)
    }

    public var isSQLite: Bool {
        if case .sqlite = self { return true }
        return false
    }

    /// Names the database without revealing a password.
    public var description: String {
        switch self {
        case .sqlite(let path): return "SQLite \(path)"
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "PostgreSQL" }
            components.password = components.password == nil ? nil : "***"
            return "PostgreSQL \(components.string ?? "")"
        }
    }

    public func factory(maxConnections: Int = 8) throws -> DatabaseConfigurationFactory {
        switch self {
        case .sqlite(let path):
            return .sqlite(.file(path), sqlLogLevel: .debug)
        case .postgres(let url):
            return try .postgres(url: url, maxConnectionsPerEventLoop: maxConnections, sqlLogLevel: .debug)
        }
    }

    public var id: DatabaseID {
        isSQLite ? .sqlite : .psql
    }
}
