import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Anslag and laga kraft: posting a justerat protokoll, the public protokoll with its BEVIS, the
/// digital anslagstavla and its Atom feed.
struct AnslagController {
    func register(editors: any RoutesBuilder, public: any RoutesBuilder) throws {
        editors.post(SiteURL.posting(SiteURL.slug, SiteURL.id).route, use: post)
        `public`.get(SiteURL.publicProtocol(SiteURL.slug, SiteURL.id).route, use: publicProtocol)
        `public`.get(SiteURL.publicProtocolPDF(SiteURL.slug, SiteURL.id).route, use: publicProtocolPDF)
        `public`.get(SiteURL.noticeBoard(SiteURL.slug).route, use: noticeBoard)
        `public`.get(SiteURL.noticeBoardFeed(SiteURL.slug).route, use: feed)
    }

    @Sendable func post(_ request: Request) async throws -> Response {
        let association = try request.association
        let record = try await Protocols.find(request)
        try ProtocolGuard.require(.post, record)
        guard let adjusted = record.adjustedOn.flatMap({ CivilDate(iso: $0) }), let meetingDate = record.meeting.civilDate else {
            throw Abort(.notFound)
        }
        let values = try request.formValues()
        var validator = FieldValidator(values)
        let postedOn = validator.date("postedOn")
        let reason = validator.text("latePostingReason", required: false, maxLength: 2000)
        let rules = try await RulesStore.record(for: association, on: request.db).rules
        var issues = validator.issues
        var schedule: NoticeSchedule?
        if let postedOn {
            switch NoticeSchedule.check(meetingDate: meetingDate, adjustedOn: adjusted, postedOn: postedOn, latePostingReason: reason, rules: rules) {
            case .success(let checked): schedule = checked
            case .failure(let failure): issues += failure.issues
            }
        }
        guard let schedule, issues.isEmpty else {
            return try await ProtocolPages.page(request, record, postingState: request.formState(values, issues: issues))
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
        PublicProtocolDocument.prepareInBackground(try record.requireID(), of: association.id, application: request.application)
        return request.redirect(to: .protocolPage(association.slug, record.id!.uuidString), flash: Sv.Anslag.posted)
    }

    private func lookup(_ request: Request) async throws -> PublicProtocolDocument.Found {
        let organisation = try await request.organisationFromSlug()
        guard let found = try await PublicProtocolDocument.find(try request.idParameter(), of: organisation, today: request.today,
                                                                on: request.db) else { throw Abort(.notFound) }
        return found
    }

    private func cachedResponse(etag: String, contentType: String, body: ByteBuffer) -> Response {
        Response(status: .ok, headers: PublicPageCache.headers(etag: etag, contentType: contentType), body: .init(buffer: body))
    }

    /// Rendered once per state and kept in memory; a client revalidating gets 304.
    @Sendable func publicProtocol(_ request: Request) async throws -> Response {
        let found = try await lookup(request)
        let etag = found.etag
        if request.headers.first(name: .ifNoneMatch) == etag {
            return Response(status: .notModified, headers: PublicPageCache.headers(etag: etag, contentType: nil))
        }
        let cache = request.application.publicPageCache
        let page: ByteBuffer
        if let kept = cache.get(etag) {
            page = kept
        } else {
            let model = try await PublicProtocolDocument.model(found, today: request.today, on: request.db)
            page = ByteBuffer(string: PublicProtocolPage.render(model, context: PageContext(path: request.url.path)))
        }
        // Also when it was kept: a change anywhere ends the fast path, and this puts it back.
        cache.set(etag, page, contentType: "text/html; charset=utf-8", path: PublicProtocolDocument.fastPath(found.record, request.url.path),
                  validThrough: PublicProtocolDocument.validThrough(found.record, request.today))
        return cachedResponse(etag: etag, contentType: "text/html; charset=utf-8", body: page)
    }

    /// The same protokoll as PDF/A with its BEVIS block, typeset once per state (usually in the
    /// background before anyone asks: `PublicProtocolDocument.prepareInBackground`).
    @Sendable func publicProtocolPDF(_ request: Request) async throws -> Response {
        let found = try await lookup(request)
        if request.headers.first(name: .ifNoneMatch) == found.pdfTag {
            return Response(status: .notModified, headers: PublicPageCache.headers(etag: found.pdfTag, contentType: nil))
        }
        let pdf = try await request.typesetting("protokoll") {
            try await PublicProtocolDocument.pdf(found, application: request.application, today: request.today, on: request.db)
        }
        return cachedResponse(etag: found.pdfTag, contentType: "application/pdf", body: pdf)
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
            coming: try await coming.rows(on: request.db, today: request.today), feedURL: SiteURL.noticeBoardFeed(organisation.slug).path)
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
