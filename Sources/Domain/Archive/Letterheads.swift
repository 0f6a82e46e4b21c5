/// The lines an association prints above its papers: its name, the words of a logo. Found from the
/// packet itself, never from a list of names: a short line that heads several documents, a line
/// naming a samordningsförbund, or a short name standing alone above a document's heading.
struct Letterheads {
    /// Keys (`ArchiveText.key`) of the short lines that head the packet and at least one more of
    /// its documents. A slide's heading repeated on each of its pages never heads the packet.
    private let repeated: Set<String>

    init(_ lines: [SourceLine]) {
        let headLines = lines.indices.filter { !lines[$0].isBlank }.prefix(6)
        // A letterhead may share its line with a date at the right margin: its first cell counts.
        let head = Set(headLines.compactMap { ArchiveText.cells(of: lines[$0].spaced).first?.text }.filter(Self.isShort).map(ArchiveText.key))
        var later: Set<String> = []
        for index in lines.indices.dropFirst((headLines.last ?? -1) + 1) where !lines[index].isBlank && lines.blankRun(before: index) >= 2 {
            let text = lines[index].text
            if Self.isShort(text) { later.insert(ArchiveText.key(text)) }
        }
        repeated = head.intersection(later).filter { !$0.isEmpty }
    }

    func contains(_ text: String) -> Bool {
        guard Self.isShort(text) else { return false }
        let key = ArchiveText.key(text)
        return key.hasPrefix("samordningsforbu") || repeated.contains(key)
    }

    /// A letterhead, or a short name alone above the heading `next`.
    func heads(_ text: String, above next: String) -> Bool {
        contains(text) || Self.isName(text) && PacketSegmenter.isDocumentHeading(next) && !PacketSegmenter.isDocumentHeading(text)
    }

    /// A short line whose every word but a short one ("i", "och") starts with a capital, as a name
    /// is written; a subheading is written in lower case after its first word.
    static func isName(_ text: String) -> Bool {
        isShort(text) && text.split(separator: " ").allSatisfy { $0.count <= 3 || $0.first?.isUppercase == true }
    }

    /// A few words without figures or a sentence's end: a name, not a heading with its year.
    static func isShort(_ text: String) -> Bool {
        text.count <= 50 && !text.hasSuffix(".") && !text.contains(where: \.isASCIIDigitCharacter) && !text.contains("§")
            && text.split(separator: " ").count <= 5
    }
}
