import Foundation
import Synchronization
import Vapor

/// The application served on a real port, for what only a real connection shows: a body sent
/// slowly or not at all, the peer's address. Requests are written on a plain socket, byte by byte
/// as a client (or an attacker) chooses.
struct LiveServer {
    let app: Application
    let port: Int

    /// Serves `app` on a free port while `body` runs.
    static func run(_ app: Application, _ body: (LiveServer) async throws -> Void) async throws {
        let port = try SMTPSink.freePort()
        try await app.server.start(address: .hostname("127.0.0.1", port: port))
        do {
            try await body(LiveServer(app: app, port: port))
        } catch {
            await app.server.shutdown()
            throw error
        }
        await app.server.shutdown()
    }

    /// An open connection to the server.
    func connect() throws -> RawConnection {
        try RawConnection(port: port)
    }

    /// One request with `Connection: close`; the whole answer.
    /// A request the server refused before reading it (on a busy machine it may reset a fresh
    /// connection) is sent once more: it was never handled, so nothing counts twice.
    func request(_ method: String, _ path: String, headers: [(String, String)] = [], body: [UInt8] = []) async throws -> RawResponse {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.count)\r\n" }
        let bytes = Array((head + "\r\n").utf8) + body
        for attempt in 1...2 {
            let connection = try connect()
            defer { connection.close() }
            do {
                try await connection.send(bytes)
            } catch where attempt == 1 {
                continue
            }
            return RawResponse(try await connection.receive(until: .now + .seconds(120)))
        }
        throw SMTPSink.SinkError(description: "the server closed the connection")
    }
}

/// A TCP connection driven by hand. Its blocking calls run on a thread of their own, so that
/// the server in the same process keeps every thread it needs to answer.
final class RawConnection: Sendable {
    private let fd: Int32
    /// Whether `fd` is still ours. Closing twice would close whatever descriptor the process
    /// (another test, the server's accepted socket) was given the same number meanwhile.
    private let open = Mutex(true)

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw SMTPSink.SinkError(description: "cannot connect to port \(port)") }
    }

    func send(_ bytes: [UInt8]) async throws {
        try await Self.onOwnThread { try self.sendBlocking(bytes) }
    }

    func receive(until deadline: ContinuousClock.Instant) async throws -> [UInt8] {
        try await Self.onOwnThread { try self.receiveBlocking(until: deadline) }
    }

    /// Not a pool's thread: the server needs NIO's thread pool (SQLite, bcrypt) to answer.
    private static func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    private func sendBlocking(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { throw SMTPSink.SinkError(description: "the server closed the connection") }
            offset += written
        }
    }

    /// What arrives before `deadline` or until the server closes; a complete answer (by its
    /// Content-Length) ends the wait early.
    private func receiveBlocking(until deadline: ContinuousClock.Instant) throws -> [UInt8] {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while ContinuousClock.now < deadline {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let left = deadline - ContinuousClock.now
            let milliseconds = Int32(max(1, left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
            guard poll(&poller, 1, min(milliseconds, 200)) >= 0 else { break }
            if poller.revents == 0 {
                if RawResponse(received).isComplete { break }
                continue
            }
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received += buffer[0..<count]
            if RawResponse(received).isComplete { break }
        }
        return received
    }

    func close() {
        guard open.withLock({ was in defer { was = false }; return was }) else { return }
        Glibc.close(fd)
    }

    deinit { close() }
}

/// An HTTP answer as it came over the wire.
struct RawResponse {
    let raw: [UInt8]

    init(_ raw: [UInt8]) {
        self.raw = raw
    }

    private var text: String { String(decoding: raw, as: UTF8.self) }
    private var headEnd: Range<String.Index>? { text.range(of: "\r\n\r\n") }

    /// 0 when nothing (or no status line) arrived.
    var status: Int {
        guard text.hasPrefix("HTTP/1.1 ") else { return 0 }
        return Int(text.dropFirst(9).prefix(3)) ?? 0
    }

    var headers: [(String, String)] {
        guard let headEnd else { return [] }
        return text[..<headEnd.lowerBound].components(separatedBy: "\r\n").dropFirst().compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]).lowercased(), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
    }

    func header(_ name: String) -> [String] { headers.filter { $0.0 == name.lowercased() }.map(\.1) }

    var body: String {
        guard let headEnd else { return "" }
        return String(text[headEnd.upperBound...])
    }

    var isComplete: Bool {
        guard headEnd != nil else { return false }
        guard let length = header("content-length").first.flatMap(Int.init) else { return false }
        return body.utf8.count >= length
    }
}
