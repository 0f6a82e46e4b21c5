/// The public start page: what Samordna is, and the associations it holds.
public enum HomePage {
    public struct Item: Sendable {
        public var slug: String
        public var name: String

        public init(slug: String, name: String) {
            self.slug = slug
            self.name = name
        }
    }

    public struct Model: Sendable {
        public var associations: [Item]
        public var yours: [Item]
        public var canCreate: Bool
        /// Protokoll waiting for the logged-in user's justering: the text and where to sign.
        public var awaitingSignature: [(text: String, url: String)] = []
        /// Annual reports before the board that the user, a ledamot, has still to sign.
        public var annualReportsToSign: [(text: String, url: String)] = []

        public init(associations: [Item], yours: [Item], canCreate: Bool) {
            self.associations = associations
            self.yours = yours
            self.canCreate = canCreate
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        Layout.page(title: Sv.Home.documentTitle, context: context) {
            h1 { Sv.Home.title }
            paragraph(.class("lead")) { Sv.Home.intro }
            if !model.awaitingSignature.isEmpty {
                section(.aria("labelledby", "att-justera"), .class("warning")) {
                    h2(.id("att-justera")) { Sv.Justering.awaitingTitle }
                    ul(.class("plain")) {
                        for item in model.awaitingSignature { li { link(item.url) { item.text } } }
                    }
                }
            }
            if !model.annualReportsToSign.isEmpty {
                section(.aria("labelledby", "att-skriva-under"), .class("warning")) {
                    h2(.id("att-skriva-under")) { Sv.AnnualReportAdoption.awaitingTitle }
                    ul(.class("plain")) {
                        for item in model.annualReportsToSign { li { link(item.url) { item.text } } }
                    }
                }
            }
            if !model.yours.isEmpty {
                section(.aria("labelledby", "dina")) {
                    h2(.id("dina")) { Sv.Home.yours }
                    ul(.class("plain")) {
                        for item in model.yours {
                            li { link(SiteURL.register(item.slug).path) { item.name } }
                        }
                    }
                }
            }
            if model.canCreate {
                paragraph { actionLink(SiteURL.organisationNew.path, Sv.Home.newAssociation) }
            }
            section(.aria("labelledby", "alla")) {
                h2(.id("alla")) { Sv.Home.all }
                if model.associations.isEmpty {
                    paragraph { Sv.Home.noneYet }
                } else {
                    ul(.class("plain")) {
                        for item in model.associations {
                            li { link(SiteURL.publicOrganisation(item.slug).path) { item.name } }
                        }
                    }
                }
            }
        }
    }
}
