import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// A meeting's phase from its records, and the check every change to a meeting goes through: a
/// change its phase does not allow is a state conflict (409 with the reason in Swedish), and
/// nothing is changed or mailed.
enum MeetingState {
    static func phase(of meeting: Meeting, on database: any Database, today: CivilDate) async throws -> MeetingPhase {
        try await phases(of: [meeting], on: database, today: today)[try meeting.requireID()] ?? .planned
    }

    /// Two queries however many meetings: their kallelser and their protokoll.
    static func phases(of meetings: [Meeting], on database: any Database, today: CivilDate) async throws -> [UUID: MeetingPhase] {
        let ids = meetings.compactMap(\.id)
        guard !ids.isEmpty else { return [:] }
        let called = Set(try await Notice.query(on: database).filter(\.$meeting.$id ~~ ids).field(\.$meeting.$id).all().map(\.$meeting.id))
        let protocols = Dictionary(try await MeetingProtocol.query(on: database).filter(\.$meeting.$id ~~ ids).all()
            .map { ($0.$meeting.id, $0.state(on: today)) }, uniquingKeysWith: { first, _ in first })
        return Dictionary(uniqueKeysWithValues: meetings.compactMap { meeting in
            meeting.id.map { id in
                (id, MeetingLifecycle.phase(cancelled: meeting.status == .cancelled, noticePublished: called.contains(id),
                                            protocolState: protocols[id]))
            }
        })
    }

    /// Throws the conflict when the meeting's phase does not allow the change.
    static func require(_ change: MeetingLifecycle.Change, _ meeting: Meeting, on request: Request) async throws {
        let phase = try await phase(of: meeting, on: request.db, today: request.today)
        if let conflict = MeetingLifecycle.conflict(change, in: phase) {
            throw StateConflict(Sv.Meetings.conflict(change, conflict))
        }
    }

    static func allows(_ change: MeetingLifecycle.Change, _ meeting: Meeting, on request: Request) async throws -> Bool {
        MeetingLifecycle.conflict(change, in: try await phase(of: meeting, on: request.db, today: request.today)) == nil
    }
}

/// The protokoll's events through `ProtocolLifecycle`: the state it moves to, or a state conflict.
enum ProtocolGuard {
    @discardableResult
    static func require(_ event: ProtocolLifecycle.Event, _ record: MeetingProtocol) throws -> ProtocolState {
        switch ProtocolLifecycle.apply(event, to: record.status, posted: record.postedOn != nil) {
        case .success(let state): return state
        case .failure(let conflict): throw StateConflict(Sv.Protocols.conflict(conflict, postedOn: record.postedOn))
        }
    }
}
