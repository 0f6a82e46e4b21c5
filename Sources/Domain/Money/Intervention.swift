import Foundation

/// An insats: what the association's money buys, from förstudie to ordinarie verksamhet. It is
/// known by its project code (unique in the association, the bookkeeping's project object) and
/// by a name that may change over the years; its history is kept so that a report for a year
/// names it as it was then.
public enum InterventionKind: String, CaseIterable, Sendable, Codable {
    /// Individinriktad: works with participants.
    case individual
    /// Strukturövergripande: changes how the members work together.
    case structural
}

public enum InterventionStage: String, CaseIterable, Sendable, Codable {
    case preStudy = "pre_study"
    case project
    case implementation
    case regularOperation = "regular_operation"
    case closed
}

public enum ProjectCode {
    /// Upper-cased and trimmed; nil unless 2–16 of A–Z, Å, Ä, Ö, digits and hyphens.
    public static func normalise(_ text: String) -> String? {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        let allowed = code.unicodeScalars.allSatisfy { scalar in
            ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || "ÅÄÖ-".unicodeScalars.contains(scalar)
        }
        return (2...16).contains(code.count) && allowed ? code : nil
    }
}

/// The insats form. The name is given when the insats is registered and changed later only by a
/// dated rename, so that its history stays true.
public struct InterventionDraft: Equatable, Sendable {
    public var code: String
    public var name: String?
    public var kind: InterventionKind
    public var ownerMemberID: UUID?
    public var responsiblePersonID: UUID?
    public var partners: String?
    public var targetGroup: String?
    public var ageFrom: Int?
    public var ageTo: Int?
    public var area: String?
    public var startsOn: CivilDate?
    public var endsOn: CivilDate?
    public var stage: InterventionStage
    public var steeringBodyID: UUID?

    public init(code: String, name: String?, kind: InterventionKind, ownerMemberID: UUID?, responsiblePersonID: UUID?, partners: String?,
                targetGroup: String?, ageFrom: Int?, ageTo: Int?, area: String?, startsOn: CivilDate?, endsOn: CivilDate?,
                stage: InterventionStage, steeringBodyID: UUID?) {
        self.code = code
        self.name = name
        self.kind = kind
        self.ownerMemberID = ownerMemberID
        self.responsiblePersonID = responsiblePersonID
        self.partners = partners
        self.targetGroup = targetGroup
        self.ageFrom = ageFrom
        self.ageTo = ageTo
        self.area = area
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.stage = stage
        self.steeringBodyID = steeringBodyID
    }

    public static func parse(_ input: [String: String], requiresName: Bool) -> Result<InterventionDraft, ValidationFailure> {
        var v = FieldValidator(input)
        var code: String?
        if let raw = v.text("code", maxLength: 40) {
            code = ProjectCode.normalise(raw)
            if code == nil { v.add("code", .invalidProjectCode) }
        }
        let name = v.text("name", required: requiresName, maxLength: 200)
        let kind = v.choice("kind", as: InterventionKind.self)
        let owner = v.reference("ownerMemberID", required: false)
        let responsible = v.reference("responsiblePersonID", required: false)
        let partners = v.text("partners", required: false, maxLength: 1000)
        let targetGroup = v.text("targetGroup", required: false, maxLength: 500)
        let ageFrom = v.integer("ageFrom", in: 0...120, required: false)
        let ageTo = v.integer("ageTo", in: 0...120, required: false)
        if let ageFrom, let ageTo, ageTo < ageFrom { v.add("ageTo", .endBeforeStart) }
        let area = v.text("area", required: false, maxLength: 200)
        let starts = v.date("startsOn", required: false)
        let ends = v.date("endsOn", required: false)
        v.ordered(starts, ends, endField: "endsOn")
        let stage = v.choice("stage", as: InterventionStage.self)
        let steering = v.reference("steeringBodyID", required: false)
        return v.result {
            guard let code, let kind, let stage else { return nil }
            return InterventionDraft(code: code, name: name, kind: kind, ownerMemberID: owner, responsiblePersonID: responsible,
                                     partners: partners, targetGroup: targetGroup, ageFrom: ageFrom.map(Int.init), ageTo: ageTo.map(Int.init),
                                     area: area, startsOn: starts, endsOn: ends, stage: stage, steeringBodyID: steering)
        }
    }
}
