import Domain
import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Where mail goes: an SMTP relay. With credentials the connection is always upgraded with
/// STARTTLS first (the certificate checked against the host name), so a password never crosses
/// the network in clear; without them TLS is used when `security` says so.
struct SMTPSettings: Sendable {
    enum Security: String, Sendable {
        /// Plain SMTP, for a relay on the same host or a trusted network, without credentials.
        case none
        /// STARTTLS is required: a relay that does not offer it is not used.
        case startTLS = "starttls"
    }

    var host: String
    var port: Int
    var from: String
    var fromName: String
    var username: String?
    var password: String?
    var security: Security = .none
    /// A PEM file of certificate authorities trusted besides the system's (a private relay's CA).
    var caFile: String?
    /// The longest wait for the relay: to connect, for each reply, for each write.
    var timeoutSeconds: Int64 = 30

    init(host: String, port: Int, from: String, fromName: String, username: String? = nil, password: String? = nil,
         security: Security? = nil, caFile: String? = nil) {
        self.host = host
        self.port = port
        self.from = from
        self.fromName = fromName
        self.username = username
        self.password = password
        self.security = security ?? (username == nil ? .none : .startTLS)
        self.caFile = caFile
    }
}

struct SMTPFailure: Error, CustomStringConvertible {
    let description: String
    /// 5xx replies will not succeed on retry (unknown recipient, refused sender).
    let isPermanent: Bool
}

/// A minimal SMTP client (RFC 5321, STARTTLS RFC 3207) on SwiftNIO: one connection per message,
/// each command waits for its reply with a time limit, so a failure names the step where the
/// server refused or stalled, and a relay that stops answering cannot hold the outbox.
enum SMTPClient {
    static func send(_ message: MailMessage, with settings: SMTPSettings, group: any EventLoopGroup) async throws {
        for address in [settings.from, message.to] where !EmailAddress.isValid(address) {
            throw SMTPFailure(description: "not a valid e-mail address: \(address.debugDescription)", isPermanent: true)
        }
        if settings.username != nil && settings.security != .startTLS {
            throw SMTPFailure(description: "SMTP credentials are only sent over STARTTLS", isPermanent: false)
        }
        let channel = try await ClientBootstrap(group: group)
            .connectTimeout(.seconds(settings.timeoutSeconds))
            .connect(host: settings.host, port: settings.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let timeout = Duration.seconds(settings.timeoutSeconds)
        try await channel.executeThenClose { inbound, outbound in
            let session = Session(inbound: inbound.makeAsyncIterator(), outbound: outbound, timeout: timeout)
            try await session.expect(220, after: "connect")
            let features = try await session.command("EHLO samordna", expect: 250)
            if settings.security == .startTLS {
                guard features.contains(where: { $0.uppercased().hasPrefix("STARTTLS") }) else {
                    throw SMTPFailure(description: "SMTP server does not offer STARTTLS, which is required", isPermanent: false)
                }
                _ = try await session.command("STARTTLS", expect: 220)
                try await startTLS(on: channel.channel, settings: settings)
                _ = try await session.command("EHLO samordna", expect: 250)
            }
            if let username = settings.username, let password = settings.password {
                let token = Data("\0\(username)\0\(password)".utf8).base64EncodedString()
                _ = try await session.command("AUTH PLAIN \(token)", expect: 235, shown: "AUTH PLAIN")
            }
            _ = try await session.command("MAIL FROM:<\(settings.from)>", expect: 250)
            _ = try await session.command("RCPT TO:<\(message.to)>", expect: 250, alsoAccept: 251)
            _ = try await session.command("DATA", expect: 354)
            try await session.write(MailFormat.dotStuffed(MailFormat.render(message, from: settings.from, fromName: settings.fromName)) + "\r\n.\r\n")
            _ = try await session.expect(250, after: "DATA")
            _ = try? await session.command("QUIT", expect: 221)
        }
    }

    /// Puts TLS in front of everything already in the pipeline; what follows is encrypted.
    private static func startTLS(on channel: any Channel, settings: SMTPSettings) async throws {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let caFile = settings.caFile { configuration.additionalTrustRoots = [.file(caFile)] }
        let context = try NIOSSLContext(configuration: configuration)
        let host = settings.host
        try await channel.eventLoop.submit {
            try channel.pipeline.syncOperations.addHandler(try NIOSSLClientHandler(context: context, serverHostname: host), position: .first)
        }.get()
    }

    /// The conversation; each wait for the server is a child task with a deadline.
    private final class Session: @unchecked Sendable {
        var inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
        let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
        let timeout: Duration
        var pending = ""

        init(inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator, outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>,
             timeout: Duration) {
            self.inbound = inbound
            self.outbound = outbound
            self.timeout = timeout
        }

        func write(_ text: String) async throws {
            try await within("writing") { try await self.outbound.write(ByteBuffer(string: text)) }
        }

        /// Sends a command and returns the reply's lines (after the code).
        func command(_ line: String, expect code: Int, alsoAccept other: Int? = nil, shown: String? = nil) async throws -> [String] {
            try await write(line + "\r\n")
            return try await expect(code, alsoAccept: other, after: shown ?? line)
        }

        /// Reads one reply (possibly multi-line: "250-…" lines end with a "250 …" line).
        @discardableResult
        func expect(_ code: Int, alsoAccept other: Int? = nil, after step: String) async throws -> [String] {
            let lines = try await within(step) { try await self.readReply(step) }
            let last = lines.last ?? ""
            let received = Int(last.prefix(3)) ?? 0
            guard received == code || received == other else {
                throw SMTPFailure(description: "SMTP server answered \"\(last)\" to \(step)", isPermanent: (500...599).contains(received))
            }
            return lines.map { String($0.dropFirst(4)) }
        }

        private func readReply(_ step: String) async throws -> [String] {
            var lines: [String] = []
            while true {
                let line = try await readLine(step)
                lines.append(line)
                if line.count < 4 || line[line.index(line.startIndex, offsetBy: 3)] != "-" { return lines }
            }
        }

        private func readLine(_ step: String) async throws -> String {
            while true {
                if let range = pending.range(of: "\r\n") {
                    let line = String(pending[..<range.lowerBound])
                    pending.removeSubrange(..<range.upperBound)
                    return line
                }
                guard pending.utf8.count < 65_536, let buffer = try await inbound.next() else {
                    throw SMTPFailure(description: "SMTP server closed the connection during \(step)", isPermanent: false)
                }
                pending += String(buffer: buffer)
            }
        }

        /// Runs `operation`, or fails when the server has not answered within the timeout.
        private func within<T: Sendable>(_ step: String, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
            let timeout = self.timeout
            return try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask { try await operation() }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let result = first else {
                    throw SMTPFailure(description: "SMTP server did not answer within \(timeout.components.seconds) s during \(step)",
                                      isPermanent: false)
                }
                return result
            }
        }
    }
}
