import Domain

/// What every page needs to know about who is looking and where they are.
public struct PageContext: Sendable {
    public struct Association: Sendable {
        public var slug: String
        public var name: String
        public var permissions: Permissions

        public init(slug: String, name: String, permissions: Permissions) {
            self.slug = slug
            self.name = name
            self.permissions = permissions
        }
    }

    public var userName: String?
    public var csrfToken: String?
    public var association: Association?
    public var flash: String?
    /// The path of the page, to mark the current menu item.
    public var path: String

    public init(userName: String? = nil, csrfToken: String? = nil, association: Association? = nil,
                flash: String? = nil, path: String = "/") {
        self.userName = userName
        self.csrfToken = csrfToken
        self.association = association
        self.flash = flash
        self.path = path
    }
}
