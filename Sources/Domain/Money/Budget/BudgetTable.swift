/// The budget as the board reads it, in tkr: rows in order with subtotals, where every printed
/// figure adds up to the printed figure above it. Rounding runs top down (the total is rounded,
/// then shared among its parts by largest remainder, and so on), so a table never shows lines
/// that do not add up to their sum. Equity rows chain in tkr from the rounded results.
public struct BudgetTable: Equatable, Sendable {
    public enum Row: Equatable, Sendable {
        case heading(Heading)
        /// A line of the plan, by index; `isPart` for a "varav" line.
        case line(Int, isPart: Bool)
        case classTotal(BudgetCostClass)
        case sectionTotal(BudgetSection)
        case operatingIncome
        case costs
        case operatingResult
        case result
        case openingEquity
        /// The part of a loss taken from eget kapital (ianspråktaget eget kapital).
        case equityUsed
        case closingEquity
        case equityCeiling
    }

    public enum Heading: Equatable, Sendable {
        case income
        case costs
        case section(BudgetSection)
        case costClass(BudgetCostClass)
        case equity
    }

    public let years: [Int]
    public let rows: [(row: Row, thousands: [Int64])]

    public static func == (lhs: BudgetTable, rhs: BudgetTable) -> Bool {
        lhs.years == rhs.years && lhs.rows.map(\.row) == rhs.rows.map(\.row) && lhs.rows.map(\.thousands) == rhs.rows.map(\.thousands)
    }

    /// A node of the rounding tree: a row it fills, and either kronor or children.
    private indirect enum Node {
        case leaf(Row, Int64)
        case group(Row?, [Node])

        var kronor: Int64 {
            switch self {
            case .leaf(_, let kronor): kronor
            case .group(_, let children): children.reduce(0) { $0 + $1.kronor }
            }
        }

        func fill(_ thousands: Int64, into values: inout [Row: Int64]) {
            switch self {
            case .leaf(let row, _):
                values[row] = thousands
            case .group(let row, let children):
                if let row { values[row] = thousands }
                let shares = ThousandsRounding.apportion(children.map(\.kronor), toThousands: thousands)
                for (child, share) in zip(children, shares) { child.fill(share, into: &values) }
            }
        }
    }

    public init(_ plan: BudgetPlan) {
        years = plan.years
        var order: [Row] = [.heading(.income)]
        var perYear: [[Row: Int64]] = []
        for section in [BudgetSection.memberContributions, .otherIncome] {
            order += Self.sectionRows(plan, section)
        }
        order += [.operatingIncome, .heading(.costs), .heading(.section(.interventions))]
        for costClass in BudgetCostClass.allCases {
            order += [.heading(.costClass(costClass))]
            order += plan.lines.indices.filter { plan.lines[$0].section == .interventions && plan.lines[$0].costClass == costClass }
                .map { .line($0, isPart: false) }
            order += [.classTotal(costClass)]
        }
        order += [.sectionTotal(.interventions)]
        for section in [BudgetSection.projectRelated, .administration] {
            order += [.heading(.section(section))] + Self.sectionRows(plan, section) + [.sectionTotal(section)]
        }
        order += [.costs, .operatingResult, .heading(.section(.financial))] + Self.sectionRows(plan, .financial)
        order += [.result, .heading(.equity), .openingEquity, .equityUsed, .closingEquity, .equityCeiling]

        var opening = ThousandsRounding.thousands(plan.figures.first?.openingEquity ?? 0)
        for year in plan.years {
            var values: [Row: Int64] = [:]
            let income = Node.group(.operatingIncome, [BudgetSection.memberContributions, .otherIncome].map { Self.sectionNode(plan, $0, year: year) })
            let interventions = Node.group(.sectionTotal(.interventions), BudgetCostClass.allCases.map { costClass in
                Node.group(.classTotal(costClass), plan.lines.indices
                    .filter { plan.lines[$0].section == .interventions && plan.lines[$0].costClass == costClass }
                    .map { .leaf(.line($0, isPart: false), plan.amount(of: $0, year: year)) })
            })
            let costs = Node.group(.costs, [interventions] + [BudgetSection.projectRelated, .administration].map {
                Self.sectionNode(plan, $0, year: year)
            })
            let financial = Self.sectionNode(plan, .financial, year: year)
            for root in [income, costs, financial] {
                root.fill(ThousandsRounding.thousands(root.kronor), into: &values)
            }
            let operating = (values[.operatingIncome] ?? 0) - (values[.costs] ?? 0)
            values[.operatingResult] = operating
            values[.result] = operating + (values[.sectionTotal(.financial)] ?? 0)
            values[.openingEquity] = opening
            values[.equityUsed] = max(0, -(values[.result] ?? 0))
            opening += values[.result] ?? 0
            values[.closingEquity] = opening
            values[.equityCeiling] = ThousandsRounding.thousands(plan.figure(for: year)?.equityCeiling ?? 0)
            perYear.append(values)
        }
        rows = order.map { row in (row, perYear.map { $0[row] ?? 0 }) }
    }

    private static func sectionRows(_ plan: BudgetPlan, _ section: BudgetSection) -> [Row] {
        plan.lines.indices.filter { plan.lines[$0].section == section && plan.lines[$0].parent == nil }.flatMap { index in
            [Row.line(index, isPart: false)] + plan.parts(of: index).map { Row.line($0, isPart: true) }
        }
    }

    private static func sectionNode(_ plan: BudgetPlan, _ section: BudgetSection, year: Int) -> Node {
        .group(.sectionTotal(section), plan.lines.indices.filter { plan.lines[$0].section == section && plan.lines[$0].parent == nil }.map { index in
            let parts = plan.parts(of: index)
            if parts.isEmpty { return .leaf(.line(index, isPart: false), plan.amount(of: index, year: year)) }
            return .group(.line(index, isPart: false), parts.map { .leaf(.line($0, isPart: true), plan.amount(of: $0, year: year)) })
        })
    }
}

extension BudgetTable.Row: Hashable {}
extension BudgetTable.Heading: Hashable {}
