import Domain
import Fluent
import Foundation
import Persistence
import Vapor

/// A protokoll with what its pages need: the record within the association, the body's mandates
/// on the meeting day, and the attendance check.
enum Protocols {
    static func find(_ request: Request, id: UUID? = nil) async throws -> MeetingProtocol {
        let association = try request.association
        let wanted = try id ?? request.idParameter()
        let query = MeetingProtocol.query(on: request.db).filter(\.$id == wanted).filter(\.$organisation.$id == association.id)
            .with(\.$meeting) { $0.with(\.$body) }.with(\.$paragraphs)
        guard let record = try await query.first() else { throw Abort(.notFound) }
        return record
    }

    /// The member that appointed each person to the body, as on the meeting day.
    static func appointingMembers(_ mandates: [Mandate], on date: CivilDate) -> [UUID: String] {
        Dictionary(mandates.filter { $0.facts.isActive(on: date) }.compactMap { m in m.appointedBy.map { (m.$person.id, $0.name) } },
                   uniquingKeysWith: { first, _ in first })
    }

    /// The body's mandates, for checking attendance and counting seats on the meeting day.
    static func mandates(_ record: MeetingProtocol, on database: any Database) async throws -> [Mandate] {
        try await Mandate.query(on: database).filter(\.$body.$id == record.$body.id).with(\.$person).with(\.$appointedBy).all()
    }

    static func check(_ request: Request, _ record: MeetingProtocol, _ mandates: [Mandate]) async throws -> AttendanceCheck {
        let numbers = record.paragraphs.map(\.number)
        let rules = try await RulesStore.record(for: try request.association, on: request.db).rules
        let date = record.meeting.civilDate ?? request.today
        return AttendanceCheck(paragraphs: numbers.min().flatMap { low in numbers.max().map { low...$0 } },
                               meetingDate: date, mandates: mandates.map(\.facts),
                               remoteAllowed: rules.allowsRemoteParticipation(on: date))
    }
}
