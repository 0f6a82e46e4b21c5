import Fluent
import Foundation
import Persistence
import Vapor

/// Sessions in the database, so any app server can serve any request. Unlike Fluent's own
/// driver it writes only when the data changed or the expiry needs extending, so reading a
/// page costs one query, not two; it stores only a hash of the cookie token; and it never writes
/// a session without data, so an anonymous visitor (or a made-up cookie) leaves no row behind.
struct DatabaseSessions: AsyncSessionDriver {
    static let lifetime: TimeInterval = 12 * 60 * 60
    /// Extend the expiry at most about once an hour of activity.
    static let refreshAfter: TimeInterval = 60 * 60

    private struct Loaded: StorageKey {
        typealias Value = (hash: String, data: SessionData, expiresAt: Date)
    }

    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        let token = SecretToken.generate()
        guard !data.snapshot.isEmpty else { return SessionID(string: token) }
        let record = BrowserSession(tokenHash: Self.hash(token), data: try Self.encode(data),
                                    expiresAt: Date().addingTimeInterval(Self.lifetime), userID: Self.user(in: data))
        try await record.create(on: request.db)
        return SessionID(string: token)
    }

    /// Reads the session together with the rest of the request's context (`SessionContext`).
    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        let hash = Self.hash(sessionID.string)
        guard let context = try await SessionContext.load(tokenHash: hash, slug: request.parameters.get("slug"), on: request.db),
              context.expiresAt > Date() else { return nil }
        let data = try JSONDecoder().decode(SessionData.self, from: Data(context.data.utf8))
        request.storage[Loaded.self] = (hash, data, context.expiresAt)
        request.sessionContext = context
        return data
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        let hash = Self.hash(sessionID.string)
        let now = Date()
        if let loaded = request.storage[Loaded.self], loaded.hash == hash, loaded.data == data,
           loaded.expiresAt.timeIntervalSince(now) > Self.lifetime - Self.refreshAfter {
            return sessionID
        }
        let encoded = try Self.encode(data)
        let updated = try await BrowserSession.query(on: request.db).filter(\.$tokenHash == hash).first()
        guard let updated else { return try await createSession(data, for: request) }
        updated.data = encoded
        updated.userID = Self.user(in: data)
        updated.expiresAt = now.addingTimeInterval(Self.lifetime)
        try await updated.save(on: request.db)
        return sessionID
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        try await BrowserSession.query(on: request.db).filter(\.$tokenHash == Self.hash(sessionID.string)).delete()
    }

    static func hash(_ token: String) -> String {
        SecretToken.hash(token)
    }

    static func user(in data: SessionData) -> UUID? {
        data[SessionKey.user].flatMap(UUID.init(uuidString:))
    }

    /// After a new password: every session of the user ends but the one given (the browser that
    /// changed it), on every app server, since sessions live in the database.
    static func endSessions(of userID: UUID, except keptToken: String?, on database: any Database) async throws {
        var query = BrowserSession.query(on: database).filter(\.$userID == userID)
        if let keptToken { query = query.filter(\.$tokenHash != hash(keptToken)) }
        try await query.delete()
    }

    static func encode(_ data: SessionData) throws -> String {
        String(decoding: try JSONEncoder().encode(data), as: UTF8.self)
    }
}
