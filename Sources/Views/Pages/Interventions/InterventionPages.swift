import Domain

/// The register of insatser: the list, one insats with its history, and its form.
public enum InterventionPages {
    public struct Row: Sendable {
        public var id: String
        public var code: String
        public var name: String
        public var kind: String
        public var stage: String
        public var owner: String?
        public var period: String

        public init(id: String, code: String, name: String, kind: String, stage: String, owner: String?, period: String) {
            self.id = id
            self.code = code
            self.name = name
            self.kind = kind
            self.stage = stage
            self.owner = owner
            self.period = period
        }
    }

    public struct GrantRow: Sendable {
        public var year: Int
        public var amount: Int64
        public var decision: String
        public var conditions: String?
        public var inForce: Bool

        public init(year: Int, amount: Int64, decision: String, conditions: String?, inForce: Bool) {
            self.year = year
            self.amount = amount
            self.decision = decision
            self.conditions = conditions
            self.inForce = inForce
        }
    }

    public struct Model: Sendable {
        public var row: Row
        public var details: [(String, String)]
        public var names: [(name: String, from: String, to: String?)]
        public var ended: String?
        public var canEdit: Bool
        public var otherInterventions: [(id: String, label: String)]
        public var history: [AuditRow]
        public var grants: [GrantRow]
        /// Decisions that can grant money, when the user may record grants.
        public var decisions: [(id: String, label: String)]
        /// Whether the user may send in a rekvisition for the insats.
        public var actsFor = false

        public init(row: Row, details: [(String, String)], names: [(name: String, from: String, to: String?)], ended: String?,
                    canEdit: Bool, otherInterventions: [(id: String, label: String)], history: [AuditRow], grants: [GrantRow] = [],
                    decisions: [(id: String, label: String)] = []) {
            self.grants = grants
            self.decisions = decisions
            self.row = row
            self.details = details
            self.names = names
            self.ended = ended
            self.canEdit = canEdit
            self.otherInterventions = otherInterventions
            self.history = history
        }
    }

    public struct Choices: Sendable {
        public var members: [(id: String, name: String)]
        public var people: [(id: String, name: String)]
        public var steeringBodies: [(id: String, name: String)]

        public init(members: [(id: String, name: String)], people: [(id: String, name: String)], steeringBodies: [(id: String, name: String)]) {
            self.members = members
            self.people = people
            self.steeringBodies = steeringBodies
        }
    }

    public static func list(_ rows: [Row], slug: String, ownOnly: Bool, context: PageContext) -> String {
        Layout.page(title: Sv.Interventions.title, context: context) {
            h1 { Sv.Interventions.title }
            if ownOnly { paragraph(.class("hint")) { Sv.Interventions.ownOnly } }
            if context.association?.permissions.canEditRegister == true {
                paragraph { actionLink(SiteURL.interventionNew(slug).path, Sv.Interventions.new) }
            }
            dataTable(caption: Sv.Interventions.caption,
                      headers: [Sv.Interventions.code, Sv.Interventions.name, Sv.Interventions.kind, Sv.Interventions.stage,
                                Sv.Interventions.owner, Sv.Interventions.period],
                      rows: rows.map { row in
                          [.text(row.code), link(SiteURL.intervention(slug, row.id).path) { row.name }, .text(row.kind), .text(row.stage),
                           .text(row.owner ?? Sv.none), .text(row.period)]
                      }, emptyText: Sv.Interventions.none)
        }
    }

    public static func show(_ model: Model, slug: String, renameState: FormState, closeState: FormState, mergeState: FormState,
                            grantState: FormState, context: PageContext) -> String {
        let row = model.row
        let title = "\(row.code) \(row.name)"
        let hasErrors = renameState.hasErrors || closeState.hasErrors || mergeState.hasErrors || grantState.hasErrors
        return Layout.page(title: title, context: context, hasErrors: hasErrors) {
            h1 { title }
            if let ended = model.ended { paragraph(.class("warning")) { ended } }
            summaryList(model.details.map { ($0.0, Node.text($0.1)) })
            if model.actsFor || (model.canEdit && model.ended == nil) {
                paragraph(.class("actions")) {
                    if model.canEdit && model.ended == nil { actionLink(SiteURL.interventionEdit(slug, row.id).path, Sv.Interventions.editTitle) }
                    if model.actsFor {
                        " "
                        actionLink(SiteURL.participants(slug, row.id).path, Sv.FollowUp.participants)
                    }
                }
            }
            section(.aria("labelledby", "namn")) {
                h2(.id("namn")) { Sv.Interventions.namesCaption }
                dataTable(caption: Sv.Interventions.namesCaption, headers: [Sv.Interventions.name, Sv.Interventions.validFrom, Sv.Interventions.validTo],
                          rows: model.names.map { [.text($0.name), .text($0.from), .text($0.to ?? Sv.none)] })
                if model.canEdit && model.ended == nil {
                    h3 { Sv.Interventions.rename }
                    FormView.render(renameState, action: SiteURL.interventionRename(slug, row.id).path, submit: Sv.Interventions.rename, items: [
                        .field(FieldSpec("name", Sv.Interventions.newName)),
                        .field(FieldSpec("validFrom", Sv.Interventions.renameFrom, .date)),
                    ])
                }
            }
            grantsSection(model, slug: slug, state: grantState)
            if model.canEdit && model.ended == nil {
                section(.aria("labelledby", "avsluta")) {
                    h2(.id("avsluta")) { Sv.Interventions.close }
                    FormView.render(closeState, action: SiteURL.interventionClose(slug, row.id).path, submit: Sv.Interventions.close, items: [
                        .field(FieldSpec("closedOn", Sv.Interventions.closeOn, .date)),
                    ])
                    h2 { Sv.Interventions.merge }
                    FormView.render(mergeState, action: SiteURL.interventionMerge(slug, row.id).path, submit: Sv.Interventions.merge, items: [
                        .field(FieldSpec("mergedIntoID", Sv.Interventions.mergeInto,
                                         .select(model.otherInterventions.map { ($0.id, $0.label) }, includeEmpty: true))),
                        .field(FieldSpec("mergedOn", Sv.Interventions.mergeOn, .date)),
                    ])
                }
            }
            AuditHistory.section(model.history)
        }
    }

    static func grantsSection(_ model: Model, slug: String, state: FormState) -> Node {
        section(.aria("labelledby", "beviljat")) {
            h2(.id("beviljat")) { Sv.Grants.title }
            dataTable(caption: Sv.Grants.caption,
                      headers: [Sv.Grants.year, Sv.Grants.amount, Sv.Grants.decision, Sv.Grants.conditions, Sv.Budgets.status],
                      rows: model.grants.map { grant in
                          [.text(String(grant.year)), .text(Sv.kronor(grant.amount)), .text(grant.decision), .text(grant.conditions ?? Sv.none),
                           .text(grant.inForce ? Sv.Grants.inForce : Sv.Grants.superseded)]
                      }, numericColumns: [1], emptyText: Sv.Grants.none)
            if model.actsFor && !model.grants.isEmpty {
                paragraph { actionLink(SiteURL.requisitionNew(slug, model.row.id).path, Sv.Requisitions.new) }
            }
            if model.canEdit {
                h3 { Sv.Grants.record }
                paragraph(.class("hint")) { Sv.Grants.recordHint }
                FormView.render(state, action: SiteURL.interventionGrants(slug, model.row.id).path, submit: Sv.Grants.record, items: [
                    .field(FieldSpec("decisionID", Sv.Grants.decision, .select(model.decisions.map { ($0.id, $0.label) }, includeEmpty: true))),
                ] + (1...3).map { n in
                    .group(legend: Sv.Grants.yearField(n), hint: nil, [
                        FieldSpec("year\(n)", Sv.Grants.yearField(n), .text(inputMode: "numeric"), optional: n > 1),
                        FieldSpec("amount\(n)", Sv.Grants.amountField(n), .text(inputMode: "numeric"), optional: n > 1),
                    ])
                } + [.field(FieldSpec("conditions", Sv.Grants.conditions, .textarea, optional: true))])
            }
        }
    }

    public static func form(_ state: FormState, slug: String, interventionID: String?, choices: Choices, context: PageContext) -> String {
        let title = interventionID == nil ? Sv.Interventions.new : Sv.Interventions.editTitle
        let action = interventionID.map { SiteURL.interventionEdit(slug, $0).path } ?? SiteURL.interventionNew(slug).path
        let cancel = interventionID.map { SiteURL.intervention(slug, $0).path } ?? SiteURL.interventions(slug).path
        let nameField: [FormItem] = interventionID == nil
            ? [.field(FieldSpec("name", Sv.Interventions.name, hint: Sv.Interventions.nameHint))] : []
        return Layout.page(title: title, context: context, hasErrors: state.hasErrors) {
            h1 { title }
            FormView.render(state, action: action, submit: interventionID == nil ? Sv.create : Sv.save, cancel: cancel, items: [
                .field(FieldSpec("code", Sv.Interventions.code, hint: Sv.Interventions.codeHint)),
            ] + nameField + [
                .field(FieldSpec("kind", Sv.Interventions.kind,
                                 .select(InterventionKind.allCases.map { ($0.rawValue, Sv.Interventions.kind($0)) }, includeEmpty: true))),
                .field(FieldSpec("stage", Sv.Interventions.stage,
                                 .select(InterventionStage.allCases.filter { $0 != .closed }.map { ($0.rawValue, Sv.Interventions.stage($0)) },
                                         includeEmpty: true))),
                .field(FieldSpec("ownerMemberID", Sv.Interventions.owner, .select(choices.members.map { ($0.id, $0.name) }, includeEmpty: true),
                                 optional: true)),
                .field(FieldSpec("responsiblePersonID", Sv.Interventions.responsible,
                                 .select(choices.people.map { ($0.id, $0.name) }, includeEmpty: true), hint: Sv.Interventions.responsibleHint,
                                 optional: true)),
                .field(FieldSpec("partners", Sv.Interventions.partners, .textarea, optional: true)),
                .field(FieldSpec("targetGroup", Sv.Interventions.targetGroup, optional: true)),
                .group(legend: Sv.Interventions.ages, hint: nil, [
                    FieldSpec("ageFrom", Sv.Interventions.ageFrom, .text(inputMode: "numeric"), optional: true),
                    FieldSpec("ageTo", Sv.Interventions.ageTo, .text(inputMode: "numeric"), optional: true),
                ]),
                .field(FieldSpec("area", Sv.Interventions.area, optional: true)),
                .field(FieldSpec("startsOn", Sv.Interventions.startsOn, .date, optional: true)),
                .field(FieldSpec("endsOn", Sv.Interventions.endsOn, .date, optional: true)),
                .field(FieldSpec("steeringBodyID", Sv.Interventions.steeringBody,
                                 .select(choices.steeringBodies.map { ($0.id, $0.name) }, includeEmpty: true),
                                 hint: Sv.Interventions.steeringHint, optional: true)),
            ])
        }
    }
}
