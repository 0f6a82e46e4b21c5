import Foundation

/// A goal area of the year's social budget, with its ideal weight and the weight used (per
/// cent), which may lie at most five percentage points from the ideal.
public struct GoalAreaDraft: Equatable, Sendable {
    public var name: String
    public var idealWeight: Int
    public var usedWeight: Int

    public init(name: String, idealWeight: Int, usedWeight: Int) {
        self.name = name
        self.idealWeight = idealWeight
        self.usedWeight = usedWeight
    }

    public static func parse(_ input: [String: String]) -> Result<GoalAreaDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let name = v.text("name", maxLength: 200)
        let ideal = v.integer("idealWeight", in: 0...100)
        let used = v.integer("usedWeight", in: 0...100)
        if let ideal, let used, abs(used - ideal) > Int64(GoalAreaWeights.tolerance) {
            v.add("usedWeight", .weightOutsideTolerance(ideal: Int(ideal), tolerance: GoalAreaWeights.tolerance))
        }
        return v.result {
            guard let name, let ideal, let used else { return nil }
            return GoalAreaDraft(name: name, idealWeight: Int(ideal), usedWeight: Int(used))
        }
    }
}

/// An indicator of a goal: what it measures, its target and its weight 1–10 within the area.
public struct IndicatorDraft: Equatable, Sendable {
    public var goalAreaID: UUID
    public var goal: String
    public var name: String
    public var weight: Int
    public var target: Double
    public var direction: IndicatorDirection
    public var measure: IndicatorMeasure

    public init(goalAreaID: UUID, goal: String, name: String, weight: Int, target: Double, direction: IndicatorDirection, measure: IndicatorMeasure) {
        self.goalAreaID = goalAreaID
        self.goal = goal
        self.name = name
        self.weight = weight
        self.target = target
        self.direction = direction
        self.measure = measure
    }

    public static func parse(_ input: [String: String]) -> Result<IndicatorDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let area = v.reference("goalAreaID")
        let goal = v.text("goal", maxLength: 300)
        let name = v.text("name", maxLength: 300)
        let weight = v.integer("weight", in: 1...10)
        let target = v.decimal("target", in: 0...1_000_000)
        let direction = v.choice("direction", as: IndicatorDirection.self)
        let measure = v.choice("measure", as: IndicatorMeasure.self)
        return v.result {
            guard let area, let goal, let name, let weight, let target, let direction, let measure else { return nil }
            return IndicatorDraft(goalAreaID: area, goal: goal, name: name, weight: Int(weight), target: target, direction: direction, measure: measure)
        }
    }
}

/// A result of an indicator entered by hand for a tertial, for the association or one platform,
/// with where the value comes from and how many persons it rests on.
public struct IndicatorResultDraft: Equatable, Sendable {
    public var indicatorID: UUID
    public var tertial: Int
    public var platform: String?
    public var value: Double
    public var persons: Int?
    public var source: String

    public init(indicatorID: UUID, tertial: Int, platform: String?, value: Double, persons: Int?, source: String) {
        self.indicatorID = indicatorID
        self.tertial = tertial
        self.platform = platform
        self.value = value
        self.persons = persons
        self.source = source
    }

    public static func parse(_ input: [String: String]) -> Result<IndicatorResultDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let indicator = v.reference("indicatorID")
        let tertial = v.integer("tertial", in: 1...3)
        let platform = v.text("platform", required: false, maxLength: 200)
        let value = v.decimal("value", in: -1_000_000...1_000_000)
        let persons = v.integer("persons", in: 0...1_000_000, required: false)
        let source = v.text("source", maxLength: 500)
        return v.result {
            guard let indicator, let tertial, let value, let source else { return nil }
            return IndicatorResultDraft(indicatorID: indicator, tertial: Int(tertial), platform: platform, value: value, persons: persons.map(Int.init),
                                        source: source)
        }
    }
}
