/// A bounded queue in front of the external programs: at most `concurrent` run at once, at most
/// `queueLength` wait, the rest are refused at once rather than piling up.
public actor ToolQueue {
    private let concurrent: Int
    private let queueLength: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    public init(concurrent: Int, queueLength: Int) {
        self.concurrent = max(1, concurrent)
        self.queueLength = max(0, queueLength)
    }

    /// Waits for a free place; false when the queue is full.
    func enter() async -> Bool {
        if running < concurrent {
            running += 1
            return true
        }
        guard waiting.count < queueLength else { return false }
        await withCheckedContinuation { waiting.append($0) }
        return true
    }

    /// Hands the place to the next in line, or frees it.
    func leave() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }

    public var load: (running: Int, waiting: Int) { (running, waiting.count) }
}
