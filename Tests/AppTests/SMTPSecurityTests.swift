import Fluent
import Foundation
import Persistence
import Testing
import Vapor
@testable import App

/// Issue 13, item 12: a relay that stalls cannot hold the outbox; credentials travel only inside
/// STARTTLS with a checked certificate; an address cannot carry a second command.
@Suite(.serialized) struct SMTPSecurityTests {
    static let message = MailMessage(to: "ledamot@bjorkadalen.example", toName: "Ledamot", subject: "Kallelse", text: "Hej",
                                     messageID: "test@samordna", date: Date(timeIntervalSince1970: 0))

    /// A self-signed certificate for `localhost`, made with openssl (scripts/install-deps).
    static func certificate(in directory: URL) throws -> (certificate: String, key: String) {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let certificate = directory.appendingPathComponent("cert.pem").path, key = directory.appendingPathComponent("key.pem").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate, "-days", "2",
                             "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "openssl made the certificate")
        return (certificate, key)
    }

    @Test func aRelayThatStallsIsGivenUpWithinTheTimeout() async throws {
        // A port that accepts connections (the kernel completes them) but never says a word.
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        listen(fd, 8)
        var settings = SMTPSettings(host: "127.0.0.1", port: Int(UInt16(bigEndian: address.sin_port)), from: "kansli@bjorkadalen.example",
                                    fromName: "Kansliet")
        settings.timeoutSeconds = 1
        let start = ContinuousClock.now
        do {
            try await SMTPClient.send(Self.message, with: settings, group: MultiThreadedEventLoopGroup.singleton)
            Issue.record("a silent relay cannot accept mail")
        } catch let failure as SMTPFailure {
            #expect(failure.description.contains("did not answer within 1 s") && !failure.isPermanent)
        }
        #expect(ContinuousClock.now - start < .seconds(60), "a silent relay used to hold the outbox for ever")
    }

    @Test func credentialsAreSentOnlyInsideStartTLS() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("samordna-tls-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let tls = try Self.certificate(in: directory)
        let sink = try SMTPSink(tls: tls)
        defer { sink.stop() }
        var settings = SMTPSettings(host: "localhost", port: sink.port, from: "kansli@bjorkadalen.example", fromName: "Kansliet",
                                    username: "samordna", password: "hemligt-lösenord", caFile: tls.certificate)
        #expect(settings.security == .startTLS, "credentials mean STARTTLS")
        try await SMTPClient.send(Self.message, with: settings, group: MultiThreadedEventLoopGroup.singleton)
        #expect(sink.messages().count == 1)

        settings.caFile = nil
        await #expect(throws: (any Error).self, "a certificate nobody vouches for is refused") {
            try await SMTPClient.send(Self.message, with: settings, group: MultiThreadedEventLoopGroup.singleton)
        }
        let plain = try SMTPSink()
        defer { plain.stop() }
        let noTLS = SMTPSettings(host: "127.0.0.1", port: plain.port, from: "kansli@bjorkadalen.example", fromName: "Kansliet",
                                 username: "samordna", password: "hemligt-lösenord")
        do {
            try await SMTPClient.send(Self.message, with: noTLS, group: MultiThreadedEventLoopGroup.singleton)
            Issue.record("a relay without STARTTLS never sees the password")
        } catch let failure as SMTPFailure {
            #expect(failure.description.contains("does not offer STARTTLS"))
        }
        #expect(plain.messages().isEmpty && sink.messages().count == 1)
    }

    @Test func anAddressWithALineBreakIsRefusedBeforeConnecting() async throws {
        var message = Self.message
        message.to = "ledamot@bjorkadalen.example>\r\nRCPT TO:<evil@example.com"
        let settings = SMTPSettings(host: "127.0.0.1", port: 9, from: "kansli@bjorkadalen.example", fromName: "Kansliet")
        do {
            try await SMTPClient.send(message, with: settings, group: MultiThreadedEventLoopGroup.singleton)
            Issue.record("refused")
        } catch let failure as SMTPFailure {
            #expect(failure.isPermanent && failure.description.contains("not a valid e-mail address"))
        }
    }

    @Test func theSettingsRefuseAPasswordInClear() {
        let base = ["SAMORDNA_SMTP_HOST": "relay.example", "SAMORDNA_SMTP_FROM": "kansli@example.se", "SAMORDNA_SMTP_USERNAME": "u",
                    "SAMORDNA_SMTP_PASSWORD": "p"]
        #expect(throws: AppSettings.Invalid.self) { try AppSettings.fromEnvironment(base.merging(["SAMORDNA_SMTP_TLS": "none"]) { $1 }) }
        #expect(throws: AppSettings.Invalid.self) { try AppSettings.fromEnvironment(base.merging(["SAMORDNA_SMTP_FROM": "a@b.se\r\nX"]) { $1 }) }
        #expect((try? AppSettings.fromEnvironment(base))?.smtp?.security == .startTLS)
    }
}
