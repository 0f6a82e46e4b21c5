/// One member: its details, its population figures per year, and its history.
public enum MemberShow {
    public struct Model: Sendable {
        public var id: String
        public var name: String
        public var kind: String
        public var organisationNumber: String
        public var joinedOn: String
        public var leftOn: String?
        public var postsNotices: Bool
        public var populations: [(year: Int, count: Int64)]
        public var history: [AuditRow]

        public init(id: String, name: String, kind: String, organisationNumber: String, joinedOn: String, leftOn: String?,
                    postsNotices: Bool, populations: [(year: Int, count: Int64)], history: [AuditRow]) {
            self.id = id
            self.name = name
            self.kind = kind
            self.organisationNumber = organisationNumber
            self.joinedOn = joinedOn
            self.leftOn = leftOn
            self.postsNotices = postsNotices
            self.populations = populations
            self.history = history
        }
    }

    public static func render(_ model: Model, slug: String, populationForm: FormState, context: PageContext) -> String {
        let canEdit = context.association?.permissions.canEditRegister ?? false
        return Layout.page(title: model.name, context: context, hasErrors: populationForm.hasErrors) {
            h1 { model.name }
            summaryList([
                (Sv.Members.kind, .text(model.kind)),
                (Sv.Register.organisationNumber, .text(model.organisationNumber)),
                (Sv.Members.joinedOn, .text(model.joinedOn)),
                (Sv.Members.leftOn, .text(model.leftOn ?? Sv.none)),
                (Sv.Members.postsNotices, .text(Sv.yesNo(model.postsNotices))),
            ])
            if canEdit { paragraph { actionLink(SiteURL.memberEdit(slug, model.id).path, Sv.Members.editTitle) } }
            section(.aria("labelledby", "befolkning")) {
                h2(.id("befolkning")) { Sv.Members.populations }
                dataTable(caption: Sv.Members.populations, headers: [Sv.Members.year, Sv.Members.population],
                          rows: model.populations.map { [.text(String($0.year)), .text(Sv.grouped($0.count))] },
                          numericColumns: [1], emptyText: Sv.Members.noPopulations)
                if canEdit {
                    h3 { Sv.Members.addPopulation }
                    paragraph(.class("hint")) { Sv.Members.populationHint }
                    FormView.render(populationForm, action: SiteURL.populationNew(slug, model.id).path,
                                    submit: Sv.Members.addPopulation, items: [
                                        .field(FieldSpec("year", Sv.Members.year, .text(inputMode: "numeric"))),
                                        .field(FieldSpec("count", Sv.Members.population, .text(inputMode: "numeric"))),
                                    ])
                }
            }
            AuditHistory.section(model.history)
        }
    }
}
