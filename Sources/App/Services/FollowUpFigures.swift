import Domain
import Fluent
import Foundation
import Persistence
import Views

/// The follow-up page's figures, all computed from the recorded participations (issue 18,
/// item 2): nothing on it is typed in.
enum FollowUpFigures {
    static func page(organisationID: UUID, period: ReportingPeriod, today: CivilDate, on database: any Database) async throws -> FollowUpPage.Model {
        let interventions = try await Intervention.query(on: database).filter(\.$organisation.$id == organisationID).with(\.$names).all()
            .sorted { $0.code < $1.code }
        let stored = try await ParticipantRecords.episodes(of: organisationID, on: database)
        let episodes = stored.compactMap(\.recorded)
        let municipalities = try await ParticipantRecords.municipalities(of: organisationID, on: database)
        let names = Dictionary(uniqueKeysWithValues: municipalities.compactMap { m in m.id.map { ($0, m.name) } })

        let counted = interventions.filter { intervention in episodes.contains { $0.interventionID == intervention.id } }
        let perIntervention = counted.map { intervention in
            FigureTables.Line("\(intervention.code) \(intervention.name(on: period.to))",
                              ParticipantFigures.period(period, of: episodes.filter { $0.interventionID == intervention.id }))
        }
        let platforms = Dictionary(grouping: counted) { $0.area ?? "" }
        let perPlatform: [FigureTables.Line<PeriodFigures>] = platforms.count < 2 && platforms.keys.first == "" ? [] : platforms.keys.sorted().map { area in
            let ids = Set(platforms[area]!.compactMap(\.id))
            return FigureTables.Line(area.isEmpty ? Sv.FollowUp.noPlatform : area,
                                     ParticipantFigures.period(period, of: episodes.filter { ids.contains($0.interventionID) }))
        }
        let byMunicipality = Dictionary(grouping: episodes) { $0.episode.municipalityID }
        let perMunicipality = byMunicipality.isEmpty ? [] : (municipalities.compactMap(\.id) + [nil]).compactMap { id -> FigureTables.Line<PeriodFigures>? in
            guard let own = byMunicipality[id] else { return nil }
            return FigureTables.Line(id.flatMap { names[$0] } ?? Sv.FollowUp.noMunicipality, ParticipantFigures.period(period, of: own))
        }
        let parts: [ReportingPeriod] = if case .year(let year) = period { ReportingPeriod.tertials(of: year) } else { [] }
        let months: [ReportingPeriod] = if case .year(let year) = period { ReportingPeriod.months(of: year) } else { [] }
        let until = min(period.to, today)
        let firstYear = episodes.map(\.episode.referredOn.year).min() ?? today.year
        return FollowUpPage.Model(
            period: period, years: Array(min(firstYear, period.year)...max(today.year, period.year)),
            whole: ParticipantFigures.period(period, of: episodes), perIntervention: perIntervention, perPlatform: perPlatform,
            perMunicipality: perMunicipality,
            tertials: parts.map { FigureTables.Line(Sv.FollowUp.periodName($0), ParticipantFigures.period($0, of: episodes)) },
            months: months.map { FigureTables.Line(Sv.FollowUp.periodName($0), ParticipantFigures.period($0, of: episodes)) },
            referrals: ReferralTable(period: period, episodes: episodes, municipalityOrder: municipalities.compactMap(\.id)),
            municipalityNames: names,
            cumulative: counted.map { intervention in
                FigureTables.Line("\(intervention.code) \(intervention.name(on: until))",
                                  ParticipantFigures.cumulative(until: until, of: episodes.filter { $0.interventionID == intervention.id }))
            } + [FigureTables.Line(Sv.FollowUp.whole, ParticipantFigures.cumulative(until: until, of: episodes), isTotal: true)],
            cumulativeUntil: until, groups: SmallGroups())
    }
}
