import Fluent
import Foundation
import Persistence
import Vapor

/// Limits password guesses wherever a password is checked (login, signing a protokoll, changing
/// one's own password): at most `maxFailures` within the window per account (counting only
/// failures since its last success) and per address. While blocked the password is not even
/// checked, so guessing goes nowhere.
struct LoginThrottle {
    let maxFailures: Int
    let windowMinutes: Int

    init(maxFailures: Int, windowMinutes: Int) {
        self.maxFailures = maxFailures
        self.windowMinutes = windowMinutes
    }

    init(_ settings: AppSettings) {
        self.init(maxFailures: settings.loginMaxFailures, windowMinutes: settings.loginWindowMinutes)
    }

    /// Minutes to wait, or nil when a password may be tried.
    func blockedMinutes(username: String, address: String, on database: any Database, now: Date = Date()) async throws -> Int? {
        let since = now.addingTimeInterval(-Double(windowMinutes) * 60)
        let lastSuccess = try await LoginAttempt.query(on: database)
            .filter(\.$username == username).filter(\.$succeeded == true).filter(\.$attemptedAt > since)
            .sort(\.$attemptedAt, .descending).first()?.attemptedAt
        let accountFailures = try await LoginAttempt.query(on: database)
            .filter(\.$username == username).filter(\.$succeeded == false)
            .filter(\.$attemptedAt > max(since, lastSuccess ?? since))
            .sort(\.$attemptedAt, .descending).limit(maxFailures).all()
        let addressFailures = try await LoginAttempt.query(on: database)
            .filter(\.$address == address).filter(\.$succeeded == false).filter(\.$attemptedAt > since)
            .sort(\.$attemptedAt, .descending).limit(maxFailures).all()
        let blocking = [accountFailures, addressFailures].filter { $0.count >= maxFailures }
        guard !blocking.isEmpty else { return nil }
        // Free again when the oldest of the counted failures leaves the window.
        let freeAt = blocking.compactMap { $0.last?.attemptedAt }.max()!.addingTimeInterval(Double(windowMinutes) * 60)
        return max(1, Int((freeAt.timeIntervalSince(now) / 60).rounded(.up)))
    }

    func record(username: String, address: String, succeeded: Bool, on database: any Database) async throws {
        try await LoginAttempt(username: username, address: address, succeeded: succeeded, attemptedAt: Date()).create(on: database)
    }

    enum Outcome {
        case verified
        case wrong
        /// Too many failures: wait this many minutes.
        case blocked(minutes: Int)
    }

    /// Checks a password under the throttle and records the attempt. An unknown account is
    /// checked against a dummy hash, so that it takes as long as a known one.
    func verify(_ password: String, of user: User?, username: String, on request: Request) async throws -> Outcome {
        let address = request.clientAddress
        if let minutes = try await blockedMinutes(username: username, address: address, on: request.db) {
            return .blocked(minutes: minutes)
        }
        let hash = user?.passwordHash ?? request.application.dummyPasswordHash
        let matches = try await request.password.async.verify(password, created: hash)
        let verified = matches && user != nil && !password.isEmpty
        try await record(username: username, address: address, succeeded: verified, on: request.db)
        return verified ? .verified : .wrong
    }
}

extension Application {
    private struct DummyHashKey: StorageKey {
        typealias Value = String
    }

    /// A hash of a random password at the configured cost, checked when a login names an unknown
    /// account so that "no such user" costs as much time as "wrong password".
    var dummyPasswordHash: String {
        get { storage[DummyHashKey.self] ?? "" }
        set { storage[DummyHashKey.self] = newValue }
    }
}
