import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// Who made a change, and when by the application's clock: a logged-in user, or the command line
/// / system for changes made there.
struct Actor: Sendable {
    let userID: UUID?
    let name: String
    /// The moment of the change, from `Today.now` (so that a fixed day and the log agree).
    var now: @Sendable () -> Date = { Date() }

    static let system = Actor(userID: nil, name: "Samordna (system)")

    static func commandLine(_ what: String) -> Actor {
        Actor(userID: nil, name: "Kommandorad (\(what))")
    }
}

extension Request {
    var actor: Actor {
        let clock = application.settings.today.now
        guard let user = currentUser else { return Actor(userID: nil, name: Actor.system.name, now: clock) }
        return Actor(userID: user.id, name: "\(user.displayName) (\(user.username))", now: clock)
    }

    /// The moment by the application's one clock (`Today.now`).
    var now: Date { application.settings.today.now() }
}

/// The kinds of record the audit log knows, with their Swedish names for the log's summaries.
enum AuditSubject: String {
    case organisation, organisationName = "organisation_name", member, population, body, person, mandate, rules, user, meeting
    case agendaItem = "agenda_item", standingItem = "standing_item", notice, attachment
    case `protocol`, attendance, paragraph, decision, intervention, matter, grant, budget, ledger, requisition
    case call, fundingRequest = "funding_request", participantEpisode = "participant_episode"
    case socialBudget = "social_budget", annualReport = "annual_report"

    var label: String {
        switch self {
        case .organisation: Sv.Audit.organisation
        case .organisationName: Sv.Audit.organisationName
        case .member: Sv.Audit.member
        case .population: Sv.Audit.population
        case .body: Sv.Audit.body
        case .person: Sv.Audit.person
        case .mandate: Sv.Audit.mandate
        case .rules: Sv.Audit.rules
        case .user: Sv.Audit.user
        case .meeting: Sv.Audit.meeting
        case .agendaItem: Sv.Audit.agendaItem
        case .standingItem: Sv.Audit.standingItem
        case .notice: Sv.Audit.notice
        case .attachment: Sv.Audit.attachment
        case .protocol: Sv.Audit.protocolRecord
        case .attendance: Sv.Audit.attendance
        case .paragraph: Sv.Audit.paragraph
        case .decision: Sv.Audit.decision
        case .intervention: Sv.Audit.intervention
        case .matter: Sv.Audit.matter
        case .grant: Sv.Audit.grant
        case .budget: Sv.Audit.budget
        case .ledger: Sv.Audit.ledger
        case .requisition: Sv.Audit.requisition
        case .call: Sv.Audit.call
        case .fundingRequest: Sv.Audit.fundingRequest
        case .participantEpisode: Sv.Audit.participantEpisode
        case .socialBudget: Sv.Audit.socialBudget
        case .annualReport: Sv.Audit.annualReport
        }
    }
}

enum AuditAction: String {
    case created, updated, removed

    var label: String {
        switch self {
        case .created: Sv.Audit.created
        case .updated: Sv.Audit.updated
        case .removed: Sv.Audit.removed
        }
    }
}

/// Writes audit entries; callers pass the same database (transaction) as the change itself, so
/// a change is never stored without its entry or the other way round.
enum AuditLog {
    static func record(on database: any Database, actor: Actor, organisationID: UUID?, action: AuditAction,
                       subject: AuditSubject, entityID: UUID?, name: String,
                       before: [String: String]?, after: [String: String]?) async throws {
        let entry = AuditEntry(organisationID: organisationID, userID: actor.userID, actor: actor.name,
                               action: action.rawValue, entityType: subject.rawValue, entityID: entityID,
                               summary: Sv.Audit.entry(action.label, subject.label, name),
                               before: before.map(json), after: after.map(json), occurredAt: actor.now())
        try await entry.create(on: database)
    }

    static func json(_ snapshot: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(snapshot), as: UTF8.self)) ?? "{}"
    }

    /// Rows for a record's history or the whole log, newest first.
    static func rows(_ entries: [AuditEntry]) -> [AuditRow] {
        entries.map { entry in
            AuditRow(when: Self.format(entry.occurredAt), who: entry.actor, summary: entry.summary,
                     before: entry.before, after: entry.after)
        }
    }

    static func history(of entityID: UUID, on database: any Database) async throws -> [AuditRow] {
        rows(try await AuditEntry.query(on: database).filter(\.$entityID == entityID)
            .sort(\.$occurredAt, .descending).limit(100).all())
    }

    /// "2025-03-01 14:05" in Swedish time.
    static func format(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "sv_SE")
        formatter.timeZone = TimeZone(identifier: "Europe/Stockholm")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
