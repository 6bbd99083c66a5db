import { journalTriggers } from './journal-triggers';
import type { Migration } from '../types';

/**
 * The persona_sections columns as the undo journal records them from this migration on: those of
 * 0003 plus the colour chosen for the section's new cards. Matched by BOARD_TABLES in board-tables.ts.
 */
const SECTION_COLUMNS: readonly string[] = ['id', 'workshop_id', 'persona_id', 'position', 'title', 'hidden', 'color'];

const migration: Migration = {
  version: 11,
  name: 'section-colors',
  up(db) {
    // The colour a section gives its new cards belongs to the board (undone, duplicated, exported
    // with it), no longer to the data folder's settings. NULL follows the template's colour for the
    // section's title (sectionColor in shared/templates). The list mirrors CARD_COLORS, like cards.color.
    db.exec(`
      ALTER TABLE persona_sections ADD COLUMN color TEXT
        CHECK (color IS NULL OR color IN ('yellow', 'pink', 'blue', 'green', 'purple', 'orange', 'grey'));
    `);
    // Colours chosen so far sat in settings.sectionColors ({sectionId: colour}, JSON). Each one of
    // a section this database holds moves onto it; one for a section it does not hold, a value that
    // is not a card colour, or a setting that is not a JSON object is dropped with the setting.
    db.exec(`
      UPDATE persona_sections SET color = chosen.value
        FROM json_each((SELECT value FROM settings WHERE key = 'sectionColors' AND json_valid(value) AND json_type(value) = 'object')) AS chosen
        WHERE chosen.key = persona_sections.id
          AND chosen.type = 'text'
          AND chosen.value IN ('yellow', 'pink', 'blue', 'green', 'purple', 'orange', 'grey');
      DELETE FROM settings WHERE key = 'sectionColors';
    `);
    // Undo snapshots taken before lack the column: replaying one leaves a section's colour as it
    // is (an update) or NULL (a section brought back), so the history is kept.
    db.exec(journalTriggers('persona_sections', SECTION_COLUMNS));
  },
};

export default migration;
