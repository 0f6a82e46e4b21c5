import Domain

/// One organ: who sits in it on a chosen date, what is missing, and every mandate it has had.
public enum BodyShow {
    public struct Model: Sendable {
        public var id: String
        public var name: String
        public var kind: String
        public var description: String?
        public var establishedOn: String?
        public var dissolvedOn: String?
        public var date: String
        public var votingCount: Int
        public var substituteCount: Int
        public var warnings: [Composition.Warning]
        public var seats: [MandateRow]
        public var perMember: [(member: String, voting: [String], substitutes: [String])]
        public var allMandates: [MandateRow]
        public var history: [AuditRow]

        public init(id: String, name: String, kind: String, description: String?, establishedOn: String?,
                    dissolvedOn: String?, date: String, votingCount: Int, substituteCount: Int,
                    warnings: [Composition.Warning], seats: [MandateRow],
                    perMember: [(member: String, voting: [String], substitutes: [String])],
                    allMandates: [MandateRow], history: [AuditRow]) {
            self.id = id
            self.name = name
            self.kind = kind
            self.description = description
            self.establishedOn = establishedOn
            self.dissolvedOn = dissolvedOn
            self.date = date
            self.votingCount = votingCount
            self.substituteCount = substituteCount
            self.warnings = warnings
            self.seats = seats
            self.perMember = perMember
            self.allMandates = allMandates
            self.history = history
        }
    }

    public static func render(_ model: Model, slug: String, dateState: FormState, context: PageContext) -> String {
        let canEdit = context.association?.permissions.canEditRegister ?? false
        return Layout.page(title: model.name, context: context, hasErrors: dateState.hasErrors) {
            h1 { model.name }
            summaryList([
                (Sv.Bodies.kind, .text(model.kind)),
                (Sv.Bodies.description, .text(model.description ?? Sv.none)),
                (Sv.Bodies.establishedOn, .text(model.establishedOn ?? Sv.none)),
                (Sv.Bodies.dissolvedOn, .text(model.dissolvedOn ?? Sv.none)),
            ])
            if canEdit {
                paragraph(.class("actions")) {
                    actionLink(SiteURL.bodyEdit(slug, model.id).path, Sv.Bodies.editTitle)
                    actionLink(SiteURL.mandateNew(slug).path + "?organ=" + model.id, Sv.Mandates.new)
                }
            }
            section(.aria("labelledby", "sammansattning")) {
                h2(.id("sammansattning")) {
                    Sv.Bodies.headline(model.name, model.date, voting: model.votingCount, substitutes: model.substituteCount)
                }
                dateForm(dateState, slug: slug, bodyID: model.id)
                if !model.warnings.isEmpty {
                    div(.class("warning"), Attribute("role", "status")) {
                        h3 { Sv.Bodies.warnings }
                        ul {
                            for warning in model.warnings {
                                switch warning {
                                case .noVotingMember(let member): li { Sv.Bodies.noVotingMember(member) }
                                case .noSubstitute(let member): li { Sv.Bodies.noSubstitute(member) }
                                }
                            }
                        }
                    }
                }
                MandateTable.render(model.seats, slug: slug, caption: Sv.Bodies.seatsCaption + " (\(model.date))",
                                    showPerson: true, canEdit: false, emptyText: Sv.Bodies.noSeats)
                if !model.perMember.isEmpty {
                    dataTable(caption: Sv.Bodies.perMember, headers: [Sv.Members.one, "Ledamöter", "Ersättare"],
                              rows: model.perMember.map { row in
                                  [.text(row.member), .text(row.voting.isEmpty ? Sv.none : row.voting.joined(separator: ", ")),
                                   .text(row.substitutes.isEmpty ? Sv.none : row.substitutes.joined(separator: ", "))]
                              })
                }
            }
            section(.aria("labelledby", "alla-uppdrag")) {
                h2(.id("alla-uppdrag")) { Sv.Bodies.allMandates }
                MandateTable.render(model.allMandates, slug: slug, caption: Sv.Bodies.allMandates, showPerson: true,
                                    canEdit: canEdit, emptyText: Sv.Bodies.noSeats)
            }
            AuditHistory.section(model.history)
        }
    }

    /// A GET form: choosing a date changes nothing, so it needs no CSRF token.
    static func dateForm(_ state: FormState, slug: String, bodyID: String) -> Node {
        let field = FieldSpec("datum", Sv.Bodies.compositionOn, .date)
        return Node.build {
            FormView.errorSummary(state, fields: [field])
            tag("form", [.method("get"), .action(SiteURL.body(slug, bodyID).path), .class("inline-form")]) {
                FormView.render(field, state)
                button(.type("submit"), .class("button secondary")) { Sv.Bodies.show }
            }
        }
    }
}
