import Foundation
/// What the kansli enters about the association itself. The name is kept apart because names
/// change over time and each has its own period of validity.
public struct AssociationDetails: Equatable, Sendable {
    public var organisationNumber: OrganisationNumber
    public var streetAddress: String?
    public var postalCode: String?
    public var city: String?
    public var email: String?

    public init(organisationNumber: OrganisationNumber, streetAddress: String?, postalCode: String?, city: String?, email: String?) {
        self.organisationNumber = organisationNumber
        self.streetAddress = streetAddress
        self.postalCode = postalCode
        self.city = city
        self.email = email
    }

    public static func parse(_ input: [String: String]) -> Result<AssociationDetails, ValidationFailure> {
        var v = FieldValidator(input)
        let number = v.organisationNumber("organisationNumber")
        let street = v.text("streetAddress", required: false)
        let postalCode = v.text("postalCode", required: false, maxLength: 10)
        let city = v.text("city", required: false, maxLength: 100)
        let email = v.email("email")
        return v.result {
            number.map { AssociationDetails(organisationNumber: $0, streetAddress: street, postalCode: postalCode, city: city, email: email) }
        }
    }
}

/// A name the association carries from a date on ("Samordningsförbundet Umeå" → "Umeå-Vännäs" 2014).
public struct NameChange: Equatable, Sendable {
    public var name: String
    public var validFrom: CivilDate

    public init(name: String, validFrom: CivilDate) {
        self.name = name
        self.validFrom = validFrom
    }

    public static func parse(_ input: [String: String]) -> Result<NameChange, ValidationFailure> {
        var v = FieldValidator(input)
        let name = v.text("name")
        let from = v.date("validFrom")
        return v.result { name.flatMap { n in from.map { NameChange(name: n, validFrom: $0) } } }
    }
}

/// A new association: its URL slug, first name and details.
public struct NewAssociation: Equatable, Sendable {
    public var slug: String
    public var name: NameChange
    public var details: AssociationDetails

    public init(slug: String, name: NameChange, details: AssociationDetails) {
        self.slug = slug
        self.name = name
        self.details = details
    }

    public static func parse(_ input: [String: String]) -> Result<NewAssociation, ValidationFailure> {
        var v = FieldValidator(input)
        let slug = v.text("slug", maxLength: 40)
        if let slug, !Slug.isValid(slug) { v.add("slug", .invalidSlug) }
        var issues = v.issues
        let name = NameChange.parse(input)
        let details = AssociationDetails.parse(input)
        if case .failure(let f) = name { issues += f.issues }
        if case .failure(let f) = details { issues += f.issues }
        guard issues.isEmpty, let slug, case .success(let n) = name, case .success(let d) = details else {
            return .failure(ValidationFailure(issues))
        }
        return .success(NewAssociation(slug: slug, name: n, details: d))
    }
}
