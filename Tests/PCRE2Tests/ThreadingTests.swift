import Testing
import Foundation
@testable import PCRE2

@Suite("Sharing a pattern between threads")
struct ThreadingTests {
    /// One pattern, many threads, one matcher each: every thread sees every match.
    @Test func onePatternManyMatchers() async throws {
        let pattern = try Pattern(#"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"#)
        let text = String(repeating: "NI number QQ 12 34 56 C noted. ", count: 2_000)
        let subject = Subject(text)
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let matcher = Matcher(pattern)
                    var total = 0
                    for _ in 0..<5 { total += (try? matcher.matches(in: subject).count) ?? -1 }
                    return total
                }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 10_000, count: 8))
    }

    @Test func aMatcherIsReusableAcrossSubjects() throws {
        let matcher = Matcher(try Pattern(#"\d+"#))
        #expect(try matcher.matches(in: Subject("1 22 333")).count == 3)
        #expect(try matcher.matches(in: Subject("none")).isEmpty)
        #expect(try matcher.firstMatch(in: Subject("a 42"))?.range == 2..<4)
        #expect(try matcher.firstMatch(in: Subject("a 42 7"), from: 4)?.range == 5..<6)
    }

    /// A matcher made with room for two groups runs patterns of none and of two in turn.
    @Test func aMatcherWithRoomRunsOtherPatterns() throws {
        let digits = try Pattern(#"\d+"#), address = try Pattern(#"(\w+)@(\w+)"#)
        let matcher = Matcher(digits, groups: 2)
        #expect(try matcher.firstMatch(in: Subject("a 42"))?.range == 2..<4)
        matcher.use(address)
        let match = try #require(try matcher.firstMatch(in: Subject("to ann@home")))
        #expect(match[group: 1] == 3..<6)
        #expect(match[group: 2] == 7..<11)
        matcher.use(digits)
        #expect(try matcher.firstMatch(in: Subject("x 7"))?.groups.isEmpty == true)
    }
}
