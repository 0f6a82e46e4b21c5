import Foundation

/// A planned sammanträde of a body: when, where, whether remote participation is offered, and
/// the theme from the mötesplan. A notice always names a physical place (DOMAIN.md §3.2).
public struct MeetingDraft: Equatable, Sendable {
    public var bodyID: UUID
    public var date: CivilDate
    public var startsAt: ClockTime
    public var endsAt: ClockTime?
    public var place: String
    public var address: String?
    public var remoteOffered: Bool
    public var theme: String?

    public init(bodyID: UUID, date: CivilDate, startsAt: ClockTime, endsAt: ClockTime?, place: String, address: String?,
                remoteOffered: Bool, theme: String?) {
        self.bodyID = bodyID
        self.date = date
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.place = place
        self.address = address
        self.remoteOffered = remoteOffered
        self.theme = theme
    }

    /// `remoteAllowed` is the association's rule; offering remote participation without it is refused.
    public static func parse(_ input: [String: String], remoteAllowed: Bool) -> Result<MeetingDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let body = v.reference("bodyID")
        let date = v.date("date")
        let starts = v.time("startsAt")
        let ends = v.time("endsAt", required: false)
        if let starts, let ends, ends <= starts { v.add("endsAt", .endBeforeStart) }
        let place = v.text("place", maxLength: 200)
        let address = v.text("address", required: false, maxLength: 200)
        let remote = v.flag("remoteOffered")
        if remote, !remoteAllowed { v.add("remoteOffered", .remoteNotAllowed) }
        let theme = v.text("theme", required: false, maxLength: 200)
        return v.result {
            guard let body, let date, let starts, let place else { return nil }
            return MeetingDraft(bodyID: body, date: date, startsAt: starts, endsAt: ends, place: place, address: address,
                                remoteOffered: remote, theme: theme)
        }
    }

    /// The beredningsgrupp meets a week before the board (DOMAIN.md §3.1).
    public var preparatoryMeetingDate: CivilDate? { date.adding(days: -7) }
}

public enum MeetingStatus: String, CaseIterable, Sendable, Codable {
    case planned
    case cancelled
}
