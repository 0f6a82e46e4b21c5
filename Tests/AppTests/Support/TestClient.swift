import Foundation
import Testing
import Vapor
import VaporTesting

/// A browser stand-in: keeps the session cookie, picks up the CSRF token from every page it
/// reads, and sends forms the way a browser does.
final class TestClient: @unchecked Sendable {
    let app: Application
    private(set) var cookie: String?
    private(set) var csrf: String?

    init(_ app: Application) {
        self.app = app
    }

    struct Page {
        let status: HTTPStatus
        let headers: HTTPHeaders
        let body: String

        var location: String? { headers.first(name: .location) }
    }

    @discardableResult
    func get(_ path: String) async throws -> Page {
        try await send(.GET, path, body: nil)
    }

    /// Posts a form; the CSRF token is added unless `csrf: false`.
    @discardableResult
    func post(_ path: String, _ form: [String: String], csrf includeToken: Bool = true) async throws -> Page {
        var fields = form
        if includeToken, let csrf { fields["_csrf"] = csrf }
        let encoded = fields.map { key, value in
            "\(Self.encode(key))=\(Self.encode(value))"
        }.joined(separator: "&")
        return try await send(.POST, path, body: encoded)
    }

    @discardableResult
    /// Logs in and, like a browser, follows the redirect (which also picks up the new session's token).
    func login(_ username: String, password: String = Fixture.password) async throws -> Page {
        try await get("/logga-in")
        let response = try await post("/logga-in", ["username": username, "password": password])
        if response.status == .seeOther, let location = response.location { try await get(location) }
        return response
    }

    private func send(_ method: HTTPMethod, _ path: String, body: String?) async throws -> Page {
        var headers = HTTPHeaders()
        if let cookie { headers.add(name: .cookie, value: cookie) }
        if body != nil { headers.contentType = .urlEncodedForm }
        let response = try await app.testing().sendRequest(method, path, headers: headers,
                                                           body: body.map { ByteBuffer(string: $0) })
        for value in response.headers[.setCookie] {
            let pair = value.split(separator: ";").first.map(String.init) ?? ""
            if pair.hasPrefix("samordna-session=") {
                cookie = value.contains("Max-Age=0") || value.contains("1970") ? nil : pair
            }
        }
        let text = String(buffer: response.body)
        if let range = text.range(of: #"name="_csrf" value="([0-9a-f]+)""#, options: .regularExpression) {
            csrf = String(text[range].split(separator: "\"")[3])
        }
        return Page(status: response.status, headers: response.headers, body: text)
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
