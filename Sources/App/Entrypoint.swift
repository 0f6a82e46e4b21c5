import Logging
import Vapor

/// Runs the `samordna` command line: `serve` by default, or any command registered in
/// `registerCommands`.
public func runSamordna() async {
    do {
        var env = try Environment.detect()
        let settings = try AppSettings.fromEnvironment()
        try LoggingSystem.bootstrap(from: &env) { level in
            { label in
                switch settings.logFormat {
                case .json: JSONLogHandler(label: label, level: level)
                case .text:
                    { var handler = StreamLogHandler.standardOutput(label: label); handler.logLevel = level; return handler }()
                }
            }
        }
        let app = try await Application.make(env)
        do {
            try await configure(app, settings: settings)
            try await app.execute()
        } catch {
            app.logger.report(error: error)
            try? await app.asyncShutdown()
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            exit(1)
        }
        try await app.asyncShutdown()
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(1)
    }
}
