import Domain
import Fluent
import Persistence
import Vapor
import Views

/// The register of insatser (issue 15, item 1): codes unique in the association, names kept over
/// time, closing and merging with dates. An insatsägare without another role sees the insatser
/// they are responsible for.
struct InterventionController {
    func register(readers: any RoutesBuilder, editors: any RoutesBuilder) throws {
        readers.get(SiteURL.interventions(SiteURL.slug).route, use: list)
        editors.get(SiteURL.interventionNew(SiteURL.slug).route, use: newForm)
        editors.post(SiteURL.interventionNew(SiteURL.slug).route, use: create)
        readers.get(SiteURL.intervention(SiteURL.slug, SiteURL.id).route, use: show)
        editors.get(SiteURL.interventionEdit(SiteURL.slug, SiteURL.id).route, use: editForm)
        editors.post(SiteURL.interventionEdit(SiteURL.slug, SiteURL.id).route, use: update)
        editors.post(SiteURL.interventionRename(SiteURL.slug, SiteURL.id).route, use: rename)
        editors.post(SiteURL.interventionClose(SiteURL.slug, SiteURL.id).route, use: close)
        editors.post(SiteURL.interventionMerge(SiteURL.slug, SiteURL.id).route, use: merge)
        editors.post(SiteURL.interventionGrants(SiteURL.slug, SiteURL.id).route, use: recordGrant)
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let association = try request.association
        let today = request.today
        let rows = try await InterventionAccess.visible(request).with(\.$names).with(\.$owner).all().sorted { $0.code < $1.code }.map { $0.row(on: today) }
        return .html(InterventionPages.list(rows, slug: association.slug, ownOnly: try InterventionAccess.seesOwnOnly(request), context: request.pageContext()))
    }

    private func find(_ request: Request) async throws -> Intervention {
        let id = try request.idParameter()
        guard let intervention = try await InterventionAccess.visible(request).filter(\.$id == id)
            .with(\.$names).with(\.$owner).with(\.$responsible).with(\.$steeringBody).first()
        else { throw Abort(.notFound) }
        return intervention
    }

    private func choices(_ request: Request) async throws -> InterventionPages.Choices {
        let association = try request.association
        let today = request.today
        let members = try await Member.query(on: request.db).filter(\.$organisation.$id == association.id).sort(\.$name).all()
            .filter { $0.facts.isMember(on: today) }
        let people = try await Person.query(on: request.db).filter(\.$organisation.$id == association.id).sort(\.$name).all()
        let bodies = try await Body.query(on: request.db).filter(\.$organisation.$id == association.id)
            .filter(\.$kindRaw == BodyKind.steeringGroup.rawValue).all()
        return .init(members: members.map { ($0.id!.uuidString, $0.name) }, people: people.map { ($0.id!.uuidString, $0.name) },
                     steeringBodies: bodies.map { ($0.id!.uuidString, $0.displayName) }.sorted { $0.1 < $1.1 })
    }

    /// Parses the form and checks that its code is free and its references are the association's own.
    private func parse(_ request: Request, _ values: [String: String], editing: Intervention?) async throws
        -> Result<InterventionDraft, ValidationFailure> {
        let association = try request.association
        let result = InterventionDraft.parse(values, requiresName: editing == nil)
        guard case .success(let draft) = result else { return result }
        var issues: [FieldIssue] = []
        let sameCode = try await Intervention.query(on: request.db).filter(\.$organisation.$id == association.id)
            .filter(\.$code == draft.code).first()
        if let sameCode, sameCode.id != editing?.id { issues.append(FieldIssue("code", .taken)) }
        if let id = draft.ownerMemberID,
           try await Member.query(on: request.db).filter(\.$id == id).filter(\.$organisation.$id == association.id).first() == nil {
            issues.append(FieldIssue("ownerMemberID", .unknownReference))
        }
        if let id = draft.responsiblePersonID,
           try await Person.query(on: request.db).filter(\.$id == id).filter(\.$organisation.$id == association.id).first() == nil {
            issues.append(FieldIssue("responsiblePersonID", .unknownReference))
        }
        if let id = draft.steeringBodyID,
           try await Body.query(on: request.db).filter(\.$id == id).filter(\.$organisation.$id == association.id)
            .filter(\.$kindRaw == BodyKind.steeringGroup.rawValue).first() == nil {
            issues.append(FieldIssue("steeringBodyID", .notAChoice))
        }
        return issues.isEmpty ? result : .failure(ValidationFailure(issues))
    }

    @Sendable func newForm(_ request: Request) async throws -> Response {
        let association = try request.association
        return .html(InterventionPages.form(request.formState(["startsOn": request.today.iso]), slug: association.slug, interventionID: nil,
                                            choices: try await choices(request), context: request.pageContext()))
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let values = try request.formValues()
        let result = try await parse(request, values, editing: nil)
        guard case .success(let draft) = result, let name = draft.name else {
            return .html(InterventionPages.form(request.formState(values, issues: result.issues), slug: association.slug, interventionID: nil,
                                                choices: try await choices(request), context: request.pageContext()),
                         status: .unprocessableEntity)
        }
        let intervention = Intervention(organisationID: association.id, draft: draft)
        let validFrom = (draft.startsOn ?? request.today).iso
        try await request.saveAudited(intervention, subject: .intervention, name: draft.code, before: nil) { db in
            try await InterventionName(interventionID: intervention.requireID(), name: name, validFrom: validFrom).create(on: db)
        }
        return request.redirect(to: .intervention(association.slug, intervention.id!.uuidString), flash: Sv.created)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await page(request, try await find(request))
    }

    private func page(_ request: Request, _ intervention: Intervention, renameState: FormState? = nil, closeState: FormState? = nil,
                      mergeState: FormState? = nil, grantState: FormState? = nil) async throws -> Response {
        let association = try request.association
        let today = request.today
        let id = try intervention.requireID()
        var ended: String?
        if let into = intervention.mergedIntoID, let on = intervention.mergedOn {
            ended = Sv.Interventions.mergedInto(try await Intervention.find(into, on: request.db)?.code ?? "", on)
        } else if let closed = intervention.closedOn {
            ended = Sv.Interventions.closedOn(closed)
        }
        let others = try await Intervention.query(on: request.db).filter(\.$organisation.$id == association.id).filter(\.$id != id)
            .filter(\.$closedOn == nil).filter(\.$mergedIntoID == nil).with(\.$names).all().sorted { $0.code < $1.code }
        let i = intervention
        var model = InterventionPages.Model(
            row: i.row(on: today),
            details: [
                (Sv.Interventions.code, i.code), (Sv.Interventions.kind, Sv.Interventions.kind(i.kind)),
                (Sv.Interventions.stage, Sv.Interventions.stage(i.stage)), (Sv.Interventions.owner, i.owner?.name ?? Sv.none),
                (Sv.Interventions.responsible, i.responsible?.name ?? Sv.none), (Sv.Interventions.partners, i.partners ?? Sv.none),
                (Sv.Interventions.targetGroup, i.targetGroup ?? Sv.none), (Sv.Interventions.ages, Sv.Interventions.ages(i.ageFrom, i.ageTo)),
                (Sv.Interventions.area, i.area ?? Sv.none), (Sv.Interventions.period, i.period),
                (Sv.Interventions.steeringBody, i.steeringBody?.displayName ?? Sv.none),
            ],
            names: i.names.sorted { $0.validFrom < $1.validFrom }.map { ($0.name, $0.validFrom, $0.validTo) }, ended: ended,
            canEdit: association.permissions.canEditRegister,
            otherInterventions: others.map { ($0.id!.uuidString, "\($0.code) \($0.name(on: today))") },
            history: try await AuditLog.history(of: id, on: request.db),
            grants: try await Grants.history(of: id, on: request.db).map {
                .init(year: $0.year, amount: $0.amount, decision: DecisionRows.paragraphLabel($0.decision), conditions: $0.conditions,
                      inForce: $0.supersededByID == nil)
            },
            decisions: association.permissions.canEditRegister ? try await Grants.decisionChoices(organisationID: association.id, on: request.db) : [])
        model.actsFor = try InterventionAccess.actsFor(request, for: i)
        let hasErrors = [renameState, closeState, mergeState, grantState].contains { $0?.hasErrors == true }
        return .html(InterventionPages.show(model, slug: association.slug, renameState: renameState ?? request.formState(),
                                            closeState: closeState ?? request.formState(), mergeState: mergeState ?? request.formState(),
                                            grantState: grantState ?? request.formState(),
                                            context: request.pageContext()),
                     status: hasErrors ? .unprocessableEntity : .ok)
    }

    /// Money granted by a decision §, for one to three years; a later decision supersedes an earlier one.
    @Sendable func recordGrant(_ request: Request) async throws -> Response {
        let association = try request.association
        let intervention = try await find(request)
        let values = try request.formValues()
        var result = GrantDraft.parse(values).map { $0 as GrantDraft? }
        if case .success(let draft?) = result {
            let recorded = try await Grants.record(draft, interventionID: try intervention.requireID(), organisationID: association.id,
                                                   actor: request.actor, on: request.db)
            if case .failure(let failure) = recorded { result = .failure(failure) }
        }
        if case .failure(let failure) = result {
            return try await page(request, intervention, grantState: request.formState(values, issues: failure.issues))
        }
        return request.redirect(to: .intervention(association.slug, intervention.id!.uuidString), flash: Sv.Grants.recorded)
    }

    /// An insats that has ended (closed or merged) is history and is not changed.
    private func requireOpen(_ intervention: Intervention) throws {
        if intervention.closedOn != nil || intervention.mergedIntoID != nil { throw StateConflict(Sv.Interventions.alreadyEnded) }
    }

    @Sendable func editForm(_ request: Request) async throws -> Response {
        let association = try request.association
        let i = try await find(request)
        try requireOpen(i)
        let values = ["code": i.code, "kind": i.kindRaw, "stage": i.stageRaw, "ownerMemberID": i.$owner.id?.uuidString ?? "",
                      "responsiblePersonID": i.$responsible.id?.uuidString ?? "", "partners": i.partners ?? "", "targetGroup": i.targetGroup ?? "",
                      "ageFrom": i.ageFrom.map(String.init) ?? "", "ageTo": i.ageTo.map(String.init) ?? "", "area": i.area ?? "",
                      "startsOn": i.startsOn ?? "", "endsOn": i.endsOn ?? "", "steeringBodyID": i.$steeringBody.id?.uuidString ?? ""]
        return .html(InterventionPages.form(request.formState(values), slug: association.slug, interventionID: i.id!.uuidString,
                                            choices: try await choices(request), context: request.pageContext()))
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let association = try request.association
        let intervention = try await find(request)
        try requireOpen(intervention)
        let values = try request.formValues()
        let result = try await parse(request, values, editing: intervention)
        guard case .success(let draft) = result else {
            return .html(InterventionPages.form(request.formState(values, issues: result.issues), slug: association.slug,
                                                interventionID: intervention.id!.uuidString, choices: try await choices(request),
                                                context: request.pageContext()), status: .unprocessableEntity)
        }
        let before = intervention.snapshot
        intervention.apply(draft)
        try await request.saveAudited(intervention, subject: .intervention, name: draft.code, before: before)
        return request.redirect(to: .intervention(association.slug, intervention.id!.uuidString), flash: Sv.saved)
    }

    /// A new name from a date: the current name ends the day before, so reports of earlier years keep it.
    @Sendable func rename(_ request: Request) async throws -> Response {
        let association = try request.association
        let intervention = try await find(request)
        try requireOpen(intervention)
        let values = try request.formValues()
        var v = FieldValidator(values)
        let name = v.text("name", maxLength: 200)
        let from = v.date("validFrom")
        let current = intervention.names.sorted { $0.validFrom < $1.validFrom }.last
        if let from, let current, from.iso <= current.validFrom { v.add("validFrom", .mustBeAfter(current.validFrom)) }
        guard let name, let from, let current, v.isValid else {
            return try await page(request, intervention, renameState: request.formState(values, issues: v.issues))
        }
        let before = intervention.snapshot
        current.validTo = from.adding(days: -1)?.iso
        try await request.saveAudited(intervention, subject: .intervention, name: intervention.code, before: before) { db in
            try await current.save(on: db)
            try await InterventionName(interventionID: intervention.requireID(), name: name, validFrom: from.iso).create(on: db)
        }
        return request.redirect(to: .intervention(association.slug, intervention.id!.uuidString), flash: Sv.Interventions.renamed)
    }

    @Sendable func close(_ request: Request) async throws -> Response {
        let intervention = try await find(request)
        try requireOpen(intervention)
        let values = try request.formValues()
        var v = FieldValidator(values)
        let closedOn = v.date("closedOn")
        if let closedOn, let starts = intervention.startsOn, closedOn.iso < starts { v.add("closedOn", .mustBeOnOrAfter(starts)) }
        guard let closedOn, v.isValid else {
            return try await page(request, intervention, closeState: request.formState(values, issues: v.issues))
        }
        return try await end(request, intervention, closedOn: closedOn, flash: Sv.Interventions.closed)
    }

    /// Closes the insats on a day (and records what it went into): from then on it is history.
    private func end(_ request: Request, _ intervention: Intervention, closedOn: CivilDate, mergedInto: (id: UUID, on: CivilDate)? = nil,
                     flash: String) async throws -> Response {
        let association = try request.association
        let before = intervention.snapshot
        intervention.closedOn = closedOn.iso
        intervention.mergedIntoID = mergedInto?.id
        intervention.mergedOn = mergedInto?.on.iso
        intervention.stageRaw = InterventionStage.closed.rawValue
        try await request.saveAudited(intervention, subject: .intervention, name: intervention.code, before: before)
        return request.redirect(to: .intervention(association.slug, intervention.id!.uuidString), flash: flash)
    }

    /// Merged into another insats from a date: this one ends the day before and its history stays.
    @Sendable func merge(_ request: Request) async throws -> Response {
        let association = try request.association
        let intervention = try await find(request)
        try requireOpen(intervention)
        let values = try request.formValues()
        var v = FieldValidator(values)
        let intoID = v.reference("mergedIntoID")
        let mergedOn = v.date("mergedOn")
        if let intoID {
            let into = try await Intervention.query(on: request.db).filter(\.$id == intoID).filter(\.$organisation.$id == association.id).first()
            if into == nil || intoID == intervention.id || into?.closedOn != nil || into?.mergedIntoID != nil {
                v.add("mergedIntoID", .notAChoice)
            }
        }
        guard let intoID, let mergedOn, let dayBefore = mergedOn.adding(days: -1), v.isValid else {
            return try await page(request, intervention, mergeState: request.formState(values, issues: v.issues))
        }
        return try await end(request, intervention, closedOn: dayBefore, mergedInto: (intoID, mergedOn), flash: Sv.Interventions.merged)
    }
}

extension Intervention {
    /// Requires the names and the owner to be loaded.
    func row(on date: CivilDate) -> InterventionPages.Row {
        InterventionPages.Row(id: id?.uuidString ?? "", code: code, name: name(on: date), kind: Sv.Interventions.kind(kind),
                              stage: Sv.Interventions.stage(stage), owner: owner?.name, period: period)
    }

    var period: String { Sv.Interventions.period(startsOn, endsOn) }
}
