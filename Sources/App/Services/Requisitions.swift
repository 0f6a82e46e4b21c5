import Domain
import Fluent
import Foundation
import Persistence
import Views

/// Rekvisitioner: claims against an insats's grant for a year, checked against what is left of
/// it, registered in the diarium, and approved or returned by the kansli.
enum Requisitions {
    /// The grant of an insats for a year, with what its rekvisitioner have used.
    static func balance(interventionID: UUID, year: Int, organisationID: UUID, on database: any Database) async throws -> GrantBalance {
        let granted = try await Grants.inForce(organisationID: organisationID, interventionID: interventionID, on: database)
            .filter { $0.year == year }.reduce(Int64(0)) { $0 + $1.amount }
        var balance = GrantBalance(granted: granted)
        for requisition in try await Requisition.query(on: database).filter(\.$intervention.$id == interventionID).filter(\.$year == year).all() {
            balance.add(requisition.total, kind: requisition.kind, status: requisition.status)
        }
        return balance
    }

    /// Every insats and year with a grant or a rekvisition, for the overview.
    static func balances(organisationID: UUID, on database: any Database) async throws -> [(interventionID: UUID, year: Int, balance: GrantBalance)] {
        var balances: [String: (UUID, Int, GrantBalance)] = [:]
        for grant in try await Grant.query(on: database).filter(\.$organisation.$id == organisationID).filter(\.$supersededByID == nil).all() {
            let key = "\(grant.$intervention.id)|\(grant.year)"
            var entry = balances[key] ?? (grant.$intervention.id, grant.year, GrantBalance(granted: 0))
            entry.2.granted += grant.amount
            balances[key] = entry
        }
        for requisition in try await Requisition.query(on: database).filter(\.$organisation.$id == organisationID).all() {
            let key = "\(requisition.$intervention.id)|\(requisition.year)"
            var entry = balances[key] ?? (requisition.$intervention.id, requisition.year, GrantBalance(granted: 0))
            entry.2.add(requisition.total, kind: requisition.kind, status: requisition.status)
            balances[key] = entry
        }
        return balances.values.map { (interventionID: $0.0, year: $0.1, balance: $0.2) }
    }

    /// Registers the rekvisition, or says why not: beyond what is left of the grant (a grant raised
    /// by a later decision leaves more), or for a year without a grant. Nothing is stored on an issue.
    static func submit(_ draft: RequisitionDraft, intervention: Intervention, file: UploadedForm.CheckedFile?, actor: Actor,
                       today: CivilDate, on database: any Database) async throws -> Result<Requisition, ValidationFailure> {
        let organisationID = intervention.$organisation.id
        let interventionID = try intervention.requireID()
        let balance = try await balance(interventionID: interventionID, year: draft.year, organisationID: organisationID, on: database)
        guard balance.admits(draft.total) else {
            return .failure(ValidationFailure([FieldIssue("staff", .beyondGrant(year: draft.year, remaining: max(0, balance.remaining)))]))
        }
        let requisition = Requisition(organisationID: organisationID, interventionID: interventionID, draft: draft, submittedBy: actor.name)
        let title = Sv.Requisitions.matterTitle(kind: draft.kind, code: intervention.code, from: draft.periodFrom, to: draft.periodTo)
        try await database.transaction { db in
            let matter = try await Diarium.register(RegisteredMatterDraft(title: title, category: .requisition, openedOn: today, description: nil,
                                                                          interventionID: interventionID),
                                                    organisationID: organisationID, actor: actor, on: db)
            requisition.$matter.id = matter.id
            if let file {
                requisition.$file.id = try await FileStore.store(file.data, on: db).requireID()
                requisition.filename = file.filename
                requisition.mediaType = file.mediaType
            }
            try await requisition.create(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: organisationID, action: .created, subject: .requisition,
                                      entityID: requisition.id, name: title, before: nil,
                                      after: ["total": String(draft.total), "kind": draft.kind.rawValue, "file": file?.filename ?? ""])
        }
        return .success(requisition)
    }

    /// Approves or returns a submitted rekvisition; the caller has checked the lifecycle.
    static func decide(_ requisition: Requisition, approve: Bool, reason: String?, actor: Actor, today: CivilDate,
                       on database: any Database) async throws {
        let before = requisition.statusRaw
        requisition.statusRaw = (approve ? RequisitionStatus.approved : .returned).rawValue
        requisition.returnReason = reason
        requisition.decidedBy = actor.name
        requisition.decidedOn = today.iso
        try await database.transaction { db in
            try await requisition.save(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: requisition.$organisation.id, action: .updated, subject: .requisition,
                                      entityID: requisition.id, name: Sv.Requisitions.statusName(requisition.status), before: ["status": before],
                                      after: ["status": requisition.statusRaw, "reason": reason ?? ""])
        }
    }
}
