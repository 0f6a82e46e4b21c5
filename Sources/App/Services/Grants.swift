import Domain
import Fluent
import Foundation
import Persistence
import Views

/// Grants: money for an insats and year, recorded from the decision § that granted it. A later
/// decision for the same insats and year supersedes the earlier grant (kept, marked); an earlier
/// or the same decision cannot change what a later one decided.
enum Grants {
    /// The grants in force, with their decision's §, protokoll, meeting and body.
    static func inForce(organisationID: UUID, interventionID: UUID? = nil, on database: any Database) async throws -> [Grant] {
        var query = Grant.query(on: database).filter(\.$organisation.$id == organisationID).filter(\.$supersededByID == nil)
        if let interventionID { query = query.filter(\.$intervention.$id == interventionID) }
        return try await query.with(\.$decision) { $0.with(\.$paragraph) { $0.with(\.$protocol) { $0.with(\.$meeting) { $0.with(\.$body) } } } }
            .all().sorted { ($0.year, $0.createdAt ?? .distantPast) < ($1.year, $1.createdAt ?? .distantPast) }
    }

    /// Every grant of one insats, superseded ones included, for its page.
    static func history(of interventionID: UUID, on database: any Database) async throws -> [Grant] {
        try await Grant.query(on: database).filter(\.$intervention.$id == interventionID)
            .with(\.$decision) { $0.with(\.$paragraph) { $0.with(\.$protocol) { $0.with(\.$meeting) { $0.with(\.$body) } } } }
            .all().sorted { ($0.year, $0.createdAt ?? .distantPast) < ($1.year, $1.createdAt ?? .distantPast) }
    }

    /// Decisions that can grant money: bifall and inriktningsbeslut, newest first.
    static func decisionChoices(organisationID: UUID, on database: any Database) async throws -> [(id: String, label: String)] {
        try await DecisionRows.choices(of: organisationID, kinds: [.approval, .policy], on: database)
    }

    /// Records the draft for the insats, or says what is wrong; nothing is stored on an issue.
    static func record(_ draft: GrantDraft, interventionID: UUID, organisationID: UUID, actor: Actor, on database: any Database) async throws
        -> Result<[Grant], ValidationFailure> {
        guard let decision = try await Decision.query(on: database).filter(\.$id == draft.decisionID)
            .filter(\.$organisation.$id == organisationID)
            .with(\.$paragraph, { $0.with(\.$protocol) { $0.with(\.$meeting) { $0.with(\.$body) } } }).first()
        else { return .failure(ValidationFailure([FieldIssue("decisionID", .unknownReference)])) }
        var policyYears: ClosedRange<Int>?
        if let from = decision.policyFromYear, let to = decision.policyToYear, from <= to { policyYears = from...to }
        var issues = draft.issues(decisionKind: decision.kind, policyYears: policyYears)
        let decidedOn = decision.paragraph.protocol.meeting.date
        let existing = try await inForce(organisationID: organisationID, interventionID: interventionID, on: database)
        var superseded: [Grant] = []
        for year in draft.amounts.keys.sorted() {
            guard let current = existing.first(where: { $0.year == year }) else { continue }
            if current.decision.paragraph.protocol.meeting.date >= decidedOn {
                issues.append(FieldIssue(draft.field(of: year), .grantAlreadyDecided(year: year)))
            } else {
                superseded.append(current)
            }
        }
        guard issues.isEmpty else { return .failure(ValidationFailure(issues)) }
        let grants = draft.amounts.keys.sorted().map {
            Grant(organisationID: organisationID, interventionID: interventionID, decisionID: draft.decisionID, year: $0,
                  amount: draft.amounts[$0] ?? 0, conditions: draft.conditions)
        }
        let label = DecisionRows.paragraphLabel(decision)
        let replaced = superseded
        try await database.transaction { db in
            for grant in grants {
                try await grant.create(on: db)
                if let old = replaced.first(where: { $0.year == grant.year }) {
                    try await Grant.query(on: db).filter(\.$id == old.requireID()).set(\.$supersededByID, to: grant.requireID()).update()
                }
                try await AuditLog.record(on: db, actor: actor, organisationID: organisationID, action: .created, subject: .grant,
                                          entityID: interventionID, name: "\(grant.year) \(label)", before: nil,
                                          after: ["year": String(grant.year), "amount": String(grant.amount), "decision": label,
                                                  "conditions": grant.conditions ?? ""])
            }
        }
        return .success(grants)
    }
}
