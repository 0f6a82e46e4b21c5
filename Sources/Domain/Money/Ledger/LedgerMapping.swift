/// Where utfall goes in the budget: a line of a section, named as the budget names it, or an
/// insats by its project code. The same identity lets a budget line and its utfall meet.
public struct LedgerTarget: Hashable, Sendable, Comparable {
    public let section: BudgetSection
    /// The insats's project code, for the interventions section.
    public let code: String?
    public let name: String
    /// What identifies the target: the section and the code, or the section and the name. Kept,
    /// since every placed sum hashes it.
    public let key: String

    public init(section: BudgetSection, code: String? = nil, name: String) {
        self.section = section
        self.code = code
        self.name = name
        key = "\(section.rawValue)|" + (code.map { "code:" + $0.uppercased() } ?? "name:" + name.lowercased())
    }

    public static func == (lhs: LedgerTarget, rhs: LedgerTarget) -> Bool { lhs.key == rhs.key }
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }

    public static func < (lhs: LedgerTarget, rhs: LedgerTarget) -> Bool {
        let order = BudgetSection.allCases
        return (order.firstIndex(of: lhs.section) ?? 0, lhs.code ?? "", lhs.name) < (order.firstIndex(of: rhs.section) ?? 0, rhs.code ?? "", rhs.name)
    }

    /// Utfall as the budget reads it: income positive and costs positive. The bookkeeping credits
    /// income (negative) and debits costs (positive).
    public func budgetSign(_ ore: Int64) -> Int64 {
        section.kind == .income ? -ore : ore
    }
}

/// One rule of the association's chart mapping, edited once by the kansli and reused for every
/// import: an account (with or without a project object), or a project object alone.
public struct LedgerRule: Equatable, Sendable {
    public var account: String?
    public var object: String?
    public var target: LedgerTarget

    public init(account: String?, object: String?, target: LedgerTarget) {
        self.account = account
        self.object = object
        self.target = target
    }
}

/// Finds the budget line of each account and object. In order: a rule for the account and the
/// object; for a cost account (classes 4–7), a rule for the object alone, or an insats whose
/// code is the object; a rule for the account alone. What none of these place is unknown, and
/// an import with unknown accounts is refused so that no krona is silently left out.
public struct LedgerMapper: Sendable {
    let byAccountAndObject: [String: LedgerTarget]
    let byObject: [String: LedgerTarget]
    let byAccount: [String: LedgerTarget]
    /// Insats codes (upper-cased) to their names.
    let interventions: [String: String]

    public init(rules: [LedgerRule], interventions: [String: String]) {
        var both: [String: LedgerTarget] = [:], objects: [String: LedgerTarget] = [:], accounts: [String: LedgerTarget] = [:]
        for rule in rules {
            switch (rule.account, rule.object) {
            case (let account?, let object?): both[account + "\u{1F}" + object.uppercased()] = rule.target
            case (nil, let object?): objects[object.uppercased()] = rule.target
            case (let account?, nil): accounts[account] = rule.target
            case (nil, nil): continue
            }
        }
        byAccountAndObject = both
        byObject = objects
        byAccount = accounts
        self.interventions = Dictionary(interventions.map { ($0.key.uppercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    public func target(account: String, object: String?) -> LedgerTarget? {
        let object = object?.uppercased()
        if let object, let target = byAccountAndObject[account + "\u{1F}" + object] { return target }
        if let object, Self.isCostAccount(account) {
            if let target = byObject[object] { return target }
            if let name = interventions[object] { return LedgerTarget(section: .interventions, code: object, name: name) }
        }
        return byAccount[account]
    }

    static func isCostAccount(_ account: String) -> Bool {
        guard let first = account.utf8.first else { return false }
        return first >= UInt8(ascii: "4") && first <= UInt8(ascii: "7")
    }

    /// The summary's amounts placed on their targets (in budget signs, öre, per month), and the
    /// accounts that no rule places, with their öre.
    public func place(_ summary: LedgerSummary) -> (placed: [LedgerTarget: [Int: Int64]], unknown: [String: Int64]) {
        var placed: [LedgerTarget: [Int: Int64]] = [:]
        var unknown: [String: Int64] = [:]
        for (key, ore) in summary.amounts where ore != 0 {
            if let target = target(account: key.account, object: key.object) {
                placed[target, default: [:]][key.month, default: 0] += target.budgetSign(ore)
            } else {
                unknown[key.account, default: 0] += ore
            }
        }
        return (placed, unknown.filter { $0.value != 0 })
    }
}
