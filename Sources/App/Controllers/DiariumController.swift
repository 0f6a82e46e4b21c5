import Domain
import Fluent
import Persistence
import Vapor
import Views

/// The diarium (issue 15, item 2): a list with search by diarienummer or words, registering an
/// ärende, and one ärende with the agenda items that handled it.
struct DiariumController {
    func register(readers: any RoutesBuilder, editors: any RoutesBuilder) throws {
        readers.get(SiteURL.diarium(SiteURL.slug).route, use: list)
        editors.get(SiteURL.diaryEntryNew(SiteURL.slug).route, use: newForm)
        editors.post(SiteURL.diaryEntryNew(SiteURL.slug).route, use: create)
        readers.get(SiteURL.diaryEntry(SiteURL.slug, SiteURL.id).route, use: show)
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let association = try request.association
        let query = (request.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespaces)
        let year = request.query[String.self, at: "ar"].flatMap { Int($0) }
        let all = try await RegisteredMatter.query(on: request.db).filter(\.$organisation.$id == association.id).all()
        let number = DiaryNumber(text: query)
        let words = query.lowercased().split(separator: " ").map(String.init)
        let rows = all.filter { matter in
            (year == nil || matter.year == year)
                && (number.map { $0 == matter.diaryNumber } ?? words.allSatisfy { matter.title.lowercased().contains($0) })
        }.sorted { $0.diaryNumber > $1.diaryNumber }.map(\.row)
        return .html(DiariumPages.list(rows, filters: ["q": query, "ar": year.map(String.init) ?? ""],
                                       years: Array(Set(all.map(\.year))).sorted(by: >), slug: association.slug, context: request.pageContext()))
    }

    private func interventions(_ request: Request) async throws -> [(id: String, label: String)] {
        let association = try request.association
        let today = request.today
        return try await Intervention.query(on: request.db).filter(\.$organisation.$id == association.id).with(\.$names).all()
            .sorted { $0.code < $1.code }.map { ($0.id!.uuidString, "\($0.code) \($0.name(on: today))") }
    }

    @Sendable func newForm(_ request: Request) async throws -> Response {
        let association = try request.association
        return .html(DiariumPages.form(request.formState(["openedOn": request.today.iso]), slug: association.slug,
                                       interventions: try await interventions(request), context: request.pageContext()))
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let values = try request.formValues()
        var result = RegisteredMatterDraft.parse(values)
        if case .success(let draft) = result, let id = draft.interventionID,
           try await Intervention.query(on: request.db).filter(\.$id == id).filter(\.$organisation.$id == association.id).first() == nil {
            result = .failure(ValidationFailure([FieldIssue("interventionID", .unknownReference)]))
        }
        guard case .success(let draft) = result else {
            return .html(DiariumPages.form(request.formState(values, issues: result.issues), slug: association.slug,
                                           interventions: try await interventions(request), context: request.pageContext()),
                         status: .unprocessableEntity)
        }
        let matter = try await Diarium.register(draft, organisationID: association.id, actor: request.actor, on: request.db)
        return request.redirect(to: .diaryEntry(association.slug, matter.id!.uuidString), flash: Sv.Diarium.registered(matter.diaryNumber.text))
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let association = try request.association
        guard let matter = try await RegisteredMatter.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).with(\.$intervention).first() else { throw Abort(.notFound) }
        let items = try await AgendaItem.query(on: request.db).filter(\.$matterID == matter.requireID())
            .with(\.$meeting) { $0.with(\.$body) }.all().sorted { $0.meeting.date < $1.meeting.date }
        let handled = items.map { item in
            (label: Sv.Diarium.handledLine(item.meeting.title, item.position, item.title), url: SiteURL.agendaItem(association.slug, item.id!.uuidString).path)
        }
        return .html(DiariumPages.show(matter.row, description: matter.matterDescription, intervention: matter.intervention?.code,
                                       handledAt: handled, context: request.pageContext()))
    }
}

extension RegisteredMatter {
    var row: DiariumPages.Row {
        DiariumPages.Row(id: id?.uuidString ?? "", number: diaryNumber.text, title: title, category: Sv.Diarium.category(category),
                         openedOn: openedOn)
    }
}
