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

    public init(personID: UUID, role: AttendanceRole, mode: ParticipationMode = .onSite, paragraphs: ClosedRange<Int>? = nil,
                servesForPersonID: UUID? = nil, isChair: Bool = false) {
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
