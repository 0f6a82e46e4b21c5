/// The money of one äskande: per year, the insats's own staff (each role with its share of full
/// time and annual cost), external services, premises and other costs, and the co-funding each
/// member brings. Every total is computed from these lines, never typed. Whole kronor.
public struct FundingRequestBudget: Equatable, Sendable {
    public struct StaffLine: Equatable, Sendable, Codable {
        public var role: String
        /// Share of full time in percent (50 = half time), so that no fraction is stored.
        public var percentOfFullTime: Int
        /// The cost of the role at full time for a year, salary with social fees.
        public var annualCost: Int64

        public init(role: String, percentOfFullTime: Int, annualCost: Int64) {
            self.role = role
            self.percentOfFullTime = percentOfFullTime
            self.annualCost = annualCost
        }

        /// The year's cost at this share, rounded half up to the krona.
        public var cost: Int64 { (annualCost * Int64(percentOfFullTime) + 50) / 100 }
    }

    public struct Year: Equatable, Sendable, Codable {
        public var year: Int
        public var staff: [StaffLine]
        public var externalServices: Int64
        public var premises: Int64
        public var other: Int64
        /// Co-funding per member (by the member's id), shown beside the requested amount.
        public var coFunding: [String: Int64]

        public init(year: Int, staff: [StaffLine] = [], externalServices: Int64 = 0, premises: Int64 = 0, other: Int64 = 0,
                    coFunding: [String: Int64] = [:]) {
            self.year = year
            self.staff = staff
            self.externalServices = externalServices
            self.premises = premises
            self.other = other
            self.coFunding = coFunding
        }

        public var staffCost: Int64 { staff.reduce(0) { $0 + $1.cost } }
        /// What the insats asks the association for in the year.
        public var requested: Int64 { staffCost + externalServices + premises + other }
        public var coFundingTotal: Int64 { coFunding.values.reduce(0, +) }
        /// The members should co-fund at least as much as the association is asked for (DOMAIN §4):
        /// flagged, not refused, since the board may decide otherwise.
        public var coFundingFallsShort: Bool { coFundingTotal < requested }
    }

    public enum Problem: Error, Equatable, Sendable {
        /// One to three years, one after the other.
        case years
        case negativeAmount(year: Int)
        case fullTimeShare(year: Int, role: String)
        /// An imported or pasted äskande whose lines do not add up to the total it states.
        case statedTotalDiffers(year: Int, stated: Int64, computed: Int64)
    }

    public var years: [Year]

    public init(years: [Year]) {
        self.years = years
    }

    public var total: Int64 { years.reduce(0) { $0 + $1.requested } }

    /// Checks the budget; `statedTotals` are the per-year totals a document claims, when imported.
    public static func validate(_ years: [Year], statedTotals: [Int: Int64] = [:]) -> Result<FundingRequestBudget, Problem> {
        let numbers = years.map(\.year)
        guard (1...3).contains(years.count), numbers == Array((numbers.first ?? 0)..<((numbers.first ?? 0) + years.count)) else {
            return .failure(.years)
        }
        for year in years {
            if [year.externalServices, year.premises, year.other].contains(where: { $0 < 0 })
                || year.staff.contains(where: { $0.annualCost < 0 }) || year.coFunding.values.contains(where: { $0 < 0 }) {
                return .failure(.negativeAmount(year: year.year))
            }
            if let role = year.staff.first(where: { !(1...100).contains($0.percentOfFullTime) }) {
                return .failure(.fullTimeShare(year: year.year, role: role.role))
            }
            if let stated = statedTotals[year.year], stated != year.requested {
                return .failure(.statedTotalDiffers(year: year.year, stated: stated, computed: year.requested))
            }
        }
        return .success(FundingRequestBudget(years: years))
    }
}

/// Where a budget's cost line for an insats and year comes from (the budget's columns):
/// A is decided (a grant exists), B1 an existing insats not yet decided for the year (from its
/// pending äskande), B2 a new insats.
public enum BudgetCostClass: String, CaseIterable, Sendable, Codable {
    case decided = "A"
    case existingUndecided = "B1"
    case new = "B2"

    public static func classify(hasGrant: Bool, insatsExistedBefore: Bool) -> BudgetCostClass {
        if hasGrant { return .decided }
        return insatsExistedBefore ? .existingUndecided : .new
    }
}
