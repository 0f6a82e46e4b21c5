import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Anslag and laga kraft: posting a justerat protokoll, the public protokoll with its BEVIS, the
/// digital anslagstavla and its Atom feed.
struct AnslagController {
    let protocols = ProtocolController()

    func register(editors: any RoutesBuilder, public: any RoutesBuilder) throws {
        editors.post(SiteURL.posting(SiteURL.slug, SiteURL.id).route, use: post)
        `public`.get(SiteURL.publicProtocol(SiteURL.slug, SiteURL.id).route, use: publicProtocol)
        `public`.get(SiteURL.noticeBoard(SiteURL.slug).route, use: noticeBoard)
        `public`.get(SiteURL.noticeBoardFeed(SiteURL.slug).route, use: feed)
    }

    @Sendable func post(_ request: Request) async throws -> Response {
        let association = try request.association
        let record = try await protocols.find(request)
        guard record.status == .adjusted, record.postedOn == nil, let adjusted = record.adjustedOn.flatMap({ CivilDate(iso: $0) }),
              let meetingDate = record.meeting.civilDate else { throw Abort(.forbidden) }
        let values = try request.formValues()
        var validator = FieldValidator(values)
        let postedOn = validator.date("postedOn")
        let reason = validator.text("latePostingReason", required: false, maxLength: 2000)
        let rules = try await RulesController.record(for: association, on: request.db).rules
        var issues = validator.issues
        var schedule: NoticeSchedule?
        if let postedOn {
            switch NoticeSchedule.check(meetingDate: meetingDate, adjustedOn: adjusted, postedOn: postedOn, latePostingReason: reason, rules: rules) {
            case .success(let checked): schedule = checked
            case .failure(let failure): issues += failure.issues
            }
        }
        guard let schedule, issues.isEmpty else {
            return try await protocols.page(request, record, postingState: request.formState(values, issues: issues))
        }
        record.postedOn = schedule.postedOn.iso
        record.appealEndsOn = schedule.appeal.endsOn.iso
        record.latePostingReason = schedule.latePostingReason
        let actor = request.actor
        try await request.db.transaction { db in
            try await record.save(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .updated, subject: .protocol,
                                      entityID: record.id, name: record.meeting.date, before: nil,
                                      after: ["postedOn": schedule.postedOn.iso, "appealEndsOn": schedule.appeal.endsOn.iso,
                                              "latePostingReason": schedule.latePostingReason ?? ""])
        }
        return request.redirect(to: .protocolPage(association.slug, record.id!.uuidString), flash: Sv.Anslag.posted)
    }

    /// A justerat protokoll never changes, so its page is rendered once per state and served with
    /// an ETag; a browser or proxy asking again gets 304.
    @Sendable func publicProtocol(_ request: Request) async throws -> Response {
        let organisation = try await request.organisationFromSlug()
        guard let record = try await MeetingProtocol.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == organisation.requireID()).first(),
            record.status >= .adjusted, let content = record.content, let sha = record.contentSHA256 else { throw Abort(.notFound) }
        let state = record.state(on: request.today)
        let etag = "\"\(sha.prefix(32))-\(state.rawValue)-\(record.postedOn ?? "")\""
        if request.headers.first(name: .ifNoneMatch) == etag {
            return Response(status: .notModified, headers: ["ETag": etag, "Cache-Control": "public, max-age=60"])
        }
        let cache = request.application.publicPageCache
        let html: String
        if let cached = await cache.get(etag) {
            html = cached
        } else {
            let snapshot = try JSONDecoder().decode(ProtocolSnapshot.self, from: Data(content.utf8))
            let secretary = try await ProtocolSigner.query(on: request.db).filter(\.$protocol.$id == record.requireID())
                .filter(\.$roleRaw == SignerRole.secretary.rawValue).with(\.$person).first()?.person.name
            let bevis = PublicProtocolPage.Bevis(meetingDate: snapshot.date, adjustedOn: record.adjustedOn ?? "", postedOn: record.postedOn,
                                                 takenDownOn: record.appealEndsOn, keptAt: Sv.Anslag.keptAtText(organisation.postalAddress),
                                                 signedBy: secretary)
            html = PublicProtocolPage.render(.init(snapshot: snapshot.publicVersion, state: Sv.Protocols.state(state), bevis: bevis, checksum: sha),
                                             context: PageContext(path: request.url.path))
            await cache.set(etag, html)
        }
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .eTag, value: etag)
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=60")
        return Response(status: .ok, headers: headers, body: .init(string: html))
    }

    private func notices(_ organisation: Organisation, on request: Request) async throws -> [(record: MeetingProtocol, notice: NoticeBoardPage.Notice)] {
        let records = try await MeetingProtocol.query(on: request.db).filter(\.$organisation.$id == organisation.requireID())
            .filter(\.$postedOn != nil).with(\.$meeting) { $0.with(\.$body) }.all()
            .sorted { ($0.postedOn ?? "") > ($1.postedOn ?? "") }
        return records.map { record in
            (record, NoticeBoardPage.Notice(
                title: Sv.Protocols.heading(record.meeting.body.displayName, record.meeting.date),
                url: SiteURL.publicProtocol(organisation.slug, record.id!.uuidString).path, postedOn: record.postedOn ?? "",
                takenDownOn: record.appealEndsOn ?? "", adjustedOn: record.adjustedOn ?? "", meetingDate: record.meeting.date))
        }
    }

    @Sendable func noticeBoard(_ request: Request) async throws -> Response {
        let organisation = try await request.organisationFromSlug()
        let today = request.today
        let all = try await notices(organisation, on: request)
        let coming = try await Meeting.query(on: request.db).filter(\.$organisation.$id == organisation.requireID())
            .filter(\.$date >= today.iso).filter(\.$statusRaw == MeetingStatus.planned.rawValue)
            .with(\.$body).sort(\.$date).limit(10).all()
        let model = NoticeBoardPage.Model(
            associationName: try await organisation.currentName(on: request.db, today: today),
            keptAt: Sv.Anslag.keptAtText(organisation.postalAddress),
            current: all.filter { $0.record.state(on: today) == .posted }.map(\.notice),
            archive: all.filter { $0.record.state(on: today) == .final }.map(\.notice),
            coming: coming.map(\.row), feedURL: SiteURL.noticeBoardFeed(organisation.slug).path)
        return .html(NoticeBoardPage.render(model, context: request.pageContext()))
    }

    /// Atom (RFC 4287): one entry per anslag, newest first.
    @Sendable func feed(_ request: Request) async throws -> Response {
        let organisation = try await request.organisationFromSlug()
        let base = request.application.settings.publicBaseURL
        let name = try await organisation.currentName(on: request.db, today: request.today)
        let entries = try await notices(organisation, on: request).filter { $0.record.state(on: request.today) >= .posted }
        let xml = AtomFeed.render(
            id: "urn:uuid:\(try organisation.requireID().uuidString.lowercased())", title: Sv.Anslag.boardTitle + " – " + name,
            selfURL: base + SiteURL.noticeBoardFeed(organisation.slug).path, pageURL: base + SiteURL.noticeBoard(organisation.slug).path,
            entries: entries.map { entry in
                AtomFeed.Entry(id: "urn:uuid:\(entry.record.id!.uuidString.lowercased())", title: entry.notice.title,
                               url: base + entry.notice.url, updated: entry.notice.postedOn,
                               summary: Sv.Anslag.summary(posted: entry.notice.postedOn, takenDown: entry.notice.takenDownOn))
            })
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/atom+xml; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(string: xml))
    }
}
