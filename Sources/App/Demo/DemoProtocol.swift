import Domain
import Fluent
import Foundation
import Persistence

/// A justerat and posted protokoll with 20 §§ for the demo association's December 2025 board
/// meeting, so that the anslagstavla and the public protokoll have something to show on first
/// start (and the benchmark a realistic page). Everything in it is invented.
enum DemoProtocol {
    static let items: [(String, AgendaItemKind, String?)] = [
        ("Ekonomisk rapport per oktober", .report, nil),
        ("Budget 2026", .decision, nil),
        ("Verksamhetsplan 2026–2028", .decision, nil),
        ("Äskande: Unga vuxna i arbete 2026", .decision, nil),
        ("Äskande: Vuxenplattformen 2026", .decision, nil),
        ("Uppföljning av insatserna", .report, nil),
        ("Socioekonomisk redovisning", .information, nil),
        ("Mötesplan 2026", .decision, nil),
        ("Attestordning 2026", .decision, nil),
        ("Rapport från beredningsgruppen", .report, nil),
        ("Rapport från förbundschefen", .report, nil),
        ("Dataskyddsombud", .decision, nil),
        ("Information från medlemmarna", .information, nil),
        ("Personalärende", .decision, "OSL 39 kap. 3 §"),
    ]

    static func load(organisationID id: UUID, associationName: String, on db: any Database) async throws {
        guard let board = try await Body.board(of: id, on: db),
              try await Meeting.query(on: db).filter(\.$organisation.$id == id).filter(\.$date == "2025-12-12").first() == nil else { return }
        let boardID = try board.requireID()
        let meeting = Meeting(organisationID: id, draft: MeetingDraft(
            bodyID: boardID, date: CivilDate(iso: "2025-12-12")!, startsAt: ClockTime(hour: 9, minute: 0)!, endsAt: ClockTime(hour: 12, minute: 0),
            place: "Umeå, Stadshuset, sal Björken", address: nil, remoteOffered: true, theme: "Budget och verksamhetsplan 2026"))
        try await meeting.create(on: db)
        let meetingID = try meeting.requireID()
        let opening = StandingItem.defaults.filter { $0.placement == .opening }
        let closing = StandingItem.defaults.filter { $0.placement == .closing }
        let standing: [StandingItem?] = opening + items.map { _ in nil } + closing
        let drafts = opening.map { AgendaItemDraft(kind: $0.kind, title: $0.title) }
            + items.map { AgendaItemDraft(kind: $0.1, title: $0.0, proposal: $0.1 == .decision ? "Styrelsen föreslås besluta enligt underlaget." : nil,
                                          secrecyGround: $0.2) }
            + closing.map { AgendaItemDraft(kind: $0.kind, title: $0.title) }
        let record = MeetingProtocol(organisationID: id, meetingID: meetingID, bodyID: boardID, year: 2025)
        try await record.create(on: db)
        let protocolID = try record.requireID()
        let mandates = try await Mandate.query(on: db).filter(\.$body.$id == boardID).with(\.$person).all()
            .filter { $0.facts.isActive(on: CivilDate(iso: "2025-12-12")!) }
        let secretary = mandates.first { $0.role == .secretary }
        for (index, draft) in drafts.enumerated() {
            let item = AgendaItem(organisationID: id, meetingID: meetingID, position: index + 1, draft: draft,
                                  standingPlacement: standing[index]?.placement, purpose: standing[index]?.purpose)
            try await item.create(on: db)
            let paragraph = Paragraph(organisationID: id, protocolID: protocolID, agendaItemID: item.id, number: index + 1, title: draft.title,
                                      kind: draft.kind, secrecyGround: draft.secrecyGround, addedAtMeeting: false)
            paragraph.purposeRaw = item.purposeRaw
            paragraph.narrative = draft.kind == .information ? nil : "Förbundschefen föredrog ärendet. Styrelsen diskuterade underlaget."
            try await paragraph.create(on: db)
            let grantsMoney = draft.title.hasPrefix("Äskande:")
            let wording: String? = switch draft.kind {
            case .decision where grantsMoney: "Styrelsen beviljade medel enligt beredningsgruppens förslag."
            case .decision: "Styrelsen beslutade enligt förslaget."
            case .report: "Styrelsen godkände rapporten."
            case .information, .discussion: index < opening.count || index >= drafts.count - closing.count ? nil : "Informationen lades till handlingarna."
            }
            if let wording {
                try await Decision(organisationID: id, paragraphID: paragraph.requireID(), draft: DecisionDraft(
                    kind: grantsMoney ? .approval : draft.kind == .decision ? .decision : (draft.kind == .report ? .approvedReport : .filed),
                    wording: wording)).create(on: db)
            }
            if draft.title == "Dataskyddsombud", let secretary {
                try await Decision(organisationID: id, paragraphID: paragraph.requireID(), draft: DecisionDraft(
                    kind: .assignment, wording: "Förbundschefen får i uppdrag att utse ett dataskyddsombud och rapportera till styrelsen.",
                    assigneePersonID: secretary.$person.id, deadline: CivilDate(iso: "2026-03-31"))).create(on: db)
            }
        }
        for mandate in mandates where mandate.role.isVotingMember {
            try await Attendance(organisationID: id, protocolID: protocolID, entry: AttendanceEntry(
                personID: mandate.$person.id, role: .decisionMaker, isChair: mandate.role == .chair)).create(on: db)
        }
        if let secretary {
            try await Attendance(organisationID: id, protocolID: protocolID, entry: AttendanceEntry(personID: secretary.$person.id, role: .participant))
                .create(on: db)
        }
        let signers: [(Mandate?, SignerRole)] = [(secretary, .secretary), (mandates.first { $0.role == .chair }, .chair),
                                                 (mandates.first { $0.role == .viceChair }, .adjuster)]
        for case let (mandate?, role) in signers {
            try await ProtocolSigner(protocolID: protocolID, personID: mandate.$person.id, role: role).create(on: db)
        }
        let query = MeetingProtocol.query(on: db).filter(\.$id == protocolID).with(\.$meeting) { $0.with(\.$body) }.with(\.$paragraphs)
        guard let loaded = try await query.first() else { return }
        let json = try CanonicalJSON.encode(try await ProtocolContent.snapshot(loaded, associationName: associationName, on: db))
        let adjusted = CivilDate(iso: "2025-12-19")!
        loaded.content = json
        loaded.contentSHA256 = FileStore.sha256(Data(json.utf8))
        loaded.statusRaw = ProtocolState.adjusted.rawValue
        loaded.adjustedOn = adjusted.iso
        loaded.postedOn = adjusted.iso
        loaded.appealEndsOn = AppealPeriod(postedOn: adjusted, days: 21)?.endsOn.iso
        try await loaded.save(on: db)
        for case let (mandate?, _) in signers {
            try await Signature(protocolID: protocolID, personID: mandate.$person.id, userID: nil, signedAt: Date(timeIntervalSince1970: 1_766_131_200),
                                signedOn: adjusted, contentSHA256: loaded.contentSHA256!, declined: false, comment: nil).create(on: db)
        }
        try await SearchIndex.index(protocol: loaded, slug: DemoData.slug, on: db)
    }
}
