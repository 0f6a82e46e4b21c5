import Foundation

/// A real SMTP server for tests: aiosmtpd (from PyPI, installed by scripts/install-deps) writing
/// every message it accepts to a maildir, which the test then reads.
final class SMTPSink {
    let port: Int
    let directory: URL
    private let process: Process

    /// Starts on the given port, or a free one. With `tls` (a certificate and key in PEM files) it
    /// is `smtp_tls_sink.py`: STARTTLS and a login are required before it takes any mail.
    init(port: Int? = nil, tls: (certificate: String, key: String)? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("samordna-smtp-\(UUID().uuidString)")
        let port = try port ?? Self.freePort()
        self.port = port
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        if let tls {
            let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("smtp_tls_sink.py").path
            process.arguments = ["python3", script, String(port), directory.path, tls.certificate, tls.key]
        } else {
            process.arguments = ["python3", "-m", "aiosmtpd", "-n", "-l", "127.0.0.1:\(port)", "-c", "aiosmtpd.handlers.Mailbox", directory.path]
        }
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        for _ in 0..<100 where !Self.isListening(port) {
            Thread.sleep(forTimeInterval: 0.1)
        }
        guard Self.isListening(port) else {
            stop()
            throw SinkError(description: "aiosmtpd did not start on port \(port); is it installed (scripts/install-deps)?")
        }
    }

    func stop() {
        // aiosmtpd keeps running on SIGTERM while its loop is idle, so it is killed outright.
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Every message received: its raw headers and its decoded text (the first base64 part).
    func messages() -> [(headers: String, text: String)] {
        let folder = directory.appendingPathComponent("new")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return files.compactMap { try? String(contentsOf: $0, encoding: .utf8) }.map { raw in
            let normalized = raw.replacingOccurrences(of: "\r\n", with: "\n")
            let parts = normalized.components(separatedBy: "\n\n")
            let headers = parts.first ?? ""
            let isMultipart = headers.contains("multipart/")
            let encoded = isMultipart ? (parts.count > 2 ? parts[2].components(separatedBy: "\n--").first ?? "" : "") : (parts.count > 1 ? parts[1] : "")
            let data = Data(base64Encoded: encoded.filter { !$0.isWhitespace }) ?? Data()
            return (headers, String(decoding: data, as: UTF8.self))
        }
    }

    struct SinkError: Error, CustomStringConvertible {
        let description: String
    }

    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func isListening(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}
