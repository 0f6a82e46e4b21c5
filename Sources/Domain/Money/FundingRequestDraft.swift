import Foundation

/// Where an äskande stands: sent in by the insatsägare, considered by the beredningsgrupp, put
/// before the board with that recommendation, decided by a § of the board's protokoll.
public enum FundingRequestStatus: String, CaseIterable, Sendable {
    case submitted
    /// The beredningsgrupp's överväganden and recommendation are recorded.
    case reviewed
    /// A punkt on a board meeting's föredragningslista carries the recommendation.
    case onAgenda = "on_agenda"
    /// The board has decided: grants recorded from the §, or avslag.
    case decided
}

/// What may be done with an äskande in a status: the beredningsgrupp may revise its
/// recommendation until the äskande is on an agenda; only an äskande on an agenda is decided,
/// and a decided one changes only by a new decision (a new äskande).
public enum FundingRequestLifecycle {
    public enum Change: Sendable {
        case review, placeOnAgenda, decide
    }

    public static func isAllowed(_ change: Change, in status: FundingRequestStatus) -> Bool {
        switch change {
        case .review: status == .submitted || status == .reviewed
        case .placeOnAgenda: status == .reviewed
        case .decide: status == .onAgenda
        }
    }
}

/// The beredningsgrupp's recommendation to the board.
public enum ReviewRecommendation: String, CaseIterable, Sendable {
    case approve
    /// Bifall with lower amounts (per year) or conditions.
    case partial
    case reject
}

/// The application form: for an existing insats or a new one (named), possibly under an
/// utlysning, for one to three years from `firstYear`. Each year's fields are numbered by
/// position (`y1_…` is the first year): up to `staffRows` staff roles (`y1_role1`,
/// `y1_percent1`, `y1_cost1`), `y1_external`, `y1_premises`, `y1_other`, co-funding per member
/// (`y1_co_<member id>`) and, when the figures are pasted from a document, the total it states
/// (`y1_stated`), which must equal the computed total.
public struct FundingRequestDraft: Equatable, Sendable {
    public var interventionID: UUID?
    public var newName: String?
    public var platform: String?
    public var callID: UUID?
    public var purpose: String
    public var currentState: String
    public var expectedResults: String
    public var budget: FundingRequestBudget

    public static let staffRows = 3
    public static let maxYears = 3

    public static func field(_ position: Int, _ name: String) -> String { "y\(position)_\(name)" }

    public init(interventionID: UUID?, newName: String?, platform: String?, callID: UUID?, purpose: String, currentState: String,
                expectedResults: String, budget: FundingRequestBudget) {
        self.interventionID = interventionID
        self.newName = newName
        self.platform = platform
        self.callID = callID
        self.purpose = purpose
        self.currentState = currentState
        self.expectedResults = expectedResults
        self.budget = budget
    }

    /// `memberIDs` are the members whose co-funding the form asks for.
    public static func parse(_ input: [String: String], memberIDs: [String]) -> Result<FundingRequestDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let intervention = v.reference("interventionID", required: false)
        let newName = v.text("newName", required: intervention == nil, maxLength: 300)
        let platform = v.text("platform", required: false, maxLength: 200)
        let call = v.reference("callID", required: false)
        let purpose = v.text("purpose", maxLength: 20_000)
        let currentState = v.text("currentState", maxLength: 20_000)
        let results = v.text("expectedResults", maxLength: 20_000)
        let firstYear = v.integer("firstYear", in: 2000...2100)
        let count = Int(v.integer("yearCount", in: 1...Int64(maxYears)) ?? 1)
        var years: [FundingRequestBudget.Year] = []
        var stated: [Int: Int64] = [:]
        for position in 1...count {
            let year = Int(firstYear ?? 0) + position - 1
            var line = FundingRequestBudget.Year(year: year)
            for row in 1...staffRows {
                let role = v.text(field(position, "role\(row)"), required: false, maxLength: 200)
                let percent = v.integer(field(position, "percent\(row)"), in: 1...100, required: false)
                let cost = v.integer(field(position, "cost\(row)"), in: 0...100_000_000, required: false)
                guard role != nil || percent != nil || cost != nil else { continue }
                if role == nil { v.add(field(position, "role\(row)"), .required) }
                if percent == nil { v.add(field(position, "percent\(row)"), .required) }
                if cost == nil { v.add(field(position, "cost\(row)"), .required) }
                if let role, let percent, let cost { line.staff.append(.init(role: role, percentOfFullTime: Int(percent), annualCost: cost)) }
            }
            line.externalServices = v.integer(field(position, "external"), in: 0...1_000_000_000, required: false) ?? 0
            line.premises = v.integer(field(position, "premises"), in: 0...1_000_000_000, required: false) ?? 0
            line.other = v.integer(field(position, "other"), in: 0...1_000_000_000, required: false) ?? 0
            for member in memberIDs {
                if let amount = v.integer(field(position, "co_\(member)"), in: 0...1_000_000_000, required: false), amount > 0 {
                    line.coFunding[member] = amount
                }
            }
            stated[year] = v.integer(field(position, "stated"), in: 0...10_000_000_000, required: false)
            years.append(line)
        }
        if v.isValid, years.allSatisfy({ $0.requested == 0 }) { v.add(field(1, "role1"), .nothingRequested) }
        var budget: FundingRequestBudget?
        if v.isValid, firstYear != nil {
            switch FundingRequestBudget.validate(years, statedTotals: stated.compactMapValues { $0 }) {
            case .success(let checked): budget = checked
            case .failure(.statedTotalDiffers(let year, let statedTotal, let computed)):
                v.add(field(year - Int(firstYear ?? 0) + 1, "stated"), .statedTotalDiffers(stated: statedTotal, computed: computed))
            case .failure: v.add("firstYear", .notAChoice)
            }
        }
        return v.result {
            guard let purpose, let currentState, let results, let budget else { return nil }
            return FundingRequestDraft(interventionID: intervention, newName: intervention == nil ? newName : nil, platform: platform,
                                       callID: call, purpose: purpose, currentState: currentState, expectedResults: results, budget: budget)
        }
    }
}

/// The beredningsgrupp's överväganden inför ställningstagande and its recommendation: bifall
/// (the amounts applied for), delvis bifall (an amount per year, none above what was applied
/// for, and conditions) or avslag.
public struct FundingReviewDraft: Equatable, Sendable {
    public var recommendation: ReviewRecommendation
    public var considerations: String
    /// Per year, whole kronor; empty for avslag.
    public var amounts: [Int: Int64]
    public var conditions: String?

    public init(recommendation: ReviewRecommendation, considerations: String, amounts: [Int: Int64], conditions: String?) {
        self.recommendation = recommendation
        self.considerations = considerations
        self.amounts = amounts
        self.conditions = conditions
    }

    public static func amountField(_ year: Int) -> String { "amount_\(year)" }

    /// `requested` is the äskande's amount per year; a delvis bifall reads `amount_<year>` for each.
    public static func parse(_ input: [String: String], requested: [Int: Int64]) -> Result<FundingReviewDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let recommendation = v.choice("recommendation", as: ReviewRecommendation.self)
        let considerations = v.text("considerations", maxLength: 20_000)
        let conditions = v.text("conditions", required: false, maxLength: 4_000)
        var amounts: [Int: Int64] = [:]
        switch recommendation {
        case .approve: amounts = requested
        case .partial:
            for (year, asked) in requested.sorted(by: { $0.key < $1.key }) {
                amounts[year] = v.integer(amountField(year), in: 0...asked)
            }
        case .reject, nil: break
        }
        return v.result {
            guard let recommendation, let considerations else { return nil }
            return FundingReviewDraft(recommendation: recommendation, considerations: considerations, amounts: amounts, conditions: conditions)
        }
    }
}

/// What a pending äskande adds to a budget's B lines for its years: the amounts the
/// beredningsgrupp recommends once it has, before that the amounts applied for; nothing after an
/// avslag is recommended, and nothing for a year the insats already has a decision for (that
/// year is A). Whole kronor, one amount per budget year.
public enum PendingRequestEstimate {
    public static func amounts(budgetYears: [Int], requested: [Int: Int64], recommendation: ReviewRecommendation?, recommended: [Int: Int64],
                               decidedYears: Set<Int>) -> [Int64] {
        budgetYears.map { year in
            guard !decidedYears.contains(year), recommendation != .reject else { return 0 }
            return recommendation == nil ? requested[year] ?? 0 : recommended[year] ?? 0
        }
    }
}
