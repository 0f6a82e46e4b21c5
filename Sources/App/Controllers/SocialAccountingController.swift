import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// Goals, indicators and the social accounting of a year (issue 18, items 4 and 5): every
/// reader sees the Impactindex and the results; the kansli lays out goal areas and indicators and
/// enters the results that are not computed.
struct SocialAccountingController {
    func register(readers: any RoutesBuilder, editors: any RoutesBuilder) throws {
        readers.get(SiteURL.socialAccounting(SiteURL.slug).route, use: show)
        editors.post(SiteURL.socialAccountingAreas(SiteURL.slug).route, use: createArea)
        editors.post(SiteURL.socialAccountingIndicators(SiteURL.slug).route, use: createIndicator)
        editors.post(SiteURL.socialAccountingResults(SiteURL.slug).route, use: recordResult)
        editors.post(SiteURL.socialAccountingWeights(SiteURL.slug).route, use: saveWeights)
    }

    private func year(_ request: Request) -> Int {
        request.query[Int.self, at: "ar"].flatMap { (2000...2100).contains($0) ? $0 : nil } ?? request.today.year
    }

    private func page(_ request: Request, area: FormState? = nil, indicator: FormState? = nil, result: FormState? = nil,
                      weights: FormState? = nil) async throws -> Response {
        let association = try request.association
        let year = year(request)
        let model = try await SocialAccounts.compute(organisationID: association.id, year: year, on: request.db)
        let stored = try await GoalArea.query(on: request.db).filter(\.$organisation.$id == association.id).all().map(\.year)
        let years = Array(Set(stored + [year, request.today.year])).sorted(by: >)
        var weightValues: [String: String] = [:]
        for (index, area) in model.areas.enumerated() { weightValues["used\(index)"] = String(area.usedWeight) }
        let forms = SocialAccountingPage.Forms(area: area ?? request.formState(), indicator: indicator ?? request.formState(),
                                               result: result ?? request.formState(), weights: weights ?? request.formState(weightValues))
        let hasErrors = [area, indicator, result, weights].contains { $0?.hasErrors == true }
        return .html(SocialAccountingPage.render(model, years: years, slug: association.slug, canEdit: association.permissions.canEditRegister,
                                                 forms: forms, context: request.pageContext()),
                     status: hasErrors ? .unprocessableEntity : .ok)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await page(request)
    }

    private func back(_ request: Request, flash: String) throws -> Response {
        let association = try request.association
        return request.redirect(toPath: SiteURL.socialAccounting(association.slug).path + "?ar=\(year(request))", flash: flash)
    }

    @Sendable func createArea(_ request: Request) async throws -> Response {
        let association = try request.association
        let values = try request.formValues()
        switch GoalAreaDraft.parse(values) {
        case .failure(let failure):
            return try await page(request, area: request.formState(values, issues: failure.issues))
        case .success(let draft):
            let area = GoalArea(organisationID: association.id, year: year(request), draft: draft)
            try await request.saveAudited(area, subject: .socialBudget, name: draft.name, before: nil)
            return try back(request, flash: Sv.SocialAccounting.areaCreated)
        }
    }

    @Sendable func createIndicator(_ request: Request) async throws -> Response {
        let association = try request.association
        let values = try request.formValues()
        var result = IndicatorDraft.parse(values)
        if case .success(let draft) = result,
           try await GoalArea.query(on: request.db).filter(\.$id == draft.goalAreaID).filter(\.$organisation.$id == association.id).first() == nil {
            result = .failure(ValidationFailure([FieldIssue("goalAreaID", .notAChoice)]))
        }
        switch result {
        case .failure(let failure):
            return try await page(request, indicator: request.formState(values, issues: failure.issues))
        case .success(let draft):
            let indicator = Indicator(organisationID: association.id, draft: draft)
            try await request.saveAudited(indicator, subject: .socialBudget, name: draft.name, before: nil)
            return try back(request, flash: Sv.SocialAccounting.indicatorCreated)
        }
    }

    @Sendable func recordResult(_ request: Request) async throws -> Response {
        let association = try request.association
        let values = try request.formValues()
        var result = IndicatorResultDraft.parse(values)
        if case .success(let draft) = result {
            let indicator = try await Indicator.query(on: request.db).filter(\.$id == draft.indicatorID)
                .filter(\.$organisation.$id == association.id).first()
            // A computed indicator's results come from the records, never by hand.
            if indicator == nil || indicator?.measure != .manual { result = .failure(ValidationFailure([FieldIssue("indicatorID", .notAChoice)])) }
        }
        switch result {
        case .failure(let failure):
            return try await page(request, result: request.formState(values, issues: failure.issues))
        case .success(let draft):
            let entered = IndicatorResult(organisationID: association.id, draft: draft)
            try await request.saveAudited(entered, subject: .socialBudget, name: draft.source, before: nil)
            return try back(request, flash: Sv.SocialAccounting.resultRecorded)
        }
    }

    /// All the areas' weights at once: they must sum to 100 % and each lie near its ideal; else nothing is saved.
    @Sendable func saveWeights(_ request: Request) async throws -> Response {
        let association = try request.association
        let values = try request.formValues()
        let areas = try await GoalArea.query(on: request.db).filter(\.$organisation.$id == association.id).filter(\.$year == year(request))
            .sort(\.$createdAt).all()
        var v = FieldValidator(values)
        let used = areas.indices.map { v.integer("used\($0)", in: 0...100) }
        var issues = v.issues
        if issues.isEmpty {
            issues = GoalAreaWeights.check(zip(areas, used).map { ($0.name, $0.idealWeight, Int($1 ?? 0)) })
                .map { $0.field == "weights" ? FieldIssue("used0", $0.problem) : $0 }
        }
        guard issues.isEmpty else { return try await page(request, weights: request.formState(values, issues: issues)) }
        try await request.db.transaction { db in
            for (area, weight) in zip(areas, used) {
                let before = area.snapshot
                area.usedWeight = Int(weight ?? 0)
                try await area.save(on: db)
                try await AuditLog.record(on: db, actor: request.actor, organisationID: association.id, action: .updated, subject: .socialBudget,
                                          entityID: area.id, name: area.name, before: before, after: area.snapshot)
            }
        }
        return try back(request, flash: Sv.SocialAccounting.weightsSaved)
    }
}
