import GRDB

/// The versioned schema. Migrations are append-only: never edit one that has shipped, add a
/// new one.
extension CaseStore {
    /// The stage levels the `stages.level` column accepts.
    static let stageLevels = "'stage-1', 'stage-2', 'stage-3', 'ombudsman'"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-cases") { db in
            try db.execute(sql: """
                CREATE TABLE cases (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    reference TEXT NOT NULL UNIQUE,
                    kind TEXT NOT NULL,
                    procedure TEXT NOT NULL,
                    received TEXT NOT NULL,
                    acknowledged TEXT,
                    matter_arose TEXT,
                    method TEXT,
                    complainant_group TEXT,
                    advocate_offered INTEGER,
                    advocate_used INTEGER,
                    service_area TEXT NOT NULL DEFAULT '',
                    summary TEXT NOT NULL DEFAULT '',
                    redacted_summary TEXT,
                    closed TEXT
                );
                CREATE TABLE stages (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                    level TEXT NOT NULL CHECK (level IN (\(stageLevels))),
                    received TEXT NOT NULL,
                    extended_to TEXT,
                    extension_reason TEXT,
                    panel_held TEXT,
                    panel_reported TEXT,
                    responded TEXT,
                    cost_investigator INTEGER,
                    cost_independent_person INTEGER,
                    cost_panel INTEGER,
                    UNIQUE (case_id, level)
                );
                CREATE TABLE stage_pauses (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    stage_id INTEGER NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    paused_from TEXT NOT NULL,
                    paused_to TEXT NOT NULL,
                    reason TEXT NOT NULL DEFAULT ''
                );
                CREATE TABLE element_outcomes (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    stage_id INTEGER NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    summary TEXT NOT NULL DEFAULT '',
                    outcome TEXT NOT NULL
                );
                CREATE TABLE parties (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    role TEXT NOT NULL DEFAULT ''
                );
                CREATE TABLE themes (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    theme TEXT NOT NULL,
                    source TEXT NOT NULL CHECK (source IN ('manual', 'auto')),
                    UNIQUE (case_id, theme, source)
                );
                CREATE TABLE learning_points (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    category TEXT NOT NULL,
                    text TEXT NOT NULL
                );
                CREATE TABLE actions (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    category TEXT NOT NULL,
                    text TEXT NOT NULL,
                    owner_role TEXT NOT NULL DEFAULT '',
                    due TEXT,
                    status TEXT NOT NULL
                );
                CREATE TABLE ombudsman_decisions (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    case_id INTEGER NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
                    reference TEXT NOT NULL,
                    decided TEXT,
                    outcome TEXT
                );
                CREATE TABLE remedy_payments (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    decision_id INTEGER NOT NULL REFERENCES ombudsman_decisions(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    amount_pence INTEGER NOT NULL,
                    purpose TEXT NOT NULL DEFAULT ''
                );
                CREATE TABLE agreed_actions (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    decision_id INTEGER NOT NULL REFERENCES ombudsman_decisions(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    due TEXT
                );
                """)
        }
        migrator.registerMigration("v2-indexes") { db in
            try db.execute(sql: """
                CREATE INDEX cases_received ON cases(received);
                CREATE INDEX stages_case ON stages(case_id);
                CREATE INDEX stage_pauses_stage ON stage_pauses(stage_id);
                CREATE INDEX element_outcomes_stage ON element_outcomes(stage_id);
                CREATE INDEX parties_case ON parties(case_id);
                CREATE INDEX themes_case ON themes(case_id);
                CREATE INDEX learning_points_case ON learning_points(case_id);
                CREATE INDEX actions_case ON actions(case_id);
                CREATE INDEX remedy_payments_decision ON remedy_payments(decision_id);
                CREATE INDEX agreed_actions_decision ON agreed_actions(decision_id);
                """)
        }
        return migrator
    }
}
