/// Small, allocation-light readers for the pieces of old board papers: ISO dates, "08.15-12.00"
/// time ranges, § ranges, and a folded form of a line that matches labels whatever OCR did to
/// å/ä/ö. Written by hand rather than with regular expressions because the importer reads
/// megabytes of text (issue 4 asks for ≥ 5 MB/s).
public enum ArchiveText {
    /// Trimmed, with runs of spaces and tabs made one space.
    public static func collapse(_ text: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            // U+00A0 (no-break space) is C2 A0 in UTF-8.
            if byte == 32 || byte == 9 || (byte == 0xA0 && previous == 0xC2) {
                if byte == 0xA0 { bytes.removeLast() }
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(32) }
                pendingSpace = false
                bytes.append(byte)
            }
            previous = byte
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Lower-case letters only, with å/ä/ö/é and their usual OCR stand-ins folded to plain a/o, so
    /// that "Sammantridesdatum" and "Sammanträdesdatum" both read "sammantradesdatum"-like
    /// keys for `contains(label:)`.
    public static func fold(_ text: some StringProtocol) -> String { folded(text, spaces: true) }

    /// `fold` without the spaces: the key labels are compared by, whatever the spacing
    /// ("Sammanträdes datum", "S a m m a n t r ä d e").
    public static func key(_ text: some StringProtocol) -> String { folded(text, spaces: false) }

    private static func folded(_ text: some StringProtocol, spaces: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch scalar {
            case "A"..."Z": bytes.append(UInt8(value + 32))
            case "a"..."z", "0"..."9": bytes.append(UInt8(value))
            case "å", "ä", "à", "á", "â", "Å", "Ä", "À", "Á": bytes.append(97)
            case "ö", "ø", "ó", "ô", "Ö", "Ø", "Ó": bytes.append(111)
            case "é", "è", "ë", "É": bytes.append(101)
            default:
                if value >= 128, scalar.properties.isAlphabetic {
                    bytes.append(contentsOf: String(scalar).lowercased().utf8)
                } else if spaces {
                    bytes.append(32)
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the folded line starts with one of the labels (already folded, no spaces needed).
    public static func startsWithLabel(_ line: String, _ labels: [String]) -> Bool {
        let key = key(line)
        return labels.contains { key.hasPrefix($0) }
    }

    /// Every valid date in the text, in order: `YYYY-MM-DD` and dates written out ("8 april 2021").
    public static func dates(in text: some StringProtocol) -> [CivilDate] {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10 else { return [] }
        var dates: [(date: CivilDate, offset: Int)] = []
        var index = 0
        while index + 10 <= bytes.count {
            if bytes[index + 4] == 45, bytes[index + 7] == 45, isDigit(bytes[index]),
               index == 0 || !isDigit(bytes[index - 1]),
               index + 10 == bytes.count || !isDigit(bytes[index + 10]),
               let date = CivilDate(iso: String(decoding: bytes[index..<(index + 10)], as: UTF8.self)) {
                dates.append((date, index))
                index += 10
            } else {
                index += 1
            }
        }
        // Most lines have no day followed by a month's name and are passed over without
        // splitting them into words.
        if mayHoldWrittenDate(bytes) {
            dates += writtenDates(in: text)
            dates.sort { $0.offset < $1.offset }
        }
        return dates.map(\.date)
    }

    /// The first "HH.MM" or "HH:MM" time after `offset`, and the range "HH.MM-HH.MM" when a second
    /// time follows after a dash. Returns ("08:15", "12:00") style strings.
    public static func timeRange(in text: some StringProtocol) -> (start: String?, end: String?) {
        let bytes = Array(withClockMinutes(text).utf8)
        var times: [(String, Int, Int)] = []
        var index = 0
        while index + 4 <= bytes.count {
            if isDigit(bytes[index]), index == 0 || !isDigit(bytes[index - 1]) {
                var hourEnd = index
                while hourEnd < bytes.count, isDigit(bytes[hourEnd]), hourEnd - index < 3 { hourEnd += 1 }
                let hourDigits = hourEnd - index
                if (1...2).contains(hourDigits), hourEnd + 2 < bytes.count, bytes[hourEnd] == 46 || bytes[hourEnd] == 58,
                   isDigit(bytes[hourEnd + 1]), isDigit(bytes[hourEnd + 2]),
                   hourEnd + 3 == bytes.count || !isDigit(bytes[hourEnd + 3]) {
                    let hour = number(bytes[index..<hourEnd])
                    let minute = number(bytes[(hourEnd + 1)..<(hourEnd + 3)])
                    if hour < 24, minute < 60 {
                        times.append((pad(hour) + ":" + pad(minute), index, hourEnd + 3))
                        index = hourEnd + 3
                        continue
                    }
                }
                index = hourEnd
                continue
            }
            index += 1
        }
        guard let first = times.first else { return (nil, nil) }
        if times.count > 1 {
            let between = String(decoding: bytes[first.2..<times[1].1], as: UTF8.self)
            let joiner = between.trimming(" ")
            if ["-", "–", "—", "till", "-kl", "– kl", "- kl"].contains(joiner) || joiner.allSatisfy({ "-–— ".contains($0) }) && !joiner.isEmpty {
                return (first.0, times[1].0)
            }
        }
        return (first.0, nil)
    }

    /// "§ 64-70", "§ 1 - 4", "§§ 12–14", "§ 93" → [first, last].
    public static func paragraphRange(in text: some StringProtocol) -> (range: [Int], before: Substring)? {
        let string = Substring(text)
        guard let sign = string.lastIndex(of: "§") else { return nil }
        var rest = string[string.index(after: sign)...].drop { $0 == "§" || $0 == " " }
        let first = rest.prefix { $0.isASCIIDigitCharacter }
        guard !first.isEmpty, let from = Int(first) else { return nil }
        rest = rest.dropFirst(first.count).drop { $0 == " " }
        var to = from
        if let dash = rest.first, "-–—".contains(dash) {
            let second = rest.dropFirst().drop { $0 == " " }.prefix { $0.isASCIIDigitCharacter }
            if let value = Int(second) { to = value }
        }
        return ([from, max(from, to)], string[..<sign])
    }

    /// Levenshtein similarity 0...1 of two short strings, ignoring case: how names damaged by OCR
    /// ("rina Holmbarg") are matched to the names they stand for ("Karina Holmberg").
    public static func similarity(_ a: String, _ b: String) -> Double {
        let x = Array(a.lowercased()), y = Array(b.lowercased())
        if x.isEmpty || y.isEmpty { return x.count == y.count ? 1 : 0 }
        var previous = Array(0...y.count)
        var current = previous
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return 1 - Double(previous[y.count]) / Double(max(x.count, y.count))
    }

    static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 * 10 + Int($1 - 48) }
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

extension String {
    func trimming(_ set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

extension StringProtocol {
    /// Whether `needle` occurs in the text, compared byte for byte. Foundation's `contains`, which
    /// the importer's hot paths would otherwise get, goes through `NSString` on every call.
    func hasSubstring(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let head = pattern.first else { return true }
        let bytes = utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == head, bytes[index...].starts(with: pattern) { return true }
            index = bytes.index(after: index)
        }
        return false
    }
}
