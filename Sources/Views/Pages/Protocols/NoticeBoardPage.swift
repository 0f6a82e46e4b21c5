/// The association's digital anslagstavla: current notices with their BEVIS and how to appeal,
/// coming meetings, and the archive.
public enum NoticeBoardPage {
    public struct Notice: Sendable {
        public var title: String
        public var url: String
        public var postedOn: String
        public var takenDownOn: String
        public var adjustedOn: String
        public var meetingDate: String

        public init(title: String, url: String, postedOn: String, takenDownOn: String, adjustedOn: String, meetingDate: String) {
            self.title = title
            self.url = url
            self.postedOn = postedOn
            self.takenDownOn = takenDownOn
            self.adjustedOn = adjustedOn
            self.meetingDate = meetingDate
        }
    }

    public struct Model: Sendable {
        public var associationName: String
        public var keptAt: String
        public var current: [Notice]
        public var archive: [Notice]
        public var coming: [MeetingRow]
        public var feedURL: String

        public init(associationName: String, keptAt: String, current: [Notice], archive: [Notice], coming: [MeetingRow], feedURL: String) {
            self.associationName = associationName
            self.keptAt = keptAt
            self.current = current
            self.archive = archive
            self.coming = coming
            self.feedURL = feedURL
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let title = Sv.Anslag.boardTitle + " – " + model.associationName
        return Layout.page(title: title, context: context) {
            h1 { title }
            paragraph { link(model.feedURL) { Sv.Anslag.feed } }
            section(.aria("labelledby", "aktuella")) {
                h2(.id("aktuella")) { Sv.Anslag.current }
                if model.current.isEmpty { paragraph { Sv.Anslag.noCurrent } }
                for notice in model.current {
                    tag("article", [.class("notice")]) {
                        h3 { link(notice.url) { notice.title } }
                        summaryList([
                            (Sv.Anslag.meetingDate, .text(notice.meetingDate)),
                            (Sv.Anslag.adjustedOn, .text(notice.adjustedOn)),
                            (Sv.Anslag.postedDate, .text(notice.postedOn)),
                            (Sv.Anslag.takenDownDate, .text(notice.takenDownOn)),
                            (Sv.Anslag.keptAt, .text(model.keptAt)),
                        ])
                        h4 { Sv.Anslag.appealTitle }
                        paragraph { Sv.Anslag.appealText(notice.takenDownOn) }
                    }
                }
            }
            section(.aria("labelledby", "kommande")) {
                h2(.id("kommande")) { Sv.Anslag.coming }
                dataTable(caption: Sv.Anslag.coming, headers: [Sv.Meetings.date, Sv.Meetings.body, Sv.Meetings.time, Sv.Meetings.place],
                          rows: model.coming.map { [.text($0.date), .text($0.body), .text($0.time), .text($0.place)] },
                          emptyText: Sv.Anslag.noComing)
            }
            section(.aria("labelledby", "arkiv")) {
                h2(.id("arkiv")) { Sv.Anslag.archive }
                dataTable(caption: Sv.Anslag.archive, headers: [Sv.Protocols.title, Sv.Anslag.postedDate, Sv.Anslag.takenDownDate],
                          rows: model.archive.map { notice in [link(notice.url) { notice.title }, .text(notice.postedOn), .text(notice.takenDownOn)] },
                          emptyText: Sv.Anslag.noArchive)
            }
        }
    }
}

func h4(_ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node { tag("h4", attributes, content) }
