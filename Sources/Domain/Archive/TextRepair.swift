import Foundation

/// Repairs text extracted from old board packets (DOMAIN.md §7): tab-separated words, ligature
/// damage from slides, OCR that lost å/ä/ö, hyphenation, page numbers and HTML remnants. A word
/// is changed only when the result is a known word, so nothing is invented; every line keeps its
/// original beside the repair.
public enum TextRepair {
    public struct Line: Codable, Equatable, Sendable {
        /// 1-based line number in the source.
        public var number: Int
        public var original: String
        public var repaired: String
    }

    /// The whole text, line by line. Page-number lines repair to "" so that line numbers stay
    /// those of the source.
    public static func repair(_ text: String, lexicon: Lexicon) -> [Line] {
        let originals = lines(of: text)
        let scanned = lostSwedishLetters(originals)
        // A packet repeats its words; each distinct word is repaired once.
        var cache = RepairCache()
        var restored = [Int](repeating: 0, count: originals.count)
        var repaired = originals.indices.map { index -> String in
            let line = originals[index]
            if isPageNumber(line) { return "" }
            let cleaned = foldTabs(stripHTML(line))
            let result = repairWords(in: cleaned, lexicon: lexicon, scanned: scanned[index], cache: &cache)
            // Scanned text reads its function words as scanned anyway: only the rest is counted.
            if !scanned[index], result != cleaned { restored[index] = restoredLetters(from: cleaned, to: result) }
            return result
        }
        restoreFunctionWords(&repaired, restored: restored, scanned: scanned)
        joinHyphenation(&repaired, lexicon: lexicon)
        restorePrepositions(&repaired)
        return zip(originals.indices, zip(originals, repaired)).map { Line(number: $0 + 1, original: $1.0, repaired: $1.1) }
    }

    /// The lines of a text split at line breaks, on the UTF-8 bytes: splitting by `Character`
    /// costs more than all the rest of reading a line.
    static func lines(of text: String) -> [String] {
        let bytes = text.utf8
        var result: [String] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            // LF, VT, FF (pdftotext's page break) and CR, as `Character.isNewline` has them.
            if (10...13).contains(byte) {
                result.append(String(text[start..<index]))
                var next = bytes.index(after: index)
                if byte == 13, next < bytes.endIndex, bytes[next] == 10 { next = bytes.index(after: next) }
                start = next
                index = next
            } else {
                index = bytes.index(after: index)
            }
        }
        result.append(String(text[start...]))
        return result
    }

    /// A line of only a page number ("12", " 3 ").
    public static func isPageNumber(_ line: String) -> Bool {
        var digits = 0
        for byte in line.utf8 where byte != 32 {
            guard ArchiveText.isDigit(byte), digits < 3 else { return false }
            digits += 1
        }
        return digits > 0
    }

    /// `<i>`, `</u>` and similar tags left by HTML conversion.
    public static func stripHTML(_ line: String) -> String {
        guard line.utf8.contains(UInt8(ascii: "<")) else { return line }
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
        guard line.utf8.contains(9) else { return line }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.utf8.count)
        for field in line.utf8.split(separator: 9) {
            guard let first = field.firstIndex(where: { $0 != 32 }), let last = field.lastIndex(where: { $0 != 32 }) else { continue }
            if !bytes.isEmpty { bytes.append(32) }
            bytes.append(contentsOf: field[first...last])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Which lines lie in OCR text that lost å/ä/ö: in Swedish prose some 3–6 % of letters are
    /// å, ä or ö; a stretch of 80 lines with hundreds of letters and almost none of them was scanned.
    static func lostSwedishLetters(_ lines: [String]) -> [Bool] {
        var letters = [0], swedish = [0]
        for line in lines {
            var l = 0, s = 0
            var lead: UInt8 = 0
            for byte in line.utf8 {
                if (65...90).contains(byte) || (97...122).contains(byte) || byte >= 0xC0 { l += 1 }
                // å ä ö Å Ä Ö are C3 A5, C3 A4, C3 B6, C3 85, C3 84, C3 96 in UTF-8.
                if lead == 0xC3, [0xA5, 0xA4, 0xB6, 0x85, 0x84, 0x96].contains(byte) { s += 1 }
                lead = byte
            }
            letters.append(letters.last! + l)
            swedish.append(swedish.last! + s)
        }
        return lines.indices.map { index in
            let from = max(0, index - 40), to = min(lines.count, index + 40)
            let l = letters[to] - letters[from], s = swedish[to] - swedish[from]
            return l >= 200 && s * 1000 < l * 3
        }
    }

    /// Short words that OCR without å/ä/ö turns into other, rarer words: in scanned text "for"
    /// is "för" and "pa" is "på" far more often than not.
    static let scannedFunctionWords: [String: String] = [
        "for": "för", "pa": "på", "ar": "är", "fran": "från", "nar": "när", "sa": "så", "da": "då", "dar": "där",
        "aven": "även", "over": "över", "far": "får", "mal": "mål", "ga": "gå",
    ]

    /// How many words of the line got back a lost å/ä/ö: the repair changed them but not their
    /// folded key ("Forsäkringskassan" → "Försäkringskassan"), unlike a ligature's.
    static func restoredLetters(from cleaned: String, to repaired: String) -> Int {
        let before = cleaned.split(separator: " "), after = repaired.split(separator: " ")
        guard before.count == after.count else { return 0 }
        return zip(before, after).filter { $0 != $1 && ArchiveText.key($0) == ArchiveText.key($1) }.count
    }

    /// Text that lost some of its å/ä/ö but kept too many to count as scanned: where three or
    /// more words nearby had a letter put back, the short function words "for", "pa", "ar" are
    /// read as "för", "på", "är" too, as in scanned text.
    static func restoreFunctionWords(_ lines: inout [String], restored: [Int], scanned: [Bool]) {
        guard restored.contains(where: { $0 > 0 }) else { return }
        var running = [0]
        for count in restored { running.append(running.last! + count) }
        for index in lines.indices where !scanned[index] {
            let from = max(0, index - 40), to = min(lines.count, index + 40)
            guard running[to] - running[from] >= 3 else { continue }
            var words = lines[index].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            var changed = false
            for position in words.indices {
                guard let common = functionWord(words[position]) else { continue }
                words[position] = common
                changed = true
            }
            if changed { lines[index] = words.joined(separator: " ") }
        }
    }

    /// The function word a short word stands for when it lost its å/ä/ö ("pa" → "på", "For" → "För").
    static func functionWord(_ word: some StringProtocol) -> String? {
        guard word.utf8.count <= 4, let common = scannedFunctionWords[word.lowercased()] else { return nil }
        return word.first!.isUppercase ? common.prefix(1).uppercased() + common.dropFirst() : common
    }

    /// Repairs every word of a line that is not known as it stands.
    public static func repairWords(in line: String, lexicon: Lexicon, scanned: Bool = false) -> String {
        var cache = RepairCache()
        return repairWords(in: line, lexicon: lexicon, scanned: scanned, cache: &cache)
    }

    /// Repairs already worked out in one packet, keyed by the word's exact bytes (`WordHasher`),
    /// apart for scanned and born-digital text.
    struct RepairCache {
        var plain: [UInt64: String] = [:]
        var scanned: [UInt64: String] = [:]
    }

    /// Copies the line in slices: the text between words as it stands, each word repaired. Works
    /// on the UTF-8 bytes and decodes only non-ASCII letters; most words are known and copied
    /// without ever becoming a `String` of their own.
    static func repairWords(in line: String, lexicon: Lexicon, scanned: Bool, cache: inout RepairCache) -> String {
        let bytes = line.utf8
        var result = ""
        result.reserveCapacity(bytes.count)
        var copied = bytes.startIndex
        var index = bytes.startIndex
        func isWordStart(_ index: String.Index) -> Bool {
            let byte = bytes[index]
            if byte < 128 { return isWordByte(byte) }
            return byte >= 0xC0 && isWordScalar(line.unicodeScalars[index])
        }
        while index < bytes.endIndex {
            guard isWordStart(index) else {
                index = bytes.index(after: index)
                continue
            }
            let start = index
            var exact = WordHasher(), lower = WordHasher()
            var ascii = true, digits = true
            repeat {
                let byte = bytes[index]
                exact.add(byte)
                if byte < 128 {
                    lower.add((65...90).contains(byte) ? byte + 32 : byte)
                    if !(48...57).contains(byte) { digits = false }
                } else {
                    ascii = false
                    digits = false
                }
                index = bytes.index(after: index)
                // Continuation bytes belong to the scalar their lead byte started.
                while index < bytes.endIndex, (0x80..<0xC0).contains(bytes[index]) {
                    exact.add(bytes[index])
                    index = bytes.index(after: index)
                }
            } while index < bytes.endIndex && isWordStart(index)
            let word = line[start..<index]
            if digits || ascii && !scanned && lexicon.contains(hash: lower.value) { continue }
            result += line[copied..<start]
            result += repaired(word, exact: exact.value, lexicon: lexicon, scanned: scanned, cache: &cache)
            copied = index
        }
        if copied == bytes.startIndex { return line }
        result += line[copied...]
        return result
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (97...122).contains(byte) || (65...90).contains(byte) || (48...57).contains(byte) || byte == 61 || byte == 38
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isWordPart || scalar == "=" || scalar == "&" || scalar == "¢"
    }

    private static func repaired(_ word: Substring, exact: UInt64, lexicon: Lexicon, scanned: Bool, cache: inout RepairCache) -> String {
        if scanned, let common = functionWord(word) { return common }
        if let known = scanned ? cache.scanned[exact] : cache.plain[exact] { return known }
        let repaired = repairWord(String(word), lexicon: lexicon, scanned: scanned)
        if scanned { cache.scanned[exact] = repaired } else { cache.plain[exact] = repaired }
        return repaired
    }

    /// The word itself when known or not damaged; otherwise a known word: ligature damage first,
    /// then the cheapest repair by the OCR confusions (`OCRConfusions`).
    /// In scanned text (`scanned`), where OCR loses å/ä/ö wholesale, every confusion is tried;
    /// elsewhere (a text layer, or a scan that kept most of its letters) only a plain letter put
    /// back (a → å/ä, o → ö), and only where that makes a known word.
    public static func repairWord(_ word: String, lexicon: Lexicon, scanned: Bool = true) -> String {
        if word.utf8.allSatisfy({ (48...57).contains($0) }) || lexicon.contains(word) { return word }
        for candidate in ligatureCandidates(word) where lexicon.contains(candidate) { return candidate }
        // "fran" could be "från" or "frän": the common function word wins.
        if let common = functionWord(word) { return common }
        return (scanned ? OCRConfusions.scanned : OCRConfusions.plain).repair(word, lexicon: lexicon) ?? word
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

    /// OCR reads the preposition "i" as a character it confuses with it ("Stadshuset 1 Lerum"):
    /// such a lone character after a word or a house number and before a place is the preposition;
    /// after a street's name it is the house number ("Storgatan 1 Lerum"). A place is a kommun or
    /// a region, or a name the packet itself writes after "i" elsewhere ("Stadshuset i Ödeby").
    static func restorePrepositions(_ lines: inout [String]) {
        let candidates = lines.indices.filter { hasLoneConfusable(lines[$0]) }
        guard !candidates.isEmpty else { return }
        var named: Set<String> = []
        for line in lines where line.hasSubstring(" i ") {
            let words = line.split(separator: " ")
            for index in words.indices.dropLast() where words[index] == "i" {
                let next = words[index + 1].trimmingCharacters(in: .punctuationCharacters)
                if next.first?.isUppercase == true { named.insert(next) }
            }
        }
        for index in candidates {
            var words = lines[index].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            var changed = false
            for position in words.indices.dropFirst().dropLast() where ["1", "l", "|"].contains(words[position]) {
                let before = words[position - 1], next = words[position + 1].trimmingCharacters(in: .punctuationCharacters)
                guard before.last?.isLetter == true && !isStreetName(before) || before.last?.isNumber == true, next.first?.isUppercase == true,
                      SwedishMunicipalities.isPlace(next) || named.contains(next) else { continue }
                words[position] = "i"
                changed = true
            }
            if changed { lines[index] = words.joined(separator: " ") }
        }
    }

    /// " 1 X", " l X" or " | X" with X a capital (ASCII, or Å/Ä/Ö, whose UTF-8 starts with C3).
    static func hasLoneConfusable(_ line: String) -> Bool {
        var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for byte in line.utf8 {
            if previous.0 == 32, previous.1 == 49 || previous.1 == 108 || previous.1 == 124, previous.2 == 32,
               (65...90).contains(byte) || byte == 0xC3 { return true }
            previous = (previous.1, previous.2, byte)
        }
        return false
    }

    static func isStreetName(_ word: String) -> Bool {
        let lower = word.lowercased()
        return ["gatan", "gata", "vägen", "väg", "gränd", "torget", "torg", "allén", "backe", "backen", "stigen", "leden", "plan"]
            .contains { lower.hasSuffix($0) }
    }

    /// A word broken over two lines ("sammanträ-" / "det") is joined when the joined word is known.
    static func joinHyphenation(_ lines: inout [String], lexicon: Lexicon) {
        for index in lines.indices.dropLast() {
            guard let last = lines[index].utf8.last(where: { $0 != 32 }), last == UInt8(ascii: "-") else { continue }
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

extension Unicode.Scalar {
    /// A letter or digit, answered without the Unicode tables for ASCII, which is most text.
    var isWordPart: Bool {
        if value < 128 { return ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self) }
        return properties.isAlphabetic
    }
}

private extension String {
    /// Works on the UTF-8 bytes: a space is one byte, and the importer trims every line it reads.
    func trimmingSpaces() -> String {
        let bytes = utf8
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, bytes[start] == 32 { start = bytes.index(after: start) }
        while end > start, bytes[bytes.index(before: end)] == 32 { end = bytes.index(before: end) }
        return String(self[start..<end])
    }

    func trimmingTrailingSpaces() -> String {
        let bytes = utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == 32 { end = bytes.index(before: end) }
        return String(self[..<end])
    }
}
