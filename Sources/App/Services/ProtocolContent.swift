import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// The protokoll's content gathered from its records: header, attendance, §§ and decisions.
enum ProtocolContent {
    static func snapshot(_ record: MeetingProtocol, associationName: String, on database: any Database) async throws -> ProtocolSnapshot {
        let protocolID = try record.requireID()
        let attendances = try await Attendance.query(on: database).filter(\.$protocol.$id == protocolID).with(\.$person).with(\.$servesFor).all()
        let signers = try await ProtocolSigner.query(on: database).filter(\.$protocol.$id == protocolID).with(\.$person).all()
        let sorted = AttendanceList.ordered(attendances)
        let mandates = try await Protocols.mandates(record, on: database)
        let memberOf = Protocols.appointingMembers(mandates, on: record.meeting.civilDate ?? CivilDate(year: record.year, month: 1, day: 1)!)
        let line = { (attendance: Attendance) in AttendanceList.line(attendance, appointedBy: memberOf[attendance.$person.id]) }
        let paragraphs = try await self.paragraphs(record.paragraphs.sorted(by: { $0.number < $1.number }), on: database)
        let meeting = record.meeting
        var snapshot = ProtocolSnapshot(
            associationName: associationName, bodyName: meeting.body.displayName, date: meeting.date,
            place: Sv.Meetings.location(meeting.format, place: meeting.place, address: nil),
            time: Sv.Meetings.timeRange(meeting.startsAt, meeting.endsAt),
            decisionMakers: sorted.filter { $0.entry.role.votes }.map(line),
            others: sorted.filter { !$0.entry.role.votes && !$0.inAppendix }.map(line),
            signers: signers.sorted { $0.role.rank < $1.role.rank }
                .map { Sv.Justering.role($0.role) + ": " + $0.person.name },
            paragraphs: paragraphs)
        if let body = record.jointBody, let from = record.jointFrom, let to = record.jointTo {
            snapshot.jointSession = Sv.Protocols.jointSession(meeting.body.displayName, with: body, range: from...max(from, to))
        }
        let listed = sorted.filter(\.inAppendix)
        if !listed.isEmpty {
            let lastBilaga = try await Attachment.query(on: database).filter(\.$meeting.$id == meeting.requireID()).max(\.$number) ?? 0
            snapshot.attendanceAppendix = .init(number: lastBilaga + 1,
                                                title: record.attendanceAppendixTitle ?? Sv.Protocols.attendanceAppendixTitle,
                                                lines: listed.map(line))
        }
        return snapshot
    }

    /// One § as it is signed, with its decisions and reservations written out.
    static func paragraph(_ paragraph: Paragraph, on database: any Database) async throws -> ProtocolSnapshot.Paragraph {
        try await paragraphs([paragraph], on: database)[0]
    }

    /// The §§ as they are signed, in the order given: two queries for all their decisions and
    /// reservations, not two per § and decision.
    static func paragraphs(_ paragraphs: [Paragraph], on database: any Database) async throws -> [ProtocolSnapshot.Paragraph] {
        let ids = try paragraphs.map { try $0.requireID() }
        let decisions = ids.isEmpty ? [] : try await Decision.query(on: database).filter(\.$paragraph.$id ~~ ids).sort(\.$createdAt).all()
        let decisionIDs = try decisions.map { try $0.requireID() }
        let reservations = decisionIDs.isEmpty ? []
            : try await Reservation.query(on: database).filter(\.$decision.$id ~~ decisionIDs).with(\.$person).sort(\.$createdAt).all()
        let decisionsByParagraph = Dictionary(grouping: decisions, by: \.$paragraph.id)
        let reservationsByDecision = Dictionary(grouping: reservations, by: \.$decision.id)
        return paragraphs.map { paragraph in
            var lines: [String] = []
            var parts: [ProtocolSnapshot.Part] = []
            for decision in decisionsByParagraph[paragraph.id ?? UUID()] ?? [] {
                let wording = decision.wording + (decision.voteOutcome.map { " (" + Sv.Decisions.outcome($0) + ")" } ?? "")
                let notes = (reservationsByDecision[decision.id ?? UUID()] ?? []).map { Sv.Decisions.reservationLine($0.person.name, $0.reason) }
                lines += [wording] + notes
                parts.append(.init(text: decision.background, decision: wording, notes: notes))
            }
            return .init(number: paragraph.number, title: paragraph.title, narrative: paragraph.narrative,
                         secrecyGround: paragraph.secrecyGround, decisions: lines, adjustedImmediatelyOn: paragraph.adjustedOn, parts: parts)
        }
    }

    /// The SHA-256 of one §'s content, which the signers sign at omedelbar justering.
    static func paragraphHash(_ snapshot: ProtocolSnapshot.Paragraph) throws -> String {
        var unsigned = snapshot
        unsigned.adjustedImmediatelyOn = nil
        return FileStore.sha256(Data(try CanonicalJSON.encode(unsigned).utf8))
    }

    /// The § with its protokoll (meeting, body and §§ loaded), within the association.
    static func findParagraph(_ request: Request) async throws -> (Paragraph, MeetingProtocol) {
        let association = try request.association
        guard let paragraph = try await Paragraph.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).first() else { throw Abort(.notFound) }
        return (paragraph, try await Protocols.find(request, id: paragraph.$protocol.id))
    }

    /// The § as signed when the protokoll has been sent for justering, otherwise as it stands.
    static func asSigned(_ paragraph: Paragraph, of record: MeetingProtocol, associationName: String,
                        on database: any Database) async throws -> (snapshot: ProtocolSnapshot, paragraph: ProtocolSnapshot.Paragraph) {
        let snapshot = try await ProtocolDocuments.snapshot(record, associationName: associationName, on: database)
        if let signed = snapshot.paragraphs.first(where: { $0.number == paragraph.number }) { return (snapshot, signed) }
        return (snapshot, try await ProtocolContent.paragraph(paragraph, on: database))
    }
}
