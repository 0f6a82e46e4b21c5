import Foundation

/// One e-mail to one recipient, as the outbox stores it.
struct MailMessage: Sendable, Equatable {
    struct Attachment: Sendable, Equatable {
        var filename: String
        var mediaType: String
        var data: Data
    }

    var to: String
    var toName: String?
    var subject: String
    var text: String
    var attachments: [Attachment] = []
    /// Stable across retries so a receiving server can drop a duplicate.
    var messageID: String
    var date: Date
}

/// RFC 5322 / MIME formatting: UTF-8 text in base64, non-ASCII headers as encoded words. Header
/// text never carries a line break of its own (a CR alone included), so a name or subject cannot
/// add a header; addresses are checked before a message is sent (`EmailAddress`).
enum MailFormat {
    static func render(_ message: MailMessage, from: String, fromName: String) -> String {
        var headers = [
            "From: \(encodedWord(fromName)) <\(from)>",
            "To: " + (message.toName.map { "\(encodedWord($0)) <\(message.to)>" } ?? "<\(message.to)>"),
            "Subject: \(encodedWord(message.subject))",
            "Date: \(rfc5322(message.date))",
            "Message-ID: <\(message.messageID)>",
            "MIME-Version: 1.0",
        ]
        let text = base64Lines(Data(message.text.utf8))
        guard !message.attachments.isEmpty else {
            headers += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"]
            return headers.joined(separator: "\r\n") + "\r\n\r\n" + text
        }
        let boundary = "samordna-" + message.messageID.filter { $0.isLetter || $0.isNumber }
        headers.append("Content-Type: multipart/mixed; boundary=\"\(boundary)\"")
        var body = ["--\(boundary)", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "", text]
        for attachment in message.attachments {
            let filename = parameterValue(attachment.filename)
            body += ["--\(boundary)", "Content-Type: \(parameterValue(attachment.mediaType)); name=\"\(filename)\"",
                     "Content-Disposition: attachment; filename=\"\(filename)\"", "Content-Transfer-Encoding: base64", "",
                     base64Lines(attachment.data)]
        }
        body.append("--\(boundary)--")
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + body.joined(separator: "\r\n")
    }

    /// Lines starting with "." get another "." (RFC 5321 4.5.2); base64 never starts with one, headers might.
    static func dotStuffed(_ text: String) -> String {
        text.components(separatedBy: "\r\n").map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n")
    }

    /// Header text as one line: every control character (CR, LF, tab …) becomes a space.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || (0x7f...0x9f).contains($0.value) ? " " : $0 }))
    }

    /// A MIME parameter value inside quotes: printable ASCII without quote or backslash.
    static func parameterValue(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.value < 0x20 || $0.value >= 0x7f || $0 == "\"" || $0 == "\\" ? "_" : $0
        }))
    }

    /// RFC 2047 encoded words of at most 75 characters each, split between characters, folded.
    static func encodedWord(_ raw: String) -> String {
        let text = oneLine(raw)
        guard text.unicodeScalars.contains(where: { !$0.isASCII || $0 == "\"" }) else { return text }
        var chunks: [String] = [""]
        for character in text {
            if chunks[chunks.count - 1].utf8.count + String(character).utf8.count > 45 { chunks.append("") }
            chunks[chunks.count - 1].append(character)
        }
        return chunks.map { "=?UTF-8?B?" + Data($0.utf8).base64EncodedString() + "?=" }.joined(separator: "\r\n ")
    }

    static func base64Lines(_ data: Data) -> String {
        data.base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
    }

    static func rfc5322(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
