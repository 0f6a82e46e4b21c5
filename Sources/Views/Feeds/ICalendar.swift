import Domain
import Foundation

/// An iCalendar (RFC 5545) feed of sammanträden. Times are local Swedish time with a VTIMEZONE for
/// Europe/Stockholm, so that calendar programs place a 09:00 meeting at 09:00 in summer and winter.
public enum ICalendar {
    public struct Event: Sendable {
        public var uid: String
        public var sequence: Int
        public var stamp: Date
        public var date: CivilDate
        public var start: ClockTime
        public var end: ClockTime?
        public var summary: String
        public var location: String
        public var description: String?
        public var url: String?
        public var cancelled: Bool

        public init(uid: String, sequence: Int, stamp: Date, date: CivilDate, start: ClockTime, end: ClockTime?,
                    summary: String, location: String, description: String?, url: String?, cancelled: Bool) {
            self.uid = uid
            self.sequence = sequence
            self.stamp = stamp
            self.date = date
            self.start = start
            self.end = end
            self.summary = summary
            self.location = location
            self.description = description
            self.url = url
            self.cancelled = cancelled
        }
    }

    public static func render(name: String, events: [Event]) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Samordna//Sammanträden//SV", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(name), "X-WR-TIMEZONE:Europe/Stockholm"]
        lines += stockholmZone
        for event in events {
            lines += ["BEGIN:VEVENT", "UID:" + event.uid, "SEQUENCE:\(event.sequence)", "DTSTAMP:" + utc(event.stamp),
                      "DTSTART;TZID=Europe/Stockholm:" + local(event.date, event.start)]
            if let end = event.end { lines.append("DTEND;TZID=Europe/Stockholm:" + local(event.date, end)) }
            lines += ["SUMMARY:" + escape(event.summary), "LOCATION:" + escape(event.location),
                      "STATUS:" + (event.cancelled ? "CANCELLED" : "CONFIRMED")]
            if let description = event.description { lines.append("DESCRIPTION:" + escape(description)) }
            if let url = event.url { lines.append("URL:" + url) }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    private static let stockholmZone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Stockholm",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    /// TEXT values (RFC 5545 3.3.11). Works on Unicode scalars, not Characters: "\r\n" is one
    /// Character and would otherwise pass as it is and start a new property (issue 13). Every line
    /// break (CR LF, CR or LF) becomes the escaped `\n`; other control characters are dropped.
    static func escape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result.append(contentsOf: "\\\\".unicodeScalars)
            case ";": result.append(contentsOf: "\\;".unicodeScalars)
            case ",": result.append(contentsOf: "\\,".unicodeScalars)
            case "\r": result.append(contentsOf: "\\n".unicodeScalars)
            case "\n" where previousWasCR: continue
            case "\n": result.append(contentsOf: "\\n".unicodeScalars)
            case "\t": result.append(scalar)
            case _ where scalar.value < 0x20 || (0x7f...0x9f).contains(scalar.value): continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var parts: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = parts.isEmpty ? 75 : 74
            if octets + size > limit {
                parts.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        parts.append(current)
        return parts.joined(separator: "\r\n ")
    }

    private static func local(_ date: CivilDate, _ time: ClockTime) -> String {
        date.iso.replacingOccurrences(of: "-", with: "") + "T" + time.text.replacingOccurrences(of: ":", with: "") + "00"
    }

    private static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func pad(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
        return String(format: "%04d", c.year ?? 1970) + pad(c.month) + pad(c.day) + "T" + pad(c.hour) + pad(c.minute) + pad(c.second) + "Z"
    }
}
