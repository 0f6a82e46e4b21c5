/// Finds the decision sentences of an old § and says what kind each is (`specs/import-format.md`):
/// "Styrelsen godkände rapporten." is a godkänd-rapport, "Beslut: Styrelsen biföll äskandet …"
/// a bifall. A beredningsgrupp's recommendation or a report of an earlier meeting's decision is
/// not a decision of this meeting.
public enum DecisionClassifier {
    /// `blocks` are the §'s text blocks, each a list of lines.
    public static func decisions(in blocks: [[String]]) -> [ImportedDecision] {
        var result: [ImportedDecision] = []
        var index = 0
        while index < blocks.count {
            let text = blocks[index].joined(separator: " ")
            if ArchiveText.key(text.prefix(8)).hasPrefix("beslut"), text.contains(":"),
               let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 8 {
                // "Beslut:" and the list after it, up to the next block that is not part of the list.
                var parts = [ArchiveText.collapse(text[text.index(after: colon)...])]
                while index + 1 < blocks.count, let next = blocks[index + 1].first, parts.joined().isEmpty || NoticeParser.isBullet(next) {
                    parts.append(blocks[index + 1].joined(separator: " "))
                    index += 1
                }
                let decision = parts.filter { !$0.isEmpty }.joined(separator: " ")
                if !decision.isEmpty { result.append(ImportedDecision(kind: kind(of: decision) ?? .beslut, text: decision)) }
                index += 1
                continue
            }
            for sentence in sentences(text) {
                if let kind = kind(of: sentence) { result.append(ImportedDecision(kind: kind, text: sentence)) }
            }
            index += 1
        }
        return result
    }

    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let atEnd = index + 1 == characters.count
            // A sentence ends at a full stop followed by a capital letter ("s.k. full" goes on).
            if ".!?".contains(character), atEnd || characters[index + 1] == " " && (index + 2 >= characters.count || characters[index + 2].isUppercase) {
                result.append(ArchiveText.collapse(current))
                current = ""
            }
        }
        if !ArchiveText.collapse(current).isEmpty { result.append(ArchiveText.collapse(current)) }
        return result
    }

    /// The kind a sentence states, matched on its folded form so that OCR text without å/ä/ö
    /// ("godkande rapporten") reads like the original.
    public static func kind(of sentence: String) -> ImportedDecisionKind? {
        let s = FoldedText(sentence)
        if s.starts(with: "beredningsgruppen rekommender", "beredningsgruppens forslag", "vid sammantradet", "vid foregaende")
            || s.contains("foreslar") {
            return nil
        }
        // The chair declaring the meeting open or closed records a fact, not a decision (specs/import-format.md).
        if s.contains("forklarade", "forklarar", "forklaras"), s.contains("oppnat", "avslutat", "oppnad", "avslutad") { return nil }
        if s.contains("reserverade sig", "reserverar sig", "reservation") { return .reservation }
        if s.contains("inga beslut", "inget beslut") { return .ingetBeslut }
        if s.contains("till handlingarna") { return .tillHandlingarna }
        if s.contains("godkande rapporten", "rapporten godkandes", "godkanner rapporten", "godkande informationen",
                      "informationen godkandes", "tackar for informationen") {
            return .godkandRapport
        }
        if s.contains("avslog", "avslar", "avslas", "avslag") { return .avslag }
        if s.contains("bifoll", "bifaller", "bifalls", "beviljade", "beviljas") { return .bifall }
        if s.contains("i uppdrag", "uppdrar", "uppdrogs", "ges uppdraget") { return .uppdrag }
        if s.contains("beslutar", "beslutade", "beslot", "godkandes", "godkande", "utsags", "valdes", "antogs", "faststall") {
            return .beslut
        }
        return nil
    }
}

/// A sentence folded by `ArchiveText.fold`: the classifier asks some forty questions of every
/// sentence of every §.
private struct FoldedText {
    let text: String

    init(_ sentence: String) { text = ArchiveText.fold(sentence) }

    func starts(with prefixes: String...) -> Bool {
        prefixes.contains { text.utf8.starts(with: $0.utf8) }
    }

    func contains(_ needles: String...) -> Bool {
        needles.contains { text.hasSubstring($0) }
    }
}
