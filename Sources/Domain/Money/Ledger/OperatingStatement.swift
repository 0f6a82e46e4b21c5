/// The driftredovisning of a year: budget against utfall per line, per insats and per section,
/// with the deviation in kronor and per cent and a prognosis for the whole year. Utfall is kept in
/// öre; each line is rounded to whole kronor and every total is the sum of its printed lines, so
/// the statement adds up as printed.
public struct OperatingStatement: Equatable, Sendable {
    public struct Figures: Equatable, Sendable {
        public var budget: Int64
        public var actual: Int64
        /// Utfall so far plus the budget of the months not yet booked (the whole year's utfall once
        /// the year is booked to December).
        public var prognosis: Int64

        public init(budget: Int64, actual: Int64, prognosis: Int64) {
            self.budget = budget
            self.actual = actual
            self.prognosis = prognosis
        }

        public static let zero = Figures(budget: 0, actual: 0, prognosis: 0)

        public var deviation: Int64 { actual - budget }
        /// The deviation against the budget in tenths of a per cent, rounded; nil without a budget.
        public var deviationPermille: Int64? {
            guard budget != 0 else { return nil }
            let scaled = Int128(deviation) * 1000
            let magnitude = (abs(scaled) + Int128(abs(budget)) / 2) / Int128(abs(budget))
            return Int64((scaled < 0) != (budget < 0) ? -magnitude : magnitude)
        }

        static func + (lhs: Figures, rhs: Figures) -> Figures {
            Figures(budget: lhs.budget + rhs.budget, actual: lhs.actual + rhs.actual, prognosis: lhs.prognosis + rhs.prognosis)
        }

        static func - (lhs: Figures, rhs: Figures) -> Figures {
            Figures(budget: lhs.budget - rhs.budget, actual: lhs.actual - rhs.actual, prognosis: lhs.prognosis - rhs.prognosis)
        }
    }

    public struct Row: Equatable, Sendable {
        public var target: LedgerTarget
        public var figures: Figures
        /// Utfall on a line the budget does not have.
        public var isOutsideBudget: Bool
    }

    public struct Section: Equatable, Sendable {
        public var section: BudgetSection
        public var rows: [Row]
        public var total: Figures
    }

    public let year: Int
    /// The last month booked; 0 when nothing is.
    public let bookedThrough: Int
    public let sections: [Section]

    /// `budget` is the year's budget per line in kronor; `actual` the placed utfall in öre per
    /// month (budget signs). Lines with the same target are added together.
    public init(year: Int, budget: [(target: LedgerTarget, kronor: Int64)], actual: [LedgerTarget: [Int: Int64]], bookedThrough: Int) {
        self.year = year
        self.bookedThrough = bookedThrough
        var budgeted: [LedgerTarget: Int64] = [:]
        var order: [LedgerTarget] = []
        for line in budget {
            if budgeted[line.target] == nil { order.append(line.target) }
            budgeted[line.target, default: 0] += line.kronor
        }
        order += actual.keys.filter { budgeted[$0] == nil }.sorted()
        let remaining = Int64(max(0, 12 - bookedThrough))
        sections = BudgetSection.allCases.compactMap { section in
            let rows = order.filter { $0.section == section }.map { target -> Row in
                let ore = (actual[target] ?? [:]).values.reduce(Int64(0), +)
                let kronor = Self.kronor(ore)
                let budget = budgeted[target] ?? 0
                let rest = Int64(ThousandsRounding.roundHalfAwayFromZero(Int128(budget) * Int128(remaining), by: 12))
                return Row(target: target, figures: Figures(budget: budget, actual: kronor, prognosis: kronor + rest),
                           isOutsideBudget: budgeted[target] == nil)
            }
            guard !rows.isEmpty else { return nil }
            return Section(section: section, rows: rows, total: rows.reduce(.zero) { $0 + $1.figures })
        }
    }

    public func total(_ section: BudgetSection) -> Figures {
        sections.first { $0.section == section }?.total ?? .zero
    }

    public var operatingIncome: Figures { total(.memberContributions) + total(.otherIncome) }
    public var costs: Figures { total(.interventions) + total(.projectRelated) + total(.administration) }
    public var operatingResult: Figures { operatingIncome - costs }
    public var result: Figures { operatingResult + total(.financial) }

    /// Öre to whole kronor, half away from zero.
    public static func kronor(_ ore: Int64) -> Int64 {
        Int64(ThousandsRounding.roundHalfAwayFromZero(Int128(ore), by: 100))
    }
}
