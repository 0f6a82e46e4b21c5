import Domain
import ExternalTools
import Foundation
import Persistence
import Vapor

/// Every setting Samordna reads, each from one environment variable (listed in the README).
public struct AppSettings: Sendable {
    public var database: DatabaseLocation
    public var bcryptCost: Int
    /// Session cookies get the Secure flag; browsers still send them to http://localhost.
    public var secureCookies: Bool
    public var loginMaxFailures: Int
    public var loginWindowMinutes: Int
    public var logFormat: LogFormat
    public var hostname: String
    public var port: Int
    public var today: Today
    /// The address users reach Samordna at, for links in e-mail and calendar feeds.
    public var publicBaseURL: String
    /// Where kallelser and notifications are sent; nil keeps mail in the outbox until configured.
    var smtp: SMTPSettings?
    public var outboxIntervalSeconds: Int = 15
    /// The largest bilaga accepted.
    public var maxUploadBytes: Int = 20 * 1_048_576
    /// Load balancers whose `X-Forwarded-For` names the client; empty: the header is ignored.
    public var trustedProxies = TrustedProxies()
    /// Limits for the external programs (pdftotext, tesseract, weasyprint …).
    public var toolLimits = ToolLimits()
    /// A request body that stops arriving for this long is refused (a stalled client holds nothing).
    public var bodyTimeoutSeconds = 30

    public enum LogFormat: String, Sendable {
        case text
        case json
    }

    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    public init(database: DatabaseLocation, bcryptCost: Int = 12, secureCookies: Bool = true, loginMaxFailures: Int = 5,
                loginWindowMinutes: Int = 15, logFormat: LogFormat = .text, hostname: String = "127.0.0.1",
                port: Int = 8080, today: Today = .stockholm, publicBaseURL: String? = nil) {
        self.database = database
        self.bcryptCost = bcryptCost
        self.secureCookies = secureCookies
        self.loginMaxFailures = loginMaxFailures
        self.loginWindowMinutes = loginWindowMinutes
        self.logFormat = logFormat
        self.hostname = hostname
        self.port = port
        self.today = today
        self.publicBaseURL = publicBaseURL ?? "http://\(hostname == "0.0.0.0" ? "localhost" : hostname):\(port)"
    }

    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> AppSettings {
        func integer(_ name: String, _ fallback: Int, _ range: ClosedRange<Int>) throws -> Int {
            guard let raw = env[name], !raw.isEmpty else { return fallback }
            guard let value = Int(raw), range.contains(value) else {
                throw Invalid(description: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound) (got \"\(raw)\")")
            }
            return value
        }
        func flag(_ name: String, _ fallback: Bool) throws -> Bool {
            guard let raw = env[name]?.lowercased(), !raw.isEmpty else { return fallback }
            switch raw {
            case "1", "true", "yes", "on": return true
            case "0", "false", "no", "off": return false
            default: throw Invalid(description: "\(name) must be true or false (got \"\(raw)\")")
            }
        }
        var logFormat = LogFormat.text
        if let raw = env["SAMORDNA_LOG_FORMAT"], !raw.isEmpty {
            guard let format = LogFormat(rawValue: raw) else {
                throw Invalid(description: "SAMORDNA_LOG_FORMAT must be text or json (got \"\(raw)\")")
            }
            logFormat = format
        }
        var publicURL = env["SAMORDNA_PUBLIC_URL"].flatMap { $0.isEmpty ? nil : $0 }
        if let url = publicURL {
            guard url.hasPrefix("http://") || url.hasPrefix("https://"), URL(string: url)?.host != nil else {
                throw Invalid(description: "SAMORDNA_PUBLIC_URL must be an http:// or https:// address (got \"\(url)\")")
            }
            publicURL = url.hasSuffix("/") ? String(url.dropLast()) : url
        }
        var smtp: SMTPSettings?
        if let host = env["SAMORDNA_SMTP_HOST"], !host.isEmpty {
            guard let from = env["SAMORDNA_SMTP_FROM"], EmailAddress.isValid(from) else {
                throw Invalid(description: "SAMORDNA_SMTP_FROM must be the sender's e-mail address when SAMORDNA_SMTP_HOST is set")
            }
            let username = env["SAMORDNA_SMTP_USERNAME"].flatMap { $0.isEmpty ? nil : $0 }
            var security: SMTPSettings.Security?
            if let raw = env["SAMORDNA_SMTP_TLS"], !raw.isEmpty {
                guard let chosen = SMTPSettings.Security(rawValue: raw.lowercased()) else {
                    throw Invalid(description: "SAMORDNA_SMTP_TLS must be starttls or none (got \"\(raw)\")")
                }
                security = chosen
            }
            if username != nil && security == SMTPSettings.Security.none {
                throw Invalid(description: "SAMORDNA_SMTP_TLS=none cannot be used with SAMORDNA_SMTP_USERNAME: the password would be sent in clear")
            }
            let caFile = env["SAMORDNA_SMTP_CA_FILE"].flatMap { $0.isEmpty ? nil : $0 }
            if let caFile, !FileManager.default.isReadableFile(atPath: caFile) {
                throw Invalid(description: "SAMORDNA_SMTP_CA_FILE names a file that cannot be read: \(caFile)")
            }
            smtp = SMTPSettings(host: host, port: try integer("SAMORDNA_SMTP_PORT", 25, 1...65535), from: from,
                                fromName: env["SAMORDNA_SMTP_FROM_NAME"].flatMap { $0.isEmpty ? nil : $0 } ?? "Samordna",
                                username: username, password: env["SAMORDNA_SMTP_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 },
                                security: security, caFile: caFile)
            smtp?.timeoutSeconds = Int64(try integer("SAMORDNA_SMTP_TIMEOUT_SECONDS", 30, 1...600))
        }
        // A fixed calendar day for demonstrations and the browser tests, whose demo meetings have
        // fixed dates; unset, today is the day in Stockholm.
        var today = Today.stockholm
        if let raw = env["SAMORDNA_TODAY"], !raw.isEmpty {
            guard let date = CivilDate(iso: raw) else {
                throw Invalid(description: "SAMORDNA_TODAY must be a date YYYY-MM-DD (got \"\(raw)\")")
            }
            today = .fixed(date)
        }
        let outboxInterval = try integer("SAMORDNA_OUTBOX_INTERVAL_SECONDS", 15, 1...3600)
        let hostname = env["SAMORDNA_HOST"].flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
        let port = try integer("SAMORDNA_PORT", 8080, 1...65535)
        var settings = AppSettings(
            database: try DatabaseLocation.from(url: env["DATABASE_URL"]),
            bcryptCost: try integer("SAMORDNA_BCRYPT_COST", 12, 4...31),
            secureCookies: try flag("SAMORDNA_SECURE_COOKIES", true),
            loginMaxFailures: try integer("SAMORDNA_LOGIN_MAX_FAILURES", 5, 1...1000),
            loginWindowMinutes: try integer("SAMORDNA_LOGIN_WINDOW_MINUTES", 15, 1...1440),
            logFormat: logFormat,
            hostname: hostname, port: port, today: today, publicBaseURL: publicURL)
        settings.smtp = smtp
        settings.outboxIntervalSeconds = outboxInterval
        settings.maxUploadBytes = try integer("SAMORDNA_MAX_UPLOAD_MB", 20, 1...500) * 1_048_576
        if let raw = env["SAMORDNA_TRUSTED_PROXIES"], !raw.isEmpty {
            switch TrustedProxies.parse(raw) {
            case .success(let proxies): settings.trustedProxies = proxies
            case .failure(let error):
                throw Invalid(description: "SAMORDNA_TRUSTED_PROXIES must list IP addresses or CIDR networks separated by commas (\"\(error.entry)\" is neither)")
            }
        }
        settings.bodyTimeoutSeconds = try integer("SAMORDNA_BODY_TIMEOUT_SECONDS", 30, 1...600)
        settings.toolLimits = ToolLimits(seconds: try integer("SAMORDNA_TOOL_TIMEOUT_SECONDS", 60, 1...3600),
                                         memoryMegabytes: try integer("SAMORDNA_TOOL_MEMORY_MB", 1024, 64...65536),
                                         concurrent: try integer("SAMORDNA_TOOL_CONCURRENCY", 2, 1...64))
        return settings
    }
}

extension Application {
    private struct SettingsKey: StorageKey {
        typealias Value = AppSettings
    }

    public var settings: AppSettings {
        get {
            guard let settings = storage[SettingsKey.self] else { fatalError("configure(_:settings:) was not called") }
            return settings
        }
        set { storage[SettingsKey.self] = newValue }
    }
}
