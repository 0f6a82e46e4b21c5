import Testing
@testable import Domain

/// Issue 16, item 5: the time left of a file being read, from the pages done so far.
@Suite struct ReadingEstimateTests {
    @Test func theTimeLeftFollowsThePagesSoFar() {
        #expect(ReadingEstimate.secondsLeft(pagesDone: 0, pagesTotal: 40, elapsedSeconds: 3) == nil, "nothing promised before a page is done")
        #expect(ReadingEstimate.secondsLeft(pagesDone: 10, pagesTotal: 40, elapsedSeconds: 25) == 75)
        #expect(ReadingEstimate.secondsLeft(pagesDone: 3, pagesTotal: 4, elapsedSeconds: 1) == 1, "rounded up")
        #expect(ReadingEstimate.secondsLeft(pagesDone: 4, pagesTotal: 4, elapsedSeconds: 9) == 0)
    }
}
