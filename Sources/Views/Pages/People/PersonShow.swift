/// One person: contact details (visible to logged-in users only), mandates and history.
public enum PersonShow {
    public struct Model: Sendable {
        public var id: String
        public var name: String
        public var title: String?
        public var email: String?
        public var phone: String?
        public var mandates: [MandateRow]
        public var history: [AuditRow]

        public init(id: String, name: String, title: String?, email: String?, phone: String?, mandates: [MandateRow],
                    history: [AuditRow]) {
            self.id = id
            self.name = name
            self.title = title
            self.email = email
            self.phone = phone
            self.mandates = mandates
            self.history = history
        }
    }

    public static func render(_ model: Model, slug: String, context: PageContext) -> String {
        let canEdit = context.association?.permissions.canEditRegister ?? false
        return Layout.page(title: model.name, context: context) {
            h1 { model.name }
            summaryList([
                (Sv.People.personTitle, .text(model.title ?? Sv.none)),
                (Sv.People.email, .text(model.email ?? Sv.none)),
                (Sv.People.phone, .text(model.phone ?? Sv.none)),
            ])
            if canEdit {
                paragraph(.class("actions")) {
                    actionLink(SiteURL.personEdit(slug, model.id).path, Sv.People.editTitle)
                    actionLink(SiteURL.mandateNew(slug).path + "?person=" + model.id, Sv.Mandates.new)
                }
            }
            section(.aria("labelledby", "uppdrag")) {
                h2(.id("uppdrag")) { Sv.People.mandates }
                MandateTable.render(model.mandates, slug: slug, caption: Sv.People.mandates, showPerson: false,
                                    canEdit: canEdit, emptyText: Sv.People.noMandates)
            }
            AuditHistory.section(model.history)
        }
    }
}
