/// All members of the association, past ones included, with their dates.
public enum MemberList {
    public struct Row: Sendable {
        public var id: String
        public var name: String
        public var kind: String
        public var organisationNumber: String
        public var joinedOn: String
        public var leftOn: String?
        public var postsNotices: Bool

        public init(id: String, name: String, kind: String, organisationNumber: String, joinedOn: String,
                    leftOn: String?, postsNotices: Bool) {
            self.id = id
            self.name = name
            self.kind = kind
            self.organisationNumber = organisationNumber
            self.joinedOn = joinedOn
            self.leftOn = leftOn
            self.postsNotices = postsNotices
        }
    }

    public static func render(_ rows: [Row], slug: String, context: PageContext) -> String {
        Layout.page(title: Sv.Members.title, context: context) {
            h1 { Sv.Members.title }
            if context.association?.permissions.canEditRegister == true {
                paragraph { actionLink(SiteURL.memberNew(slug).path, Sv.Members.new) }
            }
            dataTable(caption: Sv.Members.caption,
                      headers: [Sv.Members.name, Sv.Members.kind, Sv.Register.organisationNumber, Sv.Members.joinedOn,
                                Sv.Members.leftOn, Sv.Members.noticeBoard],
                      rows: rows.map { row in
                          [link(SiteURL.member(slug, row.id).path) { row.name }, .text(row.kind), .text(row.organisationNumber),
                           .text(row.joinedOn), .text(row.leftOn ?? Sv.none), .text(Sv.yesNo(row.postsNotices))]
                      }, emptyText: Sv.Members.none)
        }
    }
}
