import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// A decision as the public may see it: only from justerade protokoll, never under a secret §.
/// An uppdrag names its assignee as an OParl-style Person reference.
struct APIDecision: Content {
    struct PersonRef: Content {
        var type = "Person"
        var id: String
        var name: String
    }

    var id: String
    var type = "Decision"
    var meeting: String
    var body: APIMeeting.BodyRef
    var date: String
    var paragraph: Int
    var paragraphName: String
    var kind: String
    var wording: String
    var assignee: PersonRef?
    var deadline: String?
    var policyYears: [Int]?
    var protocolState: String
    var web: String
}

extension APIController {
    /// One meeting, as in the list.
    @Sendable func meeting(_ request: Request) async throws -> APIMeeting {
        let organisation = try await find(request)
        guard let raw = request.parameters.get("meetingID"), let id = UUID(uuidString: raw),
              let meeting = try await Meeting.query(on: request.db).filter(\.$id == id)
                  .filter(\.$organisation.$id == organisation.requireID()).with(\.$body).first()
        else { throw Abort(.notFound, reason: "No meeting with that id in this association") }
        return try await dto(meeting, phase: try await MeetingState.phase(of: meeting, on: request.db, today: request.today),
                             organisation: organisation, on: request)
    }

    /// `?year=` and `?kind=` filter; decisions of drafts and secret §§ never appear.
    @Sendable func decisions(_ request: Request) async throws -> APIList<APIDecision> {
        let organisation = try await find(request)
        let year = try yearParameter(request)
        var kind: DecisionKind?
        if let raw = request.query[String.self, at: "kind"] {
            guard let parsed = DecisionKind(rawValue: raw) else {
                throw Abort(.badRequest, reason: "kind must be one of \(DecisionKind.allCases.map(\.rawValue).joined(separator: ", ")) (got \"\(raw)\")")
            }
            kind = parsed
        }
        let today = request.today
        let all = try await DecisionRows.all(of: organisation.requireID(), on: request.db)
        let visible = all.filter { decision in
            let record = decision.paragraph.protocol
            return record.status >= .adjusted && decision.paragraph.secrecyGround == nil
                && (year == nil || record.year == year) && (kind == nil || decision.kind == kind)
        }
        return APIList(data: visible.map { decision in
            let record = decision.paragraph.protocol
            let meeting = record.meeting
            var years: [Int]?
            if let from = decision.policyFromYear, let to = decision.policyToYear, from <= to { years = Array(from...to) }
            return APIDecision(
                id: decision.id!.uuidString, meeting: meeting.id!.uuidString,
                body: .init(id: meeting.$body.id.uuidString, name: meeting.body.displayName), date: meeting.date,
                paragraph: decision.paragraph.number, paragraphName: decision.paragraph.title, kind: decision.kind.rawValue,
                wording: decision.wording, assignee: decision.assignee.map { .init(id: $0.id!.uuidString, name: $0.name) },
                deadline: decision.deadline, policyYears: years, protocolState: record.state(on: today).rawValue,
                web: SiteURL.publicProtocol(organisation.slug, record.id!.uuidString).path)
        })
    }
}
