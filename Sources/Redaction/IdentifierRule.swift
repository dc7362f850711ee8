import Lexicon
import PCRE2

/// One pattern for a structured identifier, with the check a match must pass.
struct IdentifierRule: Sendable {
    /// What the check needs beyond the pattern.
    enum Check: Sendable {
        /// The pattern is enough.
        case none
        /// Ten digits with a valid NHS mod-11 check digit, and either "NHS" nearby or
        /// the 3-3-4 spacing NHS numbers are written with.
        case nhsNumber
        /// A phone number with a plausible count of digits.
        case phoneDigits
        /// A school name that is more than a generic phrase ("the Virtual School").
        case schoolName
        /// A school name in capitals whose own name is words no dictionary has
        /// ("GREENWOOD ACADEMY", not "A NEW SCHOOL"): see
        /// ``IdentifierChecks/trimCommonCapitalWords(_:_:_:)``.
        case schoolNameCapitals
        /// A council reference, with the year and the slash written before it joined to
        /// it ("24/CS/0301": the pattern starts at a capital, so that its windows are
        /// searched quickly).
        case yearPrefix
        /// A reference with a case system's or a log's name in capitals just before it,
        /// taken in: "LCS 2038871", "CAD 4471" (not "LGSCO 23 014 552" nor "UAN 3301-…",
        /// where readers take the reference to be the digits).
        case systemPrefix
        /// A reference that no business's number word comes before ("invoices KIF-10477
        /// and KIF-10481", "contract reference TRN-FW-0917": see
        /// ``IdentifierChecks/followsBusinessNumberWord(_:_:)``).
        case notBusinessNumber
    }

    /// Where in a document the rule can match, so that it runs only on windows around
    /// what it needs instead of over every byte.
    enum Anchor: Sendable {
        /// Around runs of digits that pass `trigger`: `left` bytes before, `right` after.
        case digits(left: Int, right: Int, trigger: DigitTrigger)
        /// Around the birth keywords (DOB, born, date of birth).
        case birth(left: Int, right: Int)
        /// Around the word "born" alone of the birth keywords.
        case born(left: Int, right: Int)
        /// Around the plural birth keywords alone: "DOBs", "dates of birth".
        case births(left: Int, right: Int)
        /// Around each `@`.
        case at(left: Int, right: Int)
        /// Around the keywords of ``IdentifierRule/keywords`` in `group` (Cottage,
        /// Flat ...).
        case keyword(left: Int, right: Int, group: KeywordGroup)
        /// From the start of the run of capitalised words (and "of", "and", "the" ...)
        /// on the keyword's line just before it, to `right` bytes after: where a name
        /// ending in a keyword of `group` can start ("St Mary and St Joseph's Primary
        /// School"). The pattern must end its matches at most `reach` bytes after a
        /// keyword of `group` (" Referral Unit" after "Pupil"), with `\b`: the window
        /// is cut soon after its last keyword (see
        /// ``AnchorScan/forEachWindow(for:in:_:)``).
        case titleRun(right: Int, reach: Int, group: KeywordGroup)
    }

    let name: StaticString
    let type: EntityType
    let pattern: Pattern
    /// The capture group holding the identifier (0: the whole match).
    let group: Int
    let check: Check
    let anchor: Anchor

    init(_ name: StaticString, _ type: EntityType, _ source: String, group: Int = 0, check: Check = .none,
         anchor: Anchor, options: PatternOptions = .default) {
        self.name = name
        self.type = type
        // The patterns are part of the program: a compile error is a programming error.
        do {
            self.pattern = try Pattern(source, options: options)
        } catch {
            fatalError("identifier rule \(name): \(error)")
        }
        self.group = group
        self.check = check
        self.anchor = anchor
    }
}

extension IdentifierRule {
    static let months = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    /// The months a date of birth is written with: the English ones in any case ("my
    /// birthday is 11 march 2008"), and those of the Afghan and Iranian solar calendars
    /// and the Ethiopian one, as young people give their birthdays ("15 Hamal 1387", "18
    /// Esfand 1386", "3 Meskerem 1999").
    static let birthMonths = "(?i:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
        + "|Hamal|Sawr|Jawza|Saratan|Asad|Sunbula|Mizan|Aqrab|Qaws|Jadi|Dalw|Hut"
        + "|Farvardin|Ordibehesht|Khordad|Tir|Mordad|Amordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand"
        + "|Meskerem|Tikimt|Tikemt|Hidar|Hedar|Tahsas|Yekatit|Megabit|Miyazia|Ginbot|Sene|Hamle|Nehase|Pagume)"
    /// ``date`` with ``birthMonths``, for the rules that a birth's word anchors.
    static let birthDate = dateWith(birthMonths)
    static let date = dateWith(months)
    /// A date, its months written as `m` says: "12/03/2016", "2016-03-12", "2016.03.12"
    /// and "2016. 03. 12." (as Hungarian records write it), "12th of March 2016", "March
    /// 12, 2016", "March 2016".
    static func dateWith(_ m: String) -> String {
        #"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|(?:19|20)\d\d\. ?[01]\d\. ?[0-3]\d\.?|\d{1,2}(?:st|nd|rd|th)?(?: of)? "# + m + #"\.?,?(?: \d{4})?|"# + m + #" \d{1,2}(?:st|nd|rd|th)?,? \d{4}|"# + m + #" \d{4})"#
    }

    static let streetTypes = "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Court|Ct|Place|Pl|Grove|Gardens|Gdns|Terrace|Walk|Row|Square|Sq|Mews|Hill|Park|Rise|View|Green|Parade|Mount|Vale|Fold|Croft|Gate|Wharf|Meadows?|Chase|Brow|Bank|Side|Boulevard|Parkway|Crossing|Yard|Wynd|Heights|End|Approach|Circus|Quay|Lea|Villas|Cottages|Common|Hollow|Field|Fields|Grange|Glade|Dene|Nook|Path|Barns|Site|Estate|Mansions"
    /// ``streetTypes`` as the street-address pattern spells them: grouped by first letter
    /// ("R(?:oad|d|ow|ise)|S(?:treet|t|...)"), so a failed attempt costs a byte test
    /// and one group rather than one test for each of eighty words. The same words in
    /// the same order: followed by `\b`, at most one of them matches at a place, so
    /// grouping them changes no match.
    static let streetTypesGrouped = grouped(streetTypes)

    /// Alternatives (separated by "|", each starting with a literal letter) grouped by
    /// their first letter, in order of first appearance.
    static func grouped(_ alternatives: String) -> String {
        var initials: [Character] = []
        var rests: [Character: [Substring]] = [:]
        for alternative in alternatives.split(separator: "|") {
            let initial = alternative.first!
            if rests[initial] == nil { initials.append(initial) }
            rests[initial, default: []].append(alternative.dropFirst())
        }
        return initials.map { "\($0)(?:\(rests[$0]!.joined(separator: "|")))" }.joined(separator: "|")
    }

    /// A Welsh street, its type first: "Heol y Coed", "Ffordd Las", "Stryd Fawr", "Lôn
    /// Isaf", "Maes yr Haf", "Rhodfa'r Môr".
    static let welshStreet = #"(?:Heol|Ffordd|Stryd|Lôn|Lon|Rhodfa|Cilgant|Maes|Clos|Cwrt)(?:'r)?\s+(?:(?:y|yr)\s+)?\p{Lu}[\p{L}'’-]*"#

    /// A street named in one word ending in "way", before a comma or the line's end:
    /// "40 Kingsway,", "12 Broadway" (``AnchorScan/isWayStreet(_:_:)`` opens its window).
    static let wayStreet = #"(?!(?i:"# + wayWords.joined(separator: "|") + #")\b)\p{Lu}\p{Ll}{2,}way(?=,|\r?\n)"#
    /// Words ending in "way" that are no street: "2 Anyway, …".
    static let wayWords = ["anyway", "halfway", "midway", "someway", "noway", "subway", "gateway", "doorway", "hallway",
                           "stairway", "runway", "motorway", "railway", "highway", "pathway", "walkway", "driveway",
                           "freeway", "waterway", "alleyway", "partway", "underway", "giveaway", "getaway", "takeaway",
                           "breakaway", "throughway", "headway", "leeway", "castaway", "runaway", "faraway", "straightaway"]

    /// Not a function word after a number: "flat 2 in the house", "3 of the road".
    static let notFunctionWord = #"(?!(?i:the|a|an|and|or|of|in|on|at|to|by|for|my|our|his|her|their|your|with|from|is|was)\s)"#
    /// Not a title after the number: "5.1 Ms Lane's notes" is a paragraph and a person.
    static let notTitle = #"(?!(?i:mr|mrs|ms|miss|mx|dr)\.?\s)"#
    // (A meeting's room is no home: not after a meeting-room word, "Conference Room 1,
    // Ashgrove House", nor after a time, "13:30, Room 5, Kingfisher House".)
    // (The look-behind is tried only once "Room" has matched.)
    static let flat = #"(?:Flat|Apartment|Apt|Unit|Suite|Plot|Pitch|Bay|Caravan|flat|room|unit|apartment|Room(?<!:\d\d, Room|Conference Room|Interview Room|Training Room|Meeting Room|Committee Room|Seminar Room|Council Room|Contact Room|Visiting Room|Therapy Room|Board Room|Family Room))\s+(?:\d+[A-Za-z]?|[A-Z])\b,?\s+"#
    /// The words a house's or a block's name ends with: "Rose Cottage", "The Old Forge",
    /// "Brunel Tower".
    static let houseWords = ["Cottage", "House", "Farm", "Lodge", "Barn", "Manor", "Bungalow", "Hall", "Forge", "Granary", "Tower",
                             "Stables", "Rectory", "Vicarage", "Villa"]
    /// A floor before an address, part of it: "4th Floor, Mercer House, 22 Albion
    /// Street", "First Floor, 212 Soho Road".
    static let floor = #"(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Ground|Top|Lower Ground|Upper Ground|Basement)[ \t]+Floor,?[ \t]+"#
    /// Not a school, a club or a centre's word after a street's name: "Longford Park
    /// Academy", "Marsh Lane Youth Club".
    static let notInstitution = #"(?![ \t]+(?:Academy|School|Primary|Infants?|Juniors?|College|Nursery|Youth|Leisure|Community|Health|Medical|Surgery|Children's|Family|Sports)\b)"#
    /// A compass point after a street's type, on the same line and as a whole word ("14
    /// Mill Road West"; not the start of the next line's "Eastwold").
    static let compass = #"(?:[ \t]+(?:North|South|East|West|NORTH|SOUTH|EAST|WEST)\b)?"#

    /// Cheap byte checks on a run of digits, so a rule runs only where it could match.
    enum DigitTrigger: Sendable {
        /// Any run.
        case any
        /// UK phone: the run starts with 0, or is 44 after + or 00.
        case phone
        /// NHS number: a run of 3 or 10 digits.
        case nhs
        /// NI number: a run of 2 or 6 digits after two letters (and a space or dash).
        case nino
        /// Postcode: a run of 1 to 3 digits beside capital letters ("DN551PT").
        case postcode
        /// LGSCO reference: two digits, a space, three digits, a space and three digits
        /// ("23 012 345").
        case lgsco
        /// Council reference: a run after a letter, a dash or a slash.
        case councilReference
        /// A run of digits in a reference written after one of ``labelWords`` ("Ref:
        /// ABC-12345", "Mosaic ID 1234567", "ref: 23/456").
        case labelled
        /// House number: a run of up to 4 digits followed by a space (or a letter, a
        /// comma) and a capital.
        case houseNumber
        /// As ``houseNumber``, after a comma: the street after a house's name ("Orchard
        /// View, 6 Moss Lane").
        case houseNumberAfterComma
        /// House number before a street written in capitals ("3 ST JOHN'S ROAD"): as
        /// ``houseNumber``, with two capitals starting the next word.
        case houseNumberCapitals
        /// House number before a street written in lower case ("112 station road"): one
        /// or two lower-case words and a street's type.
        case houseNumberLowercase
        /// As ``houseNumberLowercase``, for a type that is a word too ("way", "court"),
        /// after "at", "is", "to", "from", "on" or "in".
        case houseNumberLowercaseWord
        /// A flat's number after "flat" or "apartment" in any case ("flat 3 marlowe
        /// court", "FLAT 6, ASHWORTH HOUSE").
        case flatNumber
    }

    /// The words a reference label ends with: the last word of each label of the
    /// labelled-reference rule ("our ref", "case number", "Mosaic ID", "ref. no.").
    static let labelWords = WordSet(labelWordList)
    static let labelWordList = ["ref", "reference", "case", "complaint", "number", "no", "mosaic", "id", "lcs",
                                "eclipse", "record", "referral", "file", "ids", "uan", "crn", "log", "liquidlogic", "controcc"]

    /// Which rules a keyword anchors: each rule runs only around its own keywords.
    struct KeywordGroup: OptionSet, Sendable {
        let rawValue: UInt8
        /// The words a school's name ends with.
        static let school = KeywordGroup(rawValue: 1 << 0)
        /// The words a house name ends with.
        static let house = KeywordGroup(rawValue: 1 << 1)
        /// The words a flat, unit or plot starts with.
        static let flat = KeywordGroup(rawValue: 1 << 2)
        /// The words a school's name in capitals ends with.
        static let schoolCapitals = KeywordGroup(rawValue: 1 << 3)
        /// "Floor", before an address ("4th Floor, Mercer House, 22 Albion Street").
        static let floor = KeywordGroup(rawValue: 1 << 4)
        /// The apps and words a user name is given after ("Snapchat", "Discord").
        static let social = KeywordGroup(rawValue: 1 << 5)
        /// "Office" of "Home Office", before the date of birth it gave a child.
        static let homeOffice = KeywordGroup(rawValue: 1 << 6)
        /// "Ysgol", which opens a Welsh school's name ("Ysgol Gymraeg Bro Alun").
        static let welshSchool = KeywordGroup(rawValue: 1 << 7)
    }

    /// The words that anchor keyword rules, with the rules they anchor: schools, house
    /// names, flats and plots (matched exactly, as whole words; see ``AnchorWords``).
    /// The birth rule is anchored on ``AnchorWords/birthPhrases`` and "DOB"/"D.O.B".
    static let keywords: [(word: String, group: KeywordGroup)] =
        ["School", "Academy", "College", "Nursery", "Primary", "Infants", "Juniors", "Pupil", "PRU", "UTC", "Learning", "Sixth", "High",
         "Grammar", "Secondary", "Vocational", "Tuition", "Comprehensive", "Modern"].map { ($0, .school) }
        + IdentifierRule.houseWords.map { ($0, .house) }
        + ["Flat", "Apartment", "Apt", "Unit", "Room", "Plot", "Pitch", "Bay", "Caravan"].map { ($0, .flat) }
        + ["SCHOOL", "ACADEMY", "COLLEGE", "PRIMARY", "HIGH", "GRAMMAR"].map { ($0, .schoolCapitals) }
        + [("Floor", .floor)]
        + socialWords.map { ($0, .social) }
        + [("Office", .homeOffice), ("Ysgol", .welshSchool)]

    /// The apps and labels a user name follows: "Snapchat name is \"lil.levz07\"".
    static let socialWords = ["Snapchat", "Snap", "Instagram", "Insta", "TikTok", "Tiktok", "Discord", "WhatsApp", "Facebook", "Twitter",
                              "Xbox", "PlayStation", "PSN", "Telegram", "Threads", "Username", "Gamertag", "Handle"]

    /// A user name: letters and digits joined by dots or underscores ("lil.levz07",
    /// "kez_mcr_44"), or letters and digits mixed ("deezy4u"; not "10pm", "3.30pm", "Y10", "2nd"),
    /// or, in quotes, a capital inside lower case ("\"xXnightcrowXx\""); no file's or
    /// web address's ending, no e-mail address.
    static let userName = #"(?<![\w.@/'’-])(?![\w.]*\.(?:com|co|uk|org|net|gov|nhs|docx?|pdf|xlsx?|jpe?g|png|mp4|txt)\b)(?!\d+(?:[.:]\d\d)?(?:am|pm|st|nd|rd|th|s|m|yrs?|k|mb|gb)\b)(?=[\w.]*[A-Za-z][\w.]*[A-Za-z])(?![A-Z]{1,3}\d{1,2}\b)(?=[\w.]{4,30}(?![\w@]))(?:[A-Za-z0-9]*(?:[A-Za-z0-9][._][A-Za-z0-9]|[A-Za-z][0-9]|[0-9][A-Za-z])[\w.]*(?<!\.)|(?<=["“'‘])[a-z][A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*(?=["”'’]))(?![\w@])"#

    /// The shipped rules, in the order they run.
    static let all: [IdentifierRule] = [
        IdentifierRule("email", .email,
            #"(?<![\w.+-])[\w.%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"#, anchor: .at(left: 80, right: 260)),
        // A user name after the app it is on, in the same line: "Snapchat name is
        // \"lil.levz07\"", "a boy on Snap called jaybandz_n17", "Discord, \"xXnightcrowXx\"".
        IdentifierRule("user-name", .person,
            #"\b(?:"# + socialWords.joined(separator: "|") + #")\b[^\n]{0,70}?("# + userName + ")", group: 1,
            anchor: .keyword(left: 0, right: 110, group: .social)),
        // A social media handle: "Replying to @ruechikwanha", "@tatty_m04", "@NyashaDubeSW";
        // not an organisation's ("@WestmoorCouncil", "@HarrowdeneFostering", "@BBCNews",
        // "@brookfieldfamilyhubs"),
        // nor an e-mail address.
        IdentifierRule("social-handle", .person,
            #"(?<![\w.%+'’@-])@(?![\w.]*(?:(?i:council|police|nhs|fostering|adoption|team|service|hub|trust|news|radio|academy|school|college|children|families|youth|media|press)|CC\b|Gov|GOV|BBC|ITV|FC\b|UK\b|Official))([A-Za-z0-9_](?:[\w.]{0,28}[A-Za-z0-9_])?)(?![\w@]|\.[A-Za-z])"#,
            group: 1, anchor: .at(left: 0, right: 32)),
        IdentifierRule("uk-phone", .phone,
            #"(?<![\w+])(?<!\d[-/])(?:(?:\+|00)44[ .-]?(?:\(0\)[ .-]?)?|\(0|0)\d(?:[ .-]?\)?[ .-]?\d){8,9}(?!\d)"#,
            check: .phoneDigits, anchor: .digits(left: 12, right: 24, trigger: .phone)),
        IdentifierRule("nhs-number", .nhs,
            #"(?<![\d/-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d/-])"#, check: .nhsNumber, anchor: .digits(left: 4, right: 14, trigger: .nhs)),
        IdentifierRule("nino", .nino,
            #"\b[A-Z]{2}[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?[A-D]\b"#, anchor: .digits(left: 5, right: 10, trigger: .nino)),
        IdentifierRule("uk-postcode", .postcode,
            #"\b(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2}\b"#, anchor: .digits(left: 6, right: 6, trigger: .postcode)),
        // (Also a date in a form's box, its digits and slashes spaced as scanned: "DOB: [ 08 /
        // 08 / 2015 ]", "Date of birth: [ 0 4 / 0 7 / 2 0 1 0 ]".)
        IdentifierRule("date-of-birth", .dob,
            #"(?:(?i:\b(?:d\.?o\.?b\b\.?|date of birth\b|birth ?date\b|born\b|birthday\b))|(?:(?<=\()|(?<=, ))b\.(?= \d))(?:[\s:,(\[-]{0,4}(?:(?:is|was|on|in|of|as)\s+)?|[^.\n]{0,40}?[\s(])("# + birthDate + #"(?: \("# + birthDate + #"\))?"#
            + #"|\d(?: ?\d)? ?/ ?\d(?: ?\d)? ?/ ?\d(?: ?\d){1,3}(?![ \d]*\d))"#,
            group: 1, anchor: .birth(left: 2, right: 80)),
        // Children's dates of birth listed after "DOBs" or "dates of birth": "Kids' DOBs per
        // PC: 04/04/2018 and 30/10/2021", "Dates of birth: 01/02/2015, 03/04/2016" (each
        // date after the first continues the list from where the last one ended).
        IdentifierRule("dates-of-birth", .dob,
            #"(?:(?i:\b(?:d\.?o\.?b\.?s|dates of birth)\b)[^.\n]{0,40}?[\s(:]|\G(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*))("# + birthDate + #")(?![\d/-]|\.\d)"#,
            group: 1, anchor: .births(left: 2, right: 120)),
        // The date of birth the Home Office gave an unaccompanied child, later in the same
        // sentence: "the Home Office wrote 01/01/2005 because", "Home Office record at the
        // time: 01/01/2001" (a child's year, 1990 to 2012: not the date of a letter).
        IdentifierRule("home-office-birth-date", .dob,
            #"\bHome Office\b[^.\n]{0,60}?(?<![\d/.-])(\d{1,2}[./-]\d{1,2}[./-](?:199\d|200\d|201[0-2])|\d{1,2}(?:st|nd|rd|th)? "# + months
                + #" (?:199\d|200\d|201[0-2]))(?![\d/.-]?\d)"#,
            group: 1, anchor: .keyword(left: 14, right: 110, group: .homeOffice)),
        // What a birth certificate shows: "the birth certificate shows 13 June 2021" (not
        // "named on the birth certificate after December 2003").
        IdentifierRule("birth-certificate", .dob,
            #"(?i:\bbirth certificate)\s+(?:shows|says|gives|reads|states|has|records)\s+(?:it\s+as\s+|that\s+)?("# + birthDate + ")",
            group: 1, anchor: .birth(left: 2, right: 80)),
        // A date before "born" with at most three words between, as chronologies write
        // births: "| 14/06/2011 | WG born |", "On 3 March 2024 her son was born" (not
        // across a sentence's end or a line's: "of 14 January. My granddaughter was born").
        IdentifierRule("date-before-born", .dob,
            #"(?<![\d/.-])("# + birthDate + #")(?<!\.)(?=[ \t|,:–-]{1,5}(?:[A-Za-z'’-]+[ \t,]{1,3}){0,3}(?i:born)\b)"#, group: 1, anchor: .born(left: 60, right: 5)),
        IdentifierRule("lgsco-reference", .caseRef, #"(?<![\d£$.,])\b\d{2} \d{3} \d{3}\b(?!\d|,\d)"#, anchor: .digits(left: 4, right: 10, trigger: .lgsco)),
        IdentifierRule("council-reference", .caseRef,
            #"\b(?:[A-Z]{2}\d{2}[CPZ]\d{5}|[A-Z]{2,5}[-/]?(?:\d{2,4}[-/])?\d{4,8}(?:-\d{1,3})?(?:/\d{1,4}\b)?|[A-Z]\d{7}|[A-Z]{1,5}\d?(?:[-/][A-Z]{1,5}\d?)*[-/](?:\d{2}[-/]\d{3,6}|\d{3,4}[-/]\d{2,6})|[A-Z]{2,5}[-/][A-Z]{1,5}\d{0,2}[-/]\d{4,8}|[A-Z]{2,5}(?:[-/](?:[A-Z]{1,5}\d{0,2}|\d{2,4})){2,5}[-/](?!(?:19|20)\d\d\b)\d{3,8}|[A-Z]{2}\d{3}/\d{2}/\d{5}|[A-Z]{2,5}[-/][A-Z]{1,4}\d{1,2}[-/]\d{2}[-/]\d{2,6}|(?<![A-Za-z] )(?!(?:TOTAL|COST|PAGE|ROOM|YEAR|TEL|FAX|MOB|PO|BOX|ID|IDS|LCS|REF|NO|CASE|FILE)\b)[A-Z]{2,5} [1-9]\d{5,7}(?![.,/-]?\d))\b"#, check: .yearPrefix, anchor: .digits(left: 12, right: 16, trigger: .councilReference)),
        // Two or more codes of capitals, a dash and a number listed together, as learning
        // reviews cite the complaints behind them: "(EHE-C-031, EHE-C-044, EHE-C-052)",
        // "(C-1044, C-1102 and C-1157)"; alone, "C-1044" could be anything.
        // (Each code alone: one with another after it, one with a number's end before.)
        IdentifierRule("reference-list", .caseRef,
            #"\b[A-Z]{1,5}(?:-[A-Z]{1,5})?-\d{3,6}\b(?=(?:,? and |, | & )[A-Z]{1,5}(?:-[A-Z]{1,5})?-\d{3,6}\b)|(?<=\d{3}, |\d{3} and |\d{3} & )[A-Z]{1,5}(?:-[A-Z]{1,5})?-\d{3,6}\b"#,
            check: .notBusinessNumber, anchor: .digits(left: 24, right: 30, trigger: .councilReference)),
        IdentifierRule("labelled-reference", .caseRef,
            #"(?i:\b(?:ref(?:erence)?|case|complaint|our ref|your ref|case number|mosaic(?: ids?)?|lcs(?: ids?)?|eclipse(?: ids?)?|record|contact record|referral|file|ids?|uan|crn|(?:police |incident |crime )?log|(?:employee|staff|payroll)(?= no\b| number\b)|liquidlogic|controcc)\b\.?(?: no\.?| number)?(?:[:#]|\s?[-–(])?(?:[ \t]{3,12}|\s{0,2})(?:(?:is|was)\s{1,2})?)((?!\d{1,2}[/-]\d{1,2}(?:[/-]\d{2}(?:\d{2})?)?\b(?![/-][A-Za-z0-9]))(?!(?:19|20)\d\d[/-](?:\d\d|(?:19|20)\d\d)\b(?![/-]))(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{3,}[A-Z0-9]|[A-Z]{2,5} (?:\d{3,8}(?: \d{4,8}){1,2}|(?!(?:19|20)\d\d\b)\d{4,8}))\b"#,
            group: 1, check: .systemPrefix, anchor: .digits(left: 40, right: 24, trigger: .labelled)),
        IdentifierRule("street-address", .address,
            #"\b(?<!\d[.:])(?:"# + flat + #")?(?:\d{1,4}[A-Za-z]?|(?:\d{1,3}|(?!19|20)\d{4})[A-Za-z]?,)\s+"# + notTitle + #"(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:"# + streetTypesGrouped + #")\b(?:(?<=St|Rd|Ave|Ln|Dr|Cres|Ct|Pl|Gdns|Sq)\.)?"# + compass + "|" + welshStreet + "|" + wayStreet + ")"
            // (Not a school or a club named after a street: "Kaydon, 13, Longford Park
            // Academy", "2 Marsh Lane Youth Club".)
            + notInstitution
            // A row of cottages or a court on a street named after it: "6 Coronation
            // Cottages, Mill Lane".
            // (Only the words that name nothing but a street: "Oakden Vale", "Moss Side"
            // and "Hyde Park" are places.)
            + #"(?:,[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,2}(?:Road|Street|Lane|Avenue|Drive|Close|Crescent|Terrace|Grove|Gardens|Mews)\b)?"#,
            anchor: .digits(left: 24, right: 120, trigger: .houseNumber)),
        IdentifierRule("street-address-capitals", .address,
            #"\b(?<!\d[.:])(?:(?:FLAT|APARTMENT|UNIT|ROOM)\s+(?:\d+[A-Z]?|[A-Z])\b,?\s+)?\d{1,4}[A-Z]?,?\s+"# + notTitle + #"(?:[A-Z][A-Z'’-]+\s+){1,3}(?:ROAD|STREET|AVENUE|LANE|CLOSE|DRIVE|WAY|CRESCENT|COURT|PLACE|GROVE|GARDENS|TERRACE|WALK|ROW|SQUARE|MEWS|HILL|PARK|RISE|VIEW|GREEN|PARADE)\b"# + compass, anchor: .digits(left: 24, right: 100, trigger: .houseNumberCapitals)),
        // In a text message or a letter in capitals: "im still at 112 station road",
        // "flat 3 marlowe court", "flat 2 9 canal street", "FLAT 6, ASHWORTH HOUSE" (not
        // "flat 2 in the house").
        // (A type that is an ordinary word too only after "at", "is", "to", "from", "on" or
        // "in": "my address is 16 calder way", "the flat at 27 farrow court"; not "a 2 hour
        // drive".)
        IdentifierRule("street-address-lowercase", .address,
            #"\b(?<!\d[.:/])\d{1,4}[a-z]?,?[ \t]+"# + notFunctionWord + #"(?:[a-z][a-z'’-]+[ \t]+){1,2}(?:road|street|lane|avenue|crescent|grove|rd)\b"#,
            anchor: .digits(left: 8, right: 60, trigger: .houseNumberLowercase)),
        IdentifierRule("street-address-lowercase", .address,
            #"(?<=\bat |\bis |\bto |\bfrom |\bon |\bin )(?!(?:19|20)\d\d\b)\d{1,4}[a-z]?,?[ \t]+"# + notFunctionWord
            + #"(?:[a-z][a-z'’-]+[ \t]+){1,2}(?:way|close|court|drive|gardens|terrace|mews|walk)\b"#,
            anchor: .digits(left: 8, right: 60, trigger: .houseNumberLowercaseWord)),
        IdentifierRule("flat-any-case", .address,
            #"\b(?i:flat|apartment)[ \t]+\d{1,4}[A-Za-z]?\b,?[ \t]+(?:\d{1,4}[a-z]?,?[ \t]+)?"# + notFunctionWord + #"(?:[A-Za-z][A-Za-z'’-]*[ \t]+){1,3}(?i:house|court|lodge|tower|mansions|heights|point|place|gardens|hostel|foyer|road|street|lane|avenue|drive|close|way|crescent|terrace|grove)\b"#,
            anchor: .digits(left: 12, right: 90, trigger: .flatNumber)),
        IdentifierRule("flat-in-building", .address,
            #"\b"# + flat + #"(?:\d{1,4}[A-Za-z]?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:House|Court|Lodge|Tower|Mansions|Building|Heights|Point|Place|Gardens|Park|Site|Bridge|Foyer|Hostel|"# + streetTypes + #")\b(?:,\s+(?:\d{1,4}\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:"# + streetTypes + #")\b)?"#, anchor: .keyword(left: 2, right: 200, group: .flat)),
        // A floor before an address, a block's name between: "4th Floor, Mercer House, 22
        // Albion Street", "First Floor, 212 Soho Road" (a rule of its own, run only
        // around "Floor", so the street rule's every attempt does not try it).
        IdentifierRule("floor-address", .address,
            #"\b"# + floor + #"(?:(?:\p{Lu}\p{Ll}+\s+){1,2}(?:"# + houseWords.joined(separator: "|") + #"),\s+)?(?:"# + flat
                + #")?\d{1,4}[A-Za-z]?,?\s+"# + notTitle + #"(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:"# + streetTypesGrouped
                + #")\b(?:(?<=St|Rd|Ave|Ln|Dr|Cres|Ct|Pl|Gdns|Sq)\.)?"#,
            anchor: .keyword(left: 24, right: 120, group: .floor)),
        IdentifierRule("house-name", .address,
            #"\b(?:(?!(?:County|Town|City|Council|Civic|Village|Church|Guild|Borough|Parish|Market|Community|Memorial|Sports|Assembly)\s+Hall\b)\p{Lu}\p{Ll}+\s+){1,2}(?:"# + houseWords.joined(separator: "|") + #")(?=,\s*(?:\d{1,4}\s+\p{Lu}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*,?\s*[A-Z]{1,2}\d))"#, anchor: .keyword(left: 40, right: 90, group: .house)),
        // A house's name before its number and street, after an address's label or "at":
        // "Address: Orchard View, 6 Moss Lane", "we live at Yr Hen Gapel, 9 Chapel
        // Street", "ADDRESS: THE OLD FORGE, 2 MILL LANE" (not after a name: "Mr Leonard
        // Cattermole, 40 Rectory Lane" keeps the name a person's).
        IdentifierRule("named-house-address", .address,
            #"[A-Z](?<=(?i:address): [A-Z]|(?i:address):\t[A-Z]|(?i:address), [A-Z]|(?i:address) is [A-Z]|\bat [A-Z])[\p{L}'’-]*(?:[ \t]+(?:na|yr|y|an|nan|\p{Lu}[\p{L}'’-]*)){0,3}"#
                + #"(?<!Surgery|Centre|Center|Hotel|Inn|Hospital|Clinic|Practice|Office|Offices|Library|Church|Mosque|Temple|Station|School|Academy|College|Nursery|Travelodge|Hostel|Council|Services|Hub|Ltd|Limited|County Hall|Town Hall|City Hall|Civic Hall|Village Hall|Church Hall|Guildhall|Council House|Market Hall|Community Hall),[ \t]*"#
                + #"(?:\d{1,4}[A-Za-z]?[ \t]+(?:(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}(?:"# + streetTypesGrouped + #")\b|"# + welshStreet + ")"
                + #"|(?<=[A-Z],[ \t]|[A-Z],)\d{1,4}[A-Z]?[ \t]+(?:[A-Z][A-Z'’-]+[ \t]+){1,3}(?:ROAD|STREET|AVENUE|LANE|CLOSE|DRIVE|WAY|CRESCENT|COURT|PLACE|GROVE|GARDENS|TERRACE|WALK|ROW|SQUARE|MEWS|HILL|PARK|RISE|VIEW|GREEN|PARADE)\b)"#,
            anchor: .digits(left: 48, right: 60, trigger: .houseNumberAfterComma)),
        // A house's number and a street of any name, its town and postcode after:
        // "88 Whalley Range, Blackburn, BB1 6EF", "16 Brus Corner, Hartlepool TS24 9LP",
        // "3 Maes-y-Coed, Oswestry SY11 2LP", "118 Green Lanes, London, N16 9DJ" (run
        // only around a postcode; not a floor's or a room's number).
        IdentifierRule("street-before-postcode", .address,
            #"\d(?<![\w.:/£-]\d)(?<!Floor \d|Room \d|Level \d|Unit \d|Page \d|Year \d)\d{0,3}[A-Za-z]?,? "# + notTitle + notFunctionWord
                + #"(?:\p{Lu}[\p{L}'’-]* (?:(?:y|yr|na|an|le|la|de) )?){0,2}\p{Lu}[\p{L}'’-]*"#
                + #"(?=(?:,[ \t]*|[ \t]*\r?\n[ \t]*)(?:\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}(?:,[ \t]*|[ \t]*\r?\n[ \t]*|[ \t]+))?"#
                + #"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b)"#,
            anchor: .digits(left: 64, right: 4, trigger: .postcode)),
        // A Welsh school, its kind first: "Ysgol Gymraeg Bro Alun", "Ysgol y Graig".
        IdentifierRule("welsh-school", .school,
            #"\bYsgol(?:[ \t]+(?:y|yr|a|ac|\p{Lu}[\p{L}'’-]*)){0,3}[ \t]+\p{Lu}[\p{L}'’-]*"#,
            anchor: .keyword(left: 0, right: 70, group: .welshSchool)),
        IdentifierRule("school", .school,
            #"\b(?:(?:St\.?|Saint|Holy|Our Lady(?: of)?|Sacred)[ \t]+)?(?:(?:[ua]l-)?\p{Lu}[\p{L}'’-]*+[ \t]++(?:(?:(?<!School |Academy |College )(?:and|of|the|de|on|upon|in)|and(?=[ \t]+Sixth Form))[ \t]++)?){1,5}(?:(?:C of E|CE|C\.E\.|RC|R\.C\.|VA|VC|Catholic|Church of England|Methodist|Community|Infant|Infants|Junior|Juniors|Primary|Secondary|High|Grammar|Special|Nursery|Free|Studio|Technical|Sixth Form|Church|Voluntary Aided)[ \t]++)*(?:School|Academy|College|Nursery|Primary|Infants|Juniors|Pupil Referral Unit|PRU|Learning Community|Learning Centre|Vocational Centre|Tuition Centre|Sixth Form|UTC|Comprehensive|Secondary Modern|(?:High|Grammar|Secondary)(?![ \t]+\p{Lu}))\b"#,
            check: .schoolName, anchor: .titleRun(right: 40, reach: 14, group: .school)),
        // A form or a letter in capitals: "SCHOOL: KINGSMERE ACADEMY (YEAR 8)", "SHE WAS AT
        // GREENWOOD ACADEMY". The pattern takes up to three words before the school's
        // kind; the check keeps those no dictionary has.
        IdentifierRule("school-capitals", .school,
            #"\b(?:(?:ST\.?|SAINT)[ \t]+)?(?:[A-Z][A-Z'’-]+[ \t]+){1,3}(?:(?:C OF E|CE|RC|CATHOLIC|COMMUNITY|INFANT|JUNIOR|PRIMARY|SECONDARY|HIGH|FREE|SPECIAL)[ \t]+)*(?:SCHOOL|ACADEMY|COLLEGE|PRIMARY|HIGH|GRAMMAR)\b"#,
            check: .schoolNameCapitals, anchor: .titleRun(right: 10, reach: 8, group: .schoolCapitals)),
    ]
}
