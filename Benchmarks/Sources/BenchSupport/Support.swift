import Foundation

/// Where things are and what size the runs are, from the environment (`make bench` sets
/// them) or defaults.
public enum BenchEnvironment {
    /// The repository root: `CANDOUR_ROOT`, else two levels above this package's sources.
    public static var root: URL {
        if let root = ProcessInfo.processInfo.environment["CANDOUR_ROOT"], !root.isEmpty {
            return URL(fileURLWithPath: root)
        }
        // <root>/Benchmarks/Sources/BenchSupport/Support.swift
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    public static var wordlists: URL { root.appendingPathComponent("wordlists") }

    /// An integer setting, e.g. `CANDOUR_BENCH_MB`.
    public static func integer(_ name: String, default value: Int) -> Int {
        ProcessInfo.processInfo.environment[name].flatMap { Int($0) } ?? value
    }

    /// Size of the throughput corpus in bytes (`CANDOUR_BENCH_MB`, default 32).
    public static var corpusBytes: Int { integer("CANDOUR_BENCH_MB", default: 32) * 1_000_000 }

    /// The release `candour` binary for the process start-up benchmark (`CANDOUR_BIN`).
    public static var candourBinary: String? {
        guard let path = ProcessInfo.processInfo.environment["CANDOUR_BIN"], !path.isEmpty,
              FileManager.default.isExecutableFile(atPath: path) else { return nil }
        return path
    }
}

/// Resident memory of this process, from `/proc/self/status` (Linux).
public enum ResidentMemory {
    /// Current resident set (`VmRSS`) in bytes, or 0 where there is no `/proc`.
    public static var current: Int { field("VmRSS:") }
    /// Peak resident set since the process started (`VmHWM`) in bytes.
    public static var peak: Int { field("VmHWM:") }

    /// Resets `VmHWM` to the current resident set (writing 5 to `/proc/self/clear_refs`,
    /// Linux 4.0 and later), so that ``peak`` covers only what follows.
    public static func resetPeak() {
        if let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
            try? handle.write(contentsOf: Data("5".utf8))
            try? handle.close()
        }
    }

    static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.dropFirst(name.count).filter(\.isNumber)
            return (Int(digits) ?? 0) * 1024
        }
        return 0
    }
}

/// CPU time, less sensitive than wall time to other work on a shared machine.
public enum CPUTime {
    /// CPU seconds this thread has used.
    public static var thread: Double { seconds(CLOCK_THREAD_CPUTIME_ID) }

    /// CPU seconds (user + system) of this process's children that have been waited for.
    public static var children: Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        #else
        getrusage(RUSAGE_CHILDREN, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    static func seconds(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// Median of samples (the mean of the middle two for an even count).
public func median(_ samples: [Double]) -> Double {
    guard !samples.isEmpty else { return .nan }
    let sorted = samples.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

extension Duration {
    /// The duration in seconds.
    public var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) * 1e-18
    }
}

/// The summary `make bench` prints at the end: each benchmark process appends one line
/// to the file named by `CANDOUR_BENCH_SUMMARY` (a tab-separated row: rank, benchmark,
/// value, unit, target, verdict, note; `make bench` sorts by rank). Nothing is written
/// when the variable is unset.
public enum Summary {
    public enum Goal: Sendable {
        case atLeast(Double)
        case atMost(Double)
        case none
    }

    public static func record(_ rank: Int, _ name: String, _ value: Double, _ unit: String, goal: Goal = .none, note: String = "") {
        guard let path = ProcessInfo.processInfo.environment["CANDOUR_BENCH_SUMMARY"], !path.isEmpty else { return }
        let target: String
        let verdict: String
        switch goal {
        case .atLeast(let limit):
            target = ">= \(format(limit)) \(unit)"
            verdict = value >= limit ? "ok" : "BELOW TARGET"
        case .atMost(let limit):
            target = "<= \(format(limit)) \(unit)"
            verdict = value <= limit ? "ok" : "ABOVE TARGET"
        case .none:
            target = "-"
            verdict = ""
        }
        let line = [String(rank), name, format(value), unit, target, verdict, note].joined(separator: "\t") + "\n"
        if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(Data(line.utf8))
            try? handle.close()
        } else {
            _ = FileManager.default.createFile(atPath: path, contents: Data(line.utf8))
        }
    }

    public static func format(_ value: Double) -> String {
        if value >= 100 { return String(format: "%.0f", value) }
        if value >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }
}

/// Wall and CPU time of one measured run, in seconds.
public struct Timing: Sendable {
    public var wall: Double
    public var cpu: Double

    /// Times `body` on the calling thread (CPU: this thread's, plus any child processes
    /// waited for meanwhile).
    public static func of<T>(_ body: () throws -> T) rethrows -> (Timing, T) {
        let clock = ContinuousClock()
        let cpu0 = CPUTime.thread + CPUTime.children
        let start = clock.now
        let value = try body()
        let wall = (clock.now - start).seconds
        let cpu = CPUTime.thread + CPUTime.children - cpu0
        return (Timing(wall: wall, cpu: cpu), value)
    }
}

/// Measured runs; the first `warmups` (package-benchmark's warm-up iterations) are left
/// out of the medians.
public struct Samples: Sendable {
    public var runs: [Timing] = []
    public var warmups: Int

    public init(warmups: Int = 1) { self.warmups = warmups }

    public mutating func append(_ timing: Timing) { runs.append(timing) }

    var measured: ArraySlice<Timing> { runs.dropFirst(min(warmups, max(0, runs.count - 1))) }

    /// Median wall and CPU seconds.
    public var wall: Double { median(Array(measured.map(\.wall))) }
    public var cpu: Double { median(Array(measured.map(\.cpu))) }
    /// Median throughput (MB/s) for `bytes` a run.
    public func rate(_ bytes: Int) -> (wall: Double, cpu: Double) {
        (median(measured.map { Double(bytes) / 1e6 / $0.wall }), median(measured.map { Double(bytes) / 1e6 / $0.cpu }))
    }
}
