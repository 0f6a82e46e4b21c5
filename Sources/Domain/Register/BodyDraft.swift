/// An organ of the association. Only a styrgrupp and "other" need their own name; the others
/// are called by their kind unless the kansli names them.
public struct BodyDraft: Equatable, Sendable {
    public var kind: BodyKind
    public var name: String?
    public var description: String?
    public var establishedOn: CivilDate?
    public var dissolvedOn: CivilDate?

    public init(kind: BodyKind, name: String?, description: String?, establishedOn: CivilDate?, dissolvedOn: CivilDate?) {
        self.kind = kind
        self.name = name
        self.description = description
        self.establishedOn = establishedOn
        self.dissolvedOn = dissolvedOn
    }

    public static func parse(_ input: [String: String]) -> Result<BodyDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let kind = v.choice("kind", as: BodyKind.self)
        let name = v.text("name", required: kind?.needsOwnName ?? false)
        let description = v.text("description", required: false, maxLength: 2000)
        let established = v.date("establishedOn", required: false)
        let dissolved = v.date("dissolvedOn", required: false)
        v.ordered(established, dissolved, endField: "dissolvedOn")
        return v.result {
            kind.map { BodyDraft(kind: $0, name: name, description: description, establishedOn: established, dissolvedOn: dissolved) }
        }
    }
}
