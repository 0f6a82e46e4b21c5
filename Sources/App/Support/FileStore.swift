import Fluent
import Persistence
import Vapor

/// Content-addressed file storage in the database: the same bytes are stored once.
enum FileStore {
    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    static func store(_ data: Data, on database: any Database) async throws -> StoredFile {
        let digest = sha256(data)
        if let existing = try await StoredFile.query(on: database).filter(\.$sha256 == digest).first() { return existing }
        let file = StoredFile(sha256: digest, data: data)
        try await file.create(on: database)
        return file
    }
}
