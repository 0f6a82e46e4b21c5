import Domain
import Fluent
import Foundation
import Persistence

extension DemoData {
    /// The demo's social budget for 2025: the five goal areas with their weights, indicators that
    /// the participations answer and some entered by hand per tertial with their sources, so the
    /// year has an Impactindex; the demo's insatser are on the two platforms it is shown for.
    static func loadSocialBudget(organisationID id: UUID, on db: any Database) async throws {
        for (code, platform) in [("P10VUX", "Vuxenplattformen"), ("P20UNG", "Ungplattformen")] {
            try await Intervention.query(on: db).filter(\.$organisation.$id == id).filter(\.$code == code).set(\.$area, to: platform).update()
        }
        typealias Seed = (goal: String, name: String, weight: Int, target: Double, direction: IndicatorDirection, measure: IndicatorMeasure,
                          results: [Double])
        let areas: [(String, Int, Int, [Seed])] = [
            ("Nytta för samhället och medlemmarna", 40, 40, [
                ("Deltagarna når arbete eller studier", "Andel av de avslutade till arbete eller studier", 8, 40, .atLeast, .workOrStudies, []),
                ("Kvinnor och män får samma utfall", "Skillnad mellan könen i andelen till arbete eller studier", 5, 20, .atMost, .sexDifference, []),
            ]),
            ("Jämbördig samverkan", 25, 25, [
                ("Parterna upplever samverkan som jämbördig", "Andel parter som svarar 7–10 i partsenkäten (%)", 6, 80, .atLeast, .manual, [72, 76, 81]),
            ]),
            ("Deltagarnas nöjdhet", 15, 15, [
                ("Deltagarna är nöjda med insatsen", "Andel deltagare som svarar 7–10 om insatsens kvalitet (%)", 7, 80, .atLeast, .manual, [78, 83, 85]),
            ]),
            ("Samordning", 10, 10, [
                ("Ärenden samordnas i tid", "Dagar från remiss till start, median", 5, 21, .atMost, .manual, [26, 23, 19]),
            ]),
            ("Personalens nöjdhet", 10, 10, [
                ("Personalen trivs", "Andel medarbetare som svarar 7–10 i personalenkäten (%)", 4, 75, .atLeast, .manual, [70, 74, 77]),
            ]),
        ]
        for (name, ideal, used, indicators) in areas {
            let area = GoalArea(organisationID: id, year: 2025, draft: GoalAreaDraft(name: name, idealWeight: ideal, usedWeight: used))
            try await area.create(on: db)
            for seed in indicators {
                let indicator = Indicator(organisationID: id, draft: IndicatorDraft(
                    goalAreaID: try area.requireID(), goal: seed.goal, name: seed.name, weight: seed.weight, target: seed.target,
                    direction: seed.direction, measure: seed.measure))
                try await indicator.create(on: db)
                for (index, value) in seed.results.enumerated() {
                    try await IndicatorResult(organisationID: id, draft: IndicatorResultDraft(
                        indicatorID: try indicator.requireID(), tertial: index + 1, platform: nil, value: value, persons: nil,
                        source: "Uppföljning tertial \(index + 1) 2025, kansliets sammanställning")).create(on: db)
                }
            }
        }
    }
}
