import Domain

/// The year's goals, indicators and social accounting: the Impactindex for the whole association,
/// per goal area and per platform against the thresholds, every indicator's results per tertial
/// with their sources, and the kansli's forms for goal areas, indicators and results entered by hand.
public enum SocialAccountingPage {
    public struct Value: Equatable, Sendable {
        public var value: Double
        public var persons: Int?
        public var source: String

        public init(value: Double, persons: Int?, source: String) {
            self.value = value
            self.persons = persons
            self.source = source
        }
    }

    public struct AreaRow: Sendable {
        public var id: String
        public var name: String
        public var idealWeight: Int
        public var usedWeight: Int
        public var index: Double?

        public init(id: String, name: String, idealWeight: Int, usedWeight: Int, index: Double?) {
            self.id = id
            self.name = name
            self.idealWeight = idealWeight
            self.usedWeight = usedWeight
            self.index = index
        }
    }

    public struct IndicatorRow: Sendable {
        public var id: String
        public var area: String
        public var goal: String
        public var name: String
        public var weight: Int
        public var target: Double
        public var direction: IndicatorDirection
        public var measure: IndicatorMeasure
        public var tertials: [Value?]
        public var year: Value?
        public var achievement: Double?

        public init(id: String, area: String, goal: String, name: String, weight: Int, target: Double, direction: IndicatorDirection,
                    measure: IndicatorMeasure, tertials: [Value?], year: Value?, achievement: Double?) {
            self.id = id
            self.area = area
            self.goal = goal
            self.name = name
            self.weight = weight
            self.target = target
            self.direction = direction
            self.measure = measure
            self.tertials = tertials
            self.year = year
            self.achievement = achievement
        }
    }

    public struct Model: Sendable {
        public var year: Int
        public var thresholds: ImpactThresholds
        public var areas: [AreaRow]
        public var whole: Double?
        public var weightIssues: [FieldIssue]
        public var platforms: [(name: String, index: Double?)]
        public var indicators: [IndicatorRow]
        public var platformNames: [String]

        public init(year: Int, thresholds: ImpactThresholds, areas: [AreaRow], whole: Double?, weightIssues: [FieldIssue],
                    platforms: [(name: String, index: Double?)], indicators: [IndicatorRow], platformNames: [String]) {
            self.year = year
            self.thresholds = thresholds
            self.areas = areas
            self.whole = whole
            self.weightIssues = weightIssues
            self.platforms = platforms
            self.indicators = indicators
            self.platformNames = platformNames
        }
    }

    public struct Forms: Sendable {
        public var area: FormState
        public var indicator: FormState
        public var result: FormState
        public var weights: FormState

        public init(area: FormState, indicator: FormState, result: FormState, weights: FormState) {
            self.area = area
            self.indicator = indicator
            self.result = result
            self.weights = weights
        }
    }

    public static func render(_ model: Model, years: [Int], slug: String, canEdit: Bool, forms: Forms, context: PageContext) -> String {
        let title = Sv.SocialAccounting.title(model.year)
        let path = SiteURL.socialAccounting(slug).path
        let hasErrors = [forms.area, forms.indicator, forms.result, forms.weights].contains { $0.hasErrors }
        return Layout.page(title: title, context: context, hasErrors: hasErrors) {
            h1 { title }
            PeriodLinks.years(years, current: model.year) { "\(path)?ar=\($0)" }
            paragraph(.class("hint")) { Sv.SocialAccounting.intro(model.thresholds) }
            section(.aria("labelledby", "impactindex")) {
                h2(.id("impactindex")) { Sv.SocialAccounting.indexTitle }
                for issue in model.weightIssues {
                    paragraph(.class("warning")) { Sv.problem(issue.problem, label: Sv.SocialAccounting.weightsLabel) }
                }
                dataTable(caption: Sv.SocialAccounting.areasCaption(model.year),
                          headers: [Sv.SocialAccounting.area, Sv.SocialAccounting.idealWeight, Sv.SocialAccounting.usedWeight, Sv.SocialAccounting.index,
                                    Sv.SocialAccounting.level],
                          rows: model.areas.map { area in
                              [.text(area.name), .text("\(area.idealWeight) %"), .text("\(area.usedWeight) %"), .text(Sv.SocialAccounting.index(area.index)),
                               .text(area.index.map { Sv.SocialAccounting.level(model.thresholds.level($0)) } ?? "–")]
                          },
                          numericColumns: [1, 2, 3], emptyText: Sv.SocialAccounting.noAreas,
                          footer: [.text(Sv.FollowUp.whole), .text("\(model.areas.map(\.idealWeight).reduce(0, +)) %"),
                                   .text("\(model.areas.map(\.usedWeight).reduce(0, +)) %"), .text(Sv.SocialAccounting.index(model.whole)),
                                   .text(model.whole.map { Sv.SocialAccounting.level(model.thresholds.level($0)) } ?? "–")])
                if !model.platforms.isEmpty {
                    let indexed = model.platforms.compactMap { platform in platform.index.map { (platform.name, $0) } }
                        + (model.whole.map { [(Sv.FollowUp.whole, $0)] } ?? [])
                    if !indexed.isEmpty {
                        BarChart(title: Sv.SocialAccounting.chartTitle(model.thresholds),
                                 series: [.init(name: Sv.SocialAccounting.index, colour: "#0b4f6c"),
                                          .init(name: Sv.SocialAccounting.greenThreshold, colour: "#3f7f3f")],
                                 groups: indexed.map { ($0.0, [Int64($0.1.rounded()), Int64(model.thresholds.green.rounded())]) })
                            .render(id: "diagram-impactindex", tableCaption: Sv.SocialAccounting.platformsCaption(model.year))
                    }
                    dataTable(caption: Sv.SocialAccounting.platformsCaption(model.year),
                              headers: [Sv.SocialAccounting.platform, Sv.SocialAccounting.index, Sv.SocialAccounting.level],
                              rows: model.platforms.map { platform in
                                  [.text(platform.name), .text(Sv.SocialAccounting.index(platform.index)),
                                   .text(platform.index.map { Sv.SocialAccounting.level(model.thresholds.level($0)) } ?? "–")]
                              }, numericColumns: [1])
                }
            }
            section(.aria("labelledby", "indikatorer")) {
                h2(.id("indikatorer")) { Sv.SocialAccounting.indicatorsTitle }
                dataTable(caption: Sv.SocialAccounting.indicatorsCaption(model.year),
                          headers: [Sv.SocialAccounting.indicator, Sv.SocialAccounting.weight, Sv.SocialAccounting.target] + (1...3).map(Sv.SocialAccounting.tertial)
                            + [Sv.SocialAccounting.yearValue, Sv.SocialAccounting.achievement],
                          rows: model.indicators.map { row in
                              [Node.build {
                                  tag("strong", []) { row.name }
                                  tag("br", [])
                                  "\(row.area): \(row.goal). \(Sv.SocialAccounting.measure(row.measure))"
                               },
                               .text(String(row.weight)), .text(Sv.SocialAccounting.target(row.target, row.direction))]
                              + row.tertials.map { value(model.thresholds, $0) } + [value(model.thresholds, row.year), .text(row.achievement.map(Sv.SocialAccounting.share) ?? "–")]
                          },
                          numericColumns: [1, 3, 4, 5, 6, 7], emptyText: Sv.SocialAccounting.noIndicators, wide: true)
            }
            if canEdit {
                section(.aria("labelledby", "andra")) {
                    h2(.id("andra")) { Sv.SocialAccounting.editTitle }
                    if !model.areas.isEmpty {
                        h3 { Sv.SocialAccounting.weightsTitle }
                        FormView.render(forms.weights, action: SiteURL.socialAccountingWeights(slug).path + "?ar=\(model.year)", submit: Sv.save,
                                        items: model.areas.enumerated().map { index, area in
                                            .field(FieldSpec("used\(index)", Sv.SocialAccounting.usedWeightOf(area.name, ideal: area.idealWeight),
                                                             .text(inputMode: "numeric")))
                                        })
                    }
                    h3 { Sv.SocialAccounting.newArea }
                    FormView.render(forms.area, action: SiteURL.socialAccountingAreas(slug).path + "?ar=\(model.year)", submit: Sv.create, items: [
                        .field(FieldSpec("name", Sv.SocialAccounting.area)),
                        .field(FieldSpec("idealWeight", Sv.SocialAccounting.idealWeight, .text(inputMode: "numeric"), hint: Sv.SocialAccounting.percentHint)),
                        .field(FieldSpec("usedWeight", Sv.SocialAccounting.usedWeight, .text(inputMode: "numeric"), hint: Sv.SocialAccounting.usedHint)),
                    ])
                    if !model.areas.isEmpty {
                        h3 { Sv.SocialAccounting.newIndicator }
                        FormView.render(forms.indicator, action: SiteURL.socialAccountingIndicators(slug).path + "?ar=\(model.year)", submit: Sv.create, items: [
                            .field(FieldSpec("goalAreaID", Sv.SocialAccounting.area, .select(model.areas.map { ($0.id, $0.name) }, includeEmpty: true))),
                            .field(FieldSpec("goal", Sv.SocialAccounting.goal)),
                            .field(FieldSpec("name", Sv.SocialAccounting.indicator)),
                            .field(FieldSpec("weight", Sv.SocialAccounting.weight, .text(inputMode: "numeric"), hint: Sv.SocialAccounting.weightHint)),
                            .field(FieldSpec("target", Sv.SocialAccounting.target, .text(inputMode: "decimal"))),
                            .field(FieldSpec("direction", Sv.SocialAccounting.direction,
                                             .select(IndicatorDirection.allCases.map { ($0.rawValue, Sv.SocialAccounting.direction($0)) }, includeEmpty: true))),
                            .field(FieldSpec("measure", Sv.SocialAccounting.measureLabel,
                                             .select(IndicatorMeasure.allCases.map { ($0.rawValue, Sv.SocialAccounting.measure($0)) }, includeEmpty: true))),
                        ])
                    }
                    let manual = model.indicators.filter { $0.measure == .manual }
                    if !manual.isEmpty {
                        h3 { Sv.SocialAccounting.newResult }
                        FormView.render(forms.result, action: SiteURL.socialAccountingResults(slug).path + "?ar=\(model.year)", submit: Sv.save, items: [
                            .field(FieldSpec("indicatorID", Sv.SocialAccounting.indicator, .select(manual.map { ($0.id, $0.name) }, includeEmpty: true))),
                            .field(FieldSpec("tertial", Sv.SocialAccounting.tertialLabel,
                                             .select((1...3).map { (String($0), Sv.SocialAccounting.tertial($0)) }, includeEmpty: true))),
                            .field(FieldSpec("platform", Sv.SocialAccounting.platform, .select(model.platformNames.map { ($0, $0) }, includeEmpty: true),
                                             hint: Sv.SocialAccounting.platformHint, optional: true)),
                            .field(FieldSpec("value", Sv.SocialAccounting.value, .text(inputMode: "decimal"))),
                            .field(FieldSpec("persons", Sv.SocialAccounting.persons, .text(inputMode: "numeric"), optional: true)),
                            .field(FieldSpec("source", Sv.SocialAccounting.source, hint: Sv.SocialAccounting.sourceHint)),
                        ])
                    }
                }
            }
        }
    }

    /// A result with its source, and a warning where it rests on too few persons.
    /// A result with its source and the persons it rests on, marked when they are too few.
    static func value(_ thresholds: ImpactThresholds, _ value: Value?) -> Node {
        guard let value else { return .text("–") }
        return Node.build {
            Sv.SocialAccounting.number(value.value)
            tag("br", [])
            tag("small", []) { value.source + (value.persons.map { ", n = \($0)" } ?? "") }
            if let persons = value.persons, persons < thresholds.minimumPersons {
                tag("br", [])
                tag("small", [.class("warning")]) { Sv.SocialAccounting.fewPersons(thresholds.minimumPersons) }
            }
        }
    }
}
