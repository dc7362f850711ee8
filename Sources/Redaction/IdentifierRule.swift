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
    }

    let name: String
    let type: EntityType
    let pattern: Pattern
    /// The capture group holding the identifier (0: the whole match).
    let group: Int
    let check: Check

    init(_ name: String, _ type: EntityType, _ source: String, group: Int = 0, check: Check = .none,
         options: PatternOptions = .default) {
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
    }
}

extension IdentifierRule {
    static let months = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    static let date = #"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?(?: of)? "# + months + #"\.?,?(?: \d{4})?|"# + months + #" \d{1,2}(?:st|nd|rd|th)?,? \d{4}|"# + months + #" \d{4})"#

    static let streetTypes = "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Court|Ct|Place|Pl|Grove|Gardens|Gdns|Terrace|Walk|Row|Square|Sq|Mews|Hill|Park|Rise|View|Green|Parade|Mount|Vale|Fold|Croft|Gate|Wharf|Meadows?|Chase|Brow|Bank|Side|Boulevard|Parkway|Crossing|Yard|Wynd|Heights|End|Approach|Circus|Quay|Lea|Villas|Cottages|Common|Hollow|Field|Fields|Grange|Glade|Dene|Nook|Path|Barns|Site|Estate"
    static let flat = #"(?:Flat|Apartment|Apt|Unit|Room|Plot|Pitch)\s+(?:\d+[A-Za-z]?|[A-Z])\b,?\s+"#
    static let compass = #"(?:\s+(?:North|South|East|West|NORTH|SOUTH|EAST|WEST))?"#

    /// The shipped rules, in the order they run.
    static let all: [IdentifierRule] = [
        IdentifierRule("email", .email,
            #"(?<![\w.+-])[\w.%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"#),
        IdentifierRule("uk-phone", .phone,
            #"(?<![\w+])(?:(?:\+|00)44[\s.-]?(?:\(0\)[\s.-]?)?|\(0|0)\d(?:[\s.-]?\)?[\s.-]?\d){8,9}(?!\d)"#,
            check: .phoneDigits),
        IdentifierRule("nhs-number", .nhs,
            #"(?<![\d/-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d/-])"#, check: .nhsNumber),
        IdentifierRule("nino", .nino,
            #"\b[A-Z]{2}[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?[A-D]\b"#),
        IdentifierRule("uk-postcode", .postcode,
            #"\b(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2}\b"#),
        IdentifierRule("date-of-birth", .dob,
            #"(?i:\b(?:d\.?o\.?b\b\.?|date of birth\b|birth ?date\b|born\b|birthday\b))(?:[\s:,(-]{0,3}(?:(?:is|was|on|in|of|as)\s+)?|[^.\n]{0,40}?[\s(])("# + date + ")",
            group: 1),
        IdentifierRule("lgsco-reference", .caseRef, #"(?<![\d£$.,])\b\d{2} \d{3} \d{3}\b(?![\d,])"#),
        IdentifierRule("council-reference", .caseRef,
            #"\b(?:[A-Z]{2,5}[-/]?(?:\d{2,4}[-/])?\d{4,8}|[A-Z]{1,5}\d?[-/]\d{2,4}[-/]\d{2,6})\b"#),
        IdentifierRule("labelled-reference", .caseRef,
            #"(?i:\b(?:ref(?:erence)?|case|complaint|our ref|your ref|case number|mosaic(?: id)?|lcs(?: id)?|eclipse(?: id)?|record|contact record|referral|file|id)\b\.?(?: no\.?| number)?[:#]?\s{0,2})((?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{3,}[A-Z0-9])\b"#,
            group: 1),
        IdentifierRule("street-address", .address,
            #"\b(?:"# + flat + #")?\d{1,4}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:"# + streetTypes + #")\b\.?"# + compass),
        IdentifierRule("street-address-capitals", .address,
            #"\b\d{1,4}[A-Z]?,?\s+(?:[A-Z][A-Z'’-]+\s+){1,3}(?:ROAD|STREET|AVENUE|LANE|CLOSE|DRIVE|WAY|CRESCENT|COURT|PLACE|GROVE|GARDENS|TERRACE|WALK|ROW|SQUARE|MEWS|HILL|PARK|RISE|VIEW|GREEN|PARADE)\b"# + compass),
        IdentifierRule("flat-in-building", .address,
            #"\b"# + flat + #"(?:\d{1,4}[A-Za-z]?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:House|Court|Lodge|Tower|Mansions|Building|Heights|Point|Place|Gardens|Park|Site|"# + streetTypes + #")\b(?:,\s+(?:\d{1,4}\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:"# + streetTypes + #")\b)?"#),
        IdentifierRule("house-name", .address,
            #"\b(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Cottage|House|Farm|Lodge|Barn|Manor|Bungalow|Hall)(?=,\s*(?:\d{1,4}\s+\p{Lu}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*,?\s*[A-Z]{1,2}\d))"#),
        IdentifierRule("school", .school,
            #"\b(?:(?:St\.?|Saint|Holy|Our Lady(?: of)?|Sacred)[ \t]+)?(?:\p{Lu}[\p{L}'’-]*[ \t]+(?:(?:and|of|the|de|on|upon|in)[ \t]+)?){1,5}(?:(?:C of E|CE|C\.E\.|RC|R\.C\.|VA|VC|Catholic|Church of England|Methodist|Community|Infant|Infants|Junior|Juniors|Primary|Secondary|High|Grammar|Special|Nursery|Free|Studio|Technical|Sixth Form|Church|Voluntary Aided)[ \t]+)*(?:School|Academy|College|Nursery|Primary|Infants|Juniors|Pupil Referral Unit|PRU)\b"#,
            check: .schoolName),
    ]
}
