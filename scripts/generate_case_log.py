#!/usr/bin/env python3
"""Generate samples/cases/case-log.csv: a fictional case log for a council's children's services.

Three financial years (April 2022 to March 2025) of complaints, compliments, comments,
concerns, MP and councillor enquiries and Ombudsman cases, in Candour's canonical CSV
columns (see docs/README-cases.md). Every person, reference and event is made up; the
summaries name fictional people on purpose, so that redaction has something to remove.

The output is deterministic: a fixed seed, no dependence on today's date.

    python3 scripts/generate_case_log.py            # writes samples/cases/case-log.csv
    python3 scripts/generate_case_log.py -o out.csv
"""
import argparse
import csv
import datetime as dt
import random
from pathlib import Path

SEED = 20220401
START = dt.date(2022, 4, 1)
END = dt.date(2025, 3, 31)

# England and Wales bank holidays in the period (as published on GOV.UK).
HOLIDAYS = {dt.date.fromisoformat(d) for d in """
2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27
2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26
2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
2026-01-01 2026-04-03 2026-04-06
""".split()}


def working(day):
    return day.weekday() < 5 and day not in HOLIDAYS


def add_working(day, n):
    while n > 0:
        day += dt.timedelta(days=1)
        if working(day):
            n -= 1
    return day


def next_working(day):
    while not working(day):
        day += dt.timedelta(days=1)
    return day


TEAMS = [
    ("Looked after Children and Disability Services", "Throughcare Team", ["placement", "service-provision", "financial", "change-of-worker"]),
    ("Looked after Children and Disability Services", "Children in Care Team", ["placement", "contact-arrangements", "communication"]),
    ("Looked after Children and Disability Services", "Disabled Children's Team", ["service-provision", "assessment-decision", "delay"]),
    ("Children's Social Care", "Assessment and Intervention Team", ["assessment-decision", "safeguarding-process", "staff-conduct"]),
    ("Children's Social Care", "Child Protection and Court Team", ["safeguarding-process", "record-keeping", "confidentiality"]),
    ("Children's Social Care", "Front Door (MASH)", ["communication", "safeguarding-process"]),
    ("Fostering and Adoption Service", "Supervising Social Work Team", ["carer-support", "financial", "communication"]),
    ("Fostering and Adoption Service", "Kinship Care Team", ["carer-support", "financial", "delay"]),
    ("Fostering and Adoption Service", "Adoption Support", ["carer-support", "service-provision"]),
    ("Education, SEND and Inclusion", "SEND Assessment Team", ["send-ehcp", "delay", "communication"]),
    ("Education, SEND and Inclusion", "Home to School Transport", ["transport", "communication"]),
    ("Early Help and Prevention", "Family Support Team", ["service-provision", "change-of-worker"]),
    ("Early Help and Prevention", "Youth Justice Service", ["staff-conduct", "communication"]),
]

FIRST = ["Leah", "Kai", "Mia", "Tomasz", "Aisha", "Callum", "Ruby", "Zain", "Ellie", "Jayden", "Priya", "Oskar",
         "Freya", "Tyrese", "Nadia", "Owen", "Layla", "Reuben", "Imogen", "Dylan", "Sana", "Harvey", "Poppy", "Idris"]
SURNAMES = ["Amberly", "Thornbury", "Castellan", "Pellow", "Drayfield", "Merrow", "Quillan", "Ashcombe", "Fenwright",
            "Harrowgate", "Lindqvist", "Okonjo", "Brackley", "Tresilian", "Vantongeren", "Marchbank", "Coldridge", "Penhallow"]
WORKERS = ["Ms Ketteridge", "Mr Olawale", "Ms Brennock", "Mr Sallis", "Ms Duquesne", "Mr Hartigan", "Ms Pemberton-Rye"]

PROBLEMS = {
    "communication": ["calls and emails to the social worker were not returned for several weeks",
                      "nobody told the family that the review meeting had been moved",
                      "letters about the plan were confusing and used jargon"],
    "delay": ["the assessment has taken far longer than the timescale she was given",
              "there has been drift in the plan since the summer",
              "the decision on funding was delayed for months"],
    "staff-conduct": ["the worker was dismissive and rude during the home visit",
                      "the tone of the meeting felt judgemental and unprofessional"],
    "confidentiality": ["personal details were shared with the other parent without consent",
                        "a report containing the family's address was sent to the wrong person"],
    "placement": ["the placement is too far from school and friends",
                  "the condition of the semi-independent accommodation is poor",
                  "the placement move happened with no notice"],
    "service-provision": ["the short breaks that were agreed have not been provided",
                          "support promised in the pathway plan has not materialised"],
    "financial": ["the setting-up home allowance has not been paid",
                  "the fostering allowance was reduced without explanation",
                  "an invoice for the direct payment was wrong"],
    "assessment-decision": ["she disagrees with the conclusions of the child and family assessment",
                            "the assessment relied on information that is out of date"],
    "contact-arrangements": ["family time with his brother has been cancelled repeatedly",
                             "contact is not happening as agreed at the review"],
    "change-of-worker": ["the family has had four social workers in a year",
                         "the personal adviser changed without anyone explaining why"],
    "carer-support": ["foster carers were left without support during a placement breakdown",
                      "kinship carers were not told what support they could ask for"],
    "send-ehcp": ["the EHC needs assessment went past the 20-week deadline",
                  "the EHC plan does not reflect the advice from the therapist"],
    "transport": ["the school taxi failed to arrive on several mornings",
                  "the transport application was refused without reasons"],
    "record-keeping": ["the minutes of the conference are inaccurate",
                       "the case record contains wrong information about the father"],
    "safeguarding-process": ["the family was not invited to the strategy discussion",
                             "the child protection conference went ahead without the report being shared"],
    "complaint-handling": ["the earlier complaint was never acknowledged"],
}

COMPLIMENTS = [
    "{first} {surname}, a foster carer, wrote to thank {worker} for support over a difficult summer.",
    "Thanks from {first}, a care leaver, to the personal adviser who helped with the move into a first flat.",
    "{first} {surname} praised the SEND team for a clear and timely EHC plan.",
    "Adopters thanked the adoption support worker for the life story work with {child}.",
    "A parent thanked {worker} for listening and for being honest about the plan for {child}.",
    "A head teacher complimented the Early Help worker for joint work with the school.",
]
COMMENTS = [
    "Suggests the council publishes the fostering allowance rates more clearly online.",
    "Comment that the waiting area at the family centre needs toys for younger children.",
    "A young person suggests care leavers should be able to text their personal adviser.",
    "Feedback that the transport application form is hard to complete on a phone.",
]

GROUPS = [("parent-or-relative", 46), ("child-or-young-person", 12), ("foster-carer", 10), ("special-guardian", 6),
          ("prospective-adopter", 3), ("advocate", 6), ("solicitor", 4), ("professional", 7), ("other", 6)]
METHODS = [("email", 45), ("web-form", 25), ("letter", 10), ("phone", 15), ("in-person", 5)]
KINDS = [("complaint", 46), ("compliment", 19), ("concern", 15), ("mp-enquiry", 8), ("comment", 6), ("ombudsman", 6)]
LEARNING = {
    "communication": ("communication-information", "Managers to make sure calls and emails are answered within two working days."),
    "delay": ("service-delivery", "Track assessments against timescales in supervision."),
    "staff-conduct": ("staff-attitude-behaviour", "Reflective session with the team on how visits are experienced by families."),
    "confidentiality": ("policy-procedure-impact", "Check addresses before reports are sent out."),
    "placement": ("service-quality", "Visit accommodation before a young person moves in."),
    "financial": ("policy-procedure-dissatisfaction", "Explain allowance changes in writing before they take effect."),
    "record-keeping": ("service-quality", "Share draft minutes with families before they are finalised."),
    "send-ehcp": ("service-delivery", "Weekly tracker of EHC needs assessments at risk of missing 20 weeks."),
    "transport": ("service-delivery", "Escalation route to the transport contractor when a taxi does not arrive."),
}
ACTIONS = [
    ("apology", "Service manager", "Letter of apology sent to the family"),
    ("training-guidance", "Team manager", "Team briefing on returning calls and keeping families informed"),
    ("record-correction", "Social worker", "Case record corrected and the family given a copy"),
    ("financial-remedy", "Service manager", "Payment of the outstanding allowance"),
    ("service-change", "Head of service", "Review of how placements are matched to school"),
    ("meeting-mediation", "Team manager", "Meeting with the family to agree the plan"),
    ("explanation-information", "Team manager", "Written explanation of the decision and how to appeal"),
]
LGSCO_OUTCOMES = [("upheld", 40), ("not-upheld", 12), ("premature", 15), ("closed-after-initial-enquiries", 20),
                  ("not-investigated", 8), ("investigation-discontinued", 3), ("incomplete-or-invalid", 2)]


def weighted(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def outcomes(rng, count, upheld_bias):
    choices = [("upheld", 30 + upheld_bias), ("partially-upheld", 20), ("not-upheld", 40 - upheld_bias),
               ("withdrawn", 3), ("unable-to-make-a-finding", 4), ("resolved-locally", 3)]
    return [weighted(rng, choices) for _ in range(count)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", default=str(Path(__file__).resolve().parent.parent / "samples/cases/case-log.csv"))
    args = parser.parse_args()
    rng = random.Random(SEED)

    columns = ("reference kind procedure received acknowledged matter_arose method complainant_group advocate_offered "
               "advocate_used service_area team summary redacted_summary parties themes stage1_received stage1_extended_to "
               "stage1_extension_reason stage1_paused stage1_response stage1_outcomes stage2_received stage2_extended_to "
               "stage2_extension_reason stage2_paused stage2_response stage2_outcomes stage2_cost_investigator "
               "stage2_cost_independent_person stage3_received stage3_paused stage3_panel stage3_report stage3_response "
               "stage3_outcomes stage3_cost_panel lgsco_reference lgsco_received lgsco_enquiry_response lgsco_decision "
               "lgsco_outcome lgsco_remedy lgsco_actions learning actions closed").split()

    # Receipt dates spread over the period, a little busier in term time.
    days = (END - START).days
    dates = sorted(next_working(START + dt.timedelta(days=rng.randrange(days))) for _ in range(372))
    sequence = {}
    rows = []
    for received in dates:
        if received > END:
            continue
        sequence[received.year] = sequence.get(received.year, rng.randrange(40, 120)) + rng.randrange(1, 6)
        reference = f"CS-{received.year}-{sequence[received.year]:05d}"
        kind = weighted(rng, KINDS)
        service, team, team_themes = rng.choice(TEAMS)
        first, surname = rng.choice(FIRST), rng.choice(SURNAMES)
        child = rng.choice([f for f in FIRST if f != first])
        worker = rng.choice(WORKERS)
        group = weighted(rng, GROUPS)
        row = {c: "" for c in columns}
        row.update(reference=reference, kind=kind, received=received.isoformat(), service_area=service, team=team,
                   method=weighted(rng, METHODS), complainant_group=group)
        open_case = received > dt.date(2025, 2, 20) and rng.random() < 0.7

        if kind in ("compliment", "comment"):
            row["procedure"] = "none"
            template = rng.choice(COMPLIMENTS if kind == "compliment" else COMMENTS)
            row["summary"] = template.format(first=first, surname=surname, worker=worker, child=child)
            row["parties"] = f"{first} {surname} (complainant)" if "{first}" in template else ""
            rows.append(row)
            continue

        themes = rng.sample(team_themes, k=min(len(team_themes), rng.choice([1, 1, 2, 2, 3])))
        if rng.random() < 0.15:
            themes.append(rng.choice(["communication", "complaint-handling", "record-keeping", "delay"]))
        themes = list(dict.fromkeys(themes))
        problems = [rng.choice(PROBLEMS[t]) for t in themes]
        speaker = {"child-or-young-person": f"{child}, aged {rng.randrange(12, 21)},",
                   "foster-carer": f"{first} {surname}, a foster carer,",
                   "advocate": f"An advocate on behalf of {child}",
                   "solicitor": f"Solicitors acting for {first} {surname}",
                   "professional": f"A health visitor working with {child}'s family"}.get(group, f"{first} {surname}")
        row["summary"] = f"{speaker} complains that " + "; and that ".join(problems) + f". The worker named is {worker}."
        row["parties"] = f"{first} {surname} (complainant); {child} {surname} (child); {worker} (social worker)"
        row["themes"] = "; ".join(themes)
        row["acknowledged"] = add_working(received, rng.choice([1, 1, 2, 3])).isoformat()
        if group == "child-or-young-person" or group == "advocate":
            row["advocate_offered"] = "yes"
            row["advocate_used"] = "yes" if group == "advocate" or rng.random() < 0.4 else "no"
        elif rng.random() < 0.3:
            row["advocate_offered"] = "no"
        if rng.random() < 0.5:
            back = rng.choice([20, 60, 120, 200, 300, 330]) if rng.random() < 0.9 else rng.choice([400, 500, 700])
            row["matter_arose"] = (received - dt.timedelta(days=back)).isoformat()

        if kind == "ombudsman":
            row["procedure"] = "statutory" if service != "Education, SEND and Inclusion" else "corporate"
            lgsco_received = received
            row["lgsco_reference"] = f"{received.year % 100 - rng.choice([0, 1]):02d} {rng.randrange(0, 20):03d} {rng.randrange(0, 1000):03d}"
            row["lgsco_received"] = lgsco_received.isoformat()
            row["summary"] = row["summary"].replace("complains that", "complained to the Ombudsman that")
            if not open_case:
                finish_lgsco(rng, row, lgsco_received, first, surname)
            rows.append(row)
            continue

        statutory = service in ("Looked after Children and Disability Services", "Children's Social Care",
                                "Fostering and Adoption Service") and kind == "complaint"
        row["procedure"] = "statutory" if statutory else ("corporate" if kind == "complaint" else "none")
        elements = rng.choice([1, 1, 2, 2, 3]) if kind == "complaint" else 1
        upheld_bias = 10 if "delay" in themes or "communication" in themes else 0

        # Stage 1 (concerns and MP enquiries use the stage 1 columns for their response).
        s1 = received
        row["stage1_received"] = s1.isoformat()
        limit = 10
        take = rng.choice([4, 6, 7, 8, 9, 9, 10, 10, 12, 14]) if rng.random() < 0.85 else rng.choice([15, 18, 20, 24])
        if take > 10 and rng.random() < 0.6 and kind == "complaint":
            extension = min(20, take + rng.choice([0, 1, 2]))
            row["stage1_extended_to"] = add_working(s1, extension).isoformat()
            row["stage1_extension_reason"] = rng.choice(["complex, several elements", "key worker on leave",
                                                         "awaiting records from the school", "complainant asked for a meeting first"])
        paused = 0
        if row["advocate_used"] == "yes" and rng.random() < 0.7:
            pause_from = add_working(s1, 1)
            paused = rng.choice([3, 5, 7])
            pause_to = add_working(pause_from, paused - 1)
            row["stage1_paused"] = f"{pause_from.isoformat()}..{pause_to.isoformat()} advocate being arranged"
        s1_response = add_working(s1, take + paused)
        if open_case and s1_response > dt.date(2025, 3, 10):
            rows.append(row)
            continue
        row["stage1_response"] = s1_response.isoformat()
        found = outcomes(rng, elements, upheld_bias)
        row["stage1_outcomes"] = "; ".join(f.replace("-", " ") for f in found)
        last = s1_response
        upheld = any(f in ("upheld", "partially-upheld") for f in found)

        if kind == "complaint" and rng.random() < 0.16 and s1_response < dt.date(2025, 3, 1):
            s2 = next_working(s1_response + dt.timedelta(days=rng.randrange(5, 25)))
            row["stage2_received"] = s2.isoformat()
            take2 = rng.choice([22, 25, 30, 38, 45, 55, 62, 70]) if statutory else rng.choice([15, 18, 20, 24])
            if statutory and take2 > 25:
                row["stage2_extended_to"] = add_working(s2, min(65, take2 + rng.choice([0, 3]))).isoformat()
                row["stage2_extension_reason"] = rng.choice(["independent investigation, interviews with several staff",
                                                             "statement of complaint agreed late", "records requested from health"])
            s2_response = add_working(s2, take2)
            if s2_response > dt.date(2025, 3, 25):
                rows.append(row)
                continue
            row["stage2_response"] = s2_response.isoformat()
            found2 = outcomes(rng, elements, upheld_bias + 5)
            row["stage2_outcomes"] = "; ".join(f.replace("-", " ") for f in found2)
            if statutory:
                row["stage2_cost_investigator"] = f"{rng.randrange(1800, 5200)}.00"
                row["stage2_cost_independent_person"] = f"{rng.randrange(550, 1500)}.{rng.choice(['00', '50'])}"
            last = s2_response
            upheld = upheld or any(f in ("upheld", "partially-upheld") for f in found2)
            if statutory and rng.random() < 0.3:
                s3 = next_working(s2_response + dt.timedelta(days=rng.randrange(7, 20)))
                row["stage3_received"] = s3.isoformat()
                panel = add_working(s3, rng.choice([20, 26, 29, 33]))
                report = add_working(panel, rng.choice([3, 5, 6]))
                response = add_working(report, rng.choice([10, 14, 15, 19]))
                row.update(stage3_panel=panel.isoformat(), stage3_report=report.isoformat(),
                           stage3_response=response.isoformat(),
                           stage3_outcomes="; ".join(f.replace("-", " ") for f in outcomes(rng, elements, 0)),
                           stage3_cost_panel=f"{rng.randrange(1200, 2600)}.00")
                last = response
        if kind == "complaint" and rng.random() < 0.07 and last < dt.date(2024, 12, 1):
            lgsco_received = next_working(last + dt.timedelta(days=rng.randrange(30, 120)))
            row["lgsco_reference"] = f"{lgsco_received.year % 100:02d} {rng.randrange(0, 20):03d} {rng.randrange(0, 1000):03d}"
            row["lgsco_received"] = lgsco_received.isoformat()
            finish_lgsco(rng, row, lgsco_received, first, surname)
            last = max(last, dt.date.fromisoformat(row["lgsco_decision"] or row["lgsco_enquiry_response"]))
        if upheld and kind == "complaint":
            learned = [LEARNING[t] for t in themes if t in LEARNING][:2]
            row["learning"] = " | ".join(f"{c}: {t}" for c, t in learned)
            acts = rng.sample(ACTIONS, k=rng.choice([1, 2]))
            parts = []
            for category, owner, text in acts:
                due = add_working(last, rng.choice([10, 20, 40]))
                status = "completed" if due < dt.date(2025, 1, 1) else rng.choice(["open", "in-progress"])
                parts.append(f"{category}; {owner}; {due.isoformat()}; {status}; {text}")
            row["actions"] = " | ".join(parts)
        row["closed"] = last.isoformat()
        rows.append(row)

    with open(args.output, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} cases to {args.output}")


def finish_lgsco(rng, row, lgsco_received, first, surname):
    response = lgsco_received + dt.timedelta(days=rng.choice([14, 21, 26, 28, 28, 33]))
    row["lgsco_enquiry_response"] = response.isoformat()
    outcome = weighted(rng, LGSCO_OUTCOMES)
    decided = response + dt.timedelta(days=rng.randrange(30, 150))
    row["lgsco_decision"] = decided.isoformat()
    row["lgsco_outcome"] = outcome
    if outcome == "upheld":
        payments = [f"{rng.choice([150, 200, 250, 300, 500])}.00 time and trouble"]
        if rng.random() < 0.4:
            payments.append(f"{rng.choice([600, 900, 1200, 1500])}.00 loss of service")
        row["lgsco_remedy"] = "; ".join(payments)
        row["lgsco_actions"] = "; ".join([
            f"{(decided + dt.timedelta(days=30)).isoformat()} Apologise to {first} {surname}",
            f"{(decided + dt.timedelta(days=84)).isoformat()} Remind staff of the timescales in the procedure",
        ])


if __name__ == "__main__":
    main()
