/// Splits a board packet into its documents (DOMAIN.md §7): a kallelse with its
/// föredragningslista, the previous meeting's protokoll, then bilagor, which follow each other
/// with no separator. Starts are found by the headings each kind has; a protokoll ends with the
/// text of its closing § ("Mötet avslutas"); a bilaga starts at a document heading after a page gap.
public enum PacketSegmenter {
    public struct Segment: Equatable, Sendable {
        public var kind: DocumentKind
        /// Indices into the line array, first...last (both non-blank).
        public var first: Int
        public var last: Int
    }

    static func segments(of lines: [SourceLine], letterheads: Letterheads) -> [Segment] {
        var starts: [(index: Int, kind: DocumentKind)] = []
        var index = 0
        var inProtocol = false
        var protocolHasParagraphs = false
        var closingParagraphSeen = false
        while index < lines.count {
            let line = lines[index]
            defer { index += 1 }
            // Headings are short; a long line is text, whatever it contains.
            if line.isBlank || line.text.utf8.count > 160 { continue }
            if isProtocolHeading(line.text) || isProtocolHeadingInColumn(line) {
                starts.append((index, .protokoll))
                inProtocol = true
                protocolHasParagraphs = false
                closingParagraphSeen = false
                continue
            }
            if !inProtocol, starts.last?.kind != .kallelse, isNoticeHeading(lines, index) {
                starts.append((index, .kallelse))
                continue
            }
            if inProtocol {
                if let heading = MinutesParser.paragraphHeading(line.text) {
                    protocolHasParagraphs = true
                    // "§ 38" alone on its line (or with its diarienummer) has its title on the next.
                    let titleBelow = heading.title.isEmpty || MinutesParser.isDiaryNumber(heading.title)
                    let title = titleBelow ? lines.nextNonBlank(from: index + 1).map { lines[$0].text } ?? "" : heading.title
                    closingParagraphSeen = isClosingTitle(title)
                    if titleBelow, closingParagraphSeen, let next = lines.nextNonBlank(from: index + 1) { index = next }
                    continue
                }
                // The closing § has one block of text; what follows is the next document.
                if closingParagraphSeen, let end = endOfBlock(lines, from: index), let next = nextDocumentLine(lines, after: end) {
                    starts.append((next, .bilaga))
                    inProtocol = false
                    index = next
                    continue
                }
                if protocolHasParagraphs, lines.blankRun(before: index) >= 3, isDocumentHeading(line.text) {
                    starts.append((index, .bilaga))
                    inProtocol = false
                }
                continue
            }
            if starts.last?.kind != .kallelse, isAnnualReportHeading(line.text), lines.blankRun(before: index) >= 1 || starts.isEmpty {
                starts.append((index, .arsredovisning))
                continue
            }
            // Between bilagor of a packet; a report on its own keeps its sections together.
            if packetStarted(starts), lines.blankRun(before: index) >= 3, isDocumentHeading(line.text) || isLetterheadAboveHeading(lines, index, letterheads),
               !repeatsTitle(lines, index, of: starts.last?.index, letterheads) {
                starts.append((index, .bilaga))
                continue
            }
            if restartsNumbering(lines, at: index, since: starts.last?.index ?? 0) {
                starts.append((index, .bilaga))
            }
        }
        // The letterhead above a kallelse's or protokoll's heading belongs to it.
        for position in starts.indices where starts[position].kind == .kallelse || starts[position].kind == .protokoll {
            let floor = position > 0 ? starts[position - 1].index + 1 : 0
            var above = starts[position].index - 1
            while above >= floor, lines[above].isBlank, starts[position].index - above <= 3 { above -= 1 }
            if above >= floor, starts[position].index - above <= 3, letterheads.contains(lines[above].text) { starts[position].index = above }
        }
        if starts.first.map({ $0.index > 0 }) ?? true, let first = lines.nextNonBlank(from: 0) {
            if let head = starts.first, head.kind == .kallelse, head.index - first <= 12 {
                starts[0].index = first
            } else if starts.first?.index != first {
                starts.insert((first, .annat), at: 0)
            }
        }
        var result: [Segment] = []
        for (position, start) in starts.enumerated() {
            let limit = position + 1 < starts.count ? starts[position + 1].index - 1 : lines.count - 1
            var last = limit
            while last > start.index, lines[last].isBlank { last -= 1 }
            guard last >= start.index else { continue }
            // A scrap of a few lines is part of the document before it, not a document of its own.
            if start.kind == .bilaga, last - start.index < 8, let previous = result.last, previous.kind == .bilaga || previous.kind == .annat {
                result[result.count - 1].last = last
                continue
            }
            result.append(Segment(kind: start.kind, first: start.index, last: last))
        }
        let packetHasMeeting = result.contains { $0.kind == .kallelse || $0.kind == .protokoll }
        if !packetHasMeeting {
            for i in result.indices where result[i].kind == .bilaga { result[i].kind = .annat }
        }
        return result
    }

    /// "Samordningsförbundet Kustlandet" over "Äskanden inför 2017": the letterhead starts the bilaga.
    /// A letterhead the packet repeats starts one above any title; a name seen once, only above
    /// a document's heading.
    static func isLetterheadAboveHeading(_ lines: [SourceLine], _ index: Int, _ letterheads: Letterheads) -> Bool {
        guard let next = lines.nextNonBlank(from: index + 1), next - index <= 4 else { return false }
        if letterheads.contains(lines[index].text) { return !lines[next].text.hasSuffix(".") && lines[next].text.count <= 70 }
        return isDocumentHeading(lines[next].text) && letterheads.heads(lines[index].text, above: lines[next].text)
    }

    static func packetStarted(_ starts: [(index: Int, kind: DocumentKind)]) -> Bool {
        starts.contains { $0.kind == .protokoll } && starts.last?.kind != .kallelse
    }

    /// Slides repeat their heading on every page ("Verksamhetsidé" …); that is no new document.
    /// A letterhead repeats on every document: the headings under it are compared instead.
    static func repeatsTitle(_ lines: [SourceLine], _ index: Int, of start: Int?, _ letterheads: Letterheads) -> Bool {
        func heading(from index: Int) -> Substring? {
            guard var line = lines.nextNonBlank(from: index) else { return nil }
            if letterheads.contains(lines[line].text), let next = lines.nextNonBlank(from: line + 1) { line = next }
            return ArchiveText.fold(lines[line].text).split(separator: " ").first
        }
        guard let start, let previous = heading(from: start) else { return false }
        return heading(from: index) == previous
    }

    /// "SAMORDNINGSFÖRBUNDET X            PROTOKOLL": the heading in a column of the letterhead's line.
    static func isProtocolHeadingInColumn(_ line: SourceLine) -> Bool {
        // Only a line whose spacing was collapsed has columns; counting bytes costs nothing.
        guard line.spaced.utf8.count >= line.text.utf8.count + 2, line.text.utf8.count <= 120,
              line.text.hasSubstring("rotokoll") || line.text.hasSubstring("ROTOKOLL") else { return false }
        return ArchiveText.cells(of: line.spaced).contains { isProtocolHeading($0.text) }
    }

    static func isProtocolHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 60, text.unicodeScalars.contains(where: { $0 == "P" || $0 == "p" || $0 == "S" || $0 == "s" }) else { return false }
        let key = ArchiveText.key(text)
        if key.hasPrefix("sammantradesprotokoll") || key.hasPrefix("styrelseprotokoll") || key.hasPrefix("motesprotokoll") { return true }
        guard key.hasPrefix("protokoll") else { return false }
        // "Protokoll", "Protokoll fört vid …", "Protokoll från styrelsemöte", "Protokoll nr 3/2021",
        // "Protokoll styrelsen 2021-03-12"; not "Protokollet justeras …" or "Protokollförare: …".
        let rest = key.dropFirst(9)
        return rest.isEmpty || rest.first?.isASCIIDigitCharacter == true
            || ["fort", "fran", "vid", "nr", "styrelse", "sammantrade", "mote"].contains { rest.hasPrefix($0) }
    }

    static func isNoticeHeading(_ lines: [SourceLine], _ index: Int) -> Bool {
        let text = lines[index].text
        if text.utf8.count <= 60 {
            let key = ArchiveText.key(text)
            if key.hasPrefix("kallelse") || key.hasPrefix("foredragningslista") || key.hasPrefix("dagordning") { return true }
        }
        // OCR sometimes loses the heading; the first line then reads "Styrelsens sammanträde
        // 2019-05-17 klockan 09.00 – 12.00" and numbered items follow.
        guard !ArchiveText.dates(in: text).isEmpty, ArchiveText.key(text).hasSubstring("sammantrade"),
              ArchiveText.timeRange(in: text).start != nil else { return false }
        let following = lines[index..<min(lines.count, index + 40)]
        return following.contains { NoticeParser.itemNumber($0.text) != nil }
    }

    static func isClosingTitle(_ title: String) -> Bool {
        let key = ArchiveText.key(title)
        return key.hasSubstring("avslut") || key.hasSuffix("motetsavslutande") || key.hasSubstring("sammantradetsavslut")
    }

    static func isAnnualReportHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 100, text.count <= 50, !text.utf8.contains(40) else { return false }
        let key = ArchiveText.key(text)
        return key.hasPrefix("forvaltningsberattelse") || key.hasPrefix("arsredovisning")
    }

    /// Words that begin the title of a bilaga.
    static let documentWords = ["verksamhetside", "verksamhetsplan", "askande", "ansokan", "motesplan", "slutrapport",
                                "overenskommelse", "arsredovisning", "forvaltningsberattelse", "forstudie", "handlingsplan",
                                "forslag", "arsplan", "lokaloverenskommelse", "bilaga", "delrapport", "projektplan"]

    static func isDocumentHeading(_ text: String) -> Bool {
        guard text.count <= 70, let first = text.first, first.isUppercase || first.isASCIIDigitCharacter,
              text.utf8.contains(32), !text.utf8.contains(40), text.filter(\.isASCIIDigitCharacter).count <= 8 else { return false }
        let key = ArchiveText.key(text)
        return documentWords.contains { key.hasPrefix($0) } && !text.hasSuffix(".")
    }

    /// A report that follows another with no separator starts its own numbering again: "1. Bakgrund"
    /// after "14. UNDERSKRIFTER".
    static func restartsNumbering(_ lines: [SourceLine], at index: Int, since start: Int) -> Bool {
        guard sectionNumber(lines[index].text) == 1 else { return false }
        var highest = 0
        var i = index - 1
        while i >= start {
            if let number = sectionNumber(lines[i].text) { highest = max(highest, number) }
            i -= 1
        }
        return highest >= 4
    }

    /// "3. STYRELSEN" or "1. Bakgrund": a short numbered heading, not an agenda item in a kallelse.
    static func sectionNumber(_ text: String) -> Int? {
        // Most lines do not start with a digit; they are passed over before counting characters.
        guard let lead = text.utf8.first, ArchiveText.isDigit(lead), text.count <= 60,
              let dot = text.firstIndex(of: "."), dot > text.startIndex else { return nil }
        let digits = text[..<dot]
        guard digits.count <= 2, digits.allSatisfy(\.isASCIIDigitCharacter), let value = Int(digits) else { return nil }
        let rest = text[text.index(after: dot)...].drop { $0 == " " }
        guard let first = rest.first, first.isUppercase, !rest.hasSuffix(".") else { return nil }
        return value
    }

    /// The first line after `index` that is neither blank nor a "---" separator.
    static func nextDocumentLine(_ lines: [SourceLine], after index: Int) -> Int? {
        var i = index + 1
        while let next = lines.nextNonBlank(from: i) {
            if lines[next].text != "---" { return next }
            i = next + 1
        }
        return nil
    }

    /// The last line of the block of text that begins at or after `index`.
    static func endOfBlock(_ lines: [SourceLine], from index: Int) -> Int? {
        guard var i = lines.nextNonBlank(from: index) else { return nil }
        while i + 1 < lines.count, !lines[i + 1].isBlank { i += 1 }
        while i + 1 < lines.count, lines[i + 1].text == "---" { i += 1 }
        return i
    }
}
