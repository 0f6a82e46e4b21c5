import Domain
import Fluent
import Persistence
import Vapor
import Views

/// The association's template of standing agenda items.
struct StandingItemController {
    func register(readers: any RoutesBuilder, editors: any RoutesBuilder) throws {
        readers.get(SiteURL.standingItems(SiteURL.slug).route, use: list)
        editors.post(SiteURL.standingItems(SiteURL.slug).route, use: create)
        editors.post(SiteURL.standingItemMove(SiteURL.slug, SiteURL.id).route, use: move)
        editors.post(SiteURL.standingItemRemove(SiteURL.slug, SiteURL.id).route, use: remove)
    }

    private func page(_ request: Request, _ state: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let association = try request.association
        let rows = try await StandingItems.records(for: association, on: request.db).map {
            StandingItemsPage.Row(id: $0.id!.uuidString, title: $0.title, kind: Sv.Agenda.kind($0.item.kind),
                                  placement: Sv.Agenda.placement($0.item.placement))
        }
        return .html(StandingItemsPage.render(rows, slug: association.slug, state: state,
                                              canEdit: association.permissions.canPrepareMeetings, context: request.pageContext()),
                     status: status)
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        try await page(request, request.formState())
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let values = try request.formValues()
        var v = FieldValidator(values)
        let title = v.text("title", maxLength: 300)
        let kind = v.choice("kind", as: AgendaItemKind.self)
        let placement = v.choice("placement", as: StandingItem.Placement.self)
        guard let title, let kind, let placement, v.isValid else {
            return try await page(request, request.formState(values, issues: v.issues), status: .unprocessableEntity)
        }
        let count = try await StandingItems.records(for: association, on: request.db).count
        let record = StandingAgendaItem(organisationID: association.id, position: count + 1,
                                        item: StandingItem(title: title, kind: kind, placement: placement))
        try await request.saveAudited(record, subject: .standingItem, name: title, before: nil)
        return request.redirect(to: .standingItems(association.slug), flash: Sv.created)
    }

    private func find(_ request: Request) async throws -> StandingAgendaItem {
        let association = try request.association
        guard let record = try await StandingAgendaItem.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).first() else { throw Abort(.notFound) }
        return record
    }

    @Sendable func move(_ request: Request) async throws -> Response {
        let association = try request.association
        let record = try await find(request)
        let records = try await StandingItems.records(for: association, on: request.db)
        let reordered = try Positions.moved(record, in: records, form: try request.formValues())
        let before = record.snapshot
        let actor = request.actor
        try await request.db.transaction { db in
            try await Positions.renumber(reordered, on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .updated, subject: .standingItem,
                                      entityID: record.id, name: record.title, before: before, after: record.snapshot)
        }
        return request.redirect(to: .standingItems(association.slug), flash: Sv.Agenda.moved)
    }

    @Sendable func remove(_ request: Request) async throws -> Response {
        let association = try request.association
        let record = try await find(request)
        let remaining = try await StandingItems.records(for: association, on: request.db).filter { $0.id != record.id }
        let before = record.snapshot
        let actor = request.actor
        try await request.db.transaction { db in
            try await record.delete(on: db)
            try await Positions.renumber(remaining, on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .removed, subject: .standingItem,
                                      entityID: record.id, name: record.title, before: before, after: nil)
        }
        return request.redirect(to: .standingItems(association.slug), flash: Sv.Agenda.removed)
    }
}
