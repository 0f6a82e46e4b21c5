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
        let counts = try await ParticipantRecords.counts(of: organisationID, on: database)
        func figures(_ period: ReportingPeriod, of ids: Set<UUID>? = nil) -> PeriodFigures {
            ParticipantRecords.figures(period, episodes: episodes, counts: counts, of: ids)
        }
        let municipalities = try await ParticipantRecords.municipalities(of: organisationID, on: database)
        let names = Dictionary(uniqueKeysWithValues: municipalities.compactMap { m in m.id.map { ($0, m.name) } })

        let answers = try await SurveyAnswer.query(on: database).filter(\.$organisation.$id == organisationID)
            .filter(\.$answeredOn >= period.from.iso).filter(\.$answeredOn <= period.to.iso).all()
        let whole = figures(period)
        let counted = interventions.filter { intervention in
            episodes.contains { $0.interventionID == intervention.id } || counts.contains { $0.$intervention.id == intervention.id }
        }
        let perIntervention = counted.map { intervention in
            FigureTables.Line("\(intervention.code) \(intervention.name(on: period.to))", figures(period, of: [intervention.id!]))
        }
        let platforms = Dictionary(grouping: counted) { $0.area ?? "" }
        let perPlatform: [FigureTables.Line<PeriodFigures>] = platforms.count < 2 && platforms.keys.first == "" ? [] : platforms.keys.sorted().map { area in
            let ids = Set(platforms[area]!.compactMap(\.id))
            return FigureTables.Line(area.isEmpty ? Sv.FollowUp.noPlatform : area, figures(period, of: ids))
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
            whole: whole, perIntervention: perIntervention, perPlatform: perPlatform,
            perMunicipality: perMunicipality,
            tertials: parts.map { FigureTables.Line(Sv.FollowUp.periodName($0), figures($0)) },
            months: months.map { FigureTables.Line(Sv.FollowUp.periodName($0), figures($0)) },
            referrals: ReferralTable(period: period, episodes: episodes, municipalityOrder: municipalities.compactMap(\.id)),
            municipalityNames: names,
            cumulative: counted.map { intervention in
                FigureTables.Line("\(intervention.code) \(intervention.name(on: until))",
                                  ParticipantFigures.cumulative(until: until, of: episodes.filter { $0.interventionID == intervention.id }))
            } + [FigureTables.Line(Sv.FollowUp.whole, ParticipantFigures.cumulative(until: until, of: episodes), isTotal: true)],
            cumulativeUntil: until, groups: SmallGroups(), hasCounts: !counts.isEmpty,
            surveys: answers.isEmpty ? [] : zip(counted, perIntervention).map { intervention, line in
                (line.label, SurveyFigures(answers: answers.filter { $0.$intervention.id == intervention.id }.compactMap(\.draft),
                                           ended: line.figures.ended.total.value))
            } + [(Sv.FollowUp.whole, SurveyFigures(answers: answers.compactMap(\.draft), ended: whole.ended.total.value))])
    }
}
