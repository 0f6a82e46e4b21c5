import Vapor

// The public JSON shapes, kept apart from the database models so that neither can leak into the
// other. Names follow OParl where it has one: our Organisation is OParl's Body, our Body (organ)
// is OParl's Organization, Person and Membership are the same.

struct APIList<Item: Content>: Content {
    var data: [Item]
}

struct APIOrganisation: Content {
    struct Name: Content {
        var name: String
        var validFrom: String
        var validTo: String?
    }

    struct Address: Content {
        var streetAddress: String?
        var postalCode: String?
        var city: String?
    }

    var id: String
    var type = "Organisation"
    var slug: String
    var name: String
    var names: [Name]
    var organisationNumber: String
    var address: Address
    var web: String
    var members: String
    var bodies: String
    var people: String
    var created: Date?
    var modified: Date?
}

struct APIMember: Content {
    struct Population: Content {
        var year: Int
        var workingAgePopulation: Int64
    }

    var id: String
    var type = "Member"
    var name: String
    var kind: String
    var organisationNumber: String
    var startDate: String
    var endDate: String?
    var postsNotices: Bool
    var populations: [Population]
}

struct APIBody: Content {
    var id: String
    var type = "Body"
    var name: String
    var kind: String
    var description: String?
    var startDate: String?
    var endDate: String?
}

struct APIMembership: Content {
    var id: String
    var type = "Membership"
    var body: String
    var bodyName: String
    var role: String
    var onBehalfOf: String?
    var onBehalfOfName: String?
    var startDate: String
    var endDate: String?
    var party: String?
}

struct APIPerson: Content {
    var id: String
    var type = "Person"
    var name: String
    var membership: [APIMembership]
}
