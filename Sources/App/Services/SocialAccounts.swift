import Domain
import Fluent
import Foundation
import Persistence
import Views

/// The year's social accounting (issue 18, items 4 and 5): every indicator's result per tertial
/// and for the year — computed from the participations where the indicator measures a figure
/// Samordna has, otherwise the value entered by hand with its source — and the Impactindex per
/// goal area, per platform and for the whole association.
enum SocialAccounts {
    static func compute(organisationID: UUID, year: Int, thresholds: ImpactThresholds = ImpactThresholds(),
                        on database: any Database) async throws -> SocialAccountingPage.Model {
        let areas = try await GoalArea.query(on: database).filter(\.$organisation.$id == organisationID).filter(\.$year == year)
            .with(\.$indicators) { $0.with(\.$results) }.sort(\.$createdAt).all()
        let episodes = try await ParticipantRecords.episodes(of: organisationID, on: database).compactMap(\.recorded)
        let interventions = try await Intervention.query(on: database).filter(\.$organisation.$id == organisationID).all()
        let platforms = Set(interventions.compactMap(\.area)).sorted()

        /// A result for the association (platform nil) or one platform in a period.
        func value(_ indicator: Indicator, _ period: ReportingPeriod, platform: String?) -> SocialAccountingPage.Value? {
            if indicator.measure == .manual {
                guard case .tertial(_, let number) = period else {
                    let latest = indicator.results.filter { $0.platform == platform }.max { ($0.tertial, $0.createdAt ?? .distantPast) < ($1.tertial, $1.createdAt ?? .distantPast) }
                    return latest.map { .init(value: $0.value, persons: $0.persons, source: $0.source) }
                }
                let entered = indicator.results.filter { $0.tertial == number && $0.platform == platform }.max { ($0.createdAt ?? .distantPast) < ($1.createdAt ?? .distantPast) }
                return entered.map { .init(value: $0.value, persons: $0.persons, source: $0.source) }
            }
            let ids = platform.map { name in Set(interventions.filter { $0.area == name }.compactMap(\.id)) }
            let own = ids.map { ids in episodes.filter { ids.contains($0.interventionID) } } ?? episodes
            let result = indicator.measure.value(of: ParticipantFigures.period(period, of: own),
                                                 byWomen: ParticipantFigures.period(period, of: own.filter { $0.episode.sex == .woman }),
                                                 byMen: ParticipantFigures.period(period, of: own.filter { $0.episode.sex == .man }))
            return result.map { .init(value: $0.value, persons: $0.persons, source: Sv.SocialAccounting.computedSource) }
        }

        func index(platform: String?) -> (areas: [Double?], whole: Double?) {
            let areaIndexes = areas.map { area in
                ImpactIndex.area(area.indicators.compactMap { indicator in
                    value(indicator, .year(year), platform: platform).map {
                        ImpactIndex.Scored(weight: indicator.weight, achievement: ImpactIndex.achievement(value: $0.value, target: indicator.target,
                                                                                                          direction: indicator.direction))
                    }
                })
            }
            return (areaIndexes, ImpactIndex.whole(zip(areas, areaIndexes).map { ($0.usedWeight, $1) }))
        }

        let whole = index(platform: nil)
        let weightIssues = GoalAreaWeights.check(areas.map { ($0.name, $0.idealWeight, $0.usedWeight) })
        return SocialAccountingPage.Model(
            year: year, thresholds: thresholds,
            areas: zip(areas, whole.areas).map { area, index in
                .init(id: area.id!.uuidString, name: area.name, idealWeight: area.idealWeight, usedWeight: area.usedWeight, index: index)
            },
            whole: weightIssues.isEmpty ? whole.whole : nil, weightIssues: weightIssues,
            platforms: platforms.map { ($0, index(platform: $0).whole) },
            indicators: areas.flatMap { area in
                area.indicators.sorted { ($0.goal, $0.name) < ($1.goal, $1.name) }.map { indicator in
                    let yearValue = value(indicator, .year(year), platform: nil)
                    return SocialAccountingPage.IndicatorRow(
                        id: indicator.id!.uuidString, area: area.name, goal: indicator.goal, name: indicator.name, weight: indicator.weight,
                        target: indicator.target, direction: indicator.direction, measure: indicator.measure,
                        tertials: ReportingPeriod.tertials(of: year).map { value(indicator, $0, platform: nil) }, year: yearValue,
                        achievement: yearValue.map { ImpactIndex.achievement(value: $0.value, target: indicator.target, direction: indicator.direction) })
                }
            },
            platformNames: platforms)
    }

    /// The association's Impactindex for the year, or nil while the weights do not hold or nothing is measured.
    static func impactIndex(organisationID: UUID, year: Int, on database: any Database) async throws -> Double? {
        try await compute(organisationID: organisationID, year: year, on: database).whole
    }
}
