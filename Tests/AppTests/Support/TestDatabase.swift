import Foundation
import Persistence
import Testing

/// The databases every app test runs on: SQLite always, PostgreSQL when `TEST_DATABASE_URL`
/// points at a server where the tests may create databases (scripts/test starts one).
enum TestDatabase: Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres(adminURL: String)

    static var all: [TestDatabase] {
        var databases: [TestDatabase] = [.sqlite]
        if let url = ProcessInfo.processInfo.environment["TEST_DATABASE_URL"], !url.isEmpty {
            databases.append(.postgres(adminURL: url))
        }
        return databases
    }

    var testDescription: String {
        switch self {
        case .sqlite: "SQLite"
        case .postgres: "PostgreSQL"
        }
    }

    /// A fresh, empty database for one test, and how to remove it afterwards.
    func makeFresh() throws -> (location: DatabaseLocation, cleanUp: @Sendable () -> Void) {
        let name = "samordna_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        switch self {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent(name + ".sqlite").path
            return (.sqlite(path: path), {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            })
        case .postgres(let adminURL):
            try Self.psql(adminURL, "CREATE DATABASE \(name)")
            guard var components = URLComponents(string: adminURL) else { throw Failure(message: "bad TEST_DATABASE_URL") }
            components.path = "/" + name
            return (.postgres(url: components.string!), {
                try? Self.psql(adminURL, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            })
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    static func psql(_ url: String, _ command: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "--quiet", "--no-psqlrc", "-v", "ON_ERROR_STOP=1", "--dbname=\(url)", "-c", command]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(message: "psql failed: \(String(decoding: message, as: UTF8.self))")
        }
    }
}
