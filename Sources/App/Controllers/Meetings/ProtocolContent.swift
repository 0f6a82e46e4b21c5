import Domain
import Fluent
import Foundation
import Persistence
import Views

/// The protokoll's content gathered from its records: header, attendance, §§ and decisions.
enum ProtocolContent {
    static func snapshot(_ record: MeetingProtocol, associationName: String, on database: any Database) async throws -> ProtocolSnapshot {
        let protocolID = try record.requireID()
        let attendances = try await Attendance.query(on: database).filter(\.$protocol.$id == protocolID).with(\.$person).with(\.$servesFor).all()
        let signers = try await ProtocolSigner.query(on: database).filter(\.$protocol.$id == protocolID).with(\.$person).all()
        let order = AttendanceRoleChoices.all
        let sorted = attendances.sorted {
            (order.firstIndex(of: $0.entry.role) ?? 0, $0.person.name) < (order.firstIndex(of: $1.entry.role) ?? 0, $1.person.name)
        }
        let mandates = try await ProtocolController().mandates(record, on: database)
        let memberOf = ProtocolController.appointingMembers(mandates, on: record.meeting.civilDate ?? CivilDate(year: record.year, month: 1, day: 1)!)
        func line(_ attendance: Attendance) -> String {
            let entry = attendance.entry
            return attendance.person.name + (memberOf[attendance.$person.id].map { " (\($0))" } ?? "")
                + ", " + Sv.Protocols.role(entry.role).lowercased()
                + (attendance.servesFor.map { " " + Sv.Protocols.servesFor($0.name) } ?? "")
                + (entry.isChair ? ", " + Sv.Protocols.isChair.lowercased() : "")
                + (entry.mode == .remote ? ", " + Sv.Protocols.mode(.remote).lowercased() : "")
                + (entry.paragraphs.map { ", " + Sv.Protocols.range($0) } ?? "")
        }
        var paragraphs: [ProtocolSnapshot.Paragraph] = []
        for paragraph in record.paragraphs.sorted(by: { $0.number < $1.number }) {
            paragraphs.append(try await self.paragraph(paragraph, on: database))
        }
        let meeting = record.meeting
        return ProtocolSnapshot(
            associationName: associationName, bodyName: meeting.body.displayName, date: meeting.date, place: meeting.place,
            time: Sv.Meetings.timeRange(meeting.startsAt, meeting.endsAt),
            decisionMakers: sorted.filter { $0.entry.role.votes }.map(line), others: sorted.filter { !$0.entry.role.votes }.map(line),
            signers: signers.sorted { $0.role.rank < $1.role.rank }
                .map { Sv.Justering.role($0.role) + ": " + $0.person.name },
            paragraphs: paragraphs)
    }

    /// One § as it is signed, with its decisions and reservations written out.
    static func paragraph(_ paragraph: Paragraph, on database: any Database) async throws -> ProtocolSnapshot.Paragraph {
        let decisions = try await Decision.query(on: database).filter(\.$paragraph.$id == paragraph.requireID()).sort(\.$createdAt).all()
        var lines: [String] = []
        for decision in decisions {
            let reservations = try await Reservation.query(on: database).filter(\.$decision.$id == decision.requireID()).with(\.$person).all()
            lines.append(decision.wording + (decision.voteOutcome.map { " (" + Sv.Decisions.outcome($0) + ")" } ?? ""))
            lines += reservations.map { Sv.Decisions.reservationLine($0.person.name, $0.reason) }
        }
        return .init(number: paragraph.number, title: paragraph.title, narrative: paragraph.narrative,
                     secrecyGround: paragraph.secrecyGround, decisions: lines, adjustedImmediatelyOn: paragraph.adjustedOn)
    }

    /// The SHA-256 of one §'s content, which the signers sign at omedelbar justering.
    static func paragraphHash(_ snapshot: ProtocolSnapshot.Paragraph) throws -> String {
        var unsigned = snapshot
        unsigned.adjustedImmediatelyOn = nil
        return FileStore.sha256(Data(try CanonicalJSON.encode(unsigned).utf8))
    }
}
