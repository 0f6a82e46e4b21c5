/// How an imported document becomes the records Samordna keeps for meetings held in it: the
/// decision kinds and attendance roles of the meeting model, and the content of a justerat
/// protokoll. Pure, so the mapping is tested without a database.
public enum ImportedRecords {
    /// A reservation is no decision of its own: it stays in the § text.
    public static func decisionKind(_ kind: ImportedDecisionKind) -> DecisionKind? {
        switch kind {
        case .beslut: .decision
        case .godkandRapport: .approvedReport
        case .tillHandlingarna: .filed
        case .uppdrag: .assignment
        case .bifall: .approval
        case .avslag: .rejection
        case .ingetBeslut: .noDecision
        case .reservation: nil
        }
    }

    /// A beslutande noted as ersättare voted in a ledamot's place; ordförande is noted beside the name.
    public static func role(of person: ImportedAttendance) -> (role: AttendanceRole, isChair: Bool) {
        let note = person.note.map(ArchiveText.key) ?? ""
        switch person.role {
        case .beslutande:
            let serving = note.hasSubstring("ersattare") || note.hasSubstring("tjanstgor")
            return (serving ? .servingSubstitute : .decisionMaker, note.hasPrefix("ordf"))
        case .ersattare: return (.substitute, false)
        case .ovrig: return (.participant, false)
        }
    }

    public static func paragraphRange(of person: ImportedAttendance) -> ClosedRange<Int>? {
        guard let range = person.paragraphs, range.count == 2, range[0] <= range[1] else { return nil }
        return range[0]...range[1]
    }

    /// The § text without the decision sentences, which a protokoll shows apart; nil when nothing
    /// else is left. A "Beslut:" label left alone goes too.
    public static func narrative(of paragraph: ImportedParagraph) -> String? {
        var text = paragraph.text
        for decision in paragraph.decisions where decisionKind(decision.kind) != nil {
            if let range = text.range(of: decision.text) { text.removeSubrange(range) }
        }
        let lines = text.split(separator: "\n").map { ArchiveText.collapse($0) }.filter { !$0.isEmpty && ArchiveText.key($0) != "beslut" }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    /// The content of an imported protokoll as Samordna shows a justerat one.
    public static func snapshot(of document: ImportedDocument, associationName: String, bodyName: String) -> ProtocolSnapshot {
        let meeting = document.meeting
        let time = [meeting?.start, meeting?.end].compactMap { $0 }.joined(separator: "–")
        let people = document.attendance ?? []
        // A person present for part of the meeting keeps the §§ the packet gives.
        func line(_ person: ImportedAttendance) -> String {
            ([person.name, person.organisation, person.note] + [paragraphRange(of: person).map(ProtocolSnapshot.paragraphRange)])
                .compactMap { $0 }.joined(separator: ", ")
        }
        let signers = [document.secretary, document.chair].compactMap { $0 } + (document.adjusters ?? [])
        return ProtocolSnapshot(
            associationName: associationName, bodyName: bodyName, date: meeting?.date ?? "", place: meeting?.place ?? "", time: time,
            decisionMakers: people.filter { $0.role == .beslutande }.map(line),
            others: people.filter { $0.role != .beslutande }.map(line),
            signers: signers,
            paragraphs: (document.paragraphs ?? []).map { paragraph in
                ProtocolSnapshot.Paragraph(number: paragraph.number, title: paragraph.title, narrative: narrative(of: paragraph),
                                           secrecyGround: nil, decisions: paragraph.decisions.compactMap { decisionKind($0.kind) == nil ? nil : $0.text })
            })
    }
}

/// Finds the person in the register an imported name stands for: the same name whatever the
/// case and spacing, or else the one name close enough that OCR damage explains the difference
/// ("Maja Sddergren" for "Maja Södergren"). Two equally close names match neither.
public struct NameMatcher<ID: Hashable & Sendable>: Sendable {
    private var entries: [(id: ID, key: String)]

    public init(_ people: [(id: ID, name: String)]) {
        entries = people.map { ($0.id, Self.key($0.name)) }
    }

    public func match(_ name: String) -> ID? {
        let key = Self.key(name)
        guard !key.isEmpty else { return nil }
        if let exact = entries.first(where: { $0.key == key }) { return exact.id }
        let scored = entries.map { ($0.id, ArchiveText.similarity($0.key, key)) }.filter { $0.1 >= 0.85 }.sorted { $0.1 > $1.1 }
        guard let best = scored.first, scored.dropFirst().first.map({ $0.1 < best.1 }) ?? true else { return nil }
        return best.0
    }

    public mutating func add(id: ID, name: String) {
        entries.append((id, Self.key(name)))
    }

    static func key(_ name: String) -> String { ArchiveText.collapse(name).lowercased() }
}
