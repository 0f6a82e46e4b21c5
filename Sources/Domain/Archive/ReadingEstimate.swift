/// How long the rest of a file takes to read, from the pages read so far: the time per page so
/// far times the pages left, rounded up to whole seconds. Nothing is promised before a page is done.
public enum ReadingEstimate {
    public static func secondsLeft(pagesDone: Int, pagesTotal: Int, elapsedSeconds: Double) -> Int? {
        guard pagesDone > 0, pagesTotal >= pagesDone, elapsedSeconds >= 0 else { return nil }
        let perPage = elapsedSeconds / Double(pagesDone)
        return Int((perPage * Double(pagesTotal - pagesDone)).rounded(.up))
    }
}
