import Domain
import Fluent
import Foundation
import Persistence
import Views

/// Utlysningar: each is an ärende in the diarium; published, it is open until its last day to
/// apply, on the public page, in the Atom feed and in the API.
enum Calls {
    static func create(_ draft: CallForProposalsDraft, organisationID: UUID, actor: Actor, today: CivilDate, on database: any Database) async throws
        -> CallForProposals {
        let call = CallForProposals(organisationID: organisationID, draft: draft)
        try await database.transaction { db in
            let matter = try await Diarium.register(RegisteredMatterDraft(title: Sv.Calls.matterTitle(draft.title), category: .call, openedOn: today,
                                                                          description: nil, interventionID: nil),
                                                    organisationID: organisationID, actor: actor, on: db)
            call.$matter.id = matter.id
            try await call.create(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: organisationID, action: .created, subject: .call, entityID: call.id,
                                      name: draft.title, before: nil,
                                      after: ["amount": String(draft.amount), "applicationDeadline": draft.applicationDeadline.iso])
        }
        return call
    }

    static func publish(_ call: CallForProposals, actor: Actor, today: CivilDate, on database: any Database) async throws {
        call.publishedOn = today.iso
        try await database.transaction { db in
            try await call.save(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: call.$organisation.id, action: .updated, subject: .call,
                                      entityID: call.id, name: call.title, before: nil, after: ["publishedOn": today.iso])
        }
    }

    static func all(of organisationID: UUID, on database: any Database) async throws -> [CallForProposals] {
        try await CallForProposals.query(on: database).filter(\.$organisation.$id == organisationID).with(\.$matter).all()
            .sorted { ($0.applicationDeadline, $0.title) > ($1.applicationDeadline, $1.title) }
    }

    /// Published calls, those still open first; the public sees nothing unpublished.
    static func published(of organisationID: UUID, on database: any Database) async throws -> [CallForProposals] {
        try await CallForProposals.query(on: database).filter(\.$organisation.$id == organisationID).filter(\.$publishedOn != nil).all()
            .sorted { ($0.applicationDeadline, $0.title) > ($1.applicationDeadline, $1.title) }
    }
}
