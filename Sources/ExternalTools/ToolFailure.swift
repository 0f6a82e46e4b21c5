/// Why an external program gave no result. The English description is for the log and the
/// command line; the web pages show their own Swedish text for each kind.
public struct ToolFailure: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The program is not installed.
        case missing
        /// It ran longer than the time limit and was stopped.
        case timedOut(seconds: Int)
        /// It wrote more than the output limit and was stopped.
        case outputTooLarge(megabytes: Int)
        /// Too many programs were already waiting.
        case busy
        /// The caller gave up (the file was removed, the request went away).
        case cancelled
        /// It ended with an error (which may be running out of its memory limit).
        case failed(status: Int32, message: String)
    }

    public let tool: String
    public let kind: Kind

    public init(tool: String, kind: Kind) {
        self.tool = tool
        self.kind = kind
    }

    public var description: String {
        switch kind {
        case .missing: "\(tool) is not installed; scripts/install-deps installs it"
        case .timedOut(let seconds): "\(tool) took longer than \(seconds) s and was stopped (SAMORDNA_TOOL_TIMEOUT_SECONDS)"
        case .outputTooLarge(let megabytes): "\(tool) wrote more than \(megabytes) MB and was stopped"
        case .busy: "too many programs are waiting to run; try again later (SAMORDNA_TOOL_CONCURRENCY)"
        case .cancelled: "\(tool) was stopped because its result is no longer wanted"
        case .failed(let status, let message):
            "\(tool) failed (exit status \(status))" + (message.isEmpty ? "" : ": \(message.prefix(300))")
        }
    }
}
