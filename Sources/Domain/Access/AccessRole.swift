/// What a user may do in one association. A user may hold several roles in the same association.
public enum AccessRole: String, CaseIterable, Sendable, Codable {
    /// The kansli: keeps the register, prepares meetings, manages accounts.
    case administrator
    /// Ledamot or ersättare of the board.
    case boardMember = "board_member"
    /// Member of the beredningsgrupp.
    case preparation
    /// Owner of a funded activity (insatsägare).
    case activityOwner = "activity_owner"
    /// Revisor: may read everything, change nothing.
    case auditor

    public static func encode(_ roles: Set<AccessRole>) -> String {
        allCases.filter(roles.contains).map(\.rawValue).joined(separator: ",")
    }

    public static func decode(_ text: String) -> Set<AccessRole> {
        Set(text.split(separator: ",").compactMap { AccessRole(rawValue: String($0)) })
    }
}

/// What a set of roles allows. Kept here so the rules can be read without the web layer.
public struct Permissions: Equatable, Sendable {
    public let roles: Set<AccessRole>

    public init(roles: Set<AccessRole>) {
        self.roles = roles
    }

    public var canRead: Bool { !roles.isEmpty }
    public var canEditRegister: Bool { roles.contains(.administrator) }
    /// Planning meetings, building agendas and writing protokoll is the kansli's work.
    public var canPrepareMeetings: Bool { roles.contains(.administrator) }
    public var canManageUsers: Bool { roles.contains(.administrator) }
    public var canReadAuditLog: Bool { roles.contains(.administrator) || roles.contains(.auditor) }
}
