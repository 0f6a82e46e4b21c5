import Fluent
import Persistence
import Vapor

/// A record whose changes are written to the audit log with a snapshot of its fields.
protocol Audited: Model where IDValue == UUID {
    var snapshot: [String: String] { get }
}

extension Organisation: Audited {}
extension OrganisationName: Audited {}
extension Member: Audited {}
extension MemberPopulation: Audited {}
extension Body: Audited {}
extension Person: Audited {}
extension Mandate: Audited {}
extension RulesRecord: Audited {}
extension UserAccess: Audited {}
extension Meeting: Audited {}
extension Budget: Audited {}
extension BudgetLine: Audited {}
extension AgendaItem: Audited {}
extension StandingAgendaItem: Audited {}
extension Attendance: Audited {}
extension Paragraph: Audited {}
extension Intervention: Audited {}
extension ParticipantEpisode: Audited {}
extension SurveyAnswer: Audited {}
extension ParticipantCounts: Audited {}
extension GoalArea: Audited {}
extension Indicator: Audited {}
extension IndicatorResult: Audited {}
extension AnnualReportRecord: Audited {}

extension Request {
    /// Saves a record of the current association together with its audit entry, in one
    /// transaction. `before` is nil for a new record. The entry is filed under `entityID`
    /// (default: the record itself) so it shows in that record's history. `also` runs in the same
    /// transaction, for what must happen together with the change (e.g. queueing a notification).
    func saveAudited<M: Audited>(_ record: M, subject: AuditSubject, name: String, before: [String: String]?,
                                 entityID: UUID? = nil, also: (@Sendable (any Database) async throws -> Void)? = nil) async throws {
        try await AuditLog.saved(record, actor: actor, organisationID: organisationContext?.id, subject: subject, name: name, before: before,
                                 entityID: entityID, on: db, also: also)
    }
}

extension AuditLog {
    /// Saves the record with its audit entry in one transaction, for a service acting for `actor`.
    static func saved<M: Audited>(_ record: M, actor: Actor, organisationID: UUID?, subject: AuditSubject, name: String, before: [String: String]?,
                                  entityID: UUID? = nil, on database: any Database,
                                  also: (@Sendable (any Database) async throws -> Void)? = nil) async throws {
        try await database.transaction { db in
            try await record.save(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: organisationID,
                                      action: before == nil ? .created : .updated, subject: subject,
                                      entityID: entityID ?? record.id, name: name, before: before, after: record.snapshot)
            try await also?(db)
        }
    }
}
