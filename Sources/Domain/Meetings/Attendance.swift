import Foundation

/// How a person takes part in a sammanträde (DOMAIN.md §3.3).
public enum AttendanceRole: String, CaseIterable, Sendable, Codable {
    /// A ledamot (incl. ordförande) voting for their own seat.
    case decisionMaker = "decision_maker"
    /// An ersättare voting in place of an absent ledamot (tjänstgörande ersättare).
    case servingSubstitute = "serving_substitute"
    /// An ersättare present without a vote.
    case substitute
    /// Officials, presenters and other invited (övriga deltagare).
    case participant
    /// Adjungerad: co-opted, may speak but not vote.
    case coopted

    public var votes: Bool { self == .decisionMaker || self == .servingSubstitute }
}

public enum ParticipationMode: String, CaseIterable, Sendable, Codable {
    case onSite = "on_site"
    case remote
}

/// One person's attendance. Without a § range the person is present for every §.
public struct AttendanceEntry: Equatable, Sendable {
    public var personID: UUID
    public var role: AttendanceRole
    public var mode: ParticipationMode
    public var paragraphs: ClosedRange<Int>?
    /// For a tjänstgörande ersättare: the ledamot whose seat they fill.
    public var servesForPersonID: UUID?
    public var isChair: Bool
    /// Listed in the protokoll's närvarobilaga ("För övriga se bilaga N"); only for those who do not vote.
    public var inAppendix: Bool

    public init(personID: UUID, role: AttendanceRole, mode: ParticipationMode = .onSite, paragraphs: ClosedRange<Int>? = nil,
                servesForPersonID: UUID? = nil, isChair: Bool = false, inAppendix: Bool = false) {
        self.inAppendix = inAppendix
        self.personID = personID
        self.role = role
        self.mode = mode
        self.paragraphs = paragraphs
        self.servesForPersonID = servesForPersonID
        self.isChair = isChair
    }

    public func isPresent(at paragraph: Int) -> Bool {
        paragraphs?.contains(paragraph) ?? true
    }

    func overlaps(_ other: AttendanceEntry) -> Bool {
        switch (paragraphs, other.paragraphs) {
        case (nil, _), (_, nil): true
        case let (a?, b?): a.overlaps(b)
        }
    }
}

extension AttendanceEntry {
    /// Reads the attendance form. A § range is optional (present for every §), but when given
    /// both ends are needed and in order; only a tjänstgörande ersättare names a seat.
    public static func parse(_ input: [String: String]) -> Result<AttendanceEntry, ValidationFailure> {
        var v = FieldValidator(input)
        let person = v.reference("personID")
        let role = v.choice("role", as: AttendanceRole.self)
        let mode = v.choice("mode", as: ParticipationMode.self, required: false) ?? .onSite
        let from = v.integer("fromParagraph", in: 1...9999, required: false)
        let to = v.integer("toParagraph", in: 1...9999, required: from != nil)
        if from == nil, to != nil { v.add("fromParagraph", .required) }
        if let from, let to, to < from { v.add("toParagraph", .endBeforeStart) }
        let seat = v.reference("servesForPersonID", required: false)
        if seat != nil, role != .servingSubstitute { v.add("servesForPersonID", .notAChoice) }
        let chair = v.flag("isChair")
        if chair, role?.votes == false { v.add("isChair", .notAllowed) }
        let inAppendix = v.flag("inAppendix")
        if inAppendix, role?.votes == true { v.add("inAppendix", .notAllowed) }
        return v.result {
            guard let person, let role else { return nil }
            var range: ClosedRange<Int>?
            if let from, let to, from <= to { range = Int(from)...Int(to) }
            return AttendanceEntry(personID: person, role: role, mode: mode, paragraphs: range,
                                   servesForPersonID: role == .servingSubstitute ? seat : nil, isChair: chair, inAppendix: inAppendix)
        }
    }
}
