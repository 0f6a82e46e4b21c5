import Domain
import Foundation
import Testing
import Views
@testable import App

/// Issue 13, item 9: text from the register cannot break out of the formats it is written into.
/// Each encoder works on Unicode scalars: "\r\n" is one Swift Character and slips past a check
/// for "\n" or "\r".
@Suite struct InjectionTests {
    @Test func aPlaceCannotAddAPropertyToTheCalendar() {
        let event = ICalendar.Event(uid: "x@samordna", sequence: 0, stamp: Date(timeIntervalSince1970: 0),
                                    date: CivilDate(iso: "2026-06-18")!, start: ClockTime(text: "13:00")!, end: nil,
                                    summary: "Sammanträde\rBEGIN:VALARM", location: "Kansliet\r\nBEGIN:VALARM\r\nTRIGGER:-PT5M",
                                    description: "Rad ett\nrad två\u{0}", url: nil, cancelled: false)
        let text = ICalendar.render(name: "Test\r\nX-EVIL:1", events: [event])
        let lines = text.components(separatedBy: "\r\n")
        #expect(!lines.contains { $0.hasPrefix("BEGIN:VALARM") || $0.hasPrefix("TRIGGER") || $0.hasPrefix("X-EVIL") })
        #expect(text.contains("LOCATION:Kansliet\\nBEGIN:VALARM\\nTRIGGER:-PT5M\r\n"))
        #expect(text.contains("SUMMARY:Sammanträde\\nBEGIN:VALARM\r\n"))
        #expect(text.contains("DESCRIPTION:Rad ett\\nrad två\r\n"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\r" && $0 != "\n" })
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").unicodeScalars.contains { $0 == "\r" || $0 == "\n" })
    }

    @Test func aNameOrSubjectCannotAddAMailHeader() {
        let message = MailMessage(to: "ledamot@example.se", toName: "Anna\rBcc: evil@example.com", subject: "Kallelse\r\nBcc: evil@example.com",
                                  text: "Hej", messageID: "1@samordna", date: Date(timeIntervalSince1970: 0))
        let rendered = MailFormat.render(message, from: "kansli@example.se", fromName: "Kansliet\nX-Evil: 1")
        let head = rendered.components(separatedBy: "\r\n\r\n")[0]
        let headers = head.components(separatedBy: "\r\n")
        #expect(!headers.contains { $0.hasPrefix("Bcc") || $0.hasPrefix("X-Evil") })
        #expect(!head.replacingOccurrences(of: "\r\n", with: "").unicodeScalars.contains { $0 == "\r" || $0 == "\n" })
        #expect(MailFormat.parameterValue("kallelse\"\r\nX: 1.pdf") == "kallelse___X: 1.pdf")
    }

    @Test func aSpreadsheetCellIsNeverAFormula() {
        #expect(CSVField.encode("=HYPERLINK(\"http://evil\")") == "\"'=HYPERLINK(\"\"http://evil\"\")\"")
        for dangerous in ["+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            #expect(CSVField.encode(dangerous).hasPrefix("'") || CSVField.encode(dangerous).hasPrefix("\"'"), "\(dangerous.debugDescription)")
        }
        #expect(CSVField.encode("Umeå kommun") == "Umeå kommun")
        #expect(CSVField.encode("A;B") == "\"A;B\"")
        #expect(CSVField.encode("1234") == "1234")
    }
}
