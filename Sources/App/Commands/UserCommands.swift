import Domain
import Fluent
import Persistence
import Vapor

/// `samordna user add|passwd`.
struct UserCommandGroup: AsyncCommandGroup {
    var commands: [String: any AnyAsyncCommand] { ["add": AddUserCommand(), "passwd": PasswordCommand()] }
    var help: String { "Creates users, gives them access to an association, and sets passwords." }
}

struct UsageError: Error, CustomStringConvertible {
    let description: String
}

/// Reads a password from standard input, or makes one and says so.
private func obtainPassword(fromStandardInput: Bool) throws -> (password: String, generated: Bool) {
    guard fromStandardInput else { return (Passwords.generate(), true) }
    guard let line = readLine(strippingNewline: true), line.count >= AccountService.minimumPasswordLength else {
        throw UsageError(description: "the password read from standard input must have at least \(AccountService.minimumPasswordLength) characters")
    }
    return (line, false)
}

struct AddUserCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "username", help: "Login name, e.g. an e-mail address.")
        var username: String
        @Option(name: "name", help: "Name shown in Samordna (default: the username).")
        var name: String?
        @Option(name: "organisation", short: "o", help: "Slug of the association to give access to.")
        var organisation: String?
        @Option(name: "role", short: "r", help: "Comma-separated roles: administrator, board_member, preparation, activity_owner, auditor.")
        var role: String?
        @Flag(name: "system-admin", help: "May add new associations.")
        var systemAdmin: Bool
        @Flag(name: "password-stdin", help: "Read the password from standard input instead of generating one.")
        var passwordStdin: Bool
    }

    var help: String {
        "Creates a user (or, for an existing one, adds access to --organisation with --role)."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await DatabaseReadiness.ensure(app)
        let username = signature.username.trimmingWhitespace().lowercased()
        guard !username.isEmpty, username.count <= 120 else { throw UsageError(description: "username must be 1–120 characters") }
        let roles = try Self.roles(signature.role)
        var organisation: Organisation?
        if let slug = signature.organisation {
            organisation = try await Organisation.query(on: app.db).filter(\.$slug == slug).first()
            guard organisation != nil else { throw UsageError(description: "no association with slug \"\(slug)\"") }
            guard !roles.isEmpty else { throw UsageError(description: "--organisation needs --role (e.g. --role administrator)") }
        } else if !roles.isEmpty {
            throw UsageError(description: "--role needs --organisation")
        }

        let existing = try await User.query(on: app.db).filter(\.$username == username).first()
        if existing != nil && organisation == nil && !signature.systemAdmin {
            throw UsageError(description: "user \"\(username)\" already exists; use `samordna user passwd` to set a new password")
        }
        var printed: String?
        var user = existing
        if user == nil {
            let (password, generated) = try obtainPassword(fromStandardInput: signature.passwordStdin)
            if generated { printed = password }
            user = User(username: username, displayName: signature.name ?? username,
                        passwordHash: try await app.password.async.hash(password), isSystemAdmin: signature.systemAdmin)
        }
        guard let user else { return }
        if signature.systemAdmin { user.isSystemAdmin = true }
        let actor = Actor.commandLine("user add")
        let grantedOrganisation = organisation
        try await app.db.transaction { db in
            try await user.save(on: db)
            if let organisation = grantedOrganisation {
                let organisationID = try organisation.requireID()
                let access = try await UserAccess.query(on: db).filter(\.$user.$id == user.requireID())
                    .filter(\.$organisation.$id == organisationID).first()
                    ?? UserAccess(userID: try user.requireID(), organisationID: organisationID, roles: [])
                let before = access.id == nil ? nil : access.snapshot
                access.roles = access.roles.union(roles)
                try await access.save(on: db)
                try await AuditLog.record(on: db, actor: actor, organisationID: organisationID,
                                          action: before == nil ? .created : .updated, subject: .user, entityID: user.id,
                                          name: username, before: before, after: access.snapshot)
            }
        }
        context.console.output(existing == nil ? "Created user \(username)." : "Updated user \(username).")
        if let printed { context.console.output("Password (shown only now): \(printed)") }
    }

    static func roles(_ raw: String?) throws -> Set<AccessRole> {
        guard let raw, !raw.isEmpty else { return [] }
        return Set(try raw.split(separator: ",").map { name in
            let trimmed = name.trimmingWhitespace()
            guard let role = AccessRole(rawValue: trimmed) else {
                throw UsageError(description: "unknown role \"\(trimmed)\"; use one of: \(AccessRole.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return role
        })
    }
}

struct PasswordCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "username", help: "The user whose password to set.")
        var username: String
        @Flag(name: "password-stdin", help: "Read the new password from standard input instead of generating one.")
        var passwordStdin: Bool
    }

    var help: String { "Sets a new password for a user; prints a generated one unless --password-stdin is given." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await DatabaseReadiness.ensure(app)
        let username = signature.username.trimmingWhitespace().lowercased()
        guard let user = try await User.query(on: app.db).filter(\.$username == username).first() else {
            throw UsageError(description: "no user \"\(username)\"")
        }
        let (password, generated) = try obtainPassword(fromStandardInput: signature.passwordStdin)
        try await AccountService.setPassword(hash: try await app.password.async.hash(password), for: user, keepingSession: nil, on: app.db)
        context.console.output("New password set for \(username); every session of the user has ended.")
        if generated { context.console.output("Password (shown only now): \(password)") }
    }
}
