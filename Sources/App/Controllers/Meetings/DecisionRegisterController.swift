import Domain
import Fluent
import Persistence
import Vapor
import Views

/// The register of decisions across all meetings and the list of uppdrag, each row linking to
/// its §.
struct DecisionRegisterController {
    func register(readers: any RoutesBuilder, editors: any RoutesBuilder) throws {
        readers.get(SiteURL.decisions(SiteURL.slug).route, use: list)
        readers.get(SiteURL.tasks(SiteURL.slug).route, use: tasks)
        editors.post(SiteURL.taskDone(SiteURL.slug, SiteURL.id).route, use: markDone)
    }

    /// Filters from the query string (`organ`, `ar`, `typ`, `status`); an unknown value shows everything.
    @Sendable func list(_ request: Request) async throws -> Response {
        let association = try request.association
        let today = request.today
        let decisions = try await DecisionRows.all(of: association.id, on: request.db)
        let filters = ["organ", "ar", "typ", "status"].reduce(into: [String: String]()) { $0[$1] = request.query[String.self, at: $1] ?? "" }
        let body = UUID(uuidString: filters["organ"] ?? "")
        let year = Int(filters["ar"] ?? "")
        let kind = DecisionKind(rawValue: filters["typ"] ?? "")
        let state = ProtocolState(rawValue: filters["status"] ?? "")
        let chosen = decisions.filter { decision in
            let record = decision.paragraph.protocol
            return (body == nil || record.$body.id == body) && (year == nil || record.year == year)
                && (kind == nil || decision.kind == kind) && (state == nil || record.state(on: today) == state)
        }
        let bodies = try await Body.query(on: request.db).filter(\.$organisation.$id == association.id).sort(\.$name).all()
        let model = DecisionRegisterPage.Model(
            filters: filters, bodies: bodies.map { ($0.id!.uuidString, $0.displayName) },
            years: Set(decisions.map(\.paragraph.protocol.year) + [today.year]).sorted(by: >),
            rows: chosen.map { decision in
                let meeting = decision.paragraph.protocol.meeting
                return DecisionRegisterPage.Row(
                    paragraphID: decision.$paragraph.id.uuidString, meeting: "\(meeting.body.displayName) \(meeting.date)",
                    paragraph: "§ \(decision.paragraph.number) \(decision.paragraph.title)", kind: Sv.Decisions.kind(decision.kind),
                    wording: decision.wording, secrecyGround: decision.paragraph.secrecyGround,
                    state: decision.paragraph.protocol.stateText(on: today))
            })
        return .html(DecisionRegisterPage.render(model, slug: association.slug, context: request.pageContext()))
    }

    /// `?status=` filters by how the uppdrag stands today.
    @Sendable func tasks(_ request: Request) async throws -> Response {
        let association = try request.association
        let today = request.today
        let filter = request.query[String.self, at: "status"] ?? ""
        let wanted = TaskStatus.Standing(rawValue: filter)
        let rows = try await DecisionRows.all(of: association.id, on: request.db).filter { $0.kind == .assignment }
            .sorted { ($0.deadline ?? "9999") < ($1.deadline ?? "9999") }
            .compactMap { decision -> TaskListPage.Row? in
                let standing = TaskStatus.standing(status: decision.taskStatus ?? .open, deadline: decision.deadline.flatMap { CivilDate(iso: $0) },
                                                   on: today)
                guard wanted == nil || wanted == standing else { return nil }
                return TaskListPage.Row(id: decision.id!.uuidString, paragraphID: decision.$paragraph.id.uuidString,
                                        paragraph: DecisionRows.paragraphLabel(decision), wording: decision.wording,
                                        owner: decision.assignee?.name ?? Sv.none, deadline: decision.deadline,
                                        standing: Sv.DecisionRegister.standing(standing, doneOn: decision.taskDoneOn),
                                        isOpen: standing != .done, remindedOn: decision.reminderSentOn)
            }
        return .html(TaskListPage.render(rows, filter: filter, slug: association.slug, canEdit: association.permissions.canPrepareMeetings,
                                         context: request.pageContext()))
    }

    @Sendable func markDone(_ request: Request) async throws -> Response {
        let association = try request.association
        guard let decision = try await Decision.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).first(), decision.kind == .assignment else { throw Abort(.notFound) }
        if decision.taskStatus != .done {
            let before = ["status": decision.taskStatusRaw ?? ""]
            decision.taskStatusRaw = TaskStatus.done.rawValue
            decision.taskDoneOn = request.today.iso
            let actor = request.actor
            try await request.db.transaction { db in
                try await decision.save(on: db)
                try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .updated, subject: .decision,
                                          entityID: decision.id, name: decision.wording, before: before,
                                          after: ["status": TaskStatus.done.rawValue, "doneOn": request.today.iso])
            }
        }
        return request.redirect(to: .tasks(association.slug), flash: Sv.DecisionRegister.markedDone)
    }
}
