import Domain

/// A stored name valid over a period — an association's or an insats's — read as a `DatedName`.
public protocol NameRecord {
    var name: String { get }
    var validFrom: String { get }
    var validTo: String? { get }
}

extension NameRecord {
    /// Nil only for a row whose start is not a date, which the forms never store.
    public var datedName: DatedName? {
        CivilDate(iso: validFrom).map { DatedName(name: name, validFrom: $0, validTo: validTo.flatMap { CivilDate(iso: $0) }) }
    }
}

extension OrganisationName: NameRecord {}
extension InterventionName: NameRecord {}
