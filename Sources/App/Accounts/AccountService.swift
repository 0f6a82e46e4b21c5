import Fluent
import Foundation
import Persistence
import SQLKit
import Vapor

/// The work on accounts that the web pages and the command line share: a new password (which
/// ends the user's other sessions) and the one-time links with which users set their own.
enum AccountService {
    static let minimumPasswordLength = 12
    static let invitationDays = 7
    static let resetHours = 24

    /// Saves the new hash and ends every session of the user but `keptSessionToken` (the browser
    /// that made the change), in one transaction.
    static func setPassword(hash: String, for user: User, keepingSession keptSessionToken: String?, on database: any Database) async throws {
        let userID = try user.requireID()
        try await database.transaction { db in
            user.passwordHash = hash
            try await user.save(on: db)
            try await DatabaseSessions.endSessions(of: userID, except: keptSessionToken, on: db)
        }
    }

    /// A new link for the user; earlier unused links stop working. Returns the token, which only
    /// this caller ever sees (the database keeps its hash).
    static func makeLink(for user: User, purpose: PasswordLink.Purpose, createdBy: String, now: Date = Date(),
                         on database: any Database) async throws -> String {
        let token = SecretToken.generate()
        let validity: TimeInterval = purpose == .invitation ? Double(invitationDays) * 86_400 : Double(resetHours) * 3_600
        let userID = try user.requireID()
        try await database.transaction { db in
            try await PasswordLink.query(on: db).filter(\.$user.$id == userID).filter(\.$usedAt == nil).set(\.$usedAt, to: now).update()
            try await PasswordLink(userID: userID, tokenHash: SecretToken.hash(token), purpose: purpose,
                                   expiresAt: now.addingTimeInterval(validity), createdBy: createdBy).create(on: db)
        }
        return token
    }

    /// The unused, unexpired link with this token, with its user.
    static func validLink(_ token: String, now: Date = Date(), on database: any Database) async throws -> PasswordLink? {
        guard !token.isEmpty, token.count <= 100 else { return nil }
        return try await PasswordLink.query(on: database).filter(\.$tokenHash == SecretToken.hash(token)).filter(\.$usedAt == nil)
            .filter(\.$expiresAt > now).with(\.$user).first()
    }

    /// Sets the password chosen through a link and spends the link; the user's sessions end.
    static func use(_ link: PasswordLink, hash: String, now: Date = Date(), on database: any Database) async throws {
        let userID = link.$user.id
        let linkID = try link.requireID()
        try await database.transaction { db in
            // Spent first, in one statement and only if still unspent, so that two submissions cannot both use it.
            guard let sql = db as? any SQLDatabase,
                  try await !sql.update(PasswordLink.schema).set("used_at", to: now).where("id", .equal, linkID)
                      .where("used_at", .is, SQLLiteral.null).returning("id").all().isEmpty else { throw LinkAlreadyUsed() }
            try await PasswordLink.query(on: db).filter(\.$user.$id == userID).filter(\.$usedAt == nil).set(\.$usedAt, to: now).update()
            link.user.passwordHash = hash
            try await link.user.save(on: db)
            try await DatabaseSessions.endSessions(of: userID, except: nil, on: db)
        }
    }

    struct LinkAlreadyUsed: Error {}

    /// An account that cannot log in until its user has chosen a password: the hash of a random
    /// secret nobody knows.
    static func unusablePasswordHash(on request: Request) async throws -> String {
        try await request.password.async.hash(SecretToken.generate())
    }
}
