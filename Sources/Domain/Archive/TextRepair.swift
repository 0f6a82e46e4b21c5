/// Repairs text extracted from old board packets (DOMAIN.md §7): tab-separated words, ligature
/// damage from slides, OCR that lost å/ä/ö, hyphenation, page numbers and HTML remnants. A word
/// is changed only when the result is a known word, so nothing is invented; every line keeps its
/// original beside the repair.
public enum TextRepair {
    public struct Line: Equatable, Sendable {
        /// 1-based line number in the source.
        public var number: Int
        public var original: String
        public var repaired: String
    }

    /// The whole text, line by line. Page-number lines repair to "" so that line numbers stay
    /// those of the source.
    public static func repair(_ text: String, lexicon: Lexicon) -> [Line] {
        let originals = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        var repaired = originals.map { line -> String in
            if isPageNumber(line) { return "" }
            return repairWords(in: foldTabs(stripHTML(line)), lexicon: lexicon)
        }
        joinHyphenation(&repaired, lexicon: lexicon)
        return zip(originals.indices, zip(originals, repaired)).map { Line(number: $0 + 1, original: $1.0, repaired: $1.1) }
    }

    /// A line of only a page number ("12", " 3 ").
    public static func isPageNumber(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces()
        return !trimmed.isEmpty && trimmed.count <= 3 && trimmed.allSatisfy(\.isASCIIDigit)
    }

    /// `<i>`, `</u>` and similar tags left by HTML conversion.
    public static func stripHTML(_ line: String) -> String {
        var result = ""
        var index = line.startIndex
        while index < line.endIndex {
            if line[index] == "<", let close = line[index...].firstIndex(of: ">"),
               line.distance(from: index, to: close) <= 4,
               line[line.index(after: index)..<close].allSatisfy({ $0 == "/" || $0.isLetter }) {
                index = line.index(after: close)
                continue
            }
            result.append(line[index])
            index = line.index(after: index)
        }
        return result
    }

    /// Slides exported to PDF put a tab after every word ("Syfte\tmed\tinsatsen\t"); such a line
    /// becomes words separated by single spaces, and numbers split by tabs ("3\t966\t300\tkr")
    /// keep their thousands groups.
    public static func foldTabs(_ line: String) -> String {
        guard line.contains("\t") else { return line }
        return line.split(separator: "\t", omittingEmptySubsequences: true).map { String($0).trimmingSpaces() }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Repairs every word of a line that is not known as it stands.
    public static func repairWords(in line: String, lexicon: Lexicon) -> String {
        var result = ""
        var word = ""
        func flush() {
            if !word.isEmpty { result += repairWord(word, lexicon: lexicon) }
            word = ""
        }
        for character in line {
            if character.isLetter || character.isASCIIDigit || "=&¢".contains(character) { word.append(character) } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    /// The word itself when known or not damaged; otherwise the first known repair, trying
    /// ligature damage and then lost Swedish letters.
    public static func repairWord(_ word: String, lexicon: Lexicon) -> String {
        if word.allSatisfy(\.isASCIIDigit) || lexicon.contains(word) { return word }
        for candidate in ligatureCandidates(word) + swedishLetterCandidates(word) where lexicon.contains(candidate) {
            return candidate
        }
        return word
    }

    /// Ligatures mapped to wrong letters: a capital or digit inside a lower-case word stands for
    /// ti, ft, tt, tf or tfl.
    static let ligatures: [Character: [String]] = [
        "G": ["ti"], "E": ["ti", "ft"], "H": ["ti"], "R": ["ft"], "I": ["tt"], "W": ["tt"],
        "3": ["tf", "ttf"], "0": ["tf", "ttf"], "=": ["tf", "ttf"], "o": ["tf", "tfl"], "m": ["tf", "tfl"],
    ]

    static func ligatureCandidates(_ word: String) -> [String] {
        let letters = Array(word)
        let suspicious = letters.indices.filter { index in
            let c = letters[index]
            guard ligatures[c] != nil else { return false }
            if c == "o" || c == "m" { return index > 0 && letters[index - 1].isUppercase }
            return index > 0 || letters.count <= 3
        }
        guard !suspicious.isEmpty, suspicious.count <= 4 else { return [] }
        return (1...min(2, suspicious.count)).flatMap { count in
            combinations(suspicious, count).flatMap { expand(letters, at: $0) { ligatures[$0] ?? [] } }
        }
    }

    /// OCR without Swedish letters: å/ä/ö read as a, o, é, 6, d, i, 4 or &.
    static let lostLetters: [Character: [String]] = [
        "a": ["å", "ä"], "o": ["ö"], "é": ["ö", "ä"], "6": ["ö"], "4": ["ä", "å"], "&": ["å", "ä"], "i": ["ä"], "d": ["ä"],
    ]

    static func swedishLetterCandidates(_ word: String) -> [String] {
        let letters = Array(word)
        let suspicious = letters.indices.filter { lostLetters[Character(letters[$0].lowercased())] != nil }
        guard !suspicious.isEmpty, suspicious.count <= 6 else { return [] }
        // Try few changes first: one position, then two.
        var candidates: [String] = []
        for count in 1...min(2, suspicious.count) {
            for positions in combinations(suspicious, count) {
                candidates += expand(letters, at: positions) { c in
                    let replacements = lostLetters[Character(c.lowercased())] ?? []
                    return c.isUppercase ? replacements.map { $0.uppercased() } : replacements
                }
            }
        }
        return candidates
    }

    /// A word broken over two lines ("sammanträ-" / "det") is joined when the joined word is known.
    static func joinHyphenation(_ lines: inout [String], lexicon: Lexicon) {
        for index in lines.indices.dropLast() {
            let line = lines[index].trimmingTrailingSpaces()
            guard line.hasSuffix("-"), line.dropLast().last?.isLetter == true else { continue }
            let next = lines[index + 1].trimmingSpaces()
            guard let first = next.first, first.isLowercase else { continue }
            let head = String(line.dropLast().reversed().prefix { $0.isLetter }.reversed())
            let tail = String(next.prefix { $0.isLetter })
            guard lexicon.contains(head + tail) else { continue }
            lines[index] = String(line.dropLast()) + tail
            lines[index + 1] = String(next.dropFirst(tail.count)).trimmingSpaces()
        }
    }

    private static func expand(_ letters: [Character], at positions: [Int], replacements: (Character) -> [String]) -> [String] {
        var results = [""]
        var last = 0
        for position in positions {
            let between = String(letters[last..<position])
            results = results.flatMap { prefix in replacements(letters[position]).map { prefix + between + $0 } }
            last = position + 1
        }
        let rest = String(letters[last...])
        return results.map { $0 + rest }
    }

    private static func combinations(_ items: [Int], _ count: Int) -> [[Int]] {
        guard count > 0 else { return [[]] }
        guard items.count >= count else { return [] }
        var result: [[Int]] = []
        for (index, item) in items.enumerated() {
            for rest in combinations(Array(items[(index + 1)...]), count - 1) { result.append([item] + rest) }
        }
        return result
    }
}

/// The words a repair may produce: the Swedish word list, the domain's own words and the names
/// in the register, compared without regard to case.
public struct Lexicon: Sendable {
    private var words: Set<String>

    public init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words.map { $0.lowercased() })
    }

    public func contains(_ word: String) -> Bool {
        words.contains(word.lowercased())
    }

    public mutating func add<S: Sequence>(_ more: S) where S.Element == String {
        for word in more { words.insert(word.lowercased()) }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

private extension String {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    func trimmingTrailingSpaces() -> String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}
