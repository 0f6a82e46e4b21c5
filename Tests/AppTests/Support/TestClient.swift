import Foundation
import Testing
import Vapor
import VaporTesting

/// A browser stand-in: keeps the session cookie, picks up the CSRF token from every page it
/// reads, and sends forms the way a browser does.
final class TestClient: @unchecked Sendable {
    let app: Application
    /// Every cookie the server set and has not expired, by name (the session and, before logging
    /// in, the anonymous CSRF cookie).
    private(set) var cookies: [String: String] = [:]
    private(set) var csrf: String?

    /// The session cookie as a `Cookie` header value.
    var cookie: String? { cookies["samordna-session"].map { "samordna-session=" + $0 } }

    init(_ app: Application) {
        self.app = app
    }

    struct Page {
        let status: HTTPStatus
        let headers: HTTPHeaders
        let body: String
        let bytes: [UInt8]

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

    /// Posts a multipart form with one file, as a browser sends an upload.
    @discardableResult
    func upload(_ path: String, _ form: [String: String], file: (field: String, filename: String, data: [UInt8])?) async throws -> Page {
        try await upload(path, form, files: file.map { [$0] } ?? [])
    }

    /// Posts a multipart form with several files (an input with `multiple` sends each under the same name).
    @discardableResult
    func upload(_ path: String, _ form: [String: String], files: [(field: String, filename: String, data: [UInt8])]) async throws -> Page {
        // The token first, as a browser sends the form's hidden field that comes first.
        var fields = form.sorted { $0.key < $1.key }
        if let csrf { fields.insert(("_csrf", csrf), at: 0) }
        let boundary = "----samordna-test-boundary"
        var body = ByteBuffer()
        for (key, value) in fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n")
        }
        for file in files {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.filename)\"\r\n")
            body.writeString("Content-Type: application/octet-stream\r\n\r\n")
            body.writeBytes(file.data)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await send(.POST, path, buffer: body, headers: headers)
    }

    @discardableResult
    /// Logs in and, like a browser, follows the redirect (which also picks up the new session's token).
    func login(_ username: String, password: String = Fixture.password) async throws -> Page {
        try await get("/logga-in")
        let response = try await post("/logga-in", ["username": username, "password": password])
        if response.status == .seeOther, let location = response.location { try await get(location) }
        return response
    }

    /// Posts a body exactly as given (for bytes a browser would not send), with the form's content type.
    @discardableResult
    func postRaw(_ path: String, body: String) async throws -> Page {
        try await send(.POST, path, body: body)
    }

    private func send(_ method: HTTPMethod, _ path: String, body: String?) async throws -> Page {
        var headers = HTTPHeaders()
        if body != nil { headers.contentType = .urlEncodedForm }
        return try await send(method, path, buffer: body.map { ByteBuffer(string: $0) }, headers: headers)
    }

    private func send(_ method: HTTPMethod, _ path: String, buffer: ByteBuffer?, headers extra: HTTPHeaders) async throws -> Page {
        var headers = extra
        if !cookies.isEmpty { headers.add(name: .cookie, value: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: buffer)
        for value in response.headers[.setCookie] {
            let pair = value.split(separator: ";").first.map(String.init) ?? ""
            guard let equals = pair.firstIndex(of: "=") else { continue }
            let name = String(pair[..<equals])
            cookies[name] = value.contains("Max-Age=0") || value.contains("01 Jan 1970") ? nil : String(pair[pair.index(after: equals)...])
        }
        let text = String(buffer: response.body)
        if let range = text.range(of: #"name="_csrf" value="([0-9a-f]+)""#, options: .regularExpression) {
            csrf = String(text[range].split(separator: "\"")[3])
        }
        return Page(status: response.status, headers: response.headers, body: text, bytes: Array(response.body.readableBytesView))
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
