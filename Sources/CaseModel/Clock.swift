/// A reading of one statutory or corporate clock: when it started, when it falls due, and
/// where it stands (answered in time or late, still running, overdue).
///
/// The start day is day 0 and never counts. Paused days do not count (they push the due date
/// on). An extension sets a new due date; the days it allows count from the start as usual,
/// and pauses push it on too. A clock is within its timescale while the days taken (in its
/// unit, pauses excluded) do not exceed the days allowed, so a reply on the Saturday after a
/// Friday due date is still in time: no working day was lost.
public struct Clock: Hashable, Sendable, Codable {
    /// Where a clock stands.
    public enum Status: String, Sendable, Codable {
        /// Stopped on or before the due date.
        case withinTimescale = "within-timescale"
        /// Stopped after the due date.
        case overTimescale = "over-timescale"
        /// Running, the due date not yet passed.
        case running
        /// Running, the due date passed.
        case overdue
    }

    /// The time limit read.
    public let timescale: Timescale
    /// Day 0.
    public let started: LocalDate
    /// The due date without any extension (pauses honoured).
    public let standardDue: LocalDate
    /// The due date in force: the extended one when there is an extension.
    public let due: LocalDate
    /// The agreed extension, if any.
    public let extendedTo: LocalDate?
    /// Whether the extension allows more days than the timescale's maximum.
    public let extensionBeyondMaximum: Bool
    /// Days (in the timescale's unit) allowed: the limit, or what the extension allows.
    public let allowedDays: Int
    /// Days (in the timescale's unit) the clock was paused, up to when it stopped or `asOf`.
    public let pausedDays: Int
    /// The day the clock stopped (the response), if it has.
    public let stopped: LocalDate?
    /// Days taken so far (in the timescale's unit, pauses excluded), to `stopped` or `asOf`.
    public let daysTaken: Int
    /// Days (in the timescale's unit) from `asOf` to the due date: negative when overdue;
    /// `nil` once the clock has stopped.
    public let daysLeft: Int?
    /// Where the clock stands.
    public let status: Status

    /// Reads a clock.
    ///
    /// - Parameters:
    ///   - timescale: the limit.
    ///   - started: day 0 (the day received or escalated).
    ///   - extension: an agreed extension, if any.
    ///   - pauses: stretches when the clock stood still.
    ///   - stopped: the response date, if answered.
    ///   - asOf: today, for clocks still running.
    ///   - calendar: the working-day calendar.
    public init(
        _ timescale: Timescale, started: LocalDate, extended: Extension? = nil, pauses: [Pause] = [],
        stopped: LocalDate? = nil, asOf: LocalDate, calendar: WorkingDayCalendar = .englandAndWales
    ) {
        let counter = DayCounter(unit: timescale.unit, pauses: pauses, calendar: calendar)
        let unpaused = DayCounter(unit: timescale.unit, pauses: [], calendar: calendar)
        self.timescale = timescale
        self.started = started
        self.standardDue = counter.advance(from: started, by: timescale.limit)
        if let extended {
            let allowed = max(unpaused.count(from: started, to: extended.until), 0)
            self.allowedDays = allowed
            self.due = counter.advance(from: started, by: allowed)
            self.extendedTo = extended.until
            self.extensionBeyondMaximum = timescale.maximum.map { allowed > $0 } ?? true
        } else {
            self.allowedDays = timescale.limit
            self.due = standardDue
            self.extendedTo = nil
            self.extensionBeyondMaximum = false
        }
        self.stopped = stopped
        let end = stopped ?? asOf
        self.daysTaken = max(counter.count(from: started, to: end), 0)
        self.pausedDays = max(unpaused.count(from: started, to: end), 0) - daysTaken
        let within = daysTaken <= allowedDays
        if stopped != nil {
            self.daysLeft = nil
            self.status = within ? .withinTimescale : .overTimescale
        } else {
            self.daysLeft = allowedDays - daysTaken
            self.status = within ? .running : .overdue
        }
    }

    /// Whether the clock has stopped.
    public var isStopped: Bool { stopped != nil }

    /// Whether the clock is over its time limit (answered late, or overdue).
    public var isOver: Bool { status == .overTimescale || status == .overdue }

    /// Days (in the timescale's unit) beyond the time limit; 0 when within it.
    public var daysOver: Int { max(daysTaken - allowedDays, 0) }
}

/// Counts and advances days of one unit, skipping paused days.
struct DayCounter {
    let unit: Timescale.Unit
    let pauses: [Pause]
    let calendar: WorkingDayCalendar

    func counts(_ date: LocalDate) -> Bool {
        if pauses.contains(where: { $0.contains(date) }) { return false }
        return unit == .calendarDays || calendar.isWorkingDay(date)
    }

    /// The `days`-th counting day after `start` (`start` itself when `days` is 0).
    func advance(from start: LocalDate, by days: Int) -> LocalDate {
        var date = start
        var remaining = days
        while remaining > 0 {
            date = date.adding(days: 1)
            if counts(date) { remaining -= 1 }
        }
        return date
    }

    /// Counting days after `start` up to and including `end`; negative when `end` is earlier.
    func count(from start: LocalDate, to end: LocalDate) -> Int {
        if end < start { return -count(from: end, to: start) }
        var total = 0
        var date = start
        while date < end {
            date = date.adding(days: 1)
            if counts(date) { total += 1 }
        }
        return total
    }
}
