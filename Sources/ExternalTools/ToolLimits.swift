/// What every external program Samordna starts (pdftotext, pdftoppm, tesseract, weasyprint …)
/// may use: wall-clock and CPU time, address space, and how many run at once. One heavy PDF
/// must not take the server, or the other associations on it, down with it (issue 13).
public struct ToolLimits: Sendable, Equatable {
    public var seconds: Int
    public var memoryMegabytes: Int
    /// Programs running at the same time; more wait in a queue.
    public var concurrent: Int
    /// Requests that may wait for a free place; beyond that the server answers "busy".
    public var queueLength: Int
    /// The most a program may write to its output before it is stopped.
    public var outputMegabytes: Int

    public init(seconds: Int = 60, memoryMegabytes: Int = 1024, concurrent: Int = 2, queueLength: Int = 32, outputMegabytes: Int = 64) {
        self.seconds = seconds
        self.memoryMegabytes = memoryMegabytes
        self.concurrent = concurrent
        self.queueLength = queueLength
        self.outputMegabytes = outputMegabytes
    }
}
