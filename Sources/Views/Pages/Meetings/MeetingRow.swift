/// A sammanträde as lists and calendars show it.
public struct MeetingRow: Sendable {
    public var id: String
    public var body: String
    public var date: String
    public var time: String
    public var place: String
    public var remote: Bool
    public var theme: String?
    public var cancelled: Bool

    public init(id: String, body: String, date: String, time: String, place: String, remote: Bool, theme: String?, cancelled: Bool) {
        self.id = id
        self.body = body
        self.date = date
        self.time = time
        self.place = place
        self.remote = remote
        self.theme = theme
        self.cancelled = cancelled
    }

    var statusText: String { cancelled ? Sv.Meetings.cancelled : Sv.Meetings.planned }
}
