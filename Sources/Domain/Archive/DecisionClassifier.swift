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
            if ArchiveText.fold(text.prefix(8)).replacingSpaces().hasPrefix("beslut"), text.contains(":"),
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

    public static func kind(of sentence: String) -> ImportedDecisionKind? {
        let s = sentence.lowercased()
        if s.hasPrefix("beredningsgruppen rekommender") || s.hasPrefix("beredningsgruppens förslag") || s.hasPrefix("vid sammanträdet")
            || s.hasPrefix("vid föregående") || s.contains("föreslår") {
            return nil
        }
        if s.contains("reserverade sig") || s.contains("reserverar sig") || s.contains("reservation") { return .reservation }
        if s.contains("inga beslut") || s.contains("inget beslut") { return .ingetBeslut }
        if s.contains("till handlingarna") { return .tillHandlingarna }
        if s.contains("godkände rapporten") || s.contains("rapporten godkändes") || s.contains("godkänner rapporten")
            || s.contains("godkände informationen") || s.contains("informationen godkändes") || s.contains("tackar för informationen") {
            return .godkandRapport
        }
        if s.contains("avslog") || s.contains("avslår") || s.contains("avslås") || s.contains("avslag") { return .avslag }
        if s.contains("biföll") || s.contains("bifaller") || s.contains("bifalls") || s.contains("beviljade") || s.contains("beviljas")
            || s.contains("bifölls") {
            return .bifall
        }
        if s.contains("i uppdrag") || s.contains("uppdrar") || s.contains("uppdrogs") || s.contains("ges uppdraget") { return .uppdrag }
        if s.contains("beslutar") || s.contains("beslutade") || s.contains("beslöt") || s.contains("godkändes") || s.contains("godkände")
            || s.contains("utsågs") || s.contains("valdes") || s.contains("antogs") || s.contains("fastställ") || s.contains("förklarade mötet")
            || s.contains("förklarar mötet") {
            return .beslut
        }
        return nil
    }
}
