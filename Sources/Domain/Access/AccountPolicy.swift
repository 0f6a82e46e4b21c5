/// Who may change what of a user account (issue 13). An association's administrator manages that
/// association's roles for a user; the account itself (name, login, password) belongs to the user.
///
/// Decided and documented in docs/security.md: an administrator may also rename an account and
/// hand out a link for setting a new password when the user belongs to this association only and
/// is not a system administrator, because then nobody else depends on the account. Nobody but a
/// system administrator touches a system administrator. Administrators never type another user's
/// password: they give the user a link to set it themselves.
public enum AccountPolicy {
    public enum Reach: Equatable, Sendable {
        /// Nothing: the account is a system administrator's and the actor is not one.
        case none
        /// The roles in this association and the link to a person in its register.
        case accessOnly
        /// Also the account's name and a link for a new password.
        case accessAndAccount

        public var mayEditAccess: Bool { self != .none }
        public var mayEditAccount: Bool { self == .accessAndAccount }
    }

    /// - Parameters:
    ///   - associationCount: how many associations the target account has a role in.
    public static func reach(actorIsSystemAdmin: Bool, targetIsSystemAdmin: Bool, associationCount: Int) -> Reach {
        if actorIsSystemAdmin { return .accessAndAccount }
        if targetIsSystemAdmin { return .none }
        return associationCount <= 1 ? .accessAndAccount : .accessOnly
    }
}
