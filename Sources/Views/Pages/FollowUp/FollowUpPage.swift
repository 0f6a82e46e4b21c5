import Domain
import Foundation

/// The association's participant figures for a period: the whole association (each person
/// once), per insats, per platform and per kommun, the endings by outcome, the referrals, the
/// year tertial by tertial and month by month, and the cumulative figures since start.
public enum FollowUpPage {
    public struct Model: Sendable {
        public var period: ReportingPeriod
        public var years: [Int]
        public var whole: PeriodFigures
        public var perIntervention: [FigureTables.Line<PeriodFigures>]
        public var perPlatform: [FigureTables.Line<PeriodFigures>]
        public var perMunicipality: [FigureTables.Line<PeriodFigures>]
        public var tertials: [FigureTables.Line<PeriodFigures>]
        public var months: [FigureTables.Line<PeriodFigures>]
        public var referrals: ReferralTable
        public var municipalityNames: [UUID: String]
        public var cumulative: [FigureTables.Line<CumulativeFigures>]
        public var cumulativeUntil: CivilDate
        public var groups: SmallGroups
        /// The survey per insats and for the whole association.
        public var surveys: [(label: String, figures: SurveyFigures)]
        /// Some insats reports counts instead of episodes.
        public var hasCounts: Bool

        public init(period: ReportingPeriod, years: [Int], whole: PeriodFigures, perIntervention: [FigureTables.Line<PeriodFigures>],
                    perPlatform: [FigureTables.Line<PeriodFigures>], perMunicipality: [FigureTables.Line<PeriodFigures>],
                    tertials: [FigureTables.Line<PeriodFigures>], months: [FigureTables.Line<PeriodFigures>], referrals: ReferralTable,
                    municipalityNames: [UUID: String], cumulative: [FigureTables.Line<CumulativeFigures>], cumulativeUntil: CivilDate,
                    groups: SmallGroups, hasCounts: Bool = false, surveys: [(label: String, figures: SurveyFigures)] = []) {
            self.period = period
            self.years = years
            self.whole = whole
            self.perIntervention = perIntervention
            self.perPlatform = perPlatform
            self.perMunicipality = perMunicipality
            self.tertials = tertials
            self.months = months
            self.referrals = referrals
            self.municipalityNames = municipalityNames
            self.cumulative = cumulative
            self.cumulativeUntil = cumulativeUntil
            self.groups = groups
            self.surveys = surveys
            self.hasCounts = hasCounts
        }
    }

    public static func render(_ model: Model, slug: String, context: PageContext) -> String {
        let period = Sv.FollowUp.periodName(model.period)
        let title = Sv.FollowUp.figuresTitle(period)
        let path = SiteURL.followUp(slug).path
        let whole = FigureTables.Line(Sv.FollowUp.whole, model.whole, isTotal: true)
        return Layout.page(title: title, context: context) {
            h1 { title }
            nav(.aria("label", Sv.FollowUp.otherPeriods)) {
                paragraph {
                    for (index, year) in model.years.enumerated() {
                        if index > 0 { " · " }
                        periodLink(.year(year), current: model.period, path: path)
                    }
                }
                paragraph {
                    for (index, tertial) in ReportingPeriod.tertials(of: model.period.year).enumerated() {
                        if index > 0 { " · " }
                        periodLink(tertial, current: model.period, path: path)
                    }
                }
            }
            paragraph(.class("hint")) { Sv.FollowUp.suppressionNote(model.groups.threshold) }
            if model.hasCounts { paragraph(.class("hint")) { Sv.FollowUp.countsNote } }
            section(.aria("labelledby", "per-insats")) {
                h2(.id("per-insats")) { Sv.FollowUp.perIntervention }
                let perInterventionCaption = Sv.FollowUp.periodCaption(Sv.FollowUp.perIntervention, model.period)
                FigureTables.period(caption: perInterventionCaption, lines: model.perIntervention + [whole], groups: model.groups)
                FigureTables.outcomesChart(id: "diagram-utfall", caption: perInterventionCaption, lines: model.perIntervention + [whole],
                                           groups: model.groups)
                paragraph { Sv.FollowUp.inMoreThanOne(Sv.FollowUp.shown(model.groups.show(model.whole.inMoreThanOne.value))) }
            }
            if !model.perPlatform.isEmpty {
                section(.aria("labelledby", "per-plattform")) {
                    h2(.id("per-plattform")) { Sv.FollowUp.perPlatform }
                    FigureTables.period(caption: Sv.FollowUp.periodCaption(Sv.FollowUp.perPlatform, model.period),
                                        lines: model.perPlatform + [whole], groups: model.groups)
                }
            }
            if !model.perMunicipality.isEmpty {
                section(.aria("labelledby", "per-kommun")) {
                    h2(.id("per-kommun")) { Sv.FollowUp.perMunicipality }
                    FigureTables.period(caption: Sv.FollowUp.periodCaption(Sv.FollowUp.perMunicipality, model.period),
                                        lines: model.perMunicipality + [whole], groups: model.groups)
                }
            }
            section(.aria("labelledby", "utfall")) {
                h2(.id("utfall")) { Sv.FollowUp.outcomes }
                FigureTables.outcomes(caption: Sv.FollowUp.outcomeCaption(model.period), model.whole.ended, groups: model.groups)
            }
            if !model.surveys.isEmpty {
                section(.aria("labelledby", "enkat")) {
                    h2(.id("enkat")) { Sv.FollowUp.surveyTitle }
                    FigureTables.survey(caption: Sv.FollowUp.surveyCaption(Sv.FollowUp.perIntervention, model.period), lines: model.surveys,
                                        groups: model.groups)
                    paragraph(.class("hint")) { Sv.FollowUp.surveyGoal(ParticipantPages.surveyGoalPercent) }
                }
            }
            section(.aria("labelledby", "remisser")) {
                h2(.id("remisser")) { Sv.FollowUp.referrals }
                FigureTables.referrals(caption: Sv.FollowUp.referralCaption(model.period), model.referrals,
                                       municipalityName: { $0.flatMap { model.municipalityNames[$0] } }, groups: model.groups)
            }
            if !model.tertials.isEmpty {
                section(.aria("labelledby", "tertial")) {
                    h2(.id("tertial")) { Sv.FollowUp.overTheYear }
                    FigureTables.period(caption: Sv.FollowUp.tertialCaption(model.period.year), lines: model.tertials, groups: model.groups)
                    FigureTables.participantsChart(id: "diagram-tertial", caption: Sv.FollowUp.tertialCaption(model.period.year), lines: model.tertials,
                                                   groups: model.groups)
                }
            }
            if !model.months.isEmpty {
                section(.aria("labelledby", "manad")) {
                    h2(.id("manad")) { Sv.FollowUp.monthByMonth }
                    FigureTables.period(caption: Sv.FollowUp.monthCaption(model.period.year), lines: model.months, groups: model.groups)
                }
            }
            section(.aria("labelledby", "sedan-start")) {
                h2(.id("sedan-start")) { Sv.FollowUp.cumulativeTitle }
                FigureTables.cumulative(caption: Sv.FollowUp.cumulativeCaption(Sv.FollowUp.perIntervention, until: model.cumulativeUntil),
                                        lines: model.cumulative, groups: model.groups)
            }
        }
    }

    static func periodLink(_ period: ReportingPeriod, current: ReportingPeriod, path: String) -> Node {
        let name = Sv.FollowUp.periodName(period)
        if period == current { return tag("strong", [.aria("current", "page")]) { name } }
        return link("\(path)?period=\(period.code)") { name }
    }
}
