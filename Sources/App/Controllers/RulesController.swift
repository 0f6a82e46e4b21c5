import Domain
import Fluent
import Persistence
import Vapor
import Views

/// The association's rules from its förbundsordning.
struct RulesController {
    func register(readers: any RoutesBuilder, editors: any RoutesBuilder) throws {
        readers.get(SiteURL.rules(SiteURL.slug).route, use: show)
        editors.get(SiteURL.rulesEdit(SiteURL.slug).route, use: editForm)
        editors.post(SiteURL.rulesEdit(SiteURL.slug).route, use: update)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let association = try request.association
        let record = try await RulesStore.record(for: association, on: request.db)
        let today = request.today
        let boards = try await Member.query(on: request.db).filter(\.$organisation.$id == association.id)
            .filter(\.$postsNotices == true).sort(\.$name).all().filter { $0.facts.isMember(on: today) }.map(\.name)
        return .html(RulesPages.show(record.rules, noticeBoards: boards, slug: association.slug, context: request.pageContext()))
    }

    @Sendable func editForm(_ request: Request) async throws -> Response {
        let association = try request.association
        let record = try await RulesStore.record(for: association, on: request.db)
        return .html(RulesPages.form(request.formState(RulesPages.values(record.rules)), slug: association.slug,
                                     context: request.pageContext()))
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let association = try request.association
        let values = try request.formValues()
        guard case .success(let rules) = AssociationRules.parse(values) else {
            return .html(RulesPages.form(request.formState(values, issues: AssociationRules.parse(values).issues),
                                         slug: association.slug, context: request.pageContext()), status: .unprocessableEntity)
        }
        let record = try await RulesStore.record(for: association, on: request.db)
        let before = record.snapshot
        record.apply(rules)
        try await request.saveAudited(record, subject: .rules, name: association.name, before: before, entityID: association.id)
        return request.redirect(to: .rules(association.slug), flash: Sv.saved)
    }
}
