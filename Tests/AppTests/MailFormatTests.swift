import Foundation
import Testing
@testable import App

@Suite struct MailFormatTests {
    @Test func longSwedishHeadersBecomeShortEncodedWords() {
        let subject = String(repeating: "Kallelse till sammanträde med beredningsgruppen ", count: 3)
        let encoded = MailFormat.encodedWord(subject)
        let words = encoded.components(separatedBy: "\r\n ")
        #expect(words.count > 1)
        #expect(words.allSatisfy { $0.count <= 75 && $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") })
        let decoded = words.map { word -> String in
            let base64 = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
            return String(decoding: Data(base64Encoded: String(base64)) ?? Data(), as: UTF8.self)
        }.joined()
        #expect(decoded == subject)
        #expect(MailFormat.encodedWord("Kallelse: Styrelsen") == "Kallelse: Styrelsen")
    }

    @Test func linesStartingWithADotAreStuffed() {
        #expect(MailFormat.dotStuffed("a\r\n.b\r\n..\r\nc") == "a\r\n..b\r\n...\r\nc")
    }

    @Test func retriesBackOffUpToSixHours() {
        #expect(Outbox.backoff(afterAttempt: 1) == 60)
        #expect(Outbox.backoff(afterAttempt: 3) == 240)
        #expect(Outbox.backoff(afterAttempt: 20) == 6 * 3600)
    }
}
