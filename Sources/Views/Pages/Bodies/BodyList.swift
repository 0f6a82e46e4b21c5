/// The association's organs.
public enum BodyList {
    public struct Row: Sendable {
        public var id: String
        public var name: String
        public var kind: String
        public var establishedOn: String?
        public var dissolvedOn: String?

        public init(id: String, name: String, kind: String, establishedOn: String?, dissolvedOn: String?) {
            self.id = id
            self.name = name
            self.kind = kind
            self.establishedOn = establishedOn
            self.dissolvedOn = dissolvedOn
        }
    }

    public static func render(_ rows: [Row], slug: String, context: PageContext) -> String {
        Layout.page(title: Sv.Bodies.title, context: context) {
            h1 { Sv.Bodies.title }
            if context.association?.permissions.canEditRegister == true {
                paragraph { actionLink(SiteURL.bodyNew(slug).path, Sv.Bodies.new) }
            }
            dataTable(caption: Sv.Bodies.caption,
                      headers: [Sv.Bodies.name, Sv.Bodies.kind, Sv.Bodies.establishedOn, Sv.Bodies.dissolvedOn],
                      rows: rows.map { row in
                          [link(SiteURL.body(slug, row.id).path) { row.name }, .text(row.kind),
                           .text(row.establishedOn ?? Sv.none), .text(row.dissolvedOn ?? Sv.none)]
                      }, emptyText: Sv.Bodies.none)
        }
    }
}
