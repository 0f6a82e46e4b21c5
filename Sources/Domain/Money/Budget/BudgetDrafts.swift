import Foundation

/// The form of a budget version: its title, first year (the next two follow), the equity at
/// the start of the first year and the members' total allocation per year. Whole kronor.
public struct BudgetDraft: Equatable, Sendable {
    public var title: String
    public var firstYear: Int
    public var openingEquity: Int64
    public var allocations: [Int64]

    public init(title: String, firstYear: Int, openingEquity: Int64, allocations: [Int64]) {
        self.title = title
        self.firstYear = firstYear
        self.openingEquity = openingEquity
        self.allocations = allocations
    }

    /// `fixedFirstYear` when editing: a version keeps its years.
    public static func parse(_ input: [String: String], fixedFirstYear: Int? = nil) -> Result<BudgetDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let title = v.text("title", maxLength: 200)
        let firstYear = fixedFirstYear.map(Int64.init) ?? v.integer("firstYear", in: 1990...2197)
        let equity = v.integer("openingEquity", in: -10_000_000_000...10_000_000_000)
        let allocations = (1...3).map { v.integer("allocation\($0)", in: 0...10_000_000_000, required: false) ?? 0 }
        return v.result {
            guard let title, let firstYear, let equity else { return nil }
            return BudgetDraft(title: title, firstYear: Int(firstYear), openingEquity: equity, allocations: allocations)
        }
    }
}

/// A line the kansli writes in a budget: a section, a name, optionally the line it is a part of
/// ("varav") or, for an activity, the insats; and the amounts of the three years in whole kronor
/// (financial items may be negative).
public struct BudgetLineDraft: Equatable, Sendable {
    public var section: BudgetSection
    public var name: String?
    public var parentID: UUID?
    public var interventionID: UUID?
    public var amounts: [Int64]

    public init(section: BudgetSection, name: String?, parentID: UUID?, interventionID: UUID?, amounts: [Int64]) {
        self.section = section
        self.name = name
        self.parentID = parentID
        self.interventionID = interventionID
        self.amounts = amounts
    }

    public static func parse(_ input: [String: String]) -> Result<BudgetLineDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let section = v.choice("section", as: BudgetSection.self)
        if section == .memberContributions { v.add("section", .notAChoice) }
        let isActivity = section == .interventions
        let name = v.text("name", required: section != nil && !isActivity, maxLength: 200)
        let parent = isActivity ? nil : v.reference("parentID", required: false)
        let intervention = v.reference("interventionID", required: isActivity)
        let lowest: Int64 = section == .financial ? -10_000_000_000 : 0
        let amounts = (1...3).map { v.integer("amount\($0)", in: lowest...10_000_000_000, required: false) ?? 0 }
        return v.result {
            guard let section, section != .memberContributions else { return nil }
            return BudgetLineDraft(section: section, name: isActivity ? nil : name, parentID: parent,
                                   interventionID: isActivity ? intervention : nil, amounts: amounts)
        }
    }
}
