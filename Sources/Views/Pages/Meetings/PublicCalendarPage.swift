/// The association's public calendar: coming sammanträden (cancelled ones marked) and the feeds.
public enum PublicCalendarPage {
    public struct Model: Sendable {
        public var associationName: String
        public var upcoming: [MeetingRow]
        public var feeds: [(label: String, url: String)]

        public init(associationName: String, upcoming: [MeetingRow], feeds: [(label: String, url: String)]) {
            self.associationName = associationName
            self.upcoming = upcoming
            self.feeds = feeds
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let title = Sv.Meetings.publicCalendarTitle + " – " + model.associationName
        return Layout.page(title: title, context: context) {
            h1 { title }
            dataTable(caption: Sv.Meetings.publicCaption,
                      headers: [Sv.Meetings.date, Sv.Meetings.body, Sv.Meetings.time, Sv.Meetings.place, Sv.Meetings.remote, Sv.Meetings.status],
                      rows: model.upcoming.map { row in
                          [.text(row.date), .text(row.body), .text(row.time), .text(row.locationText),
                           .text(row.remote ? Sv.yes : Sv.no), .text(row.statusText)]
                      }, emptyText: Sv.Meetings.noneUpcoming)
            MeetingList.feedLinks(model.feeds)
        }
    }
}
