import Foundation
import NIOCore
import NIOPosix

/// Where mail goes. Plain SMTP to a relay the association controls (a local Postfix, the
/// municipality's relay); the relay handles TLS onward. Optional AUTH PLAIN for relays that want it.
struct SMTPSettings: Sendable {
    var host: String
    var port: Int
    var from: String
    var fromName: String
    var username: String?
    var password: String?
    var timeoutSeconds: Int64 = 30
}

struct SMTPFailure: Error, CustomStringConvertible {
    let description: String
    /// 5xx replies will not succeed on retry (unknown recipient, refused sender).
    let isPermanent: Bool
}

/// A minimal SMTP client (RFC 5321) on SwiftNIO: one connection per message, each command waits
/// for its reply, so a failure names the step where the server refused.
enum SMTPClient {
    static func send(_ message: MailMessage, with settings: SMTPSettings, group: any EventLoopGroup) async throws {
        let channel = try await ClientBootstrap(group: group)
            .connectTimeout(.seconds(settings.timeoutSeconds))
            .connect(host: settings.host, port: settings.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        try await channel.executeThenClose { inbound, outbound in
            var session = Session(inbound: inbound.makeAsyncIterator(), outbound: outbound)
            try await session.expect(220, after: "connect")
            try await session.command("EHLO samordna", expect: 250)
            if let username = settings.username, let password = settings.password {
                let token = Data("\0\(username)\0\(password)".utf8).base64EncodedString()
                try await session.command("AUTH PLAIN \(token)", expect: 235, shown: "AUTH PLAIN")
            }
            try await session.command("MAIL FROM:<\(settings.from)>", expect: 250)
            try await session.command("RCPT TO:<\(message.to)>", expect: 250, alsoAccept: 251)
            try await session.command("DATA", expect: 354)
            try await session.write(MailFormat.dotStuffed(MailFormat.render(message, from: settings.from, fromName: settings.fromName)) + "\r\n.\r\n")
            try await session.expect(250, after: "DATA")
            try? await session.command("QUIT", expect: 221)
        }
    }

    private struct Session {
        var inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
        let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
        var pending = ""

        mutating func write(_ text: String) async throws {
            try await outbound.write(ByteBuffer(string: text))
        }

        mutating func command(_ line: String, expect code: Int, alsoAccept other: Int? = nil, shown: String? = nil) async throws {
            try await write(line + "\r\n")
            try await expect(code, alsoAccept: other, after: shown ?? line)
        }

        /// Reads one reply (possibly multi-line: "250-…" lines end with a "250 …" line).
        mutating func expect(_ code: Int, alsoAccept other: Int? = nil, after step: String) async throws {
            var lines: [String] = []
            while true {
                let line = try await readLine(step)
                lines.append(line)
                if line.count < 4 || line[line.index(line.startIndex, offsetBy: 3)] != "-" { break }
            }
            let last = lines.last ?? ""
            let received = Int(last.prefix(3)) ?? 0
            guard received == code || received == other else {
                throw SMTPFailure(description: "SMTP server answered \"\(last)\" to \(step)", isPermanent: (500...599).contains(received))
            }
        }

        private mutating func readLine(_ step: String) async throws -> String {
            while true {
                if let range = pending.range(of: "\r\n") {
                    let line = String(pending[..<range.lowerBound])
                    pending.removeSubrange(..<range.upperBound)
                    return line
                }
                guard let buffer = try await inbound.next() else {
                    throw SMTPFailure(description: "SMTP server closed the connection during \(step)", isPermanent: false)
                }
                pending += String(buffer: buffer)
            }
        }
    }
}
