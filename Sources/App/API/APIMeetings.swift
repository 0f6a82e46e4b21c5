import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// Public JSON shapes of the meeting cycle, after OParl's Meeting, AgendaItem, File and Paper.
/// Built only from what is public: the published kallelse and the justerat protokoll, each in
/// its public version, so secret items, bilagor and §§ appear only by number and legal ground.
struct APIMeeting: Content {
    struct BodyRef: Content {
        var id: String
        var name: String
    }

    struct AgendaItem: Content {
        var type = "AgendaItem"
        var number: Int
        var name: String?
        var kind: String
        var proposal: String?
        var files: [Int]
        var secrecyGround: String?
    }

    struct File: Content {
        var type = "File"
        var number: Int
        var name: String?
        var secrecyGround: String?
        /// Where the public downloads it; nil for a secret bilaga.
        var accessUrl: String?
    }

    struct Paragraph: Content {
        var type = "Paper"
        var number: Int
        var name: String?
        var decisions: [String]
        var secrecyGround: String?
    }

    struct Minutes: Content {
        var state: String
        var adjustedOn: String?
        var postedOn: String?
        var appealEndsOn: String?
        var web: String
        var pdf: String
        var paragraphs: [Paragraph]
    }

    var id: String
    var type = "Meeting"
    var body: BodyRef
    var date: String
    var start: String
    var end: String?
    var location: String
    /// on_site, hybrid (remote participation offered) or remote (distansmöte).
    var format: String
    var remoteOffered: Bool
    var theme: String?
    var cancelled: Bool
    /// planned, called (kallad), held, adjusted, posted, final (laga kraft) or cancelled.
    var status: String
    var agendaItems: [AgendaItem]
    var files: [File]
    var `protocol`: Minutes?
}

extension APIController {
    /// The optional `?year=YYYY` of the meeting and decision lists; anything else is a 400.
    func yearParameter(_ request: Request) throws -> Int? {
        guard let raw = request.query[String.self, at: "year"] else { return nil }
        guard let year = Int(raw), (1900...2199).contains(year) else {
            throw Abort(.badRequest, reason: "year must be a year such as 2026 (got \"\(raw)\")")
        }
        return year
    }

    /// `?year=YYYY` limits the list to one calendar year.
    @Sendable func meetings(_ request: Request) async throws -> APIList<APIMeeting> {
        let organisation = try await find(request)
        var query = Meeting.query(on: request.db).filter(\.$organisation.$id == (try organisation.requireID())).with(\.$body).sort(\.$date)
        if let year = try yearParameter(request) {
            query = query.filter(\.$date >= "\(year)-01-01").filter(\.$date <= "\(year)-12-31")
        }
        let meetings = try await query.all()
        let ids = try meetings.map { try $0.requireID() }
        let phases = try await MeetingState.phases(of: meetings, on: request.db, today: request.today)
        // Three queries for the whole list, not two more per meeting: the latest kallelse and the
        // protokoll of every meeting at once.
        var latestNotice: [UUID: Notice] = [:]
        for notice in try await Notice.query(on: request.db).filter(\.$meeting.$id ~~ ids).sort(\.$version).all() {
            latestNotice[notice.$meeting.id] = notice
        }
        var protocols: [UUID: MeetingProtocol] = [:]
        for record in try await MeetingProtocol.query(on: request.db).filter(\.$meeting.$id ~~ ids).all() {
            protocols[record.$meeting.id] = record
        }
        return APIList(data: try meetings.map { meeting in
            let id = try meeting.requireID()
            return try dto(meeting, phase: phases[id] ?? .planned, organisation: organisation, notice: latestNotice[id], record: protocols[id],
                           today: request.today)
        })
    }

    /// One meeting with its latest kallelse and its protokoll.
    func dto(_ meeting: Meeting, phase: MeetingPhase, organisation: Organisation, on request: Request) async throws -> APIMeeting {
        let meetingID = try meeting.requireID()
        return try dto(meeting, phase: phase, organisation: organisation,
                       notice: try await MeetingPapers.notices(of: meetingID, on: request.db).last,
                       record: try await MeetingProtocol.query(on: request.db).filter(\.$meeting.$id == meetingID).first(), today: request.today)
    }

    /// Built from what is public only: the kallelse and the justerat protokoll in their public versions.
    func dto(_ meeting: Meeting, phase: MeetingPhase, organisation: Organisation, notice latest: Notice?, record: MeetingProtocol?,
             today: CivilDate) throws -> APIMeeting {
        let meetingID = try meeting.requireID()
        let notice = try latest.map { try MeetingPapers.decode($0).publicVersion }
        var protocolDTO: APIMeeting.Minutes?
        if let record, record.status >= .adjusted, let content = record.content {
            let snapshot = try JSONDecoder().decode(ProtocolSnapshot.self, from: Data(content.utf8)).publicVersion
            let id = try record.requireID().uuidString
            protocolDTO = .init(
                state: record.state(on: today).rawValue, adjustedOn: record.adjustedOn, postedOn: record.postedOn,
                appealEndsOn: record.appealEndsOn, web: SiteURL.publicProtocol(organisation.slug, id).path,
                pdf: SiteURL.publicProtocolPDF(organisation.slug, id).path,
                paragraphs: snapshot.paragraphs.map {
                    .init(number: $0.number, name: $0.title.isEmpty ? nil : $0.title, decisions: $0.decisions, secrecyGround: $0.secrecyGround)
                })
        }
        return APIMeeting(
            id: meetingID.uuidString, body: .init(id: meeting.$body.id.uuidString, name: meeting.body.displayName), date: meeting.date,
            start: meeting.startsAt, end: meeting.endsAt, location: Sv.Meetings.location(meeting.format, place: meeting.place, address: meeting.address),
            format: meeting.format.rawValue, remoteOffered: meeting.remoteOffered, theme: meeting.theme, cancelled: phase == .cancelled, status: phase.rawValue,
            agendaItems: (notice?.items ?? []).map {
                .init(number: $0.number, name: $0.title.isEmpty ? nil : $0.title, kind: $0.kind.rawValue, proposal: $0.proposal,
                      files: $0.attachmentNumbers, secrecyGround: $0.secrecyGround)
            },
            files: (notice?.attachments ?? []).map {
                .init(number: $0.number, name: $0.title.isEmpty ? nil : $0.title, secrecyGround: $0.secrecyGround,
                      accessUrl: Bilagor.publicAttachmentURL(organisation.slug, meetingID.uuidString, $0))
            },
            protocol: protocolDTO)
    }
}
