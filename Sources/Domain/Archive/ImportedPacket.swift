/// What the archive importer found in one file: the documents of a board packet, in the exact
/// shape of `specs/import-format.md`. Unknown values are encoded as `null`, never left out.
public struct ImportedPacket: Codable, Equatable, Sendable {
    public var source: String
    public var documents: [ImportedDocument]

    public init(source: String, documents: [ImportedDocument]) {
        self.source = source
        self.documents = documents
    }
}

public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    case kallelse, protokoll, bilaga, arsredovisning, annat
}

public struct ImportedDocument: Codable, Equatable, Sendable {
    public var kind: DocumentKind
    public var title: String?
    /// First and last 1-based source line.
    public var lines: [Int]
    public var meeting: ImportedMeeting?
    public var items: [ImportedItem]?
    public var secretary: String?
    public var chair: String?
    public var adjusters: [String]?
    public var adjustedOn: String?
    public var noticePostedOn: String?
    public var noticeRemovedOn: String?
    public var attendance: [ImportedAttendance]?
    public var paragraphs: [ImportedParagraph]?
    public var warnings: [ImportWarning]?

    public init(kind: DocumentKind, title: String? = nil, lines: [Int]) {
        self.kind = kind
        self.title = title
        self.lines = lines
    }

    enum CodingKeys: String, CodingKey {
        case kind, title, lines, meeting, items, secretary, chair, adjusters, adjustedOn, noticePostedOn, noticeRemovedOn,
             attendance, paragraphs, warnings
    }

    /// A kallelse carries meeting and items; a protokoll everything; other documents only kind,
    /// title and lines. Within its kind every field is present, `null` when unknown.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch kind {
        case .kallelse:
            try container.encode(lines, forKey: .lines)
            try container.encode(meeting, forKey: .meeting)
            try container.encode(items ?? [], forKey: .items)
        case .protokoll:
            try container.encode(lines, forKey: .lines)
            try container.encode(meeting, forKey: .meeting)
            try container.encode(secretary, forKey: .secretary)
            try container.encode(chair, forKey: .chair)
            try container.encode(adjusters ?? [], forKey: .adjusters)
            try container.encode(adjustedOn, forKey: .adjustedOn)
            try container.encode(noticePostedOn, forKey: .noticePostedOn)
            try container.encode(noticeRemovedOn, forKey: .noticeRemovedOn)
            try container.encode(attendance ?? [], forKey: .attendance)
            try container.encode(paragraphs ?? [], forKey: .paragraphs)
        case .bilaga, .arsredovisning, .annat:
            try container.encode(title, forKey: .title)
            try container.encode(lines, forKey: .lines)
            // The spec shows other documents as kind, title and lines; warnings only when there are some.
            if let warnings, !warnings.isEmpty { try container.encode(warnings, forKey: .warnings) }
            return
        }
        try container.encode(warnings ?? [], forKey: .warnings)
    }
}

extension ImportedDocument {
    /// The 0-based indices of the document's lines in a text of `count` lines. The numbers are
    /// 1-based and clamped to the text; empty when none of them is in it.
    public func lineIndices(in count: Int) -> Range<Int> {
        let first = max(1, lines.first ?? 1), last = min(count, max(first, lines.last ?? first))
        return first <= last ? (first - 1)..<last : 0..<0
    }
}

public struct ImportedMeeting: Codable, Equatable, Sendable {
    public var date: String?
    public var start: String?
    public var end: String?
    public var place: String?
    public var remote: Bool

    public init(date: String? = nil, start: String? = nil, end: String? = nil, place: String? = nil, remote: Bool = false) {
        self.date = date
        self.start = start
        self.end = end
        self.place = place
        self.remote = remote
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(place, forKey: .place)
        try container.encode(remote, forKey: .remote)
    }
}

public struct ImportedItem: Codable, Equatable, Sendable {
    public var number: Int
    public var title: String
    public var presenter: String?
    public var attachments: [String]

    public init(number: Int, title: String, presenter: String? = nil, attachments: [String] = []) {
        self.number = number
        self.title = title
        self.presenter = presenter
        self.attachments = attachments
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number, forKey: .number)
        try container.encode(title, forKey: .title)
        try container.encode(presenter, forKey: .presenter)
        try container.encode(attachments, forKey: .attachments)
    }
}

public enum ImportedRole: String, Codable, Sendable {
    case beslutande
    case ersattare = "ersättare"
    case ovrig = "övrig"
}

public struct ImportedAttendance: Codable, Equatable, Sendable {
    public var name: String
    public var organisation: String?
    public var role: ImportedRole
    public var note: String?
    /// `[first, last]` when present only for those paragraphs.
    public var paragraphs: [Int]?

    public init(name: String, organisation: String?, role: ImportedRole, note: String? = nil, paragraphs: [Int]? = nil) {
        self.name = name
        self.organisation = organisation
        self.role = role
        self.note = note
        self.paragraphs = paragraphs
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(organisation, forKey: .organisation)
        try container.encode(role, forKey: .role)
        try container.encode(note, forKey: .note)
        try container.encode(paragraphs, forKey: .paragraphs)
    }
}

public struct ImportedParagraph: Codable, Equatable, Sendable {
    public var number: Int
    public var title: String
    public var text: String
    public var decisions: [ImportedDecision]

    public init(number: Int, title: String, text: String, decisions: [ImportedDecision] = []) {
        self.number = number
        self.title = title
        self.text = text
        self.decisions = decisions
    }
}

public enum ImportedDecisionKind: String, Codable, Sendable {
    case beslut
    case godkandRapport = "godkänd-rapport"
    case tillHandlingarna = "till-handlingarna"
    case uppdrag, bifall, avslag, reservation
    case ingetBeslut = "inget-beslut"
}

public struct ImportedDecision: Codable, Equatable, Sendable {
    public var kind: ImportedDecisionKind
    public var text: String

    public init(kind: ImportedDecisionKind, text: String) {
        self.kind = kind
        self.text = text
    }
}

public struct ImportWarning: Codable, Equatable, Sendable {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}
