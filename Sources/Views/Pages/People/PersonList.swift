/// Everyone in the register, with what they do today.
public enum PersonList {
    public struct Row: Sendable {
        public var id: String
        public var name: String
        public var title: String?
        public var currentMandates: [String]

        public init(id: String, name: String, title: String?, currentMandates: [String]) {
            self.id = id
            self.name = name
            self.title = title
            self.currentMandates = currentMandates
        }
    }

    public static func render(_ rows: [Row], slug: String, context: PageContext) -> String {
        Layout.page(title: Sv.People.title, context: context) {
            h1 { Sv.People.title }
            if context.association?.permissions.canEditRegister == true {
                paragraph { actionLink(SiteURL.personNew(slug).path, Sv.People.new) }
            }
            dataTable(caption: Sv.People.caption, headers: [Sv.People.name, Sv.People.personTitle, Sv.People.currentMandates],
                      rows: rows.map { row in
                          [link(SiteURL.person(slug, row.id).path) { row.name }, .text(row.title ?? Sv.none),
                           .text(row.currentMandates.isEmpty ? Sv.none : row.currentMandates.joined(separator: "; "))]
                      }, emptyText: Sv.People.none)
        }
    }
}
