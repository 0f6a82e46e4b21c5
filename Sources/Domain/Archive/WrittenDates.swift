/// Dates and times as other associations write them: "8 april 2021", "den 8:e apr. 2021",
/// "kl. 9–12", "klockan 13". Written out by hand like the rest of `ArchiveText`.
extension ArchiveText {
    static let monthNames = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                             "november", "december"]

    /// The month of a word: a month's name or its first three letters or more ("sept", "okt").
    static func month(_ word: Substring) -> Int? {
        guard word.count >= 3 else { return nil }
        let lower = word.lowercased()
        return monthNames.firstIndex { $0.hasPrefix(lower) }.map { $0 + 1 }
    }

    /// The first three letters of each month, in lower case.
    static let monthPrefixes: Set<[UInt8]> = Set(monthNames.map { Array($0.utf8.prefix(3)) })

    /// Whether a digit is followed (after a space, or ":e ") by the first three letters of a month.
    static func mayHoldWrittenDate(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index + 4 < bytes.count {
            defer { index += 1 }
            guard isDigit(bytes[index]), !isDigit(bytes[index + 1]) else { continue }
            var next = index + 1
            if bytes[next] == 58, next + 2 < bytes.count, bytes[next + 1] == 101 { next += 2 }
            guard next < bytes.count, bytes[next] == 32, next + 3 < bytes.count else { continue }
            let letters = bytes[(next + 1)...(next + 3)].map { (65...90).contains($0) ? $0 + 32 : $0 }
            if monthPrefixes.contains(letters) { return true }
        }
        return false
    }

    /// Every date written as day, month name and year, with the byte offset it starts at.
    static func writtenDates(in text: some StringProtocol) -> [(date: CivilDate, offset: Int)] {
        var words: [(text: Substring, offset: Int)] = []
        let string = Substring(text)
        var index = string.startIndex
        while index < string.endIndex {
            guard string[index].isLetter || string[index].isASCIIDigitCharacter else {
                index = string.index(after: index)
                continue
            }
            let start = index
            while index < string.endIndex, string[index].isLetter || string[index].isASCIIDigitCharacter || string[index] == ":" {
                index = string.index(after: index)
            }
            words.append((string[start..<index], string.utf8.distance(from: string.startIndex, to: start)))
        }
        var dates: [(CivilDate, Int)] = []
        for position in words.indices.dropLast(2) {
            // "8:e" is the eighth.
            let dayWord = words[position].text.split(separator: ":").first ?? ""
            guard (1...2).contains(dayWord.count), dayWord.allSatisfy(\.isASCIIDigitCharacter), let day = Int(dayWord),
                  let month = month(words[position + 1].text), words[position + 2].text.count == 4,
                  let year = Int(words[position + 2].text), let date = CivilDate(year: year, month: month, day: day) else { continue }
            dates.append((date, words[position].offset))
        }
        return dates
    }

    /// "kl. 9–12" as "kl. 9.00–12.00": an hour without minutes counts as a time only after
    /// "kl" or "klockan", where it cannot be a count or a date.
    static func withClockMinutes(_ text: some StringProtocol) -> String {
        let string = String(text)
        var searchFrom = string.startIndex
        var found: Range<String.Index>?
        while found == nil, let range = string.range(of: "kl", options: .caseInsensitive, range: searchFrom..<string.endIndex) {
            if range.lowerBound == string.startIndex || !string[string.index(before: range.lowerBound)].isLetter { found = range }
            searchFrom = range.upperBound
        }
        guard let marker = found else { return string }
        var result = String(string[..<marker.upperBound])
        var rest = string[marker.upperBound...]
        if rest.lowercased().hasPrefix("ockan") {
            result += rest.prefix(5)
            rest = rest.dropFirst(5)
        }
        let gap = rest.prefix { $0 == "." || $0 == " " }
        guard !gap.isEmpty else { return string }
        result += gap
        rest = rest.dropFirst(gap.count)
        func hour() -> Bool {
            let digits = rest.prefix { $0.isASCIIDigitCharacter }
            guard (1...2).contains(digits.count), let value = Int(digits), value < 24 else { return false }
            result += digits
            rest = rest.dropFirst(digits.count)
            if let next = rest.first, next == "." || next == ":", rest.dropFirst().first?.isASCIIDigitCharacter == true { return true }
            result += ".00"
            return true
        }
        guard hour() else { return string }
        let minutes = rest.prefix { $0 == "." || $0 == ":" || $0.isASCIIDigitCharacter }
        result += minutes
        rest = rest.dropFirst(minutes.count)
        let dash = rest.prefix { " -–—".contains($0) }
        if dash.contains(where: { "-–—".contains($0) }) {
            result += dash
            rest = rest.dropFirst(dash.count)
            _ = hour()
        }
        return result + rest
    }
}
