/// The mötesplan: a year's sammanträden of every body, with links to the calendar feeds.
public enum MeetingList {
    public struct Model: Sendable {
        public var year: Int
        public var years: [Int]
        public var rows: [MeetingRow]
        public var feeds: [(label: String, url: String)]

        public init(year: Int, years: [Int], rows: [MeetingRow], feeds: [(label: String, url: String)]) {
            self.year = year
            self.years = years
            self.rows = rows
            self.feeds = feeds
        }
    }

    public static func render(_ model: Model, slug: String, context: PageContext) -> String {
        Layout.page(title: Sv.Meetings.title + " \(model.year)", context: context) {
            h1 { Sv.Meetings.title + " \(model.year)" }
            paragraph(.class("actions")) {
                if context.association?.permissions.canPrepareMeetings == true {
                    actionLink(SiteURL.meetingNew(slug).path, Sv.Meetings.new)
                }
                actionLink(SiteURL.standingItems(slug).path, Sv.Agenda.standingTitle)
            }
            tag("form", [.method("get"), .action(SiteURL.meetings(slug).path), .class("inline-form")]) {
                FormView.render(FieldSpec("ar", Sv.Meetings.year, .select(model.years.map { (String($0), String($0)) }, includeEmpty: false)),
                                FormState(values: ["ar": String(model.year)], csrfToken: nil))
                button(.type("submit"), .class("button secondary")) { Sv.Meetings.show }
            }
            dataTable(caption: Sv.Meetings.caption + " \(model.year)",
                      headers: [Sv.Meetings.date, Sv.Meetings.body, Sv.Meetings.time, Sv.Meetings.place, Sv.Meetings.theme, Sv.Meetings.status],
                      rows: model.rows.map { row in
                          [link(SiteURL.meeting(slug, row.id).path) { row.date }, .text(row.body), .text(row.time),
                           .text(row.locationText), .text(row.theme ?? Sv.none), .text(row.statusText)]
                      }, emptyText: Sv.Meetings.none)
            feedLinks(model.feeds)
        }
    }

    static func feedLinks(_ feeds: [(label: String, url: String)]) -> Node {
        section(.aria("labelledby", "kalenderfloden")) {
            h2(.id("kalenderfloden")) { Sv.Meetings.calendarFeeds }
            ul {
                for feed in feeds { li { link(feed.url) { feed.label } } }
            }
        }
    }
}
