import Foundation
import Vapor

/// Random tokens that stand for a secret (a session cookie, a CSRF token, a link for setting a
/// password), and the hash under which the database keeps them, so that a copy of the database
/// hands out nothing that works.
enum SecretToken {
    /// 256 random bits from the system's generator, URL-safe.
    static func generate() -> String {
        Data([UInt8].random(count: 32)).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func hash(_ token: String) -> String {
        Array(SHA256.hash(data: Data(token.utf8))).hex
    }
}
