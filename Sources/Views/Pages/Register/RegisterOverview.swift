/// The association's own page in the register: its details, its names over time, and the way
/// into each part of the register.
public enum RegisterOverview {
    public struct NameRow: Sendable {
        public var name: String
        public var validFrom: String
        public var validTo: String?

        public init(name: String, validFrom: String, validTo: String?) {
            self.name = name
            self.validFrom = validFrom
            self.validTo = validTo
        }
    }

    public struct Model: Sendable {
        public var slug: String
        public var name: String
        public var organisationNumber: String
        public var address: String?
        public var email: String?
        public var names: [NameRow]
        public var memberCount: Int
        public var bodyCount: Int
        public var personCount: Int
        public var history: [AuditRow]

        public init(slug: String, name: String, organisationNumber: String, address: String?, email: String?,
                    names: [NameRow], memberCount: Int, bodyCount: Int, personCount: Int, history: [AuditRow]) {
            self.slug = slug
            self.name = name
            self.organisationNumber = organisationNumber
            self.address = address
            self.email = email
            self.names = names
            self.memberCount = memberCount
            self.bodyCount = bodyCount
            self.personCount = personCount
            self.history = history
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let canEdit = context.association?.permissions.canEditRegister ?? false
        return Layout.page(title: model.name, context: context) {
            h1 { model.name }
            section(.aria("labelledby", "uppgifter")) {
                h2(.id("uppgifter")) { Sv.Register.details }
                summaryList([
                    (Sv.Register.organisationNumber, .text(model.organisationNumber)),
                    (Sv.Register.address, .text(model.address ?? Sv.none)),
                    (Sv.Register.email, .text(model.email ?? Sv.none)),
                    (Sv.Register.publicPage, link(SiteURL.publicOrganisation(model.slug).path) { SiteURL.publicOrganisation(model.slug).path }),
                ])
                if canEdit { paragraph { actionLink(SiteURL.organisationEdit(model.slug).path, Sv.Register.editTitle) } }
            }
            section(.aria("labelledby", "namn")) {
                h2(.id("namn")) { Sv.Register.names }
                dataTable(caption: Sv.Register.names, headers: [Sv.Register.name, Sv.Register.validFrom, Sv.Register.validTo],
                          rows: model.names.map { [.text($0.name), .text($0.validFrom), .text($0.validTo ?? Sv.ongoing)] })
                if canEdit { paragraph { actionLink(SiteURL.nameNew(model.slug).path, Sv.Register.newNameTitle) } }
            }
            section(.aria("labelledby", "delar")) {
                h2(.id("delar")) { Sv.Register.sections }
                ul(.class("plain")) {
                    li { link(SiteURL.members(model.slug).path) { "\(Sv.Members.title) (\(model.memberCount))" } }
                    li { link(SiteURL.bodies(model.slug).path) { "\(Sv.Bodies.title) (\(model.bodyCount))" } }
                    li { link(SiteURL.people(model.slug).path) { "\(Sv.People.title) (\(model.personCount))" } }
                    li { link(SiteURL.rules(model.slug).path) { Sv.Rules.heading } }
                    li { link(SiteURL.contributions(model.slug).path) { Sv.Contributions.title } }
                }
            }
            AuditHistory.section(model.history)
        }
    }
}
