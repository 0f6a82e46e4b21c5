/// Two versions of a budget compared line by line and year by year, in kronor: what was added,
/// removed or changed, and how the totals moved.
public struct BudgetDiff: Equatable, Sendable {
    public enum Change: String, Equatable, Sendable {
        case added, removed, changed
    }

    public struct Entry: Equatable, Sendable {
        public var section: BudgetSection
        public var name: String
        public var code: String?
        public var costClass: BudgetCostClass?
        public var change: Change
        /// Per year of either version: (before, after).
        public var amounts: [Int: (before: Int64, after: Int64)]

        public static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.section == rhs.section && lhs.name == rhs.name && lhs.code == rhs.code && lhs.costClass == rhs.costClass
                && lhs.change == rhs.change && lhs.amounts.mapValues { [$0.before, $0.after] } == rhs.amounts.mapValues { [$0.before, $0.after] }
        }
    }

    public struct Totals: Equatable, Sendable {
        public var year: Int
        public var income: (before: Int64, after: Int64)
        public var costs: (before: Int64, after: Int64)
        public var result: (before: Int64, after: Int64)

        public static func == (lhs: Totals, rhs: Totals) -> Bool {
            lhs.year == rhs.year && lhs.income == rhs.income && lhs.costs == rhs.costs && lhs.result == rhs.result
        }
    }

    public let years: [Int]
    public let entries: [Entry]
    public let totals: [Totals]

    public init(from before: BudgetPlan, to after: BudgetPlan) {
        let years = Array(Set(before.years + after.years)).sorted()
        self.years = years
        let old = Self.flatten(before)
        let new = Self.flatten(after)
        var entries: [Entry] = []
        for (key, line) in new {
            let previous = old.first { $0.key == key }?.line
            let amounts = Dictionary(uniqueKeysWithValues: years.map { ($0, (before: previous?.amounts[$0] ?? 0, after: line.amounts[$0] ?? 0)) })
            let change: Change? = previous == nil ? .added : (amounts.values.contains { $0.before != $0.after } ? .changed : nil)
            if let change { entries.append(Entry(section: line.section, name: line.name, code: line.code, costClass: line.costClass,
                                                  change: change, amounts: amounts)) }
        }
        for (key, line) in old where !new.contains(where: { $0.key == key }) {
            entries.append(Entry(section: line.section, name: line.name, code: line.code, costClass: line.costClass, change: .removed,
                                 amounts: Dictionary(uniqueKeysWithValues: years.map { ($0, (before: line.amounts[$0] ?? 0, after: 0)) })))
        }
        let order = BudgetSection.allCases
        self.entries = entries.sorted {
            (order.firstIndex(of: $0.section) ?? 0, $0.costClass?.rawValue ?? "", $0.code ?? "", $0.name)
                < (order.firstIndex(of: $1.section) ?? 0, $1.costClass?.rawValue ?? "", $1.code ?? "", $1.name)
        }
        totals = years.map { year in
            let b = before.figure(for: year)
            let a = after.figure(for: year)
            return Totals(year: year, income: (b?.income ?? 0, a?.income ?? 0), costs: (b?.costs ?? 0, a?.costs ?? 0),
                          result: (b?.result ?? 0, a?.result ?? 0))
        }
    }

    /// Every line with its computed amounts; a part's key includes its line's.
    private static func flatten(_ plan: BudgetPlan) -> [(key: String, line: BudgetPlan.Line)] {
        plan.lines.indices.map { index in
            var line = plan.lines[index]
            line.amounts = Dictionary(uniqueKeysWithValues: plan.years.map { ($0, plan.amount(of: index, year: $0)) })
            let key = line.parent.map { plan.lines[$0].key + ">" } ?? ""
            return (key + line.key, line)
        }
    }

    public var isEmpty: Bool { entries.isEmpty }
}
