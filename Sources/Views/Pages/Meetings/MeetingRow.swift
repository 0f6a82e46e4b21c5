import Domain

/// A sammanträde as lists and calendars show it.
public struct MeetingRow: Sendable {
    public var id: String
    public var body: String
    public var date: String
    public var time: String
    public var place: String
    public var remote: Bool
    public var theme: String?
    public var phase: MeetingPhase
    public var format: MeetingFormat = .onSite

    public init(id: String, body: String, date: String, time: String, place: String, remote: Bool, theme: String?, phase: MeetingPhase) {
        self.id = id
        self.body = body
        self.date = date
        self.time = time
        self.place = place
        self.remote = remote
        self.theme = theme
        self.phase = phase
    }

    public var cancelled: Bool { phase == .cancelled }
    /// Neither held nor cancelled: the meeting, its agenda and its bilagor can still change.
    public var isOpen: Bool { phase == .planned || phase == .called }
    var statusText: String { Sv.Meetings.phase(phase) }
    /// The place as every page says it: a distansmöte without a room reads "Distansmöte".
    var locationText: String { Sv.Meetings.location(format, place: place, address: nil) }
}
