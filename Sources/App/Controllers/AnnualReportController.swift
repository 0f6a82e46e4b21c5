import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// The generated årsredovisning (issue 18, item 6) for the association's users.
struct AnnualReportController {
    func register(readers: any RoutesBuilder) throws {
        readers.get(SiteURL.annualReport(SiteURL.slug).route, use: show)
        readers.get(SiteURL.annualReportPDF(SiteURL.slug).route, use: pdf)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let association = try request.association
        return .html(AnnualReportPage.render(try await model(request), slug: association.slug, context: request.pageContext()))
    }

    /// The report as PDF/A, typeset from the same model as the page.
    @Sendable func pdf(_ request: Request) async throws -> Response {
        let association = try request.association
        let model = try await model(request)
        let data = try await request.pdf(fromHTML: AnnualReportPage.printDocument(model, associationName: association.name), for: "arsredovisning")
        return request.pdfResponse(data, filename: "arsredovisning-\(association.slug)-\(model.year).pdf")
    }

    private func model(_ request: Request) async throws -> AnnualReportPage.Model {
        let association = try request.association
        let years = try await AnnualReports.years(organisationID: association.id, on: request.db)
        guard let year = request.query[Int.self, at: "ar"] ?? years.first else {
            throw Abort(.notFound, reason: Sv.AnnualReport.noReport)
        }
        guard let report = try await AnnualReports.report(organisationID: association.id, year: year, today: request.today, on: request.db)
        else { throw Abort(.notFound, reason: Sv.AnnualReport.noReport) }
        let balances = try await AnnualReports.balanceAccounts(organisationID: association.id, year: year, on: request.db)
        return AnnualReportPage.Model(
            year: year, years: years, printed: report.accounts.printed, problems: report.accounts.problems, statement: report.statement.statement,
            boardMeetings: report.boardMeetings, interventionsStarted: report.interventionsStarted, interventionsEnded: report.interventionsEnded,
            participants: report.participants,
            perIntervention: report.perIntervention.map { .init("\($0.code) \($0.name)", $0.figures) },
            contributions: report.contributions?.lines.filter { $0.kronor != 0 }.map { ($0.participant.name, $0.kronor) } ?? [],
            balanceAccounts: balances, fiveYears: report.fiveYears.map { ($0.year, $0.accounts.printed) }, equityCeiling: report.equityCeiling,
            groups: SmallGroups(), impactIndex: try await SocialAccounts.impactIndex(organisationID: association.id, year: year, on: request.db))
    }
}
