import Domain
import Fluent
import Persistence
import Vapor
import Views

/// The mötesplan: planning, moving and cancelling sammanträden.
struct MeetingController {
    func register(readers: any RoutesBuilder, editors: any RoutesBuilder) throws {
        readers.get(SiteURL.meetings(SiteURL.slug).route, use: list)
        editors.get(SiteURL.meetingNew(SiteURL.slug).route, use: newForm)
        editors.post(SiteURL.meetingNew(SiteURL.slug).route, use: create)
        readers.get(SiteURL.meeting(SiteURL.slug, SiteURL.id).route, use: show)
        editors.get(SiteURL.meetingEdit(SiteURL.slug, SiteURL.id).route, use: editForm)
        editors.post(SiteURL.meetingEdit(SiteURL.slug, SiteURL.id).route, use: update)
        editors.post(SiteURL.meetingCancel(SiteURL.slug, SiteURL.id).route, use: cancel)
    }

    /// `?ar=YYYY` chooses the year; anything else shows the current year.
    @Sendable func list(_ request: Request) async throws -> Response {
        let association = try request.association
        let thisYear = request.today.year
        let year = request.query[Int.self, at: "ar"].flatMap { (1900...2199).contains($0) ? $0 : nil } ?? thisYear
        let meetings = try await Meeting.query(on: request.db).filter(\.$organisation.$id == association.id)
            .with(\.$body).sort(\.$date).sort(\.$startsAt).all()
        let years = Set(meetings.compactMap { $0.civilDate?.year } + [thisYear - 1, thisYear, thisYear + 1, year]).sorted()
        let feeds = try await MeetingFeeds.links(for: association.organisation, on: request.db)
        let model = MeetingList.Model(year: year, years: years,
                                      rows: try await meetings.filter { $0.civilDate?.year == year }.rows(on: request.db, today: request.today),
                                      feeds: feeds)
        return .html(MeetingList.render(model, slug: association.slug, context: request.pageContext()))
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let meeting = try await MeetingPages.find(request)
        return try await MeetingPages.show(request, meeting)
    }

    private func bodyChoices(_ request: Request) async throws -> [(id: String, name: String)] {
        let association = try request.association
        return try await Body.query(on: request.db).filter(\.$organisation.$id == association.id).all()
            .filter { $0.dissolvedOn == nil }
            .sorted { (BodyKind.allCases.firstIndex(of: $0.kind) ?? 0, $0.displayName) < (BodyKind.allCases.firstIndex(of: $1.kind) ?? 0, $1.displayName) }
            .map { (try $0.requireID().uuidString, $0.displayName) }
    }

    /// Prefilled from the query when proposing the beredningsgrupp's meeting before a board meeting.
    @Sendable func newForm(_ request: Request) async throws -> Response {
        let association = try request.association
        let query = { (name: String) in request.query[String.self, at: name] ?? "" }
        let values = ["bodyID": query("organ"), "date": query("datum"), "startsAt": query("start"),
                      "place": query("plats"), "address": query("adress")]
        return .html(MeetingForm.render(request.formState(values), slug: association.slug, meetingID: nil,
                                        bodies: try await bodyChoices(request), context: request.pageContext()))
    }

    /// Parses the form and checks that the chosen body is the association's own.
    private func parse(_ request: Request, _ values: [String: String]) async throws -> Result<MeetingDraft, ValidationFailure> {
        let association = try request.association
        let rules = try await RulesStore.record(for: association, on: request.db).rules
        let result = MeetingDraft.parse(values, rules: rules)
        guard case .success(let draft) = result else { return result }
        let bodyExists = try await Body.query(on: request.db).filter(\.$id == draft.bodyID)
            .filter(\.$organisation.$id == association.id).first() != nil
        return bodyExists ? result : .failure(ValidationFailure([FieldIssue("bodyID", .unknownReference)]))
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let values = try request.formValues()
        let result = try await parse(request, values)
        guard case .success(let draft) = result else {
            return .html(MeetingForm.render(request.formState(values, issues: result.issues), slug: association.slug, meetingID: nil,
                                            bodies: try await bodyChoices(request), context: request.pageContext()),
                         status: .unprocessableEntity)
        }
        let meeting = Meeting(organisationID: association.id, draft: draft)
        try await request.saveAudited(meeting, subject: .meeting, name: draft.date.iso, before: nil)
        return request.redirect(to: .meeting(association.slug, meeting.id!.uuidString), flash: Sv.created)
    }

    @Sendable func editForm(_ request: Request) async throws -> Response {
        let association = try request.association
        let meeting = try await MeetingPages.find(request)
        try await MeetingState.require(.move, meeting, on: request)
        let values = ["bodyID": meeting.$body.id.uuidString, "date": meeting.date, "startsAt": meeting.startsAt,
                      "endsAt": meeting.endsAt ?? "", "place": meeting.place, "address": meeting.address ?? "",
                      "format": meeting.format.rawValue, "theme": meeting.theme ?? ""]
        return .html(MeetingForm.render(request.formState(values), slug: association.slug, meetingID: meeting.id!.uuidString,
                                        bodies: try await bodyChoices(request), context: request.pageContext()))
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let association = try request.association
        let meeting = try await MeetingPages.find(request)
        try await MeetingState.require(.move, meeting, on: request)
        let values = try request.formValues()
        let result = try await parse(request, values)
        guard case .success(let draft) = result else {
            return .html(MeetingForm.render(request.formState(values, issues: result.issues), slug: association.slug,
                                            meetingID: meeting.id!.uuidString, bodies: try await bodyChoices(request),
                                            context: request.pageContext()), status: .unprocessableEntity)
        }
        let before = meeting.snapshot
        let whenAndWhere = { (m: Meeting) in [m.date, m.startsAt, m.endsAt ?? "", m.place, m.address ?? "", m.format.rawValue] }
        let previously = whenAndWhere(meeting)
        meeting.apply(draft)
        if meeting.snapshot != before { meeting.sequence += 1 }
        if meeting.$body.id != meeting.body.id { try await meeting.$body.load(on: request.db) }
        let notification = whenAndWhere(meeting) == previously ? nil : try await movedNotification(request, meeting)
        try await request.saveAudited(meeting, subject: .meeting, name: draft.date.iso, before: before, also: notification)
        return request.redirect(to: .meeting(association.slug, meeting.id!.uuidString), flash: Sv.saved)
    }

    @Sendable func cancel(_ request: Request) async throws -> Response {
        let association = try request.association
        let meeting = try await MeetingPages.find(request)
        try await MeetingState.require(.cancel, meeting, on: request)
        let values = try request.formValues()
        var validator = FieldValidator(values)
        let reason = validator.text("cancellationReason", maxLength: 1000)
        guard let reason, validator.isValid else {
            return try await MeetingPages.show(request, meeting, cancelState: request.formState(values, issues: validator.issues))
        }
        let before = meeting.snapshot
        meeting.statusRaw = MeetingStatus.cancelled.rawValue
        meeting.cancellationReason = reason
        meeting.sequence += 1
        let invited = try await MeetingPapers.invited(meeting, on: request.db).recipients
        let organisationID = association.id
        let subject = Sv.Notices.cancelledSubject(meeting.body.displayName, meeting.date)
        let body = Sv.Notices.cancelledBody(meeting.body.displayName, association.name, date: meeting.date, reason: reason,
                                            link: request.application.settings.publicBaseURL + SiteURL.calendar(association.slug).path)
        let meetingID = try meeting.requireID()
        try await request.saveAudited(meeting, subject: .meeting, name: meeting.date, before: before) { db in
            try await Outbox.enqueue(on: db, organisationID: organisationID, to: invited, subject: subject, body: body,
                                     topic: "cancelled", subjectID: meetingID)
        }
        return request.redirect(to: .meeting(association.slug, meeting.id!.uuidString), flash: Sv.Meetings.cancelledFlash)
    }
}

extension MeetingController {
    /// The mail telling everyone invited that the meeting has a new time or place.
    fileprivate func movedNotification(_ request: Request, _ meeting: Meeting) async throws -> @Sendable (any Database) async throws -> Void {
        let association = try request.association
        let invited = try await MeetingPapers.invited(meeting, on: request.db).recipients
        let organisationID = association.id
        let meetingID = try meeting.requireID()
        let subject = Sv.Notices.movedSubject(meeting.body.displayName, meeting.date)
        let body = Sv.Notices.movedBody(meeting.body.displayName, association.name, date: meeting.date,
                                        time: Sv.Meetings.timeRange(meeting.startsAt, meeting.endsAt),
                                        place: Sv.Meetings.location(meeting.format, place: meeting.place, address: meeting.address),
                                        link: request.application.settings.publicBaseURL + SiteURL.calendar(association.slug).path)
        return { db in
            try await Outbox.enqueue(on: db, organisationID: organisationID, to: invited, subject: subject, body: body,
                                     topic: "moved", subjectID: meetingID)
        }
    }
}

extension Meeting {
    /// Requires the body to be loaded.
    func row(_ phase: MeetingPhase) -> MeetingRow {
        var row = MeetingRow(id: id?.uuidString ?? "", body: body.displayName, date: date, time: startsAt,
                   place: Sv.Meetings.location(format, place: place, address: nil),
                   remote: remoteOffered, theme: theme, phase: phase)
        row.format = format
        return row
    }
}

extension [Meeting] {
    /// The rows with each meeting's phase, in two queries (`MeetingState.phases`).
    func rows(on database: any Database, today: CivilDate) async throws -> [MeetingRow] {
        let phases = try await MeetingState.phases(of: self, on: database, today: today)
        return map { $0.row(phases[$0.id ?? UUID()] ?? .planned) }
    }
}
