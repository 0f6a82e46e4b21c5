/// Two writers that raced for the same thing: the loser's transaction fails with a unique
/// violation (PostgreSQL 23505, SQLite "UNIQUE constraint failed") or, on SQLite, finds the
/// database locked by the winner's write when its read turns into a write. Recognised by the
/// drivers' messages, the same on every version we run.
enum ConcurrentWrite {
    static func lostRace(_ error: any Error) -> Bool {
        let text = String(reflecting: error).lowercased()
        return text.contains("unique") || text.contains("23505") || text.contains("database is locked")
    }
}
