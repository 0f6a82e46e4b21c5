import Fluent
import Foundation
import Persistence

/// Limits failed logins: at most `maxFailures` within the window per account (counting only
/// failures since its last successful login) and per address. While blocked the password is not
/// even checked, so guessing goes nowhere.
struct LoginThrottle {
    let maxFailures: Int
    let windowMinutes: Int

    /// Minutes to wait, or nil when a login may be tried.
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
}
