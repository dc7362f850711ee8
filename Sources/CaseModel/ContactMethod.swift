/// How the representation reached the council.
public enum ContactMethod: String, Labelled {
    case email
    case letter
    case phone
    case webForm = "web-form"
    case inPerson = "in-person"

    public var label: String {
        switch self {
        case .email: "Email"
        case .letter: "Letter"
        case .phone: "Phone"
        case .webForm: "Web form"
        case .inPerson: "In person"
        }
    }

    public static var aliases: [String: ContactMethod] {
        [
            "e-mail": .email, "post": .letter, "telephone": .phone, "tel": .phone, "phone-call": .phone,
            "online": .webForm, "online-form": .webForm, "website": .webForm, "web": .webForm,
            "face-to-face": .inPerson, "visit": .inPerson,
        ]
    }
}
