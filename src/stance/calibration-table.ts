// The calibration table shipped with the extractor build (written by `npm run calibrate`).
import table from "./calibration.json";
import type { CalibrationTable } from "./calibration";

export const SHIPPED_CALIBRATION: CalibrationTable | null = (table as { cells?: unknown }).cells ? (table as CalibrationTable) : null;
