import Vapor

/// The `samordna` commands besides Fluent's `migrate`. Each answers `--help`.
func registerCommands(_ app: Application) {
    app.asyncCommands.use(SamordnaServeCommand(), as: "serve", isDefault: true)
    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(UserCommandGroup(), as: "user")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(RestoreCommand(), as: "restore")
    app.asyncCommands.use(ImportCommand(), as: "import")
    app.asyncCommands.use(ReindexCommand(), as: "reindex")
    app.asyncCommands.use(BenchSearchCommand(), as: "bench-search")
    app.asyncCommands.use(BenchMoneyCommand(), as: "bench-money")
}
