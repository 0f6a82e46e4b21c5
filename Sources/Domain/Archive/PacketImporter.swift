/// Turns the text of one board packet into an `ImportedPacket`: repairs the text, splits it into
/// documents, parses kallelse and protokoll, and checks what it found. Pure: it reads nothing
/// but its arguments, so the CLI, the web review and the tests all get the same result.
public struct PacketImporter: Sendable {
    public var lexicon: Lexicon
    /// Names in the association's register; when given, attendance names outside it are warned about.
    public var registerNames: Set<String>?

    public init(lexicon: Lexicon, registerNames: Set<String>? = nil) {
        self.lexicon = lexicon
        self.registerNames = registerNames
    }

    public struct Result: Sendable {
        public var packet: ImportedPacket
        /// Original and repaired text of every line, for showing side by side.
        public var lines: [TextRepair.Line]

        public init(packet: ImportedPacket, lines: [TextRepair.Line]) {
            self.packet = packet
            self.lines = lines
        }
    }

    public func run(text: String, source: String) -> Result {
        var lexicon = self.lexicon
        // Words written with å/ä/ö somewhere in the packet are real words: names and places the
        // word list lacks ("Södergren") can then be restored where OCR lost their letters.
        // A word that kept one of its letters and lost another ("Forsäkringskassan") is no new
        // word but a damaged known one.
        let base = lexicon
        lexicon.add(Self.wordsWithSwedishLetters(in: text).filter { base.contains($0) || OCRConfusions.plain.repair($0, lexicon: base) == nil })
        if let registerNames { lexicon.add(registerNames.flatMap { $0.split(separator: " ").map(String.init) }) }
        let repaired = TextRepair.repair(text, lexicon: lexicon)
        let lines = repaired.map { SourceLine(number: $0.number, repaired: $0.repaired) }
        var documents: [ImportedDocument] = []
        let letterheads = Letterheads(lines)
        for segment in PacketSegmenter.segments(of: lines, letterheads: letterheads) {
            let slice = lines[segment.first...segment.last]
            var document: ImportedDocument
            switch segment.kind {
            case .kallelse: document = NoticeParser.parse(slice)
            case .protokoll: document = MinutesParser.parse(slice)
            case .bilaga, .arsredovisning, .annat:
                let title = Self.title(of: slice, letterheads: letterheads)
                var kind = segment.kind == .bilaga && title.map(PacketSegmenter.isAnnualReportHeading) == true ? .arsredovisning : segment.kind
                if Self.isTableOfContents(slice) { kind = .annat }
                document = ImportedDocument(kind: kind, title: title, lines: [slice.first!.number, slice.last!.number])
            }
            documents.append(document)
        }
        AttendanceAppendix.apply(to: &documents, lines: lines)
        // The checks run once the attendance is complete, the bilaga's participants included.
        for index in documents.indices {
            guard let first = lines.firstIndex(where: { $0.number == documents[index].lines[0] }),
                  let last = lines.lastIndex(where: { $0.number == documents[index].lines[1] }), first <= last else { continue }
            ImportChecks.check(&documents[index], lines: lines[first...last], knownNames: registerNames)
        }
        return Result(packet: ImportedPacket(source: source, documents: documents), lines: repaired)
    }

    /// A bilaga's title: its first line of text, with the next when the heading is split over two
    /// short lines ("Verksamhetsidé" / "Vuxenplattform"); a letterhead line is passed over.
    static func title(of lines: ArraySlice<SourceLine>, letterheads: Letterheads) -> String? {
        // A row of a table is never a heading: the title is looked for after the rows.
        var candidates = lines.filter { !$0.isBlank }.prefix(8).map(\.text).drop(while: isTableRow).prefix(4).map { $0 }
        while let first = candidates.first, candidates.count > 1, letterheads.heads(first, above: candidates[1]) { candidates.removeFirst() }
        // A heading is a line, not a page: a long first line means the document has no title.
        guard var title = candidates.first, title.count <= 150 else { return nil }
        if let rest = PacketSegmenter.sectionNumber(title).map({ _ in title.drop { $0 != "." }.dropFirst() }) {
            title = ArchiveText.collapse(rest)
        }
        // "Bilaga 2. Deltagare …": the number is the bilaga's place in the packet, not its title.
        if let rest = withoutAppendixNumber(title), !rest.isEmpty { title = rest }
        if candidates.count > 1, title.count <= 30, candidates[1].count <= 30, !title.hasSuffix("."), !letterheads.contains(candidates[1]),
           !isTableRow(candidates[1]), !PacketSegmenter.isAnnualReportHeading(candidates[1]) {
            title += " " + candidates[1]
        }
        return title
    }

    /// A list of numbered headings ("1.2 Om förbundet", "Bilaga 1. …"), as a PDF's outline or
    /// contents page leaves behind, is no document of the meeting.
    static func isTableOfContents(_ lines: ArraySlice<SourceLine>) -> Bool {
        let texts = lines.filter { !$0.isBlank }.map(\.text)
        guard texts.count >= 8 else { return false }
        let headings = texts.filter { $0.first?.isASCIIDigitCharacter == true && $0.count <= 80 || $0.hasPrefix("Bilaga ") }
        return headings.count * 10 >= texts.count * 6
    }

    /// The title after "Bilaga 2." or "Bilaga 2:" at its start, or nil when it has none.
    static func withoutAppendixNumber(_ title: String) -> String? {
        guard ArchiveText.fold(title.prefix(6)) == "bilaga" else { return nil }
        let rest = title.dropFirst(6).drop { $0 == " " }
        let digits = rest.prefix { $0.isASCIIDigitCharacter }
        guard !digits.isEmpty, let mark = rest.dropFirst(digits.count).first, ".:–-".contains(mark) else { return nil }
        return ArchiveText.collapse(rest.dropFirst(digits.count + 1))
    }

    /// A line of a table: two or more cells of figures, told apart by the wide gaps a layout
    /// keeps ("Insats Steget    600 000    580 000"), or mostly figures where the gaps were lost.
    static func isTableRow(_ text: String) -> Bool {
        let cells = text.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let figures = cells.filter { cell in
            cell.contains(where: \.isASCIIDigitCharacter) && cell.allSatisfy { $0.isASCIIDigitCharacter || " .,-−–%".contains($0) }
        }
        if figures.count >= 2 { return true }
        let visible = text.filter { !$0.isWhitespace }
        let digits = visible.filter(\.isASCIIDigitCharacter).count
        return digits >= 6 && digits * 10 >= visible.count * 4
    }


    /// Looks for the two UTF-8 bytes of å/ä/ö (C3 A5, C3 A4, C3 B6, C3 85, C3 84, C3 96) and only
    /// then reads the word around them: most of a packet's words have none.
    static func wordsWithSwedishLetters(in text: String) -> Set<String> {
        var words: Set<String> = []
        let bytes = text.utf8, scalars = text.unicodeScalars
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard bytes[index] == 0xC3, case let next = bytes.index(after: index), next < bytes.endIndex,
                  [0xA5, 0xA4, 0xB6, 0x85, 0x84, 0x96].contains(bytes[next]) else {
                index = bytes.index(after: index)
                continue
            }
            var start = index, end = index
            while start > scalars.startIndex, case let before = scalars.index(before: start), scalars[before].isWordPart { start = before }
            while end < scalars.endIndex, scalars[end].isWordPart { end = scalars.index(after: end) }
            if scalars[start..<end].count > 2 { words.insert(String(scalars[start..<end])) }
            index = end
        }
        return words
    }
}
