/// The social budget (socialt bokslut): goal areas with weights, goals and indicators weighted
/// 1–10, results per tertial, and the Impactindex 0–100 they combine into (DOMAIN.md §5). An
/// indicator measures either a figure Samordna computes from the participations or a value
/// entered by hand with its source.
public enum IndicatorDirection: String, CaseIterable, Sendable, Codable {
    /// The result should reach the target ("at least 40 %").
    case atLeast = "at_least"
    /// The result should stay within the target ("at most 20 percentage points").
    case atMost = "at_most"
}

public enum IndicatorMeasure: String, CaseIterable, Sendable, Codable {
    /// Entered by hand, with its source.
    case manual
    /// Per cent of those who ended that went to work or studies.
    case workOrStudies = "work_or_studies"
    /// Percentage points between women's and men's share going to work or studies.
    case sexDifference = "sex_difference"
    /// Per cent of those who ended that dropped out.
    case dropOut = "drop_out"
    /// Participants during the period.
    case participants

    /// The result and the number of persons it rests on, from a period's figures; nil when no
    /// one it counts has ended yet.
    public func value(of figures: PeriodFigures, byWomen women: PeriodFigures? = nil, byMen men: PeriodFigures? = nil) -> (value: Double, persons: Int)? {
        func share(_ f: PeriodFigures, _ groups: [OutcomeGroup]) -> Double? {
            let ended = f.ended.total.value
            guard ended > 0 else { return nil }
            return Double(groups.map { f.ended.group($0).value }.reduce(0, +)) * 100 / Double(ended)
        }
        switch self {
        case .manual: return nil
        case .workOrStudies: return share(figures, [.work, .studies]).map { ($0, figures.ended.total.value) }
        case .dropOut: return share(figures, [.dropOut]).map { ($0, figures.ended.total.value) }
        case .participants: return (Double(figures.during.total.value), figures.during.total.value)
        case .sexDifference:
            guard let women, let men, let w = share(women, [.work, .studies]), let m = share(men, [.work, .studies]) else { return nil }
            return (abs(w - m), women.ended.total.value + men.ended.total.value)
        }
    }
}

/// The association's thresholds for the index: green from `green`, orange from `orange`.
public struct ImpactThresholds: Equatable, Sendable {
    public var green: Double
    public var orange: Double
    /// Fewer persons than this behind a result, and the model is known to judge unfairly.
    public var minimumPersons: Int

    public init(green: Double = 70, orange: Double = 65, minimumPersons: Int = 20) {
        self.green = green
        self.orange = orange
        self.minimumPersons = minimumPersons
    }

    public enum Level: String, Sendable { case green, orange, red }

    public func level(_ index: Double) -> Level { index >= green ? .green : index >= orange ? .orange : .red }
}

public enum ImpactIndex {
    /// How far a result reaches its target, 0–1.
    public static func achievement(value: Double, target: Double, direction: IndicatorDirection) -> Double {
        switch direction {
        case .atLeast:
            guard target > 0 else { return 1 }
            return min(1, max(0, value / target))
        case .atMost:
            guard value > target else { return 1 }
            return target > 0 ? min(1, max(0, target / value)) : 0
        }
    }

    public struct Scored: Equatable, Sendable {
        public var weight: Int
        public var achievement: Double

        public init(weight: Int, achievement: Double) {
            self.weight = weight
            self.achievement = achievement
        }
    }

    /// A goal area's index: its indicators' achievements weighted by their weights, 0–100; nil
    /// without a result.
    public static func area(_ indicators: [Scored]) -> Double? {
        let weights = indicators.map(\.weight).reduce(0, +)
        guard weights > 0 else { return nil }
        return indicators.map { Double($0.weight) * $0.achievement }.reduce(0, +) * 100 / Double(weights)
    }

    /// The whole index: the areas' indexes weighted by the weights used (per cent), over the
    /// areas that have a result, so that full achievement everywhere is 100.
    public static func whole(_ areas: [(usedWeight: Int, index: Double?)]) -> Double? {
        let counted = areas.compactMap { area in area.index.map { (area.usedWeight, $0) } }
        let weights = counted.map(\.0).reduce(0, +)
        guard weights > 0 else { return nil }
        return counted.map { Double($0.0) * $0.1 }.reduce(0, +) / Double(weights)
    }
}

/// The goal areas' weights: the weights used sum to 100 % and each lies within five percentage
/// points of the ideal weight.
public enum GoalAreaWeights {
    public static let tolerance = 5

    public static func check(_ areas: [(name: String, ideal: Int, used: Int)]) -> [FieldIssue] {
        var issues: [FieldIssue] = []
        let sum = areas.map(\.used).reduce(0, +)
        if sum != 100 { issues.append(FieldIssue("weights", .countsDoNotAddUp(stated: 100, computed: sum))) }
        for (index, area) in areas.enumerated() where abs(area.used - area.ideal) > tolerance {
            issues.append(FieldIssue("used\(index)", .weightOutsideTolerance(ideal: area.ideal, tolerance: tolerance)))
        }
        return issues
    }
}
