/// The statutory and corporate clocks of a case.
extension Case {
    /// The clocks of one stage: one for stages 1 and 2 and the Ombudsman enquiry; for stage 3
    /// the panel, the panel report and the council's response, each starting when the one
    /// before stopped (a later one appears once the one before has stopped).
    public func clocks(
        for stage: Stage, timescales: Timescales = .standard, asOf: LocalDate,
        calendar: WorkingDayCalendar = .englandAndWales
    ) -> [Clock] {
        func read(_ timescale: Timescale, from start: LocalDate, to end: LocalDate?, extended: Extension?) -> Clock {
            Clock(timescale, started: start, extended: extended, pauses: stage.pauses, stopped: end,
                  asOf: asOf, calendar: calendar)
        }
        let statutory = procedure == .statutory
        switch stage.level {
        case .stage1:
            let timescale = statutory ? timescales.statutoryStage1 : timescales.corporateStage1
            return [read(timescale, from: stage.received, to: stage.responded, extended: stage.extended)]
        case .stage2:
            let timescale = statutory ? timescales.statutoryStage2 : timescales.corporateStage2
            return [read(timescale, from: stage.received, to: stage.responded, extended: stage.extended)]
        case .stage3:
            var clocks = [read(timescales.stage3Panel, from: stage.received,
                               to: stage.panelHeld ?? (stage.panelReported == nil ? stage.responded : nil),
                               extended: stage.extended)]
            if let held = stage.panelHeld {
                clocks.append(read(timescales.stage3Report, from: held, to: stage.panelReported, extended: nil))
                if let reported = stage.panelReported {
                    clocks.append(read(timescales.stage3Response, from: reported, to: stage.responded, extended: nil))
                }
            }
            return clocks
        case .ombudsman:
            return [read(timescales.ombudsmanEnquiry, from: stage.received, to: stage.responded, extended: stage.extended)]
        }
    }

    /// The clock that matters now: the last clock of the furthest stage, or `nil` when the
    /// case has no stages.
    public func currentClock(
        timescales: Timescales = .standard, asOf: LocalDate, calendar: WorkingDayCalendar = .englandAndWales
    ) -> Clock? {
        guard let stage = currentStage else { return nil }
        return clocks(for: stage, timescales: timescales, asOf: asOf, calendar: calendar).last
    }

    /// Whether the case is open and its current clock has run past its due date.
    public func isOverdue(
        timescales: Timescales = .standard, asOf: LocalDate, calendar: WorkingDayCalendar = .englandAndWales
    ) -> Bool {
        guard isOpen, let clock = currentClock(timescales: timescales, asOf: asOf, calendar: calendar) else {
            return false
        }
        return clock.status == .overdue
    }
}
