import Domain

/// The diarium: every ärende with its diarienummer, searchable, and the form that registers one.
public enum DiariumPages {
    public struct Row: Sendable {
        public var id: String
        public var number: String
        public var title: String
        public var category: String
        public var openedOn: String

        public init(id: String, number: String, title: String, category: String, openedOn: String) {
            self.id = id
            self.number = number
            self.title = title
            self.category = category
            self.openedOn = openedOn
        }
    }

    public static func list(_ rows: [Row], filters: [String: String], years: [Int], slug: String, context: PageContext) -> String {
        Layout.page(title: Sv.Diarium.title, context: context) {
            h1 { Sv.Diarium.title }
            if context.association?.permissions.canPrepareMeetings == true {
                paragraph { actionLink(SiteURL.diaryEntryNew(slug).path, Sv.Diarium.new) }
            }
            tag("form", [.method("get"), .action(SiteURL.diarium(slug).path), .class("inline-form"), .aria("label", Sv.Diarium.search)]) {
                FormView.render(FieldSpec("q", Sv.Diarium.query), FormState(values: filters, csrfToken: nil))
                FormView.render(FieldSpec("ar", Sv.Diarium.year, .select([("", Sv.DecisionRegister.all)] + years.map { (String($0), String($0)) },
                                                                         includeEmpty: false)),
                                FormState(values: filters, csrfToken: nil))
                button(.type("submit"), .class("button secondary")) { Sv.Diarium.show }
            }
            dataTable(caption: Sv.Diarium.caption,
                      headers: [Sv.Diarium.number, Sv.Diarium.matterTitle, Sv.Diarium.category, Sv.Diarium.openedOn],
                      rows: rows.map { row in
                          [.text(row.number), link(SiteURL.diaryEntry(slug, row.id).path) { row.title }, .text(row.category), .text(row.openedOn)]
                      }, emptyText: Sv.Diarium.none)
        }
    }

    public static func show(_ row: Row, description: String?, intervention: String?, handledAt: [(label: String, url: String)],
                            context: PageContext) -> String {
        let title = Sv.Diarium.label(row.number, row.title)
        return Layout.page(title: title, context: context) {
            h1 { title }
            summaryList([
                (Sv.Diarium.number, .text(row.number)), (Sv.Diarium.category, .text(row.category)),
                (Sv.Diarium.openedOn, .text(row.openedOn)), (Sv.Diarium.intervention, .text(intervention ?? Sv.none)),
                (Sv.Diarium.description, .text(description ?? Sv.none)),
            ])
            h2 { Sv.Diarium.handledAt }
            if handledAt.isEmpty {
                paragraph(.class("empty")) { Sv.Diarium.notHandled }
            } else {
                ul { for item in handledAt { li { link(item.url) { item.label } } } }
            }
        }
    }

    public static func form(_ state: FormState, slug: String, interventions: [(id: String, label: String)], context: PageContext) -> String {
        Layout.page(title: Sv.Diarium.new, context: context, hasErrors: state.hasErrors) {
            h1 { Sv.Diarium.new }
            FormView.render(state, action: SiteURL.diaryEntryNew(slug).path, submit: Sv.create, cancel: SiteURL.diarium(slug).path, items: [
                .field(FieldSpec("title", Sv.Diarium.matterTitle)),
                .field(FieldSpec("category", Sv.Diarium.category,
                                 .select(RegisteredMatterCategory.allCases.map { ($0.rawValue, Sv.Diarium.category($0)) }, includeEmpty: true))),
                .field(FieldSpec("openedOn", Sv.Diarium.openedOn, .date)),
                .field(FieldSpec("interventionID", Sv.Diarium.intervention, .select(interventions.map { ($0.id, $0.label) }, includeEmpty: true),
                                 optional: true)),
                .field(FieldSpec("description", Sv.Diarium.description, .textarea, optional: true)),
            ])
        }
    }
}
