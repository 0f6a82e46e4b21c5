/// The history columns beside a budget: utfall of all years before the year the budget is made
/// in as one column, and that year's prognosis, per line of the budget. Utfall of an insats goes
/// to its first line (A before B1/B2); utfall on lines the budget does not have is listed after.
public struct BudgetHistory: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        public var target: LedgerTarget
        /// The plan's line, or nil for utfall the budget has no line for.
        public var lineIndex: Int?
        public var past: Int64
        public var prognosis: Int64
    }

    /// The last year summed in the utfall column, when there is utfall before the prognosis year.
    public let pastThrough: Int?
    public let prognosisYear: Int
    public let rows: [Row]

    /// `past` and `prognosis` are whole kronor per target.
    public init(plan: BudgetPlan, past: [LedgerTarget: Int64], pastThrough: Int?, prognosis: [LedgerTarget: Int64], prognosisYear: Int) {
        self.pastThrough = pastThrough
        self.prognosisYear = prognosisYear
        var used: Set<LedgerTarget> = []
        var rows: [Row] = []
        for index in plan.lines.indices where plan.lines[index].parent == nil {
            let line = plan.lines[index]
            let target = LedgerTarget(section: line.section, code: line.code, name: line.name)
            let first = used.insert(target).inserted
            rows.append(Row(target: target, lineIndex: index, past: first ? past[target] ?? 0 : 0, prognosis: first ? prognosis[target] ?? 0 : 0))
        }
        for target in Set(past.keys).union(prognosis.keys).subtracting(used).sorted() {
            rows.append(Row(target: target, lineIndex: nil, past: past[target] ?? 0, prognosis: prognosis[target] ?? 0))
        }
        self.rows = rows
    }

    public func total(_ section: BudgetSection) -> (past: Int64, prognosis: Int64) {
        rows.filter { $0.target.section == section }.reduce((Int64(0), Int64(0))) { ($0.0 + $1.past, $0.1 + $1.prognosis) }
    }

    /// Income less costs, financial items included.
    public var result: (past: Int64, prognosis: Int64) {
        BudgetSection.allCases.reduce((Int64(0), Int64(0))) { sum, section in
            let total = total(section)
            let sign: Int64 = section.kind == .income ? 1 : -1
            return (sum.0 + sign * total.past, sum.1 + sign * total.prognosis)
        }
    }
}
