/// A version of the budget computed from its lines: every subtotal, total, result and equity
/// figure comes from here, in whole kronor, so no two pages can disagree.
public struct BudgetPlan: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var section: BudgetSection
        public var name: String
        /// The insats's project code, for lines of the interventions section.
        public var code: String?
        public var costClass: BudgetCostClass?
        /// The index of the line this one is a part of ("varav"); a line with parts is their sum.
        public var parent: Int?
        public var amounts: [Int: Int64]

        public init(section: BudgetSection, name: String, code: String? = nil, costClass: BudgetCostClass? = nil, parent: Int? = nil,
                    amounts: [Int: Int64]) {
            self.section = section
            self.name = name
            self.code = code
            self.costClass = costClass
            self.parent = parent
            self.amounts = amounts
        }

        /// What identifies the line from one version to the next, for the diff.
        public var key: String {
            [section.rawValue, costClass?.rawValue ?? "", code ?? "", name.lowercased()].joined(separator: "|")
        }
    }

    public struct Year: Equatable, Sendable {
        public var year: Int
        /// Operating income: members' contributions and other income.
        public var operatingIncome: Int64
        public var financial: Int64
        /// Operating income and financial items, so that `result == income - costs`.
        public var income: Int64 { operatingIncome + financial }
        public var costs: Int64
        public var operatingResult: Int64 { operatingIncome - costs }
        public var result: Int64 { income - costs }
        public var sections: [BudgetSection: Int64]
        public var classes: [BudgetCostClass: Int64]
        /// The members' contributions: the year's total allocation.
        public var allocation: Int64 { sections[.memberContributions] ?? 0 }
        public var openingEquity: Int64
        public var closingEquity: Int64 { openingEquity + result }
        public var equityCeiling: Int64 { EquityCeiling.ceiling(allocation: allocation) }
        public var isAboveCeiling: Bool { closingEquity > equityCeiling }
        /// Equity the year's budget uses, when the result is negative.
        public var equityUsed: Int64 { max(0, -result) }
    }

    public let years: [Int]
    public let lines: [Line]
    public let figures: [Year]
    /// Each line's parts, found once: a plan of hundreds of lines is read many times per page.
    let partsByLine: [Int: [Int]]

    /// `openingEquity` is the equity at the start of the first year. A part whose line is not a
    /// whole line of the same section is read as a line of its own (the forms refuse such parts).
    public init(years: [Int], lines: [Line], openingEquity: Int64) {
        var lines = lines
        for index in lines.indices {
            guard let parent = lines[index].parent else { continue }
            if !lines.indices.contains(parent) || lines[parent].parent != nil || lines[parent].section != lines[index].section {
                lines[index].parent = nil
            }
        }
        self.years = years.sorted()
        self.lines = lines
        var partsByLine: [Int: [Int]] = [:]
        for index in lines.indices { if let parent = lines[index].parent { partsByLine[parent, default: []].append(index) } }
        self.partsByLine = partsByLine
        var opening = openingEquity
        var figures: [Year] = []
        for year in self.years {
            var sections: [BudgetSection: Int64] = [:]
            var classes: [BudgetCostClass: Int64] = [:]
            for index in lines.indices where lines[index].parent == nil {
                let amount = Self.amount(of: index, in: lines, parts: partsByLine[index] ?? [], year: year)
                sections[lines[index].section, default: 0] += amount
                if let costClass = lines[index].costClass { classes[costClass, default: 0] += amount }
            }
            let operating = (sections[.memberContributions] ?? 0) + (sections[.otherIncome] ?? 0)
            let costs = BudgetSection.allCases.filter { $0.kind == .cost }.reduce(Int64(0)) { $0 + (sections[$1] ?? 0) }
            let figure = Year(year: year, operatingIncome: operating, financial: sections[.financial] ?? 0, costs: costs,
                              sections: sections, classes: classes, openingEquity: opening)
            opening = figure.closingEquity
            figures.append(figure)
        }
        self.figures = figures
    }

    public func parts(of index: Int) -> [Int] {
        partsByLine[index] ?? []
    }

    /// A line's amount in a year: its own, or the sum of its parts when it has any.
    public func amount(of index: Int, year: Int) -> Int64 {
        Self.amount(of: index, in: lines, parts: parts(of: index), year: year)
    }

    public func figure(for year: Int) -> Year? {
        figures.first { $0.year == year }
    }

    static func amount(of index: Int, in lines: [Line], parts: [Int], year: Int) -> Int64 {
        if parts.isEmpty { return lines[index].amounts[year] ?? 0 }
        return parts.reduce(Int64(0)) { $0 + (lines[$1].amounts[year] ?? 0) }
    }

    /// The equity chain of the plan's years, for the trappan.
    public var equityChain: EquityChain {
        EquityChain(openingEquity: figures.first?.openingEquity ?? 0,
                    results: Dictionary(uniqueKeysWithValues: figures.map { ($0.year, $0.result) }),
                    allocations: Dictionary(uniqueKeysWithValues: figures.map { ($0.year, $0.allocation) }))
    }
}
