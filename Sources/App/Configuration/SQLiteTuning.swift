import Fluent
import SQLKit

/// WAL lets readers go on while one writer writes, which matters with one connection per event
/// loop; the mode is stored in the database file, so setting it once per start is enough.
enum SQLiteTuning {
    static func apply(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }
}
