import Foundation
import Subprocess
#if canImport(System)
import System
#else
import SystemPackage
#endif

/// Runs an external program within `ToolLimits`: through the bounded queue, under `prlimit`
/// (address space and CPU time) and `timeout` (wall-clock time, enforced even if Samordna itself
/// dies), in a process group of its own that is killed as a whole when the caller gives up.
/// Never call it inside a database transaction: a transaction must not wait on a program.
public struct ToolRunner: Sendable {
    public struct Output: Sendable {
        public var status: Int32
        public var output: [UInt8]
        public var errorText: String

        public var text: String { String(decoding: output, as: UTF8.self) }
    }

    public let limits: ToolLimits
    public let queue: ToolQueue

    public init(limits: ToolLimits) {
        self.limits = limits
        self.queue = ToolQueue(concurrent: limits.concurrent, queueLength: limits.queueLength)
    }

    /// Runs `tool` (a name looked up in PATH, or a path) with `arguments`.
    public func run(_ tool: String, _ arguments: [String]) async throws -> Output {
        for program in [tool, "prlimit", "timeout"] where !Self.isInstalled(program) {
            throw ToolFailure(tool: program, kind: .missing)
        }
        guard await queue.enter() else { throw ToolFailure(tool: tool, kind: .busy) }
        do {
            let output = try await launch(tool, arguments)
            await queue.leave()
            return output
        } catch {
            await queue.leave()
            throw error
        }
    }

    private func launch(_ tool: String, _ arguments: [String]) async throws -> Output {
        let bytes = limits.memoryMegabytes * 1_048_576
        let wrapped = ["--as=\(bytes)", "--cpu=\(limits.seconds)", "--",
                       "timeout", "--signal=KILL", "\(limits.seconds)", tool] + arguments
        var options = PlatformOptions()
        options.processGroupID = 0
        options.teardownSequence = [.send(signal: .kill, toProcessGroup: true, allowedDurationToNextStep: .milliseconds(500))]
        let outputLimit = limits.outputMegabytes * 1_048_576
        let started = ContinuousClock.now
        let result: ExecutionResult<Void, BytesOutput, StringOutput<UTF8>>
        do {
            result = try await Subprocess.run(.name("prlimit"), arguments: Arguments(wrapped), platformOptions: options,
                                              output: .bytes(limit: outputLimit), error: .string(limit: 65_536))
        } catch is CancellationError {
            throw ToolFailure(tool: tool, kind: .cancelled)
        } catch let error as SubprocessError {
            if Task.isCancelled { throw ToolFailure(tool: tool, kind: .cancelled) }
            if error.code == .outputLimitExceeded { throw ToolFailure(tool: tool, kind: .outputTooLarge(megabytes: limits.outputMegabytes)) }
            throw ToolFailure(tool: tool, kind: .failed(status: -1, message: "\(error)"))
        }
        if Task.isCancelled { throw ToolFailure(tool: tool, kind: .cancelled) }
        let status: Int32 = switch result.terminationStatus {
        case .exited(let code): Int32(code)
        case .signaled(let signal): 128 + Int32(signal)
        }
        // `timeout` answers 124, or 128+9 when it had to kill; a CPU limit ends the program with SIGKILL too.
        let elapsed = ContinuousClock.now - started
        if status == 124 || status == 137 || (status > 128 && elapsed >= .seconds(limits.seconds)) {
            throw ToolFailure(tool: tool, kind: .timedOut(seconds: limits.seconds))
        }
        if status == 127 { throw ToolFailure(tool: tool, kind: .missing) }
        return Output(status: status, output: result.standardOutput, errorText: result.standardError)
    }

    /// Whether a program is on PATH (or at the given path) and executable.
    public static func isInstalled(_ tool: String) -> Bool {
        if tool.contains("/") { return FileManager.default.isExecutableFile(atPath: tool) }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }
}
