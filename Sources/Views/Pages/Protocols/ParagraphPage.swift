import Domain

/// One § while the protokoll is drafted: its text, quorum, decisions with votering and
/// reservations, and jäv.
public enum ParagraphPage {
    public struct DecisionRow: Sendable {
        public var id: String
        public var kind: String
        public var wording: String
        public var details: [String]
        public var result: String
        public var reservations: [String]

        public init(id: String, kind: String, wording: String, details: [String], result: String, reservations: [String]) {
            self.id = id
            self.kind = kind
            self.wording = wording
            self.details = details
            self.result = result
            self.reservations = reservations
        }
    }

    public struct Model: Sendable {
        public var id: String
        public var protocolID: String
        public var number: Int
        public var quorum: String
        public var decisions: [DecisionRow]
        public var voters: [(id: String, name: String)]
        public var people: [(id: String, name: String)]
        public var recused: [String]

        public init(id: String, protocolID: String, number: Int, quorum: String, decisions: [DecisionRow],
                    voters: [(id: String, name: String)], people: [(id: String, name: String)], recused: [String]) {
            self.id = id
            self.protocolID = protocolID
            self.number = number
            self.quorum = quorum
            self.decisions = decisions
            self.voters = voters
            self.people = people
            self.recused = recused
        }
    }

    /// The decisions under a §, with their uppdrag details, votering result and reservations.
    static func decisionsTable(_ decisions: [DecisionRow]) -> Node {
        dataTable(caption: Sv.Decisions.caption, headers: [Sv.Decisions.kind, Sv.Decisions.wording, Sv.Decisions.result],
                  rows: decisions.map { row in
                      [.text(row.kind),
                       Node.build {
                           paragraph { row.wording }
                           for detail in row.details { paragraph(.class("hint")) { detail } }
                           for reservation in row.reservations { paragraph { reservation } }
                       },
                       .text(row.result)]
                  }, emptyText: Sv.Decisions.none)
    }

    public static func render(_ model: Model, slug: String, textState: FormState, decisionState: FormState,
                              reservationState: FormState, recusalState: FormState, context: PageContext) -> String {
        let title = Sv.Protocols.editParagraph + " § \(model.number)"
        let hasErrors = textState.hasErrors || decisionState.hasErrors || reservationState.hasErrors || recusalState.hasErrors
        return Layout.page(title: title, context: context, hasErrors: hasErrors) {
            h1 { title }
            paragraph { link(SiteURL.protocolPage(slug, model.protocolID).path) { Sv.Protocols.show } }
            summaryList([(Sv.Protocols.quorum, .text(model.quorum))]
                + (model.recused.isEmpty ? [] : [(Sv.Decisions.recused, .text(model.recused.joined(separator: ", ")))]))
            FormView.render(textState, action: SiteURL.paragraphEdit(slug, model.id).path, submit: Sv.save, items: [
                .field(FieldSpec("title", Sv.Protocols.paragraphTitle)),
                .field(FieldSpec("narrative", Sv.Protocols.narrative, .textarea, hint: Sv.Protocols.narrativeHint, optional: true)),
            ])
            section(.aria("labelledby", "beslut")) {
                h2(.id("beslut")) { Sv.Decisions.title }
                decisionsTable(model.decisions)
                h3 { Sv.Decisions.add }
                FormView.render(decisionState, action: SiteURL.decisionNew(slug, model.id).path, submit: Sv.create, items: [
                    .field(FieldSpec("background", Sv.Decisions.background, .textarea, hint: Sv.Decisions.backgroundHint, optional: true)),
                    .field(FieldSpec("kind", Sv.Decisions.kind, .select(DecisionKind.allCases.map { ($0.rawValue, Sv.Decisions.kind($0)) }, includeEmpty: true))),
                    .field(FieldSpec("wording", Sv.Decisions.wording, .textarea, hint: Sv.Decisions.wordingHint)),
                    .field(FieldSpec("assigneePersonID", Sv.Decisions.assignee, .select(model.people.map { ($0.id, $0.name) }, includeEmpty: true),
                                     hint: Sv.Decisions.assigneeHint, optional: true)),
                    .field(FieldSpec("deadline", Sv.Decisions.deadline, .date, optional: true)),
                    .group(legend: Sv.Decisions.policyFromYear, hint: Sv.Decisions.policyHint, [
                        FieldSpec("policyFromYear", Sv.Decisions.policyFromYear, .text(inputMode: "numeric"), optional: true),
                        FieldSpec("policyToYear", Sv.Decisions.policyToYear, .text(inputMode: "numeric"), optional: true),
                    ]),
                    .field(FieldSpec("matter", Sv.Decisions.matter, .select(MatterKind.allCases.map { ($0.rawValue, Sv.Decisions.matter($0)) }, includeEmpty: true), optional: true)),
                    .group(legend: Sv.Decisions.votes, hint: Sv.Decisions.votesHint, model.voters.map { voter in
                        FieldSpec("vote_" + voter.id, voter.name, .select(VoteChoice.allCases.map { ($0.rawValue, Sv.Decisions.vote($0)) }, includeEmpty: true), optional: true)
                    }, name: "votes"),
                ])
                if !model.decisions.isEmpty {
                    h3 { Sv.Decisions.addReservation }
                    FormView.render(reservationState, action: SiteURL.reservationNew(slug, model.id).path, submit: Sv.create, items: [
                        .field(FieldSpec("decisionID", Sv.Decisions.decision, .select(model.decisions.map { ($0.id, $0.wording) }, includeEmpty: true))),
                        .field(FieldSpec("personID", Sv.Decisions.reservationBy, .select(model.voters.map { ($0.id, $0.name) }, includeEmpty: true))),
                        .field(FieldSpec("reason", Sv.Decisions.reason, .textarea, optional: true)),
                    ])
                }
            }
            section(.aria("labelledby", "jav")) {
                h2(.id("jav")) { Sv.Decisions.recusal }
                FormView.render(recusalState, action: SiteURL.recusalNew(slug, model.id).path, submit: Sv.Decisions.addRecusal, items: [
                    .field(FieldSpec("personID", Sv.Protocols.person, .select(model.voters.map { ($0.id, $0.name) }, includeEmpty: true),
                                     hint: Sv.Decisions.recusalHint)),
                ])
            }
        }
    }
}
