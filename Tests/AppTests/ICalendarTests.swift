import Domain
import Foundation
import Testing
@testable import Views

@Suite struct ICalendarTests {
    @Test func foldsLongLinesWithoutSplittingCharactersAndEscapesText() {
        let long = String(repeating: "å", count: 60)
        let folded = ICalendar.fold("SUMMARY:" + long)
        let lines = folded.components(separatedBy: "\r\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines[1].hasPrefix(" "))
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == "SUMMARY:" + long)
        #expect(ICalendar.escape("Sal 1, plan 2; hus A\nnära") == "Sal 1\\, plan 2\\; hus A\\nnära")
    }

    @Test func rendersACancelledEventInLocalTime() {
        let event = ICalendar.Event(uid: "x@samordna", sequence: 2, stamp: Date(timeIntervalSince1970: 0),
                                    date: CivilDate(iso: "2026-06-18")!, start: ClockTime(text: "13:00")!, end: nil,
                                    summary: "Sammanträde", location: "Kansliet", description: nil, url: nil, cancelled: true)
        let text = ICalendar.render(name: "Test", events: [event])
        #expect(text.contains("DTSTART;TZID=Europe/Stockholm:20260618T130000\r\n"))
        #expect(text.contains("DTSTAMP:19700101T000000Z\r\n"))
        #expect(text.contains("STATUS:CANCELLED\r\nEND:VEVENT"))
        #expect(!text.contains("DTEND"))
    }
}
