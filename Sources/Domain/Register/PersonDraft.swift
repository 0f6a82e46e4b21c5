/// A person in the register. Samordna keeps no personal identity numbers: SUS holds identities.
public struct PersonDraft: Equatable, Sendable {
    public var name: String
    /// What the person is, e.g. "förbundschef" or "enhetschef, Umeå kommun".
    public var title: String?
    public var email: String?
    public var phone: String?

    public init(name: String, title: String?, email: String?, phone: String?) {
        self.name = name
        self.title = title
        self.email = email
        self.phone = phone
    }

    public static func parse(_ input: [String: String]) -> Result<PersonDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let name = v.text("name", maxLength: 120)
        let title = v.text("title", required: false)
        let email = v.email("email")
        let phone = v.text("phone", required: false, maxLength: 40)
        return v.result { name.map { PersonDraft(name: $0, title: title, email: email, phone: phone) } }
    }
}
