/// What a kallelse says, captured when it is published: the association, the body, when and where,
/// and the numbered items with presenter and proposal. Two captures are compared to tell whether
/// the agenda has changed since the kallelse went out.
public struct NoticeContent: Codable, Equatable, Sendable {
    public struct Item: Codable, Equatable, Sendable {
        public var number: Int
        public var title: String
        public var kind: AgendaItemKind
        public var presenter: String?
        public var background: String?
        public var proposal: String?
        public var recommendation: Recommendation
        public var recommendationText: String?
        public var secrecyGround: String?
        public var addedAtMeeting: Bool
        /// The numbers of the bilagor that belong to this item.
        public var attachmentNumbers: [Int]
        /// The diarienummer of the ärende the item handles ("10-2015"); nil when it names none.
        public var diaryNumber: String?

        public init(number: Int, title: String, kind: AgendaItemKind, presenter: String?, background: String?, proposal: String?,
                    recommendation: Recommendation, recommendationText: String?, secrecyGround: String?, addedAtMeeting: Bool,
                    attachmentNumbers: [Int] = []) {
            self.attachmentNumbers = attachmentNumbers
            self.number = number
            self.title = title
            self.kind = kind
            self.presenter = presenter
            self.background = background
            self.proposal = proposal
            self.recommendation = recommendation
            self.recommendationText = recommendationText
            self.secrecyGround = secrecyGround
            self.addedAtMeeting = addedAtMeeting
        }
    }

    /// A bilaga as the kallelse lists it; the file itself is fetched through its page.
    public struct AttachmentRef: Codable, Equatable, Sendable {
        public var number: Int
        public var title: String
        /// The latest version, so that replacing a file counts as a change to the kallelse.
        public var version: Int
        public var secrecyGround: String?
        /// Published although it belongs only to secret items; nil in kallelser from before this
        /// could be chosen, which counts as not published.
        public var publishedExplicitly: Bool?

        public init(number: Int, title: String, version: Int, secrecyGround: String?, publishedExplicitly: Bool? = nil) {
            self.number = number
            self.title = title
            self.version = version
            self.secrecyGround = secrecyGround
            self.publishedExplicitly = publishedExplicitly
        }
    }

    public var associationName: String
    public var bodyName: String
    public var date: String
    public var startsAt: String
    public var endsAt: String?
    public var place: String
    public var address: String?
    public var remoteOffered: Bool
    /// Nil in kallelser of meetings planned before formats existed (then `remoteOffered` says it).
    public var format: MeetingFormat?
    public var theme: String?
    public var items: [Item]
    public var attachments: [AttachmentRef]

    public init(associationName: String, bodyName: String, date: String, startsAt: String, endsAt: String?, place: String,
                address: String?, remoteOffered: Bool, theme: String?, items: [Item], attachments: [AttachmentRef] = []) {
        self.attachments = attachments
        self.associationName = associationName
        self.bodyName = bodyName
        self.date = date
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.place = place
        self.address = address
        self.remoteOffered = remoteOffered
        self.theme = theme
        self.items = items
    }

    public var effectiveFormat: MeetingFormat { format ?? .legacy(remoteOffered: remoteOffered) }

    /// The kallelse as the public may see it: secret items keep their number and legal ground only.
    public var publicVersion: NoticeContent {
        var copy = self
        copy.items = items.map { item in
            guard let ground = item.secrecyGround else { return item }
            return Item(number: item.number, title: "", kind: item.kind, presenter: nil, background: nil, proposal: nil,
                        recommendation: .none, recommendationText: nil, secrecyGround: ground, addedAtMeeting: item.addedAtMeeting)
        }
        copy.attachments = attachments.map { attachment in
            guard let ground = secrecyGround(ofAttachment: attachment.number) else { return attachment }
            return AttachmentRef(number: attachment.number, title: "", version: attachment.version, secrecyGround: ground)
        }
        return copy
    }

    /// Why a bilaga is kept from the public, or nil when it is public: its own ground, or the
    /// grounds of the secret items it alone belongs to (`AttachmentSecrecy`).
    public func secrecyGround(ofAttachment number: Int) -> String? {
        guard let attachment = attachments.first(where: { $0.number == number }) else { return nil }
        let itemGrounds = items.filter { $0.attachmentNumbers.contains(number) }.map(\.secrecyGround)
        return AttachmentSecrecy.ground(own: attachment.secrecyGround, itemGrounds: itemGrounds,
                                        publishedExplicitly: attachment.publishedExplicitly ?? false)
    }
}
