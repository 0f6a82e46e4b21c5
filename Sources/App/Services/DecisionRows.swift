import Domain
import Fluent
import Foundation
import Persistence
import Views

/// Decisions as the §, the decisions register, the API and the reminders show them.
enum DecisionRows {
    /// The decisions under a § as the pages show them: kind, wording, uppdrag and years, result
    /// of the votering and the reservations.
    static func of(paragraph paragraphID: UUID, names: [UUID: String], on database: any Database) async throws -> [ParagraphPage.DecisionRow] {
        let decisions = try await Decision.query(on: database).filter(\.$paragraph.$id == paragraphID).sort(\.$createdAt).all()
        // Votes and reservations of all the §'s decisions in one query each, not two per decision.
        let ids = try decisions.map { try $0.requireID() }
        let votesByDecision = Dictionary(grouping: ids.isEmpty ? [] : try await Vote.query(on: database).filter(\.$decision.$id ~~ ids).all(),
                                         by: \.$decision.id)
        let reservationsByDecision = Dictionary(grouping: ids.isEmpty ? []
            : try await Reservation.query(on: database).filter(\.$decision.$id ~~ ids).sort(\.$createdAt).all(), by: \.$decision.id)
        var rows: [ParagraphPage.DecisionRow] = []
        for decision in decisions {
            let votes = votesByDecision[try decision.requireID()] ?? []
            let reservations = reservationsByDecision[try decision.requireID()] ?? []
            var details: [String] = []
            if let assignee = decision.$assignee.id.flatMap({ names[$0] }) { details.append(Sv.Decisions.assignee + ": " + assignee) }
            if let deadline = decision.deadline { details.append(Sv.Decisions.deadline + ": " + deadline) }
            if let from = decision.policyFromYear, let to = decision.policyToYear { details.append("\(from)–\(to)") }
            let tally = VoteTally(votes.compactMap { VoteChoice(rawValue: $0.choiceRaw) })
            rows.append(ParagraphPage.DecisionRow(
                id: decision.id!.uuidString, kind: Sv.Decisions.kind(decision.kind), wording: decision.wording, details: details,
                result: Sv.Decisions.outcome(decision.voteOutcome) + (votes.isEmpty ? "" : " (\(Sv.Decisions.tally(tally)))"),
                reservations: reservations.map { Sv.Decisions.reservationLine(names[$0.$person.id] ?? "", $0.reason) }))
        }
        return rows
    }

    /// Every decision of the association with its §, protokoll, meeting and body.
    static func all(of organisationID: UUID, on database: any Database) async throws -> [Decision] {
        try await Decision.query(on: database).filter(\.$organisation.$id == organisationID)
            .with(\.$assignee)
            .with(\.$paragraph) { $0.with(\.$protocol) { $0.with(\.$meeting) { $0.with(\.$body) } } }
            .all()
            .sorted {
                ($1.paragraph.protocol.meeting.date, $0.paragraph.number, $0.createdAt ?? .distantPast)
                    < ($0.paragraph.protocol.meeting.date, $1.paragraph.number, $1.createdAt ?? .distantPast)
            }
    }

    /// Decisions of the given kinds as form choices, newest first, each named by its § and wording.
    static func choices(of organisationID: UUID, kinds: Set<DecisionKind>, on database: any Database) async throws
        -> [(id: String, label: String)] {
        try await all(of: organisationID, on: database).filter { kinds.contains($0.kind) }
            .map { ($0.id!.uuidString, Sv.Grants.decisionLabel(paragraphLabel($0), $0.wording)) }
    }

    static func paragraphLabel(_ decision: Decision) -> String {
        let meeting = decision.paragraph.protocol.meeting
        return "§ \(decision.paragraph.number), \(meeting.body.displayName) \(meeting.date)"
    }
}
