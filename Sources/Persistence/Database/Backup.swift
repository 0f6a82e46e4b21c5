import FluentKit
import Foundation
import SQLKit

/// Whole-database backup and restore. SQLite: an online, consistent copy with `VACUUM INTO`, and
/// restore by replacing the file (with the server stopped). PostgreSQL: `pg_dump` in its custom
/// format and `pg_restore` in a single transaction, so a failed restore changes nothing.
public enum Backup {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func write(from location: DatabaseLocation, database: any Database, to file: String) async throws {
        guard !FileManager.default.fileExists(atPath: file) else {
            throw Failure(description: "\(file) already exists; choose a new file name so no backup is overwritten")
        }
        switch location {
        case .sqlite:
            guard let sql = database as? any SQLDatabase else { throw Failure(description: "SQLite database not reachable") }
            try await sql.raw("VACUUM INTO \(bind: file)").run()
        case .postgres(let url):
            let (dbname, password) = withoutPassword(url)
            try run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file=\(file)", "--dbname=\(dbname)"],
                    password: password)
        }
    }

    public static func restore(into location: DatabaseLocation, from file: String) throws {
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw Failure(description: "cannot read \(file)")
        }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        switch location {
        case .sqlite(let path):
            guard header.starts(with: Array("SQLite format 3".utf8)) else {
                throw Failure(description: "\(file) is not a SQLite backup (the database is SQLite)")
            }
            try replaceSQLiteFile(at: path, with: file)
        case .postgres(let url):
            guard header.starts(with: Array("PGDMP".utf8)) else {
                throw Failure(description: "\(file) is not a pg_dump custom-format backup (the database is PostgreSQL)")
            }
            let (dbname, password) = withoutPassword(url)
            try run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
                                   "--exit-on-error", "--dbname=\(dbname)", file], password: password)
        }
    }

    /// Copies to a temporary file beside the target and renames it, so the database file is never
    /// half-written; the old journal files are removed since they belong to the old file.
    static func replaceSQLiteFile(at path: String, with backup: String) throws {
        let fm = FileManager.default
        let temporary = path + ".restoring"
        try? fm.removeItem(atPath: temporary)
        try fm.copyItem(atPath: backup, toPath: temporary)
        for suffix in ["-wal", "-shm"] { try? fm.removeItem(atPath: path + suffix) }
        if rename(temporary, path) != 0 {
            throw Failure(description: "could not replace \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// The password goes to the tool through its environment, not its command line, which other
    /// users of the machine can read.
    static func withoutPassword(_ url: String) -> (url: String, password: String?) {
        guard var components = URLComponents(string: url), let password = components.password else { return (url, nil) }
        components.password = nil
        return (components.string ?? url, password.removingPercentEncoding ?? password)
    }

    static func run(_ tool: String, _ arguments: [String], password: String?) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        if let password {
            process.environment = ProcessInfo.processInfo.environment.merging(["PGPASSWORD": password]) { $1 }
        }
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Failure(description: "could not start \(tool): \(error)")
        }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "\(tool) failed (exit \(process.terminationStatus)): \(text)")
        }
    }
}
