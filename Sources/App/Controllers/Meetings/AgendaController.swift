import Domain
import Fluent
import Persistence
import Vapor
import Views

/// The föredragningslista builder: items from the standing template, new items between the
/// opening and closing ones, editing, reordering and removing.
struct AgendaController {
    func register(readers: any RoutesBuilder, editors: any RoutesBuilder) throws {
        editors.post(SiteURL.agendaFromTemplate(SiteURL.slug, SiteURL.id).route, use: createFromTemplate)
        editors.get(SiteURL.agendaItemNew(SiteURL.slug, SiteURL.id).route, use: newForm)
        editors.post(SiteURL.agendaItemNew(SiteURL.slug, SiteURL.id).route, use: create)
        readers.get(SiteURL.agendaItem(SiteURL.slug, SiteURL.id).route, use: show)
        editors.get(SiteURL.agendaItemEdit(SiteURL.slug, SiteURL.id).route, use: editForm)
        editors.post(SiteURL.agendaItemEdit(SiteURL.slug, SiteURL.id).route, use: update)
        editors.post(SiteURL.agendaItemMove(SiteURL.slug, SiteURL.id).route, use: move)
        editors.post(SiteURL.agendaItemRemove(SiteURL.slug, SiteURL.id).route, use: remove)
    }

    /// The meeting whose agenda is to change: a held or cancelled meeting's agenda is kept as it was.
    private func findMeeting(_ request: Request) async throws -> Meeting {
        let meeting = try await MeetingPages.find(request)
        try await MeetingState.require(.changeAgenda, meeting, on: request)
        return meeting
    }

    private func findItem(_ request: Request) async throws -> AgendaItem {
        let association = try request.association
        guard let item = try await AgendaItem.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).with(\.$meeting, { $0.with(\.$body) }).with(\.$presenter).first()
        else { throw Abort(.notFound) }
        return item
    }

    @Sendable func createFromTemplate(_ request: Request) async throws -> Response {
        let association = try request.association
        let meeting = try await findMeeting(request)
        let meetingID = try meeting.requireID()
        guard try await AgendaItems.of(meetingID, on: request.db).isEmpty else {
            return request.redirect(to: .meeting(association.slug, meetingID.uuidString), flash: Sv.saved)
        }
        let template = try await StandingItems.template(for: association, on: request.db)
        let actor = request.actor
        try await request.db.transaction { db in
            for (index, standing) in template.enumerated() {
                let item = AgendaItem(organisationID: association.id, meetingID: meetingID, position: index + 1,
                                      draft: AgendaItemDraft(kind: standing.kind, title: standing.title), standingPlacement: standing.placement,
                                      purpose: standing.purpose)
                try await item.create(on: db)
                try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .created, subject: .agendaItem,
                                          entityID: item.id, name: item.title, before: nil, after: item.snapshot)
            }
        }
        return request.redirect(to: .meeting(association.slug, meetingID.uuidString), flash: Sv.created)
    }

    private func people(_ request: Request) async throws -> [(id: String, name: String)] {
        let association = try request.association
        return try await Person.query(on: request.db).filter(\.$organisation.$id == association.id).sort(\.$name).all()
            .map { (try $0.requireID().uuidString, $0.name) }
    }

    private func formPage(_ request: Request, _ state: FormState, meeting: Meeting, item: AgendaItem?) async throws -> String {
        let association = try request.association
        let meetingID = try meeting.requireID().uuidString
        let action = item.map { SiteURL.agendaItemEdit(association.slug, $0.id!.uuidString).path }
            ?? SiteURL.agendaItemNew(association.slug, meetingID).path
        let cancel = item.map { SiteURL.agendaItem(association.slug, $0.id!.uuidString).path } ?? SiteURL.meeting(association.slug, meetingID).path
        let matters = try await Diarium.choices(for: association.id, on: request.db)
        return AgendaItemForm.render(state, slug: association.slug, meetingTitle: meeting.title, action: action, cancel: cancel,
                                     isNew: item == nil, people: try await people(request), matters: matters, context: request.pageContext())
    }

    /// The presenter and the ärende, when given, must be the association's own.
    private func parse(_ request: Request, _ values: [String: String]) async throws -> Result<AgendaItemDraft, ValidationFailure> {
        let association = try request.association
        let result = AgendaItemDraft.parse(values)
        guard case .success(let draft) = result else { return result }
        var issues: [FieldIssue] = []
        if let presenter = draft.presenterPersonID,
           try await Person.query(on: request.db).filter(\.$id == presenter).filter(\.$organisation.$id == association.id).first() == nil {
            issues.append(FieldIssue("presenterPersonID", .unknownReference))
        }
        if let matter = draft.matterID,
           try await RegisteredMatter.query(on: request.db).filter(\.$id == matter).filter(\.$organisation.$id == association.id).first() == nil {
            issues.append(FieldIssue("matterID", .unknownReference))
        }
        return issues.isEmpty ? result : .failure(ValidationFailure(issues))
    }

    @Sendable func newForm(_ request: Request) async throws -> Response {
        let meeting = try await findMeeting(request)
        return .html(try await formPage(request, request.formState(["recommendation": Recommendation.none.rawValue]), meeting: meeting, item: nil))
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let meeting = try await findMeeting(request)
        let meetingID = try meeting.requireID()
        let values = try request.formValues()
        let result = try await parse(request, values)
        guard case .success(let draft) = result else {
            return .html(try await formPage(request, request.formState(values, issues: result.issues), meeting: meeting, item: nil),
                         status: .unprocessableEntity)
        }
        _ = try await AgendaItems.add(draft, to: meeting, actor: request.actor, today: request.today, on: request.db)
        return request.redirect(to: .meeting(association.slug, meetingID.uuidString), flash: Sv.created)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let association = try request.association
        let item = try await findItem(request)
        let open = try await MeetingState.allows(.changeAgenda, item.meeting, on: request)
        let canEdit = association.permissions.canPrepareMeetings && open
        var model = AgendaItemShow.Model(
            item: item.row, meetingTitle: item.meeting.title, meetingID: item.$meeting.id.uuidString,
            background: item.background, proposal: item.proposal, recommendation: Sv.Agenda.recommendation(item.recommendation),
            recommendationText: item.recommendationText, history: try await AuditLog.history(of: item.requireID(), on: request.db))
        if let matterID = item.matterID, let matter = try await RegisteredMatter.find(matterID, on: request.db) {
            model.matter = (matterID.uuidString, Sv.Diarium.label(matter.diaryNumber.text, matter.title))
        }
        return .html(AgendaItemShow.render(model, slug: association.slug, canEdit: canEdit, context: request.pageContext()))
    }

    @Sendable func editForm(_ request: Request) async throws -> Response {
        let item = try await findItem(request)
        try await MeetingState.require(.changeAgenda, item.meeting, on: request)
        let values = ["title": item.title, "kind": item.kindRaw, "presenterPersonID": item.$presenter.id?.uuidString ?? "",
                      "background": item.background ?? "", "proposal": item.proposal ?? "",
                      "recommendation": item.recommendationRaw, "recommendationText": item.recommendationText ?? "",
                      "isSecret": item.isSecret ? "on" : "", "secrecyGround": item.secrecyGround ?? "",
                      "matterID": item.matterID?.uuidString ?? ""]
        return .html(try await formPage(request, request.formState(values), meeting: item.meeting, item: item))
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let association = try request.association
        let item = try await findItem(request)
        try await MeetingState.require(.changeAgenda, item.meeting, on: request)
        let values = try request.formValues()
        let result = try await parse(request, values)
        guard case .success(let draft) = result else {
            return .html(try await formPage(request, request.formState(values, issues: result.issues), meeting: item.meeting, item: item),
                         status: .unprocessableEntity)
        }
        let before = item.snapshot
        item.apply(draft)
        try await request.saveAudited(item, subject: .agendaItem, name: item.title, before: before)
        return request.redirect(to: .agendaItem(association.slug, item.id!.uuidString), flash: Sv.saved)
    }

    @Sendable func move(_ request: Request) async throws -> Response {
        let association = try request.association
        let item = try await findItem(request)
        try await MeetingState.require(.changeAgenda, item.meeting, on: request)
        let meetingID = item.$meeting.id
        let items = try await AgendaItems.of(meetingID, on: request.db)
        let reordered = try Positions.moved(item, in: items, form: try request.formValues())
        let before = item.snapshot
        let actor = request.actor
        try await request.db.transaction { db in
            try await Positions.renumber(reordered, on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .updated, subject: .agendaItem,
                                      entityID: item.id, name: item.title, before: before, after: item.snapshot)
        }
        return request.redirect(to: .meeting(association.slug, meetingID.uuidString), flash: Sv.Agenda.moved)
    }

    @Sendable func remove(_ request: Request) async throws -> Response {
        let association = try request.association
        let item = try await findItem(request)
        try await MeetingState.require(.changeAgenda, item.meeting, on: request)
        let meetingID = item.$meeting.id
        let remaining = try await AgendaItems.of(meetingID, on: request.db).filter { $0.id != item.id }
        let before = item.snapshot
        let actor = request.actor
        try await request.db.transaction { db in
            try await AgendaItemAttachment.query(on: db).filter(\.$item.$id == item.requireID()).delete()
            try await item.delete(on: db)
            try await Positions.renumber(remaining, on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .removed, subject: .agendaItem,
                                      entityID: item.id, name: item.title, before: before, after: nil)
        }
        return request.redirect(to: .meeting(association.slug, meetingID.uuidString), flash: Sv.Agenda.removed)
    }
}

extension AgendaItem {
    /// Requires the presenter to be loaded.
    var row: AgendaSection.Item {
        AgendaSection.Item(id: id?.uuidString ?? "", number: position, title: title, kind: Sv.Agenda.kind(kind),
                           presenter: presenter?.name, secrecyGround: secrecyGround, isStanding: standingPlacement != nil,
                           addedAtMeeting: addedAtMeeting)
    }
}

extension Meeting {
    /// "Styrelsen, 2026-03-20 kl. 09:00"; requires the body to be loaded.
    var title: String { Sv.Meetings.heading(body.displayName, date, startsAt) }
}
