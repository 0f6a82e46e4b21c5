import Foundation

/// A planned sammanträde of a body: when, where, its form (on site, with remote participation
/// offered, or a distansmöte), and the theme from the mötesplan. A notice names a physical place
/// unless the meeting is a distansmöte (DOMAIN.md §3.2, 19 a § FINSAM).
public struct MeetingDraft: Equatable, Sendable {
    public var bodyID: UUID
    public var date: CivilDate
    public var startsAt: ClockTime
    public var endsAt: ClockTime?
    public var place: String
    public var address: String?
    public var format: MeetingFormat
    public var theme: String?

    public var remoteOffered: Bool { format.offersRemoteParticipation }

    public init(bodyID: UUID, date: CivilDate, startsAt: ClockTime, endsAt: ClockTime?, place: String, address: String?,
                remoteOffered: Bool, theme: String?, format: MeetingFormat? = nil) {
        self.bodyID = bodyID
        self.date = date
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.place = place
        self.address = address
        self.format = format ?? .legacy(remoteOffered: remoteOffered)
        self.theme = theme
    }

    /// `rules` say from which day remote participation is allowed; a form that needs it on a
    /// date before that is refused. A form posted without `format` reads the older remote checkbox.
    public static func parse(_ input: [String: String], rules: AssociationRules) -> Result<MeetingDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let body = v.reference("bodyID")
        let date = v.date("date")
        let starts = v.time("startsAt")
        let ends = v.time("endsAt", required: false)
        if let starts, let ends, ends <= starts { v.add("endsAt", .endBeforeStart) }
        let format: MeetingFormat?
        if input["format"] != nil {
            format = v.choice("format", as: MeetingFormat.self)
        } else {
            format = .legacy(remoteOffered: v.flag("remoteOffered"))
        }
        let place = v.text("place", required: format?.needsPlace ?? true, maxLength: 200)
        let address = v.text("address", required: false, maxLength: 200)
        if let format, format.offersRemoteParticipation, let date, !rules.allowsRemoteParticipation(on: date) {
            v.add(input["format"] == nil ? "remoteOffered" : "format", .remoteNotAllowed)
        }
        let theme = v.text("theme", required: false, maxLength: 200)
        return v.result {
            guard let body, let date, let starts, let format else { return nil }
            return MeetingDraft(bodyID: body, date: date, startsAt: starts, endsAt: ends, place: place ?? "", address: address,
                                remoteOffered: format.offersRemoteParticipation, theme: theme, format: format)
        }
    }

    /// The beredningsgrupp meets a week before the board (DOMAIN.md §3.1).
    public var preparatoryMeetingDate: CivilDate? { date.adding(days: -7) }
}

public enum MeetingStatus: String, CaseIterable, Sendable, Codable {
    case planned
    case cancelled
}
