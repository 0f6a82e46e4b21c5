import Foundation
import Synchronization
import Vapor

/// A logged-in page's rows read from the database and kept in memory per association until
/// anything changes — the same generation that ends the kept public pages, raised at once by a
/// change on this server and within a quarter second by one made elsewhere. Only rows every
/// user of the association may see are kept here, never anything that depends on who asks.
final class KeptReads<Value: Sendable>: Sendable {
    private let entries = Mutex<[UUID: (generation: Int, value: Value)]>([:])
    /// Bounded like the public pages: an instance serving many associations starts over when full.
    private let limit = 2_000

    func value(for key: UUID, generation: Int) -> Value? {
        entries.withLock { entries in
            guard let entry = entries[key], entry.generation == generation else { return nil }
            return entry.value
        }
    }

    /// Keeps what was read while the generation was `generation`, unless something changed since.
    func keep(_ value: Value, for key: UUID, readAt generation: Int, current: Int) {
        guard generation == current else { return }
        entries.withLock { entries in
            if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
            entries[key] = (generation, value)
        }
    }
}
