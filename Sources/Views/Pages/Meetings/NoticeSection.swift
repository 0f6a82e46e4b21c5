/// The kallelse on the meeting page: its versions, whether the agenda changed since, the publish
/// form, who cannot be reached by e-mail, and the delivery status per recipient.
public enum NoticeSection {
    public struct Delivery: Sendable {
        public var recipient: String
        public var subject: String
        public var status: String
        public var attempts: Int
        public var lastError: String?

        public init(recipient: String, subject: String, status: String, attempts: Int, lastError: String?) {
            self.recipient = recipient
            self.subject = subject
            self.status = status
            self.attempts = attempts
            self.lastError = lastError
        }
    }

    public struct Model: Sendable {
        public var latest: (version: Int, text: String)?
        public var changedSincePublished: Bool
        public var hasItems: Bool
        public var unreachable: [String]
        public var deliveries: [Delivery]

        public init(latest: (version: Int, text: String)?, changedSincePublished: Bool, hasItems: Bool, unreachable: [String],
                    deliveries: [Delivery]) {
            self.latest = latest
            self.changedSincePublished = changedSincePublished
            self.hasItems = hasItems
            self.unreachable = unreachable
            self.deliveries = deliveries
        }
    }

    static func render(_ model: Model, slug: String, meetingID: String, canPublish: Bool, state: FormState) -> Node {
        section(.aria("labelledby", "kallelse")) {
            h2(.id("kallelse")) { Sv.Notices.title }
            if let latest = model.latest {
                paragraph {
                    latest.text + " "
                    link(SiteURL.notice(slug, meetingID).path) { Sv.Notices.show }
                }
                if model.changedSincePublished { paragraph(.class("warning")) { Sv.Notices.changedSincePublished } }
            } else {
                paragraph { Sv.Notices.notPublished }
            }
            if canPublish, model.latest == nil || model.changedSincePublished {
                if model.hasItems {
                    FormView.render(state, action: SiteURL.notice(slug, meetingID).path,
                                    submit: model.latest == nil ? Sv.Notices.publish : Sv.Notices.publishRevised,
                                    items: model.latest == nil ? [] : [.field(FieldSpec("changeNote", Sv.Notices.changeNote, .textarea,
                                                                                        hint: Sv.Notices.changeNoteHint))])
                } else {
                    paragraph { Sv.Notices.emptyAgenda }
                }
            }
            if !model.unreachable.isEmpty {
                paragraph(.class("warning")) { Sv.Notices.unreachable + ": " + model.unreachable.joined(separator: ", ") }
            }
            h3 { Sv.Notices.deliveries }
            dataTable(caption: Sv.Notices.deliveriesCaption,
                      headers: [Sv.Notices.recipient, Sv.Notices.subject, Sv.Notices.status, Sv.Notices.attempts, Sv.Notices.lastError],
                      rows: model.deliveries.map {
                          [.text($0.recipient), .text($0.subject), .text($0.status), .text(String($0.attempts)), .text($0.lastError ?? Sv.none)]
                      }, numericColumns: [3], emptyText: Sv.Notices.noDeliveries)
        }
    }
}
