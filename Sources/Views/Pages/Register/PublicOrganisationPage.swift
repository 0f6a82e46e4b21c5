/// What anyone may see about an association without logging in: who it is, its members and its board.
public enum PublicOrganisationPage {
    public struct Seat: Sendable {
        public var person: String
        public var role: String
        public var member: String?

        public init(person: String, role: String, member: String?) {
            self.person = person
            self.role = role
            self.member = member
        }
    }

    public struct Model: Sendable {
        public var slug: String
        public var name: String
        public var formerNames: [RegisterOverview.NameRow]
        public var organisationNumber: String
        public var address: String?
        public var members: [(name: String, kind: String, since: String)]
        public var board: [Seat]
        public var hasAccess: Bool

        public init(slug: String, name: String, formerNames: [RegisterOverview.NameRow], organisationNumber: String,
                    address: String?, members: [(name: String, kind: String, since: String)], board: [Seat], hasAccess: Bool) {
            self.slug = slug
            self.name = name
            self.formerNames = formerNames
            self.organisationNumber = organisationNumber
            self.address = address
            self.members = members
            self.board = board
            self.hasAccess = hasAccess
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        Layout.page(title: model.name, context: context) {
            h1 { model.name }
            summaryList([
                (Sv.Register.organisationNumber, .text(model.organisationNumber)),
                (Sv.Register.address, .text(model.address ?? Sv.none)),
            ])
            paragraph(.class("actions")) {
                actionLink(SiteURL.calendar(model.slug).path, Sv.Meetings.publicCalendarTitle)
                actionLink(SiteURL.noticeBoard(model.slug).path, Sv.Anslag.boardTitle)
                actionLink(SiteURL.openCalls(model.slug).path, Sv.Calls.publicTitle)
                actionLink(SiteURL.search(model.slug).path, Sv.Search.navigation)
                if model.hasAccess { actionLink(SiteURL.register(model.slug).path, Sv.Register.toRegister) }
            }
            if !model.formerNames.isEmpty {
                h2 { Sv.Register.formerNames }
                ul(.class("plain")) {
                    for name in model.formerNames {
                        li { "\(name.name) (\(Sv.period(name.validFrom, name.validTo)))" }
                    }
                }
            }
            h2 { Sv.Members.title }
            dataTable(caption: Sv.Members.caption, headers: [Sv.Members.name, Sv.Members.kind, Sv.Members.joinedOn],
                      rows: model.members.map { [.text($0.name), .text($0.kind), .text($0.since)] }, emptyText: Sv.Members.none)
            h2 { Sv.Register.currentBoard }
            dataTable(caption: Sv.Register.currentBoard, headers: [Sv.Mandates.person, Sv.Mandates.role, Sv.Mandates.appointedBy],
                      rows: model.board.map { [.text($0.person), .text($0.role), .text($0.member ?? Sv.none)] },
                      emptyText: Sv.Register.noBoard)
        }
    }
}
