import Domain
import Fluent
import Foundation
import Persistence

extension DemoData {
    /// The kansli's förvaltningsberättelse for the demo's closed year and its staff, so the draft
    /// årsredovisning reads as one about to be laid before the board.
    static func loadAnnualReportText(organisationID id: UUID, on db: any Database) async throws {
        let report = AnnualReportRecord(organisationID: id, year: 2025)
        report.narrative = """
            Förbundet har under året arbetat efter verksamhetsplanen med två individinriktade insatser, en för vuxna och en för unga, \
            och med strukturövergripande arbete tillsammans med medlemmarna.

            Ungdomsinsatsen har nått fler unga än planerat genom samarbetet med kommunernas aktivitetsansvar. Vuxeninsatsen har \
            fortsatt med samma bemanning, och andelen som gått vidare till arbete eller studier har ökat något jämfört med föregående år.
            """
        report.employees = 2
        try await report.create(on: db)
    }
}
